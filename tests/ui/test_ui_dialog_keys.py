"""Every dialog but the order form as a keyboard user meets it: the first field to fill has the
cursor, Enter presses the safe button, and nothing is out of reach at 200 % (a 1600×1000 screen
at 200 % is 800×500 in Qt's logical pixels; fonts keep their logical size, so the offscreen
screen at 100 % measures the same)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.check.helpers import write_story
from tests.ui.helpers import open_window
from tracker.store import checks, repository
from tracker.store.batches import list_batches
from tracker.ui import questions, starting
from tracker.ui.check_dialog import CheckDialog, note_dialog
from tracker.ui.forms import EntryForm, FollowForm, PostForm, PromotionForm, ReviewForm
from tracker.ui.forms.visits_calendar import VisitsCalendarDialog
from tracker.ui.import_dialog import SUMMARY, ImportDialog
from tracker.ui.session import Session
from tracker.ui.settings_dialog import SettingsDialog
from tracker.ui.widgets import FittingScrollArea
from tracker.ui.worker import run_now

ORDERS_CSV = (
    "Order ID;Date;Item;Price;Status\r\n"
    "8100123456789012;2026-10-02;LED desk lamp;24,90 €;Completed\r\n"
    "8100123456789013;2026-10-14;Phone case;3,50 €;Completed\r\n"
)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is, as on a keyboard."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def typed(qtbot: QtBot, text: str) -> None:
    """``text`` typed key by key where the focus is (a table's editor opens on the first key)."""
    for character in text:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        qtbot.keyClicks(widget, character)


def shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def imported(qtbot: QtBot, session: Session, tmp_path: Path) -> ImportDialog:
    """File ▸ Import on two orders, by keyboard to the end: the summary step."""
    path = tmp_path / "orders.csv"
    path.write_text(ORDERS_CSV, encoding="utf-8")
    dialog = ImportDialog(session, None, path, runner=run_now)
    shown(qtbot, dialog)
    for _ in range(3):  # File, Format, Columns: Enter goes on
        dialog.next_button.setFocus()
        press(qtbot, Qt.Key.Key_Return)
    dialog.import_button.setFocus()
    with qtbot.waitSignal(session.changed):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.step() == SUMMARY
    return dialog


def test_enter_after_an_import_closes_the_dialog_and_keeps_the_import(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    dialog = imported(qtbot, session, tmp_path)

    assert dialog.close_button.isDefault() and not dialog.summary_page.undo.isDefault()
    assert QApplication.focusWidget() is dialog.close_button
    press(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert dialog.report is not None and len(repository.list_orders(session.db)) == 2
    assert len(list_batches(session.db)) == 1


def test_undo_on_the_summary_is_one_tab_or_its_mnemonic_away(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    dialog = imported(qtbot, session, tmp_path)
    undo = dialog.summary_page.undo
    assert undo.text().replace("&", "") == "Undo this import" and "&" in undo.text()

    press(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is undo
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.close_button

    key = Qt.Key(ord(undo.text()[undo.text().index("&") + 1].upper()))
    with qtbot.waitSignal(session.changed):
        press(qtbot, key, Qt.KeyboardModifier.AltModifier)
    assert repository.list_orders(session.db) == [] and dialog.report is None
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.close_button


@pytest.mark.parametrize(
    ("form_type", "first", "typed"),
    [
        (EntryForm, "points", "-25"),  # the date starts at today and the kind at Bonus
        (ReviewForm, "title", "Desk lamp"),
        (FollowForm, "store", "Lamp Store"),
        (PromotionForm, "name", "11.11"),
        (PostForm, "date", ""),  # the only field; it starts at today
    ],
)
def test_each_record_form_opens_with_the_cursor_where_typing_goes(
    qtbot: QtBot, session: Session, form_type: type[QDialog], first: str, typed: str
) -> None:
    form = shown(qtbot, form_type(session))  # type: ignore[call-arg]
    field = getattr(form, first)
    assert QApplication.focusWidget() in (field, getattr(field, "lineEdit", lambda: None)())
    if typed:
        qtbot.keyClicks(QApplication.focusWidget(), typed)
        shown_text = field.text() if isinstance(field, QLineEdit) else field.cleanText()
        assert shown_text == typed


def test_the_check_opens_in_front_with_the_cursor_in_points(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(session, qtbot, tmp_path)
    asked: list[QWidget] = []
    activate = QWidget.activateWindow
    monkeypatch.setattr(CheckDialog, "activateWindow", lambda self: (asked.append(self), activate(self)))

    window.action_check.trigger()  # Ctrl+K

    (dialog,) = [d for d in window.findChildren(CheckDialog) if d.isVisible()]
    assert asked == [dialog]  # a dialog that is not modal is not brought forward by itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.points_edit)
    qtbot.keyClicks(dialog.points_edit, "1204")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.verdict_label.text().startswith("AliExpress: 1,204")
    assert dialog.problem_label.isHidden(), dialog.problem_label.text()  # one check, not a second one of nothing
    assert [c.points for c in checks.list_checks(session.db)] == [1204]
    dialog.close()


HALF_OF_1600_BY_1000 = QRect(0, 0, 800, 500)  # a 1600×1000 screen at 200 %, in logical pixels


@pytest.fixture
def screen_at_200(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """The screen every dialog is fitted to, as a 1600×1000 screen at 200 % gives it."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(HALF_OF_1600_BY_1000))
    return HALF_OF_1600_BY_1000


def fits(dialog: QWidget, screen: QRect, *reached: QWidget) -> None:
    """``dialog`` is on ``screen`` whole, and each of ``reached`` is shown whole (not scrolled away)."""
    title_bar = 32
    assert dialog.minimumSizeHint().height() <= screen.height() - title_bar, dialog.minimumSizeHint()
    assert dialog.minimumSizeHint().width() <= screen.width(), dialog.minimumSizeHint()
    frame = dialog.frameGeometry()
    assert frame.height() <= screen.height() and frame.width() <= screen.width(), frame
    for widget in reached:
        corner = widget.mapTo(dialog, widget.rect().bottomRight())
        assert widget.isVisible() and dialog.rect().contains(corner), (widget, corner, dialog.size())
        assert widget.visibleRegion().boundingRect() == widget.rect(), (widget, widget.visibleRegion())


def test_the_check_with_its_findings_fits_a_screen_at_200_percent(
    qtbot: QtBot, session: Session, screen_at_200: QRect
) -> None:
    write_story(session.db)  # orders, reviews, visits and AliExpress's points history: findings to show
    session.records_changed_elsewhere()
    dialog = CheckDialog(session)
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.points_edit, "103")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.findings.fix_buttons and dialog.accept_button.isVisible()

    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    fits(dialog, screen_at_200, close, dialog.undo_button)
    dialog.undo_button.setFocus()
    press(qtbot, Qt.Key.Key_Backtab)  # from below, into what scrolls: it comes into view
    assert QApplication.focusWidget() is dialog.history_list
    fits(dialog, screen_at_200, dialog.history_list)
    press(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.findings.fix_buttons[-1]  # the findings come before, as shown


def scrolling_dialog(widgets: list[QLineEdit] | list[QPushButton]) -> tuple[QDialog, FittingScrollArea]:
    """A 300×200 dialog whose ``widgets``, one under another, scroll in a FittingScrollArea."""
    dialog = QDialog()
    fields = QWidget()
    column = QVBoxLayout(fields)
    for widget in widgets:
        column.addWidget(widget)
    area = FittingScrollArea()
    area.setWidget(fields)
    QVBoxLayout(dialog).addWidget(area)
    dialog.resize(300, 200)
    return dialog, area


def test_tab_from_the_buttons_into_a_scrolled_form_brings_the_field_into_view(qtbot: QtBot) -> None:
    edits = [QLineEdit(f"field {n}") for n in range(40)]
    dialog, area = scrolling_dialog(edits)
    button = QPushButton("Close")
    dialog.layout().addWidget(button)
    shown(qtbot, dialog)
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())  # the shopper was at the last field
    button.setFocus()
    assert edits[0].visibleRegion().isEmpty()

    press(qtbot, Qt.Key.Key_Tab)  # round to the first field, at the top, scrolled away

    assert QApplication.focusWidget() is edits[0]
    assert edits[0].visibleRegion().boundingRect() == edits[0].rect()


def test_each_import_step_fits_a_screen_at_200_percent(
    qtbot: QtBot, session: Session, tmp_path: Path, screen_at_200: QRect
) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(ORDERS_CSV, encoding="utf-8")
    dialog = ImportDialog(session, None, path, runner=run_now)
    shown(qtbot, dialog)
    for _ in range(3):  # File, Format, Columns
        fits(dialog, screen_at_200, dialog.next_button, dialog.close_button)
        dialog.next_button.click()
    fits(dialog, screen_at_200, dialog.import_button, dialog.close_button)


def test_the_visits_calendar_opens_on_today_so_space_ticks_it_and_enter_saves(qtbot: QtBot, session: Session) -> None:
    dialog = VisitsCalendarDialog(session)
    shown(qtbot, dialog)
    today = session.today()
    assert QApplication.focusWidget() is dialog.day_button(today.day)

    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.ticked_days() == {today.day, today.day - 1}
    press(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert {visit.date for visit in session.records().visits} == {today, today.replace(day=today.day - 1)}


def test_the_damaged_file_question_is_answered_with_verbs_and_esc_leaves_the_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[questions.Question] = []
    monkeypatch.setattr(questions, "ask", lambda parent, question: asked.append(question) or False)
    assert starting.ask_restore("points.sqlite3 is damaged. Restore the backup?") is False
    (question,) = asked
    box, restore = questions.build(None, question)
    qtbot.addWidget(box)

    assert [b.text() for b in box.buttons()] == ["Restore", "Do not restore"]  # not Yes and No
    assert box.defaultButton() is restore  # the damaged file is kept aside: restoring loses nothing
    assert box.escapeButton() is not restore


def test_a_file_in_use_elsewhere_offers_another_file_and_esc_quits(qtbot: QtBot) -> None:
    box, choose = starting.other_file_box("points.sqlite3 is open in another Points Tracker.")
    qtbot.addWidget(box)
    assert box.defaultButton() is choose
    assert box.escapeButton() is not choose and box.escapeButton().text() == "&Quit"


def test_tab_goes_through_the_check_as_it_reads_and_esc_closes_it(qtbot: QtBot, session: Session) -> None:
    write_story(session.db)
    session.records_changed_elsewhere()
    dialog = CheckDialog(session)
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.points_edit, "103")
    press(qtbot, Qt.Key.Key_Return)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    expected = [
        dialog.points_edit, dialog.tier_combo, dialog.date_edit, dialog.check_button, dialog.accept_button,
        dialog.delete_button, dialog.findings, *dialog.findings.fix_buttons, dialog.history_list,
        dialog.undo_button, close,
    ]  # fmt: skip

    dialog.points_edit.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in expected:
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())

    assert seen == [*expected, expected[0]]
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_note_for_an_accepted_difference_fits_a_screen_at_200_percent(
    qtbot: QtBot, session: Session, screen_at_200: QRect
) -> None:
    write_story(session.db)
    session.records_changed_elsewhere()
    dialog = CheckDialog(session)
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.points_edit, "103")
    press(qtbot, Qt.Key.Key_Return)
    result = dialog.shown()
    assert result is not None

    note = note_dialog(dialog, result)
    note.setModal(True)  # as exec() shows it
    qtbot.addWidget(note)
    note.show()
    note.activateWindow()
    qtbot.waitUntil(note.isActiveWindow)
    fits(note, screen_at_200)
    assert note.findChild(QLabel).wordWrap()
    qtbot.keyClicks(QApplication.focusWidget(), "not worth chasing")  # the cursor is in the note
    press(qtbot, Qt.Key.Key_Return)
    assert note.result() == QDialog.DialogCode.Accepted and note.textValue() == "not worth chasing"


def test_the_currencies_tab_is_walked_past_its_table_to_its_buttons(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(session, app_settings=settings)
    shown(qtbot, dialog)
    page = dialog.currencies_page
    dialog.tabs.setCurrentWidget(page)
    page.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # Add rate: the cursor in the new row's currency
    assert page.table.state() == page.table.State.EditingState and page.table.currentColumn() == 0

    for column in (1, 2):  # typing a row: Tab goes from cell to cell …
        press(qtbot, Qt.Key.Key_Tab)
        assert page.table.currentColumn() == column and page.table.state() == page.table.State.EditingState
    press(qtbot, Qt.Key.Key_Tab)  # … and from the last one on, not round to the first
    assert QApplication.focusWidget() is page.add_button

    page.table.setFocus()  # not typing: Tab leaves the table at once
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.add_button
    press(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is page.table


REJECTED_CSV = ORDERS_CSV + "8100123456789014;2026-02-30;Bad date;1,00 €;Completed\r\n"


def test_tab_leaves_the_table_of_rejected_rows_for_the_buttons(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(REJECTED_CSV, encoding="utf-8")
    dialog = ImportDialog(session, None, path, runner=run_now)
    shown(qtbot, dialog)
    for _ in range(3):
        dialog.next_button.click()
    table = dialog.review_page.table
    assert table.isVisible() and table.model().rowCount() == 1

    table.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.back_button  # then Import and Cancel


def test_tab_leaves_the_list_of_imports_for_its_buttons(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    imported(qtbot, session, tmp_path).close()
    window = open_window(session, qtbot, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("imports")
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table


def test_a_click_on_a_field_half_in_view_does_not_scroll_it_from_under_the_mouse(qtbot: QtBot) -> None:
    buttons = [QPushButton(f"button {n}") for n in range(40)]
    dialog, area = scrolling_dialog(buttons)
    shown(qtbot, dialog)
    viewport_bottom = area.viewport().height()
    half = next(b for b in buttons if b.mapTo(area.viewport(), b.rect().bottomLeft()).y() > viewport_bottom)
    top = half.mapTo(area.viewport(), half.rect().topLeft()).y()
    assert top < viewport_bottom  # partly in view
    clicked: list[bool] = []
    half.clicked.connect(lambda: clicked.append(True))

    qtbot.mouseClick(half, Qt.MouseButton.LeftButton, pos=QPoint(10, (viewport_bottom - top) // 2))

    assert area.verticalScrollBar().value() == 0 and clicked == [True]
