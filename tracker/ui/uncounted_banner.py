"""The dashboard's line about orders left uncounted for want of an exchange rate.

"2 orders paid in RUB (1 234,50 RUB) are not counted: there is no exchange rate for their
dates." with a button that opens Settings ▸ Currencies on that currency. Hidden when every
order is counted. One query per refresh, on a small table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from tracker.i18n import translate
from tracker.store.uncounted import uncounted_orders
from tracker.ui.currency_words import paid_text
from tracker.ui.session import Session
from tracker.ui.widgets import Banner, styled_label


class UncountedBanner(Banner):
    """Says how many orders and how much money are not counted; its button asks for the rate."""

    rate_requested = Signal(str)  # the currency whose rate the shopper wants to set

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        row = QHBoxLayout(self)
        row.setContentsMargins(em, round(em * 0.5), round(em * 0.5), round(em * 0.5))
        self.label = styled_label("")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.button = QPushButton()
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self._currency = ""
        self.button.clicked.connect(lambda: self.rate_requested.emit(self._currency))
        self.hide()

    def refresh(self, session: Session) -> None:
        found = uncounted_orders(session.db)
        self.setVisible(bool(found))
        if not found:
            return
        parts = []
        for left in found:
            text = translate("Currencies", "orders in {currency}: {count} ({amount})")
            parts.append(
                text.format(currency=left.currency, count=left.orders, amount=paid_text(left.paid_cents, left.currency))
            )
        self.label.setText(
            translate(
                "Currencies",
                "Not counted, for want of an exchange rate for their dates: {orders}. Your tier and plan leave "
                "them out until you set one.",
            ).format(orders="; ".join(parts))
        )
        self._currency = found[0].currency
        self.button.setText(translate("Currencies", "Set a rate for {currency}…").format(currency=self._currency))


__all__ = ["UncountedBanner"]
