"""Copies of the database file made with SQLite's online backup (safe while the app has it open)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from tracker.store._sqlite import create_private_file, raw_connection


def backup_database(db: SqliteDatabase, target: Path) -> None:
    """Write a consistent copy of the open database to ``target`` (replaced if it exists).

    The copy is readable by its owner only, like the database itself.
    """
    source = raw_connection(db)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    create_private_file(target)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
