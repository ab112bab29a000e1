"""A check of an earlier day is judged from today's ledger only where that is exact: whatever the
records, it gives what a ledger built as of that day gives (RULES P0)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tests.rules.test_rules_properties import SETTINGS_PROFILE, days, rulesets, shopper_records
from tracker.report.check import evaluate_checks, figures_from_ledger, figures_on
from tracker.rules import Records, RuleSet, Settings, build_ledger, compute_status
from tracker.store.checks import StoredCheck


@SETTINGS_PROFILE
@given(shopper_records(), rulesets, days, st.data())
def test_earlier_checks_read_off_today_are_what_that_day_showed(
    data: Records, ruleset: RuleSet, today: date, draw: st.DataObject
) -> None:
    # Days near the orders (the days a confirmation estimate or a refund can move), and any day.
    near = [order.order_date + timedelta(days=k) for order in data.orders for k in (0, 1, 7, 19, 25, 40)]
    chosen = draw.draw(
        st.lists(st.sampled_from(near) | days, min_size=1, max_size=8) if near else st.lists(days, min_size=1)
    )
    settings = Settings()
    status = compute_status(data, ruleset, settings, today)
    checks = [StoredCheck(n, day, 0, "", 0, "", datetime(2026, 1, 1)) for n, day in enumerate(chosen) if day <= today]

    results = evaluate_checks(checks, data, ruleset, settings, status=status)

    for check, result in zip(checks, results, strict=True):
        whole = figures_from_ledger(build_ledger(data, ruleset, settings, check.date), ruleset, check.date)
        assert result.here == whole, check.date
        assert figures_on(data, ruleset, settings, check.date) == whole, check.date
