"""P2 without a horizon and P3's cheapest plan, checked against slow references that walk every
recalculation and try every order amount."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.builders import SETTINGS, bonus, d, order, records
from tests.rules.reference import cheapest_cents, lapse_by_walking, plan_by_walking
from tests.rules.test_rules_properties import RULESETS, shopper_records
from tracker.rules import (
    OrderStatus,
    PointsSeries,
    Records,
    RuleSet,
    Settings,
    Spend,
    build_ledger,
    compute_status,
    plan_for_tier,
    spend_for_points,
)
from tracker.rules.projection import find_lapse
from tracker.rules.records import EntryKind
from tracker.rules.window import tier_in_effect

PROFILE = settings(max_examples=80, deadline=None)


def projected(data: Records, ruleset: RuleSet, today: date) -> PointsSeries:
    return PointsSeries.from_entries(build_ledger(data, ruleset, SETTINGS, today))


def lapse_of(status_records: Records, ruleset: RuleSet, today: str) -> tuple[str, str, str] | None:
    status = compute_status(status_records, ruleset, SETTINGS, d(today))
    lapse = status.lapse
    return None if lapse is None else (lapse.date.isoformat(), lapse.effective.isoformat(), lapse.tier.name)


# --- P2: the lapse, however far ahead ---


def test_lapse_found_beyond_the_old_horizon_P2(ae2023: RuleSet) -> None:
    """Gold from March's bonus, then from a pending order expected in January 2026, which holds
    the tier until January 2027 — nineteen months ahead, where the search used to stop at 14."""
    data = records(
        bonus("2025-03-10", 150),
        order("2025-06-01", "150", status=OrderStatus.PENDING, expected="2026-01-20"),
    )
    assert lapse_of(data, ae2023, "2025-06-15") == ("2027-01-31", "2027-02-08", "Silver")


def test_lapse_found_beyond_the_old_horizon_in_the_legacy_daily_window_P2(legacy: RuleSet) -> None:
    """A1 from points of 1 June 2025 and a pending order expected on 1 March 2026: the level
    holds until its points leave on 1 March 2027, 624 days ahead (the search used to stop at 366)."""
    data = records(
        bonus("2025-06-01", 50), order("2025-06-01", "50", status=OrderStatus.PENDING, expected="2026-03-01")
    )
    assert lapse_of(data, legacy, "2025-06-15") == ("2027-03-01", "2027-03-01", "A0")


def test_lapse_found_beyond_the_old_horizon_in_the_flat_rule_set_P2(flat: RuleSet) -> None:
    """Gold held by flat points of 42 order days expected in two batches, until October 2027 (the
    search used to stop in July 2026)."""
    first_days = [date(2025, 5, 1) + timedelta(days=n) for n in range(42)]
    pending = [
        order(day.isoformat(), "10", status=OrderStatus.PENDING, expected="2025-12-01" if n < 21 else "2026-10-01")
        for n, day in enumerate(first_days)
    ]
    data = records(bonus("2025-03-10", 150), *pending)
    assert lapse_of(data, flat, "2025-06-22") == ("2027-10-31", "2027-11-08", "Silver")


def test_lapse_is_found_however_far_ahead_the_expected_credits_reach_P2(legacy: RuleSet) -> None:
    """Pending orders expected 364 days apart for forty years keep A2 (each counts for 365 days):
    the lapse is the day the last one's points leave, and no day-by-day walk takes us there."""
    first = date(2026, 5, 1)
    expected = [first + timedelta(days=364 * n) for n in range(40)]
    orders = [
        order("2025-06-01", "100", status=OrderStatus.PENDING, expected=day.isoformat(), products=(f"p{n}",))
        for n, day in enumerate(expected)
    ]
    data = records(bonus("2025-06-01", 150), *orders)
    end = (expected[-1] + timedelta(days=365)).isoformat()
    assert lapse_of(data, legacy, "2025-06-15") == (end, end, "A0")


TODAY = date(2025, 6, 15)


@st.composite
def recent_records(draw: st.DrawFn) -> Records:
    """Orders of the last fifteen months, some pending with an expected date up to two years
    ahead — where the old horizon used to cut the search short — and bonuses and adjustments."""
    orders = []
    for n in range(draw(st.integers(0, 12))):
        ordered = TODAY - timedelta(days=draw(st.integers(0, 450)))
        pending = draw(st.booleans())
        orders.append(
            order(
                ordered.isoformat(),
                str(draw(st.integers(1, 300))),
                status=OrderStatus.PENDING if pending else OrderStatus.CONFIRMED,
                confirmed=None if pending else (ordered + timedelta(days=draw(st.integers(0, 40)))).isoformat(),
                expected=(TODAY + timedelta(days=draw(st.integers(1, 730)))).isoformat() if pending else None,
                categories=tuple(draw(st.sets(st.sampled_from("ABC")))),
                products=(f"p{n}",),
            )
        )
    entries = [
        bonus((TODAY - timedelta(days=draw(st.integers(0, 450)))).isoformat(), draw(st.integers(-50, 600)))
        for _ in range(draw(st.integers(0, 3)))
    ]
    return records(*orders, *entries)


@PROFILE
@given(recent_records(), st.sampled_from(list(RULESETS.values())))
def test_lapse_is_the_one_a_walk_over_every_recalculation_finds_P2(data: Records, ruleset: RuleSet) -> None:
    ledger = build_ledger(data, ruleset, SETTINGS, TODAY)
    tier = tier_in_effect(PointsSeries.from_entries(e for e in ledger if e.date <= TODAY), ruleset, TODAY).tier
    series = PointsSeries.from_entries(ledger)
    assert find_lapse(series, ruleset, TODAY, tier) == lapse_by_walking(series, ruleset, TODAY, tier)


# --- P3: the cheapest plan ---


def test_plan_for_501_points_costs_501_dollars_P3(ae2023: RuleSet) -> None:
    assert spend_for_points(ae2023, 501) == Spend(50_100, 2)  # $499 + $2, or $251 + $250: never $502
    assert spend_for_points(ae2023, 1001) == Spend(100_100, 3)
    plan = plan_for_tier(PointsSeries({}), ae2023, SETTINGS, d("2025-02-10"), ae2023.tier_named("Platinum"))
    assert [(s.recalculation, s.points, s.spend) for s in plan.steps] == [(d("2025-02-28"), 501, Spend(50_100, 2))]


def test_plan_cost_is_the_true_minimum_for_every_deficit_P3(ae2023: RuleSet, legacy: RuleSet) -> None:
    for ruleset, largest in ((ae2023, 2_100), (legacy, 400)):
        cheapest = cheapest_cents(ruleset.shopping, largest)
        costs = [spend_for_points(ruleset, points).cents for points in range(largest + 1)]
        assert costs == cheapest, ruleset.id


def test_plan_cost_under_the_flat_rule_is_one_minimum_order_per_five_points_P3(flat: RuleSet) -> None:
    assert [spend_for_points(flat, points) for points in (1, 5, 6, 12)] == [
        Spend(200, 1),
        Spend(200, 1),
        Spend(400, 2),
        Spend(600, 3),
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([1, 2, 4, 5, 10]),
    st.sampled_from(["0.00", "0.50", "2.00", "5.00", "12.34"]),
    st.sampled_from([0, 1, 3, 7, 25, 60]),
    st.integers(1, 150),
)
def test_plan_cost_is_the_true_minimum_for_an_edited_shopping_rule_P3(
    per_usd: int, minimum: str, cap: int, points: int
) -> None:
    """Whole points per cent-exact price (points per US$ dividing 100), floor rounding: any minimum
    order and per-order cap a shopper might write into a copy of the rule set."""
    base = RULESETS["aliexpress-2023"]
    shopping = replace(base.shopping, points_per_usd=per_usd, min_order_usd=Decimal(minimum), max_points_per_order=cap)
    ruleset = replace(base, shopping=shopping)
    assert spend_for_points(ruleset, points).cents == cheapest_cents(shopping, points)[points]


def test_the_lowest_tier_needs_no_plan_after_a_negative_adjustment_P3(ae2023: RuleSet, legacy: RuleSet) -> None:
    for ruleset in (ae2023, legacy):
        data = records(bonus("2025-01-05", -40, EntryKind.ADJUSTMENT))
        status = compute_status(data, ruleset, SETTINGS, d("2025-03-10"))
        assert status.tier == ruleset.lowest_tier and status.next_recalculation.points == -40
        assert status.keep_plan.steps == ()
        assert plan_for_tier(status.credited, ruleset, SETTINGS, d("2025-03-10"), ruleset.lowest_tier).steps == ()


@PROFILE
@given(
    shopper_records(),
    st.sampled_from(list(RULESETS.values())),
    st.dates(date(2023, 1, 1), date(2026, 12, 31)),
    st.integers(0, 4),
    st.integers(1, 14),
)
def test_the_plan_is_the_one_a_walk_over_every_recalculation_makes_P3(
    data: Records, ruleset: RuleSet, today: date, rank: int, count: int
) -> None:
    """The daily window's plan jumps to the days a deficit can appear; it plans what a walk over
    every day would."""
    series = projected(data, ruleset, today)
    tier = ruleset.tiers[min(rank, len(ruleset.tiers) - 1)]
    plan = plan_for_tier(series, ruleset, SETTINGS, today, tier, count)
    assert [(s.recalculation, s.points) for s in plan.steps] == plan_by_walking(
        series, ruleset, SETTINGS, today, tier, count
    )


# --- the legacy rule set's reading of the monthly figures (L3) ---


def test_legacy_next_recalculation_is_the_months_last_day_and_counts_that_day_L3(legacy: RuleSet) -> None:
    data = records(bonus("2024-06-20", 3), bonus("2025-06-01", 120))
    status = compute_status(data, legacy, Settings(), d("2025-06-15"))
    nxt = status.next_recalculation
    assert (nxt.date, nxt.effective, nxt.points, nxt.tier.name) == (d("2025-06-30"), d("2025-06-30"), 120, "A2")
    assert status.tier.name == "A2" and status.window_points == 123
