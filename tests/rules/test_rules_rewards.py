"""Level-up coupons, birthday gift and anniversary voucher (C1–C3)."""

from __future__ import annotations

from tests.rules.builders import SETTINGS, bonus, d, records
from tracker.rules import PointsSeries, RuleSet, build_ledger
from tracker.rules.dates import month_index
from tracker.rules.rewards import birthday_deadline, levelup_coupons, registration_anniversary, tier_rises


def test_c1_level_up_coupons_between_8th_and_14th_valid_7_days(ae2023: RuleSet) -> None:
    series = PointsSeries.from_entries(
        build_ledger(records(bonus("2025-03-05", 150), bonus("2025-05-05", 400)), ae2023, SETTINGS, d("2025-12-31"))
    )
    rises = tier_rises(series, ae2023, month_index(d("2025-01-01")), month_index(d("2025-12-01")))
    assert [(r.date, r.tier.name) for r in rises] == [
        (d("2025-03-31"), "Gold"),
        (d("2025-05-31"), "Platinum"),
    ]
    coupons = levelup_coupons(ae2023, rises[0])
    assert (coupons.first_issue, coupons.last_issue, coupons.use_by) == (
        d("2025-04-08"),
        d("2025-04-14"),
        d("2025-04-20"),
    )


def test_c1_legacy_levels_have_no_level_up_coupons(legacy: RuleSet) -> None:
    series = PointsSeries.from_entries(
        build_ledger(records(bonus("2025-03-05", 600)), legacy, SETTINGS, d("2025-12-31"))
    )
    assert tier_rises(series, legacy, month_index(d("2025-01-01")), month_index(d("2025-12-01"))) == []


def test_c2_birthday_must_be_set_two_days_before(ae2023: RuleSet) -> None:
    assert birthday_deadline(ae2023, d("1990-06-20"), d("2025-06-01")) == d("2025-06-18")
    # Past this year's deadline: next year's.
    assert birthday_deadline(ae2023, d("1990-06-20"), d("2025-06-19")) == d("2026-06-18")
    # 29 February falls on the 28th in a common year.
    assert birthday_deadline(ae2023, d("1992-02-29"), d("2025-01-10")) == d("2025-02-26")


def test_c3_registration_anniversary_voucher(ae2023: RuleSet, legacy: RuleSet) -> None:
    assert registration_anniversary(ae2023, d("2019-11-11"), d("2025-06-01")) == d("2025-11-11")
    assert registration_anniversary(ae2023, d("2019-11-11"), d("2025-11-11")) == d("2025-11-11")
    assert registration_anniversary(ae2023, d("2025-06-01"), d("2025-06-01")) == d("2026-06-01")
    assert registration_anniversary(legacy, d("2019-11-11"), d("2025-06-01")) is None
