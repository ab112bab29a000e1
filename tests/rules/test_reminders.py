"""Reminders (issue "ready to install"): coupons (C1), birthday (C2), anniversary (C3), visits,
overdue confirmations (P1) and a coming lapse (P2/P3)."""

from __future__ import annotations

from tests.rules.builders import SETTINGS, bonus, d, order, records, visit
from tracker.report.reminders import (
    ANNIVERSARY,
    BIRTHDAY,
    LAPSE,
    LEVEL_UP_COUPONS,
    OVERDUE,
    VISIT,
    reminders,
)
from tracker.rules import OrderStatus, Records, RuleSet, compute_status


def kinds_and_texts(data: Records, ruleset: RuleSet, today: str, **profile: str) -> dict[str, str]:
    status = compute_status(data, ruleset, SETTINGS, d(today))
    return {r.kind: r.text for r in reminders(status, data, SETTINGS, profile)}


def test_c1_level_up_coupons_after_a_tier_rise(ae2023: RuleSet) -> None:
    data = records(bonus("2026-10-05", 200), visit("2026-11-10"))
    found = kinds_and_texts(data, ae2023, "2026-11-10")
    assert "Gold" in found[LEVEL_UP_COUPONS] and "8 Nov and 14 Nov" in found[LEVEL_UP_COUPONS]
    assert LEVEL_UP_COUPONS not in kinds_and_texts(data, ae2023, "2026-11-25")


def test_c2_birthday_reminder_three_weeks_ahead(ae2023: RuleSet) -> None:
    found = kinds_and_texts(records(), ae2023, "2026-11-24", birthday="1990-12-10")
    assert "by 8 Dec 2026" in found[BIRTHDAY]
    assert BIRTHDAY not in kinds_and_texts(records(), ae2023, "2026-11-24", birthday="1990-03-10")


def test_c3_anniversary_voucher(ae2023: RuleSet) -> None:
    found = kinds_and_texts(records(), ae2023, "2026-11-24", registration_date="2019-11-24")
    assert found[ANNIVERSARY] == "Your registration-anniversary voucher comes today."


def test_visit_reminder_until_the_visit_is_recorded_or_the_month_is_full(ae2023: RuleSet) -> None:
    assert VISIT in kinds_and_texts(records(), ae2023, "2026-11-24")
    assert VISIT not in kinds_and_texts(records(visit("2026-11-24")), ae2023, "2026-11-24")
    ten = [visit(f"2026-11-{day:02d}") for day in range(1, 11)]
    assert VISIT not in kinds_and_texts(records(*ten), ae2023, "2026-11-24")


def test_p1_orders_overdue_for_confirmation(ae2023: RuleSet) -> None:
    late = order("2026-10-01", "20", status=OrderStatus.PENDING)
    fresh = order("2026-11-20", "20", status=OrderStatus.PENDING)
    assert "1 order is past" in kinds_and_texts(records(late, fresh), ae2023, "2026-11-24")[OVERDUE]


def test_p2_lapse_within_30_days_says_what_to_spend(ae2023: RuleSet) -> None:
    data = records(bonus("2025-11-10", 400), bonus("2026-06-01", 150))
    found = kinds_and_texts(data, ae2023, "2026-11-24")
    assert found[LAPSE] == "Platinum ends 8 Dec 2026: you drop to Gold. Spend $351 as soon as you can to keep it."
    assert LAPSE not in kinds_and_texts(data, ae2023, "2026-10-01")


def test_kinds_can_be_turned_off(ae2023: RuleSet) -> None:
    assert kinds_and_texts(records(), ae2023, "2026-11-24", reminders_off="visit, birthday") == {}
