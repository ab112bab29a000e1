"""Looking at a database file without opening it for writing, and without leaving anything beside it.

``import --dry-run`` and a restore must first know whether the file may be touched at all: a file
written by a newer Points Tracker is never opened or changed by an older one, and a zero-length
file whose backups hold data is damaged, not new. SQLite, even read-only, leaves ``-wal`` and
``-shm`` files beside a database in WAL mode; so the identity is read from the file's 100-byte
header when no ``-wal`` is there (nothing newer than the header exists then), and SQLite opens
the file read-only, as an unchanging file, for the few reads a dry run needs.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tracker.i18n import translate
from tracker.store.checked import has_wal_data
from tracker.store.errors import DamagedDatabaseError, StoreError, file_error
from tracker.store.migrations import refuse_unless_ours
from tracker.store.paths import backup_kind, backups_dir
from tracker.store.sqlite_errors import translate_errors

__all__ = [
    "Identity",
    "check_usable",
    "empty_but_backed_up",
    "empty_file_message",
    "has_wal_data",
    "identity",
    "peek_lookups",
    "read_rows",
]

_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


@dataclass(frozen=True, slots=True)
class Identity:
    """What a database file says it is: whose (``application_id``) and which schema version."""

    size: int
    application_id: int
    version: int


def empty_but_backed_up(path: Path) -> bool:
    """A zero-length file (and no ``-wal`` holding its pages) beside backups that hold data.

    Points Tracker never leaves its own file empty once it has written to it, so this is a file
    cut short by a crash, a full disk or a sync tool — damaged, not a new one. (A new user has no
    file at all; a zero-length file with no backups has nothing to lose and is made new.)
    """
    try:
        if path.stat().st_size != 0 or has_wal_data(path):
            return False
        entries = list(os.scandir(backups_dir(path)))
    except OSError:
        return False
    return any(
        backup_kind(path, entry.name) is not None and entry.is_file(follow_symlinks=False) and entry.stat().st_size
        for entry in entries
    )


def empty_file_message(path: Path) -> str:
    return translate(
        "Store",
        "{path} is empty (0 bytes), though its backups hold data: it was cut short, probably by a crash or a full "
        "disk.",
    ).format(path=path)


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change ``path`` or make files beside it: with no ``-wal`` there,
    the file is read as an unchanging one; with one, it is read through it (its ``-shm`` exists
    while the program that wrote the ``-wal`` has the file open)."""
    uri = path.resolve().as_uri()
    extra = "" if has_wal_data(path) else "&immutable=1"
    return sqlite3.connect(f"{uri}?mode=ro{extra}", uri=True, timeout=5.0)


def identity(path: Path) -> Identity | None:
    """The file's owner and schema version, read without writing; None when there is no file.

    Raises:
        DamagedDatabaseError: not an SQLite database (or its header is cut short).
        StoreError: the file cannot be read.
    """
    try:
        with open(path, "rb") as file:
            header = file.read(_HEADER_SIZE)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise StoreError(
            translate("Store", "Cannot open {path}: it is a folder, not a file.").format(path=path)
        ) from None
    except OSError as error:
        raise file_error("read", path, error) from None
    if not header:
        return Identity(0, 0, 0)
    if len(header) < _HEADER_SIZE or not header.startswith(_MAGIC):
        raise DamagedDatabaseError(
            translate("Store", "{path} is damaged, or it is not a Points Tracker database.").format(path=path)
        )
    found = Identity(len(header), int.from_bytes(header[68:72], "big"), int.from_bytes(header[60:64], "big"))
    if not has_wal_data(path):
        return found
    try:  # the -wal may hold a newer header than the file: ask SQLite, through it
        connection = read_only(path)
        try:
            application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return found
    return Identity(found.size, application_id, version)


def check_usable(path: Path) -> Identity | None:
    """Raise what :func:`~tracker.store.connection.open_database` would for a file it must not
    use (newer, another program's, not a database, empty though backed up), reading only."""
    found = identity(path)
    if found is None:
        return None
    if found.size == 0:
        if empty_but_backed_up(path):
            raise DamagedDatabaseError(empty_file_message(path))
        return found
    refuse_unless_ours(path, found.application_id, found.version, has_tables=lambda: _has_tables(path))
    return found


def _has_tables(path: Path) -> bool:
    try:
        connection = read_only(path)
        try:
            return bool(connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return True


def peek_lookups(path: Path) -> tuple[set[str], dict[str, str]]:
    """The stored order numbers and the settings, for checking an import without writing.

    Raises what :func:`check_usable` raises; a file that does not exist yet, or is new and empty,
    has none. Nothing is written and no file is made beside the database.
    """
    found = check_usable(path)
    if found is None or found.size == 0 or found.version == 0:
        return set(), {}
    with translate_errors(path, unknown_is_damage=True):
        connection = read_only(path)
        try:
            orders = {row[0] for row in connection.execute("SELECT order_no FROM orders WHERE order_no IS NOT NULL")}
            settings = {str(key): str(value) for key, value in connection.execute("SELECT key, value FROM setting")}
        finally:
            connection.close()
    return orders, settings


def read_rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """The rows ``sql`` selects from the file, read as :func:`peek_lookups` reads (nothing
    written, nothing left beside the file); none when there is no file or the query fails (an
    older file without that table)."""
    if identity(path) is None:
        return []
    try:
        connection = read_only(path)
        try:
            return [tuple(row) for row in connection.execute(sql).fetchall()]
        finally:
            connection.close()
    except sqlite3.Error:
        return []
