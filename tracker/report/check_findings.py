"""What a comparison with the Member Center's points history finds: month lines, their likely
causes, and the fix each cause suggests. Plain data; :mod:`tracker.report.check_compare` makes
it, :mod:`tracker.report.check_causes` names the causes, :mod:`tracker.report.check_fixes` turns a
fix into changes to the records and :mod:`tracker.report.check_words` says it all in words.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from tracker.store.check_reading import CheckSource

COMPARED = (CheckSource.ORDERS, CheckSource.REVIEWS, CheckSource.VISITS, CheckSource.OTHER)
COMPARED_ORDER = {source: index for index, source in enumerate((*COMPARED, CheckSource.ACCEPTED))}
"""The order of the lines of one month: the sources compared, then the accepted differences."""


class Cause(enum.StrEnum):
    ORDER_MISSING = "order_missing"
    ORDER_NOT_CONFIRMED = "order_not_confirmed"
    ORDER_CANCELLED_HERE = "order_cancelled_here"
    ORDER_OTHER_DATE = "order_other_date"
    ORDER_NOT_CREDITED = "order_not_credited"
    REFUND_NOT_RECORDED = "refund_not_recorded"
    REFUND_OTHER_DATE = "refund_other_date"
    REFUND_NOT_DEDUCTED = "refund_not_deducted"
    REVIEW_MISSING = "review_missing"
    REVIEW_NOT_CREDITED = "review_not_credited"
    VISITS_MISSING = "visits_missing"
    VISITS_CAPPED = "visits_capped"
    PROMOTION_MISSING = "promotion_missing"
    OTHER_NOT_LISTED = "other_not_listed"
    ADJUSTMENT_NOT_NEEDED = "adjustment_not_needed"
    COUNTED_TWICE = "counted_twice"  # a points-history row imported as a bonus by an earlier version
    ACCEPTED = "accepted"


class FixKind(enum.StrEnum):
    ADD_ORDER = "add_order"  # an order confirmed on ``day`` that earns ``points`` (the form asks the rest)
    MARK_CONFIRMED = "mark_confirmed"  # order ``ref`` confirmed on ``day``
    RECORD_REFUND = "record_refund"  # order ``ref`` refunded ``cents`` on ``day``
    ADJUST = "adjust"  # an adjustment of ``points`` on ``day`` correcting ``source``
    ADD_BONUS = "add_bonus"  # a bonus (or, negative, an adjustment) of ``points`` on ``day``: ``note``
    ADD_REVIEWS = "add_reviews"  # a review on each of ``days``
    ADD_VISITS = "add_visits"  # a visit on each of ``days``
    REMOVE_ENTRY = "remove_entry"  # the check's adjustment ``ref``
    DELETE_ENTRY = "delete_entry"  # points entry ``ref``, a bonus that counts twice


@dataclass(frozen=True, slots=True)
class Fix:
    kind: FixKind
    day: date
    points: int = 0
    ref: str = ""
    cents: int = 0
    days: tuple[date, ...] = ()
    note: str = ""
    source: CheckSource = CheckSource.OTHER


@dataclass(frozen=True, slots=True)
class Finding:
    """Part of a month's difference for one source, its likely cause and the fix for it.

    ``points`` is what it adds to "AliExpress − here": positive when points are missing here.
    ``day`` is the date of the change (AliExpress's, when it is theirs); ``other_day`` the date
    the same change has on the other side, when it is there on another date.
    """

    month: date
    source: CheckSource
    points: int
    cause: Cause
    day: date
    fix: Fix | None
    ref: str = ""
    other_day: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class MonthLine:
    """One month and one source: what AliExpress credited, what the ledger has, and why not."""

    month: date
    source: CheckSource
    aliexpress: int
    here: int
    findings: tuple[Finding, ...] = ()

    @property
    def difference(self) -> int:
        return self.aliexpress - self.here

    @property
    def disagrees(self) -> bool:
        return self.difference != 0 and self.source is not CheckSource.ACCEPTED


@dataclass(frozen=True, slots=True)
class Comparison:
    """The months the points history covers, line by line (months and sources with any points)."""

    first_month: date
    last_month: date
    history_rows: int
    lines: tuple[MonthLine, ...]

    @property
    def disagreeing(self) -> tuple[MonthLine, ...]:
        return tuple(line for line in self.lines if line.disagrees)

    @property
    def accepted(self) -> tuple[MonthLine, ...]:
        return tuple(line for line in self.lines if line.source is CheckSource.ACCEPTED)
