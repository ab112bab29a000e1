"""What each chart shows, computed from the rules' results: plain numbers and dates, no drawing.

The drawing functions (:mod:`tracker.charts.draw`), the Qt table views and the tests all read
these small frozen dataclasses, so a chart and its table can never disagree. Sequences are
tuples (read them like lists) so the dataclasses stay truly immutable.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby, islice
from operator import itemgetter, le

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.rules import Credit, LedgerEntry, Plan, PointsSeries, RuleSet, Settings, Source, Status, Tier
from tracker.rules.dates import month_index, month_start
from tracker.rules.projection import find_lapse, plan_for_tier
from tracker.rules.window import is_daily, month_end_timeline, tier_in_effect, window_total

# What a shopper calls each source, in the order the sources chart stacks them.
SOURCE_LABELS: dict[Source, str] = {
    Source.ORDER: QT_TRANSLATE_NOOP("Charts", "Orders"),
    Source.MULTI_CATEGORY: QT_TRANSLATE_NOOP("Charts", "Multi-category days"),
    Source.PURCHASE_DAY: QT_TRANSLATE_NOOP("Charts", "Purchase days"),
    Source.REVIEW: QT_TRANSLATE_NOOP("Charts", "Reviews"),
    Source.VISIT: QT_TRANSLATE_NOOP("Charts", "Visits"),
    Source.POST: QT_TRANSLATE_NOOP("Charts", "Club posts"),
    Source.FOLLOW: QT_TRANSLATE_NOOP("Charts", "Store follows"),
    Source.BONUS: QT_TRANSLATE_NOOP("Charts", "Bonus"),
    Source.ADJUSTMENT: QT_TRANSLATE_NOOP("Charts", "Adjustments"),
}


# --- the dataclasses -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TierBand:
    """A tier's range of window totals: ``low`` through ``high`` (``None``: no upper end)."""

    name: str
    low: int
    high: int | None


@dataclass(frozen=True, slots=True)
class CheckMark:
    """A check against AliExpress as the timeline shows it (the front ends make them from
    :mod:`tracker.report.check`'s results)."""

    day: date
    agrees: bool  # or its difference was accepted
    words: str  # what the pointer over it says: "AliExpress: 1,204 · here: 1,180 · 24 missing"


@dataclass(frozen=True, slots=True)
class TimelineData:
    """Month-end recalculations over the past and coming months (W1–W4), with the lapse (P2).

    Index ``i`` of every per-month tuple is the recalculation at ``recalculations[i]``. The first
    ``history_count`` have happened (months before today's); the rest are projected with no new
    activity. ``points`` counts credited entries only; ``with_expected`` adds the credits
    expected from pending orders (P1) when the settings include them; ``with_plan`` adds a plan's
    points on top of that, and the ``plan_…`` fields say what the tier does with them: when it
    lapses (P2 over the planned totals) or, for a plan to reach a higher tier, when that tier
    takes effect.
    """

    today: date
    window_label: str  # "12-month window", "365-day window"
    recalculations: tuple[date, ...]
    effective: tuple[date, ...]  # when each total's tier takes effect (the 8th of the next month)
    history_count: int
    points: tuple[int, ...]
    with_expected: tuple[int, ...]
    tiers: tuple[str, ...]  # the tier of each ``with_expected`` total (W3)
    bands: tuple[TierBand, ...]
    tier_now: str  # in effect today
    window_points: int  # W6
    lapse: date | None  # P2's recalculation …
    lapse_effective: date | None  # … the day the tier drops …
    lapse_points: int | None  # … its total …
    lapse_tier: str | None  # … and the tier after it
    with_plan: tuple[int, ...] | None = None
    plan_tier: str | None = None
    plan_lapse_effective: date | None = None
    plan_lapse_points: int | None = None
    plan_lapse_tier: str | None = None
    plan_reached: date | None = None  # a higher ``plan_tier``: the day it takes effect
    checks: tuple[CheckMark, ...] = ()  # the checks against AliExpress, oldest first
    unchecked_from: date | None = None  # the latest check differs: the figures after it are unchecked

    @property
    def next_effective(self) -> date:
        """Where the last step ends: the effective date after the last one shown."""
        if len(self.effective) >= 2:
            return self.effective[-1] + (self.effective[-1] - self.effective[-2])
        return self.effective[-1]

    @property
    def has_expected(self) -> bool:
        return self.with_expected != self.points


@dataclass(frozen=True, slots=True)
class ExpiringData:
    """P6: how many of today's window points leave at each of the coming recalculations."""

    today: date
    recalculations: tuple[date, ...]
    points: tuple[int, ...]
    remaining: tuple[int, ...]  # of today's points, what is left after each recalculation
    window_points: int  # W6: what they add up to
    tier: str
    tier_min: int


@dataclass(frozen=True, slots=True)
class PlanData:
    """P3: what to spend by when to keep or reach ``tier``, and the timeline with the plan applied."""

    today: date
    tier: str
    tier_min: int
    recalculations: tuple[date, ...]
    effective: tuple[date, ...]
    points: tuple[int, ...]
    spend_cents: tuple[int, ...]
    orders: tuple[int, ...]
    buy_by: tuple[date, ...]
    timeline: TimelineData

    @property
    def total_spend_cents(self) -> int:
        return sum(self.spend_cents)


@dataclass(frozen=True, slots=True)
class SourceSeries:
    source: Source
    label: str
    points: tuple[int, ...]  # net points per month (refunds and corrections can make it negative)


@dataclass(frozen=True, slots=True)
class SourcesData:
    """Points credited each month, by where they came from."""

    months: tuple[date, ...]  # the 1st of each month
    series: tuple[SourceSeries, ...]  # only sources with any points, in :data:`SOURCE_LABELS` order
    totals: tuple[int, ...]


# --- computing them ------------------------------------------------------------------------------


_DAY, _POINTS = itemgetter(0), itemgetter(1)

# The last few ledgers' series: after an edit the timeline and the plan chart read the same
# ledger (a status's), and summing 30,000 entries is most of the time a chart's data takes.
# Keyed by identity; each value keeps its ledger alive so an id is never reused while cached.
_SERIES_CACHE: dict[tuple[int, bool], tuple[object, PointsSeries, PointsSeries]] = {}
_CACHE_SIZE = 4


def _by_day(entries: Iterable[LedgerEntry]) -> dict[date, int]:
    """Points summed by day. A ledger is in date order, so each day is one run to sum in C; an
    unsorted one still sums right, a day's runs adding up.
    """
    totals: dict[date, int] = {}
    get = totals.get
    for day, run in groupby(entries, _DAY):
        totals[day] = get(day, 0) + sum(map(_POINTS, run))
    return totals


def _series(ledger: Iterable[LedgerEntry], include_expected: bool) -> tuple[PointsSeries, PointsSeries]:
    """The credited series and the projected one (with expected credits when asked)."""
    key = (id(ledger), include_expected)
    cached = _SERIES_CACHE.get(key)
    if cached is not None and cached[0] is ledger and isinstance(ledger, tuple):
        return cached[1], cached[2]
    is_expected = Credit.EXPECTED  # a local: an enum member lookup per entry is slow
    entries = ledger if isinstance(ledger, (tuple, list)) else list(ledger)
    pending = [entry for entry in entries if entry[5] is is_expected]
    if pending:
        entries = [entry for entry in entries if entry[5] is not is_expected]
    credited, expected = _by_day(entries), _by_day(pending)
    actual = PointsSeries(credited)
    projected = actual.plus(expected.items()) if include_expected and expected else actual
    if isinstance(ledger, tuple):  # immutable: safe to remember
        if len(_SERIES_CACHE) >= _CACHE_SIZE:
            del _SERIES_CACHE[next(iter(_SERIES_CACHE))]
        _SERIES_CACHE[key] = (ledger, actual, projected)
    return actual, projected


def _bands(ruleset: RuleSet) -> tuple[TierBand, ...]:
    tiers = ruleset.tiers
    return tuple(
        TierBand(tier.name, tier.min_points, tiers[i + 1].min_points - 1 if i + 1 < len(tiers) else None)
        for i, tier in enumerate(tiers)
    )


def window_label(ruleset: RuleSet) -> str:
    if is_daily(ruleset):
        days = ruleset.window.days
        return translate("Charts", "%n-day window", None, days)
    months = ruleset.window.months
    return translate("Charts", "%n-month window", None, months)


def timeline_data(
    ledger: Iterable[LedgerEntry],
    ruleset: RuleSet,
    settings: Settings,
    today: date,
    plan: Plan | None = None,
    *,
    past_months: int = 12,
    coming_months: int = 12,
    checks: Sequence[CheckMark] = (),
    unchecked_from: date | None = None,
) -> TimelineData:
    """Month-end totals from ``past_months`` before today's month through ``coming_months`` after it.

    History comes from credited entries; the projection assumes no new activity, with and
    without the credits expected from pending orders (P1, when ``settings.include_pending``).
    The range reaches further when the lapse (P2) is later than its end. ``checks`` are the
    checks against AliExpress, shown where they were made; ``unchecked_from`` the day of the
    latest one when it differs.
    """
    actual, projected = _series(ledger, settings.include_pending)
    current = month_index(today)
    tier_now = tier_in_effect(actual, ruleset, today).tier
    lapse = find_lapse(projected, ruleset, today, tier_now)
    last = current + coming_months
    if lapse is not None:
        last = max(last, month_index(lapse.date))
    first = current - past_months
    without = month_end_timeline(actual, ruleset, first, last)
    with_expected = without if projected is actual else month_end_timeline(projected, ruleset, first, last)
    with_plan = plan_lapse = plan_reached = None
    if plan is not None:
        planned = projected.plus((step.recalculation, step.points) for step in plan.steps)
        planned_timeline = month_end_timeline(planned, ruleset, first, last)
        with_plan = tuple(r.points for r in planned_timeline)
        plan_lapse = find_lapse(planned, ruleset, today, tier_now)
        if plan_lapse is not None and month_index(plan_lapse.date) > last:
            plan_lapse = None  # P2 has no horizon: past the chart, the plan's points run out
        wanted = plan.tier.min_points
        if wanted > tier_now.min_points:
            plan_reached = next(
                (r.effective for r in planned_timeline if r.effective > today and r.points >= wanted), None
            )
    return TimelineData(
        today=today,
        window_label=window_label(ruleset),
        recalculations=tuple(r.date for r in without),
        effective=tuple(r.effective for r in without),
        history_count=past_months,
        points=tuple(r.points for r in without),
        with_expected=tuple(r.points for r in with_expected),
        tiers=tuple(r.tier.name for r in with_expected),
        bands=_bands(ruleset),
        tier_now=tier_now.name,
        window_points=window_total(actual, ruleset, today),
        lapse=lapse.date if lapse else None,
        lapse_effective=lapse.effective if lapse else None,
        lapse_points=lapse.points if lapse else None,
        lapse_tier=lapse.tier.name if lapse else None,
        with_plan=with_plan,
        plan_tier=plan.tier.name if plan is not None else None,
        plan_lapse_effective=plan_lapse.effective if plan_lapse else None,
        plan_lapse_points=plan_lapse.points if plan_lapse else None,
        plan_lapse_tier=plan_lapse.tier.name if plan_lapse else None,
        plan_reached=plan_reached,
        checks=tuple(sorted(checks, key=lambda mark: mark.day)),
        unchecked_from=unchecked_from,
    )


def expiring_data(status: Status) -> ExpiringData:
    """P6 from a status: the points leaving at each coming recalculation and what is left after."""
    remaining = []
    left = status.window_points
    for expiry in status.expiring:
        left -= expiry.points
        remaining.append(left)
    return ExpiringData(
        today=status.as_of,
        recalculations=tuple(e.recalculation for e in status.expiring),
        points=tuple(e.points for e in status.expiring),
        remaining=tuple(remaining),
        window_points=status.window_points,
        tier=status.tier.name,
        tier_min=status.tier.min_points,
    )


def plan_for(status: Status, settings: Settings, tier: Tier | None = None, months: int = 12) -> Plan:
    """P3 for ``tier`` (default: today's) over the same series the status projects with."""
    tier = tier or status.tier
    if tier == status.keep_plan.tier and months == 12:
        return status.keep_plan
    _, projected = _series(status.ledger, settings.include_pending)
    return plan_for_tier(projected, status.ruleset, settings, status.as_of, tier, months)


def plan_data(status: Status, settings: Settings, plan: Plan | None = None, *, past_months: int = 1) -> PlanData:
    """The plan's spend per month with buy-by dates (P3), and the timeline with it applied.

    ``plan`` defaults to the status's plan to keep today's tier; pass :func:`plan_for` with
    another tier for the plan to reach it.
    """
    plan = plan if plan is not None else status.keep_plan
    steps = plan.steps
    # The timeline ends with the plan's last recalculation (P3: the current month's and 11 more).
    coming = max([11, *(month_index(s.recalculation) - month_index(status.as_of) for s in steps)])
    timeline = timeline_data(
        status.ledger, status.ruleset, settings, status.as_of, plan, past_months=past_months, coming_months=coming
    )
    return PlanData(
        today=status.as_of,
        tier=plan.tier.name,
        tier_min=plan.tier.min_points,
        recalculations=tuple(s.recalculation for s in steps),
        effective=tuple(s.effective for s in steps),
        points=tuple(s.points for s in steps),
        spend_cents=tuple(s.spend.cents for s in steps),
        orders=tuple(s.spend.orders for s in steps),
        buy_by=tuple(s.buy_by for s in steps),
        timeline=timeline,
    )


def sources_data(
    ledger: Iterable[LedgerEntry], first_month: date, last_month: date, *, include_expected: bool = False
) -> SourcesData:
    """Net points credited each month from ``first_month`` through ``last_month`` (any day of each),
    by source. Credits expected from pending orders are left out unless asked for.
    """
    first, last = month_index(first_month), month_index(last_month)
    count = max(0, last - first + 1)
    by_source: dict[Source, list[int]] = {}
    start, end = month_start(first), month_start(last + 1)
    entries: Sequence[LedgerEntry] = ledger if isinstance(ledger, Sequence) else list(ledger)
    if len(entries) >= 2_000:
        # A ledger is in date order (build_ledger sorts it): then only the months asked for need
        # walking. Checked in C, in about a millisecond for 10 years.
        days = list(map(_DAY, entries))
        if all(map(le, days, islice(days, 1, None))):
            entries = entries[bisect_left(days, start) : bisect_left(days, end)]
    is_expected = Credit.EXPECTED
    for day, points, _, source, _, credit in entries:
        if not start <= day < end or (credit is is_expected and not include_expected):
            continue
        row = by_source.get(source)
        if row is None:
            row = by_source[source] = [0] * count
        row[(day.year * 12 + day.month - 1) - first] += points
    series = tuple(
        SourceSeries(source, translate("Charts", label), tuple(by_source[source]))
        for source, label in SOURCE_LABELS.items()
        if source in by_source and any(by_source[source])
    )
    totals = tuple(sum(s.points[i] for s in series) for i in range(count))
    return SourcesData(tuple(month_start(first + i) for i in range(count)), series, totals)
