"""Earning: the shopper's records → a ledger of dated point entries, each naming its rule.

One function, :func:`build_ledger`, applies RULES S1–S9 (and the legacy L1/L2 and flat F1
variants) as of a date D (RULES P0): records dated after D do not exist yet, refunds after D have
not happened, and an order placed by D but confirmed after D is pending on D — its credit is an
*expected* entry on the date it should be confirmed (P1).
"""

from __future__ import annotations

import enum
import functools
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal
from operator import itemgetter
from typing import NamedTuple

from tracker.rules.dates import month_index
from tracker.rules.records import Order, OrderStatus, PointsEntry, Promotion, Records, Review, Settings
from tracker.rules.ruleset import MonthlyCapped, RuleSet, Shopping


class Source(enum.StrEnum):
    """Where points come from, for "where points come from" charts and tables."""

    ORDER = "order"
    MULTI_CATEGORY = "multi_category"
    PURCHASE_DAY = "purchase_day"
    REVIEW = "review"
    VISIT = "visit"
    POST = "post"
    FOLLOW = "follow"
    BONUS = "bonus"
    ADJUSTMENT = "adjustment"


class Credit(enum.StrEnum):
    """How sure an entry is."""

    CREDITED = "credited"  # happened on or before the as-of date
    ESTIMATED = "estimated"  # confirmed order whose confirmation date is unknown (P1)
    EXPECTED = "expected"  # a pending order's credit, on the day it should be confirmed (P1)


class LedgerEntry(NamedTuple):
    """``points`` credited on ``date`` by ``rule`` for the record ``ref`` (a NamedTuple: fast)."""

    date: date
    points: int
    rule: str
    source: Source
    ref: str
    credit: Credit = Credit.CREDITED


class _OrderView(NamedTuple):
    """An order as it stood on the as-of date (a NamedTuple: 20,000 of them are made per status)."""

    order: Order
    confirmed: date  # actual, estimated or expected confirmation date
    credit: Credit
    refund_cents: int  # refunds that have happened by the as-of date
    refund_date: date | None  # None: unknown, taken as before confirmation
    kept_cents: int  # qualifying amount less those refunds


# tuple.__new__ skips the NamedTuple's Python-level __new__: a status makes ~50,000 of these.
_new_entry = functools.partial(tuple.__new__, LedgerEntry)
_new_view = functools.partial(tuple.__new__, _OrderView)


def build_ledger(records: Records, ruleset: RuleSet, settings: Settings, as_of: date) -> list[LedgerEntry]:
    """All point entries the records earn as of ``as_of``, sorted by date.

    Entries dated after ``as_of`` are always :attr:`Credit.EXPECTED`; callers leave them out
    when the shopper turns pending orders off.
    """
    bought: dict[date, set[str]] = {}
    orders = _orders_as_of(records.orders, settings, as_of, ruleset.shopping.min_order_cents, bought)
    entries: list[LedgerEntry] = []
    shopping = ruleset.shopping
    if shopping.rule == "flat_per_order":
        entries += _flat_order_entries(list(orders), shopping, records.promotions)
    else:
        entries += _per_dollar_entries(orders, shopping, records.promotions)
    entries += _order_day_entries(bought, ruleset)
    entries += _review_entries(records.reviews, ruleset, as_of)
    entries += _capped_entries(
        ((v.date, v.ref) for v in records.visits), ruleset.visits, "S5", Source.VISIT, as_of, one_per_day=True
    )
    entries += _capped_entries(((p.date, p.ref) for p in records.posts), ruleset.club_posts, "S6", Source.POST, as_of)
    entries += _capped_entries(
        ((f.date, f.ref) for f in records.follows), ruleset.store_follows, "S7", Source.FOLLOW, as_of
    )
    entries += _points_entries(records.entries, as_of)
    entries.sort(key=itemgetter(0))
    return entries


def _points_entries(entries: Iterable[PointsEntry], as_of: date) -> list[LedgerEntry]:
    """S8: bonus and adjustment entries count as entered."""
    return [
        LedgerEntry(
            entry.date, entry.points, "S8", Source.ADJUSTMENT if entry.kind == "adjustment" else Source.BONUS, entry.ref
        )
        for entry in entries
        if entry.date <= as_of and entry.points
    ]


# --- orders --------------------------------------------------------------------------------------


def _orders_as_of(
    orders: Iterable[Order], settings: Settings, as_of: date, minimum_cents: int, bought: dict[date, set[str]]
) -> Iterator[_OrderView]:
    """The orders as they stood on ``as_of`` (P0, P1), cancelled ones left out.

    On the way it notes in ``bought`` the categories bought each day by orders that still
    qualify after refunds (S3, L2), so the 20,000 orders of a heavy history are walked once.
    """
    lag = timedelta(days=settings.confirmation_lag_days)
    tomorrow = as_of + timedelta(days=1)
    confirmed_status, cancelled = OrderStatus.CONFIRMED, OrderStatus.CANCELLED
    credited, estimated, expected = Credit.CREDITED, Credit.ESTIMATED, Credit.EXPECTED
    for order in orders:
        status = order.status
        if order.order_date > as_of or status is cancelled:
            continue
        if status is confirmed_status:
            confirmed = order.confirmed_date
            if confirmed is None:
                # Confirmed, date unknown (many exports): order date + lag, by as_of at the latest.
                confirmed, credit = min(order.order_date + lag, as_of), estimated
            elif confirmed <= as_of:
                credit = credited
            else:
                confirmed, credit = max(confirmed, tomorrow), expected
        else:
            confirmed, credit = max(order.expected_date or order.order_date + lag, tomorrow), expected
        refund, refund_date = 0, order.refund_date
        if order.refund_cents > 0 and (refund_date is None or refund_date <= as_of):
            refund = order.refund_cents
        kept = order.items_cents - order.discount_cents - refund
        if kept >= minimum_cents and kept > 0:
            day = bought.get(order.order_date)
            if day is None:
                bought[order.order_date] = set(order.categories)
            else:
                day.update(order.categories)
        yield _new_view((order, confirmed, credit, refund, refund_date, kept))


def _multiplier(promotions: Sequence[Promotion], day: date) -> Decimal:
    """The largest multiplier of the promotions running on ``day`` (S9); 1 when none."""
    best = Decimal(1)
    for promotion in promotions:
        if promotion.start <= day <= promotion.end and promotion.multiplier > best:
            best = promotion.multiplier
    return best


def _apply_multiplier(points: int, multiplier: Decimal) -> int:
    if multiplier == 1:
        return points
    return int((points * multiplier).to_integral_value(rounding=ROUND_FLOOR))


def order_points(shopping: Shopping, qualifying_cents: int, multiplier: Decimal = Decimal(1)) -> int:
    """S1 (with S9's multiplier): points for an order whose qualifying amount is given."""
    if qualifying_cents < shopping.min_order_cents or qualifying_cents <= 0:
        return 0
    if shopping.rounding == "nearest":
        points = (qualifying_cents * shopping.points_per_usd + 50) // 100
    else:
        points = qualifying_cents * shopping.points_per_usd // 100
    cap = shopping.max_points_per_order
    if multiplier == 1:
        return min(points, cap) if cap else points
    if cap and shopping.cap_before_multiplier:
        return _apply_multiplier(min(points, cap), multiplier)
    points = _apply_multiplier(points, multiplier)
    return min(points, cap) if cap else points


def _kept_points(shopping: Shopping, view: _OrderView, multiplier: Decimal) -> int:
    """S2: points of the amount kept after a refund (or none at all under ``forfeit``)."""
    if view.refund_cents and shopping.partial_refund == "forfeit":
        return 0
    return order_points(shopping, view.kept_cents, multiplier)


def _per_dollar_entries(
    views: Iterable[_OrderView], shopping: Shopping, promotions: Sequence[Promotion]
) -> list[LedgerEntry]:
    entries: list[LedgerEntry] = []
    append = entries.append
    base_rule = "L1" if shopping.max_orders_per_product else "S1"
    over_limit: set[str] = set()
    if shopping.max_orders_per_product:
        views = list(views)
        over_limit = _over_product_limit(views, shopping)
    order_source, one = Source.ORDER, Decimal(1)
    fast = shopping.rounding == "floor"
    minimum, per_usd = shopping.min_order_cents, shopping.points_per_usd
    cap = shopping.max_points_per_order or sys.maxsize
    for view in views:
        order, confirmed, credit, refund, refund_date, _ = view
        ref = order.ref
        if over_limit and ref in over_limit:
            continue
        qualifying = order.items_cents - order.discount_cents
        multiplier = _multiplier(promotions, order.order_date) if promotions else one
        if multiplier is one and fast:  # the common case, inlined: 20,000 orders per status
            full = 0 if qualifying < minimum or qualifying <= 0 else min(qualifying * per_usd // 100, cap)
            rule = base_rule
        else:
            full = order_points(shopping, qualifying, multiplier)
            rule = "S9" if multiplier != one else base_rule
        if not refund:
            if full:
                append(_new_entry((confirmed, full, rule, order_source, ref, credit)))
            continue
        kept = _kept_points(shopping, view, multiplier)
        if refund_date is not None and refund_date > confirmed:
            # Refunded after confirmation: the credit stands, and the difference is taken back.
            if full:
                append(_new_entry((confirmed, full, rule, order_source, ref, credit)))
            if kept != full:
                append(LedgerEntry(refund_date, kept - full, "S2", order_source, ref))
        elif kept:
            append(_new_entry((confirmed, kept, "S2", order_source, ref, credit)))
    return entries


def _over_product_limit(views: list[_OrderView], shopping: Shopping) -> set[str]:
    """L1: refs of orders past the first ``max_orders_per_product`` orders of all their products."""
    limit = shopping.max_orders_per_product
    counted: dict[str, int] = defaultdict(int)
    over = set()
    for view in sorted(views, key=lambda v: (v.order.order_date, v.order.ref)):
        products = view.order.product_ids
        if not products or view.kept_cents < shopping.min_order_cents:
            continue  # without a product id the limit cannot be applied
        if all(counted[p] >= limit for p in products):
            over.add(view.order.ref)
            continue
        for product in products:
            counted[product] += 1
    return over


def _flat_order_entries(
    views: list[_OrderView], shopping: Shopping, promotions: Sequence[Promotion]
) -> list[LedgerEntry]:
    """F1: flat points per order of an order date, capped per day, credited as orders confirm.

    The day's value is recomputed at every confirmation and refund among its orders, and each
    change becomes an entry: the first confirmation credits it, a later refund that drops an
    order below the minimum takes points back (S2).
    """
    by_day: dict[date, list[_OrderView]] = defaultdict(list)
    for view in views:
        by_day[view.order.order_date].append(view)
    entries = []
    cap = shopping.flat_daily_cap
    for day, day_views in by_day.items():
        multiplier = _multiplier(promotions, day) if promotions else Decimal(1)
        events = sorted({v.confirmed for v in day_views} | {v.refund_date for v in day_views if v.refund_date})
        ref = f"day:{day.isoformat()}"
        value = 0
        for moment in events:
            earning = 0
            for view in day_views:
                if view.confirmed > moment:
                    continue
                refunded = view.refund_cents and (view.refund_date is None or view.refund_date <= moment)
                kept = view.kept_cents if refunded else view.order.qualifying_cents
                forfeited = refunded and shopping.partial_refund == "forfeit"
                if kept >= shopping.min_order_cents and kept > 0 and not forfeited:
                    earning += 1
            points = earning * shopping.flat_points_per_order
            new_value = _apply_multiplier(min(points, cap) if cap else points, multiplier)
            if new_value != value:
                confirming = [v for v in day_views if v.confirmed == moment]
                credit = confirming[0].credit if confirming else Credit.CREDITED
                rule = "F1" if new_value > value else "S2"
                entries.append(LedgerEntry(moment, new_value - value, rule, Source.ORDER, ref, credit))
                value = new_value
    return entries


def _order_day_entries(bought: dict[date, set[str]], ruleset: RuleSet) -> list[LedgerEntry]:
    """S3 multi-category days and L2 purchase days, credited on the order date."""
    multi, purchase = ruleset.multi_category, ruleset.purchase_day
    if not multi.enabled and not purchase.enabled:
        return []
    entries = []
    for day, found in bought.items():
        ref = f"day:{day.isoformat()}"
        if purchase.enabled and purchase.points:
            entries.append(LedgerEntry(day, purchase.points, "L2", Source.PURCHASE_DAY, ref))
        if multi.enabled and len(found) >= multi.min_categories:
            points = len(found) * multi.points_per_category
            if multi.daily_cap:
                points = min(points, multi.daily_cap)
            if points:
                entries.append(LedgerEntry(day, points, "S3", Source.MULTI_CATEGORY, ref))
    return entries


# --- fan points ----------------------------------------------------------------------------------


def _review_entries(reviews: Iterable[Review], ruleset: RuleSet, as_of: date) -> list[LedgerEntry]:
    rule = ruleset.reviews
    if not rule.points:
        return []
    minimum = rule.min_item_cents
    return [
        LedgerEntry(review.date, rule.points, "S4", Source.REVIEW, review.ref)
        for review in reviews
        if review.date <= as_of
        and (rule.unknown_price_counts if review.item_price_cents is None else review.item_price_cents >= minimum)
    ]


def _capped_entries(
    events: Iterable[tuple[date, str]],
    rule: MonthlyCapped,
    rule_id: str,
    source: Source,
    as_of: date,
    *,
    one_per_day: bool = False,
) -> list[LedgerEntry]:
    """S5–S7: ``rule.points`` per event, the first ``monthly_cap`` events of a month counting."""
    if not rule.points:
        return []
    chosen = sorted(event for event in events if event[0] <= as_of)
    entries = []
    per_month: dict[int, int] = defaultdict(int)
    last_day = None
    for day, ref in chosen:
        if one_per_day and day == last_day:
            continue
        last_day = day
        month = month_index(day)
        if rule.monthly_cap and per_month[month] >= rule.monthly_cap:
            continue
        per_month[month] += 1
        entries.append(LedgerEntry(day, rule.points, rule_id, source, ref))
    return entries


def points_by_ref(entries: Iterable[LedgerEntry]) -> dict[str, int]:
    """Total points per record reference, for showing what each record earned."""
    totals: dict[str, int] = defaultdict(int)
    for entry in entries:
        totals[entry.ref] += entry.points
    return dict(totals)
