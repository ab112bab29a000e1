"""The check against AliExpress in the window: one click from the dashboard or the toolbar, the
verdict in one screen, each fix one undoable step, and the dashboard's line saying where things stand."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.check import story
from tests.check.helpers import write_story
from tests.ui.helpers import dashboard_of, open_window
from tracker.store import checks
from tracker.ui.check_dialog import CheckDialog, read_points, show_check_dialog
from tracker.ui.main_window import MainWindow
from tracker.ui.session import Session


@pytest.fixture
def shopper(session: Session) -> Session:
    write_story(session.db)
    session.records_changed_elsewhere()
    return session


def dialog_of(window: MainWindow) -> CheckDialog:
    (dialog,) = [d for d in window.findChildren(CheckDialog) if d.isVisible()]
    return dialog


def check(qtbot: QtBot, dialog: CheckDialog, points: str) -> None:
    dialog.points_edit.clear()
    qtbot.keyClicks(dialog.points_edit, points)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)


def fix_buttons(dialog: CheckDialog) -> dict[str, object]:
    dialog.refresh()
    return {button.text(): button for button in dialog.findings.fix_buttons}


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # offscreen: bringing it forward
def test_the_dashboard_and_the_toolbar_open_the_check(qtbot: QtBot, shopper: Session, tmp_path: Path) -> None:
    window = open_window(shopper, qtbot, tmp_path)
    line = dashboard_of(window).check_line
    assert line.label.text().startswith("Not checked against AliExpress yet")

    qtbot.mouseClick(line.button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(window)
    window.action_check.trigger()  # the toolbar's button: the same dialog, brought forward

    assert dialog_of(window) is dialog
    assert window.toolbar.widgetForAction(window.action_check).isVisible()
    dialog.close()


def test_a_check_is_kept_and_the_verdict_shown_in_one_screen(qtbot: QtBot, shopper: Session, tmp_path: Path) -> None:
    window = open_window(shopper, qtbot, tmp_path)
    window.action_check.trigger()
    dialog = dialog_of(window)

    check(qtbot, dialog, "103")

    assert dialog.verdict_label.text() == "AliExpress: 103 · here: 136 · 33 too many"
    assert "unchecked" in dialog.state_label.text()
    assert dialog.accept_button.isVisible()
    assert [c.points for c in checks.list_checks(shopper.db)] == [103]
    assert sorted(fix_buttons(dialog)) == ["Add the order…", "Record an adjustment of −2", "Record the refund on 3 Apr"]
    dashboard = dashboard_of(window)
    qtbot.waitUntil(lambda: dashboard.check_line.unchecked)
    assert dashboard.check_line.label.text() == (
        "Unchecked since 24 Nov 2026: AliExpress: 103 · here: 136 · 33 too many."
    )

    shopper.undo_stack.undo()  # the check itself is one step
    assert checks.list_checks(shopper.db) == []
    qtbot.waitUntil(lambda: dialog.verdict_label.text() == "Not checked yet")
    dialog.close()


def test_each_fix_is_one_undoable_step_and_together_they_make_the_figures_agree(
    qtbot: QtBot, shopper: Session, tmp_path: Path
) -> None:
    window = open_window(shopper, qtbot, tmp_path)
    window.action_check.trigger()
    dialog = dialog_of(window)
    check(qtbot, dialog, "103")
    stack = shopper.undo_stack
    steps = stack.count()

    qtbot.mouseClick(fix_buttons(dialog)["Record the refund on 3 Apr"], Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert stack.count() == steps + 1
    assert shopper.status().window_points == 81
    qtbot.mouseClick(fix_buttons(dialog)["Record an adjustment of −2"], Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert stack.count() == steps + 2

    def save_the_suggested_order() -> None:
        form = QApplication.activeModalWidget()
        assert isinstance(form, QDialog) and form.windowTitle() == "Add order"
        form.accept()

    QTimer.singleShot(0, save_the_suggested_order)
    qtbot.mouseClick(fix_buttons(dialog)["Add the order…"], Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert stack.count() == steps + 3

    dialog.refresh()
    assert dialog.verdict_label.text() == "AliExpress: 103 · here: 103 · the same"
    assert dialog.state_label.text() == "The figures agree with AliExpress."
    assert dialog.findings.fix_buttons == []
    qtbot.waitUntil(lambda: not dashboard_of(window).check_line.unchecked)

    stack.undo()  # the order only
    assert shopper.status().window_points == 79
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)  # the adjustment only, from the dialog
    assert shopper.status().window_points == 81
    stack.redo()
    stack.redo()
    assert shopper.status().window_points == 103
    dialog.close()


def test_accepting_the_difference_makes_a_dated_adjustment_with_a_note(
    qtbot: QtBot, shopper: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(shopper, qtbot, tmp_path)
    window.action_check.trigger()
    dialog = dialog_of(window)
    check(qtbot, dialog, "103")
    monkeypatch.setattr(CheckDialog, "ask_note", classmethod(lambda cls, parent, result: "not worth chasing"))

    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    dialog.refresh()
    assert dialog.state_label.text() == "Difference accepted on 24 Nov 2026. not worth chasing"
    (entry,) = shopper.records().entries
    assert (entry.date, entry.points, entry.note) == (story.TODAY, -33, "not worth chasing")
    qtbot.waitUntil(lambda: not dashboard_of(window).check_line.unchecked)

    shopper.undo_stack.undo()
    assert shopper.records().entries == () and checks.list_checks(shopper.db)[0].accepted_on is None
    dialog.close()


def test_what_cannot_be_a_figure_is_said_and_nothing_is_kept(qtbot: QtBot, shopper: Session) -> None:
    dialog = CheckDialog(shopper)
    qtbot.addWidget(dialog)

    check(qtbot, dialog, "")
    assert dialog.problem_label.text() == "Type the points the Member Center shows, e.g. 1204"
    check(qtbot, dialog, "99999999")
    assert "that many points" in dialog.problem_label.text()
    assert checks.list_checks(shopper.db) == []
    assert dialog.date_edit.maximumDate() == dialog.date_edit.date()  # no day still to come


def test_without_a_history_the_dialog_offers_to_import_one(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    window = open_window(session, qtbot, tmp_path)
    dialog = show_check_dialog(window, session)

    assert dialog.import_button.isVisible() and not dialog.findings.isVisible()
    with qtbot.waitSignal(dialog.import_requested):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.close()


@pytest.mark.parametrize(("text", "value"), [("1204", 1204), ("1,204", 1204), ("1 204", 1204), ("1.204", 1204),
                                             ("", None), ("12a", None), ("9999999999", None)])  # fmt: skip
def test_points_are_read_as_the_member_center_writes_them(text: str, value: int | None) -> None:
    assert read_points(text) == value


def test_the_dialog_outlives_its_session_quietly(qtbot: QtBot, shopper: Session) -> None:
    dialog = CheckDialog(shopper)
    qtbot.addWidget(dialog)
    dialog.show()

    shopper.undo_stack.deleteLater()  # the window opened another database: this one goes
    shopper.deleteLater()
    qtbot.waitUntil(lambda: not dialog.isVisible())
