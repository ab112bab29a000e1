"""S1, S2, S9 and L1 in one pass over the orders, for rule sets that earn per dollar.

:func:`~tracker.rules.orders.orders_as_of` and :func:`~tracker.rules.orders.per_dollar_entries`
say what an order earns in two steps, each walking every order. Where no F1 flat day ties an order
date's orders together, :func:`order_entries_in_one_pass` does both in one loop and makes no
:class:`~tracker.rules.orders.OrderView` for the common order (no refund, no promotion, points
rounded down): the 20,000 orders of a heavy history are most of a status's time. L1's product
limit ties orders together only through the few products with more orders than the limit:
:func:`crowded_product_slots` works their slots out first, from those products' orders alone.
The result is the same list, entry for entry and in the same order; a property test holds it to
the two-step computation.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from itertools import chain
from operator import attrgetter

from tracker.rules.dates import days_after
from tracker.rules.entries import Credit, LedgerEntry, Source, new_entry
from tracker.rules.orders import (
    _LONGEST_LAG,
    DayBook,
    _later,
    _new_view,
    orders_as_of,
    per_dollar_entries,
    product_slots,
)
from tracker.rules.records import Order, OrderStatus, Promotion, Settings
from tracker.rules.ruleset import Shopping


def earns_in_one_pass(shopping: Shopping) -> bool:
    """Whether :func:`order_entries_in_one_pass` applies: per-dollar points (S1 or L1), no F1."""
    return shopping.rule != "flat_per_order"


def crowded_product_slots(
    orders: Sequence[Order], settings: Settings, as_of: date, shopping: Shopping
) -> dict[str, date | None]:
    """:func:`~tracker.rules.orders.product_slots` of all the orders, from the orders of the
    products that have more orders than L1's limit (any status, any date: a product with fewer
    cannot run out of slots, whichever of its orders take one) — a few dozen of 20,000."""
    limit = shopping.max_orders_per_product
    if not limit:
        return {}
    counts = Counter(chain.from_iterable(map(attrgetter("product_ids"), orders)))
    crowded = {product for product, count in counts.items() if count > limit}
    if not crowded:
        return {}
    candidates = [order for order in orders if not crowded.isdisjoint(order.product_ids)]
    return product_slots(orders_as_of(candidates, settings, as_of, shopping.min_order_cents, DayBook()), shopping)


def order_entries_in_one_pass(
    orders: Iterable[Order],
    settings: Settings,
    as_of: date,
    shopping: Shopping,
    promotions: Sequence[Promotion],
    days: DayBook,
    slots: Mapping[str, date | None] | None = None,
) -> list[LedgerEntry]:
    """``per_dollar_entries(orders_as_of(orders, …), …)`` for a rule set where
    :func:`earns_in_one_pass`; notes each order date's purchases in ``days`` as
    :func:`~tracker.rules.orders.orders_as_of` does. Under L1, ``slots`` are the orders'
    :func:`crowded_product_slots`."""
    slots = slots or {}
    lag = timedelta(days=min(settings.confirmation_lag_days, _LONGEST_LAG))
    tomorrow = days_after(as_of, 1)
    confirmed_status, cancelled = OrderStatus.CONFIRMED, OrderStatus.CANCELLED
    credited, estimated, expected = Credit.CREDITED, Credit.ESTIMATED, Credit.EXPECTED
    kept_days, lost_days = days.kept, days.lost
    minimum, per_usd = shopping.min_order_cents, shopping.points_per_usd
    least = max(minimum, 1)
    cap = shopping.max_points_per_order or sys.maxsize
    # Orders a promotion may multiply, or whose points round to nearest, take the two-step path.
    simple = shopping.rounding == "floor" and not promotions
    forfeit = shopping.partial_refund == "forfeit"
    base_rule, order_source = "L1" if shopping.max_orders_per_product else "S1", Source.ORDER
    entries: list[LedgerEntry] = []
    append = entries.append
    make, entry_type = tuple.__new__, LedgerEntry  # as new_entry does, without the partial's call
    for order in orders:
        ordered = order.order_date
        if ordered > as_of:
            continue
        status = order.status
        if status is confirmed_status:
            confirmed = order.confirmed_date
            if confirmed is None:
                confirmed, credit = min(_later(ordered, lag), as_of), estimated
            elif confirmed <= as_of:
                credit = credited
            else:
                credit = expected
        elif status is cancelled:
            continue
        else:
            confirmed, credit = max(order.expected_date or _later(ordered, lag), tomorrow), expected
        qualifying = order.items_cents - order.discount_cents
        if order.refund_cents <= 0 and simple:
            # The common order, no refund: S1's points (of Q ≥ the minimum, whole dollars, capped).
            if qualifying >= least:
                day = kept_days.get(ordered)
                if day is None:
                    kept_days[ordered] = set(order.categories)
                else:
                    day.update(order.categories)
                points = qualifying * per_usd // 100
                if slots and order.ref in slots:
                    freed = slots[order.ref]
                    if freed is None:
                        continue  # L1: past its products' first orders
                    confirmed = max(confirmed, freed)  # R1: it earns from the day a refund freed a slot
                if points:
                    append(
                        make(
                            entry_type,
                            (confirmed, points if points < cap else cap, base_rule, order_source, order.ref, credit),
                        )
                    )
            continue
        refund, refund_date = 0, order.refund_date
        if order.refund_cents > 0 and (refund_date is None or refund_date <= as_of):
            refund = order.refund_cents
        kept = qualifying - refund
        if kept >= least:
            day = kept_days.get(ordered)
            if day is None:
                kept_days[ordered] = set(order.categories)
            else:
                day.update(order.categories)
        elif refund and refund_date is not None and refund_date > ordered and qualifying >= least:
            lost_days.setdefault(ordered, []).append((refund_date, order.categories))
        if slots and order.ref in slots:
            freed = slots[order.ref]
            if freed is None:
                continue
            confirmed = max(confirmed, freed)
        if simple:
            full = min(qualifying * per_usd // 100, cap) if qualifying >= least else 0
            if not refund:
                if full:
                    append(new_entry((confirmed, full, base_rule, order_source, order.ref, credit)))
                continue
            # S2: the points of the amount kept, or none at all under ``forfeit``
            kept_points = 0 if forfeit or kept < least else min(kept * per_usd // 100, cap)
            if refund_date is not None and refund_date > confirmed:
                # Refunded after confirmation: the credit stands, and the difference is taken back.
                if full:
                    append(new_entry((confirmed, full, base_rule, order_source, order.ref, credit)))
                if kept_points != full:
                    append(LedgerEntry(refund_date, kept_points - full, "S2", order_source, order.ref))
            elif kept_points:
                append(new_entry((confirmed, kept_points, "S2", order_source, order.ref, credit)))
            continue
        view = _new_view((order, confirmed, credit, refund, refund_date, kept))
        entries += per_dollar_entries((view,), shopping, promotions)
    return entries
