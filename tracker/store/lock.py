"""One Points Tracker per file: an operating-system lock on ``points.sqlite3.lock`` beside it.

SQLite already serialises single writes; this lock is for "one window per file" and for work
that must not run under an open window (a restore). The window holds it for as long as the file
is open; the command line does not take it for reads or ordinary writes (those wait for SQLite's
busy timeout instead), only for a restore.

The lock is ``filelock``'s: an advisory lock (``flock`` on POSIX, ``LockFileEx`` on Windows) that
the operating system drops when the holder's process ends, however it ends. So a crash never
leaves a lock behind: the ``.lock`` file may stay, but it locks nothing. It is keyed by the real
path of the database, so a symbolic link to the file (or to its folder) finds the same lock.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from tracker.i18n import translate
from tracker.store.errors import DatabaseInUseError, file_error
from tracker.store.paths import real_db_path

__all__ = ["AppLock", "lock_path_for"]


logger = logging.getLogger(__name__)


def lock_path_for(db_path: Path) -> Path:
    """``points.sqlite3`` → ``points.sqlite3.lock`` in the same folder, after following links."""
    real = real_db_path(db_path)
    return real.with_name(real.name + ".lock")


class AppLock:
    """The lock on one database file. Use as a context manager, or acquire and release::

    with AppLock(db_path):
        restore_database(db_path, backup_file)
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = real_db_path(db_path)
        self.path = lock_path_for(self.db_path)
        # Never the existence-only fallback: its lock would outlive a crash.
        self._lock = FileLock(self.path, mode=0o600, blocking=False, thread_local=False, fallback_to_soft=False)

    @property
    def locked(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> None:
        """Take the lock at once, or say why not.

        Raises:
            DatabaseInUseError: another running Points Tracker holds it.
            StoreError: the lock cannot be taken for another reason (permissions, full disk, a
                folder in the way …); the message names the file.
        """
        if self._lock.is_locked:
            raise RuntimeError("this lock is already held")
        try:
            self._lock.acquire()
        except Timeout:
            logger.info("%s is locked by another Points Tracker (%s)", self.db_path, self.path)
            raise DatabaseInUseError(
                translate(
                    "Store",
                    "{path} is open in another Points Tracker: close its window, or let the restore "
                    "working on it finish, and try again.",
                ).format(path=self.db_path)
            ) from None
        except OSError as error:
            raise file_error("take the lock", self.path, error) from None
        logger.debug("Took the lock %s", self.path)

    def release(self) -> None:
        """Give the lock up. Does nothing if it is not held."""
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> AppLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.release()
