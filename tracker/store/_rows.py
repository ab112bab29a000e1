"""Drafts ↔ SQL rows: the column lists and conversions shared by the repository and imports.

The tables and their columns come from the peewee models (:mod:`tracker.store.models`), so a new
column is written once, there; the conversions here (``to_params``, ``from_row``) follow the
model's column order, and ``tests/store/test_store_rows.py`` fails when they do not.

Parameters are plain ``str``/``int``/``None`` (dates as ISO text) so that ``executemany`` can take
them as they are, and so that two equal drafts give equal parameter tuples (used to recognise a
record that is already stored).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from tracker.i18n import translate
from tracker.rules.records import EntryKind, OrderStatus
from tracker.store.drafts import (
    EntryDraft,
    FieldProblem,
    FollowDraft,
    LineDraft,
    OrderDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
    VisitDraft,
    validate_entry,
    validate_follow,
    validate_order,
    validate_post,
    validate_promotion,
    validate_review,
    validate_visit,
)
from tracker.store.errors import RecordNotFoundError
from tracker.store.models import (
    BaseModel,
    ClubPostModel,
    OrderLineModel,
    OrderModel,
    PointsEntryModel,
    PromotionModel,
    ReviewModel,
    StoreFollowModel,
    VisitModel,
    columns_of,
)

D = TypeVar("D")
Params = tuple[object, ...]
Row = Sequence[Any]


class DateCache(dict[str, date]):
    """ISO text → date, parsing each distinct text once (a 10-year history has ~3,650)."""

    def __missing__(self, key: str) -> date:
        value = self[key] = date.fromisoformat(key)
        return value

    def optional(self, key: str | None) -> date | None:
        return None if key is None else self[key]


def iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def multiplier_text(multiplier: Decimal) -> str:
    """One spelling per value ("2", "1.5"), so equal promotions are recognised as duplicates."""
    return format(multiplier.normalize(), "f")


def normalize_order_no(order_no: str | None) -> str | None:
    """Blank means unknown; surrounding spaces are not part of the number."""
    if order_no is None:
        return None
    return order_no.strip() or None


@dataclass(frozen=True, slots=True)
class Kind(Generic[D]):
    """How one kind of record is stored: its table, data columns and conversions."""

    label: str  # for messages: "order", "review" …
    table: str
    columns: tuple[str, ...]  # data columns, without id and batch_id: see data_columns()
    to_params: Callable[[D], Params]
    from_row: Callable[[Row], D]  # a row of ``columns``
    validate: Callable[[D], list[FieldProblem]]

    @property
    def select_columns(self) -> str:
        return ", ".join(self.columns)

    def insert_sql(self, *, with_id: bool = False) -> str:
        columns = (["id"] if with_id else []) + list(self.columns) + ["batch_id"]
        marks = ", ".join("?" * len(columns))
        return f"INSERT INTO {self.table} ({', '.join(columns)}) VALUES ({marks})"

    @property
    def update_sql(self) -> str:
        assignments = ", ".join(f"{column} = ?" for column in self.columns)
        return f"UPDATE {self.table} SET {assignments} WHERE id = ?"


RECORD_KEYS = ("id", "batch_id")
"""The columns of a record table that are not the record's data: its id and its import."""


def data_columns(model: type[BaseModel]) -> tuple[str, ...]:
    """A record table's data columns, as :attr:`Kind.columns` holds them."""
    return columns_of(model, leave_out=RECORD_KEYS)


def not_found(kind: Kind[Any], row_id: int) -> RecordNotFoundError:
    """The error for a record that is gone (deleted, or its import undone) since it was shown."""
    return RecordNotFoundError(
        translate(
            "Store", "This {label} no longer exists (id {row_id}); it may have been deleted or its import undone."
        ).format(label=kind.label, row_id=row_id)
    )


# --- orders ------------------------------------------------------------------------------------


def _order_params(draft: OrderDraft) -> Params:
    return (
        normalize_order_no(draft.order_no),
        draft.order_date.isoformat(),
        draft.status._value_,  # ``value`` is a descriptor several times slower: 100,000 orders
        iso(draft.confirmed_date),
        iso(draft.expected_date),
        draft.store,
        draft.discount_cents,
        draft.shipping_cents,
        draft.refund_cents,
        iso(draft.refund_date),
        draft.currency,
        draft.paid_cents,
        int(draft.usd_estimated),
        draft.note,
    )


def order_from_row(row: Row, lines: tuple[LineDraft, ...], dates: DateCache | None = None) -> OrderDraft:
    dates = DateCache() if dates is None else dates
    return OrderDraft(
        order_no=row[0],
        order_date=dates[row[1]],
        status=OrderStatus(row[2]),
        confirmed_date=dates.optional(row[3]),
        expected_date=dates.optional(row[4]),
        store=row[5],
        discount_cents=row[6],
        shipping_cents=row[7],
        refund_cents=row[8],
        refund_date=dates.optional(row[9]),
        currency=row[10],
        paid_cents=row[11],
        usd_estimated=bool(row[12]),
        note=row[13],
        lines=lines,
    )


def _order_without_lines(row: Row) -> OrderDraft:
    return order_from_row(row, ())


ORDERS: Kind[OrderDraft] = Kind(
    label="order",
    table=OrderModel._meta.table_name,
    columns=data_columns(OrderModel),
    to_params=_order_params,
    from_row=_order_without_lines,
    validate=validate_order,
)

LINE_COLUMNS = columns_of(OrderLineModel, leave_out=("id", "order_id", "position"))
"""An item's data columns, as :func:`line_from_row` reads them."""
_LINE_INSERTED = columns_of(OrderLineModel, leave_out=("id",))
INSERT_LINE_SQL = (
    f"INSERT INTO {OrderLineModel._meta.table_name} ({', '.join(_LINE_INSERTED)}) "
    f"VALUES ({', '.join('?' * len(_LINE_INSERTED))})"
)
"""Inserts one item: the parameters of :func:`line_params`."""


def line_params(order_id: int, draft: OrderDraft) -> list[Params]:
    return [
        (order_id, position, line.title, line.product_id, line.category, line.quantity, line.unit_price_cents)
        for position, line in enumerate(draft.lines)
    ]


def line_from_row(row: Row) -> LineDraft:
    return LineDraft(title=row[0], product_id=row[1], category=row[2], quantity=row[3], unit_price_cents=row[4])


# --- the other kinds ---------------------------------------------------------------------------


def _review_params(draft: ReviewDraft) -> Params:
    return (draft.date.isoformat(), draft.item_price_cents, draft.product_id, draft.title, draft.order_id)


def _review_from_row(row: Row) -> ReviewDraft:
    return ReviewDraft(
        date=date.fromisoformat(row[0]),
        item_price_cents=row[1],
        product_id=row[2],
        title=row[3],
        order_id=row[4],
    )


REVIEWS: Kind[ReviewDraft] = Kind(
    label="review",
    table=ReviewModel._meta.table_name,
    columns=data_columns(ReviewModel),
    to_params=_review_params,
    from_row=_review_from_row,
    validate=validate_review,
)

VISITS: Kind[VisitDraft] = Kind(
    label="visit",
    table=VisitModel._meta.table_name,
    columns=data_columns(VisitModel),
    to_params=lambda draft: (draft.date.isoformat(),),
    from_row=lambda row: VisitDraft(date=date.fromisoformat(row[0])),
    validate=validate_visit,
)

POSTS: Kind[PostDraft] = Kind(
    label="Club post",
    table=ClubPostModel._meta.table_name,
    columns=data_columns(ClubPostModel),
    to_params=lambda draft: (draft.date.isoformat(), draft.note),
    from_row=lambda row: PostDraft(date=date.fromisoformat(row[0]), note=row[1]),
    validate=validate_post,
)

FOLLOWS: Kind[FollowDraft] = Kind(
    label="store follow",
    table=StoreFollowModel._meta.table_name,
    columns=data_columns(StoreFollowModel),
    to_params=lambda draft: (draft.date.isoformat(), draft.store),
    from_row=lambda row: FollowDraft(date=date.fromisoformat(row[0]), store=row[1]),
    validate=validate_follow,
)

ENTRIES: Kind[EntryDraft] = Kind(
    label="points entry",
    table=PointsEntryModel._meta.table_name,
    columns=data_columns(PointsEntryModel),
    to_params=lambda draft: (draft.date.isoformat(), draft.points, draft.kind.value, draft.note),
    from_row=lambda row: EntryDraft(
        date=date.fromisoformat(row[0]), points=row[1], kind=EntryKind(row[2]), note=row[3]
    ),
    validate=validate_entry,
)


def _history_draft(row: Row) -> EntryDraft:
    points = int(row[1])
    kind = EntryKind.BONUS if points > 0 else EntryKind.ADJUSTMENT
    return EntryDraft(date=date.fromisoformat(row[0]), points=points, kind=kind, note=row[2])


HISTORY: Kind[EntryDraft] = Kind(
    label="points history row",
    table="points_history",
    columns=("date", "points", "note"),
    to_params=lambda draft: (draft.date.isoformat(), draft.points, draft.note),
    from_row=_history_draft,
    validate=validate_entry,
)
"""How :func:`tracker.store.batches.write_batch` stores a points-history file's rows (kept to
check the records against, :mod:`tracker.store.checks`; here so that an import does not load
the checks)."""

PROMOTIONS: Kind[PromotionDraft] = Kind(
    label="promotion",
    table=PromotionModel._meta.table_name,
    columns=data_columns(PromotionModel),
    to_params=lambda draft: (
        draft.name,
        draft.start.isoformat(),
        draft.end.isoformat(),
        multiplier_text(draft.multiplier),
    ),
    from_row=lambda row: PromotionDraft(
        name=row[0],
        start=date.fromisoformat(row[1]),
        end=date.fromisoformat(row[2]),
        multiplier=Decimal(row[3]),
    ),
    validate=validate_promotion,
)
