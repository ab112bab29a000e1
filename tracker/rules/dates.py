"""Calendar arithmetic the rules need: months as integers, month ends, adding months.

The calendar of :mod:`datetime` runs from 1 January of year 1 to 31 December 9999. The helpers
that step outside it (a window reaching back before year 1, a lag carrying a date past 9999)
say so or stop at its edge, so that every figure of a date inside it can be computed.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)
FIRST_MONTH = date.min.year * 12  # the month index of January of year 1
LAST_MONTH = date.max.year * 12 + 11  # the month index of December 9999


class DateRangeError(ValueError):
    """A figure would need a date outside the calendar (before year 1 or after 9999)."""


def month_index(day: date) -> int:
    """A month as one integer (year × 12 + month − 1), so month M − 11 is plain subtraction."""
    return day.year * 12 + day.month - 1


def month_start(index: int) -> date:
    year, month0 = divmod(index, 12)
    return date(year, month0 + 1, 1)


def month_end(index: int) -> date:
    year, month0 = divmod(index, 12)
    return date(year, month0 + 1, calendar.monthrange(year, month0 + 1)[1])


def day_of_month(index: int, day: int) -> date:
    """``day`` of month ``index``, clamped to the month's last day."""
    year, month0 = divmod(index, 12)
    return date(year, month0 + 1, min(day, calendar.monthrange(year, month0 + 1)[1]))


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the end of a shorter month."""
    return day_of_month(month_index(day) + months, day.day)


def days_after(day: date, days: int) -> date:
    """``days`` days after ``day``, or the calendar's last day if that is further."""
    ordinal = day.toordinal() + days
    return date.max if ordinal >= date.max.toordinal() else date.min if ordinal < 1 else date.fromordinal(ordinal)


def days_before(day: date, days: int) -> date:
    """``days`` days before ``day``, or the calendar's first day if that is earlier."""
    return days_after(day, -days)
