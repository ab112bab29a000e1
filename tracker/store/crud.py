"""Adding, changing, deleting and reading single records, one transaction each.

Drafts are validated before anything is written; a problem raises
:class:`~tracker.store.errors.InvalidDraftError` whose messages the UI shows as they are. Editing
an imported record keeps its link to the import batch. Use :mod:`tracker.store.repository`,
which re-exports everything here.
"""

from __future__ import annotations

import calendar
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TypeVar

from peewee import SqliteDatabase

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
    normalize_order_no,
    not_found,
    order_from_row,
)
from tracker.store.connection import read_transaction, write_transaction
from tracker.store.conversion import read_paid, write_conversions
from tracker.store.drafts import (
    EntryDraft,
    FieldProblem,
    FollowDraft,
    OrderDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
    VisitDraft,
)
from tracker.store.errors import InvalidDraftError
from tracker.store.history import first_free_id

D = TypeVar("D")

# --- generic single-record writes --------------------------------------------------------------


def _check(problems: list[FieldProblem]) -> None:
    if problems:
        raise InvalidDraftError(problems)


def _require(conn: sqlite3.Connection, kind: Kind[D], row_id: int) -> None:
    if conn.execute(f"SELECT 1 FROM {kind.table} WHERE id = ?", (row_id,)).fetchone() is None:
        raise not_found(kind, row_id)


def _insert(conn: sqlite3.Connection, kind: Kind[D], draft: D) -> int:
    row_id = first_free_id(conn, kind.table)  # never an id a deleted record had (tracker.store.history)
    conn.execute(kind.insert_sql(with_id=True), (row_id, *kind.to_params(draft), None))  # no batch: by hand
    return row_id


def _add(db: SqliteDatabase, kind: Kind[D], draft: D) -> int:
    _check(kind.validate(draft))
    with write_transaction(db) as conn:
        return _insert(conn, kind, draft)


def _update(db: SqliteDatabase, kind: Kind[D], row_id: int, draft: D) -> None:
    _check(kind.validate(draft))
    with write_transaction(db) as conn:
        if conn.execute(kind.update_sql, (*kind.to_params(draft), row_id)).rowcount == 0:
            raise not_found(kind, row_id)


def _delete(db: SqliteDatabase, kind: Kind[D], row_id: int) -> bool:
    with write_transaction(db) as conn:
        return conn.execute(f"DELETE FROM {kind.table} WHERE id = ?", (row_id,)).rowcount > 0


def _get(db: SqliteDatabase, kind: Kind[D], row_id: int) -> D:
    with read_transaction(db) as conn:
        row = conn.execute(f"SELECT {kind.select_columns} FROM {kind.table} WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        raise not_found(kind, row_id)
    return kind.from_row(row)


# --- orders ------------------------------------------------------------------------------------


def _check_order_no_free(conn: sqlite3.Connection, draft: OrderDraft, own_id: int | None) -> None:
    order_no = normalize_order_no(draft.order_no)
    if order_no is None:
        return
    row = conn.execute("SELECT id FROM orders WHERE order_no = ?", (order_no,)).fetchone()
    if row is not None and row[0] != own_id:
        raise InvalidDraftError([FieldProblem("order_no", f"Order {order_no} is already recorded")])


def add_order(db: SqliteDatabase, draft: OrderDraft) -> int:
    """Store a new order with its items; returns its id."""
    _check(ORDERS.validate(draft))
    with write_transaction(db) as conn:
        _check_order_no_free(conn, draft, None)
        order_id = _insert(conn, ORDERS, draft)
        conn.executemany(INSERT_LINE_SQL, line_params(order_id, draft))
        write_conversions(conn, [(order_id, draft)], replacing=False)
        return order_id


def update_order(db: SqliteDatabase, order_id: int, draft: OrderDraft) -> None:
    """Replace an order and its items. An imported order keeps pointing at its import batch."""
    _check(ORDERS.validate(draft))
    with write_transaction(db) as conn:
        _require(conn, ORDERS, order_id)
        _check_order_no_free(conn, draft, order_id)
        conn.execute(ORDERS.update_sql, (*ORDERS.to_params(draft), order_id))
        conn.execute("DELETE FROM order_line WHERE order_id = ?", (order_id,))
        conn.executemany(INSERT_LINE_SQL, line_params(order_id, draft))
        write_conversions(conn, [(order_id, draft)], replacing=True)


def delete_order(db: SqliteDatabase, order_id: int) -> bool:
    """Delete an order and its items (reviews linked to it lose the link); False if it was gone."""
    return _delete(db, ORDERS, order_id)


def get_order(db: SqliteDatabase, order_id: int) -> OrderDraft:
    with read_transaction(db) as conn:
        row = conn.execute(f"SELECT {ORDERS.select_columns} FROM orders WHERE id = ?", (order_id,)).fetchone()
        line_rows = conn.execute(
            f"SELECT {', '.join(LINE_COLUMNS)} FROM order_line WHERE order_id = ? ORDER BY position",
            (order_id,),
        ).fetchall()
        paid = read_paid(conn, order_id) if row is not None else None
    if row is None:
        raise not_found(ORDERS, order_id)
    draft = order_from_row(row, tuple(line_from_row(line) for line in line_rows))
    return draft if paid is None else replace(draft, paid=paid)


# --- reviews, posts, follows, entries, promotions ----------------------------------------------


def _check_review_order(conn: sqlite3.Connection, draft: ReviewDraft) -> None:
    if draft.order_id is None:
        return
    if conn.execute("SELECT 1 FROM orders WHERE id = ?", (draft.order_id,)).fetchone() is None:
        raise InvalidDraftError([FieldProblem("order_id", "The linked order no longer exists")])


def add_review(db: SqliteDatabase, draft: ReviewDraft) -> int:
    _check(REVIEWS.validate(draft))
    with write_transaction(db) as conn:
        _check_review_order(conn, draft)
        return _insert(conn, REVIEWS, draft)


def update_review(db: SqliteDatabase, review_id: int, draft: ReviewDraft) -> None:
    _check(REVIEWS.validate(draft))
    with write_transaction(db) as conn:
        _require(conn, REVIEWS, review_id)
        _check_review_order(conn, draft)
        conn.execute(REVIEWS.update_sql, (*REVIEWS.to_params(draft), review_id))


def delete_review(db: SqliteDatabase, review_id: int) -> bool:
    return _delete(db, REVIEWS, review_id)


def get_review(db: SqliteDatabase, review_id: int) -> ReviewDraft:
    return _get(db, REVIEWS, review_id)


def add_post(db: SqliteDatabase, draft: PostDraft) -> int:
    return _add(db, POSTS, draft)


def update_post(db: SqliteDatabase, post_id: int, draft: PostDraft) -> None:
    _update(db, POSTS, post_id, draft)


def delete_post(db: SqliteDatabase, post_id: int) -> bool:
    return _delete(db, POSTS, post_id)


def get_post(db: SqliteDatabase, post_id: int) -> PostDraft:
    return _get(db, POSTS, post_id)


def add_follow(db: SqliteDatabase, draft: FollowDraft) -> int:
    return _add(db, FOLLOWS, draft)


def update_follow(db: SqliteDatabase, follow_id: int, draft: FollowDraft) -> None:
    _update(db, FOLLOWS, follow_id, draft)


def delete_follow(db: SqliteDatabase, follow_id: int) -> bool:
    return _delete(db, FOLLOWS, follow_id)


def get_follow(db: SqliteDatabase, follow_id: int) -> FollowDraft:
    return _get(db, FOLLOWS, follow_id)


def add_entry(db: SqliteDatabase, draft: EntryDraft) -> int:
    return _add(db, ENTRIES, draft)


def update_entry(db: SqliteDatabase, entry_id: int, draft: EntryDraft) -> None:
    _update(db, ENTRIES, entry_id, draft)


def delete_entry(db: SqliteDatabase, entry_id: int) -> bool:
    return _delete(db, ENTRIES, entry_id)


def get_entry(db: SqliteDatabase, entry_id: int) -> EntryDraft:
    return _get(db, ENTRIES, entry_id)


def add_promotion(db: SqliteDatabase, draft: PromotionDraft) -> int:
    return _add(db, PROMOTIONS, draft)


def update_promotion(db: SqliteDatabase, promotion_id: int, draft: PromotionDraft) -> None:
    _update(db, PROMOTIONS, promotion_id, draft)


def delete_promotion(db: SqliteDatabase, promotion_id: int) -> bool:
    return _delete(db, PROMOTIONS, promotion_id)


def get_promotion(db: SqliteDatabase, promotion_id: int) -> PromotionDraft:
    return _get(db, PROMOTIONS, promotion_id)


# --- visits: at most one a day -----------------------------------------------------------------


def add_visit(db: SqliteDatabase, draft: VisitDraft) -> int:
    """Record a visit; if that day already has one, nothing changes and its id is returned."""
    with write_transaction(db) as conn:
        row = conn.execute("SELECT id FROM visit WHERE date = ?", (draft.date.isoformat(),)).fetchone()
        return int(row[0]) if row is not None else _insert(conn, VISITS, draft)


def visit_on(db: SqliteDatabase, day: date) -> int | None:
    """The id of the visit recorded on ``day``, if there is one."""
    with read_transaction(db) as conn:
        row = conn.execute("SELECT id FROM visit WHERE date = ?", (day.isoformat(),)).fetchone()
    return None if row is None else int(row[0])


def update_visit(db: SqliteDatabase, visit_id: int, draft: VisitDraft) -> None:
    with write_transaction(db) as conn:
        _require(conn, VISITS, visit_id)
        row = conn.execute("SELECT id FROM visit WHERE date = ?", (draft.date.isoformat(),)).fetchone()
        if row is not None and row[0] != visit_id:
            raise InvalidDraftError([FieldProblem("date", f"A visit on {draft.date} is already recorded")])
        conn.execute(VISITS.update_sql, (*VISITS.to_params(draft), visit_id))


def delete_visit(db: SqliteDatabase, visit_id: int) -> bool:
    return _delete(db, VISITS, visit_id)


def get_visit(db: SqliteDatabase, visit_id: int) -> VisitDraft:
    return _get(db, VISITS, visit_id)


def set_visits_for_month(db: SqliteDatabase, year: int, month: int, days: Iterable[int]) -> tuple[int, int]:
    """Make the month's visits exactly ``days`` (a calendar of ticks); returns (added, removed).

    Visits that stay keep their id and their import batch.
    """
    wanted = set(days)
    last_day = calendar.monthrange(year, month)[1]
    bad = sorted(day for day in wanted if not 1 <= day <= last_day)
    if bad:
        month_name = date(year, month, 1).strftime("%B %Y")
        raise InvalidDraftError([FieldProblem("days", f"{month_name} has no day {bad[0]}")])
    first, last = date(year, month, 1).isoformat(), date(year, month, last_day).isoformat()
    with write_transaction(db) as conn:
        rows = conn.execute("SELECT id, date FROM visit WHERE date BETWEEN ? AND ?", (first, last)).fetchall()
        present = {date.fromisoformat(day).day: visit_id for visit_id, day in rows}
        removed = [(present[day],) for day in present.keys() - wanted]
        conn.executemany("DELETE FROM visit WHERE id = ?", removed)
        next_id = first_free_id(conn, VISITS.table)
        new_days = sorted(wanted - present.keys())
        added = [(next_id + n, date(year, month, day).isoformat(), None) for n, day in enumerate(new_days)]
        conn.executemany(VISITS.insert_sql(with_id=True), added)
    return len(added), len(removed)
