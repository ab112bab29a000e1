"""Looking ahead: the lapse, the keep/reach plan, steady spend, points to the next tier and what
expires when (RULES P1–P6), and :func:`compute_status`, which puts them together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from tracker.rules.dates import add_months, month_end, month_index, month_start
from tracker.rules.ledger import Credit, LedgerEntry, build_ledger
from tracker.rules.records import Records, Settings
from tracker.rules.ruleset import RuleSet, Tier
from tracker.rules.window import (
    PointsSeries,
    Recalculation,
    effective_date,
    is_daily,
    recalculate,
    tier_in_effect,
    window_start,
    window_total,
)

ONE_DAY = timedelta(days=1)


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


# --- spending (P3, P4) ---------------------------------------------------------------------------


def spend_for_points(ruleset: RuleSet, points: int) -> Spend:
    """The least spending whose orders earn ``points`` at the base rate, S3 bonuses aside.

    aliexpress-2023: $1 a point, at least $2 an order, at most 500 points an order.
    Flat per order: one order of the minimum amount per ``flat_points_per_order`` points.
    """
    shopping = ruleset.shopping
    if points <= 0:
        return Spend(0, 0)
    minimum = shopping.min_order_cents
    if shopping.rule == "flat_per_order":
        orders = _ceil_div(points, shopping.flat_points_per_order)
        return Spend(orders * minimum, orders)
    per_order = shopping.max_points_per_order or points
    orders = _ceil_div(points, per_order)
    cents = 0
    for index in range(orders):
        chunk = min(per_order, points - index * per_order)
        needed = chunk * 100 - (50 if shopping.rounding == "nearest" else 0)
        cents += max(_ceil_div(needed, shopping.points_per_usd), minimum)
    return Spend(cents, orders)


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


def plan_for_tier(
    series: PointsSeries, ruleset: RuleSet, settings: Settings, today: date, tier: Tier, count: int = 12
) -> Plan:
    """P3: the points to add, as late as possible, so every coming recalculation reaches ``tier``."""
    lag = timedelta(days=settings.confirmation_lag_days)
    planned: list[tuple[date, int]] = []
    steps = []
    for when in coming_recalculations(ruleset, today, count):
        first = window_start(ruleset, when)
        total = series.total(first, when) + sum(points for day, points in planned if first <= day <= when)
        deficit = tier.min_points - total
        if deficit > 0:
            planned.append((when, deficit))
            spend = spend_for_points(ruleset, deficit)
            steps.append(PlanStep(when, effective_date(ruleset, when), deficit, spend, when - lag))
    return Plan(tier, tuple(steps))


def find_lapse(series: PointsSeries, ruleset: RuleSet, today: date, tier: Tier) -> Recalculation | None:
    """P2: the earliest recalculation taking effect after today whose tier is below ``tier``."""
    if ruleset.rank(tier) == 0:
        return None
    if is_daily(ruleset):
        candidates = [today + ONE_DAY * n for n in range(1, ruleset.window.days + 2)]
    else:
        month = month_index(today)
        # Last month's recalculation may not have taken effect yet (before the 8th).
        candidates = [month_end(month + k) for k in range(-1, ruleset.window.months + 2)]
    for when in candidates:
        result = recalculate(series, ruleset, when)
        if result.effective > today and ruleset.rank(result.tier) < ruleset.rank(tier):
            return result
    return None  # pragma: no cover - every window empties after its length


def expiring_points(series: PointsSeries, ruleset: RuleSet, today: date) -> tuple[Expiry, ...]:
    """P6: of today's window total, the points that leave at each of the coming recalculations.

    Monthly: at the recalculation ending month M+k, the points credited in month M+k−12 leave.
    Daily (L3): a point leaves ``days`` days after its credit; grouped by month after today.
    """
    months = ruleset.window.months
    if is_daily(ruleset):
        days = timedelta(days=ruleset.window.days)
        result = []
        for k in range(1, months + 1):
            first_leave, last_leave = add_months(today, k - 1) + ONE_DAY, add_months(today, k)
            result.append(Expiry(last_leave, series.total(first_leave - days, min(last_leave - days, today))))
        return tuple(result)
    month = month_index(today)
    result = []
    for k in range(1, months + 1):
        credited = month + k - months
        left = series.total(month_start(credited), min(month_end(credited), today))
        result.append(Expiry(month_end(month + k), left))
    return tuple(result)


# --- status --------------------------------------------------------------------------------------


def compute_status(records: Records, ruleset: RuleSet, settings: Settings, as_of: date) -> Status:
    """All the figures of the dashboard as of ``as_of`` (RULES P0): pure, never reads the clock."""
    ledger = build_ledger(records, ruleset, settings, as_of)
    return status_from_ledger(ledger, ruleset, settings, as_of)


def status_from_ledger(ledger: list[LedgerEntry], ruleset: RuleSet, settings: Settings, as_of: date) -> Status:
    credited: dict[date, int] = {}
    expected: dict[date, int] = {}
    for day, points, _, _, _, credit in ledger:
        into = expected if credit is Credit.EXPECTED else credited
        into[day] = into.get(day, 0) + points
    return status_from_totals(credited, expected, tuple(ledger), ruleset, settings, as_of)


def status_from_totals(
    credited: dict[date, int],
    expected: dict[date, int],
    ledger: tuple[LedgerEntry, ...],
    ruleset: RuleSet,
    settings: Settings,
    as_of: date,
) -> Status:
    """The status from points per day: credited (on or before ``as_of``) and expected after it."""
    actual = PointsSeries(credited)
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
    )
