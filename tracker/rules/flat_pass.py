"""F1 in one pass over the orders, for a flat rule set where one order earns its day's whole cap.

:func:`~tracker.rules.orders.orders_as_of` then :func:`~tracker.rules.flat.flat_order_entries`
make a view of every order and group the views by order date again: most of a flat status's
time. Where one order of $2 or more earns the day's whole cap (the shipped rule set: 5 points an
order, at most 5 a day), a day's value depends only on *whether* any of its orders earns at a
moment, not on how many do. Each order earns on one interval of dates, ``[confirmed, until)``:

* from its confirmation on, for good, when it qualifies then and a refund cannot take it below
  the minimum (or its refund came on or before the confirmation and it still qualifies);
* from its confirmation until a later refund's date, when that refund takes it below the minimum;
* never (an empty interval), otherwise.

So :func:`flat_entries_in_one_pass` keeps, per order date, only the earliest start of an order that
earns for good, and lists the few orders that do not (refunded or too small); a day's entries are
the moments its union of intervals turns on (F1) and off (R1). Each entry is marked as the first
order (in the order given) confirmed on its date is, as the walk of every order does. The result
is the same list, entry for entry and in the same order; a property test holds it to that walk.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from tracker.rules.dates import days_after
from tracker.rules.entries import Credit, LedgerEntry, Source, day_ref, new_entry
from tracker.rules.orders import _LONGEST_LAG, DayBook, _later, apply_multiplier, multiplier_on
from tracker.rules.records import Order, OrderStatus, Promotion, Settings
from tracker.rules.ruleset import Shopping

# One order date's orders: [the earliest start of its orders that earn for good (date), that
# order's position among the orders given (int, -1: none yet), its credit (Credit), the other
# orders as _Other tuples (list, or None while there are none)]. A list, not a class: it is read
# and written once per order of 20,000.
_Day = list[Any]
_Other = tuple[date, int, Credit, date]  # (confirmed, position, credit, until)


def flat_in_one_pass(shopping: Shopping) -> bool:
    """Whether :func:`flat_entries_in_one_pass` applies: F1, with one order earning the day's cap."""
    cap = shopping.flat_daily_cap
    return shopping.rule == "flat_per_order" and cap > 0 and shopping.flat_points_per_order >= cap


def flat_entries_in_one_pass(
    orders: Iterable[Order],
    settings: Settings,
    as_of: date,
    shopping: Shopping,
    promotions: Sequence[Promotion],
    days: DayBook,
) -> list[LedgerEntry]:
    """``flat_order_entries(orders_as_of(orders, …), …)`` for a rule set where
    :func:`flat_in_one_pass`; notes each order date's purchases in ``days`` as
    :func:`~tracker.rules.orders.orders_as_of` does."""
    flat_days = _flat_days(orders, settings, as_of, shopping, days)
    entries: list[LedgerEntry] = []
    cap = shopping.flat_daily_cap
    order_source = Source.ORDER
    for day, (start, first, credit, others) in flat_days.items():
        value = apply_multiplier(cap, multiplier_on(promotions, day)) if promotions else cap
        if others is None:  # every order of the day earns for good: the day's cap on the first
            entries.append(new_entry((start, value, "F1", order_source, day_ref(day), credit)))
        else:
            _day_with_others(entries, day, value, (start, first, credit), others)
    return entries


def _flat_days(
    orders: Iterable[Order], settings: Settings, as_of: date, shopping: Shopping, days: DayBook
) -> dict[date, _Day]:
    """Each order date's :data:`_Day`, in the order the dates first come (cancelled orders and
    orders placed after ``as_of`` left out); the confirmations and refunds reckoned as
    :func:`~tracker.rules.orders.orders_as_of` does."""
    lag = timedelta(days=min(settings.confirmation_lag_days, _LONGEST_LAG))
    tomorrow = days_after(as_of, 1)
    confirmed_status, cancelled = OrderStatus.CONFIRMED, OrderStatus.CANCELLED
    credited, estimated, expected = Credit.CREDITED, Credit.ESTIMATED, Credit.EXPECTED
    kept_days, lost_days = days.kept, days.lost
    least = max(shopping.min_order_cents, 1)
    forfeit = shopping.partial_refund == "forfeit"
    flat_days: dict[date, _Day] = {}
    for position, order in enumerate(orders):
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
        refund, refund_date = 0, order.refund_date
        if order.refund_cents > 0 and (refund_date is None or refund_date <= as_of):
            refund = order.refund_cents
        kept = qualifying - refund
        until: date | None = None  # None: it earns for good from its confirmation
        if kept >= least:
            day = kept_days.get(ordered)
            if day is None:
                kept_days[ordered] = set(order.categories)
            else:
                day.update(order.categories)
            if refund and forfeit:
                # S2 forfeit: a refund by its confirmation leaves it nothing, a later one takes it back
                until = confirmed if refund_date is None or refund_date <= confirmed else refund_date
        else:
            if refund and refund_date is not None and refund_date > ordered and qualifying >= least:
                lost_days.setdefault(ordered, []).append((refund_date, order.categories))
            # below the minimum: never earns, or earns until a refund after its confirmation
            if refund and refund_date is not None and refund_date > confirmed and qualifying >= least:
                until = refund_date
            else:
                until = confirmed
        found = flat_days.get(ordered)
        if until is not None:
            _add_other(flat_days, ordered, (confirmed, position, credit, until))
        elif found is None:
            flat_days[ordered] = [confirmed, position, credit, None]
        elif confirmed < found[0] or found[1] < 0:  # the earliest, and the first of those (strictly)
            found[0], found[1], found[2] = confirmed, position, credit
    return flat_days


def _add_other(flat_days: dict[date, _Day], ordered: date, other: _Other) -> None:
    """Note an order that does not earn for good among its order date's others."""
    found = flat_days.get(ordered)
    if found is None:
        flat_days[ordered] = [date.max, -1, Credit.CREDITED, [other]]
    elif found[3] is None:
        found[3] = [other]
    else:
        found[3].append(other)


def _day_with_others(
    entries: list[LedgerEntry],
    day: date,
    value: int,
    for_good: tuple[date, int, Credit],
    others: list[_Other],
) -> None:
    """F1 and R1 for an order date with orders that do not earn for good: an entry of ``value``
    at each moment the day's first earning order starts, and one taking it back at each moment
    its last earning order stops (R1), until an order earning for good holds it."""
    start, first, _ = for_good
    changes: dict[date, int] = {}  # moment → change in the count of earning orders
    if first >= 0:
        changes[start] = 1
    for confirmed, _, _, until in others:
        if until != confirmed:
            changes[confirmed] = changes.get(confirmed, 0) + 1
            changes[until] = changes.get(until, 0) - 1
    ref = day_ref(day)
    earning, earns = 0, False
    for moment in sorted(changes):
        earning += changes[moment]
        if (earning > 0) is not earns:
            earns = not earns
            credit = _first_credit(moment, for_good, others)
            points, rule = (value, "F1") if earns else (-value, "R1")
            entries.append(new_entry((moment, points, rule, Source.ORDER, ref, credit)))


def _first_credit(moment: date, for_good: tuple[date, int, Credit], others: list[_Other]) -> Credit:
    """The credit of the day's first order (in the order given) confirmed on ``moment``; credited
    when none is. An order earning for good that is not the first of them is confirmed after the
    day's value is held for good, so no entry comes on its date (or one of them comes first)."""
    start, first, credit = for_good
    found = (first, credit) if first >= 0 and start == moment else None
    for confirmed, position, other_credit, _ in others:
        if confirmed == moment and (found is None or position < found[0]):
            found = (position, other_credit)
    return Credit.CREDITED if found is None else found[1]
