"""The schema is written once, in the peewee models; the raw-SQL conversions of _rows.py must
follow it. Each kind's draft is written with its own SQL and read back column by column, by
name: a column added to a model without its conversion, or two conversions in a different order
than the model's columns, fail here."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

import pytest
from peewee import SqliteDatabase

from tracker.rules.records import EntryKind, OrderStatus
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
    data_columns,
    line_from_row,
    line_params,
    multiplier_text,
)
from tracker.store.connection import raw_connection
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
from tracker.store.models import (
    ClubPostModel,
    OrderLineModel,
    OrderModel,
    PointsEntryModel,
    PromotionModel,
    ReviewModel,
    StoreFollowModel,
    VisitModel,
)

# Each value differs from every other and from the column's default, so a value in the wrong
# column cannot pass for the right one.
ORDER = OrderDraft(
    order_no="8100000000000001",
    order_date=date(2026, 1, 2),
    status=OrderStatus.CONFIRMED,
    lines=(),
    discount_cents=11,
    shipping_cents=12,
    confirmed_date=date(2026, 1, 3),
    expected_date=date(2026, 1, 4),
    refund_cents=13,
    refund_date=date(2026, 1, 5),
    store="Gadget Store",
    currency="EUR",
    paid_cents=14,
    usd_estimated=True,
    note="an order note",
)
LINE = LineDraft(title="Phone", product_id="P1", category="Phones", quantity=3, unit_price_cents=1_599)
SAMPLES: list[tuple[Kind[Any], Any, Any]] = [
    (ORDERS, OrderModel, ORDER),
    (REVIEWS, ReviewModel, ReviewDraft(date(2026, 2, 1), 1_200, "P9", "Nice", order_id=1)),
    (VISITS, VisitModel, VisitDraft(date(2026, 2, 2))),
    (POSTS, ClubPostModel, PostDraft(date(2026, 2, 3), "Unboxing")),
    (FOLLOWS, StoreFollowModel, FollowDraft(date(2026, 2, 4), "Toy Store")),
    (ENTRIES, PointsEntryModel, EntryDraft(date(2026, 2, 5), 35, EntryKind.ADJUSTMENT, "opening balance")),
    (PROMOTIONS, PromotionModel, PromotionDraft("11.11", date(2026, 11, 11), date(2026, 11, 12), Decimal("1.5"))),
]
DRAFT_FIELD = {"start_date": "start", "end_date": "end"}  # column → draft field, where the names differ
NOT_STORED = {"orders": {"lines", "paid"}, "review": {"order_no"}}  # kept elsewhere, or only used on import


def as_stored(value: object) -> object:
    """A draft's value as SQLite holds it."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return multiplier_text(value)
    return value


def drift(conn: sqlite3.Connection, kind: Kind[Any], model: Any, draft: Any) -> list[str]:
    """What is wrong between the model and the kind's conversions; nothing when they agree."""
    problems: list[str] = []
    if (kind.table, kind.columns) != (model._meta.table_name, data_columns(model)):
        problems.append(f"{kind.label}: the table or its columns are not the model's")
    stored_fields = {DRAFT_FIELD.get(column, column) for column in kind.columns}
    draft_fields = {field.name for field in dataclasses.fields(draft)} - NOT_STORED.get(kind.table, set())
    if stored_fields != draft_fields:
        problems.append(f"{kind.label}: fields without a column {draft_fields - stored_fields}")
    try:
        row_id = conn.execute(kind.insert_sql(), (*kind.to_params(draft), None)).lastrowid
    except sqlite3.Error as error:
        return [*problems, f"{kind.label}: cannot be written ({error})"]
    stored = conn.execute(f"SELECT * FROM {kind.table} WHERE id = ?", (row_id,)).fetchone()
    for column in kind.columns:
        expected = as_stored(getattr(draft, DRAFT_FIELD.get(column, column)))
        if stored[column] != expected:
            problems.append(f"{kind.label}.{column}: stored {stored[column]!r}, the draft has {expected!r}")
    read = kind.from_row(
        conn.execute(f"SELECT {kind.select_columns} FROM {kind.table} WHERE id = ?", (row_id,)).fetchone()
    )
    if read != draft:
        problems.append(f"{kind.label}: read back as {read}")
    return problems


@pytest.fixture
def conn(db: SqliteDatabase) -> sqlite3.Connection:
    connection = raw_connection(db)
    connection.row_factory = sqlite3.Row
    return connection


@pytest.mark.parametrize(("kind", "model", "draft"), SAMPLES, ids=[kind.table for kind, _, _ in SAMPLES])
def test_each_kind_writes_and_reads_every_column_of_its_model(
    conn: sqlite3.Connection, kind: Kind[Any], model: Any, draft: Any
) -> None:
    if kind is REVIEWS:  # its order must exist
        conn.execute(ORDERS.insert_sql(with_id=True), (1, *ORDERS.to_params(replace(ORDER, order_no="1")), None))
    assert drift(conn, kind, model, draft) == []


def test_an_order_line_writes_and_reads_every_column_of_its_model(conn: sqlite3.Connection) -> None:
    conn.execute(ORDERS.insert_sql(with_id=True), (7, *ORDERS.to_params(ORDER), None))
    conn.executemany(INSERT_LINE_SQL, line_params(7, replace(ORDER, lines=(LINE, LINE))))
    stored = conn.execute("SELECT * FROM order_line WHERE order_id = 7 ORDER BY position").fetchall()
    assert [row["position"] for row in stored] == [0, 1]
    for column in LINE_COLUMNS:
        assert stored[0][column] == getattr(LINE, column), column
    assert {field.name for field in dataclasses.fields(LINE)} == set(LINE_COLUMNS)
    assert set(LINE_COLUMNS) | {"id", "order_id", "position"} == {
        f.column_name for f in OrderLineModel._meta.sorted_fields
    }
    (row,) = conn.execute(f"SELECT {', '.join(LINE_COLUMNS)} FROM order_line WHERE order_id = 7 AND position = 1")
    assert line_from_row(row) == LINE


def test_a_conversion_that_drifts_from_its_model_is_caught(conn: sqlite3.Connection) -> None:
    """The check above can fail: a column the conversion forgot, and two it swapped."""
    forgot = replace(FOLLOWS, columns=("date",), to_params=lambda draft: (draft.date.isoformat(),))
    assert drift(conn, forgot, StoreFollowModel, FollowDraft(date(2026, 2, 4), "Toy Store"))
    swapped = replace(POSTS, to_params=lambda draft: (draft.note, draft.date.isoformat()))
    swapped = replace(swapped, from_row=lambda row: PostDraft(date.fromisoformat(row[1]), row[0]))
    problems = drift(conn, swapped, ClubPostModel, PostDraft(date(2026, 2, 3), "Unboxing"))
    assert "Club post.date: stored 'Unboxing', the draft has '2026-02-03'" in problems
