"""Level-up coupons, birthday gift and anniversary voucher dates (RULES C1–C3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tracker.rules.dates import day_of_month, month_index
from tracker.rules.ruleset import RuleSet
from tracker.rules.window import PointsSeries, Recalculation, is_daily, month_end_recalculation


@dataclass(frozen=True, slots=True)
class CouponWindow:
    """C1: after a tier rise, coupons come between ``first_issue`` and ``last_issue``."""

    raised_by: Recalculation
    first_issue: date
    last_issue: date
    use_by: date  # the latest a coupon issued on the last day is still valid


def levelup_coupons(ruleset: RuleSet, rise: Recalculation) -> CouponWindow:
    calendar = ruleset.calendar
    month = month_index(rise.date) + 1
    first = day_of_month(month, calendar.levelup_coupon_first_day)
    last = day_of_month(month, calendar.levelup_coupon_last_day)
    return CouponWindow(rise, first, last, last + timedelta(days=calendar.levelup_coupon_valid_days - 1))


def tier_rises(series: PointsSeries, ruleset: RuleSet, first_month: int, last_month: int) -> list[Recalculation]:
    """Month-end recalculations from ``first_month`` to ``last_month`` that raised the tier."""
    if is_daily(ruleset):
        return []  # the legacy levels give no level-up coupons
    rises = []
    previous = month_end_recalculation(series, ruleset, first_month - 1)
    for month in range(first_month, last_month + 1):
        current = month_end_recalculation(series, ruleset, month)
        if ruleset.rank(current.tier) > ruleset.rank(previous.tier):
            rises.append(current)
        previous = current
    return rises


def _this_years(day: date, year: int) -> date:
    """``day``'s month and day in ``year``; 29 February falls on the 28th in other years."""
    return day_of_month(year * 12 + day.month - 1, day.day)


def next_anniversary(day: date, today: date) -> date:
    """The next date on or after ``today`` with ``day``'s month and day (C2, C3)."""
    this_year = _this_years(day, today.year)
    return this_year if this_year >= today else _this_years(day, today.year + 1)


def birthday_deadline(ruleset: RuleSet, birthday: date, today: date) -> date:
    """C2: the last day to set the birth date in the profile for the next birthday gift."""
    coming = next_anniversary(birthday, today)
    deadline = coming - timedelta(days=ruleset.calendar.birthday_notice_days)
    if deadline < today:
        coming = next_anniversary(birthday, coming + timedelta(days=1))
        deadline = coming - timedelta(days=ruleset.calendar.birthday_notice_days)
    return deadline


def registration_anniversary(ruleset: RuleSet, registered: date, today: date) -> date | None:
    """C3: when the next registration-anniversary voucher comes, if the rule set has one."""
    if not ruleset.calendar.anniversary_voucher:
        return None
    coming = next_anniversary(registered, today)
    return coming if coming > registered else next_anniversary(registered, coming + timedelta(days=1))
