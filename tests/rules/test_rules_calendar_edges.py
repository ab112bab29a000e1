"""The calendar's edges: a status for any date from 1 January of year 1 to 31 December 9998, and
a clear DateRangeError after that (the figures look twelve months ahead)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.builders import bonus, order, records, review, visit
from tests.rules.test_rules_properties import RULESETS
from tracker.rules import DateRangeError, OrderStatus, Records, RuleSet, Settings, check_as_of, compute_status
from tracker.rules.book import LedgerBook

LATEST = date(9998, 12, 31)


def around(day: date) -> Records:
    """Records of every kind near ``day``, as far as the calendar allows."""

    def near(days: int) -> str:
        ordinal = min(max(day.toordinal() + days, 1), date.max.toordinal())
        return date.fromordinal(ordinal).isoformat()

    return records(
        bonus(near(-40), 700),
        order(near(-30), "600", categories=("A", "B"), refund="10", refund_date=near(-1)),
        order(near(-3), "120", confirmed=None),  # estimated (P1)
        order(near(-2), "80", status=OrderStatus.PENDING),  # expected after the lag
        order(near(0), "90", status=OrderStatus.PENDING, expected=date.max.isoformat()),
        review(near(-5)),
        visit(near(0)),
    )


@pytest.mark.parametrize("ruleset", list(RULESETS.values()), ids=list(RULESETS))
@pytest.mark.parametrize(
    "as_of",
    [date.min, date(1, 1, 7), date(1, 1, 8), date(1, 2, 7), date(1, 2, 8), date(1, 12, 31), date(2, 1, 1)],
    ids=str,
)
def test_the_first_days_of_the_calendar_have_a_status(ruleset: RuleSet, as_of: date) -> None:
    status = compute_status(around(as_of), ruleset, Settings(), as_of)
    assert status.window_points >= 0 and len(status.expiring) == ruleset.window.months
    assert status.lapse is None or status.lapse.effective > as_of


@pytest.mark.parametrize("ruleset", list(RULESETS.values()), ids=list(RULESETS))
@pytest.mark.parametrize("as_of", [date(9998, 1, 1), date(9998, 12, 7), date(9998, 12, 8), LATEST], ids=str)
def test_the_last_days_with_twelve_months_ahead_have_a_status(ruleset: RuleSet, as_of: date) -> None:
    status = compute_status(around(as_of), ruleset, Settings(confirmation_lag_days=10**12), as_of)
    assert status.keep_plan.steps == () or status.keep_plan.steps[-1].effective <= date.max


@pytest.mark.parametrize("as_of", [date(9999, 1, 1), date(9999, 12, 8), date.max], ids=str)
def test_a_date_in_the_year_9999_says_why_there_is_no_status(as_of: date) -> None:
    with pytest.raises(DateRangeError, match="the latest date they can be computed for is 9998-12-31"):
        compute_status(Records(), RULESETS["aliexpress-2023"], Settings(), as_of)
    book = LedgerBook(Records(), RULESETS["aliexpress-legacy-a0-a4"], Settings(), as_of)
    with pytest.raises(DateRangeError):
        book.status()


def test_a_plan_further_ahead_ends_earlier() -> None:
    ruleset = RULESETS["aliexpress-2023"]
    check_as_of(ruleset, date(9989, 12, 31), months=120)
    with pytest.raises(DateRangeError, match="120 months ahead"):
        check_as_of(ruleset, date(9990, 1, 1), months=120)


edge_dates = st.one_of(
    st.dates(date.min, date(3, 12, 31)),
    st.dates(date(9996, 1, 1), LATEST),
    st.dates(date(1, 1, 1), LATEST),
)


@settings(max_examples=120, deadline=None)
@given(edge_dates, st.sampled_from(list(RULESETS.values())), st.integers(0, 10**7))
def test_every_date_up_to_9998_has_a_status(as_of: date, ruleset: RuleSet, lag: int) -> None:
    status = compute_status(around(as_of), ruleset, Settings(confirmation_lag_days=lag), as_of)
    assert sum(e.points for e in status.expiring) == status.window_points
    assert all(step.buy_by <= step.recalculation for step in status.keep_plan.steps)
    assert status.tier == status.in_effect_since.tier
    assert status.as_of == as_of
