"""``points-tracker [FILE]`` and ``python -m tracker``: the desktop app.

Start-up stays fast: nothing here or on the way to the first painted dashboard imports
matplotlib (charts load it when first shown). On a new computer the data folder is made first.
A second start on the same file brings the running window to the front (and hands it FILE to
import) instead of opening the file twice. A database that cannot be used (its folder cannot
be made, damaged, from a newer version) is explained in a message that offers another file; an
unexpected error later is shown in a dialog and its traceback written to the log file in the data
folder (:mod:`tracker.logs`; ``--debug`` logs more, and to stderr too). On Linux, a missing
library of Qt's X11 plugin is named (with the packages to install) before Qt would abort.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import cast

# isort: off
# Before PySide6: once it is imported, its import hook (shiboken's support of ``__feature__``)
# reads the source of every Python module imported after it. The store, rules and report the
# window needs at once are imported first, which takes some 20-40 ms off every start
# (benchmarks/bench_startup.py); tests/ui/test_ui_startup_imports.py keeps it so. So are the
# log file's handler and the data folder's finder (the start's first log lines are written
# before the first paint), and what the dashboard's banner reads.
import logging.handlers
import platformdirs  # noqa: F401
import tracker.report.figures
import tracker.report.reminders
import tracker.report.status
import tracker.store.backup
import tracker.store.lock
import tracker.store.restore
import tracker.store.snapshot
import tracker.store.uncounted  # noqa: F401

# isort: on
from PySide6.QtCore import QSettings, QThread, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker import APP_ID, APP_NAME, __version__, logs
from tracker.i18n import translate
from tracker.logs import ExcInfo, log_unexpected
from tracker.resources import app_icon_paths
from tracker.store.errors import StoreError
from tracker.store.paths import DB_ENV_VAR, default_db_path, expand_user, resolve_db_path
from tracker.ui.garbage import GuiThreadCollector
from tracker.ui.language import start_language
from tracker.ui.main_window import KEY_LAST_DATABASE, MainWindow
from tracker.ui.opening import DatabaseOpener
from tracker.ui.platform_check import platform_problem
from tracker.ui.starting import HANDED_OVER, Outcome, StartDialogs, open_at_start, qt_dialogs
from tracker.ui.widgets import keep_disabled_visible
from tracker.ui.worker import run_in_thread

ORGANIZATION = "PointsTracker"
BACKGROUND_AFTER_MS = 100  # the first paint comes first (a 0 ms timer fires before it; a worker would hold the GIL)
logger = logging.getLogger(__name__)
# Qt's own options that take a value (QGuiApplication and QApplication): kept whole for Qt, so
# that their value is not read as the FILE to import.
_QT_OPTIONS_WITH_VALUE = frozenset(
    {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry", "geometry",
     "qwindowtitle", "title", "qwindowicon", "icon", "display", "style", "stylesheet", "session"}
)  # fmt: skip


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest for Qt (``-platform offscreen``, ``-style Fusion`` …)."""
    parser = argparse.ArgumentParser(
        prog="points-tracker", description="Your own record of AliExpress member points, in a window."
    )
    parser.add_argument(
        "file", metavar="FILE", nargs="?", type=Path, help="a CSV or Excel file to import (opens the import dialog)"
    )
    parser.add_argument(
        "--db", metavar="PATH", help=f"the database file (default: ${DB_ENV_VAR}, else the last one opened)"
    )
    parser.add_argument(
        "--debug", action="store_true", help=f"log debugging details, to stderr and to {logs.log_path()}"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    ours, qt = _split_qt_options(list(argv))
    options, rest = parser.parse_known_args(ours)
    return options, qt + rest


def _split_qt_options(argv: list[str]) -> tuple[list[str], list[str]]:
    ours: list[str] = []
    qt: list[str] = []
    index = 0
    while index < len(argv):
        argument = argv[index]
        if argument == "--":
            ours.extend(argv[index:])
            break
        if argument.startswith("-") and argument.lstrip("-") in _QT_OPTIONS_WITH_VALUE:
            qt.extend(argv[index : index + 2])
            index += 2
            continue
        ours.append(argument)
        index += 1
    return ours, qt


def make_excepthook(
    show: Callable[[str, str, bool], None], log: Callable[[ExcInfo], Path | None] = log_unexpected
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """A ``sys.excepthook``: a store error is shown as it is; anything else is a bug, shown
    briefly and logged with its traceback. ``show(title, text, is_bug)`` puts up the dialog."""
    busy = False

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        nonlocal busy
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        if isinstance(error, StoreError):
            show(APP_NAME, str(error), False)
            return
        written = log((kind, error, trace)) or logs.log_path()
        if busy:  # an error while showing an error: logged, not shown again
            return
        busy = True
        try:
            show(
                translate("App", "Something went wrong"),
                translate(
                    "App",
                    "Points Tracker ran into a problem it did not expect:\n\n{error}\n\n"
                    "Your records are safe. The details were written to {log}; please include them "
                    "if you report this.",
                ).format(error=error, log=written),
                True,
            )
        finally:
            busy = False

    return hook


def _show_dialog(title: str, text: str, is_bug: bool) -> None:
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return  # a window may only be made on the GUI thread while the app runs; it is logged
    parent = QApplication.activeWindow()
    if is_bug:
        QMessageBox.critical(parent, title, text)
    else:
        QMessageBox.warning(parent, title, text)


def _database_path(cli_value: str | None, last: object) -> Path:
    """``--db``, then the environment variable, then the file opened last, then the default."""
    path = resolve_db_path(cli_value)
    if path == default_db_path() and isinstance(last, str) and last and Path(last).exists():
        return Path(last)
    return path


def _configure(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName(APP_ID)
    icon = QIcon()
    for path in app_icon_paths():  # every size drawn, so Qt picks a sharp one
        if path.is_file():
            icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)
    keep_disabled_visible(app)  # a dark theme's disabled buttons otherwise look enabled
    if app.findChild(GuiThreadCollector) is None:  # no Qt object freed by a worker thread's collection
        GuiThreadCollector(app)


def _shut_down(opener: DatabaseOpener, window: MainWindow) -> None:
    """Let background reads finish, bring the figures up to date for a quick next start, close the
    database."""
    QThreadPool.globalInstance().waitForDone()
    try:
        window.session.keep_figures()
    except StoreError as error:  # a locked or full disk: the next start computes what changed
        logger.warning("Could not bring the derived figures up to date: %s", error)
    opener.close()


def launch(
    argv: Sequence[str] | None = None, dialogs: StartDialogs | None = None
) -> tuple[QApplication, MainWindow] | int:
    """Create the application and show the window: ``(app, window)``, or an exit code: 0 when a
    window already running took over, 1 when the shopper was told why nothing could start."""
    arguments = list(sys.argv if argv is None else argv)
    options, qt_arguments = parse_args(arguments[1:])
    logs.configure(debug=options.debug, file_level=logging.INFO)
    logger.info("%s %s starting (Python %s)", APP_NAME, __version__, sys.version.split()[0])
    program = arguments[0] if arguments else "points-tracker"
    if QApplication.instance() is None:
        problem = platform_problem(_platform_environment(qt_arguments))
        if problem:  # Qt would abort with a message that names no package
            print(problem, file=sys.stderr)
            return 1
    app = cast(QApplication, QApplication.instance() or QApplication([program, *qt_arguments]))
    _configure(app)
    sys.excepthook = make_excepthook(_show_dialog)

    settings = QSettings()
    language = start_language(app, settings)  # before any window or message is made
    app.setProperty("language", language.code)
    path = _database_path(options.db, settings.value(KEY_LAST_DATABASE))
    backups: list[Callable[[], str]] = []  # the day's backup, made once the window has painted
    opener = DatabaseOpener(first_backup_after=backups.append)
    started = open_at_start(opener, path, dialogs or qt_dialogs(), import_file=options.file)
    if isinstance(started, Outcome):
        return 0 if started is HANDED_OVER else 1
    session = started
    # The true figures at once (or "computing"); the ledger is built once the window has painted.
    session.warm_start(run_in_thread, defer=lambda start: QTimer.singleShot(BACKGROUND_AFTER_MS, start))
    window = MainWindow(session, settings=settings, opener=opener)
    app.aboutToQuit.connect(lambda: _shut_down(opener, window))
    window.show()
    QTimer.singleShot(BACKGROUND_AFTER_MS, window, lambda: _serve_second_starts(window, opener))  # not once it has gone
    QTimer.singleShot(BACKGROUND_AFTER_MS, window, lambda: _make_backups(window, backups))
    if options.file is not None:
        file = expand_user(options.file).absolute()
        QTimer.singleShot(0, lambda: window.import_file(file))
    return app, window


def _make_backups(window: MainWindow, backups: Sequence[Callable[[], str]]) -> None:
    """The day's backup of the file opened at the start (tracker/ui/opening.py), made once the
    window has painted; the status bar says so if it could not be made."""
    for back_up in backups:
        problem = back_up()
        if problem:
            window.show_message(problem)


def _platform_environment(qt_arguments: Sequence[str]) -> dict[str, str]:
    """The environment as Qt will see it: ``-platform NAME`` wins over ``QT_QPA_PLATFORM``."""
    environ = dict(os.environ)
    for flag, value in itertools.pairwise(qt_arguments):
        if flag.lstrip("-") == "platform":
            environ["QT_QPA_PLATFORM"] = value
    return environ


def _serve_second_starts(window: MainWindow, opener: DatabaseOpener) -> None:
    """A second start on this file comes here (and, after File ▸ Open, on the new file). Set up
    once the window is shown, not before its first paint: meanwhile a second start finds the file
    in use and asks again (tracker/ui/starting.py)."""
    from tracker.ui.single_instance import InstanceServer

    server = InstanceServer(window)
    server.requested.connect(lambda file: _on_second_start(window, file))
    server.listen(window.session.db_path)
    opener.on_opened = server.listen


def _on_second_start(window: MainWindow, file: Path | None) -> None:
    window.bring_to_front()
    if file is not None:
        window.import_file(file)


def main(argv: Sequence[str] | None = None) -> int:
    launched = launch(argv)
    if isinstance(launched, int):
        return launched
    app, _window = launched
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()  # nothing runs on once the window has gone
    return code


if __name__ == "__main__":
    sys.exit(main())
