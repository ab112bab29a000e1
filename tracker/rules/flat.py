"""F1, the flat reading of the shopping rule: flat points per order of an order date, capped per
day, credited as the day's orders are confirmed — every loss a refund causes dated on the refund
date (R1). Apart from :mod:`tracker.rules.orders`, whose views of the orders it takes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from tracker.rules.entries import Credit, LedgerEntry, Source, day_ref, new_entry
from tracker.rules.orders import OrderView, apply_multiplier, multiplier_on
from tracker.rules.records import Promotion
from tracker.rules.ruleset import Shopping


def flat_order_entries(
    views: Iterable[OrderView], shopping: Shopping, promotions: Sequence[Promotion]
) -> list[LedgerEntry]:
    """F1: flat points per order of an order date, capped per day, credited as orders confirm.

    The day's value is recomputed at every confirmation and refund among its orders, and each
    change becomes an entry on its date: the first confirmation credits it (F1), a later refund
    that takes the day's last confirmed order below the minimum takes it back (R1).
    """
    by_day: dict[date, list[OrderView]] = {}
    refunded: set[date] = set()  # the order dates with a refund among their orders
    for view in views:  # by index, not by name: 20,000 views per status
        day = view[0].order_date
        run = by_day.get(day)
        if run is None:
            by_day[day] = [view]
        else:
            run.append(view)
        if view[3]:
            refunded.add(day)
    entries: list[LedgerEntry] = []
    least = max(shopping.min_order_cents, 1)
    one = Decimal(1)
    cap = shopping.flat_daily_cap
    at_once = bool(cap) and shopping.flat_points_per_order >= cap  # one order earns the whole cap
    order_source = Source.ORDER
    for day, day_views in by_day.items():
        multiplier = multiplier_on(promotions, day) if promotions else one
        if day in refunded:
            _flat_day_with_refunds(entries, day, day_views, shopping, multiplier)
            continue
        # No refund (so the amount kept is the qualifying amount): the value only grows, one step
        # per confirmation, up to the day's cap.
        confirmations = [view[1] for view in day_views if view[5] >= least]
        if at_once and confirmations:
            # The first confirmation reaches the cap, so the later ones change nothing: the day
            # earns it all on its earliest, found without sorting them (3,650 days of a history).
            value = apply_multiplier(cap, multiplier)
            if value:
                moment = min(confirmations)
                credit = _first_credits(day_views)[moment]
                entries.append(new_entry((moment, value, "F1", order_source, day_ref(day), credit)))
        else:
            _flat_steps(entries, day, sorted(confirmations), _first_credits(day_views), shopping, multiplier)
    return entries


def _first_credits(day_views: Iterable[OrderView]) -> dict[date, Credit]:
    """Confirmation date → the credit of the day's first order (in the order given) confirmed
    then, whether it earns or not: how an entry on that date is marked (a credited and an
    estimated order can be confirmed on the same date)."""
    found: dict[date, Credit] = {}
    for view in day_views:
        found.setdefault(view[1], view[2])
    return found


def _flat_steps(
    entries: list[LedgerEntry],
    day: date,
    confirmations: list[date],
    credits: dict[date, Credit],
    shopping: Shopping,
    multiplier: Decimal,
) -> None:
    cap, per_order = shopping.flat_daily_cap, shopping.flat_points_per_order
    value, count, index, ref = 0, 0, 0, ""
    while index < len(confirmations) and not (cap and count * per_order >= cap):
        moment = confirmations[index]
        while index < len(confirmations) and confirmations[index] == moment:
            count, index = count + 1, index + 1
        points = count * per_order
        new_value = apply_multiplier(min(points, cap) if cap else points, multiplier)
        if new_value != value:
            ref = ref or day_ref(day)
            entries.append(new_entry((moment, new_value - value, "F1", Source.ORDER, ref, credits[moment])))
            value = new_value


def _flat_day_with_refunds(
    entries: list[LedgerEntry], day: date, day_views: list[OrderView], shopping: Shopping, multiplier: Decimal
) -> None:
    """F1 for a day with refunds: the day's value at each confirmation and refund among its orders.

    Each order earns from its confirmation, as it stands then (refunded or not), and changes at
    most once more, on a later refund's date: the count of earning orders at each moment is the
    running sum of those changes (one walk, not one walk of the orders per moment).
    """
    cap, per_order, least = shopping.flat_daily_cap, shopping.flat_points_per_order, max(shopping.min_order_cents, 1)
    forfeit = shopping.partial_refund == "forfeit"
    changes: dict[date, int] = {}  # moment → change in the count of earning orders
    first_credit: dict[date, Credit] = {}  # moment → the credit of the first order confirmed then
    for order, confirmed, credit, refund, refund_date, kept in day_views:
        first_credit.setdefault(confirmed, credit)
        changes.setdefault(confirmed, 0)
        unrefunded = order.items_cents - order.discount_cents >= least
        after_refund = kept >= least and not forfeit
        if not refund:
            changes[confirmed] += unrefunded
        elif refund_date is None or refund_date <= confirmed:
            changes[confirmed] += after_refund
        else:
            changes[confirmed] += unrefunded
            changes[refund_date] = changes.get(refund_date, 0) + after_refund - unrefunded
    ref = day_ref(day)
    value = earning = 0
    for moment in sorted(changes):
        earning += changes[moment]
        points = earning * per_order
        new_value = apply_multiplier(min(points, cap) if cap else points, multiplier)
        if new_value != value:
            rule = "F1" if new_value > value else "R1"
            credit = first_credit.get(moment, Credit.CREDITED)
            entries.append(LedgerEntry(moment, new_value - value, rule, Source.ORDER, ref, credit))
            value = new_value
