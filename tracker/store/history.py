"""One identity for a record for life: ids are never handed out twice, and what undo takes out
it puts back exactly — the same id, the same import batch, the same links.

SQLite gives a new row the largest id in its table plus one, so deleting the newest record would
let the next one take its id, and "undo delete" would then put the old record back under a new
id (older undo steps, which name it by id, would fail) or collide. So every record table has a
trigger that, when a row is deleted, remembers its id in ``record_id_reserve``
(:func:`tracker.store.migrations.create_triggers`); and every insert
of a new record asks :func:`first_free_id` for an id above both the largest one in use and the
largest one ever deleted. Only :func:`put_back` reuses a deleted id — the record's own.

:func:`take_out` deletes a record and returns everything needed to put it back
(:class:`Removed`): its draft, its import batch, and for an order the reviews linked to it
(deleting the order unlinks them, ``ON DELETE SET NULL``).
"""

from __future__ import annotations

import calendar
import json
import sqlite3
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.store._rows import (
    ENTRIES,
    FOLLOWS,
    INSERT_LINE_SQL,
    LINE_COLUMNS,
    ORDERS,
    POSTS,
    PROMOTIONS,
    REVIEWS,
    VISITS,
    Kind,
    line_from_row,
    line_params,
    not_found,
    order_from_row,
)
from tracker.store.connection import write_transaction
from tracker.store.conversion import CONVERSION_COLUMNS, INSERT_CONVERSION_SQL, read_paid, write_conversions
from tracker.store.drafts import Draft, FieldProblem, OrderDraft, ReviewDraft, VisitDraft
from tracker.store.errors import InvalidDraftError, RecordNotFoundError

__all__ = [
    "KINDS",
    "Removed",
    "VisitChange",
    "first_free_id",
    "order_image",
    "put_back",
    "put_back_all",
    "restore_order_image",
    "set_visit_days",
    "take_out",
    "take_out_all",
]

KINDS: dict[str, Kind[Any]] = {
    "order": ORDERS, "review": REVIEWS, "visit": VISITS, "post": POSTS,
    "follow": FOLLOWS, "entry": ENTRIES, "promotion": PROMOTIONS,
}  # fmt: skip
"""The record kinds by the names used in ledger refs (``order:42``) and the window's undo stack."""


def first_free_id(conn: sqlite3.Connection, table: str) -> int:
    """An id no record of ``table`` has ever had (call with the write lock held)."""
    row = conn.execute(
        f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0), "
        "coalesce((SELECT last_id FROM record_id_reserve WHERE table_name = ?), 0))",
        (table,),
    ).fetchone()
    return int(row[0]) + 1


@dataclass(frozen=True, slots=True)
class Removed:
    """A record as it was before :func:`take_out` removed it: enough to put it back exactly."""

    kind: str  # a key of KINDS
    record_id: int
    draft: Draft
    batch_id: int | None = None
    linked_reviews: tuple[int, ...] = ()  # an order's reviews, unlinked when it was deleted


def _read(conn: sqlite3.Connection, kind: str, record_id: int) -> Removed | None:
    spec = KINDS[kind]
    row = conn.execute(
        f"SELECT {spec.select_columns}, batch_id FROM {spec.table} WHERE id = ?", (record_id,)
    ).fetchone()
    if row is None:
        return None
    *values, batch_id = row
    if kind != "order":
        return Removed(kind, record_id, spec.from_row(values), batch_id)
    lines = conn.execute(
        f"SELECT {', '.join(LINE_COLUMNS)} FROM order_line WHERE order_id = ? ORDER BY position", (record_id,)
    ).fetchall()
    reviews = tuple(r for (r,) in conn.execute("SELECT id FROM review WHERE order_id = ? ORDER BY id", (record_id,)))
    draft = order_from_row(values, tuple(line_from_row(line) for line in lines))
    paid = read_paid(conn, record_id)  # amounts as paid in another currency, and their rate
    return Removed(kind, record_id, draft if paid is None else replace(draft, paid=paid), batch_id, reviews)


def take_out(db: SqliteDatabase, kind: str, record_id: int) -> Removed:
    """Delete a record (an order with its items), in one transaction; returns what it was.

    Raises:
        RecordNotFoundError: it no longer exists.
    """
    with write_transaction(db) as conn:
        removed = _read(conn, kind, record_id)
        if removed is None:
            raise _gone(kind, record_id)
        conn.execute(f"DELETE FROM {KINDS[kind].table} WHERE id = ?", (record_id,))
    return removed


def _gone(kind: str, record_id: int) -> RecordNotFoundError:
    return not_found(KINDS[kind], record_id)


def put_back(db: SqliteDatabase, removed: Removed) -> None:
    """Insert a record :func:`take_out` removed, under its own id, in its own import batch (if
    that import is still recorded), with its items and the reviews that were linked to it.

    Raises:
        InvalidDraftError: something now stands in its way (another order took its number,
            another visit its day); nothing was changed.
    """
    spec = KINDS[removed.kind]
    with write_transaction(db) as conn:
        if conn.execute(f"SELECT 1 FROM {spec.table} WHERE id = ?", (removed.record_id,)).fetchone() is not None:
            return  # already back (a redo after a failed undo)
        batch = removed.batch_id
        if batch is not None and conn.execute("SELECT 1 FROM import_batch WHERE id = ?", (batch,)).fetchone() is None:
            batch = None  # that import was undone meanwhile: the record stays, as one entered by hand
        draft = _still_linkable(conn, removed.draft)
        try:
            conn.execute(spec.insert_sql(with_id=True), (removed.record_id, *spec.to_params(draft), batch))
        except sqlite3.IntegrityError as error:
            raise _in_the_way(removed, draft) from error
        if isinstance(draft, OrderDraft):
            conn.executemany(INSERT_LINE_SQL, line_params(removed.record_id, draft))
            write_conversions(conn, [(removed.record_id, draft)], replacing=False)
            conn.executemany(
                "UPDATE review SET order_id = ? WHERE id = ? AND order_id IS NULL",
                [(removed.record_id, review) for review in removed.linked_reviews],
            )


def _still_linkable(conn: sqlite3.Connection, draft: Draft) -> Draft:
    """A review put back keeps its link only to an order that still exists."""
    if not isinstance(draft, ReviewDraft) or draft.order_id is None:
        return draft
    if conn.execute("SELECT 1 FROM orders WHERE id = ?", (draft.order_id,)).fetchone() is None:
        return replace(draft, order_id=None)
    return draft


def _in_the_way(removed: Removed, draft: Draft) -> InvalidDraftError:
    if isinstance(draft, OrderDraft):
        message = translate("Store", "Order {order_no} is recorded again meanwhile").format(order_no=draft.order_no)
        return InvalidDraftError([FieldProblem("order_no", message)])
    if isinstance(draft, VisitDraft):
        message = translate("Store", "A visit on {date} is recorded again meanwhile").format(date=draft.date)
        return InvalidDraftError([FieldProblem("date", message)])
    return InvalidDraftError([FieldProblem("", translate("Store", "It cannot be put back"))])


@dataclass(frozen=True, slots=True)
class VisitChange:
    """What saving a visits calendar did: the visits it took out, and the ids of those it added."""

    removed: tuple[Removed, ...]
    added: tuple[int, ...]


def set_visit_days(db: SqliteDatabase, months: dict[tuple[int, int], set[int]]) -> VisitChange:
    """Make each month's visits exactly the given days, in one transaction; visits that stay keep
    their id and import batch, and the ones taken out can be put back as they were.

    Raises:
        InvalidDraftError: a month has no such day; nothing was changed.
    """
    removed: list[Removed] = []
    added: list[int] = []
    with write_transaction(db) as conn:
        for (year, month), days in sorted(months.items()):
            last_day = calendar.monthrange(year, month)[1]
            bad = sorted(day for day in days if not 1 <= day <= last_day)
            if bad:
                message = translate("Store", "{month} has no day {day}").format(
                    month=date(year, month, 1).strftime("%Y-%m"), day=bad[0]
                )
                raise InvalidDraftError([FieldProblem("days", message)])
            first, last = date(year, month, 1).isoformat(), date(year, month, last_day).isoformat()
            rows = conn.execute("SELECT id, date FROM visit WHERE date BETWEEN ? AND ?", (first, last)).fetchall()
            present = {date.fromisoformat(day).day: visit_id for visit_id, day in rows}
            for day in sorted(present.keys() - days):
                found = _read(conn, "visit", present[day])
                assert found is not None
                removed.append(found)
                conn.execute("DELETE FROM visit WHERE id = ?", (present[day],))
            for day in sorted(days - present.keys()):
                visit_id = first_free_id(conn, VISITS.table)
                conn.execute(VISITS.insert_sql(with_id=True), (visit_id, date(year, month, day).isoformat(), None))
                added.append(visit_id)
    return VisitChange(tuple(removed), tuple(added))


def take_out_all(db: SqliteDatabase, kind: str, record_ids: tuple[int, ...]) -> tuple[Removed, ...]:
    """:func:`take_out` for several records, in one transaction (those already gone are left out)."""
    with write_transaction(db) as conn:
        found = [removed for record_id in record_ids if (removed := _read(conn, kind, record_id)) is not None]
        conn.executemany(f"DELETE FROM {KINDS[kind].table} WHERE id = ?", [(r.record_id,) for r in found])
    return tuple(found)


def put_back_all(db: SqliteDatabase, records: tuple[Removed, ...]) -> None:
    """:func:`put_back` for several records, in one transaction."""
    with write_transaction(db):
        for removed in records:
            put_back(db, removed)


# --- an import's updates -------------------------------------------------------------------------


def order_image(conn: sqlite3.Connection, order_id: int) -> str | None:
    """An order's stored state, items included, as text (None when it does not exist): what an
    import's update changed, to compare and to put back."""
    row = conn.execute(f"SELECT {ORDERS.select_columns} FROM orders WHERE id = ?", (order_id,)).fetchone()
    if row is None:
        return None
    lines = conn.execute(
        f"SELECT position, {', '.join(LINE_COLUMNS)} FROM order_line WHERE order_id = ? ORDER BY position",
        (order_id,),
    ).fetchall()
    paid = conn.execute(f"SELECT {CONVERSION_COLUMNS} FROM order_conversion WHERE order_id = ?", (order_id,)).fetchone()
    state = {"order": list(row), "lines": [list(line) for line in lines], "paid": None if paid is None else list(paid)}
    return json.dumps(state, ensure_ascii=False)


def restore_order_image(conn: sqlite3.Connection, order_id: int, image: str) -> None:
    """Put an order back as :func:`order_image` saw it (the order must exist)."""
    state = json.loads(image)
    conn.execute(ORDERS.update_sql, (*state["order"], order_id))
    conn.execute("DELETE FROM order_line WHERE order_id = ?", (order_id,))
    conn.executemany(INSERT_LINE_SQL, [(order_id, *line) for line in state["lines"]])
    conn.execute("DELETE FROM order_conversion WHERE order_id = ?", (order_id,))
    if state.get("paid") is not None:
        conn.execute(INSERT_CONVERSION_SQL, (order_id, *state["paid"]))
