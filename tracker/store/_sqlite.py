"""Small helpers below the rest of the package: the raw connection, private files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import cast

from peewee import SqliteDatabase


def raw_connection(db: SqliteDatabase) -> sqlite3.Connection:
    """This thread's ``sqlite3`` connection to ``db`` (opened on first use)."""
    return cast(sqlite3.Connection, db.connection())  # type: ignore[no-untyped-call]


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only (0600 on POSIX) unless it exists."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(descriptor)
