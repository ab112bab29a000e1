"""How many write transactions the file has seen: a result computed in the background is
dropped when the file was written to meanwhile (the window's ledger book)."""

from __future__ import annotations

from peewee import SqliteDatabase

from tracker.store.connection import DATA_VERSION_KEY, read_transaction


def data_version(db: SqliteDatabase) -> int:
    """How many write transactions the file has seen (0 for a new file)."""
    with read_transaction(db) as conn:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (DATA_VERSION_KEY,)).fetchone()
    try:
        return int(row[0]) if row else 0
    except ValueError:
        return 0
