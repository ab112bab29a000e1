"""bulk.insert_rows: the rows ``executemany`` would write, many rows per statement."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.store.bulk import ROWS_PER_STATEMENT, insert_rows

TABLE = (
    "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'cancelled')), cents INTEGER)"
)
INSERT = "INSERT INTO item (name, status, cents) VALUES (?, ?, ?)"

rows_strategy = st.lists(
    st.tuples(
        st.text(max_size=5),
        st.sampled_from(["pending", "confirmed", "cancelled"]),
        st.none() | st.integers(min_value=-(2**63), max_value=2**63 - 1),
    ),
    max_size=3 * ROWS_PER_STATEMENT + 7,
)


def _table() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(TABLE)
    return conn


def _contents(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute("SELECT id, name, status, cents FROM item ORDER BY id").fetchall()


@given(rows_strategy)
def test_insert_rows_writes_what_executemany_writes_with_the_same_ids(rows: list[tuple[object, ...]]) -> None:
    one_by_one, many = _table(), _table()
    one_by_one.executemany(INSERT, rows)
    insert_rows(many, INSERT, rows)
    assert _contents(many) == _contents(one_by_one)


def test_insert_rows_writes_fifty_rows_a_statement() -> None:
    conn = _table()
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    insert_rows(conn, INSERT, [("lamp", "confirmed", 100)] * (2 * ROWS_PER_STATEMENT + 20))
    assert len([sql for sql in statements if sql.startswith("INSERT")]) == 3
    assert len(_contents(conn)) == 2 * ROWS_PER_STATEMENT + 20


def test_a_row_of_the_wrong_width_writes_nothing_rather_than_shift_values() -> None:
    """A short row and a long one side by side have the right number of values in all: written
    one after the other, a value would land in the next row's column."""
    conn = _table()
    rows = [("lamp", "confirmed"), ("desk", "pending", 5, 7)]
    with pytest.raises(sqlite3.ProgrammingError):
        insert_rows(conn, INSERT, rows)
    assert _contents(conn) == []


def test_a_row_the_table_refuses_raises_as_executemany_would() -> None:
    conn = _table()
    with pytest.raises(sqlite3.IntegrityError):
        insert_rows(conn, INSERT, [("lamp", "confirmed", 1), ("desk", "lost", 2)])


@pytest.mark.parametrize(
    "sql",
    ["INSERT INTO item (name) SELECT name FROM item", "INSERT INTO item (name, status) VALUES (?, 'pending')"],
)
def test_only_a_one_row_insert_of_placeholders_is_taken(sql: str) -> None:
    with pytest.raises(ValueError, match="one-row INSERT"):
        insert_rows(_table(), sql, [("lamp",)])


def test_no_rows_is_no_statement() -> None:
    conn = _table()
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    insert_rows(conn, INSERT, [])
    assert statements == []
