"""How many write transactions the file has seen: a result computed in the background is
dropped when the file was written to meanwhile (the window's ledger book); and whether what
another program committed was more than the derived sums (:func:`writes_signature`)."""

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


def writes_signature(db: SqliteDatabase) -> tuple[int, ...]:
    """What changes with every write to the records or settings — Points Tracker's write count,
    each record table's largest id and the count of changes its triggers logged (a change another
    program made with plain SQL) — and not when only the derived sums are brought up to date (by
    ``status`` in another process, or the window's own worker)."""
    from tracker.store.derived import change_count
    from tracker.store.derived_schema import MARKED_TABLES

    with read_transaction(db) as conn:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (DATA_VERSION_KEY,)).fetchone()
        tops = [conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0] for table in MARKED_TABLES]
        tops.append(change_count(conn))
    try:
        written = int(row[0]) if row else 0
    except ValueError:
        written = -1
    return (written, *(int(top) for top in tops))
