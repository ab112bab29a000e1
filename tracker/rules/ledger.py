"""Earning: the shopper's records → a ledger of dated point entries, each naming its rule.

One function, :func:`build_ledger`, applies RULES S1–S9 (and the legacy L1/L2 and flat F1
variants) as of a date D (RULES P0): records dated after D do not exist yet, refunds after D have
not happened, and an order placed by D but confirmed after D is pending on D — its credit is an
*expected* entry on the date it should be confirmed (P1). Orders are dealt with in
:mod:`tracker.rules.orders`, where every loss a refund causes is dated on the refund (R1); the
fan points and hand-entered entries here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from itertools import chain
from operator import itemgetter

from tracker.collector import collector_paused
from tracker.rules.dates import month_index
from tracker.rules.entries import Credit, LedgerEntry, Source, new_entry
from tracker.rules.flat import flat_order_entries
from tracker.rules.flat_pass import flat_entries_in_one_pass, flat_in_one_pass
from tracker.rules.order_pass import crowded_product_slots, earns_in_one_pass, order_entries_in_one_pass
from tracker.rules.orders import DayBook, order_day_entries, orders_as_of
from tracker.rules.records import PointsEntry, Records, Review, Settings
from tracker.rules.ruleset import MonthlyCapped, RuleSet

__all__ = ["Credit", "LedgerEntry", "Source", "build_ledger", "points_by_ref"]


def build_ledger(records: Records, ruleset: RuleSet, settings: Settings, as_of: date) -> list[LedgerEntry]:
    """All point entries the records earn as of ``as_of``, sorted by date.

    Entries dated after ``as_of`` are always :attr:`Credit.EXPECTED`; callers leave them out
    when the shopper turns pending orders off.
    """
    with collector_paused():
        return sort_by_date(_unsorted_ledger(records, ruleset, settings, as_of))


def _unsorted_ledger(records: Records, ruleset: RuleSet, settings: Settings, as_of: date) -> list[LedgerEntry]:
    days = DayBook()
    shopping = ruleset.shopping
    entries: list[LedgerEntry]
    if earns_in_one_pass(shopping):
        slots = crowded_product_slots(records.orders, settings, as_of, shopping)
        entries = order_entries_in_one_pass(records.orders, settings, as_of, shopping, records.promotions, days, slots)
    elif flat_in_one_pass(shopping):
        entries = flat_entries_in_one_pass(records.orders, settings, as_of, shopping, records.promotions, days)
    else:
        orders = orders_as_of(records.orders, settings, as_of, shopping.min_order_cents, days)
        entries = flat_order_entries(orders, shopping, records.promotions)
    entries += order_day_entries(days, ruleset)
    entries += _review_entries(records.reviews, ruleset, as_of)
    entries += _capped_entries(
        ((v.date, v.ref) for v in records.visits), ruleset.visits, "S5", Source.VISIT, as_of, one_per_day=True
    )
    entries += _capped_entries(((p.date, p.ref) for p in records.posts), ruleset.club_posts, "S6", Source.POST, as_of)
    entries += _capped_entries(
        ((f.date, f.ref) for f in records.follows), ruleset.store_follows, "S7", Source.FOLLOW, as_of
    )
    entries += _points_entries(records.entries, as_of)
    return entries


def ledger_with_totals(
    records: Records, ruleset: RuleSet, settings: Settings, as_of: date
) -> tuple[list[LedgerEntry], dict[date, int], dict[date, int]]:
    """:func:`build_ledger`'s entries, and the points they credit and expect per day (days
    whose points add up to nothing left out): what a status needs.

    An entry is expected exactly when it is dated after ``as_of`` (P0, P1: what happened by then
    is credited; a pending order's credit never comes before tomorrow), so the days are split by
    date rather than each entry looked at — a third of the time. That needs a tomorrow inside
    the calendar, which :func:`~tracker.rules.projection.check_as_of` makes sure of; a property
    test holds the totals to a split by each entry's credit.
    """
    with collector_paused():
        by_day = _entries_by_day(_unsorted_ledger(records, ruleset, settings, as_of))
    days = sorted(by_day)
    runs = list(map(by_day.__getitem__, days))
    points_of = itemgetter(1)
    totals = [sum(map(points_of, run)) for run in runs]
    split = bisect_right(days, as_of)
    credited = {day: points for day, points in zip(days[:split], totals[:split], strict=True) if points}
    expected = {day: points for day, points in zip(days[split:], totals[split:], strict=True) if points}
    return list(chain.from_iterable(runs)), credited, expected


def sort_by_date(entries: Iterable[LedgerEntry]) -> list[LedgerEntry]:
    """``sorted(entries, key=date)``, stable, in a fraction of the time."""
    by_day = _entries_by_day(entries)
    return list(chain.from_iterable(map(by_day.__getitem__, sorted(by_day))))


def _entries_by_day(entries: Iterable[LedgerEntry]) -> dict[date, list[LedgerEntry]]:
    """The entries of each day, each day's in the order given — a stable sort by date once the
    days are sorted: a heavy history has some 30,000 entries on a few thousand days, and
    comparing dates is slow where hashing them is not."""
    by_day: dict[date, list[LedgerEntry]] = {}
    for entry in entries:
        day = entry[0]
        run = by_day.get(day)
        if run is None:
            by_day[day] = [entry]
        else:
            run.append(entry)
    return by_day


def _points_entries(entries: Iterable[PointsEntry], as_of: date) -> list[LedgerEntry]:
    """S8: bonus and adjustment entries count as entered."""
    return [
        LedgerEntry(
            entry.date, entry.points, "S8", Source.ADJUSTMENT if entry.kind == "adjustment" else Source.BONUS, entry.ref
        )
        for entry in entries
        if entry.date <= as_of and entry.points
    ]


# --- fan points ----------------------------------------------------------------------------------


def _review_entries(reviews: Iterable[Review], ruleset: RuleSet, as_of: date) -> list[LedgerEntry]:
    rule = ruleset.reviews
    if not rule.points:
        return []
    minimum = rule.min_item_cents
    points, source, credited = rule.points, Source.REVIEW, Credit.CREDITED
    return [
        new_entry((review.date, points, "S4", source, review.ref, credited))
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
    points, cap, credited = rule.points, rule.monthly_cap, Credit.CREDITED
    for day, ref in chosen:
        if one_per_day and day == last_day:
            continue
        last_day = day
        month = month_index(day)
        if cap and per_month[month] >= cap:
            continue
        per_month[month] += 1
        # new_entry, not LedgerEntry(…): the NamedTuple's own __new__ is Python, 3,650 visits
        entries.append(new_entry((day, points, rule_id, source, ref, credited)))
    return entries


def points_by_ref(entries: Iterable[LedgerEntry]) -> dict[str, int]:
    """Total points per record reference, for showing what each record earned."""
    totals: dict[str, int] = defaultdict(int)
    for entry in entries:
        totals[entry.ref] += entry.points
    return dict(totals)
