"""The window says what it did: saved records, undo and redo, imports, its title and its size."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.helpers import confirmed_order, open_window, window_settings
from tracker.rules import OrderStatus
from tracker.store import demo
from tracker.store.drafts import LineDraft, OrderDraft
from tracker.store.paths import DB_FILE_NAME
from tracker.ui import forms, questions, restart
from tracker.ui.forms import OrderForm
from tracker.ui.imports_page import ImportsPage
from tracker.ui.main_window import KEY_GEOMETRY, MainWindow
from tracker.ui.session import Session
from tracker.ui.single_instance import InstanceServer
from tracker.ui.tables.orders_page import OrdersPage


def test_adding_an_order_says_so_and_selects_it_on_the_orders_page(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.add(confirmed_order(5_000))
    window = open_window(session, qtbot, tmp_path)
    page = window.show_page("orders")
    assert isinstance(page, OrdersPage)
    new = confirmed_order(7_000, category="Toys")
    monkeypatch.setattr(forms.form_class("order"), "ask", classmethod(lambda cls, *a, save, **k: save(new) or new))
    window.action_add_order.trigger()
    assert window.statusBar().currentMessage() == "Order added."
    selected = page.selected_row()
    assert selected is not None and selected.items_cents == 7_000


def test_editing_an_order_says_so_and_keeps_it_selected(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = session.add(confirmed_order(5_000))
    session.add(confirmed_order(6_000))
    window = open_window(session, qtbot, tmp_path)
    page = window.show_page("orders")
    assert isinstance(page, OrdersPage)
    changed = confirmed_order(9_000)
    monkeypatch.setattr(forms.form_class("order"), "ask", classmethod(lambda cls, *a, save, **k: save(changed) or 1))
    forms.edit_record(page, session, "order", first)
    assert window.statusBar().currentMessage() == "Order saved."
    selected = page.selected_row()
    assert selected is not None and (selected.id, selected.items_cents) == (first, 9_000)


def test_undo_and_redo_name_what_they_take_back_and_say_it_when_done(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(session, qtbot, tmp_path)
    assert window.action_undo is not None and window.action_redo is not None
    assert (window.action_undo.text(), window.action_undo.isEnabled()) == ("&Undo", False)
    session.add(confirmed_order())
    assert window.action_undo.text() == "&Undo Add order"
    window.action_undo.trigger()
    assert window.statusBar().currentMessage() == "Undone: Add order."
    assert window.action_redo.text() == "&Redo Add order"
    window.action_redo.trigger()
    assert window.statusBar().currentMessage() == "Redone: Add order."
    assert len(session.records().orders) == 1


def test_the_imports_page_selects_the_newest_import_so_it_can_be_undone_at_once(session: Session, qtbot: QtBot) -> None:
    demo.load_demo(session.db, session.today())
    page = ImportsPage(session, confirm=lambda parent, question: True)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    assert page.selected() is not None and page.undo_button.isEnabled()


def test_confirmations_answer_with_verbs_and_default_to_keeping(qtbot: QtBot) -> None:
    box, go = questions.build(None, questions.undo_import("Remove everything the import of o.csv added?"))
    qtbot.addWidget(box)
    texts = sorted(button.text() for button in box.buttons())
    assert texts == ["Keep", "Undo import"]
    assert go.text() == "Undo import"
    assert box.defaultButton().text() == "Keep"
    assert not [b for b in box.buttons() if box.standardButton(b) in (QMessageBox.StandardButton.Yes,
                                                                       QMessageBox.StandardButton.No)]  # fmt: skip


def test_the_title_is_the_apps_name_and_the_file_only_when_it_is_not_the_usual_one(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tracker.ui.main_window.default_db_path", lambda: session.db_path)
    window = open_window(session, qtbot, tmp_path)
    assert window.windowTitle() == "Points Tracker"
    monkeypatch.setattr("tracker.ui.main_window.default_db_path", lambda: tmp_path / "elsewhere" / DB_FILE_NAME)
    window._show_title()
    assert window.windowTitle() == f"{session.db_path.name} — Points Tracker"


def test_a_window_saved_larger_than_the_screen_comes_back_inside_it(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    """At 200 % a window saved at 100 % is twice too large: it comes back on the screen, whole."""
    settings = window_settings(tmp_path)
    big = MainWindow(session, settings=settings)
    qtbot.addWidget(big)
    big.setGeometry(QRect(-300, -200, 5000, 4000))
    settings.setValue(KEY_GEOMETRY, big.saveGeometry())
    big.close()
    window = MainWindow(session, settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.contains(window.frameGeometry()), (window.frameGeometry(), screen)
    assert isinstance(settings.value(KEY_GEOMETRY), QByteArray)


def test_restarting_runs_the_same_command_once_the_app_has_exited(monkeypatch: pytest.MonkeyPatch) -> None:
    registered: list[object] = []
    monkeypatch.setattr(restart, "_scheduled", False)
    monkeypatch.setattr(restart.atexit, "register", registered.append)
    restart.relaunch_at_exit()
    restart.relaunch_at_exit()
    assert registered == [restart._relaunch]
    assert restart.restart_command()[0] == sys.executable


def test_restart_now_closes_the_window_and_relaunches(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(restart, "relaunch_at_exit", lambda: calls.append("relaunch"))
    monkeypatch.setattr(QGuiApplication, "quit", lambda: calls.append("quit"))
    window = open_window(session, qtbot, tmp_path)
    server = InstanceServer(window)  # as the second-start server listens for this window
    assert server.listen(tmp_path / "restart" / DB_FILE_NAME)
    window.restart()
    assert calls == ["relaunch", "quit"]
    assert not window.isVisible()
    assert not server.name  # closed: the new start opens the file instead of handing over to this one


def test_an_order_with_many_items_scrolls_and_keeps_save_on_the_screen(session: Session, qtbot: QtBot) -> None:
    lines = tuple(LineDraft(f"Item {n}", "", "Home", 1, 500) for n in range(30))
    draft = OrderDraft(order_no=None, order_date=date(2026, 10, 1), status=OrderStatus.PENDING, lines=lines)
    form = OrderForm(session, draft)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert form.frameGeometry().height() <= screen.height()
    qtbot.waitUntil(form.scroll_area.verticalScrollBar().isVisible)
    assert form.ok_button.isVisible() and form.rect().contains(form.ok_button.geometry())
