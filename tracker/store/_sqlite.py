"""Small helpers below the rest of the package: the raw connection, private files, page copies."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, cast

from tracker.store import files

if TYPE_CHECKING:
    from peewee import SqliteDatabase

BUSY_TIMEOUT_SECONDS = 5.0
"""How long a write waits for another program's write to finish before giving up."""

SQLITE_BUSY = 5
SQLITE_LOCKED = 6


def raw_connection(db: SqliteDatabase) -> sqlite3.Connection:
    """This thread's ``sqlite3`` connection to ``db`` (opened on first use)."""
    return cast(sqlite3.Connection, db.connection())  # type: ignore[no-untyped-call]


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only (0600 on POSIX, whatever the umask)
    unless it exists."""
    try:
        descriptor = files.create_private_file(path)
    except FileExistsError:
        return
    os.close(descriptor)


def sqlite_error_code(error: BaseException) -> int | None:
    """SQLite's primary result code (``SQLITE_FULL`` = 13 …) behind ``error``, if there is one.

    peewee wraps ``sqlite3`` errors in its own classes with the original as the first argument.
    """
    candidates = (error, *error.args, error.__cause__, error.__context__)
    for candidate in candidates:
        code = getattr(candidate, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
    return None


def copy_pages(source: sqlite3.Connection, destination: sqlite3.Connection, timeout: float) -> None:
    """Copy every page of ``source`` into ``destination`` with SQLite's online backup API.

    The copy is one step, so the destination gets all of it in one transaction or none of it.
    ``sqlite3.Connection.backup`` retries a busy database forever; here a database that stays
    busy for ``timeout`` seconds raises ``sqlite3.OperationalError`` ("database is locked").
    """
    deadline = time.monotonic() + timeout

    def give_up_when_busy_too_long(status: int, remaining: int, total: int) -> None:
        if status in (SQLITE_BUSY, SQLITE_LOCKED) and time.monotonic() > deadline:
            error = sqlite3.OperationalError("database is locked")
            error.sqlite_errorcode = SQLITE_BUSY
            raise error

    source.backup(destination, progress=give_up_when_busy_too_long, sleep=0.05)


def write_copy(source: sqlite3.Connection, target: Path, timeout: float) -> None:
    """Write a consistent copy of ``source`` to the file ``target``, replacing it only when done.

    The copy goes to a hidden partial file beside it first (:func:`tracker.store.files.partial_path`,
    readable by its owner only) and is renamed over ``target`` when complete, so a full disk, a
    crash or a kill never leaves half a backup under a backup's name; partial files that killed
    copies left behind are deleted here. The copy uses the rollback journal: one self-contained
    file, no ``-wal``. ``target`` must not be a live database (it is replaced as a file).
    """
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    files.remove_stale_partials(target.parent)
    partial = files.partial_path(target)
    for leftover in (partial, Path(f"{partial}-journal")):
        leftover.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        destination = sqlite3.connect(partial, timeout=timeout)
        try:
            # No syncing of the copy's own commit: the partial file is flushed to the disk once,
            # whole, before it is renamed (files.replace_with), and a partial file a crash leaves
            # is deleted, never read. About a third of a small file's copy.
            destination.execute("PRAGMA synchronous = OFF")
            copy_pages(source, destination, timeout)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        files.replace_with(partial, target)
    except BaseException:
        for leftover in (partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        raise
