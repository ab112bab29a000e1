"""The comparison with AliExpress's points history, as a pure function: no database, no Qt."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from tests.check import story
from tests.rules.builders import SETTINGS, bonus, order, records, review, visit
from tracker.report.check import CheckState, Figures, figures_on, judge, unchecked_since
from tracker.report.check_compare import compare, history_source
from tracker.report.check_findings import Cause, Comparison, FixKind
from tracker.rules import OrderStatus, Records, RuleSet, build_ledger, builtin_rulesets
from tracker.rules.records import EntryKind, Order, Review, Visit
from tracker.store.checks import CheckSource, HistoryRow, StoredCheck

RULES = builtin_rulesets()["aliexpress-2023"]


def story_records() -> Records:
    orders = tuple(
        Order(f"order:{n}", draft.order_date, draft.status, draft.items_cents, confirmed_date=draft.confirmed_date)
        for n, draft in enumerate(story.ORDERS, start=1)
    )
    reviews = tuple(Review(f"review:{n}", r.date, r.item_price_cents) for n, r in enumerate(story.REVIEWS, start=1))
    visits = tuple(Visit(f"visit:{n}", v.date) for n, v in enumerate(story.VISITS, start=1))
    return Records(orders=orders, reviews=reviews, visits=visits)


def comparison_of(
    recorded: Records, history: tuple[HistoryRow, ...], sources: dict[str, CheckSource] | None = None
) -> Comparison:
    ledger = build_ledger(recorded, RULES, SETTINGS, story.TODAY)
    found = compare(history, ledger, recorded, RULES, as_of=story.TODAY, entry_sources=sources)
    assert found is not None
    return found


def causes(comparison: Comparison) -> list[tuple[date, CheckSource, int, Cause]]:
    return [
        (finding.month, finding.source, finding.points, finding.cause)
        for line in comparison.disagreeing
        for finding in line.findings
    ]


def test_the_story_finds_the_missing_order_the_unrecorded_refund_and_the_over_counted_visits() -> None:
    comparison = comparison_of(story_records(), story.HISTORY)

    assert causes(comparison) == [
        (date(2026, 3, 1), CheckSource.ORDERS, 24, Cause.ORDER_MISSING),
        (date(2026, 4, 1), CheckSource.ORDERS, -55, Cause.REFUND_NOT_RECORDED),
        (date(2026, 6, 1), CheckSource.VISITS, -2, Cause.VISITS_CAPPED),
    ]
    assert (comparison.first_month, comparison.last_month, comparison.history_rows) == (
        date(2026, 1, 1), date(2026, 6, 1), 14,
    )  # fmt: skip


def test_each_finding_carries_the_fix_for_its_cause() -> None:
    comparison = comparison_of(story_records(), story.HISTORY)
    missing, refund, visits = (finding.fix for line in comparison.disagreeing for finding in line.findings)

    assert missing is not None and (missing.kind, missing.day, missing.points) == (
        FixKind.ADD_ORDER, date(2026, 3, 12), 24,
    )  # fmt: skip
    assert refund is not None and (refund.kind, refund.ref, refund.day, refund.cents) == (
        FixKind.RECORD_REFUND, "order:2", date(2026, 4, 3), 5_530,
    )  # fmt: skip
    assert visits is not None and (visits.kind, visits.points, visits.source) == (
        FixKind.ADJUST, -2, CheckSource.VISITS,
    )  # fmt: skip
    assert visits.day.month == 6


def test_lines_that_agree_carry_no_findings() -> None:
    comparison = comparison_of(story_records(), story.HISTORY)
    january = [line for line in comparison.lines if line.month == date(2026, 1, 1)]

    assert [(line.source, line.aliexpress, line.here, line.findings) for line in january] == [
        (CheckSource.ORDERS, 40, 40, ()),
        (CheckSource.REVIEWS, 1, 1, ()),
    ]


def test_the_points_history_is_not_in_the_ledger_so_nothing_counts_twice() -> None:
    recorded = story_records()
    here = figures_on(recorded, RULES, SETTINGS, story.TODAY)

    assert here.points == story.HERE_POINTS  # the records alone; the history adds nothing
    assert sum(row.points for row in story.HISTORY) == story.ALIEXPRESS_POINTS


def test_once_each_cause_is_fixed_every_month_agrees() -> None:
    fixed = story_records()
    fixed = replace(
        fixed,
        orders=(
            fixed.orders[0],
            replace(fixed.orders[1], refund_cents=5_530, refund_date=date(2026, 4, 3)),
            fixed.orders[2],
            order("2026-03-12", "24"),
        ),
        entries=(bonus("2026-06-10", -2, EntryKind.ADJUSTMENT),),
    )
    sources = {fixed.entries[0].ref: CheckSource.VISITS}

    comparison = comparison_of(fixed, story.HISTORY, sources)

    assert comparison.disagreeing == ()
    assert figures_on(fixed, RULES, SETTINGS, story.TODAY).points == story.ALIEXPRESS_POINTS


def test_an_adjustment_without_its_source_shows_in_other_and_the_visits_still_differ() -> None:
    fixed = replace(story_records(), entries=(bonus("2026-06-10", -2, EntryKind.ADJUSTMENT),))

    lines = {(line.month, line.source): line.difference for line in comparison_of(fixed, story.HISTORY).disagreeing}

    assert lines[(date(2026, 6, 1), CheckSource.VISITS)] == -2
    assert lines[(date(2026, 6, 1), CheckSource.OTHER)] == 2


def test_a_pending_order_that_aliexpress_credited_is_to_be_marked_confirmed() -> None:
    pending = order("2026-04-01", "30", status=OrderStatus.PENDING)
    history = (HistoryRow(date(2026, 4, 28), 30, "Order completed"),)

    (line,) = comparison_of(records(pending), history).disagreeing

    (finding,) = line.findings
    assert (finding.cause, finding.ref) == (Cause.ORDER_NOT_CONFIRMED, pending.ref)
    assert finding.fix is not None and (finding.fix.kind, finding.fix.day) == (
        FixKind.MARK_CONFIRMED,
        date(2026, 4, 28),
    )


def test_an_order_confirmed_in_another_month_shows_in_both_months_with_one_fix() -> None:
    early = order("2026-02-01", "75", confirmed="2026-02-27")
    history = (HistoryRow(date(2026, 3, 2), 75, "Purchase"), HistoryRow(date(2026, 2, 3), 5, "Game"))

    comparison = comparison_of(records(early, bonus("2026-02-03", 5)), history)

    found = [(f.month, f.points, f.cause) for line in comparison.disagreeing for f in line.findings]
    assert found == [(date(2026, 2, 1), -75, Cause.ORDER_OTHER_DATE), (date(2026, 3, 1), 75, Cause.ORDER_OTHER_DATE)]
    fixes = {f.fix for line in comparison.disagreeing for f in line.findings}
    assert len(fixes) == 1


def test_a_cancelled_order_that_aliexpress_credited_is_named() -> None:
    cancelled = order("2026-04-01", "30", status=OrderStatus.CANCELLED)

    (line,) = comparison_of(records(cancelled), (HistoryRow(date(2026, 4, 20), 30, "Order"),)).disagreeing

    assert [(f.cause, f.ref) for f in line.findings] == [(Cause.ORDER_CANCELLED_HERE, cancelled.ref)]


def test_a_promotion_missing_here_is_added_as_a_bonus_with_aliexpress_words() -> None:
    history = (HistoryRow(date(2026, 11, 11), 50, "11.11 game reward"),)

    (line,) = comparison_of(records(), history).disagreeing

    (finding,) = line.findings
    assert (line.source, finding.cause) == (CheckSource.OTHER, Cause.PROMOTION_MISSING)
    assert finding.fix is not None
    assert (finding.fix.kind, finding.fix.points, finding.fix.note) == (FixKind.ADD_BONUS, 50, "11.11 game reward")


def test_a_review_aliexpress_did_not_credit_and_reviews_it_did_that_are_missing() -> None:
    cheap = review("2026-05-03", "5")
    history = (
        HistoryRow(date(2026, 5, 1), 5, "Game"),
        HistoryRow(date(2026, 7, 2), 1, "Review reward"),
        HistoryRow(date(2026, 7, 9), 1, "Review reward"),
    )

    comparison = comparison_of(records(cheap, bonus("2026-05-01", 5)), history)

    may, july = comparison.disagreeing
    assert [(f.cause, f.points) for f in may.findings] == [(Cause.REVIEW_NOT_CREDITED, -1)]
    (missing,) = july.findings
    assert missing.cause is Cause.REVIEW_MISSING and missing.fix is not None
    assert (missing.fix.kind, missing.fix.days) == (FixKind.ADD_REVIEWS, (date(2026, 7, 2), date(2026, 7, 9)))


def test_visits_aliexpress_credited_on_days_not_recorded_are_added_on_those_days() -> None:
    history = tuple(HistoryRow(date(2026, 8, day), 1, "Check-in") for day in (3, 4, 5))

    (line,) = comparison_of(records(visit("2026-08-03")), history).disagreeing

    (finding,) = line.findings
    assert finding.cause is Cause.VISITS_MISSING and finding.fix is not None
    assert (finding.fix.kind, finding.fix.days) == (FixKind.ADD_VISITS, (date(2026, 8, 4), date(2026, 8, 5)))


def test_an_accepted_difference_is_listed_apart_and_does_not_disagree() -> None:
    accepted = bonus("2026-03-31", 24, EntryKind.ADJUSTMENT)
    history = (HistoryRow(date(2026, 3, 12), 24, "Order confirmed"),)

    comparison = comparison_of(records(accepted), history, {accepted.ref: CheckSource.ACCEPTED})

    assert [line.source for line in comparison.disagreeing] == [CheckSource.ORDERS]
    (line,) = comparison.accepted
    assert [(f.cause, f.fix and f.fix.kind) for f in line.findings] == [(Cause.ACCEPTED, FixKind.REMOVE_ENTRY)]


def test_without_a_points_history_there_is_nothing_to_compare() -> None:
    recorded = story_records()
    ledger = build_ledger(recorded, RULES, SETTINGS, story.TODAY)
    late = (HistoryRow(date(2026, 12, 1), 5, "Game"),)

    assert compare((), ledger, recorded, RULES, as_of=story.TODAY) is None
    assert compare(late, ledger, recorded, RULES, as_of=story.TODAY) is None  # after the as-of date


@pytest.mark.parametrize(
    ("description", "source"),
    [
        ("Order confirmed: 8101", CheckSource.ORDERS),
        ("Points deducted for refund", CheckSource.ORDERS),
        ("Product review reward", CheckSource.REVIEWS),
        ("Review of order 8101", CheckSource.REVIEWS),
        ("Daily check-in", CheckSource.VISITS),
        ("Member Center visit", CheckSource.VISITS),
        ("Подтверждение заказа", CheckSource.ORDERS),
        ("Отзыв о товаре", CheckSource.REVIEWS),
        ("Zwrot środków", CheckSource.ORDERS),
        ("Pedido confirmado", CheckSource.ORDERS),
        ("11.11 game reward", CheckSource.OTHER),
        ("", CheckSource.OTHER),
    ],
)
def test_history_rows_are_sorted_by_the_words_aliexpress_uses(description: str, source: CheckSource) -> None:
    assert history_source(description) is source


def _check(points: int, tier: str = "", accepted: date | None = None, day: date = story.TODAY) -> StoredCheck:
    return StoredCheck(1, day, points, tier, 0, "", datetime(2026, 11, 24, 9, 0), accepted, "")


def test_a_check_agrees_differs_or_was_accepted() -> None:
    here = Figures(1_180, "Gold")

    assert judge(_check(1_180), here).state is CheckState.AGREES
    assert judge(_check(1_180, "gold"), here).state is CheckState.AGREES
    differs = judge(_check(1_204), here)
    assert (differs.state, differs.missing) == (CheckState.DIFFERS, 24)
    tier = judge(_check(1_180, "Platinum"), here)
    assert (tier.state, tier.tier_differs) == (CheckState.DIFFERS, True)
    assert judge(_check(1_180, "Platinum", date(2026, 11, 25)), here).state is CheckState.ACCEPTED
    # Accepted, but the records have changed since: it differs again.
    assert judge(_check(1_204, "", date(2026, 11, 25)), here).state is CheckState.DIFFERS


def test_the_figures_are_unchecked_only_after_a_latest_check_that_differs() -> None:
    here = Figures(100, "Gold")
    old = judge(_check(90, day=date(2026, 10, 1)), here)
    new = judge(replace(_check(100), id=2), here)

    assert unchecked_since([old]) is old
    assert unchecked_since([old, new]) is None
    assert unchecked_since([]) is None


def test_figures_on_a_day_are_what_the_app_showed_then(ae2023: RuleSet) -> None:
    recorded = story_records()

    assert figures_on(recorded, ae2023, SETTINGS, date(2026, 2, 1)) == Figures(41, "Silver")
    assert figures_on(recorded, ae2023, SETTINGS, date(2026, 3, 31)) == Figures(96, "Silver")


def test_a_history_at_the_ends_of_the_calendar_is_compared_without_a_fault() -> None:
    history = (HistoryRow(date(1, 1, 5), 5, "Game"), HistoryRow(date(9999, 12, 29), 3, "Order"))
    recorded = records(order("9999-12-01", "3"))
    ledger = build_ledger(recorded, RULES, SETTINGS, date(9999, 12, 30))

    found = compare(history, ledger, recorded, RULES, as_of=date(9999, 12, 30))

    assert found is not None and found.history_rows == 2
    assert [line.source for line in found.disagreeing] == [CheckSource.OTHER]
