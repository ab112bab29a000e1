"""The import dialog's question for missing exchange rates, on the page before importing.

When orders of the file, or the item prices of its reviews, are in a currency with no rate for
their dates (roubles after March 2022, hryvnias, tenge …), one row per currency says how many
orders and review prices and how much money, and asks for the US$ that one unit is worth. Import
stays disabled until each has a rate; nothing is ever imported at US$ 0 or left without its price.
A row shows its problem only once something has been typed in it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from tracker.currency.rates import UserRate, parse_rate
from tracker.i18n import translate
from tracker.importing.rates import MissingRate
from tracker.report.summary import day
from tracker.ui.currency_words import paid_text
from tracker.ui.widgets import styled_label


class MissingRatesBox(QWidget):
    """One rate box per currency the file needs a rate for; :meth:`rates` once all are filled."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = styled_label(
            translate(
                "ImportDialog",
                "Some amounts are in a currency with no exchange rate for their dates. Give the US$ that one unit "
                "was worth, so they count; it is saved as your rate (Settings ▸ Currencies).",
            )
        )
        self.title.setWordWrap(True)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        self._missing: list[MissingRate] = []
        self.edits: dict[str, QLineEdit] = {}
        self.hide()

    def show_missing(self, missing: list[MissingRate]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._missing = missing
        self.edits = {}
        for item in missing:
            edit = QLineEdit()
            edit.setPlaceholderText(
                translate("ImportDialog", "US$ for 1 {currency}, e.g. 0.011").format(currency=item.currency)
            )
            edit.setAccessibleName(
                translate("ImportDialog", "Exchange rate for {currency}").format(currency=item.currency)
            )
            edit.textChanged.connect(self._on_edited)
            self.edits[item.currency] = edit
            self.form.addRow(self._describe(item), edit)
        self.problem.hide()
        self.setVisible(bool(missing))

    @staticmethod
    def _describe(item: MissingRate) -> QLabel:
        parts = []
        if item.orders:
            text = translate("ImportDialog", "Orders in {currency}: {count} ({amount})")
            amount = paid_text(item.paid_cents, item.currency)
            parts.append(text.format(currency=item.currency, count=item.orders, amount=amount))
        if item.reviews:
            text = translate("ImportDialog", "Review prices in {currency}: {count} ({amount})")
            amount = paid_text(item.review_cents, item.currency)
            parts.append(text.format(currency=item.currency, count=item.reviews, amount=amount))
        if item.suggested_start is not None:
            stop = day(item.suggested_start - timedelta(days=1))
            why = translate("ImportDialog", "the ECB's rates stop on {date}; yours applies from {start} on").format(
                date=stop, start=day(item.suggested_start)
            )
        else:
            why = translate("ImportDialog", "the ECB has no rate for it")
        label = QLabel(f"{'; '.join(parts)} — {why}:")
        label.setWordWrap(True)
        return label

    def focus_first_empty(self) -> bool:
        """Put the cursor in the first box still without a rate; False when there is none."""
        empty = next((edit for edit in self.edits.values() if parse_rate(edit.text()) is None), None)
        if empty is not None:
            empty.setFocus()
        return empty is not None

    def needs_rates(self) -> bool:
        return bool(self._missing)

    def complete(self) -> bool:
        """True when no rate is missing, or every box holds one."""
        return all(parse_rate(edit.text()) is not None for edit in self.edits.values())

    def rates(self) -> list[UserRate]:
        """The rates typed in (only when :meth:`complete`), from where the ECB's stop."""
        found = []
        for item in self._missing:
            rate = parse_rate(self.edits[item.currency].text())
            if rate is not None:
                found.append(UserRate(item.currency, rate, item.suggested_start))
        return found

    def _on_edited(self) -> None:
        bad = [code for code, edit in self.edits.items() if edit.text().strip() and parse_rate(edit.text()) is None]
        self.problem.setText(
            translate("ImportDialog", "The rate for {currency} should be a number above 0, like 0.011.").format(
                currency=bad[0]
            )
            if bad
            else ""
        )
        self.problem.setVisible(bool(bad))
        self.changed.emit()


__all__ = ["MissingRatesBox"]
