"""Everything in the database as drafts, for writing the native CSV files (``export``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from peewee import SqliteDatabase

from tracker.store._rows import (
    ENTRIES,
    FOLLOWS,
    LINE_COLUMNS,
    ORDERS,
    POSTS,
    PROMOTIONS,
    REVIEWS,
    VISITS,
    DateCache,
    line_from_row,
    order_from_row,
)
from tracker.store.connection import read_transaction
from tracker.store.conversion import CONVERSION_COLUMNS, paid_from_row
from tracker.store.drafts import (
    EntryDraft,
    FollowDraft,
    LineDraft,
    OrderDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
    VisitDraft,
)


@dataclass(frozen=True, slots=True)
class ExportedDrafts:
    """Every record as a draft, each kind in date order (promotions by start date)."""

    orders: tuple[OrderDraft, ...]
    reviews: tuple[ReviewDraft, ...]
    visits: tuple[VisitDraft, ...]
    posts: tuple[PostDraft, ...]
    follows: tuple[FollowDraft, ...]
    entries: tuple[EntryDraft, ...]
    promotions: tuple[PromotionDraft, ...]
    order_numbers: dict[int, str] = field(default_factory=dict)
    """Order id → number, for naming the order a review is linked to."""

    @property
    def unnamed_links(self) -> int:
        """Reviews linked to an order that has no number: a file cannot name that order."""
        return sum(
            1 for review in self.reviews if review.order_id is not None and review.order_id not in self.order_numbers
        )


def export_drafts(db: SqliteDatabase) -> ExportedDrafts:
    """All records from one consistent snapshot. Importing them into an empty database gives
    the same records back (ids and import batches aside)."""
    with read_transaction(db) as conn:
        order_rows = conn.execute(f"SELECT id, {ORDERS.select_columns} FROM orders ORDER BY order_date, id").fetchall()
        line_rows = conn.execute(
            f"SELECT order_id, {', '.join(LINE_COLUMNS)} FROM order_line ORDER BY order_id, position"
        ).fetchall()
        rest = {
            kind.table: conn.execute(
                f"SELECT {kind.select_columns} FROM {kind.table} ORDER BY {kind.columns[0]}, id"
            ).fetchall()
            for kind in (REVIEWS, VISITS, POSTS, FOLLOWS, ENTRIES)
        }
        promotion_rows = conn.execute(
            f"SELECT {PROMOTIONS.select_columns} FROM promotion ORDER BY start_date, id"
        ).fetchall()
        numbers = dict(conn.execute("SELECT id, order_no FROM orders WHERE order_no IS NOT NULL"))
        paid = {
            row[0]: paid_from_row(row[1:])
            for row in conn.execute(f"SELECT order_id, {CONVERSION_COLUMNS} FROM order_conversion")
        }

    lines: defaultdict[int, list[LineDraft]] = defaultdict(list)
    for row in line_rows:
        lines[row[0]].append(line_from_row(row[1:]))
    dates = DateCache()
    return ExportedDrafts(
        orders=tuple(
            replace(order_from_row(row[1:], tuple(lines[row[0]]), dates), paid=paid.get(row[0])) for row in order_rows
        ),
        reviews=tuple(REVIEWS.from_row(row) for row in rest[REVIEWS.table]),
        visits=tuple(VISITS.from_row(row) for row in rest[VISITS.table]),
        posts=tuple(POSTS.from_row(row) for row in rest[POSTS.table]),
        follows=tuple(FOLLOWS.from_row(row) for row in rest[FOLLOWS.table]),
        entries=tuple(ENTRIES.from_row(row) for row in rest[ENTRIES.table]),
        promotions=tuple(PROMOTIONS.from_row(row) for row in promotion_rows),
        order_numbers=numbers,
    )
