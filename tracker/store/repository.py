"""Reading and writing the shopper's records: the only place that turns rows into rules records.

Every function takes the database from :func:`tracker.store.connection.open_database` and is
one transaction. This module is the one to import: it also re-exports single-record writes
(:mod:`tracker.store.crud`), imports as batches (:mod:`tracker.store.batches`) and the table
listings (:mod:`tracker.store.listing`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.rules.records import (
    ClubPost,
    EntryKind,
    Order,
    OrderStatus,
    PointsEntry,
    Promotion,
    Records,
    Review,
    Settings,
    StoreFollow,
    Visit,
)
from tracker.store._rows import DateCache
from tracker.store.batches import (
    BatchResult,
    BatchRow,
    UndoCounts,
    find_batch,
    list_batches,
    undo_batch,
    write_batch,
)
from tracker.store.connection import read_transaction, write_transaction
from tracker.store.crud import (
    add_entry,
    add_follow,
    add_order,
    add_post,
    add_promotion,
    add_review,
    add_visit,
    delete_entry,
    delete_follow,
    delete_order,
    delete_post,
    delete_promotion,
    delete_review,
    delete_visit,
    get_entry,
    get_follow,
    get_order,
    get_post,
    get_promotion,
    get_review,
    get_visit,
    set_visits_for_month,
    update_entry,
    update_follow,
    update_order,
    update_post,
    update_promotion,
    update_review,
    update_visit,
)
from tracker.store.drafts import (
    Draft,
    EntryDraft,
    FollowDraft,
    OrderDraft,
    PostDraft,
    ReviewDraft,
    VisitDraft,
)
from tracker.store.errors import DamagedDatabaseError
from tracker.store.listing import (
    ActivityKind,
    ActivityRow,
    OrderRow,
    ReviewRow,
    count_orders,
    list_activity,
    list_orders,
    list_promotions,
    list_reviews,
)

__all__ = [
    "ActivityKind",
    "ActivityRow",
    "BackupSettings",
    "BatchResult",
    "BatchRow",
    "OrderRow",
    "ReviewRow",
    "UndoCounts",
    "add_entry",
    "add_follow",
    "add_order",
    "add_post",
    "add_promotion",
    "add_review",
    "add_visit",
    "count_orders",
    "delete_entry",
    "delete_follow",
    "delete_order",
    "delete_post",
    "delete_promotion",
    "delete_review",
    "delete_visit",
    "find_batch",
    "get_entry",
    "get_follow",
    "get_order",
    "get_post",
    "get_promotion",
    "get_review",
    "get_settings",
    "get_visit",
    "list_activity",
    "list_batches",
    "list_orders",
    "list_promotions",
    "list_reviews",
    "load_backup_settings",
    "load_records",
    "load_settings",
    "parse_ref",
    "set_setting",
    "set_visits_for_month",
    "undo_batch",
    "update_entry",
    "update_follow",
    "update_order",
    "update_post",
    "update_promotion",
    "update_review",
    "update_visit",
    "write_batch",
]

# --- records for the rules ---------------------------------------------------------------------

REF_PREFIXES = {
    "order": "orders", "review": "review", "visit": "visit", "post": "club_post",
    "follow": "store_follow", "entry": "points_entry", "promotion": "promotion",
}  # fmt: skip


def parse_ref(ref: str) -> tuple[str, int]:
    """``"order:42"`` → ``("order", 42)``: which record a ledger entry came from."""
    prefix, _, number = ref.partition(":")
    if prefix not in REF_PREFIXES or not number.isdigit():
        raise ValueError(f"not a record reference: {ref!r}")
    return prefix, int(number)


_STATUSES = {status.value: status for status in OrderStatus}
_ENTRY_KINDS = {kind.value: kind for kind in EntryKind}
_SEPARATOR = "\x1f"  # char(31), the unit separator: never part of a category or product id


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic objects.

    Tens of thousands of new row tuples and records trigger repeated full collections that
    find nothing to free (about a sixth of the load time). Reference counting still frees
    memory as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_records(db: SqliteDatabase) -> Records:
    """Everything the shopper recorded, as the rules' plain records, from one snapshot, by date.

    Built from raw tuples (not ORM objects), with the items summed per order by one grouped
    query, so that a heavy 10-year history loads in about a tenth of a second.
    """
    with _collector_paused():
        try:
            return _load_records(db)
        except (ValueError, KeyError, ArithmeticError) as error:
            # A date, status or multiplier garbled on disk: SQLite's page check on opening cannot
            # see that (decimal's InvalidOperation is an ArithmeticError, not a ValueError).
            raise DamagedDatabaseError(
                translate("Store", "{file} is damaged: some of its records cannot be read.").format(file=db.database)
            ) from error


def _load_records(db: SqliteDatabase) -> Records:
    with read_transaction(db) as conn:
        # Sorted by date below: a stable sort of the id-ordered rows beats SQLite's index walk.
        order_rows = conn.execute(
            "SELECT id, order_date, status, discount_cents, shipping_cents, confirmed_date, "
            "expected_date, refund_cents, refund_date FROM orders ORDER BY id"
        ).fetchall()
        # group_concat skips NULLs, so blank categories and product ids drop out.
        line_rows = conn.execute(
            "SELECT order_id, sum(quantity * unit_price_cents), group_concat(nullif(category, ''), "
            "char(31)), group_concat(nullif(product_id, ''), char(31)) FROM order_line GROUP BY order_id"
        ).fetchall()
        review_rows = conn.execute("SELECT id, date, item_price_cents FROM review ORDER BY date, id").fetchall()
        visit_rows = conn.execute("SELECT id, date FROM visit ORDER BY date").fetchall()
        post_rows = conn.execute("SELECT id, date FROM club_post ORDER BY date, id").fetchall()
        follow_rows = conn.execute("SELECT id, date, store FROM store_follow ORDER BY date, id").fetchall()
        entry_rows = conn.execute("SELECT id, date, points, kind, note FROM points_entry ORDER BY date, id").fetchall()
        promotion_rows = conn.execute(
            "SELECT id, start_date, end_date, multiplier, name FROM promotion ORDER BY start_date, id"
        ).fetchall()

    order_rows.sort(key=itemgetter(1))
    items = {row[0]: row for row in line_rows}
    no_items = (0, 0, None, None)
    dates = DateCache()
    category_sets: dict[str | None, frozenset[str]] = {None: frozenset()}
    orders: list[Order] = []
    for oid, ordered, status, discount, shipping, confirmed, expected, refund, refunded in order_rows:
        _, total, categories, product_ids = items.get(oid, no_items)
        category_set = category_sets.get(categories)
        if category_set is None:
            category_set = category_sets[categories] = frozenset(categories.split(_SEPARATOR))
        orders.append(
            Order(
                ref=f"order:{oid}",
                order_date=dates[ordered],
                status=_STATUSES[status],
                items_cents=total,
                discount_cents=discount,
                shipping_cents=shipping,
                confirmed_date=None if confirmed is None else dates[confirmed],
                expected_date=None if expected is None else dates[expected],
                refund_cents=refund,
                refund_date=None if refunded is None else dates[refunded],
                categories=category_set,
                product_ids=() if product_ids is None else tuple(product_ids.split(_SEPARATOR)),
            )
        )
    return Records(
        orders=tuple(orders),
        reviews=tuple(Review(ref=f"review:{i}", date=dates[d], item_price_cents=p) for i, d, p in review_rows),
        visits=tuple(Visit(ref=f"visit:{i}", date=dates[d]) for i, d in visit_rows),
        posts=tuple(ClubPost(ref=f"post:{i}", date=dates[d]) for i, d in post_rows),
        follows=tuple(StoreFollow(ref=f"follow:{i}", date=dates[d], store=s) for i, d, s in follow_rows),
        entries=tuple(
            PointsEntry(ref=f"entry:{i}", date=dates[d], points=p, kind=_ENTRY_KINDS[k], note=n)
            for i, d, p, k, n in entry_rows
        ),
        promotions=tuple(
            Promotion(ref=f"promotion:{i}", start=dates[s], end=dates[e], multiplier=Decimal(m), name=n)
            for i, s, e, m, n in promotion_rows
        ),
    )


def record_of(
    kind: str, record_id: int, draft: Draft
) -> Order | Review | Visit | ClubPost | StoreFollow | PointsEntry | Promotion:
    """The rules' record for a draft just written as ``kind`` ``record_id`` — what
    :func:`load_records` would read back, without reading everything back."""
    ref = f"{kind}:{record_id}"
    if isinstance(draft, OrderDraft):
        return Order(
            ref=ref,
            order_date=draft.order_date,
            status=draft.status,
            items_cents=draft.items_cents,
            discount_cents=draft.discount_cents,
            shipping_cents=draft.shipping_cents,
            confirmed_date=draft.confirmed_date,
            expected_date=draft.expected_date,
            refund_cents=draft.refund_cents,
            refund_date=draft.refund_date,
            categories=frozenset(line.category for line in draft.lines if line.category),
            product_ids=tuple(line.product_id for line in draft.lines if line.product_id),
        )
    if isinstance(draft, ReviewDraft):
        return Review(ref=ref, date=draft.date, item_price_cents=draft.item_price_cents)
    if isinstance(draft, VisitDraft):
        return Visit(ref=ref, date=draft.date)
    if isinstance(draft, PostDraft):
        return ClubPost(ref=ref, date=draft.date)
    if isinstance(draft, FollowDraft):
        return StoreFollow(ref=ref, date=draft.date, store=draft.store)
    if isinstance(draft, EntryDraft):
        return PointsEntry(ref=ref, date=draft.date, points=draft.points, kind=draft.kind, note=draft.note)
    return Promotion(ref=ref, start=draft.start, end=draft.end, multiplier=draft.multiplier, name=draft.name)


# --- settings ----------------------------------------------------------------------------------

SETTING_CONFIRMATION_LAG = "confirmation_lag_days"
SETTING_NON_SHOPPING_POINTS = "monthly_non_shopping_points"
SETTING_INCLUDE_PENDING = "include_pending"
SETTING_BACKUP_KEEP = "backup_keep"
"""How many daily backups to keep (default :data:`DEFAULT_BACKUP_KEEP`, at least 1)."""
SETTING_BACKUP_DAILY = "backup_daily"
"""``true`` (the default) or ``false``: make a backup the first time the file is opened each day."""
DEFAULT_BACKUP_KEEP = 7


@dataclass(frozen=True, slots=True)
class BackupSettings:
    daily: bool = True
    keep: int = DEFAULT_BACKUP_KEEP


def get_settings(db: SqliteDatabase) -> dict[str, str]:
    with read_transaction(db) as conn:
        return {key: value for key, value in conn.execute("SELECT key, value FROM setting")}


def set_setting(db: SqliteDatabase, key: str, value: str) -> None:
    with write_transaction(db) as conn:
        conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def _int_setting(values: dict[str, str], key: str, default: int, minimum: int | None = None) -> int:
    try:
        number = int(values[key])
    except (KeyError, ValueError):
        return default
    return default if minimum is not None and number < minimum else number


def load_settings(db: SqliteDatabase) -> Settings:
    """The rules' :class:`Settings` from the settings table; missing or unreadable values fall
    back to the defaults."""
    values = get_settings(db)
    defaults = Settings()
    include = values.get(SETTING_INCLUDE_PENDING, "").strip().lower()
    return Settings(
        confirmation_lag_days=_int_setting(values, SETTING_CONFIRMATION_LAG, defaults.confirmation_lag_days, 0),
        monthly_non_shopping_points=_int_setting(
            values, SETTING_NON_SHOPPING_POINTS, defaults.monthly_non_shopping_points, 0
        ),
        include_pending=defaults.include_pending if include not in ("true", "false") else include == "true",
    )


def load_backup_settings(db: SqliteDatabase) -> BackupSettings:
    """The rolling backup settings; missing or unreadable values fall back to the defaults."""
    values = get_settings(db)
    daily = values.get(SETTING_BACKUP_DAILY, "").strip().lower()
    return BackupSettings(
        daily=daily != "false",
        keep=_int_setting(values, SETTING_BACKUP_KEEP, DEFAULT_BACKUP_KEEP, 1),
    )
