"""Finding and checking the automatic backups of a database file; only ever reads them.

Below :mod:`tracker.store.connection` (which names the latest good backup when a file will not
open), :mod:`tracker.store.backup` (which makes them) and :mod:`tracker.store.restore`.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tracker.i18n import translate
from tracker.store import sqlite_errors
from tracker.store._sqlite import sqlite_error_code
from tracker.store.errors import BackupFileError, DamagedDatabaseError, StoreError, file_error
from tracker.store.paths import backup_kind, backups_dir, expand_user
from tracker.store.schema_id import APPLICATION_ID, SCHEMA_VERSION
from tracker.store.sqlite_errors import translate_errors

__all__ = ["BackupFile", "check_backup", "latest_good_backup", "list_backups", "open_read_only"]


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One automatic backup: its file, why it was made (``paths.BACKUP_*``), when, how big."""

    path: Path
    kind: str
    made: datetime
    size: int


_NO_SHM_CODES = (8, 14)  # SQLITE_READONLY, SQLITE_CANTOPEN: no -shm can be made beside the file


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection to a backup file that cannot change it.

    A file copied from a live database still says "WAL" in its header, and reading one needs a
    ``-shm`` file beside it; on a read-only disk, without a ``-wal`` to take into account, it is
    read as an unchanging file instead.
    """
    uri = path.resolve().as_uri()
    connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=sqlite_errors.BUSY_TIMEOUT_SECONDS)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as error:
        connection.close()
        if sqlite_error_code(error) not in _NO_SHM_CODES or Path(f"{path}-wal").exists():
            raise
        connection = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return connection


def list_backups(db_path: Path) -> list[BackupFile]:
    """The automatic backups of ``db_path`` in its ``backups`` folder, newest first."""
    db_path = expand_user(db_path)
    try:
        entries = list(os.scandir(backups_dir(db_path)))
    except FileNotFoundError:
        return []
    except OSError as error:
        raise file_error("list the backups in", backups_dir(db_path), error) from None
    found: list[BackupFile] = []
    for entry in entries:
        kind = backup_kind(db_path, entry.name)
        if kind is None or not entry.is_file(follow_symlinks=False):
            continue
        info = entry.stat(follow_symlinks=False)
        found.append(BackupFile(Path(entry.path), kind, datetime.fromtimestamp(info.st_mtime), info.st_size))
    found.sort(key=lambda backup: (backup.made, backup.path.name), reverse=True)
    return found


def check_backup(path: Path) -> int:
    """Check that ``path`` can be restored; returns its schema version. Only reads the file.

    Raises:
        BackupFileError: missing, a folder, not SQLite, another program's database, empty,
            from a newer Points Tracker, or damaged (``PRAGMA integrity_check``).
        StoreError: it cannot be read (permissions, busy …).
    """
    path = expand_user(path)
    try:
        is_dir, exists = path.is_dir(), path.exists()
    except OSError as error:  # a name no file can have (too long …)
        unchanged = translate("Store", "Nothing was changed.")
        raise BackupFileError(f"{file_error('read', path, error)} {unchanged}") from None
    if is_dir:
        raise BackupFileError(
            translate("Store", "{path} is a folder, not a backup file. Nothing was changed.").format(path=path)
        )
    if not exists:
        raise BackupFileError(translate("Store", "{path}: no such file. Nothing was changed.").format(path=path))
    try:
        with translate_errors(path, unknown_is_damage=True):
            connection = open_read_only(path)
            try:
                application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
                version = int(connection.execute("PRAGMA user_version").fetchone()[0])
                if application_id != APPLICATION_ID or version < 1:
                    raise BackupFileError(
                        translate(
                            "Store",
                            "{path} is not a Points Tracker database (it may be another program's). Nothing was "
                            "changed.",
                        ).format(path=path)
                    )
                if version > SCHEMA_VERSION:
                    raise BackupFileError(
                        translate(
                            "Store",
                            "{path} was made by a newer Points Tracker (data version {version}; this one understands "
                            "up to {SCHEMA_VERSION}). Update Points Tracker to restore it. Nothing was changed.",
                        ).format(path=path, version=version, SCHEMA_VERSION=SCHEMA_VERSION)
                    )
                connection.text_factory = bytes  # a damaged file's report can quote non-text
                problems = connection.execute("PRAGMA integrity_check").fetchall()
            finally:
                connection.close()
    except DamagedDatabaseError:
        raise BackupFileError(
            translate("Store", "{path} is damaged, or it is not a Points Tracker backup. Nothing was changed.").format(
                path=path
            )
        ) from None
    if problems != [(b"ok",)]:
        raise BackupFileError(translate("Store", "{path} is damaged. Nothing was changed.").format(path=path))
    return version


def latest_good_backup(db_path: Path) -> BackupFile | None:
    """The newest automatic backup of ``db_path`` that passes :func:`check_backup` and holds
    records; if none holds any, the newest that passes.

    An empty backup newer than ones with records is a copy of a file that had lost them (a
    damaged file opened as a new one by an older version, or a restore's copy of an empty file):
    restoring it would restore the loss.
    """
    newest_good: BackupFile | None = None
    for backup in list_backups(db_path):
        try:
            check_backup(backup.path)
            if _holds_records(backup.path):
                return backup
        except StoreError:
            continue
        newest_good = newest_good or backup
    return newest_good


_RECORD_TABLES = ("orders", "review", "visit", "club_post", "store_follow", "points_entry", "promotion")


def _holds_records(path: Path) -> bool:
    with translate_errors(path, unknown_is_damage=True):
        connection = open_read_only(path)
        try:
            return any(
                connection.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None for table in _RECORD_TABLES
            )
        finally:
            connection.close()
