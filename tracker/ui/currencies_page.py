"""Settings ▸ Currencies: the shopper's exchange rates, which win over the ECB's.

A table of rates (currency, US$ for 1 unit, from which date — blank for every date), with Add
and Remove; every cell is edited from the keyboard (Tab moves on, F2 or typing edits). A row's
problem shows only once that row has been typed in, never before. Below, the orders that no rate
covers yet. OK in the Settings dialog saves the rates as one undoable step that converts every
order they apply to again (:mod:`tracker.ui.rates_command`).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.currency.rates import RateBook, UserRate, parse_rate
from tracker.i18n import translate
from tracker.report.summary import day
from tracker.store.user_rates import list_user_rates, uncounted_orders
from tracker.ui.currency_words import paid_text
from tracker.ui.rates_command import change_rates
from tracker.ui.session import Session
from tracker.ui.widgets import styled_label

CODE, RATE, START = range(3)


def _start_problem(text: str) -> tuple[date | None, str]:
    if not text.strip():
        return None, ""
    try:
        return date.fromisoformat(text.strip()), ""
    except ValueError:
        return None, translate("Currencies", "“{text}” is not a date like 2022-03-02").format(text=text.strip())


class RatesTable(QTableWidget):
    """The rates: while a cell is typed in, Tab goes to the next cell, and from the last one on to
    the buttons below (Qt's table would wrap round to the first cell: Tab never left it)."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        cell = (self.currentRow(), self.currentColumn())
        forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
        at_end = cell == (self.rowCount() - 1, self.columnCount() - 1)
        at_start = cell == (0, 0)
        back = hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem
        if not ((forward and at_end) or (back and at_start)):
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.focusNextPrevChild(forward)


class CurrenciesPage(QWidget):
    """The rates editor; :meth:`rates` is what it holds, :meth:`save` applies it."""

    changed = Signal()  # a cell was edited: the dialog checks again whether OK may be pressed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stored = list_user_rates(session.db)
        self._touched: set[int] = set()  # rows the shopper has typed in: only they show problems
        book = RateBook(self._stored)
        data = book.bundle()
        intro = translate(
            "Currencies",
            "Orders paid in another currency count in US$ at the European Central Bank's reference rate of their "
            "date, shipped with the app{until}. Your rates win over them: for every date, or from a date on.",
        ).format(until=translate("Currencies", " (up to {date})").format(date=day(data.last_day)) if data else "")
        self.intro = styled_label(intro)
        self.intro.setWordWrap(True)
        self.table = RatesTable(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Currencies", "Currency"),
                translate("Currencies", "US$ for 1 unit"),
                translate("Currencies", "From (blank: every date)"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # its long title whole, in every language
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(translate("Currencies", "Your exchange rates"))
        self.table.setTabKeyNavigation(False)  # Tab moves between cells while typing one, else to the buttons
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for rate in self._stored:
            start = rate.start.isoformat() if rate.start else ""
            self._append(rate.currency, format(rate.rate.normalize(), "f"), start)
        self.add_button = QPushButton(translate("Currencies", "&Add rate"))
        self.remove_button = QPushButton(translate("Currencies", "Re&move rate"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight);")
        self.problem.hide()
        self.uncounted = QLabel()
        self.uncounted.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.uncounted)
        self._show_uncounted(book)

        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(self._show_removable)
        self._show_removable()

    def _show_removable(self, *_: int) -> None:
        """ "Remove rate" only while a row is chosen: with none, it would do nothing."""
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    # --- rows ------------------------------------------------------------------------------------

    def _append(self, code: str, rate: str, start: str) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, text in ((CODE, code), (RATE, rate), (START, start)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        return row

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _row_problem(self, row: int) -> tuple[UserRate | None, str]:
        code = self._text(row, CODE).upper()
        if not code and not self._text(row, RATE) and not self._text(row, START):
            return None, ""  # an empty row is left out
        if not (len(code) == 3 and code.isascii() and code.isalpha()):
            return None, translate("Currencies", "Type a three-letter currency code like EUR")
        if code == "USD":
            return None, translate("Currencies", "US$ needs no rate")
        rate = parse_rate(self._text(row, RATE))
        if rate is None:
            return None, translate("Currencies", "Type the US$ that 1 {code} is worth, like 0.25").format(code=code)
        start, problem = _start_problem(self._text(row, START))
        if problem:
            return None, problem
        return UserRate(code, rate, start), ""

    def problem_text(self) -> str:
        """The first problem of a row the shopper has typed in; empty when there is none."""
        seen: set[tuple[str, date | None]] = set()
        for row in range(self.table.rowCount()):
            rate, problem = self._row_problem(row)
            if rate is not None and (rate.currency, rate.start) in seen:
                problem = translate("Currencies", "{code} has two rates from the same date").format(code=rate.currency)
            if rate is not None:
                seen.add((rate.currency, rate.start))
            if problem and row in self._touched:
                return translate("Currencies", "Row {row}: {problem}.").format(row=row + 1, problem=problem)
        return ""

    def rates(self) -> list[UserRate]:
        """The rates of every complete row (rows not typed in yet, or blank, are left out)."""
        found: dict[tuple[str, date | None], UserRate] = {}
        for row in range(self.table.rowCount()):
            rate, _ = self._row_problem(row)
            if rate is not None:
                found.setdefault((rate.currency, rate.start), rate)
        return list(found.values())

    def is_changed(self) -> bool:
        return set(self.rates()) != set(self._stored)

    def save(self) -> None:
        """Apply the rates (one undoable step; orders converted again) when they changed."""
        if self.is_changed() and not self.problem_text():
            change_rates(self.session, self.rates())

    def focus_currency(self, code: str) -> None:
        """Put the cursor on ``code``'s rate, adding a row for it (from the day the ECB stops) if needed."""
        for row in range(self.table.rowCount()):
            if self._text(row, CODE).upper() == code:
                break
        else:
            start = RateBook(self._stored).suggested_start(code)
            row = self._append(code, "", start.isoformat() if start else "")
        self.table.setFocus()
        self.table.setCurrentCell(row, RATE)
        item = self.table.item(row, RATE)
        if item is not None:
            self.table.editItem(item)

    # --- reacting --------------------------------------------------------------------------------

    def _on_add(self) -> None:
        row = self._append("", "", "")
        self.table.setFocus()
        self.table.setCurrentCell(row, CODE)
        item = self.table.item(row, CODE)
        if item is not None:
            self.table.editItem(item)
        self._refresh()

    def _on_remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._touched = {r - 1 if r > row else r for r in self._touched if r != row}
        self._show_removable()
        self._refresh()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        self._touched.add(item.row())
        self._refresh()

    def _refresh(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.changed.emit()

    def _show_uncounted(self, book: RateBook) -> None:
        lines = []
        for left in uncounted_orders(self.session.db):
            start = book.suggested_start(left.currency)
            stop = day(start - timedelta(days=1)) if start else ""
            since = translate("Currencies", " (the ECB's rates stop on {date})").format(date=stop) if start else ""
            text = translate("Currencies", "Orders in {currency} without a rate yet: {count} ({amount}){since}.")
            amount = paid_text(left.paid_cents, left.currency)
            lines.append(text.format(currency=left.currency, count=left.orders, amount=amount, since=since))
        self.uncounted.setText("\n".join(lines))
        self.uncounted.setVisible(bool(lines))


__all__ = ["CurrenciesPage"]
