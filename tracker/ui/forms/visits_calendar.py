"""A month of Member Center visits (S5) to tick and untick, saved in one go and undoable.

The days are a grid of check buttons rather than a ``QCalendarWidget``: a calendar's click also
moves its selection highlight, which reads like a tick, and it cannot be told "these days are
ticked" except by colouring text. Check buttons say ticked or not to the eye, to the keyboard
(Space) and to screen readers.

Saving writes every month changed with :func:`~tracker.store.history.set_visit_days` in one
transaction, and pushes one command on the session's undo stack, so "Undo" takes the whole
calendar edit back, every visit with the id it had. The session reads everything again
afterwards (as after an import): a calendar edit changes many records at once.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import translate
from tracker.store import history
from tracker.store.connection import write_transaction
from tracker.store.errors import StoreError
from tracker.ui.session import Session

Month = tuple[int, int]  # (year, month)
_WEEKS = 6
_DAY_STYLE = (
    "QToolButton { border: 1px solid palette(mid); border-radius: 4px; padding: 2px; }"
    "QToolButton:checked { background-color: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); }"
    "QToolButton:disabled { border-color: transparent; color: palette(mid); }"
    "QToolButton:focus { border: 2px solid palette(highlight); }"
)


def _shift(month: Month, by: int) -> Month:
    index = month[0] * 12 + month[1] - 1 + by
    return index // 12, index % 12 + 1


class _VisitsCommand(QUndoCommand):
    """Takes a calendar edit back and forth; every visit keeps its id and import batch
    (:mod:`tracker.store.history`), so the other steps on the stack still find theirs."""

    def __init__(self, session: Session, change: history.VisitChange) -> None:
        super().__init__(translate("Dialogs", "Edit visits calendar"))
        self.session, self.removed, self.added_ids = session, change.removed, change.added
        self.added: tuple[history.Removed, ...] = ()
        self._first = True

    def redo(self) -> None:
        if self._first:  # the dialog has written it already, so that an error reached the dialog
            self._first = False
            return
        with write_transaction(self.session.db):
            self.removed = history.take_out_all(self.session.db, "visit", tuple(r.record_id for r in self.removed))
            history.put_back_all(self.session.db, self.added)
        self.session.records_changed_elsewhere()

    def undo(self) -> None:
        with write_transaction(self.session.db):
            self.added = history.take_out_all(self.session.db, "visit", self.added_ids)
            history.put_back_all(self.session.db, self.removed)
        self.session.records_changed_elsewhere()


class _DayButton(QToolButton):
    def __init__(self, dialog: VisitsCalendarDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        side = self.fontMetrics().height() * 2 + 4
        self.setMinimumSize(side, side)
        self.setStyleSheet(_DAY_STYLE)
        self.day = 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}.get(
            Qt.Key(event.key())
        )
        if step is not None and self.day:
            self._dialog.focus_day(self.day + step)
            return
        super().keyPressEvent(event)


class VisitsCalendarDialog(QDialog):
    """Tick the days of a month on which you visited the Member Center."""

    def __init__(self, session: Session, month: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("VisitsCalendarDialog", "Member Center visits"))
        self.session = session
        self._today = session.today()
        self._cap = session.ruleset().visits.monthly_cap
        self._stored: dict[Month, set[int]] = defaultdict(set)
        for visit in session.records().visits:
            self._stored[(visit.date.year, visit.date.month)].add(visit.date.day)
        self._ticked: dict[Month, set[int]] = {}  # months looked at, as ticked now
        shown = month or self._today
        self._month: Month = (shown.year, shown.month)
        self.saved: dict[Month, set[int]] = {}  # the result: the months changed, as saved

        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setAccessibleName(translate("VisitsCalendarDialog", "Previous month"))
        self.previous_button.setToolTip(translate("VisitsCalendarDialog", "Previous month (Page Up)"))
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setAccessibleName(translate("VisitsCalendarDialog", "Next month"))
        self.next_button.setToolTip(translate("VisitsCalendarDialog", "Next month (Page Down)"))
        self.month_label = QLabel(self)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_font = QFont(self.month_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.month_label.setFont(title_font)
        header = QHBoxLayout()
        header.addWidget(self.previous_button)
        header.addWidget(self.month_label, 1)
        header.addWidget(self.next_button)

        self._grid = QGridLayout()
        self._grid.setSpacing(4)
        locale = QLocale()
        first_weekday = locale.firstDayOfWeek().value  # 1 = Monday … 7 = Sunday
        self._weekdays = [(first_weekday - 1 + offset) % 7 for offset in range(7)]  # 0 = Monday
        for column, weekday in enumerate(self._weekdays):
            label = QLabel(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(label, 0, column)
        self.day_buttons: list[_DayButton] = []
        for cell in range(_WEEKS * 7):
            button = _DayButton(self)
            button.toggled.connect(lambda checked, button=button: self._on_day_toggled(button, checked))
            self._grid.addWidget(button, 1 + cell // 7, cell % 7)
            self.day_buttons.append(button)

        self.count_label = QLabel(self)
        cap = self._cap
        self.count_label.setToolTip(
            translate("VisitsCalendarDialog", "Only the first %n visits of a month earn points (rule S5)", None, cap)
        )
        hint = QLabel(translate("VisitsCalendarDialog", "Tick the days you visited the Member Center."), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(header)
        layout.addLayout(self._grid, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)

        self.previous_button.clicked.connect(self._on_previous_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, self._on_previous_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self._on_next_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._show_month()
        # The cursor on a day, not on Save: Space ticks it, the arrows move, Enter saves.
        this_month = self._month == (self._today.year, self._today.month)
        self.focus_day(self._today.day if this_month else 1)

    # --- reading -------------------------------------------------------------------------------

    @property
    def month(self) -> Month:
        return self._month

    def ticked_days(self, month: Month | None = None) -> set[int]:
        month = month or self._month
        if month not in self._ticked:
            self._ticked[month] = set(self._stored.get(month, set()))
        return self._ticked[month]

    def changes(self) -> dict[Month, set[int]]:
        """The months whose ticks differ from what is stored, as ticked now."""
        return {month: set(days) for month, days in self._ticked.items() if days != self._stored.get(month, set())}

    def count_text(self) -> str:
        ticked = len(self.ticked_days())
        if not self._cap:
            if ticked == 1:
                return translate("VisitsCalendarDialog", "1 visit this month, all counted")
            return translate("VisitsCalendarDialog", "%n visits this month, all counted", None, ticked)
        text = translate("VisitsCalendarDialog", "{counted} of {cap} counted this month").format(
            counted=min(ticked, self._cap), cap=self._cap
        )
        if ticked > self._cap:
            text += translate("VisitsCalendarDialog", " ({extra} more ticked earn nothing)").format(
                extra=ticked - self._cap
            )
        return text

    def day_button(self, day: int) -> QToolButton:
        """The button of ``day`` in the month shown."""
        return next(button for button in self.day_buttons if button.day == day)

    # --- navigating ----------------------------------------------------------------------------

    def show_month(self, month: Month) -> None:
        if month > (self._today.year, self._today.month):
            return
        self._month = month
        self._show_month()

    def focus_day(self, day: int) -> None:
        """Move the keyboard focus to ``day``, into the month before or after if need be."""
        last = calendar.monthrange(*self._month)[1]
        if day < 1:
            previous = _shift(self._month, -1)
            self.show_month(previous)
            day += calendar.monthrange(*previous)[1]
        elif day > last:
            following = _shift(self._month, 1)
            if following > (self._today.year, self._today.month):
                return
            self.show_month(following)
            day -= last
        for button in self.day_buttons:
            if button.day == day and button.isEnabled():
                button.setFocus()
                return

    def _on_previous_clicked(self) -> None:
        self.show_month(_shift(self._month, -1))

    def _on_next_clicked(self) -> None:
        self.show_month(_shift(self._month, 1))

    def _show_month(self) -> None:
        year, number = self._month
        first_weekday, days = calendar.monthrange(year, number)
        lead = self._weekdays.index(first_weekday)
        ticked = self.ticked_days()
        for cell, button in enumerate(self.day_buttons):
            day = cell - lead + 1
            inside = 1 <= day <= days
            button.day = day if inside else 0
            button.setVisible(inside or cell < 35)  # a sixth week only when the month needs it
            button.blockSignals(True)
            button.setChecked(inside and day in ticked)
            button.blockSignals(False)
            button.setText(str(day) if inside else "")
            when = date(year, number, day) if inside else None
            button.setEnabled(when is not None and when <= self._today)
            font = QFont(button.font())
            font.setBold(when == self._today)
            font.setUnderline(when == self._today)
            button.setFont(font)
            if when is not None:
                button.setAccessibleName(QLocale().toString(QDate(when.year, when.month, when.day), "d MMMM yyyy"))
                button.setToolTip(translate("VisitsCalendarDialog", "Today") if when == self._today else "")
        locale = QLocale()
        self.month_label.setText(f"{locale.standaloneMonthName(number, QLocale.FormatType.LongFormat)} {year}")
        self.next_button.setEnabled(self._month < (self._today.year, self._today.month))
        self._update_count()

    def _on_day_toggled(self, button: _DayButton, checked: bool) -> None:
        if not button.day:
            return
        days = self.ticked_days()
        if checked:
            days.add(button.day)
        else:
            days.discard(button.day)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.count_text())

    # --- saving --------------------------------------------------------------------------------

    def accept(self) -> None:
        after = self.changes()
        if after:
            try:
                change = history.set_visit_days(self.session.db, after)
            except StoreError as error:
                QMessageBox.warning(self, translate("VisitsCalendarDialog", "Cannot save the visits"), str(error))
                return
            self.session.records_changed_elsewhere()
            self.session.undo_stack.push(_VisitsCommand(self.session, change))
        self.saved = after
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, month: date | None = None) -> bool:
        """Show the calendar; True if visits were changed and saved."""
        dialog = cls(session, month, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.saved)
        finally:
            dialog.deleteLater()
