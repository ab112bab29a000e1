"""Restoring a backup over the database file, or in place of a damaged one.

Restoring replaces the file's contents through SQLite's online backup API, all or nothing, after
checking the backup (:func:`~tracker.store.backup_files.check_backup`) and keeping the current file: a
copy in the backups folder, or — when it is damaged or empty — the file itself set aside (never
deleted). A file written by a newer Points Tracker is never restored over: it is refused before
anything is read or written. Callers hold the app lock while restoring
(:mod:`tracker.store.lock`): the window holds it all along, the CLI takes it for the restore.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tracker.i18n import translate
from tracker.store import sqlite_errors
from tracker.store._sqlite import copy_pages, write_copy
from tracker.store.backup import _copy_errors, _open_live, _same_file
from tracker.store.backup_files import BackupFile, check_backup, latest_good_backup, open_read_only
from tracker.store.connection import close_database, current_database, set_damaged_aside
from tracker.store.errors import BackupFileError, DamagedDatabaseError, NewerDatabaseError, StoreError
from tracker.store.paths import backups_dir, expand_user, stamped_backup_path
from tracker.store.peek import has_wal_data, identity
from tracker.store.schema_id import APPLICATION_ID, SCHEMA_VERSION
from tracker.store.sqlite_errors import translate_errors

__all__ = ["LatestRestore", "restore_database", "restore_latest"]


logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LatestRestore:
    """What :func:`restore_latest` did: which backup it restored, and where the file it replaced
    went (``set_aside`` when that file was damaged and renamed rather than copied)."""

    backup: BackupFile
    previous: Path | None
    set_aside: bool


def _is_damaged(db_path: Path) -> bool:
    """Whether the file at ``db_path`` is damaged (or empty: cut short, never a file of ours);
    other problems (busy, permissions) raise."""
    if db_path.stat().st_size == 0 and not has_wal_data(db_path):
        return True
    try:
        with translate_errors(db_path, unknown_is_damage=True):
            connection = _open_live(db_path)
            connection.text_factory = bytes
            try:
                problems = connection.execute("PRAGMA quick_check").fetchall()
            finally:
                connection.close()
    except DamagedDatabaseError:
        return True
    return problems != [(b"ok",)]


def _keep_current_file(db_path: Path, now: datetime) -> tuple[Path | None, bool]:
    """Copy the current file into the backups folder, or set it aside when it is damaged.

    Returns where it went (None when there was no file) and whether it was set aside.
    """
    companions = [Path(f"{db_path}{end}") for end in ("-wal", "-shm", "-journal")]
    if not db_path.exists():
        if any(companion.exists() for companion in companions):
            return set_damaged_aside(db_path, now=now), True  # a journal without its file
        return None, False
    if _is_damaged(db_path):
        return set_damaged_aside(db_path, now=now), True
    target = stamped_backup_path(db_path, "before-restore", now)
    with _copy_errors(reading=db_path, writing=target, live=db_path):
        source = _open_live(db_path)
        try:
            write_copy(source, target, sqlite_errors.BUSY_TIMEOUT_SECONDS)
        finally:
            source.close()
    return target, False


def _copy_into_file(backup_file: Path, db_path: Path) -> None:
    """Copy ``backup_file`` over the contents of the existing database ``db_path``, in place,
    in one transaction (the file is never replaced as a file: its ``-wal`` stays valid)."""
    with _copy_errors(reading=backup_file, writing=db_path, live=db_path):
        source = open_read_only(backup_file)
        try:
            destination = sqlite3.connect(db_path, timeout=sqlite_errors.BUSY_TIMEOUT_SECONDS)
            try:
                source_page_size = source.execute("PRAGMA page_size").fetchone()[0]
                wal = destination.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
                if wal and destination.execute("PRAGMA page_size").fetchone()[0] != source_page_size:
                    # The backup API cannot change the page size of a database in WAL mode.
                    destination.execute("PRAGMA journal_mode = DELETE")
                copy_pages(source, destination, sqlite_errors.BUSY_TIMEOUT_SECONDS)
            finally:
                destination.close()
        finally:
            source.close()


def _write_new_file(backup_file: Path, db_path: Path) -> None:
    """Create ``db_path`` (absent until complete) as a copy of ``backup_file``."""
    with _copy_errors(reading=backup_file, writing=db_path, live=db_path):
        db_path.parent.mkdir(parents=True, exist_ok=True)
        source = open_read_only(backup_file)
        try:
            write_copy(source, db_path, sqlite_errors.BUSY_TIMEOUT_SECONDS)
        finally:
            source.close()


def _put_back(aside: Path, db_path: Path) -> None:
    """Undo :func:`set_damaged_aside` after a failed restore (journals first, as it does)."""
    for end in ("-wal", "-shm", "-journal", ""):
        source = Path(f"{aside}{end}")
        if source.exists():
            with suppress(OSError):  # then it stays aside, still a complete set
                os.rename(source, Path(f"{db_path}{end}"))


def _refuse_newer(db_path: Path) -> None:
    """A file written by a newer Points Tracker is never changed by this one, not even restored over."""
    try:
        found = identity(db_path)
    except DamagedDatabaseError:
        return  # not a database at all: it is set aside whole, as any damaged file
    if found is not None and found.application_id == APPLICATION_ID and found.version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            translate(
                "Store",
                "{path} was written by a newer Points Tracker (data version {version}; this one understands up to "
                "{SCHEMA_VERSION}), so this one does not restore over it. Update Points Tracker first. Nothing was "
                "changed.",
            ).format(path=db_path, version=found.version, SCHEMA_VERSION=SCHEMA_VERSION)
        )


def _restore(db_path: Path, backup_file: Path, now: datetime | None) -> tuple[Path | None, bool]:
    db_path = expand_user(db_path)
    backup_file = expand_user(backup_file)
    if _same_file(db_path, backup_file):
        raise BackupFileError(
            translate(
                "Store", "{backup_file} is the database itself; choose a backup file. Nothing was changed."
            ).format(backup_file=backup_file)
        )
    _refuse_newer(db_path)
    check_backup(backup_file)
    current = current_database()
    if current is not None and _same_file(Path(current.database), db_path):
        close_database()
    previous, set_aside = _keep_current_file(db_path, now or datetime.now())
    if set_aside or previous is None:
        try:
            _write_new_file(backup_file, db_path)
        except BaseException:
            if previous is not None:
                _put_back(previous, db_path)
            raise
    else:
        _copy_into_file(backup_file, db_path)
    logger.info(
        "Restored %s from %s; the file it replaced is %s",
        db_path, backup_file, f"set aside as {previous}" if set_aside else previous or "none",
    )  # fmt: skip
    return previous, set_aside


def restore_database(db_path: Path, backup_file: Path, *, now: datetime | None = None) -> Path | None:
    """Replace the contents of the database at ``db_path`` with ``backup_file``.

    First checks the backup (:func:`check_backup`: a Points Tracker database, not newer than
    this app, passing ``PRAGMA integrity_check``), then keeps the current file: a copy in the
    backups folder (``points-before-restore-….sqlite3``), or, when the current file is
    damaged, the file itself set aside (:func:`~tracker.store.connection.set_damaged_aside`).
    Then copies the backup in through the online backup API in one transaction. If anything
    fails, the current file is as it was. Closes the database if it is the current one; open it
    again afterwards (an older backup is upgraded then, as any older file is).

    Returns:
        Where the previous file was kept, or None if there was no file at ``db_path``.

    Raises:
        BackupFileError: the backup cannot be used; nothing was changed.
        StoreError: the database is busy, or a file cannot be written; nothing was changed.
    """
    previous, _ = _restore(db_path, backup_file, now)
    return previous


def restore_latest(db_path: Path, *, now: datetime | None = None) -> LatestRestore:
    """Restore the newest automatic backup that passes its check (for a damaged file: it is set
    aside, never deleted). See :func:`restore_database`.

    Raises:
        StoreError: no good backup was found (nothing was changed), or the restore failed.
    """
    db_path = expand_user(db_path)
    backup = latest_good_backup(db_path)
    if backup is None:
        raise StoreError(
            translate(
                "Store", "No good automatic backup of {db_path} was found in {backups_dir}. Nothing was changed."
            ).format(db_path=db_path, backups_dir=backups_dir(db_path))
        )
    previous, set_aside = _restore(db_path, backup.path, now)
    return LatestRestore(backup=backup, previous=previous, set_aside=set_aside)
