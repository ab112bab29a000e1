"""Projections P1–P6 and the status that puts them together."""

from __future__ import annotations

from tests.rules.builders import SETTINGS, bonus, d, order, records
from tracker.rules import (
    Credit,
    OrderStatus,
    PointsSeries,
    RuleSet,
    Settings,
    build_ledger,
    compute_status,
    plan_for_tier,
    spend_for_points,
    steady_monthly_spend,
)


def test_p1_pending_order_expected_at_order_date_plus_lag(ae2023: RuleSet) -> None:
    entries = build_ledger(
        records(order("2025-12-01", "50", status=OrderStatus.PENDING)), ae2023, SETTINGS, d("2025-12-05")
    )
    assert [(e.date, e.points, e.credit) for e in entries] == [(d("2025-12-21"), 50, Credit.EXPECTED)]


def test_p1_pending_order_uses_its_expected_date(ae2023: RuleSet) -> None:
    item = order("2025-12-01", "50", status=OrderStatus.PENDING, expected="2025-12-09")
    assert build_ledger(records(item), ae2023, SETTINGS, d("2025-12-05"))[0].date == d("2025-12-09")


def test_p1_expected_never_earlier_than_tomorrow(ae2023: RuleSet) -> None:
    item = order("2025-10-01", "50", status=OrderStatus.PENDING)
    assert build_ledger(records(item), ae2023, SETTINGS, d("2025-12-05"))[0].date == d("2025-12-06")


def test_p1_lag_is_a_setting(ae2023: RuleSet) -> None:
    item = order("2025-12-01", "50", status=OrderStatus.PENDING)
    entries = build_ledger(records(item), ae2023, Settings(confirmation_lag_days=7), d("2025-12-02"))
    assert entries[0].date == d("2025-12-08")


def test_p1_confirmed_order_without_date_is_estimated_at_order_date_plus_lag(ae2023: RuleSet) -> None:
    item = order("2025-11-01", "50", confirmed=None)
    entries = build_ledger(records(item), ae2023, SETTINGS, d("2025-12-05"))
    assert [(e.date, e.credit) for e in entries] == [(d("2025-11-21"), Credit.ESTIMATED)]


def test_p1_pending_credits_can_be_left_out(ae2023: RuleSet) -> None:
    data = records(bonus("2025-06-01", 100), order("2025-12-01", "50", status=OrderStatus.PENDING))
    with_pending = compute_status(data, ae2023, SETTINGS, d("2025-12-05"))
    without = compute_status(data, ae2023, Settings(include_pending=False), d("2025-12-05"))
    assert with_pending.next_recalculation.points == 150
    assert with_pending.next_recalculation.tier.name == "Gold"
    assert without.next_recalculation.points == 100
    assert with_pending.expected_points == 50


def test_p2_lapse_is_the_first_recalculation_after_today_with_a_lower_tier(ae2023: RuleSet) -> None:
    # Seed example seen on 20 January 2025: Platinum now, Gold from 8 February 2025.
    status = compute_status(
        records(bonus("2024-01-15", 400), bonus("2024-06-10", 200)), ae2023, SETTINGS, d("2025-01-20")
    )
    assert status.tier.name == "Platinum"
    assert status.lapse is not None
    assert (status.lapse.date, status.lapse.effective, status.lapse.tier.name) == (
        d("2025-01-31"),
        d("2025-02-08"),
        "Gold",
    )


def test_p2_lapse_can_be_last_months_recalculation_before_the_8th(ae2023: RuleSet) -> None:
    data = records(bonus("2024-01-15", 400), bonus("2024-06-10", 200))
    status = compute_status(data, ae2023, SETTINGS, d("2025-02-03"))
    assert status.tier.name == "Platinum"
    assert status.lapse is not None and status.lapse.effective == d("2025-02-08")


def test_p2_no_lapse_at_the_lowest_tier(ae2023: RuleSet) -> None:
    assert compute_status(records(bonus("2025-01-01", 50)), ae2023, SETTINGS, d("2025-06-01")).lapse is None


def test_p3_keep_plan_adds_deficits_as_late_as_possible(ae2023: RuleSet) -> None:
    # Gold (101) held by 150 points from March 2025; they leave at the end of February 2026.
    data = records(bonus("2025-03-10", 150))
    status = compute_status(data, ae2023, SETTINGS, d("2025-06-15"))
    assert status.tier.name == "Gold"
    steps = status.keep_plan.steps
    assert [(s.recalculation, s.points) for s in steps] == [(d("2026-03-31"), 101)]
    assert steps[0].spend.cents == 10100
    assert steps[0].buy_by == d("2026-03-11")


def test_p3_keep_plan_tops_up_a_window_that_drains_month_by_month(ae2023: RuleSet) -> None:
    data = records(bonus("2025-01-10", 60), bonus("2025-02-10", 60), bonus("2025-03-10", 60))
    status = compute_status(data, ae2023, SETTINGS, d("2025-04-15"))
    assert status.tier.name == "Gold"
    plan = [(s.recalculation, s.points) for s in status.keep_plan.steps]
    # January's 60 leave at the end of January 2026: 120 left, still Gold; February's leave next.
    assert plan == [(d("2026-02-28"), 41), (d("2026-03-31"), 60)]


def test_p3_reach_plan_for_a_higher_tier(ae2023: RuleSet) -> None:
    series = PointsSeries.from_entries(
        build_ledger(records(bonus("2025-06-01", 300)), ae2023, SETTINGS, d("2025-06-15"))
    )
    plan = plan_for_tier(series, ae2023, SETTINGS, d("2025-06-15"), ae2023.tier_named("Diamond"), count=2)
    assert [(s.recalculation, s.points) for s in plan.steps] == [(d("2025-06-30"), 1201)]
    assert plan.steps[0].spend.cents == 120100 and plan.steps[0].spend.orders == 3


def test_p3_spend_is_at_least_two_dollars_an_order_and_500_points_each(ae2023: RuleSet) -> None:
    assert spend_for_points(ae2023, 1).cents == 200
    assert spend_for_points(ae2023, 1200).orders == 3
    assert spend_for_points(ae2023, 0).cents == 0


def test_p3_flat_rule_spends_two_dollars_per_five_points(flat: RuleSet) -> None:
    spend = spend_for_points(flat, 12)
    assert (spend.orders, spend.cents) == (3, 600)


def test_p4_steady_spend_diamond_is_126_dollars_a_month(ae2023: RuleSet) -> None:
    assert steady_monthly_spend(ae2023, SETTINGS, ae2023.tier_named("Diamond")).cents == 12600


def test_p4_expected_non_shopping_points_reduce_the_spend(ae2023: RuleSet) -> None:
    settings = Settings(monthly_non_shopping_points=20)
    assert steady_monthly_spend(ae2023, settings, ae2023.tier_named("Diamond")).cents == 10600
    assert steady_monthly_spend(ae2023, settings, ae2023.tier_named("Gold")).cents == 0


def test_p5_points_to_next_tier_at_the_next_recalculation(ae2023: RuleSet) -> None:
    status = compute_status(records(bonus("2025-03-01", 450)), ae2023, SETTINGS, d("2025-06-15"))
    assert status.next_recalculation.date == d("2025-06-30")
    assert status.to_next_tier is not None
    assert (status.to_next_tier.tier.name, status.to_next_tier.points) == ("Platinum", 51)


def test_p5_none_at_the_top_tier(ae2023: RuleSet) -> None:
    assert compute_status(records(bonus("2025-03-01", 2000)), ae2023, SETTINGS, d("2025-06-15")).to_next_tier is None


def test_p6_expiring_points_leave_twelve_months_after_their_credit_month(ae2023: RuleSet) -> None:
    data = records(bonus("2024-12-31", 7), bonus("2025-01-05", 10), bonus("2025-06-01", 20), bonus("2025-06-20", 5))
    status = compute_status(data, ae2023, SETTINGS, d("2025-06-15"))
    assert [e.recalculation for e in status.expiring][:2] == [d("2025-07-31"), d("2025-08-31")]
    by_date = {e.recalculation: e.points for e in status.expiring}
    assert by_date[d("2025-12-31")] == 7
    assert by_date[d("2026-01-31")] == 10
    assert by_date[d("2026-06-30")] == 20  # 20 June's 5 points are not in today's total
    assert sum(by_date.values()) == status.window_points == 37


def test_p6_legacy_daily_window_groups_leaving_points_by_month(legacy: RuleSet) -> None:
    data = records(bonus("2024-06-20", 3), bonus("2025-01-05", 10), bonus("2025-06-15", 20))
    status = compute_status(data, legacy, SETTINGS, d("2025-06-15"))
    assert len(status.expiring) == 12
    assert status.expiring[0].points == 3  # leaves on 20 June 2025
    assert sum(e.points for e in status.expiring) == status.window_points == 33


def test_p0_status_as_of_an_earlier_date_ignores_later_records(ae2023: RuleSet) -> None:
    early = records(bonus("2025-01-01", 200))
    later = records(*early.entries, bonus("2025-07-01", 900), order("2025-06-20", "600"))
    assert compute_status(early, ae2023, SETTINGS, d("2025-06-15")) == compute_status(
        later, ae2023, SETTINGS, d("2025-06-15")
    )
