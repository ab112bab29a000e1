"""Many rows written in one transaction: many rows per ``INSERT`` (:func:`insert_rows`), indexes
and triggers set aside for the inserts and made again at the end (:func:`set_aside`,
:func:`put_back`), and a first import's rows written before their indexes
(:func:`indexes_made_after`).

Keeping an index up to date row by row costs more than making it once from all the rows: for
the 50,000 orders and 100,000 items of a large first import, about 100 ms of the write. So when
the tables are still empty, their indexes are dropped for the inserts and made again at the end
of the block, inside the same write transaction: no other program ever sees the tables without
them, and a rollback (an error, a cancelled import) puts them back with the rows. Into tables
that already hold rows, the indexes stay: making them again would read every stored row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from itertools import chain
from typing import Literal

ROWS_PER_STATEMENT = 50
"""Rows written by one ``INSERT … VALUES (…), (…), …`` in :func:`insert_rows`. SQLite runs a
statement once per row of ``executemany``, and each run has its cost; for ``orders`` the largest
is its ``CHECK (status IN (…))``, for which SQLite builds a small table of the list on every
run. Fifty rows a run write a large import's 50,000 orders and 100,000 items in about 235 ms
instead of 395; more rows a statement gain little more. 50 rows of ``orders``' 16 columns are 800
parameters, below the 999 that SQLite before 3.32 allows in one statement."""


def insert_rows(conn: sqlite3.Connection, insert_sql: str, rows: Sequence[Sequence[object]]) -> None:
    """``conn.executemany(insert_sql, rows)``, written :data:`ROWS_PER_STATEMENT` rows a statement.

    ``insert_sql`` is a one-row ``INSERT INTO … VALUES (?, …)``. The rows go in the order given,
    so ids given by SQLite are the ones ``executemany`` would give. Every row must have one value
    per ``?``: a row with too few or too many raises :class:`sqlite3.ProgrammingError` and nothing
    of the call is written (as ``executemany`` would raise, though it would have written the rows
    before it), never a value shifted into the next row's column.
    """
    if not rows:
        return
    head, _, values = insert_sql.rpartition(" VALUES ")
    width = values.count("?")
    if not head or values != _placeholders(width):
        raise ValueError(f"not a one-row INSERT … VALUES (?, …): {insert_sql!r}")
    if set(map(len, rows)) != {width}:
        raise sqlite3.ProgrammingError(f"every row needs {width} values for {insert_sql!r}")
    per = ROWS_PER_STATEMENT
    whole = len(rows) - len(rows) % per
    if whole:
        conn.executemany(
            _many_rows_sql(head, width, per),
            [tuple(chain.from_iterable(rows[start : start + per])) for start in range(0, whole, per)],
        )
    if whole < len(rows):
        rest = rows[whole:]
        conn.execute(_many_rows_sql(head, width, len(rest)), tuple(chain.from_iterable(rest)))


def _placeholders(width: int) -> str:
    return f"({', '.join('?' * width)})"


@cache
def _many_rows_sql(head: str, width: int, count: int) -> str:
    return f"{head} VALUES {', '.join([_placeholders(width)] * count)}"


def set_aside(conn: sqlite3.Connection, kind: Literal["index", "trigger"], by: str, names: Sequence[str]) -> list[str]:
    """Drop the indexes or triggers whose ``by`` (``name``, or ``tbl_name``: their table) is one of
    ``names``, and give their SQL back, to make them again with :func:`put_back`.

    For inside a write transaction: its rollback puts them back by itself.
    """
    marks = ", ".join("?" * len(names))
    saved = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL AND {by} IN ({marks})", (kind, *names)
    ).fetchall()
    for name, _ in saved:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    return [sql for _, sql in saved]


def put_back(conn: sqlite3.Connection, saved: Sequence[str]) -> None:
    """Make again what :func:`set_aside` dropped, as the file had it."""
    for sql in saved:
        conn.execute(sql)


@contextmanager
def indexes_made_after(conn: sqlite3.Connection, tables: tuple[str, ...]) -> Iterator[None]:
    """Inside a write transaction: when all of ``tables`` are empty, their indexes are made after
    the block's inserts instead of kept up to date during them; otherwise nothing changes.

    The block must not rely on those indexes being there (with empty tables it has nothing to
    look up), and must keep every unique index's rule itself: a unique index made at the end
    over rows that break it raises, and the transaction is rolled back.
    """
    empty = all(conn.execute(f"SELECT NOT EXISTS (SELECT 1 FROM {table})").fetchone()[0] for table in tables)
    saved = set_aside(conn, "index", "tbl_name", tables) if empty else []
    yield
    put_back(conn, saved)
