"""Starting the window: the data folder made first, another file offered when the file cannot be
used, FILE to import, and the hand-over to a window already running (the socket it listens on)."""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from tracker import app, i18n
from tracker.store.lock import AppLock
from tracker.ui import starting
from tracker.ui.import_dialog import ImportDialog
from tracker.ui.main_window import MainWindow
from tracker.ui.single_instance import InstanceServer, ask_running_window, instance_name
from tracker.ui.starting import StartDialogs


class Answers:
    """The shopper at the start-up dialogs: quits, or picks the files listed, one per question."""

    def __init__(self, *files: Path) -> None:
        self.files = list(files)
        self.problems: list[str] = []

    def dialogs(self) -> StartDialogs:
        return StartDialogs(
            ask_restore=lambda _question: False,
            ask_other_file=self._ask_other_file,
            choose_file=lambda: self.files.pop(0) if self.files else None,
        )

    def _ask_other_file(self, problem: str) -> bool:
        self.problems.append(problem)
        return bool(self.files)


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    for scope_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(scope_format, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.delenv("POINTS_TRACKER_DB", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(starting, "HAND_OVER_SECONDS", 0.5)
    yield
    i18n.install()
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


def started(qtbot: QtBot, argv: list[str], answers: Answers | None = None) -> MainWindow:
    launched = app.launch(["points-tracker", *argv], (answers or Answers()).dialogs())
    assert not isinstance(launched, int), answers.problems if answers else launched
    application, window = launched
    qtbot.addWidget(window)
    application.aboutToQuit.connect(lambda: None)
    return window


def close(window: MainWindow) -> None:
    window.close()
    QCoreApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]  # releases the lock, as on quitting


@pytest.mark.usefixtures("isolated")
def test_db_in_folders_that_do_not_exist_opens_and_the_folders_are_the_users_only(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "points.sqlite3"
    window = started(qtbot, ["--db", str(path)])
    try:
        assert window.isVisible() and window.session.db_path == path and path.is_file()
        if sys.platform != "win32":
            assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    finally:
        close(window)


@pytest.mark.usefixtures("isolated")
def test_a_start_makes_the_days_backup_once_the_window_has_painted(qtbot: QtBot, tmp_path: Path) -> None:
    """The first paint does not wait for the copy of the file; it follows a moment later."""
    path = tmp_path / "points.sqlite3"
    window = started(qtbot, ["--db", str(path)])
    try:
        backups = tmp_path / "backups"
        assert not backups.exists() or not list(backups.glob("points-*.sqlite3"))
        qtbot.waitUntil(lambda: len(list(backups.glob("points-*.sqlite3"))) == 1, timeout=5000)
    finally:
        close(window)


@pytest.mark.usefixtures("isolated")
def test_a_days_backup_that_cannot_be_made_is_said_in_the_status_bar(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "points.sqlite3"
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    window = started(qtbot, ["--db", str(path)])
    try:
        qtbot.waitUntil(lambda: "Today's automatic backup was not made" in window.statusBar().currentMessage())
        assert window.session.db_path == path  # the file itself is open and fine
    finally:
        close(window)


@pytest.mark.usefixtures("isolated")
def test_a_folder_that_cannot_be_made_is_explained_and_another_file_opens(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where the folder should be")
    other = tmp_path / "elsewhere" / "mine.sqlite3"
    answers = Answers(other)
    window = started(qtbot, ["--db", str(tmp_path / "blocked" / "points.sqlite3")], answers)
    try:
        (problem,) = answers.problems
        assert problem == (
            f"Points Tracker cannot create the folder {tmp_path / 'blocked'} for your records: "
            f"{tmp_path / 'blocked'} is a file, not a folder."
        )
        assert window.session.db_path == other and other.is_file()
    finally:
        close(window)
    assert QSettings().value("database/last") == str(other)  # and it is the file opened next time


@pytest.mark.usefixtures("isolated")
def test_quitting_at_the_problem_exits_1_and_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("")
    answers = Answers()
    assert app.launch(["points-tracker", "--db", str(tmp_path / "blocked" / "x.sqlite3")], answers.dialogs()) == 1
    assert len(answers.problems) == 1
    assert (tmp_path / "blocked").read_text() == ""


@pytest.mark.usefixtures("isolated")
def test_a_restore_holding_the_file_is_said_plainly_and_another_file_can_be_chosen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "points.sqlite3"
    other = tmp_path / "other.sqlite3"
    answers = Answers(other)
    with AppLock(path):  # as `points-tracker-cli restore` holds it: no window answers
        window = started(qtbot, ["--db", str(path)], answers)
    try:
        (problem,) = answers.problems
        assert problem.startswith(f"{path} is open in another Points Tracker")
        assert "process" not in problem and ".lock" not in problem
        assert window.session.db_path == other
    finally:
        close(window)


@pytest.mark.usefixtures("isolated")
def test_a_file_on_the_command_line_opens_the_import_dialog_on_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path | str | None] = []
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda _cls, _parent, _session, path=None: asked.append(path)))
    window = started(qtbot, ["--db", str(tmp_path / "p.sqlite3"), "-style", "Fusion", "orders.csv"])
    try:
        qtbot.waitUntil(lambda: len(asked) == 1)
        assert asked == [Path("orders.csv").absolute()]
    finally:
        close(window)


def test_qt_options_keep_their_values_and_the_file_is_ours() -> None:
    options, rest = app.parse_args(["-style", "Fusion", "--db", "x.sqlite3", "orders.csv", "-platform", "offscreen"])
    assert (options.db, options.file) == ("x.sqlite3", Path("orders.csv"))
    assert rest == ["-style", "Fusion", "-platform", "offscreen"]
    assert app.parse_args([])[0].file is None


# --- the hand-over ---------------------------------------------------------------------------------


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A short runtime folder of the test's own (a socket's path is limited to about 100 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="pt-run-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


class _SecondStart:
    """A second start asking the window, from its own process as it would really be (a thread
    would not do: PySide keeps Python's lock while a socket waits)."""

    CODE = (
        "import sys; from pathlib import Path; from tracker.ui.single_instance import ask_running_window; "
        "sys.exit(0 if ask_running_window(Path(sys.argv[1]), Path(sys.argv[2]) if sys.argv[2] else None, 10) else 1)"
    )

    def __init__(self, db: Path, file: Path | None) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", self.CODE, str(db), str(file or "")], cwd=Path.cwd())

    def answered(self, qtbot: QtBot) -> bool:
        qtbot.waitUntil(lambda: self.process.poll() is not None, timeout=20_000)
        return self.process.returncode == 0


def test_a_request_reaches_the_server_of_that_file_and_is_answered(qtbot: QtBot, runtime: Path) -> None:
    db = runtime / "points.sqlite3"
    server = InstanceServer()
    assert server.listen(db)
    try:
        with qtbot.waitSignal(server.requested, timeout=20_000) as received:
            second = _SecondStart(db, Path("orders.csv"))
        assert second.answered(qtbot)
        assert received.args == [Path("orders.csv").absolute()]

        with qtbot.waitSignal(server.requested, timeout=20_000) as received:
            second = _SecondStart(db, None)
        assert second.answered(qtbot)
        assert received.args == [None]
    finally:
        server.close()


def test_nobody_listening_is_a_quick_no(runtime: Path) -> None:
    assert not ask_running_window(runtime / "points.sqlite3", None, 5)


def test_each_file_and_each_name_of_it_has_one_socket(runtime: Path) -> None:
    (runtime / "real").mkdir()
    (runtime / "link").symlink_to(runtime / "real") if sys.platform != "win32" else None
    one = instance_name(runtime / "real" / "points.sqlite3")
    assert one != instance_name(runtime / "real" / "other.sqlite3")
    assert one.startswith(str(runtime))  # in the user's own runtime folder
    if sys.platform != "win32":
        assert one == instance_name(runtime / "link" / "points.sqlite3")


@pytest.mark.skipif(sys.platform == "win32", reason="socket files")
def test_a_crashed_windows_socket_is_replaced(qtbot: QtBot, runtime: Path) -> None:
    db = runtime / "points.sqlite3"
    leftover = Path(instance_name(db))
    assert leftover.parent == runtime  # never a bare name: it would land in the current folder
    leftover.write_text("")  # what a crash leaves behind
    server = InstanceServer()
    try:
        assert server.listen(db)
        with qtbot.waitSignal(server.requested, timeout=20_000):
            second = _SecondStart(db, None)
        assert second.answered(qtbot)
    finally:
        server.close()


def test_opening_another_file_moves_the_socket(qtbot: QtBot, runtime: Path) -> None:
    server = InstanceServer()
    try:
        assert server.listen(runtime / "a.sqlite3")
        assert server.listen(runtime / "b.sqlite3")
        assert server.name == instance_name(runtime / "b.sqlite3")
        assert not ask_running_window(runtime / "a.sqlite3", None, 2)
    finally:
        server.close()
    assert QLocalServer.removeServer(instance_name(runtime / "b.sqlite3")) in (True, False)


@pytest.mark.usefixtures("isolated")
@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # offscreen: brought to the front
def test_a_started_window_answers_a_second_start_once_it_has_painted(qtbot: QtBot, runtime: Path) -> None:
    """The socket is set up after the first paint (tracker/app.py): a second start meanwhile finds
    the file in use and asks again, and is answered."""
    db = runtime / "points.sqlite3"
    window = started(qtbot, ["--db", str(db)])
    try:
        assert window.findChildren(InstanceServer) == []  # nothing but the window before it paints
        # A real second start meanwhile finds the file in use and asks again (tracker/ui/starting.py).
        qtbot.waitUntil(lambda: len(window.findChildren(InstanceServer)) == 1)
        second = _SecondStart(db, None)
        assert second.answered(qtbot)
    finally:
        close(window)
