"""Slow, obvious reference versions of the projections, to check the fast ones against.

Each walks every recalculation one by one, as docs/rules/ words the rule, with no shortcut.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from tracker.rules import Credit, LedgerEntry, PointsSeries, Promotion, RuleSet, Settings, Source, Tier
from tracker.rules.dates import add_months, month_end, month_index
from tracker.rules.entries import day_ref
from tracker.rules.orders import OrderView, apply_multiplier, multiplier_on, order_points
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


def flat_entries_by_walking(
    views: Iterable[OrderView], shopping: Shopping, promotions: Sequence[Promotion]
) -> list[LedgerEntry]:
    """F1 (with R1) as the rule words it: for each order date, the day's value at every
    confirmation and refund among its orders, counting again every order that earns then."""
    by_day: dict[date, list[OrderView]] = {}
    for view in views:
        by_day.setdefault(view.order.order_date, []).append(view)
    cap, per_order = shopping.flat_daily_cap, shopping.flat_points_per_order
    least = max(shopping.min_order_cents, 1)
    entries: list[LedgerEntry] = []
    for day, day_views in by_day.items():
        multiplier = multiplier_on(promotions, day)
        moments = {v.confirmed for v in day_views} | {
            v.refund_date for v in day_views if v.refund_cents and v.refund_date is not None
        }
        value = 0
        for moment in sorted(moments):
            earning = 0
            for view in day_views:
                if view.confirmed > moment:
                    continue
                refunded = view.refund_cents and (view.refund_date is None or view.refund_date <= moment)
                kept = view.kept_cents if refunded else view.order.qualifying_cents
                if kept >= least and not (refunded and shopping.partial_refund == "forfeit"):
                    earning += 1
            points = earning * per_order
            new_value = apply_multiplier(min(points, cap) if cap else points, multiplier)
            if new_value != value:
                confirming = [v for v in day_views if v.confirmed == moment]
                credit = confirming[0].credit if confirming else Credit.CREDITED
                rule = "F1" if new_value > value else "R1"
                entries.append(LedgerEntry(moment, new_value - value, rule, Source.ORDER, day_ref(day), credit))
                value = new_value
    return entries
