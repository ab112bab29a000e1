"""Making backups of the database file, and pruning old ones.

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

Finding and checking backups is :mod:`tracker.store.backup_files`; restoring one is
:mod:`tracker.store.restore`.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime, timedelta
from pathlib import Path

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.store import sqlite_errors
from tracker.store._sqlite import raw_connection, write_copy
from tracker.store.errors import DamagedDatabaseError, DatabaseLockedError, StoreError, file_error
from tracker.store.paths import (
    BACKUP_BEFORE_RESTORE,
    BACKUP_BEFORE_UPGRADE,
    BACKUP_DAILY,
    backup_kind,
    backups_dir,
    daily_backup_path,
    expand_user,
)
from tracker.store.reading import load_backup_settings
from tracker.store.setting_values import DEFAULT_BACKUP_KEEP
from tracker.store.sqlite_errors import translate_errors

__all__ = [
    "backup_database",
    "daily_backup",
    "prune_daily_backups",
    "prune_safety_backups",
    "remove_leftover_partials",
    "rolling_backup",
]


logger = logging.getLogger(__name__)

# --- helpers -------------------------------------------------------------------------------------


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve() or (
            first.exists() and second.exists() and os.path.samefile(first, second)
        )
    except OSError:
        return False


def _open_live(path: Path) -> sqlite3.Connection:
    """An ordinary connection to the live database, only read from: unlike a read-only one, it
    leaves no ``-wal``/``-shm`` behind and honours the other connections' locks."""
    return sqlite3.connect(path, timeout=sqlite_errors.BUSY_TIMEOUT_SECONDS)


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
    target = expand_user(target)
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
        write_copy(raw_connection(db), target, sqlite_errors.BUSY_TIMEOUT_SECONDS)


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
    db_path = expand_user(db_path)
    target = daily_backup_path(db_path, today)
    made = None
    if not target.exists():
        backup_database(db, target)
        made = target
        logger.info("Made the daily backup %s", target)
    removed = [
        *prune_daily_backups(db_path, keep),
        *prune_safety_backups(db_path, today=today),
        *remove_leftover_partials(db_path, now=datetime.combine(today, datetime.now().time())),
    ]
    for path in removed:
        logger.info("Deleted the old backup %s", path)
    return made


def daily_backup(db: SqliteDatabase, db_path: Path, *, today: date) -> Path | None:
    """:func:`rolling_backup` as the settings ``backup_daily`` and ``backup_keep`` say; the window
    and the command line call this after opening the file."""
    settings = load_backup_settings(db)
    if not settings.daily:
        return None
    return rolling_backup(db, db_path, today=today, keep=settings.keep)
