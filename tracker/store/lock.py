"""One writer per file: a lock file beside the database, ``points.sqlite3.lock``.

SQLite already serialises single writes; this lock is for "one window per file" and for work
that must not run under an open window (a restore). The window holds it for as long as the file
is open; the command line does not take it for reads or ordinary writes (those wait for SQLite's
busy timeout instead), only for a restore.

The file has the layout of Qt's ``QLockFile`` (created with ``O_EXCL``; lines: process id,
program name, host name), so the GUI can use ``QLockFile(str(lock_path_for(db_path)))`` with
``setStaleLockTime(0)`` and both sides respect each other's lock. On POSIX the holder also keeps
an ``flock`` on it, as ``QLockFile`` does, so a lock can only be removed once its holder is gone.

A lock left behind by a crash clears itself: when the process named in it no longer runs (or
its id now belongs to a different program) on this computer, the next :meth:`AppLock.acquire`
removes it.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from tracker.i18n import translate
from tracker.store.errors import DatabaseInUseError, file_error

__all__ = ["AppLock", "LockInfo", "lock_holder", "lock_path_for"]

_UNREADABLE_GRACE_SECONDS = 10.0  # a lock file still empty after this is a crash's leftover


def lock_path_for(db_path: Path) -> Path:
    """``points.sqlite3`` → ``points.sqlite3.lock`` in the same folder."""
    return db_path.with_name(db_path.name + ".lock")


@dataclass(frozen=True, slots=True)
class LockInfo:
    """Who holds a lock: process id, program name and host, as written in the lock file."""

    pid: int
    app_name: str
    host_name: str


def _host_name() -> str:
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "") or socket.gethostname()
    return socket.gethostname()


def _process_name(pid: int) -> str | None:
    """The file name of the program running as ``pid`` (Linux only), "" if gone, None if unknown."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        target = os.readlink(f"/proc/{pid}/exe")
    except FileNotFoundError:
        return ""
    except OSError:
        return None  # another user's process
    return Path(target.removesuffix(" (deleted)")).name


def _own_app_name() -> str:
    return _process_name(os.getpid()) or Path(sys.executable).name


def _process_running(pid: int, app_name: str) -> bool:
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        exit_code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(exit_code))
        kernel32.CloseHandle(handle)
        return exit_code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, under another user
    # A different program under that id means the id was reused: the holder is gone.
    name = _process_name(pid)
    return name is None or not app_name or name == Path(app_name).name


def _read_info(path: Path) -> LockInfo | None:
    try:
        lines = path.read_bytes().decode("utf-8", "replace").split("\n")
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except ValueError:
        return None
    if pid <= 0:
        return None
    return LockInfo(pid, lines[1] if len(lines) > 1 else "", lines[2] if len(lines) > 2 else "")


def _is_stale(path: Path, info: LockInfo | None) -> bool:
    if info is None:
        try:
            age = time.time() - path.stat().st_mtime
        except OSError:
            return False
        return age > _UNREADABLE_GRACE_SECONDS
    if info.host_name and info.host_name != _host_name():
        return False  # another computer's process (a shared folder): it cannot be checked
    return not _process_running(info.pid, info.app_name)


def _native_lock(descriptor: int) -> bool:
    """Take an ``flock`` like QLockFile does; False when another process holds it."""
    if sys.platform == "win32":
        return True  # an open file cannot be deleted on Windows: the handle protects it
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _remove_stale(path: Path) -> bool:
    """Delete the stale lock file unless its holder still holds it (then it was not stale)."""
    try:
        descriptor = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return True  # someone else removed it
    except OSError:
        return False
    try:
        if not _native_lock(descriptor):
            return False
        # Only the file that was judged stale: not a new lock created meanwhile under that name.
        if os.fstat(descriptor).st_ino != os.stat(path).st_ino:
            return True
        if sys.platform == "win32":
            os.close(descriptor)
            descriptor = -1
        os.unlink(path)
        return True
    except OSError:
        return False
    finally:
        if descriptor >= 0:
            os.close(descriptor)


def lock_holder(db_path: Path) -> LockInfo | None:
    """Who holds the lock on ``db_path`` now; None if nobody does (or only a stale lock is left)."""
    path = lock_path_for(db_path)
    if not path.exists():
        return None
    info = _read_info(path)
    if _is_stale(path, info):
        return None
    return info or LockInfo(0, "", "")


class AppLock:
    """The lock on one database file. Use as a context manager, or acquire and release::

    with AppLock(db_path):
        restore_database(db_path, backup_file)
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path).expanduser()
        self.path = lock_path_for(self.db_path)
        self._descriptor: int | None = None

    @property
    def locked(self) -> bool:
        return self._descriptor is not None

    def acquire(self) -> None:
        """Take the lock, clearing a stale one.

        Raises:
            DatabaseInUseError: another running Points Tracker holds it.
            StoreError: the lock file cannot be created (permissions, full disk …).
        """
        if self._descriptor is not None:
            raise RuntimeError("this lock is already held")
        for _ in range(3):
            try:
                descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                info = _read_info(self.path)
                if _is_stale(self.path, info) and _remove_stale(self.path):
                    continue
                raise DatabaseInUseError(self._in_use_message(info)) from None
            except OSError as error:
                raise file_error("create the lock file", self.path, error) from None
            self._write(descriptor)
            return
        raise DatabaseInUseError(self._in_use_message(_read_info(self.path)))

    def _write(self, descriptor: int) -> None:
        _native_lock(descriptor)
        contents = f"{os.getpid()}\n{_own_app_name()}\n{_host_name()}\n".encode()
        try:
            os.write(descriptor, contents)
            os.fsync(descriptor)
        except OSError as error:
            os.close(descriptor)
            self.path.unlink(missing_ok=True)
            raise file_error("write the lock file", self.path, error) from None
        self._descriptor = descriptor

    def _in_use_message(self, info: LockInfo | None) -> str:
        who = ""
        if info is not None and info.pid:
            if info.host_name:
                who = " " + translate("Store", "(process {pid} on {host})").format(pid=info.pid, host=info.host_name)
            else:
                who = " " + translate("Store", "(process {pid})").format(pid=info.pid)
        return translate(
            "Store",
            "{path} is open in another Points Tracker{who}. Close that window, or wait for it to finish, "
            "and try again. If no Points Tracker is running, delete {lock}.",
        ).format(path=self.db_path, who=who, lock=self.path)

    def release(self) -> None:
        """Give the lock up (delete the lock file). Does nothing if it is not held."""
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        if sys.platform == "win32":
            os.close(descriptor)
            self.path.unlink(missing_ok=True)
            return
        try:
            self.path.unlink(missing_ok=True)  # while still holding the flock, as QLockFile does
        finally:
            os.close(descriptor)

    def __enter__(self) -> AppLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.release()
