"""Backups of the database file, and restoring one.

Every copy goes through SQLite's online backup API, which is safe while the app has the file
open and takes the ``-wal`` journal into account; a plain file copy of a live database can lose
its newest changes or damage it. Nothing here copies, moves or deletes a live database file as a
file; the only deletions are of daily backups beyond the newest N, by their exact names.

Backups live in ``backups/`` beside the database, readable by their owner only:

- ``points-2026-11-24.sqlite3``: the daily backup (:func:`rolling_backup`, :func:`daily_backup`);
- ``points-before-restore-20261124-091500.sqlite3``: the file as it was before a restore;
- ``points-before-upgrade-v1-20261124-091500.sqlite3``: before a schema upgrade (migrations).

Pruning deletes, by their exact names: daily backups beyond the newest N; before-restore and
before-upgrade copies beyond the newest few of each kind once they are a month old; and copies
left half-made by a crash or a kill (``.points-2026-11-24.sqlite3.points-tracker-partial-<pid>``,
see :mod:`tracker.store.files`; ``….sqlite3.partial-<pid>`` from earlier versions) once their
process is gone or they are a day old.

Restoring replaces the file's contents through the backup API too, all or nothing, after
checking the backup and keeping the current file (a copy, or the damaged file itself set
aside). Callers hold the app lock while restoring
(:mod:`tracker.store.lock`): the window holds it all along, the CLI takes it for the restore.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.store._sqlite import raw_connection, sqlite_error_code, write_copy
from tracker.store.connection import (
    BUSY_TIMEOUT_SECONDS,
    translate_errors,
)
from tracker.store.errors import (
    BackupFileError,
    DamagedDatabaseError,
    DatabaseLockedError,
    StoreError,
    file_error,
)
from tracker.store.migrations import APPLICATION_ID, SCHEMA_VERSION
from tracker.store.paths import (
    BACKUP_BEFORE_RESTORE,
    BACKUP_BEFORE_UPGRADE,
    BACKUP_DAILY,
    backup_kind,
    backups_dir,
    daily_backup_path,
)
from tracker.store.repository import DEFAULT_BACKUP_KEEP, load_backup_settings

__all__ = [
    "BackupFile",
    "backup_database",
    "check_backup",
    "daily_backup",
    "latest_good_backup",
    "list_backups",
    "prune_daily_backups",
    "prune_safety_backups",
    "remove_leftover_partials",
    "rolling_backup",
]


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One automatic backup: its file, why it was made (``paths.BACKUP_*``), when, how big."""

    path: Path
    kind: str
    made: datetime
    size: int


# --- helpers -------------------------------------------------------------------------------------

_NO_SHM_CODES = (8, 14)  # SQLITE_READONLY, SQLITE_CANTOPEN: no -shm can be made beside the file


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve() or (
            first.exists() and second.exists() and os.path.samefile(first, second)
        )
    except OSError:
        return False


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A connection to a backup file that cannot change it.

    A file copied from a live database still says "WAL" in its header, and reading one needs a
    ``-shm`` file beside it; on a read-only disk, without a ``-wal`` to take into account, it is
    read as an unchanging file instead.
    """
    uri = path.resolve().as_uri()
    connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as error:
        connection.close()
        if sqlite_error_code(error) not in _NO_SHM_CODES or Path(f"{path}-wal").exists():
            raise
        connection = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return connection


def _open_live(path: Path) -> sqlite3.Connection:
    """An ordinary connection to the live database, only read from: unlike a read-only one, it
    leaves no ``-wal``/``-shm`` behind and honours the other connections' locks."""
    return sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)


@contextmanager
def _copy_errors(*, reading: Path, writing: Path, live: Path) -> Iterator[None]:
    """Name the right file in a failed copy: the live database when it is busy, the file read
    when it is damaged, the file written when the disk is full or read-only."""
    try:
        with translate_errors(writing):
            yield
    except DatabaseLockedError as error:
        raise DatabaseLockedError(str(error).replace(str(writing), str(live))) from error.__cause__
    except DamagedDatabaseError as error:
        raise DamagedDatabaseError(str(error).replace(str(writing), str(reading))) from error.__cause__
    except OSError as error:
        raise file_error("write", writing, error) from None


# --- making backups ------------------------------------------------------------------------------


def backup_database(db: SqliteDatabase, target: Path) -> None:
    """Write a consistent copy of the open database to ``target`` (replaced if it exists).

    The copy is complete or absent (written beside ``target`` and renamed when done), one file
    without a ``-wal``, and readable by its owner only, like the database itself.

    Raises:
        StoreError: ``target`` is the database itself or another database in use, or cannot be
            written (full disk, read-only folder …).
    """
    target = Path(target).expanduser()
    source_path = Path(db.database)
    if _same_file(target, source_path) or Path(f"{target}-wal").exists():
        raise StoreError(
            translate("Store", "Cannot write a backup to {target}: that file is a database in use.").format(
                target=target
            )
        )
    if target.is_dir():
        raise StoreError(
            translate("Store", "Cannot write a backup to {target}: it is a folder, not a file.").format(target=target)
        )
    with _copy_errors(reading=source_path, writing=target, live=source_path):
        write_copy(raw_connection(db), target, BUSY_TIMEOUT_SECONDS)


def prune_daily_backups(db_path: Path, keep: int) -> list[Path]:
    """Delete daily backups of ``db_path`` beyond the newest ``keep``; returns what was deleted.

    Only regular files whose names match the daily backup pattern exactly are considered, so
    anything else in the folder (the shopper's own copies, other backups) is never touched.
    A file that cannot be deleted is left for next time.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    try:
        entries = list(os.scandir(backups_dir(db_path)))
    except OSError:
        return []
    daily = sorted(
        (
            entry
            for entry in entries
            if backup_kind(db_path, entry.name) == BACKUP_DAILY and entry.is_file(follow_symlinks=False)
        ),
        key=lambda entry: entry.name,  # the ISO date in the name sorts by time
        reverse=True,
    )
    removed: list[Path] = []
    for entry in daily[keep:]:
        try:
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


SAFETY_KEEP = 5  # before-restore and before-upgrade copies of each kind, whatever their age
SAFETY_KEEP_DAYS = 31  # and every one younger than this
PARTIAL_MAX_AGE = timedelta(days=1)  # a copy takes seconds: one this old was left by a crash


def _backup_entries(db_path: Path) -> list[os.DirEntry[str]]:
    try:
        return [entry for entry in os.scandir(backups_dir(db_path)) if entry.is_file(follow_symlinks=False)]
    except OSError:
        return []


def _made_on(entry_name: str) -> date | None:
    """The day in a before-restore/upgrade name: ``points-before-restore-20261124-091500…``."""
    match = re.search(r"-(\d{8})-\d{6}(?:-\d+)?\.sqlite3$", entry_name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), "%Y%m%d").date()
    except ValueError:
        return None


def prune_safety_backups(db_path: Path, *, today: date, keep: int = SAFETY_KEEP) -> list[Path]:
    """Delete before-restore and before-upgrade copies beyond the newest ``keep`` of each kind,
    but only those older than :data:`SAFETY_KEEP_DAYS` days; returns what was deleted.

    These are made rarely (a restore, an upgrade of the app) and are the way back from a wrong
    restore, so a month of them is always kept however many there are.
    """
    removed: list[Path] = []
    entries = _backup_entries(db_path)
    for kind in (BACKUP_BEFORE_RESTORE, BACKUP_BEFORE_UPGRADE):
        dated = [
            (made, entry)
            for entry in entries
            if backup_kind(db_path, entry.name) == kind
            if (made := _made_on(entry.name)) is not None
        ]
        dated.sort(key=lambda pair: (pair[0], pair[1].name), reverse=True)
        for made, entry in dated[keep:]:
            if (today - made).days < SAFETY_KEEP_DAYS:
                continue
            with suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def remove_leftover_partials(db_path: Path, *, now: datetime) -> list[Path]:
    """Delete half-made backup copies (``<backup name>.partial-<pid>`` and their journals) that
    a crash left in the backups folder, once they are older than :data:`PARTIAL_MAX_AGE`."""
    removed: list[Path] = []
    for entry in _backup_entries(db_path):
        name, _, rest = entry.name.partition(".partial-")
        if not rest or backup_kind(db_path, name) is None:
            continue
        if not re.fullmatch(r"\d+(?:-journal|-wal|-shm)?", rest):
            continue
        try:
            modified = datetime.fromtimestamp(entry.stat(follow_symlinks=False).st_mtime)
            if now - modified < PARTIAL_MAX_AGE:
                continue
            os.unlink(entry.path)
        except (OSError, ValueError, OverflowError):
            continue
        removed.append(Path(entry.path))
    return removed


def rolling_backup(db: SqliteDatabase, db_path: Path, *, today: date, keep: int = DEFAULT_BACKUP_KEEP) -> Path | None:
    """Make today's backup (``backups/points-YYYY-MM-DD.sqlite3``) unless it exists, then keep
    only the newest ``keep`` daily backups. Returns the new backup, or None if today's existed."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    db_path = Path(db_path).expanduser()
    target = daily_backup_path(db_path, today)
    made = None
    if not target.exists():
        backup_database(db, target)
        made = target
    prune_daily_backups(db_path, keep)
    prune_safety_backups(db_path, today=today)
    remove_leftover_partials(db_path, now=datetime.combine(today, datetime.now().time()))
    return made


def daily_backup(db: SqliteDatabase, db_path: Path, *, today: date) -> Path | None:
    """:func:`rolling_backup` as the settings ``backup_daily`` and ``backup_keep`` say; the window
    and the command line call this after opening the file."""
    settings = load_backup_settings(db)
    if not settings.daily:
        return None
    return rolling_backup(db, db_path, today=today, keep=settings.keep)


# --- finding and checking backups ----------------------------------------------------------------


def list_backups(db_path: Path) -> list[BackupFile]:
    """The automatic backups of ``db_path`` in its ``backups`` folder, newest first."""
    db_path = Path(db_path).expanduser()
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
    path = Path(path).expanduser()
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
            connection = _open_read_only(path)
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
        connection = _open_read_only(path)
        try:
            return any(
                connection.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None for table in _RECORD_TABLES
            )
        finally:
            connection.close()


def __getattr__(name: str) -> Any:
    """Restoring lives in :mod:`tracker.store.restore`; importing it from here still works."""
    if name in ("LatestRestore", "restore_database", "restore_latest"):
        from tracker.store import restore

        return getattr(restore, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
