"""One Points Tracker per file: the operating system's lock beside the database, which a crashed
holder's death clears."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tracker.cli.main import main as cli_main
from tracker.store.errors import DatabaseInUseError, StoreError
from tracker.store.lock import AppLock, lock_path_for

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes, signals and links")
HOLDER = """
import sys, time
from pathlib import Path
from tracker.store.lock import AppLock
lock = AppLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "points.sqlite3"


def test_a_second_lock_on_the_same_file_is_refused_until_the_first_is_released(db_path: Path) -> None:
    first = AppLock(db_path)
    first.acquire()
    try:
        with pytest.raises(DatabaseInUseError) as caught:
            AppLock(db_path).acquire()
        message = str(caught.value)
        assert str(db_path) in message and "open in another Points Tracker" in message
        words = message.replace(str(db_path), "")
        assert "lock" not in words and "process" not in words  # no jargon, no process id
    finally:
        first.release()
    with AppLock(db_path) as again:
        assert again.locked
    assert not again.locked


def test_the_lock_is_refused_to_another_thread_too(db_path: Path) -> None:
    outcome: list[BaseException | None] = []

    def take() -> None:
        try:
            AppLock(db_path).acquire()
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    with AppLock(db_path):
        thread = threading.Thread(target=take)
        thread.start()
        thread.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], DatabaseInUseError)


@posix_only
def test_a_lock_left_by_a_killed_process_clears_itself(db_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        ready, _, _ = select.select([holder.stdout], [], [], 30)
        assert ready and holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseInUseError):
            AppLock(db_path).acquire()
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(10)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()

    assert lock_path_for(db_path).exists()  # the crash left the file behind, but it locks nothing
    with AppLock(db_path) as lock:
        assert lock.locked


@pytest.mark.parametrize(
    "leftover",
    [b"", b"12345\npython3\nthis-host\n", b"99999999999999999999999999\npython\nhost\n", b"-1\n", b"\xff\xfe junk"],
    ids=["empty", "a dead process", "a pid out of range", "a negative pid", "not text"],
)
def test_whatever_a_leftover_lock_file_says_it_does_not_lock(db_path: Path, leftover: bytes) -> None:
    lock_path_for(db_path).write_bytes(leftover)
    with AppLock(db_path) as lock:
        assert lock.locked


def test_a_lock_file_with_a_pid_out_of_range_is_no_traceback_in_the_command_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["--db", str(db_path), "add", "visit", "--date", "2026-11-02"]) == 0
    assert cli_main(["--db", str(db_path), "backup", str(tmp_path / "copy.sqlite3")]) == 0
    lock_path_for(db_path).write_text("99999999999999999999999999\npython\nhost\n")
    capsys.readouterr()
    assert cli_main(["--db", str(db_path), "restore", str(tmp_path / "copy.sqlite3")]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_folder_where_the_lock_file_goes_is_said_to_be_a_folder_not_another_app(db_path: Path) -> None:
    lock_path_for(db_path).mkdir()
    with pytest.raises(StoreError) as caught:
        AppLock(db_path).acquire()
    assert not isinstance(caught.value, DatabaseInUseError)
    assert "it is a folder, not a file" in str(caught.value)


@posix_only
def test_a_link_to_the_file_finds_the_same_lock(tmp_path: Path) -> None:
    real = tmp_path / "data" / "points.sqlite3"
    real.parent.mkdir()
    real.touch()
    linked_file = tmp_path / "link.sqlite3"
    linked_file.symlink_to(real)
    linked_folder = tmp_path / "elsewhere"
    linked_folder.symlink_to(real.parent)

    with AppLock(real):
        for other_name in (linked_file, linked_folder / "points.sqlite3"):
            with pytest.raises(DatabaseInUseError):
                AppLock(other_name).acquire()
    with AppLock(linked_file) as lock:
        assert lock.path == lock_path_for(real)
        with pytest.raises(DatabaseInUseError):
            AppLock(real).acquire()


@posix_only
def test_a_link_put_where_the_lock_file_goes_is_not_followed(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "somebody-elses-file"
    target.write_text("keep me")
    lock_path_for(db_path).symlink_to(target)
    with pytest.raises(StoreError):
        AppLock(db_path).acquire()
    assert target.read_text() == "keep me"


@posix_only
def test_the_lock_file_is_readable_by_its_owner_only(db_path: Path) -> None:
    old = os.umask(0)
    try:
        with AppLock(db_path) as lock:
            assert lock.path.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


def test_a_lock_cannot_be_taken_twice_by_the_same_object(db_path: Path) -> None:
    with AppLock(db_path) as lock, pytest.raises(RuntimeError):
        lock.acquire()


def test_releasing_a_lock_not_held_does_nothing(db_path: Path) -> None:
    lock = AppLock(db_path)
    lock.release()
    with lock:
        pass
    lock.release()
