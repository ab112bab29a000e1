"""The main window: menus, toolbar, pages, undo, remembered state, other databases, start-up."""

from __future__ import annotations

import logging
import platform
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tests.ui.helpers import confirmed_order, dashboard_of, open_window, window_settings
from tracker import __version__, app, i18n, logs
from tracker.store.drafts import ReviewDraft
from tracker.store.errors import DatabaseLockedError
from tracker.ui import editing
from tracker.ui.main_window import KEY_LAST_DATABASE, MainWindow
from tracker.ui.opening import DatabaseOpener
from tracker.ui.pages import PageSpec, lazy_page
from tracker.ui.ruleset_view import HowPointsWorkDialog
from tracker.ui.session import Session
from tracker.ui.starting import StartDialogs


def menu_action(window: MainWindow, menu_title: str, text_start: str) -> QAction:
    for top in window.menuBar().actions():
        if top.text() == menu_title:
            menu = top.menu()
            assert isinstance(menu, QMenu)
            for action in menu.actions():
                if action.text().startswith(text_start):
                    return action
    raise AssertionError(f"no {text_start!r} in the {menu_title} menu")


def test_adding_an_order_shows_its_points_and_undo_from_the_edit_menu_takes_them_back(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    session.add(ReviewDraft(TODAY, item_price_cents=500))
    window = open_window(session, qtbot, tmp_path)
    dashboard = dashboard_of(window)
    assert dashboard.window_points_label.text() == "1"

    session.add(confirmed_order(12_000))
    qtbot.waitUntil(lambda: dashboard.window_points_label.text() == "121")

    undo = menu_action(window, "&Edit", "&Undo")
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    undo.trigger()
    qtbot.waitUntil(lambda: dashboard.window_points_label.text() == "1")
    menu_action(window, "&Edit", "&Redo").trigger()
    qtbot.waitUntil(lambda: dashboard.window_points_label.text() == "121")


def test_visited_today_twice_records_one_visit_and_says_so(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(session, qtbot, tmp_path)
    assert window.action_visited_today.shortcut().toString() == "Ctrl+T"

    window.action_visited_today.trigger()
    assert window.statusBar().currentMessage() == "Visit recorded for 24 Nov"
    window.action_visited_today.trigger()
    assert window.statusBar().currentMessage() == "Today's visit is already recorded"
    assert [visit.date for visit in session.records().visits] == [TODAY]


def test_toolbar_buttons_have_accessible_names(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(session, qtbot, tmp_path)
    names = {window.toolbar.widgetForAction(action).accessibleName() for action in window.toolbar.actions()}
    assert names == {"Add order", "Visited today", "Check against AliExpress"}


def test_add_actions_open_the_matching_form(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(editing, "edit_record", lambda parent, session, kind, record_id=None: asked.append(kind))
    window = open_window(session, qtbot, tmp_path)
    assert window.action_add_order.shortcut().toString() == "Ctrl+N"
    for action in window.add_actions.values():
        action.trigger()
    assert asked == ["order", "review", "post", "follow", "entry", "promotion"]


def test_pages_are_built_when_first_shown_and_the_view_menu_switches_them(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(session, qtbot, tmp_path)
    assert window.page_keys() == ["dashboard", "orders", "reviews", "activity", "charts", "imports"]
    assert set(window.built_pages()) == {"dashboard"}

    view = menu_action(window, "&View", "&2")
    assert view.shortcut().toString() == "Ctrl+2"
    view.trigger()
    assert window.current_page_key() == "orders"
    assert window.nav.currentRow() == 1
    assert set(window.built_pages()) == {"dashboard", "orders"}

    window.nav.setCurrentRow(3)
    assert window.current_page_key() == "activity"


def test_a_page_chosen_by_its_shortcut_takes_the_focus_and_arrowing_the_list_does_not(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    """Ctrl+2 and then typing searches the orders; arrowing down the page list stays in the list."""
    from PySide6.QtWidgets import QApplication

    session.add(confirmed_order())
    window = open_window(session, qtbot, tmp_path)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.nav.setFocus()
    menu_action(window, "&View", "&2").trigger()
    orders = window.page("orders")
    assert QApplication.focusWidget() is orders.search  # type: ignore[attr-defined]
    menu_action(window, "&View", "&2").trigger()  # already in it: the focus stays put
    assert QApplication.focusWidget() is orders.search  # type: ignore[attr-defined]
    menu_action(window, "&View", "&1").trigger()
    assert window.page("dashboard").isAncestorOf(QApplication.focusWidget())
    window.nav.setFocus()
    window.nav.setCurrentRow(2)
    assert window.current_page_key() == "reviews" and QApplication.focusWidget() is window.nav


def test_a_registered_page_gets_a_place_in_the_view_menu(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(session, qtbot, tmp_path)
    window.register_page(PageSpec("more-imports", "More imports", lazy_page("tracker.ui.imports_page", "ImportsPage")))
    page = window.show_page("more-imports")
    assert type(page).__name__ == "ImportsPage"
    assert menu_action(window, "&View", "&7").shortcut().toString() == "Ctrl+7"


def test_geometry_and_last_page_are_restored(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(session, qtbot, tmp_path)
    window.resize(700, 500)  # the offscreen screen is 800 × 600
    window.show_page("reviews")
    window.close()

    again = MainWindow(session, settings=window_settings(tmp_path))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    assert again.current_page_key() == "reviews"
    assert window_settings(tmp_path).value(KEY_LAST_DATABASE) == str(session.db_path)


def test_opening_another_database_rebuilds_the_pages_on_it(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    session.add(confirmed_order())
    opener = DatabaseOpener(today=lambda: TODAY)
    window = open_window(session, qtbot, tmp_path, opener=opener)
    try:
        other = tmp_path / "other.sqlite3"
        assert window.open_database(other)
        assert window.session.db_path == other
        assert window.session is not session
        dashboard = dashboard_of(window)
        assert dashboard.session is window.session
        assert dashboard._stack.currentWidget() is dashboard.empty_state
        assert window.windowTitle().startswith("other.sqlite3")
        window.action_visited_today.trigger()
        assert window.action_undo is not None and window.action_undo.isEnabled()
        assert window_settings(tmp_path).value(KEY_LAST_DATABASE) == str(other)
    finally:
        window.close()
        opener.close()


def test_a_database_that_cannot_be_opened_is_explained_and_the_window_goes_on(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    session.add(confirmed_order())
    opener = DatabaseOpener(today=lambda: TODAY)
    window = open_window(session, qtbot, tmp_path, opener=opener)
    try:
        damaged = tmp_path / "damaged.sqlite3"
        damaged.write_bytes(b"this is not a database" * 100)
        assert not window.open_database(damaged)
        assert "damaged" in told[0]
        assert window.session.db_path == session.db_path
        assert dashboard_of(window).window_points_label.text() == "120"
    finally:
        window.close()
        opener.close()


def test_export_writes_the_three_native_files(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    session.add(confirmed_order())
    session.visited_today()
    window = open_window(session, qtbot, tmp_path)
    menu_action(window, "&File", "&Export").trigger()
    assert sorted(path.name for path in folder.iterdir()) == ["activity.csv", "orders.csv", "promotions.csv"]
    assert (folder / "orders.csv").read_text(encoding="utf-8-sig").startswith("order_no,order_date,status")
    assert window.statusBar().currentMessage().startswith("Exported 1 order, 1 activity row and 0 promotions")


def test_import_action_and_a_dropped_file_open_the_import_dialog(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from tracker.ui.import_dialog import ImportDialog

    asked: list[object] = []
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda cls, parent, session, path=None: asked.append(path)))
    window = open_window(session, qtbot, tmp_path)
    assert window.action_import is menu_action(window, "&File", "&Import a file")
    window.action_import.trigger()
    dropped = tmp_path / "orders.csv"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(drop)
    assert asked == [None, dropped]


def test_how_points_work_lists_the_active_rule_sets_tiers(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(session, qtbot, tmp_path)
    menu_action(window, "&Help", "&How points work").trigger()
    dialog = window.findChild(HowPointsWorkDialog)
    assert dialog is not None
    text = dialog.text.toPlainText()
    for tier in session.ruleset().tiers:
        assert tier.name in text
    assert "501–1,500 points" in text
    assert "at most 500 points an order" in text
    dialog.close()


def test_settings_open_from_the_edit_menu(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    from tracker.ui.settings_dialog import SettingsDialog

    window = open_window(session, qtbot, tmp_path)
    settings_action = menu_action(window, "&Edit", "&Settings")
    assert not settings_action.shortcut().isEmpty()
    settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


# --- start-up ------------------------------------------------------------------------------------


@pytest.fixture
def app_settings_isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """launch() names the application and installs its excepthook: undo both afterwards."""
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    for scope_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(scope_format, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.delenv("POINTS_TRACKER_DB", raising=False)
    yield
    i18n.install()  # launch() installs the system's language and formats
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


@pytest.mark.usefixtures("app_settings_isolated")
def test_launch_with_a_damaged_database_shows_the_message_and_exits(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    dialogs = StartDialogs(
        ask_restore=lambda _question: False,
        ask_other_file=lambda problem: told.append(problem) is not None,  # then Quit
        choose_file=lambda: None,
    )
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database at all" * 200)
    assert app.launch(["points-tracker", "--db", str(damaged)], dialogs) == 1
    assert "damaged" in told[0]


@pytest.mark.usefixtures("app_settings_isolated")
def test_launch_opens_the_window_on_the_given_database(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite3"
    launched = app.launch(["points-tracker", "--db", str(path)])
    assert not isinstance(launched, int)
    application, window = launched
    qtbot.addWidget(window)
    try:
        assert window.session.db_path == path
        assert application.desktopFileName() == "io.github.pointstracker.PointsTracker"
        assert not application.windowIcon().isNull()
        assert window.isVisible()
    finally:
        window.close()
        application.aboutToQuit.emit()  # releases the file's lock, as on quitting


def test_parse_args_leaves_qt_options_to_qt() -> None:
    options, rest = app.parse_args(["--db", "x.sqlite3", "-platform", "offscreen"])
    assert options.db == "x.sqlite3"
    assert rest == ["-platform", "offscreen"]


def test_excepthook_shows_a_store_error_as_it_is_and_logs_nothing() -> None:
    shown: list[tuple[str, str, bool]] = []
    logged: list[object] = []
    hook = app.make_excepthook(lambda *args: shown.append(args), lambda error: logged.append(error) or Path("log"))
    error = DatabaseLockedError("points.sqlite3 is in use by another program.")
    hook(type(error), error, None)
    assert shown == [("Points Tracker", "points.sqlite3 is in use by another program.", False)]
    assert logged == []


def test_excepthook_logs_an_unexpected_error_with_its_traceback(log_file: Path) -> None:
    logs.configure(debug=False, file_level=logging.INFO)
    shown: list[tuple[str, str, bool]] = []
    hook = app.make_excepthook(lambda *args: shown.append(args))
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        hook(type(error), error, error.__traceback__)
    written = log_file.read_text(encoding="utf-8")
    assert "ERROR tracker [" in written and "] Unexpected error" in written
    assert "Traceback" in written and "ZeroDivisionError: division by zero" in written
    _title, text, is_bug = shown[0]
    assert is_bug and "division by zero" in text and str(log_file) in text


def test_the_window_takes_a_debug_flag() -> None:
    assert app.parse_args(["--debug", "orders.csv"])[0].debug
    assert not app.parse_args([])[0].debug


def test_opening_a_file_makes_the_days_backup(tmp_path: Path) -> None:
    opener = DatabaseOpener(today=lambda: TODAY)
    try:
        session = opener.open(tmp_path / "points.sqlite3")
        assert (tmp_path / "backups" / "points-2026-11-24.sqlite3").exists()
        assert opener.backup_problem == ""
        assert session.db_path == tmp_path / "points.sqlite3"
    finally:
        opener.close()


def test_an_opener_can_hand_the_first_files_backup_to_be_made_later(tmp_path: Path) -> None:
    later: list[Callable[[], str]] = []
    opener = DatabaseOpener(today=lambda: TODAY, first_backup_after=later.append)
    try:
        opener.open(tmp_path / "first.sqlite3")
        assert len(later) == 1 and not (tmp_path / "backups" / "first-2026-11-24.sqlite3").exists()
        assert later[0]() == ""
        assert (tmp_path / "backups" / "first-2026-11-24.sqlite3").exists()
        opener.open(tmp_path / "second.sqlite3")  # only the first: the others as they open
        assert len(later) == 1 and (tmp_path / "backups" / "second-2026-11-24.sqlite3").exists()
    finally:
        opener.close()


def test_a_first_backup_handed_on_is_not_made_once_its_file_is_closed(tmp_path: Path) -> None:
    later: list[Callable[[], str]] = []
    opener = DatabaseOpener(today=lambda: TODAY, first_backup_after=later.append)
    try:
        opener.open(tmp_path / "first.sqlite3")
        opener.close()  # quit before the window painted, say
        assert later[0]() == "" and not (tmp_path / "backups" / "first-2026-11-24.sqlite3").exists()
    finally:
        opener.close()


def test_every_page_opens(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(session, qtbot, tmp_path)
    for key in window.page_keys():
        window.show_page(key)
        assert window.current_page_key() == key
    assert set(window.built_pages()) == set(window.page_keys())


def test_about_names_the_version_what_it_runs_on_and_where_the_data_is(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(session, qtbot, tmp_path)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append((title, text)))
    window.action_about.trigger()
    assert shown[0][0] == "About Points Tracker"
    text = shown[0][1]
    assert f"Version {__version__} · Python {platform.python_version()} · Qt {qVersion()}" in text
    assert str(session.db_path) in text.replace("\u200b", "")  # it may wrap after each folder
    assert "Rule set: AliExpress member program (since 2023)" in text
    assert "MIT licence" in text and "not made by or connected with AliExpress" in text
