"""Opening the database file, transactions, and turning SQLite errors into messages.

:func:`open_database` returns a ``peewee.SqliteDatabase``; the repository functions take it as
their first argument. One database is "current" at a time: opening another (the next test, or
File ▸ Open) closes the previous one and rebinds the models to the new one.

peewee keeps one SQLite connection per thread. A worker thread that writes (an import) gets its
own connection on first use, with the same settings, and should call ``db.close()`` when done.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from tracker.store import migrations
from tracker.store._sqlite import create_private_file, raw_connection
from tracker.store.errors import DamagedDatabaseError, DatabaseLockedError, StoreError
from tracker.store.models import database_proxy

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "close_database",
    "current_database",
    "open_database",
    "raw_connection",
    "read_transaction",
    "translate_errors",
    "write_transaction",
]

BUSY_TIMEOUT_SECONDS = 5.0
"""How long a write waits for another program's write to finish before giving up."""

_current: SqliteDatabase | None = None


def _store_error(error: Exception, path: str) -> StoreError | None:
    """The user-facing error for an SQLite failure, or None when it is a bug to surface as is."""
    if isinstance(error, (sqlite3.IntegrityError, sqlite3.ProgrammingError, peewee.IntegrityError)):
        return None
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            f"{path} is in use by another program and stayed busy for {BUSY_TIMEOUT_SECONDS:g} "
            "seconds. Close the other program or window and try again."
        )
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return DamagedDatabaseError(f"{path} is not a Points Tracker database, or it is damaged.")
    if "unable to open" in text:
        return StoreError(f"Cannot open {path}: the file or its folder cannot be read or written.")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"Cannot save to {path}: the file is read-only.")
    if "disk is full" in text or "disk i/o" in text:
        return StoreError(f"Cannot save to {path}: the disk is full or failing.")
    return None


@contextmanager
def translate_errors(path: str | Path) -> Iterator[None]:
    """Re-raise SQLite errors a shopper can act on (locked, damaged, read-only …) as StoreError."""
    try:
        yield
    except (sqlite3.DatabaseError, peewee.DatabaseError) as error:
        translated = _store_error(error, str(path))
        if translated is None:
            raise
        raise translated from error


@contextmanager
def write_transaction(db: SqliteDatabase) -> Iterator[sqlite3.Connection]:
    """One write transaction; committed at the end, rolled back on any exception.

    ``BEGIN IMMEDIATE`` takes the write lock at the start, so a second writer waits (up to the
    busy timeout) here instead of failing half-way. Nested inside another transaction it is a
    savepoint.
    """
    with translate_errors(db.database), db.atomic(lock_type="IMMEDIATE"):
        yield raw_connection(db)


@contextmanager
def read_transaction(db: SqliteDatabase) -> Iterator[sqlite3.Connection]:
    """A read transaction: several SELECTs see one consistent snapshot, even during an import."""
    with translate_errors(db.database), db.atomic():
        yield raw_connection(db)


def _prepare_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        create_private_file(path)
    except IsADirectoryError:
        raise StoreError(f"Cannot open {path}: it is a folder, not a file.") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise StoreError(f"Cannot create {path}: {reason}.") from None


def open_database(path: Path) -> SqliteDatabase:
    """Open (creating if needed) the database file at ``path`` and make it current.

    Creates missing parent folders; a new file is readable by its owner only. Turns on WAL and
    foreign keys, sets the busy timeout, and creates or upgrades the schema.

    Raises:
        NewerDatabaseError: written by a newer Points Tracker; the file is left untouched.
        DamagedDatabaseError: not an SQLite file, or damaged.
        ForeignDatabaseError: another program's SQLite database.
        DatabaseLockedError: another program kept it busy too long.
        StoreError: any other reason the file cannot be used (permissions, disk full …).
    """
    close_database()
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreError(f"Cannot open {path}: it is a folder, not a file.")
    _prepare_file(path)
    db = SqliteDatabase(str(path), pragmas=[("foreign_keys", 1)], timeout=BUSY_TIMEOUT_SECONDS)
    try:
        with translate_errors(path):
            db.connect()
            migrations.check_openable(db, path)  # before anything could write to the file
            raw_connection(db).execute("PRAGMA journal_mode = WAL")
            migrations.upgrade(db, path)
    except BaseException:
        if not db.is_closed():
            db.close()
        raise
    global _current
    _current = db
    database_proxy.initialize(db)
    return db


def current_database() -> SqliteDatabase | None:
    """The database :func:`open_database` opened last, unless it was closed."""
    return _current


def close_database() -> None:
    """Close the current database (this thread's connection) and unbind the models."""
    global _current
    db, _current = _current, None
    database_proxy.initialize(None)
    if db is not None and not db.is_closed():
        db.close()
