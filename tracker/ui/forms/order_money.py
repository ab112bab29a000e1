"""The order form's money in the currency paid: which currency it starts in, and its US$ line.

A shopper types an order the way it was paid — in złoty, roubles or reais, in their own way of
writing numbers — and the form keeps those amounts as paid. The points count in US$: the store's
conversion (:func:`tracker.store.conversion.convert_order`) gives the US$ amounts at the rate of
the order's date, the shopper's own or the ECB's. :class:`UsdLine` shows that estimate with
``≈`` (rate, source and date in its tooltip), or says plainly that there is no rate and offers
the Currencies settings to give one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from tracker.currency.rates import USD, Rate
from tracker.i18n import translate
from tracker.report.summary import day, dollars
from tracker.store.drafts import OrderDraft
from tracker.store.user_rates import last_order_currency
from tracker.ui.currency_words import ESTIMATE, estimate_tooltip, paid_text, rate_source, rate_text
from tracker.ui.session import Session

COMMON_CURRENCIES = ("USD", "EUR", "GBP", "PLN", "BRL", "RUB", "CAD", "AUD", "CHF", "CZK", "SEK", "NOK", "UAH", "TRY")


def is_currency_code(code: str) -> bool:
    return len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()


def locale_currency(locale: QLocale | None = None) -> str:
    """The currency of the user's locale (``PLN`` in Poland); US$ when the locale has none (C)."""
    code = (locale or QLocale()).currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode).upper()
    return code if is_currency_code(code) else USD


def default_currency(session: Session) -> str:
    """What a new order is typed in: the currency of the last order recorded, else the locale's."""
    last = last_order_currency(session.db)
    return last if last is not None and is_currency_code(last) else locale_currency()


class UsdLine(QWidget):
    """``≈ $310.12`` for an order typed in another currency, or "no rate — set one" and a button.

    ``rate_requested`` carries the currency the shopper wants to give a rate for.
    """

    rate_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = ""
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_rate_button = QPushButton(translate("OrderForm", "Set a r&ate…"), self)
        self.set_rate_button.setToolTip(translate("OrderForm", "Give the rate in Settings ▸ Currencies"))
        self.set_rate_button.clicked.connect(lambda: self.rate_requested.emit(self._currency))
        self.set_rate_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.set_rate_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_estimate(self, currency: str, rate: Rate | None, on: date, draft: OrderDraft | None) -> None:
        """The US$ the points count for ``draft`` (None: its amounts cannot all be read yet),
        typed in ``currency`` and converted at ``rate`` of ``on``; or that there is no rate."""
        self._currency = currency
        if rate is None:
            self.label.setText(
                translate(
                    "OrderForm", "No rate for {currency} on {date} — set one, or this order earns no points."
                ).format(currency=currency, date=day(on))
            )
            self.label.setToolTip("")
            self.set_rate_button.setVisible(True)
            return
        self.set_rate_button.setVisible(False)
        if draft is None or draft.paid is None:
            self.label.setText(f"{ESTIMATE} —")
            self.label.setToolTip(
                translate("OrderForm", "1 {currency} = {rate} US$ ({source})").format(
                    currency=currency, rate=rate_text(rate.usd_per_unit), source=rate_source(rate)
                )
            )
            return
        self.label.setText(f"{ESTIMATE} {dollars(draft.total_cents)}")
        self.label.setToolTip(estimate_tooltip(currency, draft.paid, draft.paid_cents))

    def show_typed(self, currency: str, paid_cents: int | None) -> None:
        """An order paid in ``currency`` whose US$ amounts were typed (or converted long ago)."""
        self._currency = currency
        self.set_rate_button.setVisible(False)
        what = paid_text(paid_cents, currency) if paid_cents is not None else currency
        self.label.setText(
            translate("OrderForm", "Paid {amount} in all; the amounts above are in US$.").format(amount=what)
        )
        self.label.setToolTip("")


__all__ = ["COMMON_CURRENCIES", "UsdLine", "default_currency", "is_currency_code", "locale_currency"]
