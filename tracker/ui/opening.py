"""Opening database files for the window: one at a time, each held with its lock.

The folder is made first (user-only, as the command line makes it), then the file's lock is
taken (:class:`~tracker.store.lock.AppLock`); the window holds it for as long as the file is
open, so that a second window or a restore from the command line does not work on it at the
same time. Opening another file closes the current one (the store keeps one open database),
and the day's automatic backup is made right after opening (a few tens of milliseconds even for a
large file, once a day). At a start, the window has it made once it has painted instead
(``first_backup_after``, :mod:`tracker.app`): the first paint does not wait for the copy, which
follows a tenth of a second later, before the shopper could have changed anything. (What opening
itself writes, an upgrade or amounts converted at new rates, was never before this backup: an
upgrade makes its own copy first.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.i18n import translate
from tracker.store.backup import daily_backup
from tracker.store.connection import close_database, current_database, open_database
from tracker.store.errors import DamagedDatabaseError, StoreError
from tracker.store.lock import AppLock
from tracker.store.paths import expand_user, make_private_folder, real_db_path
from tracker.store.restore import restore_latest
from tracker.ui.session import Session

if TYPE_CHECKING:
    from peewee import SqliteDatabase

logger = logging.getLogger(__name__)


class DatabaseOpener:
    """Opens a file as a :class:`Session`, taking its lock; releases both on :meth:`close`."""

    def __init__(
        self,
        *,
        today: Callable[[], date] = date.today,
        take_lock: bool = True,
        daily_backups: bool = True,
        first_backup_after: Callable[[Callable[[], str]], object] | None = None,
    ) -> None:
        """``first_backup_after``: given the first file's backup to make (a function that makes it
        and returns why it was not made, or ""), instead of the backup being made in :meth:`open`;
        the files opened after it are backed up as they open."""
        self._today = today
        self._take_lock = take_lock
        self._daily_backups = daily_backups
        self._first_backup_after = first_backup_after
        self._lock: AppLock | None = None
        self.path: Path | None = None
        self.backup_problem = ""  # why today's backup of the file just opened was not made, if it was not
        self.on_opened: Callable[[Path], object] | None = None  # told of every file opened (single instance)

    def open(self, path: Path) -> Session:
        """Open ``path`` (created if missing) and make it the current database.

        Raises the store's errors (:class:`~tracker.store.errors.StoreError` and its kinds:
        damaged, newer, in use, locked, unreadable; :class:`~tracker.store.paths.FolderError` when
        its folder cannot be made) with a message to show as it is. When the folder cannot be made
        or the file is in use by another Points Tracker nothing changes; after any other error the
        file open before is closed too (:attr:`path` is None then).
        """
        path = expand_user(path).absolute()
        make_private_folder(path.parent)
        new_lock = None
        if self._take_lock and (self._lock is None or self._lock.db_path != real_db_path(path)):
            new_lock = AppLock(path)
            new_lock.acquire()
        try:
            db = open_database(path)  # closes the current database first
        except BaseException:
            if new_lock is not None:
                new_lock.release()
            self.close()
            raise
        if new_lock is not None:
            self._release()
            self._lock = new_lock
        self.path = path
        self.backup_problem = ""
        if self._daily_backups:
            later, self._first_backup_after = self._first_backup_after, None
            if later is None:
                self._back_up(db, path)
            else:
                later(lambda: self._back_up(db, path) if current_database() is db else "")  # still open
        if self.on_opened is not None:
            self.on_opened(path)
        return Session(db, path, today=self._today)

    def _back_up(self, db: SqliteDatabase, path: Path) -> str:
        """Today's automatic backup of the open file, unless it exists; why it was not made, or ""."""
        try:
            daily_backup(db, path, today=self._today())
        except StoreError as error:  # the file is fine; only its copy failed
            logger.warning("Today's backup of %s was not made: %s", path, error)
            self.backup_problem = translate("Opening", "Today's automatic backup was not made: {error}").format(
                error=error
            )
        return self.backup_problem

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        """Close the database and give up its lock (at exit)."""
        close_database()
        self._release()
        self.path = None


AskRestore = Callable[[str], bool]  # the question in plain words → the shopper's yes or no


def offer_restore(opener: DatabaseOpener, path: Path, error: DamagedDatabaseError, ask: AskRestore) -> Session | None:
    """For a damaged file: offer the newest good automatic backup, restore it and open it.

    The damaged file is set aside, never deleted. Returns the opened session, or None when there
    is no backup, the shopper says no, or the restore fails (``error`` was shown or is raised as
    a :class:`StoreError` with a plain message).
    """
    if error.backup is None:
        return None
    question = translate(
        "Opening",
        "{problem}\n\nRestore the backup {backup}? Records added after it was made are not in it. "
        "The damaged file is kept aside, not deleted.",
    ).format(problem=error, backup=error.backup.name)
    if not ask(question):
        return None
    with AppLock(path):
        restore_latest(path)
    return opener.open(path)
