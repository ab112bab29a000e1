"""Calendar arithmetic the rules need: months as integers, month ends, adding months."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)


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
