"""SQLite's errors as messages a shopper can act on, and how long a write waits for another.

Below :mod:`tracker.store.connection` and the backup modules, which all turn SQLite's failures
into :class:`~tracker.store.errors.StoreError` through :func:`translate_errors`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

from tracker.i18n import translate
from tracker.store._sqlite import BUSY_TIMEOUT_SECONDS, sqlite_error_code
from tracker.store.errors import DamagedDatabaseError, DatabaseLockedError, StoreError

__all__ = ["BUSY_TIMEOUT_SECONDS", "translate_errors"]


# SQLite's primary result codes (https://sqlite.org/rescode.html) that a shopper can act on.
_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _AUTH, _NOTADB = (
    3, 5, 6, 7, 8, 10, 11, 13, 14, 23, 26,
)  # fmt: skip
_DAMAGE_WORDS = ("not a database", "malformed", "encrypted", "corrupt", "unsupported file format")


def _writable(path: Path, mode: int = os.W_OK) -> bool:
    try:
        return os.access(path, mode)
    except OSError:
        return False


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


def _read_only_message(path: Path) -> str:
    if _exists(path) and not _writable(path):
        return translate(
            "Store", "Cannot save to {path}: the file is read-only. Make it writable, or use a copy, and try again."
        ).format(path=path)
    if not _writable(path.parent):
        return translate(
            "Store",
            "Cannot save to {path}: its folder {folder} is read-only, and Points Tracker needs to "
            "write beside the file. Make the folder writable and try again.",
        ).format(path=path, folder=path.parent)
    return translate("Store", "Cannot save to {path}: the file or its folder is read-only.").format(path=path)


def _cannot_open_message(path: Path) -> str:
    folder = path.parent
    if not _writable(folder, os.R_OK | os.W_OK | os.X_OK):
        return translate("Store", "Cannot open {path}: you do not have permission to use its folder {folder}.").format(
            path=path, folder=folder
        )
    if _exists(path) and not _writable(path, os.R_OK | os.W_OK):
        return translate("Store", "Cannot open {path}: you do not have permission to read and change it.").format(
            path=path
        )
    return translate(
        "Store",
        "Cannot open {path}: the file, or one of the files Points Tracker keeps beside it ({wal}, {shm}), "
        "cannot be opened.",
    ).format(path=path, wal=f"{path.name}-wal", shm=f"{path.name}-shm")


def _store_error(error: BaseException, path: str) -> StoreError | None:
    """The user-facing error for an SQLite failure, or None when it is a bug to surface as is."""
    if isinstance(error, (sqlite3.IntegrityError, sqlite3.ProgrammingError, peewee.IntegrityError)):
        return None
    code = sqlite_error_code(error)
    text = str(error).lower()
    known = code is not None
    if code in (_BUSY, _LOCKED) or (not known and ("locked" in text or "busy" in text)):
        return DatabaseLockedError(
            translate(
                "Store",
                "{path} is in use by another program and stayed busy for {seconds} seconds. "
                "Close the other program or window and try again.",
            ).format(path=path, seconds=f"{BUSY_TIMEOUT_SECONDS:g}")
        )
    if "could not decode to utf-8" in text:
        return DamagedDatabaseError(
            translate("Store", "{path} is damaged: some of its text cannot be read.").format(path=path)
        )
    if code in (_CORRUPT, _NOTADB) or any(words in text for words in _DAMAGE_WORDS):
        return DamagedDatabaseError(
            translate("Store", "{path} is damaged, or it is not a Points Tracker database.").format(path=path)
        )
    if code == _FULL or "disk is full" in text:
        return StoreError(
            translate(
                "Store", "Cannot save to {path}: the disk is full. Nothing was changed; free some space and try again."
            ).format(path=path)
        )
    if code == _READONLY or (not known and ("readonly" in text or "read-only" in text)):
        return StoreError(_read_only_message(Path(path)))
    if code in (_CANTOPEN, _PERM, _AUTH) or (not known and "unable to open" in text):
        return StoreError(_cannot_open_message(Path(path)))
    if code == _IOERR or (not known and "disk i/o" in text):
        return StoreError(
            translate(
                "Store",
                "Cannot read or write {path}: the disk reported an error. Nothing was changed; check the disk, and "
                "restore a backup if this keeps happening.",
            ).format(path=path)
        )
    if code == _NOMEM:
        return StoreError(
            translate(
                "Store", "Points Tracker ran out of memory working on {path}. Close other programs and try again."
            ).format(path=path)
        )
    return None


def _underlying(error: BaseException) -> BaseException:
    """The error that failed the transaction.

    After some failures (a full disk, an I/O error) SQLite rolls the transaction back by itself;
    peewee's own ROLLBACK then fails with "no transaction is active" and the real error is only
    its context.
    """
    while "no transaction is active" in str(error) and isinstance(
        error.__context__, (sqlite3.DatabaseError, peewee.DatabaseError)
    ):
        error = error.__context__
    return error


@contextmanager
def translate_errors(path: str | Path, *, unknown_is_damage: bool = False) -> Iterator[None]:
    """Re-raise SQLite errors a shopper can act on as StoreError with a plain message.

    Covers a locked database (another program kept it busy past the busy timeout), a damaged
    file (including text that is not UTF-8), a read-only file or folder, a missing permission, a
    full disk and a failing disk.
    Other SQLite errors are bugs and pass through, unless ``unknown_is_damage`` (used while
    opening, when every statement is the app's own and a failure means a file it cannot use).
    """
    try:
        yield
    except UnicodeDecodeError as error:
        # sqlite3 decodes TEXT as UTF-8; bytes that are not are damage the page checks cannot see.
        raise DamagedDatabaseError(
            translate("Store", "{path} is damaged: some of its text cannot be read.").format(path=path)
        ) from error
    except (sqlite3.DatabaseError, peewee.DatabaseError) as error:
        translated = _store_error(_underlying(error), str(path))
        if translated is None and unknown_is_damage and not isinstance(error, sqlite3.ProgrammingError):
            translated = DamagedDatabaseError(
                translate("Store", "{path} is damaged, or it is not a Points Tracker database.").format(path=path)
            )
        if translated is None:
            raise
        raise translated from error
