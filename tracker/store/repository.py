"""Reading and writing the shopper's records: the only place that turns rows into rules records.

Every function takes the database from :func:`tracker.store.connection.open_database` and is
one transaction. This module is the one to import: it also re-exports single-record writes
(:mod:`tracker.store.crud`), imports as batches (:mod:`tracker.store.batches`) and the table
listings (:mod:`tracker.store.listing`).
"""

from __future__ import annotations

from tracker.rules.records import (
    ClubPost,
    Order,
    PointsEntry,
    Promotion,
    Review,
    StoreFollow,
    Visit,
)
from tracker.store.batches import (
    BatchResult,
    BatchRow,
    UndoCounts,
    find_batch,
    list_batches,
    undo_batch,
    write_batch,
)
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
from tracker.store.reading import (
    get_settings,
    load_backup_settings,
    load_records,
    load_settings,
    set_setting,
)
from tracker.store.setting_values import (
    DEFAULT_BACKUP_KEEP,
    SETTING_BACKUP_DAILY,
    SETTING_BACKUP_KEEP,
    SETTING_CONFIRMATION_LAG,
    SETTING_INCLUDE_PENDING,
    SETTING_NON_SHOPPING_POINTS,
    BackupSettings,
)

__all__ = [
    "DEFAULT_BACKUP_KEEP",
    "SETTING_BACKUP_DAILY",
    "SETTING_BACKUP_KEEP",
    "SETTING_CONFIRMATION_LAG",
    "SETTING_INCLUDE_PENDING",
    "SETTING_NON_SHOPPING_POINTS",
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
