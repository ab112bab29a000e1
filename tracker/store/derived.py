"""Derived points kept beside the records, so that the figures need not read every record.

The rules turn records into ledger entries; :mod:`tracker.report.figures` sums them per day and
keeps the sums here, per kind of record and month (``derived_points``), for one rule set,
settings and as-of date (``derived_state``). A record's entries depend only on the records of
its own kind and month (an order date's day bonus, a month's capped visits), so when records
change only their months are computed again.

What changed is never left to the writer's good manners: a trigger on every table the rules
read (orders, their items, reviews, visits, Club posts, store follows, points entries and
promotions) adds a row to ``derived_change`` — the kind and month written — in the same
transaction as the write, whoever writes (the window, the command line, an import, an undo, a
script). A trigger does one small insert per row written. Sums are trusted only when nothing is
in the change log for them and they were computed for the same fingerprint; anything else is
computed again (:mod:`tracker.report.figures`).

Bringing the sums up to date reads the state, the change log and the records in one read
transaction, computes, and saves in a write transaction only if no one else saved meanwhile
(``generation``); changes logged meanwhile stay in the log for next time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, cast

from tracker.store._sqlite import raw_connection
from tracker.store.bulk import insert_rows, put_back, set_aside
from tracker.store.derived_schema import KIND_TABLES, MARKED_TABLES, trigger_name
from tracker.store.errors import DatabaseLockedError

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from tracker.store.reading import Months

Bucket = tuple[str, str]  # (kind, YYYY-MM)
Row = tuple[str, str, int, str, int, int]  # kind, month, day (ordinal), source, expected (0/1), points


@dataclass(frozen=True, slots=True)
class Seen:
    """The derived state and change log as one read transaction saw them."""

    generation: int  # -1: never computed
    fingerprint: str | None
    as_of: date | None
    log_end: int  # the last change-log id seen (0: the log was empty)
    changed: dict[str, set[str] | None]  # kind → changed months (None: all of them)

    @property
    def current(self) -> bool:
        return self.generation >= 0 and not self.changed


def read_seen(conn: sqlite3.Connection) -> Seen:
    state = conn.execute("SELECT generation, fingerprint, as_of FROM derived_state WHERE id = 1").fetchone()
    log_end = int(conn.execute("SELECT coalesce(max(id), 0) FROM derived_change").fetchone()[0])
    changed: dict[str, set[str] | None] = {}
    if log_end:
        for kind, month in conn.execute("SELECT DISTINCT kind, month FROM derived_change WHERE id <= ?", (log_end,)):
            add_months(changed, kind, None if month is None else [month])
    if state is None:
        return Seen(-1, None, None, log_end, changed)
    return Seen(int(state[0]), str(state[1]), date.fromordinal(int(state[2])), log_end, changed)


def add_months(into: dict[str, set[str] | None], kind: str, months: Iterable[str] | None) -> None:
    """Add ``months`` of ``kind`` (None: all) to ``into``."""
    if months is None:
        into[kind] = None
        return
    if kind in into and into[kind] is None:
        return
    into.setdefault(kind, set()).update(months)  # type: ignore[union-attr]


def months_changed_after(conn: sqlite3.Connection, day: date, lag_days: int) -> dict[str, set[str] | None]:
    """The months of the records whose ledger entries as of ``day`` can differ from those as of a
    later date: anything dated after it, orders confirmed, refunded or still pending after it, and
    orders confirmed on a day not recorded whose usual confirmation lag ends after it."""
    after = day.isoformat()
    try:
        lag_start = (day - timedelta(days=lag_days)).isoformat()
    except OverflowError:
        lag_start = "0000"
    found: dict[str, set[str] | None] = {}
    orders = conn.execute(
        "SELECT DISTINCT substr(order_date, 1, 7) FROM orders WHERE order_date > ?1 OR status = 'pending' "
        "OR confirmed_date > ?1 OR refund_date > ?1 "
        "OR (status = 'confirmed' AND confirmed_date IS NULL AND order_date > ?2)",
        (after, lag_start),
    ).fetchall()
    add_months(found, "order", [row[0] for row in orders])
    for kind, table in KIND_TABLES.items():
        if kind != "order":
            rows = conn.execute(f"SELECT DISTINCT substr(date, 1, 7) FROM {table} WHERE date > ?", (after,)).fetchall()
            add_months(found, kind, [row[0] for row in rows])
    return {kind: months for kind, months in found.items() if months is None or months}


def months_reaching(conn: sqlite3.Connection, day: date, lag_days: int) -> dict[str, set[str] | None]:
    """The months of the records whose ledger entries can fall on or after ``day``, as of any
    later date. Such an entry is credited or expected after ``day`` − 1, so it did not exist, or
    was only expected, as of that day: its record is one :func:`months_changed_after` finds."""
    try:
        before = day - timedelta(days=1)
    except OverflowError:
        return dict.fromkeys(KIND_TABLES)  # the calendar's first day: everything
    return months_changed_after(conn, before, lag_days)


def months_sharing_products(conn: sqlite3.Connection, months: set[str]) -> set[str]:
    """``months``, and the months of every order that shares a product with an order of them —
    directly, or through other orders' products (L1 ties the slots of a product's orders, and an
    order of several products ties those products together)."""
    from tracker.store.reading import month_ranges  # not at import: `status` reads the sums without peewee

    where, params = month_ranges("order_date", months)
    orders = {order for (order,) in conn.execute(f"SELECT id FROM orders WHERE {where}", params)}
    lines = conn.execute("SELECT order_id, product_id FROM order_line WHERE product_id != ''").fetchall()
    products = {product for order, product in lines if order in orders}
    elsewhere: set[int] = set()  # orders of other months that share a product, however indirectly
    while True:
        more = {order for order, product in lines if product in products and order not in orders}
        if not more:
            break
        orders |= more
        elsewhere |= more
        products |= {product for order, product in lines if order in more}
    found = set(months)
    if elsewhere:
        rows = conn.execute("SELECT id, substr(order_date, 1, 7) FROM orders")
        found.update(month for order, month in rows if order in elsewhere)
    return found


def stored_totals(conn: sqlite3.Connection, leaving_out: Months) -> list[tuple[int, int, int]]:
    """(day, expected, points) summed over every stored bucket but those of ``leaving_out``."""
    if not leaving_out:  # no condition to test on every row
        sql = "SELECT day, expected, sum(points) FROM derived_points GROUP BY day, expected"
        return cast(list[tuple[int, int, int]], conn.execute(sql).fetchall())  # integer columns
    whole = [kind for kind, months in leaving_out.items() if months is None]
    some = [f"{kind} {month}" for kind, months in leaving_out.items() if months is not None for month in months]
    marks_whole = ", ".join("?" * len(whole))
    marks_some = ", ".join("?" * len(some))
    rows = conn.execute(
        "SELECT day, expected, sum(points) FROM derived_points "
        f"WHERE kind NOT IN ({marks_whole}) AND kind || ' ' || month NOT IN ({marks_some}) GROUP BY day, expected",
        [*whole, *some],
    ).fetchall()
    return [(int(day), int(expected), int(points)) for day, expected, points in rows]


def order_count(conn: sqlite3.Connection, months: set[str] | None = None) -> int:
    """How many orders there are, or (``months``) how many are dated in those months."""
    if months is None:
        return int(conn.execute("SELECT count(*) FROM orders").fetchone()[0])
    from tracker.store.reading import month_ranges  # not at import: `status` reads the sums without peewee

    where, params = month_ranges("order_date", months)
    return int(conn.execute(f"SELECT count(*) FROM orders WHERE {where}", params).fetchone()[0])


def has_records(conn: sqlite3.Connection) -> bool:
    """Whether anything that can earn points is recorded."""
    return any(conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0] for table in KIND_TABLES.values())


_INSERT_POINTS_SQL = "INSERT INTO derived_points (kind, month, day, source, expected, points) VALUES (?, ?, ?, ?, ?, ?)"


def save(
    db: SqliteDatabase, seen: Seen, fingerprint: str, as_of: date, replaced: Months | None, rows: list[Row]
) -> bool:
    """Replace the buckets of ``replaced`` (None: all) with ``rows``, computed from what ``seen``
    saw, and take the change log up to ``seen.log_end`` as done. False, saving nothing, when
    another connection saved since ``seen`` was read. Not a ``write_transaction``: this is no
    change to the records."""

    def work(conn: sqlite3.Connection) -> bool:
        state = conn.execute("SELECT generation FROM derived_state WHERE id = 1").fetchone()
        if (-1 if state is None else int(state[0])) != seen.generation:
            return False
        if replaced is None:
            conn.execute("DELETE FROM derived_points")
        else:
            for kind, months in replaced.items():
                if months is None:
                    conn.execute("DELETE FROM derived_points WHERE kind = ?", (kind,))
                else:
                    conn.executemany(
                        "DELETE FROM derived_points WHERE kind = ? AND month = ?", [(kind, m) for m in months]
                    )
        insert_rows(conn, _INSERT_POINTS_SQL, rows)
        conn.execute("DELETE FROM derived_change WHERE id <= ?", (seen.log_end,))
        conn.execute(
            "INSERT INTO derived_state (id, fingerprint, as_of, generation, consumed) VALUES (1, ?, ?, 0, ?) "
            "ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint, as_of = excluded.as_of, "
            "generation = generation + 1, consumed = consumed + excluded.consumed",
            (fingerprint, as_of.toordinal(), seen.log_end),
        )
        return True

    return _unless_busy(db, work)


def change_count(conn: sqlite3.Connection) -> int:
    """A number that grows with every change a trigger logged, and with nothing else: bringing the
    sums up to date (:func:`save`) and taking in new rows (:func:`take_in_new_rows`) leave it."""
    state = conn.execute("SELECT consumed FROM derived_state WHERE id = 1").fetchone()
    end = conn.execute("SELECT coalesce(max(id), 0) FROM derived_change").fetchone()[0]
    return (0 if state is None else int(state[0])) + int(end)


def take_in_new_rows(db: SqliteDatabase) -> bool:
    """Log the months of the rows inserted above each table's mark since last time, and raise
    the marks: from then on a row inserted at or below a mark is logged by its trigger.

    Run before reading the change log (:func:`read_seen`). Writes only when there are new rows;
    False when another program is writing (then :func:`new_row_months` tells what they are).
    """
    from tracker.store.sqlite_errors import translate_errors  # peewee's: not for a quick look

    with translate_errors(db.database):
        if not new_rows_waiting(raw_connection(db)):
            return True
    return _unless_busy(db, _raise_marks)


def _raise_marks(conn: sqlite3.Connection) -> bool:
    computed = conn.execute("SELECT EXISTS (SELECT 1 FROM derived_state)").fetchone()[0]
    marks = dict(conn.execute("SELECT table_name, mark FROM derived_mark").fetchall())
    for table in MARKED_TABLES:
        top = int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])
        mark = marks.get(table)
        if mark is not None and top <= mark:
            continue
        if computed:
            logged = conn.execute(_NEW_ROWS_SQL[table], (mark or 0,)).rowcount
            # Taken in, not changed: change_count() stays as it was.
            conn.execute("UPDATE derived_state SET consumed = consumed - ? WHERE id = 1", (max(logged, 0),))
        conn.execute(
            "INSERT INTO derived_mark (table_name, mark) VALUES (?, ?) "
            "ON CONFLICT (table_name) DO UPDATE SET mark = excluded.mark",
            (table, top),
        )
    return True


@contextmanager
def insert_triggers_paused(conn: sqlite3.Connection) -> Iterator[None]:
    """For a bulk insert inside a write transaction (an import): the tables' insert triggers are
    dropped for the inserts, and what they would have logged is logged at the end in one
    statement per table.

    An insert trigger logs a row whose id is at or below its table's mark. A record inserted in
    the block gets an id above its table's largest id at the start (from
    :func:`tracker.store.history.first_free_id`), so the rows to log are those between that id
    and the mark. Items are the one exception: an updated order's items are deleted and written
    again, and a new item may take the id of one just deleted. Its order's month is logged all
    the same, by the order's update trigger and the deleted items' trigger. Inserting with an
    older id on purpose (an undo, a restore) is not for this block: there the triggers must run.

    Even a trigger whose condition is false costs about half an insert, on every row; 100,000
    rows save about 130 ms. The triggers are made again, as the file had them, before the block
    ends. On an exception they are not: the transaction's rollback puts them back with the rows.
    """
    tops = {
        table: int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]) for table in MARKED_TABLES
    }
    saved = set_aside(conn, "trigger", "name", [trigger_name(table, "INSERT") for table in MARKED_TABLES])
    yield
    marks = dict(conn.execute("SELECT table_name, mark FROM derived_mark").fetchall())
    for table in MARKED_TABLES:
        mark = marks.get(table)
        if mark is not None and mark > tops[table]:
            conn.execute(_new_rows_sql(table, up_to=True), (tops[table], mark))
    put_back(conn, saved)


def new_row_months(conn: sqlite3.Connection) -> dict[str, set[str] | None]:
    """The months of the rows above the marks, read without writing (see :func:`take_in_new_rows`)."""
    marks = dict(conn.execute("SELECT table_name, mark FROM derived_mark").fetchall())
    found: dict[str, set[str] | None] = {}
    for table in MARKED_TABLES:
        select = _NEW_ROWS_SQL[table].split(" ", 5)[5]  # the SELECT of the INSERT … SELECT
        for kind, month in conn.execute(select, (marks.get(table, 0),)).fetchall():
            add_months(found, kind, None if month is None else [month])
    return found


def _unless_busy(db: SqliteDatabase, work: Callable[[sqlite3.Connection], bool]) -> bool:
    """``work`` in a write transaction if the file's write lock is free now; False, doing
    nothing, if it is not (nothing here is worth making anyone wait: the figures are right
    without being saved)."""
    from tracker.store.sqlite_errors import translate_errors

    conn = raw_connection(db)
    waited = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        with translate_errors(db.database), db.atomic(lock_type="IMMEDIATE"):
            return work(conn)
    except DatabaseLockedError:
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {waited}")


def new_rows_waiting(conn: sqlite3.Connection) -> bool:
    """Whether rows were inserted above a table's mark since :func:`take_in_new_rows` last ran."""
    return bool(conn.execute(_NEW_ROWS_WAITING_SQL).fetchone()[0])


# One query, for the quick look at a file (tracker.store.glance): a table without a mark has
# never been taken in, so any row of it is new.
_NEW_ROWS_WAITING_SQL = "SELECT " + " OR ".join(
    f"(SELECT coalesce(max(id), 0) FROM {table}) > "
    f"coalesce((SELECT mark FROM derived_mark WHERE table_name = '{table}'), -1)"
    for table in MARKED_TABLES
)


def _new_rows_sql(table: str, *, up_to: bool = False) -> str:
    """The ``INSERT … SELECT`` that logs the months of ``table``'s rows with an id above ``?1``
    (and, ``up_to``, at most ``?2``)."""
    bound = " AND {id} <= ?2" if up_to else ""
    if table == "order_line":
        return (
            "INSERT INTO derived_change (kind, month) SELECT DISTINCT 'order', substr(o.order_date, 1, 7) "
            "FROM order_line AS l JOIN orders AS o ON o.id = l.order_id WHERE l.id > ?1" + bound.format(id="l.id")
        )
    if table == "promotion":
        return (
            "INSERT INTO derived_change (kind, month) SELECT 'order', NULL "
            "WHERE EXISTS (SELECT 1 FROM promotion WHERE id > ?1" + bound.format(id="id") + ")"
        )
    kind = next(kind for kind, name in KIND_TABLES.items() if name == table)
    column = "order_date" if kind == "order" else "date"
    return (
        f"INSERT INTO derived_change (kind, month) SELECT DISTINCT '{kind}', substr({column}, 1, 7) "
        f"FROM {table} WHERE id > ?1" + bound.format(id="id")
    )


_NEW_ROWS_SQL = {table: _new_rows_sql(table) for table in MARKED_TABLES}
