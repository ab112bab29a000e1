"""The main window: a navigation list of pages, menus, a toolbar and a status bar.

Pages (:mod:`tracker.ui.pages`) are built the first time they are shown. The window remembers
its geometry, layout, last page and last database file in the :class:`QSettings` it is given
(tests give it a file of their own). Opening another database builds a new :class:`Session`
and rebuilds the pages on it.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QSettings, QSize, Qt, QTimer, qVersion
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from tracker import APP_NAME, __version__
from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.report.ruleset_words import ruleset_text
from tracker.report.summary import short_day
from tracker.store.errors import StoreError
from tracker.store.paths import default_db_path, expand_user
from tracker.ui import editing, questions, restart
from tracker.ui.folders import documents_folder
from tracker.ui.notifications import ReminderNotifier
from tracker.ui.opening import DatabaseOpener
from tracker.ui.pages import PageSpec, default_pages
from tracker.ui.session import Session
from tracker.ui.widgets import breakable_path, scaled_font

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_PAGE = "window/page"
KEY_LAST_DATABASE = "database/last"
PRELOAD_CHARTS_AFTER_MS = 1500  # the window is shown and idle: load matplotlib in the background

_ADD_ACTIONS = (  # kind, menu text (translated where the action is made), shortcut
    ("order", QT_TRANSLATE_NOOP("MainWindow", "Add &order…"), "Ctrl+N"),
    ("review", QT_TRANSLATE_NOOP("MainWindow", "Add r&eview…"), ""),  # &Redo has R
    ("post", QT_TRANSLATE_NOOP("MainWindow", "Add Club &post…"), ""),
    ("follow", QT_TRANSLATE_NOOP("MainWindow", "Add store &follow…"), ""),
    ("entry", QT_TRANSLATE_NOOP("MainWindow", "Add &bonus or adjustment…"), ""),
    ("promotion", QT_TRANSLATE_NOOP("MainWindow", "Add pro&motion…"), ""),
)


def _preload_charts() -> None:
    from tracker.ui.charts_host import preload_charts  # the charts' host too is loaded after the start

    preload_charts()


class MainWindow(QMainWindow):
    """The Points Tracker window on one open database (its :class:`Session`)."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        opener: DatabaseOpener | None = None,
        pages: list[PageSpec] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._settings = settings if settings is not None else QSettings()
        self._opener = opener
        self._specs: list[PageSpec] = []
        self._pages: dict[str, QWidget] = {}
        self.action_undo: QAction | None = None
        self.action_redo: QAction | None = None
        self._undo_actions: UndoActions | None = None
        self._shown_once = False
        self._preload_timer = QTimer(self)
        self._preload_timer.setSingleShot(True)
        self._preload_timer.setInterval(PRELOAD_CHARTS_AFTER_MS)
        self._preload_timer.timeout.connect(_preload_charts)
        self.notifier = ReminderNotifier(self._settings, QApplication.windowIcon(), parent=self)
        self.notifier.clicked.connect(self.bring_to_front)

        self.nav = QListWidget()
        self.nav.setAccessibleName(translate("MainWindow", "Pages"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setFont(scaled_font(self.nav, 1.08))
        padding = self.nav.fontMetrics().height()
        self.nav.setStyleSheet(f"QListWidget::item {{ padding-left: {padding}px; }}")  # no colours: palette
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.statusBar()
        self.setAcceptDrops(True)  # a CSV or Excel file dropped on the window opens the import dialog
        for spec in pages if pages is not None else default_pages():
            self.register_page(spec)
        self._install_undo_actions()
        session.record_saved.connect(self.record_saved)
        self._show_title()
        self._restore()
        self._focus_first()

    # --- building --------------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: str | QKeySequence.StandardKey = "") -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.action_new_database = self._action(translate("MainWindow", "&New database…"), self._on_new_database)
        self.action_open_database = self._action(
            translate("MainWindow", "&Open database…"), self._on_open_database, QKeySequence.StandardKey.Open
        )
        self.action_import = self._action(translate("MainWindow", "&Import a file…"), self._on_import, "Ctrl+I")
        self.action_import.setStatusTip(
            translate(
                "MainWindow",
                "Import orders or activity from a CSV or Excel file; you can also drop a file on the window.",
            )
        )
        self.action_export = self._action(translate("MainWindow", "&Export…"), self._on_export)
        self.action_back_up = self._action(translate("MainWindow", "&Back up…"), self._on_back_up)
        self.action_restore = self._action(translate("MainWindow", "&Restore from backup…"), self._on_restore)
        self.action_quit = self._action(translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.add_actions: dict[str, QAction] = {
            kind: self._action(translate("MainWindow", text), partial(self._on_add, kind), shortcut)
            for kind, text, shortcut in _ADD_ACTIONS
        }
        self.action_add_order = self.add_actions["order"]
        self.action_add_order.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.ListAdd))
        self.action_add_order.setIconText(translate("MainWindow", "Add order"))
        self.action_visited_today = self._action(
            translate("MainWindow", "&Visited today"), self._on_visited_today, "Ctrl+T"
        )
        self.action_visited_today.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.AppointmentNew))
        self.action_visited_today.setStatusTip(translate("MainWindow", "Record today's Member Center visit."))
        self.action_visits_calendar = self._action(
            translate("MainWindow", "Visits &calendar…"), self._on_visits_calendar
        )
        self.action_check = self._action(
            translate("MainWindow", "Check against &AliExpress…"), self._on_check, "Ctrl+K"
        )
        self.action_check.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.ToolsCheckSpelling))
        self.action_check.setIconText(translate("MainWindow", "Check"))
        self.action_check.setStatusTip(
            translate("MainWindow", "Compare your figures with the points the Member Center shows.")
        )
        self.action_settings = self._action(translate("MainWindow", "&Settings…"), self._on_settings)
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.action_settings.setShortcuts(preferences or [QKeySequence("Ctrl+,")])
        self.action_how_points_work = self._action(
            translate("MainWindow", "&How points work"), self._on_how_points_work
        )
        self.action_about = self._action(translate("MainWindow", "&About Points Tracker"), self._on_about)
        self.page_actions = QActionGroup(self)
        self.page_actions.setExclusive(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([self.action_new_database, self.action_open_database])
        file_menu.addSeparator()
        file_menu.addActions([self.action_import, self.action_export])
        file_menu.addSeparator()
        file_menu.addActions([self.action_back_up, self.action_restore])
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        self.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self._after_undo = self.edit_menu.addSeparator()
        self.edit_menu.addActions(list(self.add_actions.values()))
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.action_visited_today, self.action_visits_calendar, self.action_check])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.action_settings)
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addActions([self.action_how_points_work, self.action_about])

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
        self.toolbar.setObjectName("main_toolbar")  # saveState() needs it
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.action_add_order)
        self.toolbar.addAction(self.action_visited_today)
        self.toolbar.addAction(self.action_check)
        for action, name in (
            (self.action_add_order, translate("MainWindow", "Add order")),
            (self.action_visited_today, translate("MainWindow", "Visited today")),
            (self.action_check, translate("MainWindow", "Check against AliExpress")),
        ):
            button = self.toolbar.widgetForAction(action)
            button.setAccessibleName(name)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(translate("MainWindow", "{action} ({shortcut})").format(action=name, shortcut=shortcut))
        self.addToolBar(self.toolbar)

    def _install_undo_actions(self) -> None:
        """Undo and Redo on the session's undo stack (again after another database is opened).

        Made here rather than with ``QUndoStack.createUndoAction``, whose English "Undo" prefix
        no translation reaches; and each says in the status bar what it took back or did again.
        """
        if self._undo_actions is not None:
            self.edit_menu.removeAction(self._undo_actions.undo)
            self.edit_menu.removeAction(self._undo_actions.redo)
            self._undo_actions.deleteLater()
        self.session.problem.connect(self.show_message)  # an undo step that could not be taken
        self._undo_actions = UndoActions(self.session.undo_stack, self, self.show_message)
        self.action_undo, self.action_redo = self._undo_actions.undo, self._undo_actions.redo
        self.edit_menu.insertActions(self._after_undo, [self.action_undo, self.action_redo])

    # --- pages -----------------------------------------------------------------------------------

    def register_page(self, spec: PageSpec) -> None:
        """Add a page to the navigation list and the View menu (Ctrl+1 … Ctrl+9 in order)."""
        self._specs.append(spec)
        item = QListWidgetItem(spec.title)
        em = self.nav.fontMetrics().height()
        item.setSizeHint(QSize(0, round(em * 2.1)))
        self.nav.addItem(item)
        number = len(self._specs)
        action = QAction(f"&{number} {spec.title}" if number < 10 else spec.title, self)
        action.setCheckable(True)
        if number < 10:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(partial(self.go_to_page, spec.key))
        self.page_actions.addAction(action)
        self.view_menu.addAction(action)
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(spec.title) for spec in self._specs)
        self.nav.setFixedWidth(max(widest, metrics.horizontalAdvance("M" * 6)) + metrics.height() * 3)

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def show_page(self, key: str) -> QWidget:
        """Show the page (building it the first time) and return it."""
        index = self.page_keys().index(key)
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(index)
        self.nav.blockSignals(False)
        self.page_actions.actions()[index].setChecked(True)
        return page

    def go_to_page(self, key: str) -> None:
        """Show the page chosen from the View menu or by its shortcut, and move the focus into it
        (its first focus, else its first control: a table page's search box), unless the focus is
        in it already. Arrowing through the page list leaves the focus in the list."""
        page = self.show_page(key)
        focused = QApplication.focusWidget()
        if focused is not None and page.isAncestorOf(focused):
            return
        target = _first_focus(page) or _first_in_tab_order(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if it was not yet."""
        if key not in self._pages:
            spec = self._specs[self.page_keys().index(key)]
            page = spec.factory(self.session)
            self._pages[key] = page
            self._connect_page(page)
            self.stack.addWidget(page)
        return self._pages[key]

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def current_page_key(self) -> str:
        current = self.stack.currentWidget()
        return next((key for key, page in self._pages.items() if page is current), "")

    def _connect_page(self, page: QWidget) -> None:
        # Pages may offer these signals; the window answers them.
        message = getattr(page, "message", None)
        if message is not None:
            message.connect(self.show_message)
        import_requested = getattr(page, "import_requested", None)
        if import_requested is not None:
            import_requested.connect(self.action_import.trigger)
        check_requested = getattr(page, "check_requested", None)
        if check_requested is not None:
            check_requested.connect(self.action_check.trigger)
        rate_requested = getattr(page, "rate_requested", None)
        if rate_requested is not None:
            rate_requested.connect(self._on_rate_requested)
        reminders_found = getattr(page, "reminders_found", None)
        if reminders_found is not None:
            reminders_found.connect(lambda found: self.notifier.notify(found, self.session.today()))

    # --- backups ---------------------------------------------------------------------------------

    def _on_back_up(self) -> None:
        from tracker.ui import backups

        done = backups.back_up(self, self.session)
        if done:
            self.show_message(done)

    def _on_restore(self) -> None:
        from tracker.ui import backups

        done = backups.restore(self, self.session, self.open_database)
        if done:
            self.show_message(done)

    # --- importing -------------------------------------------------------------------------------

    def _on_import(self, _checked: bool = False, path: Path | None = None) -> None:
        from tracker.ui.import_dialog import ImportDialog

        report = ImportDialog.ask(self, self.session, path)
        if report is not None:
            self.show_message(import_message(report.file_name, report.new, report.updated))

    def import_file(self, path: Path) -> None:
        """Open the import dialog on ``path`` (given on the command line, or to a second start)."""
        self._on_import(path=path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self._on_import(path=path)

    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.show_page(self._specs[row].key)

    # --- the database ----------------------------------------------------------------------------

    def set_session(self, session: Session) -> None:
        """Work on another open database: the pages are built again on it."""
        current = self.current_page_key() or self.page_keys()[0]
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self.session.record_saved.disconnect(self.record_saved)
        self.session = session
        session.record_saved.connect(self.record_saved)
        self._install_undo_actions()
        self._show_title()
        self.show_page(current)

    def open_database(self, path: Path) -> bool:
        """Open (or create) the database at ``path`` and switch to it; False if it cannot be used."""
        if self._opener is None:
            self._opener = DatabaseOpener(today=self.session.today)
        previous = self.session.db_path
        try:
            session = self._opener.open(path)
        except StoreError as error:
            QMessageBox.warning(self, translate("MainWindow", "Cannot open the database"), str(error))
            if self._opener.path is None:  # the file open before was closed on the way
                self.set_session(self._opener.open(previous))
            return False
        self.set_session(session)
        self._settings.setValue(KEY_LAST_DATABASE, str(session.db_path))
        self.show_message(
            self._opener.backup_problem or translate("MainWindow", "Opened {file}.").format(file=session.db_path)
        )
        return True

    def _on_new_database(self) -> None:
        folder = self.session.db_path.parent
        from PySide6.QtWidgets import QFileDialog  # here: a start need not make its type

        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "New database"),
            str(folder / "points.sqlite3"),
            translate("MainWindow", "Points Tracker databases (*.sqlite3)"),
        )
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".sqlite3")
        if path.exists():
            QMessageBox.warning(
                self,
                translate("MainWindow", "New database"),
                translate(
                    "MainWindow", "{file} already exists. Choose another name, or use Open database to open it."
                ).format(file=path),
            )
            return
        self.open_database(path)

    def _on_open_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # here: a start need not make its type

        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open database"),
            str(self.session.db_path.parent),
            translate("MainWindow", "Points Tracker databases (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.open_database(Path(name))

    def _on_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # here: a start need not make its type

        folder_name = QFileDialog.getExistingDirectory(
            self, translate("MainWindow", "Export to folder"), str(documents_folder())
        )
        if not folder_name:
            return
        folder = Path(folder_name)
        from tracker.ui.exporting import existing_export_files, export_native  # what a menu needs, when used

        existing = existing_export_files(folder)
        if existing:
            text = translate("MainWindow", "{files} already in {folder} will be replaced.").format(
                files=", ".join(existing), folder=folder
            )
            if not questions.ask(self, questions.replace_files(text)):
                return
        self.show_message(export_native(self.session.db, folder).sentence(folder))

    # --- records ---------------------------------------------------------------------------------

    def _on_add(self, kind: str) -> None:
        editing.edit_record(self, self.session, kind)

    def record_saved(self, kind: str, record_id: int, added: bool) -> None:
        """Say so, and select the record on its page if that page is open."""
        self.show_message(editing.saved_message(kind, added=added))
        for page in self._pages.values():
            select = getattr(page, "select_record", None)
            if select is not None:
                select(kind, record_id)

    def _on_visited_today(self) -> None:
        if self.session.visited_today():
            self.show_message(
                translate("MainWindow", "Visit recorded for {date}").format(date=short_day(self.session.today()))
            )
        else:
            self.show_message(translate("MainWindow", "Today's visit is already recorded"))

    def _on_check(self) -> None:
        from tracker.ui.check_dialog import show_check_dialog

        dialog = show_check_dialog(self, self.session)
        dialog.import_requested.connect(self.action_import.trigger, Qt.ConnectionType.UniqueConnection)

    def _on_visits_calendar(self) -> None:
        editing.ask_visits_calendar(self, self.session)

    def _on_rate_requested(self, currency: str) -> None:
        """The dashboard's "Set a rate for RUB…": Settings ▸ Currencies, on that currency."""
        self._on_settings(currency)

    def _on_settings(self, currency: str = "") -> None:
        from tracker.ui.settings_dialog import SettingsDialog  # imported when first opened: a quicker start

        dialog = SettingsDialog(self.session, self, app_settings=self._settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.new_database_requested.connect(self._on_new_database)
        dialog.open_database_requested.connect(self._on_open_database)
        dialog.restart_requested.connect(self.restart)
        dialog.open()
        if isinstance(currency, str) and currency:
            dialog.show_currency(currency)

    def restart(self) -> None:
        """Close the window and start Points Tracker again (the language changed)."""
        from tracker.ui.single_instance import InstanceServer

        restart.relaunch_at_exit()
        for server in self.findChildren(InstanceServer):  # the new start must not hand over to this one
            server.close()
        self.close()
        QGuiApplication.quit()

    # --- help ------------------------------------------------------------------------------------

    def _on_how_points_work(self) -> None:
        from tracker.ui.ruleset_view import HowPointsWorkDialog  # imported when first opened: a quicker start

        dialog = HowPointsWorkDialog(self.session.ruleset(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About {app}").format(app=APP_NAME), self.about_text())

    def about_text(self) -> str:
        """The About box: what the app is, its version and what it runs on, and where the data is."""
        from html import escape  # here: a start need not import it (its table of entities is large)

        versions = translate("MainWindow", "Version {version} · Python {python} · Qt {qt}").format(
            version=__version__, python=platform.python_version(), qt=qVersion()
        )
        parts = [
            f"<h3>{escape(APP_NAME)}</h3><p>{escape(versions)}</p>",
            "<p>"
            + escape(
                translate(
                    "MainWindow",
                    "Your own record of AliExpress member points: your tier, when it lapses and what to spend "
                    "to keep it.",
                )
            )
            + "</p>",
            "<p>"
            + escape(translate("MainWindow", "Your records are kept on this computer, in:"))
            + f"<br>{escape(breakable_path(self.session.db_path))}</p>",
            "<p>"
            + escape(translate("MainWindow", "Rule set: {name}").format(name=ruleset_text(self.session.ruleset().name)))
            + "</p>",
            "<p>"
            + escape(
                translate(
                    "MainWindow",
                    "Free software under the MIT licence. Points Tracker is not made by or connected with AliExpress.",
                )
            )
            + "</p>",
        ]
        return "".join(parts)

    # --- window state ----------------------------------------------------------------------------

    def bring_to_front(self) -> None:
        """Show the window over others (a notification was clicked)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def show_message(self, text: str) -> None:
        """A note in the status bar for a few seconds."""
        self.statusBar().showMessage(text, 8000)

    def _show_title(self) -> None:
        """ "Points Tracker"; with the file's name only when another file than the usual one is open."""
        path = self.session.db_path
        if expand_user(path).resolve() == expand_user(default_db_path()).resolve():
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(translate("MainWindow", "{file} — {app}").format(file=path.name, app=APP_NAME))

    def _restore(self) -> None:
        geometry = self._settings.value(KEY_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self.first_size())
        self.fit_screen()
        state = self._settings.value(KEY_STATE)
        if state is not None:
            self.restoreState(state)
        key = str(self._settings.value(KEY_PAGE, "dashboard"))
        self.show_page(key if key in self.page_keys() else self.page_keys()[0])

    def _focus_first(self) -> None:
        """The focus the window opens with: where the page shown asks for it (the welcome's
        highlighted first button, so that Enter does what it promises); else Qt's first in the Tab
        order, the page list. A page chosen later takes the focus as :meth:`go_to_page` says."""
        widget = _first_focus(self.stack.currentWidget())
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_size(self) -> QSize:
        """The first start's size: roomy (the orders' main columns side by side), and nine tenths of
        the screen at most."""
        em = self.fontMetrics().height()
        size = QSize(em * 86, em * 56)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry().size()
            size = size.boundedTo(QSize(available.width() * 9 // 10, available.height() * 9 // 10))
        return size

    def fit_screen(self) -> None:
        """Keep the window on its screen and no larger than it: a geometry saved at another
        scale or on a larger monitor would otherwise come back with its edges out of reach."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        border_w = max(frame.width() - self.width(), 0) or 8
        border_h = max(frame.height() - self.height(), 0) or 40
        width = min(self.width(), available.width() - border_w)
        height = min(self.height(), available.height() - border_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        x = min(max(frame.x(), available.left()), available.right() - self.width() - border_w + 1)
        y = min(max(frame.y(), available.top()), available.bottom() - self.height() - border_h + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(max(x, available.left()), max(y, available.top()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.fit_screen()
            self._preload_timer.start()

    def save_state(self) -> None:
        """Remember geometry, layout and the page shown (also done when the window closes)."""
        self._settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        self._settings.setValue(KEY_STATE, self.saveState())
        self._settings.setValue(KEY_PAGE, self.current_page_key())
        self._settings.setValue(KEY_LAST_DATABASE, str(self.session.db_path))
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.notifier.close()
        super().closeEvent(event)


class UndoActions(QObject):
    """Edit ▸ Undo and Redo on one undo stack: "Undo Add order" in the user's language, and a note
    through ``said`` of what was taken back or done again. (``QUndoStack.createUndoAction`` puts
    an English "Undo" before a translated action, which no translation reaches.) Deleting this
    object deletes its actions and ends its connections to the stack."""

    def __init__(self, stack: QUndoStack, parent: QWidget, said: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.stack = stack
        self._said = said
        self.undo, self.redo = QAction(self), QAction(self)
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo.setShortcuts(QKeySequence.StandardKey.Redo)
        for signal in (stack.indexChanged, stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self._show)
        self.undo.triggered.connect(self._on_undo)
        self.redo.triggered.connect(self._on_redo)
        self._show()

    def _show(self) -> None:
        stack = self.stack
        if not isValid(stack) or not isValid(self.undo):  # the stack says it is empty as it is deleted
            return
        undo, redo = stack.undoText(), stack.redoText()
        self.undo.setText(
            translate("MainWindow", "&Undo {action}").format(action=undo) if undo else translate("MainWindow", "&Undo")
        )
        self.redo.setText(
            translate("MainWindow", "&Redo {action}").format(action=redo) if redo else translate("MainWindow", "&Redo")
        )
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())

    def _on_undo(self) -> None:
        if self.stack.canUndo():
            what = self.stack.undoText()
            self.stack.undo()
            self._said(translate("MainWindow", "Undone: {action}.").format(action=what))

    def _on_redo(self) -> None:
        if self.stack.canRedo():
            what = self.stack.redoText()
            self.stack.redo()
            self._said(translate("MainWindow", "Redone: {action}.").format(action=what))


def import_message(file: str, new: int, updated: int) -> str:
    """``Imported orders.csv: 3 new, 1 updated.`` — each count with its own plural form."""
    added = translate("MainWindow", "%Ln new", None, new)
    changed = translate("MainWindow", "%Ln updated", None, updated)
    return translate("MainWindow", "Imported {file}: {new}, {updated}.").format(file=file, new=added, updated=changed)


def _dropped_file(mime: QMimeData) -> Path | None:
    """The one local file being dragged, if that is what is being dragged."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        return Path(urls[0].toLocalFile())
    return None


def _first_focus(page: QWidget | None) -> QWidget | None:
    """The widget a page asks to be focused first (``first_focus()``), if it asks."""
    first_focus = getattr(page, "first_focus", None)
    widget = first_focus() if first_focus is not None else None
    return widget if isinstance(widget, QWidget) else None


def _first_in_tab_order(page: QWidget) -> QWidget | None:
    """The first visible, enabled widget inside ``page`` that Tab stops at."""
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        tabbable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if tabbable and page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled():
            return widget
        widget = widget.nextInFocusChain()
    return None
