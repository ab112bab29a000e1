"""Ledger entries: the dated points every rule produces, and how sure each one is."""

from __future__ import annotations

import enum
import functools
from datetime import date
from typing import NamedTuple


class Source(enum.StrEnum):
    """Where points come from, for "where points come from" charts and tables."""

    ORDER = "order"
    MULTI_CATEGORY = "multi_category"
    PURCHASE_DAY = "purchase_day"
    REVIEW = "review"
    VISIT = "visit"
    POST = "post"
    FOLLOW = "follow"
    BONUS = "bonus"
    ADJUSTMENT = "adjustment"


class Credit(enum.StrEnum):
    """How sure an entry is."""

    CREDITED = "credited"  # happened on or before the as-of date
    ESTIMATED = "estimated"  # confirmed order whose confirmation date is unknown (P1)
    EXPECTED = "expected"  # a pending order's credit, on the day it should be confirmed (P1)


class LedgerEntry(NamedTuple):
    """``points`` credited on ``date`` by ``rule`` for the record ``ref`` (a NamedTuple: fast)."""

    date: date
    points: int
    rule: str
    source: Source
    ref: str
    credit: Credit = Credit.CREDITED


# tuple.__new__ skips the NamedTuple's Python-level __new__: a status makes ~50,000 of these.
new_entry = functools.partial(tuple.__new__, LedgerEntry)


def day_ref(day: date) -> str:
    """The reference of an order date's own entries (S3, L2, F1): ``day:2026-11-02``."""
    return f"day:{day.isoformat()}"


def day_of_ref(ref: str) -> date:
    """The order date a ``day:…`` reference names."""
    return date.fromisoformat(ref[4:])
