"""The rolling window: totals at each recalculation and the tier in effect on any date (W1–W6, L3)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from tracker.rules.dates import FIRST_MONTH, day_of_month, days_before, month_end, month_index, month_start
from tracker.rules.entries import LedgerEntry
from tracker.rules.ruleset import RuleSet, Tier


class PointsSeries:
    """Points summed by day, answering "how many points from A through B" in O(log n)."""

    def __init__(self, by_day: Mapping[date, int]) -> None:
        self._by_day = dict(by_day)
        self.days = sorted(self._by_day)
        self._cumulative = [0, *accumulate(self._by_day[day] for day in self.days)]

    @property
    def by_day(self) -> Mapping[date, int]:
        """Points per day (read only: the cumulative sums depend on it)."""
        return self._by_day

    @classmethod
    def from_entries(cls, entries: Iterable[LedgerEntry]) -> PointsSeries:
        by_day: dict[date, int] = {}
        for entry in entries:
            by_day[entry.date] = by_day.get(entry.date, 0) + entry.points
        return cls(by_day)

    def total(self, first: date, last: date) -> int:
        """Points credited from ``first`` through ``last``, both included."""
        lo = bisect_left(self.days, first)
        hi = bisect_right(self.days, last)
        return self._cumulative[hi] - self._cumulative[lo] if hi > lo else 0

    def plus(self, extra: Iterable[tuple[date, int]]) -> PointsSeries:
        """A new series with ``extra`` (day, points) added — how a plan is applied."""
        by_day = dict(self._by_day)
        for day, points in extra:
            by_day[day] = by_day.get(day, 0) + points
        return PointsSeries(by_day)


@dataclass(frozen=True, slots=True)
class Recalculation:
    """The total counted at ``date`` and the tier it gives from ``effective`` on."""

    date: dt.date
    effective: dt.date
    points: int
    tier: Tier


def is_daily(ruleset: RuleSet) -> bool:
    return ruleset.window.kind == "rolling_days"


def window_start(ruleset: RuleSet, recalculation: date) -> date:
    """First day counted by the recalculation on ``recalculation`` (W2, L3); a window reaching
    back before year 1 starts on the calendar's first day (nothing can be credited before it)."""
    if is_daily(ruleset):
        return days_before(recalculation, ruleset.window.days - 1)
    return month_start(max(month_index(recalculation) - ruleset.window.months + 1, FIRST_MONTH))


def effective_date(ruleset: RuleSet, recalculation: date) -> date:
    """When the tier of a recalculation takes effect (W4: the 8th of the next month; L3: same day)."""
    if is_daily(ruleset):
        return recalculation
    return day_of_month(month_index(recalculation) + 1, ruleset.window.effective_day)


def recalculate(series: PointsSeries, ruleset: RuleSet, recalculation: date) -> Recalculation:
    points = series.total(window_start(ruleset, recalculation), recalculation)
    return Recalculation(recalculation, effective_date(ruleset, recalculation), points, ruleset.tier_for(points))


def month_end_recalculation(series: PointsSeries, ruleset: RuleSet, month: int) -> Recalculation:
    return recalculate(series, ruleset, month_end(month))


def last_recalculation_in_effect(ruleset: RuleSet, day: date) -> date | None:
    """The recalculation whose tier is in effect on ``day`` (W4); None early in year 1, when
    that recalculation would fall before the calendar begins."""
    if is_daily(ruleset):
        return day
    month = month_index(day)
    # Before the effective day of this month, last month's tier is not in effect yet.
    behind = 1 if day >= day_of_month(month, ruleset.window.effective_day) else 2
    return month_end(month - behind) if month - behind >= FIRST_MONTH else None


def tier_in_effect(series: PointsSeries, ruleset: RuleSet, day: date) -> Recalculation:
    """The tier in effect on ``day`` and the recalculation that set it (W4, W5, L3).

    With no data before that recalculation its total is 0, which is the lowest tier (W5). Before
    the calendar's first recalculation, that is a recalculation of nothing on its first day.
    """
    when = last_recalculation_in_effect(ruleset, day)
    if when is None:
        return Recalculation(date.min, date.min, 0, ruleset.lowest_tier)
    return recalculate(series, ruleset, when)


def window_total(series: PointsSeries, ruleset: RuleSet, today: date) -> int:
    """W6: what the Member Center shows today — this month's window counted up to today."""
    return series.total(window_start(ruleset, today), today)


def month_end_timeline(
    series: PointsSeries, ruleset: RuleSet, first_month: int, last_month: int
) -> list[Recalculation]:
    """Recalculations at every month end from ``first_month`` through ``last_month`` (month indexes)."""
    return [month_end_recalculation(series, ruleset, m) for m in range(first_month, last_month + 1)]
