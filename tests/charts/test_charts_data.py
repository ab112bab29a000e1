"""What each chart shows, computed from the rules' results (no drawing)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tests.charts.shopper import TODAY
from tracker.charts import expiring_data, plan_data, plan_for, sources_data, timeline_data
from tracker.rules import Credit, LedgerEntry, PointsSeries, RuleSet, Settings, Source, Status, builtin_rulesets
from tracker.rules.dates import add_months, month_end, month_index
from tracker.rules.window import recalculate


def credited(status: Status) -> list[LedgerEntry]:
    return [e for e in status.ledger if e.credit is not Credit.EXPECTED]


def test_timeline_totals_are_the_W2_month_end_recalculations_of_credited_points(
    status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    data = timeline_data(status.ledger, ruleset, settings, TODAY)
    series = PointsSeries.from_entries(credited(status))
    current = month_index(TODAY)
    assert data.recalculations[0] == month_end(current - 12)
    assert data.recalculations[data.history_count] == month_end(current)
    assert len(data.recalculations) == 25
    assert list(data.points) == [recalculate(series, ruleset, when).points for when in data.recalculations]
    assert all(when.day == 8 for when in data.effective)  # W4


def test_timeline_shows_credits_expected_from_pending_orders_apart_P1(
    status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    data = timeline_data(status.ledger, ruleset, settings, TODAY)
    h = data.history_count
    assert data.with_expected[:h] == data.points[:h]
    # The two pending orders ($42 and $26.50) are expected in December: 42 + 26 points.
    assert data.with_expected[h + 1] - data.points[h + 1] == 42 + 26
    assert data.has_expected

    without = timeline_data(status.ledger, ruleset, replace(settings, include_pending=False), TODAY)
    assert without.with_expected == without.points
    assert not without.has_expected


def test_timeline_lapse_is_the_P2_lapse(status: Status, ruleset: RuleSet, settings: Settings) -> None:
    data = timeline_data(status.ledger, ruleset, settings, TODAY)
    assert status.lapse is not None
    assert (data.lapse, data.lapse_effective, data.lapse_points, data.lapse_tier) == (
        status.lapse.date,
        status.lapse.effective,
        status.lapse.points,
        status.lapse.tier.name,
    )
    assert data.tier_now == status.tier.name == "Platinum"
    assert [(b.name, b.low, b.high) for b in data.bands] == [
        ("Silver", 0, 100),
        ("Gold", 101, 500),
        ("Platinum", 501, 1500),
        ("Diamond", 1501, None),
    ]


def test_timeline_with_the_P3_keep_plan_stays_in_the_tier(status: Status, ruleset: RuleSet, settings: Settings) -> None:
    data = timeline_data(status.ledger, ruleset, settings, TODAY, status.keep_plan)
    h = data.history_count
    assert data.with_plan is not None
    assert all(points >= 501 for points in data.with_plan[h : h + 12])
    assert data.plan_tier == "Platinum"


def test_expiring_bars_are_the_P6_figures_and_the_running_total_ends_at_zero(status: Status) -> None:
    data = expiring_data(status)
    assert list(data.points) == [e.points for e in status.expiring]
    assert list(data.recalculations) == [e.recalculation for e in status.expiring]
    assert data.window_points == status.window_points == sum(data.points)
    assert data.remaining[-1] == 0
    assert data.remaining[0] == status.window_points - data.points[0]


def test_plan_data_holds_the_P3_steps_and_buy_by_dates(status: Status, settings: Settings) -> None:
    data = plan_data(status, settings)
    steps = status.keep_plan.steps
    assert list(data.spend_cents) == [s.spend.cents for s in steps]
    assert list(data.buy_by) == [s.buy_by for s in steps]
    assert list(data.points) == [s.points for s in steps]
    assert data.total_spend_cents == status.keep_plan.spend_cents
    assert data.timeline.with_plan is not None
    assert data.timeline.recalculations[-1] >= steps[-1].recalculation


def test_plan_for_a_higher_tier_reaches_it_at_every_coming_recalculation_P3(
    status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    diamond = ruleset.tier_named("Diamond")
    data = plan_data(status, settings, plan_for(status, settings, diamond))
    h = data.timeline.history_count
    assert data.tier == "Diamond"
    assert data.timeline.with_plan is not None
    assert all(points >= 1501 for points in data.timeline.with_plan[h : h + 12])
    assert plan_for(status, settings) is status.keep_plan


def test_sources_add_up_to_the_monthly_ledger_totals(status: Status) -> None:
    first = add_months(TODAY, -11)
    data = sources_data(status.ledger, first, TODAY)
    assert len(data.months) == 12 and data.months[0] == date(2025, 12, 1)
    for i, month in enumerate(data.months):
        in_month = [e for e in credited(status) if (e.date.year, e.date.month) == (month.year, month.month)]
        assert data.totals[i] == sum(e.points for e in in_month)
        for series in data.series:
            assert series.points[i] == sum(e.points for e in in_month if e.source is series.source)
    labels = [s.label for s in data.series]
    assert labels[0] == "Orders" and "Visits" in labels and "Adjustments" in labels


def test_sources_leave_out_expected_credits_unless_asked(status: Status) -> None:
    # The $42 order is expected on 28 November (order date + 20 days), the $26.50 one on 9 December.
    november, december = date(2026, 11, 1), date(2026, 12, 1)
    without = sources_data(status.ledger, november, december)
    with_expected = sources_data(status.ledger, november, december, include_expected=True)
    assert without.totals[1] == 0
    assert (with_expected.totals[0] - without.totals[0], with_expected.totals[1]) == (42, 26)


def test_sources_of_a_long_unsorted_ledger_are_the_same_as_sorted() -> None:
    start = date(2020, 1, 1)
    entries = [
        LedgerEntry(start + timedelta(days=i % 900), 1 + i % 3, "S4", Source.REVIEW, f"r{i}") for i in range(3000)
    ]
    ordered = sorted(entries, key=lambda e: e.date)
    first, last = date(2020, 6, 1), date(2021, 3, 1)
    assert sources_data(entries, first, last) == sources_data(ordered, first, last)
    assert sources_data(tuple(ordered), first, last) == sources_data(ordered, first, last)


def test_a_new_ledger_is_never_answered_from_an_old_ones_cache(
    status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    before = timeline_data(status.ledger, ruleset, settings, TODAY)
    bonus = LedgerEntry(date(2026, 11, 20), 1000, "S8", Source.BONUS, "entry:x")
    after = timeline_data((*status.ledger, bonus), ruleset, settings, TODAY)
    november = date(2026, 11, 30)
    assert after.points[after.recalculations.index(november)] == (
        before.points[before.recalculations.index(november)] + 1000
    )


def test_a_daily_window_has_no_effective_day_delay_L3(status: Status, settings: Settings) -> None:
    legacy = builtin_rulesets()["aliexpress-legacy-a0-a4"]
    data = timeline_data(status.ledger, legacy, settings, TODAY)
    assert data.effective == data.recalculations
    assert data.window_label == "365-day window"


def test_a_shopper_with_nothing_recorded_is_silver_with_no_lapse(ruleset: RuleSet, settings: Settings) -> None:
    data = timeline_data((), ruleset, settings, TODAY)
    assert set(data.points) == {0} and data.tier_now == "Silver" and data.lapse is None
    assert sources_data((), TODAY, TODAY).series == ()
