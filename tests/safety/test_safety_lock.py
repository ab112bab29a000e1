"""One Points Tracker per file: the lock beside the database, and how a crashed holder's lock clears."""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.store.errors import DatabaseInUseError
from tracker.store.lock import AppLock, LockInfo, lock_holder, lock_path_for

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes and signals")
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


def _own_app_name() -> str:
    try:
        return Path(os.readlink("/proc/self/exe")).name
    except OSError:
        return Path(sys.executable).name


def _dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "pass"], check=True)
    assert finished.returncode == 0
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _write_lock(db_path: Path, pid: int, app: str, host: str) -> Path:
    path = lock_path_for(db_path)
    path.write_text(f"{pid}\n{app}\n{host}\n")
    return path


def test_a_second_lock_on_the_same_file_is_refused_until_the_first_is_released(db_path: Path) -> None:
    first = AppLock(db_path)
    first.acquire()
    try:
        with pytest.raises(DatabaseInUseError) as caught:
            AppLock(db_path).acquire()
        message = str(caught.value)
        assert str(db_path) in message and f"process {os.getpid()}" in message
        assert lock_holder(db_path) == LockInfo(os.getpid(), _own_app_name(), socket.gethostname())
    finally:
        first.release()
    assert not lock_path_for(db_path).exists()
    assert lock_holder(db_path) is None
    with AppLock(db_path) as again:
        assert again.locked
    assert not again.locked


def test_the_lock_file_has_the_layout_of_qt_lock_files(db_path: Path) -> None:
    with AppLock(db_path) as lock:
        pid, app, host, *rest = lock.path.read_text().split("\n")
    assert (int(pid), app, host, rest) == (os.getpid(), _own_app_name(), socket.gethostname(), [""])


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
        with pytest.raises(DatabaseInUseError, match=f"process {holder.pid}"):
            AppLock(db_path).acquire()
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(10)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()

    assert lock_path_for(db_path).exists()  # the crash left it behind
    with AppLock(db_path) as lock:
        assert int(lock.path.read_text().split("\n")[0]) == os.getpid()


@posix_only
def test_a_lock_naming_a_process_that_is_gone_is_cleared(db_path: Path) -> None:
    _write_lock(db_path, _dead_pid(), _own_app_name(), socket.gethostname())
    assert lock_holder(db_path) is None
    with AppLock(db_path):
        pass


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_lock_whose_process_id_now_belongs_to_another_program_is_cleared(db_path: Path) -> None:
    other = subprocess.Popen(["sleep", "30"])
    try:
        _write_lock(db_path, other.pid, _own_app_name(), socket.gethostname())
        with AppLock(db_path):
            pass
    finally:
        other.kill()
        other.wait()


def test_a_lock_from_another_computer_is_respected(db_path: Path) -> None:
    _write_lock(db_path, _dead_pid(), _own_app_name(), "the-other-laptop")
    with pytest.raises(DatabaseInUseError, match="the-other-laptop"):
        AppLock(db_path).acquire()
    assert lock_path_for(db_path).exists()


def test_an_empty_lock_file_is_a_lock_being_written_until_it_is_old(db_path: Path) -> None:
    path = lock_path_for(db_path)
    path.write_bytes(b"")
    with pytest.raises(DatabaseInUseError):
        AppLock(db_path).acquire()
    old = time.time() - 60
    os.utime(path, (old, old))
    with AppLock(db_path):
        pass


def test_a_lock_cannot_be_taken_twice_by_the_same_object(db_path: Path) -> None:
    with AppLock(db_path) as lock, pytest.raises(RuntimeError):
        lock.acquire()


def test_qt_lock_files_and_ours_respect_each_other(db_path: Path) -> None:
    qtcore = pytest.importorskip("PySide6.QtCore")
    qt_lock = qtcore.QLockFile(str(lock_path_for(db_path)))
    qt_lock.setStaleLockTime(0)

    with AppLock(db_path):
        assert not qt_lock.tryLock(0)
        assert qt_lock.error() == qtcore.QLockFile.LockError.LockFailedError
        assert qt_lock.getLockInfo() == (os.getpid(), socket.gethostname(), _own_app_name())
    assert qt_lock.tryLock(0)
    try:
        with pytest.raises(DatabaseInUseError):
            AppLock(db_path).acquire()
    finally:
        qt_lock.unlock()
    with AppLock(db_path):
        pass
