"""The checks against AliExpress and the Member Center's points history, as stored: reading only.

The dashboard's line about the last check reads them at every start; what records a check, accepts
its difference or makes its fixes (:mod:`tracker.store.checks`, which re-exports all of this)
needs the store's writing, which a start does not import.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.store.connection import read_transaction
from tracker.store.errors import FieldProblem, RecordNotFoundError

MAX_CHECK_POINTS = 10_000_000
"""More points than any shopper has: a figure above it is a typing mistake."""
FIRST_CHECK_DAY = date(2010, 1, 1)
"""AliExpress opened in 2010: no Member Center showed points before."""


class CheckSource(enum.StrEnum):
    """Where points come from, as a check compares them with the Member Center's history."""

    ORDERS = "orders"
    REVIEWS = "reviews"
    VISITS = "visits"
    OTHER = "other"
    ACCEPTED = "accepted"  # not a source: an accepted difference


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One row of the Member Center's points history: a change of ``points`` on ``date``."""

    date: date
    points: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class CheckDraft:
    """A check as typed: what the Member Center showed on ``date`` (``tier`` "" when not given),
    and what Points Tracker counted for that day at the time."""

    date: date
    points: int
    tier: str = ""
    here_points: int = 0
    here_tier: str = ""


@dataclass(frozen=True, slots=True)
class StoredCheck:
    id: int
    date: date
    points: int
    tier: str
    here_points: int
    here_tier: str
    checked_at: datetime
    accepted_on: dt.date | None = None
    note: str = ""


def entries_from_history(db: SqliteDatabase) -> frozenset[str]:
    """Refs (``entry:12``) of points entries an import of a points history made as bonuses and
    adjustments (before version 2 kept the history apart): they count on top of the records."""
    with read_transaction(db) as conn:
        rows = conn.execute(
            "SELECT id FROM points_entry WHERE batch_id IN (SELECT id FROM import_batch WHERE kind = ?)",
            ("points_history",),
        ).fetchall()
    return frozenset(f"entry:{row_id}" for (row_id,) in rows)


def load_history(db: SqliteDatabase) -> list[HistoryRow]:
    """Every imported points-history row, by date."""
    with read_transaction(db) as conn:
        rows = conn.execute("SELECT date, points, note FROM points_history ORDER BY date, id").fetchall()
    return [HistoryRow(date.fromisoformat(day), int(points), note) for day, points, note in rows]


# --- checks ---------------------------------------------------------------------------------------


def validate_check(draft: CheckDraft) -> list[FieldProblem]:
    problems = []
    if draft.date < FIRST_CHECK_DAY:
        problems.append(
            FieldProblem("date", translate("Check", "AliExpress showed no points before 2010: check the date"))
        )
    if draft.points < 0:
        problems.append(FieldProblem("points", translate("Check", "The points cannot be negative")))
    elif draft.points > MAX_CHECK_POINTS:
        problems.append(FieldProblem("points", translate("Check", "No shopper has that many points: check the figure")))
    return problems


CHECK_COLUMNS = "id, date, points, tier, here_points, here_tier, checked_at, accepted_on, note"


def check_from_row(row: Sequence[Any]) -> StoredCheck:
    return StoredCheck(
        id=row[0],
        date=date.fromisoformat(row[1]),
        points=row[2],
        tier=row[3],
        here_points=row[4],
        here_tier=row[5],
        checked_at=datetime.fromisoformat(row[6]),
        accepted_on=None if row[7] is None else date.fromisoformat(row[7]),
        note=row[8],
    )


def list_checks(db: SqliteDatabase) -> list[StoredCheck]:
    """Every check, oldest first (by the day it was made for, then as typed)."""
    with read_transaction(db) as conn:
        rows = conn.execute(f"SELECT {CHECK_COLUMNS} FROM points_check ORDER BY date, id").fetchall()
    return [check_from_row(row) for row in rows]


def get_check(db: SqliteDatabase, check_id: int) -> StoredCheck:
    with read_transaction(db) as conn:
        row = conn.execute(f"SELECT {CHECK_COLUMNS} FROM points_check WHERE id = ?", (check_id,)).fetchone()
    if row is None:
        raise check_gone(check_id)
    return check_from_row(row)


def check_gone(check_id: int) -> RecordNotFoundError:
    return RecordNotFoundError(
        translate("Check", "This check no longer exists (id {check_id}); it may have been deleted.").format(
            check_id=check_id
        )
    )
