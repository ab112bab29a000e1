"""Rows for the UI tables and the CLI listings: one SQL query each.

Rows are named tuples (cheap to build, indexable by column for a ``QAbstractTableModel``), in
date order, oldest first.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import NamedTuple

from peewee import SqliteDatabase

from tracker.rules.records import OrderStatus
from tracker.store._rows import PROMOTIONS, DateCache
from tracker.store.connection import read_transaction
from tracker.store.drafts import PromotionDraft


class OrderRow(NamedTuple):
    id: int
    order_no: str | None
    order_date: date
    status: OrderStatus
    confirmed_date: date | None
    store: str
    item_count: int  # sum of quantities
    items_cents: int
    discount_cents: int
    shipping_cents: int
    refund_cents: int
    categories: tuple[str, ...]  # distinct, non-empty, in item order
    first_title: str
    batch_id: int | None
    currency: str = "USD"  # as paid
    usd: str = "exact"  # the US$ amounts: "exact", "estimate" (converted) or "none" (no rate: not counted)
    line_count: int = 1  # items (lines) of the order, whatever their quantities

    @property
    def ref(self) -> str:
        return f"order:{self.id}"


_LINE_SUMMARY = """
    -- with exactly one min(), SQLite takes the bare column "title" from the min() row
    SELECT order_id, min(position), title AS first_title, sum(quantity) AS item_count,
           count(*) AS line_count,
           sum(quantity * unit_price_cents) AS items_cents,
           group_concat(category, char(31)) AS categories
    FROM order_line {where} GROUP BY order_id
"""
_ORDER_COLUMNS = """
SELECT o.id, o.order_no, o.order_date, o.status, o.confirmed_date, o.store,
       coalesce(l.item_count, 0), coalesce(l.items_cents, 0), o.discount_cents, o.shipping_cents,
       o.refund_cents, coalesce(l.categories, ''), coalesce(l.first_title, ''), o.batch_id, o.currency,
       CASE WHEN c.order_id IS NOT NULL AND c.rate IS NULL THEN 'none'
            WHEN o.usd_estimated THEN 'estimate' ELSE 'exact' END,
       coalesce(l.line_count, 0)
"""
# Everything: summarise all items in one pass.
_ALL_ORDERS_SQL = f"""
{_ORDER_COLUMNS}
FROM orders AS o LEFT JOIN ({_LINE_SUMMARY.format(where="")}) AS l ON l.order_id = o.id
LEFT JOIN order_conversion AS c ON c.order_id = o.id
ORDER BY o.order_date, o.id
"""
# One page: pick the orders first, then summarise only their items.
_PAGE_OF_ORDERS_SQL = f"""
WITH page AS (SELECT * FROM orders ORDER BY order_date, id LIMIT ? OFFSET ?)
{_ORDER_COLUMNS}
FROM page AS o
LEFT JOIN ({_LINE_SUMMARY.format(where="WHERE order_id IN (SELECT id FROM page)")}) AS l ON l.order_id = o.id
LEFT JOIN order_conversion AS c ON c.order_id = o.id
ORDER BY o.order_date, o.id
"""

_STATUSES = {status.value: status for status in OrderStatus}


def count_orders(db: SqliteDatabase) -> int:
    with read_transaction(db) as conn:
        return int(conn.execute("SELECT count(*) FROM orders").fetchone()[0])


def list_orders(db: SqliteDatabase, *, limit: int | None = None, offset: int = 0) -> list[OrderRow]:
    """Orders with their item summary, oldest first: all of them, or ``limit`` from ``offset``.

    All 100,000 orders of a very heavy history take most of a second; a table that must open
    at once fetches pages (``QAbstractTableModel.fetchMore``) of a few hundred, about 1 ms each.
    """
    with read_transaction(db) as conn:
        if limit is None and offset == 0:
            rows = conn.execute(_ALL_ORDERS_SQL).fetchall()
        else:
            rows = conn.execute(_PAGE_OF_ORDERS_SQL, (-1 if limit is None else limit, offset)).fetchall()
    dates = DateCache()
    categories: dict[str, tuple[str, ...]] = {}
    result: list[OrderRow] = []
    for row in rows:
        joined = row[11]
        distinct = categories.get(joined)
        if distinct is None:
            distinct = categories[joined] = tuple(dict.fromkeys(c for c in joined.split("\x1f") if c))
        result.append(
            OrderRow(
                row[0],
                row[1],
                dates[row[2]],
                _STATUSES[row[3]],
                dates.optional(row[4]),
                row[5],
                row[6],
                row[7],
                row[8],
                row[9],
                row[10],
                distinct,
                row[12],
                row[13],
                row[14],
                row[15],
                row[16],
            )
        )
    return result


class ReviewRow(NamedTuple):
    id: int
    date: date
    item_price_cents: int | None
    product_id: str
    title: str
    order_id: int | None
    order_no: str | None  # of the linked order
    batch_id: int | None

    @property
    def ref(self) -> str:
        return f"review:{self.id}"


def list_reviews(db: SqliteDatabase) -> list[ReviewRow]:
    with read_transaction(db) as conn:
        rows = conn.execute(
            "SELECT r.id, r.date, r.item_price_cents, r.product_id, r.title, r.order_id, o.order_no, "
            "r.batch_id FROM review AS r LEFT JOIN orders AS o ON o.id = r.order_id ORDER BY r.date, r.id"
        ).fetchall()
    dates = DateCache()
    return [ReviewRow(r[0], dates[r[1]], r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]


class ActivityKind(enum.StrEnum):
    VISIT = "visit"
    POST = "post"
    FOLLOW = "follow"
    BONUS = "bonus"
    ADJUSTMENT = "adjustment"


_REF_PREFIX = {
    ActivityKind.VISIT: "visit",
    ActivityKind.POST: "post",
    ActivityKind.FOLLOW: "follow",
    ActivityKind.BONUS: "entry",
    ActivityKind.ADJUSTMENT: "entry",
}


class ActivityRow(NamedTuple):
    """A visit, Club post, store follow or points entry.

    ``detail`` is the store for a follow and the note for a post or entry; ``points`` is set for
    entries only (the rules decide what the others earn).
    """

    kind: ActivityKind
    id: int
    date: date
    detail: str
    points: int | None
    batch_id: int | None

    @property
    def ref(self) -> str:
        return f"{_REF_PREFIX[self.kind]}:{self.id}"


_ACTIVITY_SQL = """
SELECT 'visit', id, date, '', NULL, batch_id FROM visit
UNION ALL SELECT 'post', id, date, note, NULL, batch_id FROM club_post
UNION ALL SELECT 'follow', id, date, store, NULL, batch_id FROM store_follow
UNION ALL SELECT kind, id, date, note, points, batch_id FROM points_entry
ORDER BY 3, 1, 2
"""


def list_activity(db: SqliteDatabase) -> list[ActivityRow]:
    """Visits, Club posts, store follows and points entries merged, oldest first."""
    with read_transaction(db) as conn:
        rows = conn.execute(_ACTIVITY_SQL).fetchall()
    dates = DateCache()
    kinds = {kind.value: kind for kind in ActivityKind}
    return [ActivityRow(kinds[r[0]], r[1], dates[r[2]], r[3], r[4], r[5]) for r in rows]


def list_promotions(db: SqliteDatabase) -> list[tuple[int, PromotionDraft]]:
    """Every promotion with its id, by start date."""
    with read_transaction(db) as conn:
        rows = conn.execute(f"SELECT id, {PROMOTIONS.select_columns} FROM promotion ORDER BY start_date, id").fetchall()
    return [(row[0], PROMOTIONS.from_row(row[1:])) for row in rows]
