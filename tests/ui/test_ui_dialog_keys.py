"""Every dialog but the order form as a keyboard user meets it: the first field to fill has the
cursor, Enter presses the safe button, and nothing is out of reach at 200 % (a 1600×1000 screen
at 200 % is 800×500 in Qt's logical pixels; fonts keep their logical size, so the offscreen
screen at 100 % measures the same)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tracker.store import repository
from tracker.store.batches import list_batches
from tracker.ui.import_dialog import SUMMARY, ImportDialog
from tracker.ui.session import Session
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
