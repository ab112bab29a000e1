"""The visits calendar: ticks become visits, the S5 cap is told, Save is one undoable step."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tracker.rules.ledger import Source
from tracker.store.drafts import VisitDraft
from tracker.store.errors import StoreError
from tracker.ui import forms
from tracker.ui.forms import VisitsCalendarDialog, edit_record
from tracker.ui.forms import visits_calendar as calendar_module
from tracker.ui.session import Session


def calendar(session: Session, qtbot: QtBot, month: date | None = None) -> VisitsCalendarDialog:
    dialog = VisitsCalendarDialog(session, month)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def tick(qtbot: QtBot, dialog: VisitsCalendarDialog, *days: int) -> None:
    for day in days:
        qtbot.mouseClick(dialog.day_button(day), Qt.MouseButton.LeftButton)


def visit_days(session: Session) -> list[date]:
    return sorted(visit.date for visit in session.records().visits)


def visit_points(session: Session) -> int:
    return sum(entry.points for entry in session.status().ledger if entry.source is Source.VISIT)


def test_ticked_days_are_saved_as_visits_and_the_cap_is_told(session: Session, qtbot: QtBot) -> None:
    """S5: the first 10 visits of a month earn a point each."""
    dialog = calendar(session, qtbot, date(2026, 10, 1))
    tick(qtbot, dialog, *range(1, 9))
    assert dialog.count_label.text() == "8 of 10 counted this month"
    tick(qtbot, dialog, 9, 10, 11, 12)
    assert dialog.count_label.text() == "10 of 10 counted this month (2 more ticked earn nothing)"

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert visit_days(session) == [date(2026, 10, day) for day in range(1, 13)]
    assert visit_points(session) == 10
    assert dialog.saved == {(2026, 10): set(range(1, 13))}


def test_unticking_removes_a_visit_and_other_months_keep_their_ticks(session: Session, qtbot: QtBot) -> None:
    session.add(VisitDraft(date(2026, 11, 3)))
    session.add(VisitDraft(date(2026, 11, 4)))
    dialog = calendar(session, qtbot)
    assert dialog.month == (2026, 11)
    assert dialog.day_button(3).isChecked() and dialog.day_button(4).isChecked()
    tick(qtbot, dialog, 3)
    assert dialog.count_label.text() == "1 of 10 counted this month"
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.month == (2026, 10)
    tick(qtbot, dialog, 30)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.day_button(3).isChecked()  # still unticked after leaving the month

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert visit_days(session) == [date(2026, 10, 30), date(2026, 11, 4)]


def test_the_days_after_today_cannot_be_ticked_nor_the_months_after_this(session: Session, qtbot: QtBot) -> None:
    dialog = calendar(session, qtbot)
    assert dialog.day_button(TODAY.day).isEnabled()
    assert not dialog.day_button(TODAY.day + 1).isEnabled()
    assert not dialog.next_button.isEnabled()
    assert dialog.day_button(TODAY.day).accessibleName() == "24 November 2026"


def test_a_calendar_edit_is_one_undo_step(session: Session, qtbot: QtBot) -> None:
    session.add(VisitDraft(date(2026, 11, 2)))
    dialog = calendar(session, qtbot)
    tick(qtbot, dialog, 2, 5, 6)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert visit_days(session) == [date(2026, 11, 5), date(2026, 11, 6)]
    assert session.undo_stack.undoText() == "Edit visits calendar"

    session.undo_stack.undo()
    assert visit_days(session) == [date(2026, 11, 2)]
    session.undo_stack.redo()
    assert visit_days(session) == [date(2026, 11, 5), date(2026, 11, 6)]


def test_cancel_and_an_unchanged_calendar_save_nothing(session: Session, qtbot: QtBot) -> None:
    dialog = calendar(session, qtbot)
    tick(qtbot, dialog, 1)
    dialog.reject()
    assert visit_days(session) == []
    unchanged = calendar(session, qtbot)
    qtbot.mouseClick(unchanged.save_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == 0


def test_a_store_error_keeps_the_calendar_open(session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise StoreError("The database is locked by another program.")

    monkeypatch.setattr(calendar_module.history, "set_visit_days", refuse)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warned.append(text))
    dialog = calendar(session, qtbot)
    tick(qtbot, dialog, 1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert warned == ["The database is locked by another program."]
    assert dialog.isVisible() and dialog.day_button(1).isChecked()
    assert session.undo_stack.count() == 0


def test_editing_a_visit_opens_the_calendar_on_its_month(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    visit_id = session.add(VisitDraft(date(2026, 8, 14)))
    opened: list[date | None] = []
    monkeypatch.setattr(
        VisitsCalendarDialog, "ask", classmethod(lambda cls, parent, session, month=None: opened.append(month) or True)
    )
    assert edit_record(None, session, "visit", visit_id) is True
    assert opened == [date(2026, 8, 14)]
    assert forms.VisitsCalendarDialog is VisitsCalendarDialog
