"""The last computed points per day, saved in the database so the window can open instantly.

Reading 100,000 orders and building their ledger takes over a second. The window instead shows
the figures computed from the totals it saved last time — valid only while nothing has been
written since (every write transaction bumps ``data_version``) and for the same day, rule set
and settings — and builds the real ledger in the background.
"""

from __future__ import annotations

from peewee import SqliteDatabase

from tracker.store.connection import DATA_VERSION_KEY, raw_connection, read_transaction, translate_errors

SNAPSHOT_KEY = "status_snapshot"
_VERSION_KEY = "status_snapshot_version"


def data_version(db: SqliteDatabase) -> int:
    """How many write transactions the file has seen (0 for a new file)."""
    with read_transaction(db) as conn:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (DATA_VERSION_KEY,)).fetchone()
    try:
        return int(row[0]) if row else 0
    except ValueError:
        return 0


def load_snapshot(db: SqliteDatabase) -> str | None:
    """The saved snapshot text, if it was saved at the file's current data version."""
    with read_transaction(db) as conn:
        rows = dict(
            conn.execute(
                "SELECT key, value FROM setting WHERE key IN (?, ?, ?)", (SNAPSHOT_KEY, _VERSION_KEY, DATA_VERSION_KEY)
            ).fetchall()
        )
    if SNAPSHOT_KEY not in rows or rows.get(_VERSION_KEY) != rows.get(DATA_VERSION_KEY, "0"):
        return None
    return str(rows[SNAPSHOT_KEY])


def save_snapshot(db: SqliteDatabase, text: str, version: int) -> bool:
    """Save ``text`` as computed at data version ``version``; False (nothing saved) if the file
    has changed since. Deliberately not a :func:`write_transaction`: saving must not bump the
    version it records."""
    with translate_errors(db.database), db.atomic(lock_type="IMMEDIATE"):
        conn = raw_connection(db)
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (DATA_VERSION_KEY,)).fetchone()
        if (int(row[0]) if row else 0) != version:
            return False
        conn.executemany(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(SNAPSHOT_KEY, text), (_VERSION_KEY, str(version))],
        )
    return True
