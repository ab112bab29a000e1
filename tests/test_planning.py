"""The what-if planner's arithmetic: plans become records the rules earn points for, after today."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.rules.builders import order, records, visit
from tracker.report.planning import (
    Evaluator,
    MonthInput,
    Purchase,
    SavedPlan,
    WhatIf,
    compare,
    dump_saved_plans,
    parse_saved_plans,
    planned_entries,
    planned_records,
    saved_plan,
    with_saved,
)
from tracker.rules import Records, Settings, Source, builtin_rulesets, compute_status

TODAY = date(2026, 11, 24)
RULESET = builtin_rulesets()["aliexpress-2023"]
SETTINGS = Settings()


def platinum_until_march() -> Records:
    """900 points from January to March 2026: Platinum now, Gold from 8 March 2027."""
    return records(
        order("2026-01-05", "300.00", confirmed="2026-01-20"),
        order("2026-02-05", "300.00", confirmed="2026-02-20"),
        order("2026-03-05", "300.00", confirmed="2026-03-20"),
    )


def every_month(spend_cents: int = 0, visits: int = 0, reviews: int = 0) -> WhatIf:
    return replace(WhatIf.starting(TODAY), months=tuple(MonthInput(spend_cents, visits, reviews) for _ in range(12)))


def test_a_months_spend_is_bought_on_its_first_and_confirmed_after_the_lag() -> None:
    planned = planned_records(every_month(4_000), RULESET, SETTINGS, TODAY)
    assert [o.order_date for o in planned.orders[:3]] == [date(2026, 11, 25), date(2026, 12, 1), date(2027, 1, 1)]
    assert all(o.confirmed_date == o.order_date + (date(2026, 1, 21) - date(2026, 1, 1)) for o in planned.orders)
    assert {o.items_cents for o in planned.orders} == {4_000}


def test_a_big_months_spend_is_split_where_one_order_would_pass_the_cap() -> None:
    """S1: at most 500 points an order, so $800 is two orders of $400, earning 800 points."""
    whatif = replace(WhatIf.starting(TODAY), months=(MonthInput(0), MonthInput(80_000), *[MonthInput()] * 10))
    planned = planned_records(whatif, RULESET, SETTINGS, TODAY)
    assert [o.items_cents for o in planned.orders] == [40_000, 40_000]
    entries = planned_entries(whatif, Records(), RULESET, SETTINGS, TODAY)
    assert sum(e.points for e in entries if e.source is Source.ORDER) == 800


def test_planned_visits_share_this_months_cap_with_the_real_ones() -> None:
    """S5: ten visits a month count. Eight real ones this month leave room for two planned ones."""
    real = records(*(visit(f"2026-11-{d:02d}") for d in range(1, 9)))
    entries = planned_entries(every_month(visits=5), real, RULESET, SETTINGS, TODAY)
    november = [e for e in entries if e.source is Source.VISIT and e.date.month == 11]
    december = [e for e in entries if e.source is Source.VISIT and e.date.month == 12]
    assert len(november) == 2 and len(december) == 5
    assert all(e.date > TODAY for e in entries)


def test_reviews_are_of_items_that_count_and_one_off_purchases_land_on_their_day() -> None:
    whatif = replace(every_month(reviews=1), purchases=(Purchase(date(2027, 2, 14), 5_000),))
    entries = planned_entries(whatif, Records(), RULESET, SETTINGS, TODAY)
    assert sum(e.points for e in entries if e.source is Source.REVIEW) == 12
    purchase = [e for e in entries if e.ref.endswith("purchase:0")]
    assert [(e.date, e.points) for e in purchase] == [(date(2027, 3, 6), 50)]


def test_enough_spending_keeps_the_tier_and_the_sentences_say_so() -> None:
    real = platinum_until_march()
    status = compute_status(real, RULESET, SETTINGS, TODAY)
    assert status.tier.name == "Platinum" and status.lapse is not None
    evaluator = Evaluator()

    nothing = evaluator.evaluate(WhatIf.starting(TODAY), status, real, SETTINGS)
    assert nothing.status.lapse == status.lapse
    assert nothing.headline() == "As things stand: Platinum holds until 8 Mar 2027, then Gold."
    assert nothing.target_sentence().startswith("Still needed: spend ")

    some = evaluator.evaluate(every_month(6_000), status, real, SETTINGS)  # March's window: 300 points
    assert some.status.lapse is not None and some.status.lapse.effective == date(2027, 4, 8)
    assert some.headline() == "With this plan: Platinum holds until 8 Apr 2027, then Gold."

    enough = evaluator.evaluate(every_month(13_000), status, real, SETTINGS)
    # P2 has no horizon: the plan's points run out after it, but not within its twelve months.
    assert enough.status.lapse is not None and enough.status.lapse.effective > date(2027, 12, 8)
    assert enough.lapse_within_plan() is None
    assert enough.headline() == "With this plan: Platinum holds, and Diamond from 8 Nov 2027."
    assert enough.target_sentence() == "That is enough to keep Platinum at every recalculation."
    assert enough.summary_sentence() == "This plan: $1,560 of orders, earning 1,560 points by the end of Oct 2027."
    just = evaluator.evaluate(every_month(11_000), status, real, SETTINGS)
    assert just.headline() == "With this plan: Platinum holds for the coming 12 months."


def test_a_higher_target_says_when_it_is_reached() -> None:
    real = platinum_until_march()
    status = compute_status(real, RULESET, SETTINGS, TODAY)
    december = (MonthInput(), MonthInput(100_000), *[MonthInput()] * 10)  # two orders of 500 points
    whatif = replace(WhatIf.starting(TODAY, target="Diamond"), months=december)
    outcome = Evaluator().evaluate(whatif, status, real, SETTINGS)
    assert outcome.target.name == "Diamond"
    assert outcome.reached == date(2027, 1, 8)  # confirmed 21 Dec: December's total, from 8 January
    assert outcome.target_sentence() == "Diamond then holds for the rest of the coming 12 months."
    assert outcome.headline() == "With this plan: Diamond from 8 Jan 2027."


def test_the_plan_as_steps_adds_its_points_at_each_month_end() -> None:
    real = platinum_until_march()
    status = compute_status(real, RULESET, SETTINGS, TODAY)
    outcome = Evaluator().evaluate(every_month(1_000), status, real, SETTINGS)
    plan = outcome.as_plan()
    assert plan is not None and plan.points == outcome.points == 120
    assert all(step.recalculation.day >= 28 for step in plan.steps)
    assert Evaluator().evaluate(WhatIf.starting(TODAY), status, real, SETTINGS).as_plan() is None


def test_saved_plans_round_trip_and_a_damaged_value_reads_as_none() -> None:
    real = platinum_until_march()
    status = compute_status(real, RULESET, SETTINGS, TODAY)
    outcome = Evaluator().evaluate(every_month(3_000, 4, 1), status, real, SETTINGS)
    plan = saved_plan("Keep it", outcome)
    assert parse_saved_plans(dump_saved_plans([plan])) == [plan]
    assert parse_saved_plans("{not json") == [] and parse_saved_plans("") == []
    again = with_saved([plan], replace(plan, planned_points=(0,) * 12))
    assert len(again) == 1 and again[0].planned_points == (0,) * 12


def test_compare_sets_planned_against_credited_points_for_the_months_gone_by() -> None:
    plan = SavedPlan("Keep it", TODAY, WhatIf.starting(TODAY), (10, 20, 30, *[0] * 9))
    later = date(2027, 1, 15)
    happened = records(
        order("2026-11-02", "7.00", confirmed="2026-11-20"),
        order("2026-12-01", "25.00", confirmed="2026-12-18"),
        order("2027-01-02", "9.00", confirmed="2027-01-10"),
    )
    ledger = compute_status(happened, RULESET, SETTINGS, later).ledger
    rows = compare(plan, ledger, later)
    assert [(r.month, r.planned, r.actual, r.complete) for r in rows] == [
        (date(2026, 11, 1), 10, 7, True),
        (date(2026, 12, 1), 20, 25, True),
        (date(2027, 1, 1), 30, 9, False),
    ]
    assert rows[1].difference == 5


def test_each_amount_of_the_target_sentence_has_its_own_date() -> None:
    """#16: "also spend $37 by 10 Apr ($479 over 8 purchases in all)" left open which amount was
    needed by when; now the first purchase has its date and the later ones theirs."""
    real = platinum_until_march()
    status = compute_status(real, RULESET, SETTINGS, TODAY)
    nothing = Evaluator().evaluate(WhatIf.starting(TODAY, target="Diamond"), status, real, SETTINGS)
    assert nothing.target_sentence() == (
        "To reach Diamond on 8 Dec, also spend $601 as soon as you can. "
        "Keeping it then takes $900 more by 11 Mar, over 3 purchases."
    )
    december = (MonthInput(), MonthInput(70_000), *[MonthInput()] * 10)
    reached = Evaluator().evaluate(replace(WhatIf.starting(TODAY, target="Diamond"), months=december), status, real,
                                   SETTINGS)  # fmt: skip
    assert reached.target_sentence() == "To keep Diamond after that, also spend $200 by 11 Mar."
    assert "in all" not in nothing.target_sentence()
