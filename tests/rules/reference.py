"""Slow, obvious reference versions of the projections, to check the fast ones against.

Each walks every recalculation one by one, as docs/rules/ words the rule, with no shortcut.
"""

from __future__ import annotations

from datetime import date, timedelta

from tracker.rules import PointsSeries, RuleSet, Settings, Tier
from tracker.rules.dates import add_months, month_end, month_index
from tracker.rules.orders import order_points
from tracker.rules.ruleset import Shopping
from tracker.rules.window import Recalculation, recalculate, window_start


def lapse_by_walking(series: PointsSeries, ruleset: RuleSet, today: date, tier: Tier) -> Recalculation | None:
    """P2 by visiting every recalculation from last month's on, until the window holds nothing."""
    if ruleset.rank(tier) == 0:
        return None
    last_credit = series.days[-1] if series.days else today
    daily = ruleset.window.kind == "rolling_days"
    step = 0
    while True:
        when = today + timedelta(days=1 + step) if daily else month_end(month_index(today) - 1 + step)
        step += 1
        result = recalculate(series, ruleset, when)
        if result.effective > today and ruleset.rank(result.tier) < ruleset.rank(tier):
            return result
        if window_start(ruleset, when) > last_credit and result.effective > today:
            return None  # pragma: no cover - an empty window is the lowest tier, returned above


def plan_by_walking(
    series: PointsSeries, ruleset: RuleSet, settings: Settings, today: date, tier: Tier, count: int = 12
) -> list[tuple[date, int]]:
    """P3's steps (recalculation, points) visiting every coming recalculation, one by one."""
    if ruleset.rank(tier) == 0:
        return []
    if ruleset.window.kind == "rolling_days":
        last = add_months(today, count)
        whens = [today + timedelta(days=n) for n in range(1, (last - today).days + 1)]
    else:
        whens = [month_end(month_index(today) + k) for k in range(count)]
    planned: list[tuple[date, int]] = []
    for when in whens:
        first = window_start(ruleset, when)
        total = series.total(first, when) + sum(p for day, p in planned if first <= day <= when)
        if total < tier.min_points:
            planned.append((when, tier.min_points - total))
    return planned


def cheapest_cents(shopping: Shopping, up_to: int) -> list[int]:
    """The least spending, in whole cents, whose orders earn each number of points from 0 to
    ``up_to`` or more under S1 — found by trying order amounts cent by cent and combining orders
    by dynamic programming over points: no arithmetic shared with the app's own."""
    largest = min(shopping.max_points_per_order or up_to, up_to)
    one_order = [0]  # one_order[k]: the least amount of one order that earns k points or more
    cents = 0
    for k in range(1, largest + 1):
        while order_points(shopping, cents) < k:
            cents += 1
        one_order.append(cents)
    best = [0] * (up_to + 1)
    for total in range(1, up_to + 1):
        best[total] = min(one_order[k] + best[max(0, total - k)] for k in range(1, largest + 1))
    return best
