"""Points for orders: S1, S2 and S9, the order-day bonuses S3 and L2 and the legacy product limit
L1 (the flat reading F1 is in :mod:`tracker.rules.flat`) — every loss a refund causes dated on
the refund date (R1).

R1 in one sentence: what was credited before a refund stays credited; the refund takes its share
away with an entry of its own on the refund date. So a recalculation already made never changes
its tier (W4). Each rule below gets there its own way:

* S1/S2: an order's credit on its confirmation, a negative entry on a later refund's date;
* S3/L2: a day's bonus on the order date, from the orders that qualified on that date; each
  later refund that takes an order below the minimum lowers the bonus on the refund date;
* L1: a refund that takes one of a product's first ten orders below the minimum frees its slot
  from the refund date on, so an eleventh order earns from then, never before;
* F1: the day's flat points follow its orders as they are confirmed and refunded, each change
  dated when it happens.
"""

from __future__ import annotations

import functools
import sys
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal
from operator import itemgetter
from typing import NamedTuple

from tracker.rules.dates import days_after
from tracker.rules.entries import Credit, LedgerEntry, Source, day_ref, new_entry
from tracker.rules.records import Order, OrderStatus, Promotion, Settings
from tracker.rules.ruleset import RuleSet, Shopping

_LONGEST_LAG = date.max.toordinal()  # a longer confirmation lag reaches past the calendar's end anyway


class OrderView(NamedTuple):
    """An order as it stood on the as-of date (a NamedTuple: 20,000 of them are made per status)."""

    order: Order
    confirmed: date  # actual, estimated or expected confirmation date
    credit: Credit
    refund_cents: int  # refunds that have happened by the as-of date
    refund_date: date | None  # None: unknown, counted from the order date
    kept_cents: int  # qualifying amount less those refunds


_new_view = functools.partial(tuple.__new__, OrderView)


class DayBook:
    """What each order date's orders bought, for the day bonuses S3 and L2.

    ``kept``: order date → the categories of its orders that qualify on that date and still do.
    ``lost``: order date → (refund date, categories) of its orders that qualified on that date
    until a refund took them below the minimum (R1 dates that loss).
    """

    __slots__ = ("kept", "lost")

    def __init__(self) -> None:
        self.kept: dict[date, set[str]] = {}
        self.lost: dict[date, list[tuple[date, frozenset[str]]]] = {}


def orders_as_of(
    orders: Iterable[Order], settings: Settings, as_of: date, minimum_cents: int, days: DayBook
) -> Iterator[OrderView]:
    """The orders as they stood on ``as_of`` (P0, P1), cancelled ones left out.

    On the way it notes in ``days`` what each order date bought (S3, L2), so the 20,000 orders of
    a heavy history are walked once.
    """
    lag = timedelta(days=min(settings.confirmation_lag_days, _LONGEST_LAG))
    tomorrow = days_after(as_of, 1)
    confirmed_status, cancelled = OrderStatus.CONFIRMED, OrderStatus.CANCELLED
    credited, estimated, expected = Credit.CREDITED, Credit.ESTIMATED, Credit.EXPECTED
    kept_days, lost_days = days.kept, days.lost
    least = max(minimum_cents, 1)  # an order of the minimum or more, and more than nothing
    for order in orders:
        status, ordered = order.status, order.order_date
        if ordered > as_of or status is cancelled:
            continue
        if status is confirmed_status:
            confirmed = order.confirmed_date
            if confirmed is None:
                # P1: confirmed, date unknown (many exports): order date + lag, or D if that is later.
                confirmed, credit = min(_later(ordered, lag), as_of), estimated
            elif confirmed <= as_of:
                credit = credited
            else:
                credit = expected
        else:
            confirmed, credit = max(order.expected_date or _later(ordered, lag), tomorrow), expected
        refund, refund_date = 0, order.refund_date
        if order.refund_cents > 0 and (refund_date is None or refund_date <= as_of):
            refund = order.refund_cents
        qualifying = order.items_cents - order.discount_cents
        kept = qualifying - refund
        if kept >= least:
            day = kept_days.get(ordered)
            if day is None:
                kept_days[ordered] = set(order.categories)
            else:
                day.update(order.categories)
        elif refund and refund_date is not None and refund_date > ordered and qualifying >= least:
            # it qualified on its order date, until the refund (R1)
            lost_days.setdefault(ordered, []).append((refund_date, order.categories))
        yield _new_view((order, confirmed, credit, refund, refund_date, kept))


def _later(day: date, lag: timedelta) -> date:
    """``day`` + ``lag``, or the calendar's last day when that lies beyond it."""
    try:
        return day + lag
    except OverflowError:
        return date.max


# --- S1, S2, S9 ----------------------------------------------------------------------------------


def multiplier_on(promotions: Sequence[Promotion], day: date) -> Decimal:
    """S9: the largest multiplier of the promotions running on ``day`` (they never multiply each
    other); 1 when none. A multiplier below 1 is bad input the forms refuse; one stored before
    they did multiplies nothing."""
    best = Decimal(1)
    for promotion in promotions:
        if promotion.start <= day <= promotion.end and promotion.multiplier > best:
            best = promotion.multiplier
    return best


def apply_multiplier(points: int, multiplier: Decimal) -> int:
    """S9: ``points`` × ``multiplier``, rounded down."""
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
        return apply_multiplier(min(points, cap), multiplier)
    points = apply_multiplier(points, multiplier)
    return min(points, cap) if cap else points


def _kept_points(shopping: Shopping, view: OrderView, multiplier: Decimal) -> int:
    """S2: points of the amount kept after a refund (or none at all under ``forfeit``)."""
    if view.refund_cents and shopping.partial_refund == "forfeit":
        return 0
    return order_points(shopping, view.kept_cents, multiplier)


def per_dollar_entries(
    views: Iterable[OrderView], shopping: Shopping, promotions: Sequence[Promotion]
) -> list[LedgerEntry]:
    """S1 (or L1), S2 and S9 for every order."""
    entries: list[LedgerEntry] = []
    append = entries.append
    base_rule = "L1" if shopping.max_orders_per_product else "S1"
    slots: dict[str, date | None] = {}
    if shopping.max_orders_per_product:
        views = list(views)
        slots = product_slots(views, shopping)
    order_source, one = Source.ORDER, Decimal(1)
    fast = shopping.rounding == "floor"
    minimum, per_usd = shopping.min_order_cents, shopping.points_per_usd
    cap = shopping.max_points_per_order or sys.maxsize
    for view in views:
        order, confirmed, credit, refund, refund_date, _ = view
        ref = order.ref
        if slots and ref in slots:
            freed = slots[ref]
            if freed is None:
                continue  # L1: past its products' first orders
            confirmed = max(confirmed, freed)  # R1: it earns from the day a refund freed a slot
        qualifying = order.items_cents - order.discount_cents
        multiplier = multiplier_on(promotions, order.order_date) if promotions else one
        if multiplier is one and fast:  # the common case, inlined: 20,000 orders per status
            full = 0 if qualifying < minimum or qualifying <= 0 else min(qualifying * per_usd // 100, cap)
            rule = base_rule
        else:
            full = order_points(shopping, qualifying, multiplier)
            rule = "S9" if multiplier != one else base_rule
        if not refund:
            if full:
                append(new_entry((confirmed, full, rule, order_source, ref, credit)))
            continue
        kept = _kept_points(shopping, view, multiplier)
        if refund_date is not None and refund_date > confirmed:
            # Refunded after confirmation: the credit stands, and the difference is taken back.
            if full:
                append(new_entry((confirmed, full, rule, order_source, ref, credit)))
            if kept != full:
                append(LedgerEntry(refund_date, kept - full, "S2", order_source, ref))
        elif kept:
            append(new_entry((confirmed, kept, "S2", order_source, ref, credit)))
    return entries


# --- L1: at most ten orders of a product ---------------------------------------------------------

# An order that takes slots: (order date, ref, its products, the date a refund takes it below the minimum)
_Taker = tuple[date, str, tuple[str, ...], date | None]


def product_slots(views: Iterable[OrderView], shopping: Shopping) -> dict[str, date | None]:
    """L1 with R1: the orders that do not hold one of their products' first slots from their order
    date on — ref → the date a refund of an earlier order frees a slot for them, or None.

    Slots are taken in order-date order by orders of the minimum or more (pending ones too); an
    order takes one while any of its products has a slot left. Only products with more such
    orders than the limit can leave an order out, so only their orders are walked again, once
    for each date on which a refund takes one of them below the minimum.
    """
    limit, minimum = shopping.max_orders_per_product, shopping.min_order_cents
    takers: list[_Taker] = []
    by_product: dict[str, list[_Taker]] = defaultdict(list)  # the orders of one product each
    linked = False  # whether an order has several products, which ties their slots together
    least = max(minimum, 1)
    for view in views:
        order = view.order
        products = order.product_ids
        if not products:
            continue  # without a product id the limit cannot be applied
        lost = None
        if view.refund_cents:
            refund_date = view.refund_date
            if refund_date is not None and refund_date > order.order_date:  # R1: it counted until then
                if order.items_cents - order.discount_cents < least:
                    continue
                if view.kept_cents < least:
                    lost = refund_date
            elif view.kept_cents < least:
                continue
        elif view.kept_cents < least:
            continue
        if len(products) > 1:
            products = tuple(dict.fromkeys(products))  # two lines of one product: one order of it
            linked = linked or len(products) > 1
        taker = (order.order_date, order.ref, products, lost)
        takers.append(taker)
        by_product[products[0]].append(taker)
    groups = _linked(takers, limit) if linked else [group for group in by_product.values() if len(group) > limit]
    result: dict[str, date | None] = {}
    for group in groups:
        _group_slots(sorted(group, key=itemgetter(0, 1)), limit, result)
    return result


def _linked(takers: list[_Taker], limit: int) -> list[list[_Taker]]:
    """The takers of products with more than ``limit`` of them, in groups that share no product:
    each group's slots can be dealt alone."""
    counts: dict[str, int] = defaultdict(int)
    for _, _, products, _ in takers:
        for product in products:
            counts[product] += 1
    crowded = {product for product, count in counts.items() if count > limit}
    parent: dict[str, str] = {}

    def root(product: str) -> str:
        while parent[product] != product:
            parent[product] = parent[parent[product]]
            product = parent[product]
        return product

    listed = [taker for taker in takers if not crowded.isdisjoint(taker[2])]
    for _, _, products, _ in listed:
        for product in products:
            parent.setdefault(product, product)
        first = root(products[0])
        for product in products[1:]:
            parent[root(product)] = first
    groups: dict[str, list[_Taker]] = defaultdict(list)
    for taker in listed:
        groups[root(taker[2][0])].append(taker)
    return list(groups.values())


def _group_slots(group: list[_Taker], limit: int, result: dict[str, date | None]) -> None:
    """:func:`product_slots` for one group of orders linked by their products, in order-date order."""
    moments = sorted({t[3] for t in group if t[3] is not None})
    if not moments:  # no refund frees a slot: who is past the limit stays past it
        holding = _slot_holders(group, limit, None)
        result.update((ref, None) for _, ref, _, _ in group if ref not in holding)
        return
    # holders[i]: who holds a slot once the refunds up to moments[i − 1] have happened
    holders = [_slot_holders(group, limit, None), *(_slot_holders(group, limit, m) for m in moments)]
    for ordered, ref, _, _ in group:
        first = bisect_right(moments, ordered)  # refunds on or before its order date already count
        found = next((i for i in range(first, len(holders)) if ref in holders[i]), None)
        if found is None:
            result[ref] = None
        elif found > first:
            result[ref] = moments[found - 1]


def _slot_holders(takers: list[_Taker], limit: int, moment: date | None) -> set[str]:
    counted: dict[str, int] = defaultdict(int)
    holders = set()
    for _, ref, products, lost in takers:
        if lost is not None and moment is not None and lost <= moment:
            continue
        if len(products) == 1:  # the common case, without a generator
            if counted[products[0]] >= limit:
                continue
            counted[products[0]] += 1
        elif all(counted[product] >= limit for product in products):
            continue
        else:
            for product in products:
                counted[product] += 1
        holders.add(ref)
    return holders


# --- S3 and L2: the order date's own bonuses -----------------------------------------------------


def order_day_entries(days: DayBook, ruleset: RuleSet) -> list[LedgerEntry]:
    """S3 multi-category days and L2 purchase days, credited on the order date, from the orders
    that qualified on it; each later refund that lowers a bonus takes the difference away on
    its own date (R1)."""
    multi, purchase = ruleset.multi_category, ruleset.purchase_day
    if not multi.enabled and not purchase.enabled:
        return []
    entries: list[LedgerEntry] = []
    kept, lost = days.kept, days.lost
    l2 = purchase.points if purchase.enabled else 0
    fewest, per_category, cap = multi.min_categories, multi.points_per_category, multi.daily_cap
    s3_on = multi.enabled and per_category > 0
    purchase_source, multi_source = Source.PURCHASE_DAY, Source.MULTI_CATEGORY
    append = entries.append
    for day, found in kept.items():  # the common case, inlined: a day bonus for each of 3,650 days
        if day in lost:
            continue
        ref = None
        if l2:
            ref = day_ref(day)
            append(new_entry((day, l2, "L2", purchase_source, ref, Credit.CREDITED)))
        if s3_on and len(found) >= fewest:
            points = len(found) * per_category
            append(
                new_entry(
                    (day, min(points, cap) if cap else points, "S3", multi_source, ref or day_ref(day), Credit.CREDITED)
                )
            )
    for day, losses in lost.items():
        ref, stays = day_ref(day), kept.get(day)
        losses.sort(key=itemgetter(0))
        before = _day_values(ruleset, _categories(stays, losses))
        _append_day_bonus(entries, day, before, (0, 0), "", ref)
        index = 0
        while index < len(losses):
            when = losses[index][0]
            while index < len(losses) and losses[index][0] == when:
                index += 1
            after = _day_values(ruleset, _categories(stays, losses[index:]))
            _append_day_bonus(entries, when, after, before, "R1", ref)
            before = after
    return entries


def _categories(stays: set[str] | None, losses: Sequence[tuple[date, frozenset[str]]]) -> set[str] | None:
    """The categories of a day's qualifying orders; None when none qualifies."""
    if stays is None and not losses:
        return None
    found = set(stays or ())
    for _, categories in losses:
        found |= categories
    return found


def _day_values(ruleset: RuleSet, categories: set[str] | None) -> tuple[int, int]:
    """(S3, L2) points of a day whose qualifying orders hold ``categories`` (None: there are none)."""
    if categories is None:
        return 0, 0
    multi, purchase = ruleset.multi_category, ruleset.purchase_day
    s3 = 0
    if multi.enabled and len(categories) >= multi.min_categories:
        s3 = len(categories) * multi.points_per_category
        if multi.daily_cap:
            s3 = min(s3, multi.daily_cap)
    return s3, purchase.points if purchase.enabled else 0


def _append_day_bonus(
    entries: list[LedgerEntry], when: date, values: tuple[int, int], before: tuple[int, int], rule: str, ref: str
) -> None:
    """Entries for the change from ``before`` to ``values``; ``rule`` "" names each bonus's own."""
    s3, l2 = values[0] - before[0], values[1] - before[1]
    if l2:
        entries.append(LedgerEntry(when, l2, rule or "L2", Source.PURCHASE_DAY, ref))
    if s3:
        entries.append(LedgerEntry(when, s3, rule or "S3", Source.MULTI_CATEGORY, ref))
