"""The window and the tier (W1–W6, L3), with the seed article's own worked example."""

from __future__ import annotations

from tests.rules.builders import SETTINGS, bonus, d, order, records
from tracker.rules import PointsSeries, RuleSet, build_ledger, tier_in_effect, window_total
from tracker.rules.dates import month_index
from tracker.rules.window import effective_date, month_end_recalculation, recalculate


def series(ruleset: RuleSet, *items: object, as_of: str = "2030-01-01") -> PointsSeries:
    return PointsSeries.from_entries(build_ledger(records(*items), ruleset, SETTINGS, d(as_of)))


def test_seed_example_platinum_in_january_gold_from_8_february_2025(ae2023: RuleSet) -> None:
    # 600 points counted in the December 2024 recalculation, 400 of them credited in January 2024.
    points = series(ae2023, bonus("2024-01-15", 400), bonus("2024-06-10", 200))
    december = month_end_recalculation(points, ae2023, month_index(d("2024-12-01")))
    assert (december.points, december.tier.name, december.effective) == (600, "Platinum", d("2025-01-08"))
    january = month_end_recalculation(points, ae2023, month_index(d("2025-01-01")))
    assert (january.points, january.tier.name, january.effective) == (200, "Gold", d("2025-02-08"))
    assert tier_in_effect(points, ae2023, d("2025-01-08")).tier.name == "Platinum"
    assert tier_in_effect(points, ae2023, d("2025-02-07")).tier.name == "Platinum"
    assert tier_in_effect(points, ae2023, d("2025-02-08")).tier.name == "Gold"


def test_w1_recalculation_is_on_the_last_day_of_every_month(ae2023: RuleSet) -> None:
    points = series(ae2023, bonus("2024-02-29", 200))
    assert recalculate(points, ae2023, d("2024-02-29")).points == 200
    assert month_end_recalculation(points, ae2023, month_index(d("2024-02-01"))).date == d("2024-02-29")


def test_w2_window_is_twelve_calendar_months_ending_with_the_recalculation_month(ae2023: RuleSet) -> None:
    points = series(ae2023, bonus("2024-01-01", 1), bonus("2024-12-31", 10), bonus("2025-01-01", 100))
    assert recalculate(points, ae2023, d("2024-12-31")).points == 11
    assert recalculate(points, ae2023, d("2025-01-31")).points == 110
    assert recalculate(points, ae2023, d("2025-12-31")).points == 100


def test_w3_tier_is_the_highest_whose_minimum_is_reached(ae2023: RuleSet) -> None:
    names = {p: ae2023.tier_for(p).name for p in (-5, 0, 100, 101, 500, 501, 1500, 1501, 99999)}
    assert names == {
        -5: "Silver",
        0: "Silver",
        100: "Silver",
        101: "Gold",
        500: "Gold",
        501: "Platinum",
        1500: "Platinum",
        1501: "Diamond",
        99999: "Diamond",
    }


def test_w4_tier_takes_effect_on_the_8th_of_the_next_month(ae2023: RuleSet) -> None:
    assert effective_date(ae2023, d("2025-12-31")) == d("2026-01-08")
    points = series(ae2023, bonus("2025-03-10", 200))
    assert tier_in_effect(points, ae2023, d("2025-04-07")).tier.name == "Silver"
    assert tier_in_effect(points, ae2023, d("2025-04-08")).tier.name == "Gold"
    # Counted through the February 2026 recalculation, it holds until 8 April 2026.
    assert tier_in_effect(points, ae2023, d("2026-04-07")).tier.name == "Gold"
    assert tier_in_effect(points, ae2023, d("2026-04-08")).tier.name == "Silver"


def test_w5_lowest_tier_before_any_data(ae2023: RuleSet) -> None:
    assert tier_in_effect(series(ae2023), ae2023, d("2025-06-01")).tier.name == "Silver"
    assert tier_in_effect(series(ae2023, bonus("2025-06-01", 900)), ae2023, d("2025-06-30")).tier.name == "Silver"


def test_w6_window_total_today_counts_this_months_window_up_to_today(ae2023: RuleSet) -> None:
    points = series(
        ae2023,
        bonus("2024-12-31", 1),
        bonus("2025-01-01", 10),
        bonus("2025-12-10", 100),
        bonus("2025-12-20", 1000),
    )
    assert window_total(points, ae2023, d("2025-12-15")) == 110


def test_w6_excludes_expected_credits(ae2023: RuleSet) -> None:
    from tracker.rules import OrderStatus

    points = PointsSeries.from_entries(
        e
        for e in build_ledger(
            records(order("2025-12-01", "50", status=OrderStatus.PENDING)), ae2023, SETTINGS, d("2025-12-02")
        )
        if e.credit != "expected"
    )
    assert window_total(points, ae2023, d("2025-12-31")) == 0


def test_l3_legacy_level_follows_the_last_365_days_every_day(legacy: RuleSet) -> None:
    points = series(legacy, bonus("2024-03-01", 600))
    assert tier_in_effect(points, legacy, d("2024-03-01")).tier.name == "A3"  # no effective-date delay
    assert tier_in_effect(points, legacy, d("2024-02-29")).tier.name == "A0"
    assert tier_in_effect(points, legacy, d("2025-02-28")).tier.name == "A3"  # day 365 of (D-365, D]
    assert tier_in_effect(points, legacy, d("2025-03-01")).tier.name == "A0"
