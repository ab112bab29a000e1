"""Opening the database file, transactions, and turning SQLite errors into messages.

:func:`open_database` returns a ``peewee.SqliteDatabase``; the repository functions take it as
their first argument. One database is "current" at a time: opening another (the next test, or
File ▸ Open) closes the previous one and rebinds the models to the new one.

peewee keeps one SQLite connection per thread. A worker thread that writes (an import) gets its
own connection on first use, with the same settings, and should call ``db.close()`` when done.

Opening runs ``PRAGMA quick_check``, which reads every page once: about 20 ms for a heavy
10-year history (20,000 orders, a 5 MB file; ``integrity_check`` would take twice as long, and
opening without the check takes under 1 ms). That is cheap enough to do on every open, so a
damaged file is caught before anything is written to it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.store import migrations, sqlite_errors
from tracker.store._sqlite import create_private_file, raw_connection
from tracker.store.backup_files import latest_good_backup
from tracker.store.checked import has_wal_data, remember_checked, unchanged_since_checked
from tracker.store.errors import DamagedDatabaseError, DatabaseLockedError, StoreError, file_error
from tracker.store.models import database_proxy
from tracker.store.paths import backups_dir, damaged_aside_path, expand_user
from tracker.store.peek import empty_but_backed_up, empty_file_message
from tracker.store.rates_bundle import refresh_due
from tracker.store.sqlite_errors import translate_errors

__all__ = [
    "close_database",
    "current_database",
    "open_database",
    "raw_connection",
    "read_transaction",
    "set_damaged_aside",
    "translate_errors",
    "write_transaction",
]

logger = logging.getLogger(__name__)

_current: SqliteDatabase | None = None
# The current file when its pages were checked (or had not changed since), with the identity it
# had then: a file another program put in its place meanwhile is not noted as checked at close.
_checked: tuple[Path, tuple[int, int]] | None = None


@contextmanager
def write_transaction(db: SqliteDatabase) -> Iterator[sqlite3.Connection]:
    """One write transaction; committed at the end, rolled back on any exception.

    ``BEGIN IMMEDIATE`` takes the write lock at the start, so a second writer waits (up to the
    busy timeout) here instead of failing half-way. Nested inside another transaction it is a
    savepoint.
    """
    with translate_errors(db.database), db.atomic(lock_type="IMMEDIATE"):
        conn = raw_connection(db)
        yield conn
        # Every change bumps the data version, so a saved status snapshot knows it is stale.
        conn.execute(_BUMP_DATA_VERSION)


DATA_VERSION_KEY = "data_version"
_BUMP_DATA_VERSION = (
    f"INSERT INTO setting (key, value) VALUES ('{DATA_VERSION_KEY}', '1') "
    "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
)


@contextmanager
def read_transaction(db: SqliteDatabase) -> Iterator[sqlite3.Connection]:
    """A read transaction: several SELECTs see one consistent snapshot, even during an import."""
    with translate_errors(db.database), db.atomic():
        yield raw_connection(db)


def _prepare_file(path: Path) -> None:
    try:
        if path.is_dir():
            raise StoreError(translate("Store", "Cannot open {path}: it is a folder, not a file.").format(path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
        create_private_file(path)
    except FileExistsError:  # from mkdir: a file where a folder should be
        raise StoreError(
            translate("Store", "Cannot create {path}: part of the path is a file, not a folder.").format(path=path)
        ) from None
    except OSError as error:
        raise file_error("create", path, error) from None


def _check_pages(db: SqliteDatabase, path: Path) -> None:
    connection = raw_connection(db)
    connection.text_factory = bytes  # the report on a damaged file can quote bytes that are not text
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    finally:
        connection.text_factory = str
    if rows != [(b"ok",)]:
        raise DamagedDatabaseError(
            translate("Store", "{path} is damaged: part of it cannot be read correctly.").format(path=path)
        )


def _naming_latest_backup(error: DamagedDatabaseError, path: Path) -> DamagedDatabaseError:
    try:
        found = latest_good_backup(path)
    except StoreError:
        found = None
    if found is None:
        hint = translate("Store", "No automatic backup of it was found in {folder}.").format(folder=backups_dir(path))
        return DamagedDatabaseError(f"{error} {hint}")
    hint = translate("Store", "The latest good backup is {file} (made {when}).").format(
        file=found.path, when=f"{found.made:%Y-%m-%d %H:%M}"
    )
    return DamagedDatabaseError(f"{error} {hint}", backup=found.path)


def _convert_with_new_rates(db: SqliteDatabase) -> None:
    """Orders converted at shipped ECB rates (or waiting for one) get the rates a newer package
    brought. Not worth failing to open over: when the file is busy it is done next time."""
    try:
        with read_transaction(db) as conn:
            fingerprint = refresh_due(conn)  # one query in the common case, no currency data
        if fingerprint is not None:
            from tracker.store import conversion

            with write_transaction(db) as conn:
                conversion.refresh(conn, fingerprint)
            logger.info("Converted the orders in other currencies again, with the newer exchange rates")
    except DatabaseLockedError:
        logger.debug("Busy: the orders are converted with the newer exchange rates another time")


def open_database(path: Path, *, check_pages: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database file at ``path`` and make it current.

    Creates missing parent folders; a new file is readable by its owner only. Checks that the
    file is undamaged (``PRAGMA quick_check``, skipped with ``check_pages=False``), turns on WAL
    and foreign keys, sets the busy timeout, creates or upgrades the schema, and checks that the
    tables have the columns the models describe.

    Raises:
        NewerDatabaseError: written by a newer Points Tracker; the file is left untouched.
        DamagedDatabaseError: not an SQLite file, or damaged, or empty though its backups hold
            data; the file is left untouched, and the message (and ``error.backup``) names the
            latest good automatic backup, if any.
        ForeignDatabaseError: another program's SQLite database.
        DatabaseLockedError: another program kept it busy too long.
        StoreError: any other reason the file cannot be used (permissions, disk full …).
    """
    close_database()
    path = expand_user(path)
    if empty_but_backed_up(path):
        logger.warning("%s is empty, though its backups hold data", path)
        raise _naming_latest_backup(DamagedDatabaseError(empty_file_message(path)), path)
    _prepare_file(path)
    # A file byte for byte the one last checked and closed needs no second check (store/checked.py).
    known_good = check_pages and not has_wal_data(path) and unchanged_since_checked(path)
    db = SqliteDatabase(str(path), pragmas=[("foreign_keys", 1)], timeout=sqlite_errors.BUSY_TIMEOUT_SECONDS)
    try:
        with translate_errors(path, unknown_is_damage=True):
            db.connect()
            migrations.check_openable(db, path)  # before anything could write to the file
            if check_pages and not known_good:
                _check_pages(db, path)
            raw_connection(db).execute("PRAGMA journal_mode = WAL")
            migrations.upgrade(db, path)
            migrations.check_tables(db, path)
            _convert_with_new_rates(db)
    except DamagedDatabaseError as error:
        db.close()
        logger.warning("Cannot use %s: %s", path, error)
        raise _naming_latest_backup(error, path) from error
    except BaseException:
        if not db.is_closed():
            db.close()
        raise
    global _current, _checked
    _current = db
    _checked = (path, _identity(path)) if check_pages else None
    database_proxy.initialize(db)
    logger.info("Opened %s", path)
    return db


def current_database() -> SqliteDatabase | None:
    """The database :func:`open_database` opened last, unless it was closed."""
    return _current


def close_database() -> None:
    """Close the current database (this thread's connection) and unbind the models. A file whose
    pages were checked is noted as it is left (:func:`~tracker.store.checked.remember_checked`),
    so that the next open, or ``status``, need not check it again while it stays so."""
    global _current, _checked
    db, _current = _current, None
    checked, _checked = _checked, None
    database_proxy.initialize(None)
    if db is not None and not db.is_closed():
        db.close()
    if checked is not None and _identity(checked[0]) == checked[1]:
        remember_checked(checked[0])


def _identity(path: Path) -> tuple[int, int]:
    try:
        found = path.stat()
    except OSError:
        return (-1, -1)
    return (found.st_dev, found.st_ino)


def set_damaged_aside(path: Path, *, now: datetime | None = None) -> Path:
    """Rename a damaged database file to ``<name>.damaged-YYYYmmdd-HHMMSS`` and return the new path.

    Its ``-wal``, ``-shm`` and ``-journal`` files move with it (renamed first, so that a new file
    at ``path`` can never pick up the old file's journal), keeping the set openable as it was; a
    journal left without its file is set aside the same way.
    Nothing is deleted; if a rename fails, the ones already done are undone. Close the database
    first (it is closed here if it is the current one).
    """
    path = expand_user(path)
    current = current_database()
    if current is not None and Path(current.database) == path:
        close_database()
    aside = damaged_aside_path(path, now or datetime.now())
    moved: list[tuple[Path, Path]] = []
    try:
        if not any(Path(f"{path}{end}").exists() for end in ("", "-wal", "-journal")):
            raise FileNotFoundError(path)
        for end in ("-wal", "-shm", "-journal", ""):
            source, target = Path(f"{path}{end}"), Path(f"{aside}{end}")
            if source.exists():
                os.rename(source, target)
                moved.append((source, target))
    except OSError as error:
        for source, target in reversed(moved):
            with suppress(OSError):
                os.rename(target, source)
        raise file_error("set aside", path, error) from None
    logger.warning("Set the damaged file %s aside as %s", path, aside)
    return aside
