"""Looking ahead: the lapse, the keep/reach plan, steady spend, points to the next tier and what
expires when (RULES P1–P6), and :func:`compute_status`, which puts them together.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING

from tracker.collector import collector_paused
from tracker.rules.dates import (
    FIRST_MONTH,
    LAST_MONTH,
    ONE_DAY,
    DateRangeError,
    add_months,
    days_after,
    days_before,
    month_end,
    month_index,
    month_start,
)
from tracker.rules.entries import Credit, LedgerEntry
from tracker.rules.ruleset import RuleSet, Tier
from tracker.rules.settings import Settings
from tracker.rules.window import (
    PointsSeries,
    Recalculation,
    effective_date,
    is_daily,
    last_recalculation_in_effect,
    recalculate,
    tier_in_effect,
    window_start,
    window_total,
)

if TYPE_CHECKING:
    from tracker.rules.records import Records

PLAN_MONTHS = 12  # P3's default count of coming recalculations


def _ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


@dataclass(frozen=True, slots=True)
class Spend:
    """The least spending that earns some points under a rule set's shopping rule."""

    cents: int
    orders: int


@dataclass(frozen=True, slots=True)
class PlanStep:
    """Points to add by a recalculation, and what to buy by when to get them (P3)."""

    recalculation: date
    effective: date  # when the tier it keeps holds from (W4)
    points: int
    spend: Spend
    buy_by: date


@dataclass(frozen=True, slots=True)
class Plan:
    tier: Tier
    steps: tuple[PlanStep, ...]

    @property
    def points(self) -> int:
        return sum(step.points for step in self.steps)

    @property
    def spend_cents(self) -> int:
        return sum(step.spend.cents for step in self.steps)


@dataclass(frozen=True, slots=True)
class Expiry:
    """Points of today's window total that leave at ``recalculation`` (P6)."""

    recalculation: date
    points: int


@dataclass(frozen=True, slots=True)
class TierGap:
    tier: Tier
    points: int


@dataclass(frozen=True, slots=True)
class Status:
    """Everything the dashboard and ``status`` show, as of one date."""

    as_of: date
    ruleset: RuleSet
    tier: Tier  # in effect on as_of (W4, W5)
    in_effect_since: Recalculation
    window_points: int  # W6
    next_recalculation: Recalculation  # end of as_of's month, with expected credits (P1) if included
    to_next_tier: TierGap | None  # P5
    lapse: Recalculation | None  # P2
    expiring: tuple[Expiry, ...]  # P6
    keep_plan: Plan  # P3 for today's tier
    steady_monthly_spend: Spend  # P4
    ledger: tuple[LedgerEntry, ...]  # every entry; sorted by date from compute_status, unordered from a LedgerBook
    expected_points: int  # pending orders' credits still to come (P1)
    # Credited points by day, for anything else that needs window totals (derived from the ledger).
    credited: PointsSeries = field(compare=False, repr=False)
    # Points expected by day from pending orders (P1), whether or not the projections include them:
    # what "of which N expected" needs, also when the status comes from totals without a ledger.
    expected: PointsSeries = field(default_factory=lambda: PointsSeries({}), compare=False, repr=False)


# --- spending (P3, P4) ---------------------------------------------------------------------------


def spend_for_points(ruleset: RuleSet, points: int) -> Spend:
    """The least spending whose orders earn ``points`` at the base rate, S3 bonuses aside (P3).

    aliexpress-2023: $1 a point, at least $2 an order, at most 500 points an order — so the fewest
    orders, each earning a share of the points as even as can be: 501 points are two orders
    earning 251 and 250 for $501 (never $500 + $2). Flat per order: one order of the minimum
    amount per ``flat_points_per_order`` points.
    """
    shopping = ruleset.shopping
    if points <= 0:
        return Spend(0, 0)
    minimum = shopping.min_order_cents
    if shopping.rule == "flat_per_order":
        orders = _ceil_div(points, max(1, min(shopping.flat_points_per_order, shopping.flat_daily_cap or points)))
        return Spend(orders * minimum, orders)
    orders = _ceil_div(points, shopping.max_points_per_order or points)
    share, larger = divmod(points, orders)  # ``larger`` orders earn share + 1, the rest share
    cents = larger * _order_cents(ruleset, share + 1) + (orders - larger) * _order_cents(ruleset, share)
    return Spend(cents, orders)


def _order_cents(ruleset: RuleSet, points: int) -> int:
    """The least an order must cost to earn ``points`` (S1): at least the minimum order."""
    shopping = ruleset.shopping
    needed = points * 100 - (50 if shopping.rounding == "nearest" else 0)
    return max(_ceil_div(needed, shopping.points_per_usd), shopping.min_order_cents)


def steady_monthly_spend(ruleset: RuleSet, settings: Settings, tier: Tier) -> Spend:
    """P4: the monthly spend that holds ``tier`` forever."""
    monthly_points = _ceil_div(tier.min_points, ruleset.window.months)
    return spend_for_points(ruleset, monthly_points - settings.monthly_non_shopping_points)


# --- the walk over coming recalculations ---------------------------------------------------------


def coming_recalculations(ruleset: RuleSet, today: date, count: int) -> list[date]:
    """The next ``count`` recalculations, the first at the end of today's month (P3).

    With a daily window (L3) every day is a recalculation: all days up to ``count`` months ahead.
    """
    if is_daily(ruleset):
        last = add_months(today, count)
        return [today + ONE_DAY * n for n in range(1, (last - today).days + 1)]
    month = month_index(today)
    return [month_end(month + k) for k in range(count)]


def check_as_of(ruleset: RuleSet, as_of: date, months: int = PLAN_MONTHS) -> None:
    """Raise :class:`DateRangeError` when the figures of ``as_of`` would run past 31 December 9999.

    A status looks ahead to its keep plan's last recalculation (``months`` of them, the last taking
    effect a month later) and to the points leaving over the window's months (P3, P6).
    """
    ahead = max(months, ruleset.window.months)
    if month_index(as_of) + ahead > LAST_MONTH:
        latest = month_end(LAST_MONTH - ahead)
        raise DateRangeError(
            f"{as_of.isoformat()} is too late: the figures look {ahead} months ahead and the calendar "
            f"ends on {date.max.isoformat()}; the latest date they can be computed for is {latest.isoformat()}"
        )


def plan_for_tier(
    series: PointsSeries, ruleset: RuleSet, settings: Settings, today: date, tier: Tier, count: int = PLAN_MONTHS
) -> Plan:
    """P3: the points to add, as late as possible, so every coming recalculation reaches ``tier``.

    The lowest tier needs no plan: it cannot be lost, whatever the total.
    """
    check_as_of(ruleset, today, count)
    if ruleset.rank(tier) == 0:
        return Plan(tier, ())
    lag = settings.confirmation_lag_days
    planned: list[tuple[date, int]] = []
    steps = []
    whens = _daily_plan_days(series, ruleset, today, count, planned) if is_daily(ruleset) else None
    for when in whens if whens is not None else coming_recalculations(ruleset, today, count):
        first = window_start(ruleset, when)
        total = series.total(first, when) + sum(points for day, points in planned if first <= day <= when)
        deficit = tier.min_points - total
        if deficit > 0:
            planned.append((when, deficit))
            spend = spend_for_points(ruleset, deficit)
            steps.append(PlanStep(when, effective_date(ruleset, when), deficit, spend, days_before(when, lag)))
    return Plan(tier, tuple(steps))


def _daily_plan_days(
    series: PointsSeries, ruleset: RuleSet, today: date, count: int, planned: list[tuple[date, int]]
) -> Iterator[date]:
    """The days of a daily window's plan on which a deficit can first appear: tomorrow, and each
    day on which points leave the window or a negative entry enters it (L3). On the days between
    the total only grows, so a day-by-day walk would plan nothing more.

    Points the plan adds (appended to ``planned`` by the caller) leave the window too, within a
    plan longer than the window: their leaving days join the walk as it goes.
    """
    last = add_months(today, count)
    length = ruleset.window.days
    days, by_day = series.days, series.by_day
    coming = {days_after(today, 1)}
    for day in days[bisect_left(days, days_before(today, length - 1)) :]:
        if today < day <= last and by_day[day] < 0:
            coming.add(day)
        leaving = days_after(day, length)
        if today < leaving <= last and by_day[day] > 0:
            coming.add(leaving)
    heap = sorted(coming)
    seen = len(planned)
    while heap:
        when = heapq.heappop(heap)
        yield when
        for day, _ in planned[seen:]:
            leaving = days_after(day, length)
            if leaving <= last and leaving not in coming:
                coming.add(leaving)
                heapq.heappush(heap, leaving)
        seen = len(planned)


def find_lapse(series: PointsSeries, ruleset: RuleSet, today: date, tier: Tier) -> Recalculation | None:
    """P2: the earliest recalculation taking effect after today whose tier is below ``tier``.

    There is no horizon: the walk goes on until the window holds no dated credit, however far
    ahead a pending order's credit lies, jumping between the recalculations at which the window
    total can change (a credit entering or leaving it). None at the lowest tier, and when the
    lapse would fall past the calendar's end (year 9999).
    """
    if ruleset.rank(tier) == 0:
        return None
    floor = tier.min_points
    for when in _total_changes(series, ruleset, today):
        points = series.total(window_start(ruleset, when), when)
        if points < floor:
            return Recalculation(when, effective_date(ruleset, when), points, ruleset.tier_for(points))
    return None


def _total_changes(series: PointsSeries, ruleset: RuleSet, today: date) -> list[date]:
    """The recalculations taking effect after today at which the window total may differ from the
    one before — the first such recalculation, and each at which a credit enters or leaves."""
    if is_daily(ruleset):
        return _daily_total_changes(series, ruleset.window.days, today)
    days = series.days
    month, length = month_index(today), ruleset.window.months
    # Last month's recalculation takes effect after today until the 8th.
    first = month - 1 if month > FIRST_MONTH and effective_date(ruleset, month_end(month - 1)) > today else month
    months = {first, month}
    for day in days[bisect_left(days, month_start(max(first - length + 1, FIRST_MONTH))) :]:
        credited = month_index(day)
        months.add(credited)
        months.add(credited + length)
    return [month_end(m) for m in sorted(months) if first <= m < LAST_MONTH]


def _daily_total_changes(series: PointsSeries, length: int, today: date) -> list[date]:
    """L3: a point counts from its day for ``length`` days. Growth cannot start a lapse, so the
    days that matter are tomorrow, each day points leave, and each day a negative entry enters."""
    days, by_day = series.days, series.by_day
    first = days_after(today, 1)
    coming = {first}
    for day in days[bisect_left(days, days_before(first, length - 1)) :]:
        if day > first and by_day[day] < 0:
            coming.add(day)
        leaving = days_after(day, length)
        if first < leaving < date.max and by_day[day] > 0:
            coming.add(leaving)
    return sorted(coming)


def expiring_points(series: PointsSeries, ruleset: RuleSet, today: date) -> tuple[Expiry, ...]:
    """P6: of today's window total, the points that leave at each of the coming recalculations.

    Monthly: at the recalculation ending month M+k, the points credited in month M+k−12 leave.
    Daily (L3): a point leaves ``days`` days after its credit; grouped by month after today.
    """
    months = ruleset.window.months
    if is_daily(ruleset):
        length = ruleset.window.days
        result = []
        for k in range(1, months + 1):
            first_leave, last_leave = add_months(today, k - 1) + ONE_DAY, add_months(today, k)
            credited_first = days_before(first_leave, length)
            credited_last = min(days_before(last_leave, length), today)
            left = series.total(credited_first, credited_last) if last_leave.toordinal() > length else 0
            result.append(Expiry(last_leave, left))
        return tuple(result)
    month = month_index(today)
    result = []
    for k in range(1, months + 1):
        credited = month + k - months
        left = series.total(month_start(credited), min(month_end(credited), today)) if credited >= FIRST_MONTH else 0
        result.append(Expiry(month_end(month + k), left))
    return tuple(result)


# --- status --------------------------------------------------------------------------------------


def compute_status(records: Records, ruleset: RuleSet, settings: Settings, as_of: date) -> Status:
    """All the figures of the dashboard as of ``as_of`` (RULES P0): pure, never reads the clock.

    Raises :class:`DateRangeError` for a date so late that the figures would run past the year 9999.
    """
    check_as_of(ruleset, as_of)
    # The collector stays paused until the status is made: resumed any earlier, it would find the
    # 30,000 entries just made alive and walk them (and the records) again, for nothing.
    # The ledger (and the order rules under it) is imported only here: a status from stored sums
    # (status_from_totals) needs none of it, and ``points-tracker-cli status`` starts faster.
    from tracker.rules.ledger import ledger_with_totals

    with collector_paused():
        ledger, credited, expected = ledger_with_totals(records, ruleset, settings, as_of)
        return status_from_totals(credited, expected, tuple(ledger), ruleset, settings, as_of)


def status_from_ledger(ledger: list[LedgerEntry], ruleset: RuleSet, settings: Settings, as_of: date) -> Status:
    credited: dict[date, int] = {}
    expected: dict[date, int] = {}
    is_expected = Credit.EXPECTED
    # By runs of one date (a sorted ledger has one run a day): twice as fast as entry by entry.
    for day, run in groupby(ledger, itemgetter(0)):
        credited_points = expected_points = 0
        for entry in run:
            if entry[5] is is_expected:
                expected_points += entry[1]
            else:
                credited_points += entry[1]
        if credited_points:
            credited[day] = credited.get(day, 0) + credited_points
        if expected_points:
            expected[day] = expected.get(day, 0) + expected_points
    return status_from_totals(credited, expected, tuple(ledger), ruleset, settings, as_of)


def first_day_read(ruleset: RuleSet, as_of: date) -> date:
    """The first day whose credited points :func:`status_from_totals` reads as of ``as_of``: the
    window of the recalculation in effect (W4), which starts before today's (W6) and before those
    of the recalculations to come (P2, P3, P6). Points credited earlier change no figure of the
    status, so the window can show it from the records that reach this day (``Figures.since``)."""
    first = window_start(ruleset, as_of)
    in_effect = last_recalculation_in_effect(ruleset, as_of)
    return first if in_effect is None else min(first, window_start(ruleset, in_effect))


def status_from_totals(
    credited: dict[date, int],
    expected: dict[date, int],
    ledger: tuple[LedgerEntry, ...],
    ruleset: RuleSet,
    settings: Settings,
    as_of: date,
) -> Status:
    """The status from points per day: credited (on or before ``as_of``) and expected after it."""
    check_as_of(ruleset, as_of)
    actual = PointsSeries(credited)
    pending = PointsSeries(expected)
    projected = actual.plus(expected.items()) if settings.include_pending else actual
    in_effect = tier_in_effect(actual, ruleset, as_of)
    tier = in_effect.tier
    next_recalculation = recalculate(projected, ruleset, month_end(month_index(as_of)))
    above = ruleset.tier_above(next_recalculation.tier)
    to_next = TierGap(above, above.min_points - next_recalculation.points) if above else None
    return Status(
        as_of=as_of,
        ruleset=ruleset,
        tier=tier,
        in_effect_since=in_effect,
        window_points=window_total(actual, ruleset, as_of),
        next_recalculation=next_recalculation,
        to_next_tier=to_next,
        lapse=find_lapse(projected, ruleset, as_of, tier),
        expiring=expiring_points(actual, ruleset, as_of),
        keep_plan=plan_for_tier(projected, ruleset, settings, as_of, tier),
        steady_monthly_spend=steady_monthly_spend(ruleset, settings, tier),
        ledger=ledger,
        expected_points=sum(expected.values()),
        credited=actual,
        expected=pending,
    )
