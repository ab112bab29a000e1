"""Checks against AliExpress: the figures the shopper read in the Member Center, its points
history, and the points entries a check's fixes made.

- a **check** (``points_check``) is the points and tier the Member Center showed on a day;
- the **points history** (``points_history``) is AliExpress's own list of point changes, imported
  to find where a difference comes from. Its rows are never counted as points: the orders,
  reviews and visits they describe are (so nothing counts twice);
- a **linked entry** (``check_entry``) is an adjustment made by a check: which source (orders,
  reviews, visits, other) it corrects, or that it accepts a check's difference.

Every function is one transaction; a linked entry goes in and out together with its points
entry, under the same id, so that undo and redo keep its identity. Nothing here imports Qt.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.store._rows import ENTRIES, HISTORY
from tracker.store.check_reading import (
    CHECK_COLUMNS,
    FIRST_CHECK_DAY,
    MAX_CHECK_POINTS,
    CheckDraft,
    CheckSource,
    HistoryRow,
    StoredCheck,
    check_from_row,
    check_gone,
    entries_from_history,
    get_check,
    list_checks,
    load_history,
    validate_check,
)
from tracker.store.connection import read_transaction, write_transaction
from tracker.store.drafts import EntryDraft, validate_entry
from tracker.store.errors import InvalidDraftError, RecordNotFoundError

__all__ = [
    "FIRST_CHECK_DAY",
    "HISTORY",
    "MAX_CHECK_POINTS",
    "CheckDraft",
    "CheckSource",
    "HistoryRow",
    "LinkedEntry",
    "RemovedCheck",
    "StoredCheck",
    "accept_check",
    "add_check",
    "add_linked_entry",
    "delete_check",
    "entries_from_history",
    "entry_sources",
    "get_check",
    "linked_entries",
    "list_checks",
    "load_history",
    "remove_linked_entry",
    "restore_check",
    "set_accepted",
    "validate_check",
    "withdraw_acceptance",
]


@dataclass(frozen=True, slots=True)
class LinkedEntry:
    """A points entry made by a check, with what it corrects."""

    entry_id: int
    draft: EntryDraft
    source: CheckSource
    check_id: int | None = None

    @property
    def ref(self) -> str:
        return f"entry:{self.entry_id}"


# --- checks --------------------------------------------------------------------------------------


def add_check(db: SqliteDatabase, draft: CheckDraft, checked_at: datetime | None = None) -> int:
    """Keep a check; returns its id."""
    problems = validate_check(draft)
    if problems:
        raise InvalidDraftError(problems)
    stamp = (checked_at or datetime.now().astimezone()).isoformat(timespec="seconds")
    with write_transaction(db) as conn:
        row_id = conn.execute(
            "INSERT INTO points_check (date, points, tier, here_points, here_tier, checked_at, note) "
            "VALUES (?, ?, ?, ?, ?, ?, '')",
            (draft.date.isoformat(), draft.points, draft.tier, draft.here_points, draft.here_tier, stamp),
        ).lastrowid
    assert row_id is not None
    return row_id


@dataclass(frozen=True, slots=True)
class RemovedCheck:
    """A deleted check and the entries that went with it, to put them back as they were."""

    check: StoredCheck
    entries: tuple[LinkedEntry, ...]


def delete_check(db: SqliteDatabase, check_id: int) -> RemovedCheck:
    """Delete a check and the adjustment that accepted its difference, if any (one transaction)."""
    with write_transaction(db) as conn:
        row = conn.execute(f"SELECT {CHECK_COLUMNS} FROM points_check WHERE id = ?", (check_id,)).fetchone()
        if row is None:
            raise check_gone(check_id)
        entries = tuple(
            entry for entry in _linked_entries(conn) if entry.check_id == check_id and entry.source == "accepted"
        )
        conn.executemany("DELETE FROM points_entry WHERE id = ?", [(entry.entry_id,) for entry in entries])
        conn.execute("DELETE FROM points_check WHERE id = ?", (check_id,))
    return RemovedCheck(check_from_row(row), entries)


def restore_check(db: SqliteDatabase, removed: RemovedCheck) -> None:
    """Put a deleted check back under its id, with its entries (undo of :func:`delete_check`)."""
    check = removed.check
    with write_transaction(db) as conn:
        conn.execute(
            f"INSERT INTO points_check ({CHECK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                check.id, check.date.isoformat(), check.points, check.tier, check.here_points, check.here_tier,
                check.checked_at.isoformat(timespec="seconds"),
                None if check.accepted_on is None else check.accepted_on.isoformat(), check.note,
            ),
        )  # fmt: skip
        for entry in removed.entries:
            _insert_linked(conn, entry)


def set_accepted(db: SqliteDatabase, check_id: int, accepted_on: date | None, note: str = "") -> None:
    """Mark a check's difference accepted on ``accepted_on`` with ``note`` (None: not accepted)."""
    with write_transaction(db) as conn:
        _set_accepted(conn, check_id, accepted_on, note)


def _set_accepted(conn: sqlite3.Connection, check_id: int, accepted_on: date | None, note: str) -> None:
    day = None if accepted_on is None else accepted_on.isoformat()
    changed = conn.execute(
        "UPDATE points_check SET accepted_on = ?, note = ? WHERE id = ?", (day, note, check_id)
    ).rowcount
    if not changed:
        raise check_gone(check_id)


def accept_check(
    db: SqliteDatabase, check_id: int, accepted_on: date, note: str, adjustment: EntryDraft | None
) -> LinkedEntry | None:
    """Accept a check's difference: the check is marked, and ``adjustment`` (the difference, dated
    the check's day) is recorded with it — one transaction. Returns the entry made, if any."""
    with write_transaction(db) as conn:
        _set_accepted(conn, check_id, accepted_on, note)
        if adjustment is None:
            return None
        return _insert_linked(conn, LinkedEntry(0, adjustment, CheckSource.ACCEPTED, check_id))


def withdraw_acceptance(db: SqliteDatabase, check_id: int, entry: LinkedEntry | None) -> None:
    """Undo :func:`accept_check`: the check is no longer accepted and its adjustment goes."""
    with write_transaction(db) as conn:
        _set_accepted(conn, check_id, None, "")
        if entry is not None:
            conn.execute("DELETE FROM points_entry WHERE id = ?", (entry.entry_id,))


# --- entries made by checks ----------------------------------------------------------------------


def _linked_entries(conn: sqlite3.Connection) -> list[LinkedEntry]:
    rows = conn.execute(
        "SELECT e.id, e.date, e.points, e.kind, e.note, c.source, c.check_id "
        "FROM check_entry c JOIN points_entry e ON e.id = c.entry_id ORDER BY e.date, e.id"
    ).fetchall()
    return [
        LinkedEntry(row[0], ENTRIES.from_row(row[1:5]), CheckSource(row[5]), row[6])
        for row in rows
        if row[5] in CheckSource._value2member_map_
    ]


def linked_entries(db: SqliteDatabase) -> list[LinkedEntry]:
    """Every points entry a check made, by date."""
    with read_transaction(db) as conn:
        return _linked_entries(conn)


def entry_sources(db: SqliteDatabase) -> dict[str, CheckSource]:
    """Ledger reference (``entry:12``) → the source a check's entry corrects, or ACCEPTED."""
    return {entry.ref: entry.source for entry in linked_entries(db)}


def _insert_linked(conn: sqlite3.Connection, entry: LinkedEntry) -> LinkedEntry:
    problems = validate_entry(entry.draft)
    if problems:
        raise InvalidDraftError(problems)
    params = ENTRIES.to_params(entry.draft)
    if entry.entry_id:
        conn.execute(ENTRIES.insert_sql(with_id=True), (entry.entry_id, *params, None))
        entry_id = entry.entry_id
    else:
        new_id = conn.execute(ENTRIES.insert_sql(), (*params, None)).lastrowid
        assert new_id is not None
        entry_id = new_id
    conn.execute(
        "INSERT INTO check_entry (entry_id, source, check_id) VALUES (?, ?, ?)",
        (entry_id, entry.source.value, entry.check_id),
    )
    return LinkedEntry(entry_id, entry.draft, entry.source, entry.check_id)


def add_linked_entry(db: SqliteDatabase, entry: LinkedEntry) -> LinkedEntry:
    """Record a check's adjustment (under ``entry.entry_id`` when it is not 0: a redo) with what it
    corrects; returns it with its id."""
    with write_transaction(db) as conn:
        return _insert_linked(conn, entry)


def remove_linked_entry(db: SqliteDatabase, entry_id: int) -> LinkedEntry:
    """Remove a check's adjustment (its link goes with it); returns what it was, to put it back."""
    with write_transaction(db) as conn:
        found = [entry for entry in _linked_entries(conn) if entry.entry_id == entry_id]
        if not found:
            raise RecordNotFoundError(
                translate("Check", "This adjustment no longer exists (id {entry_id}).").format(entry_id=entry_id)
            )
        conn.execute("DELETE FROM points_entry WHERE id = ?", (entry_id,))
    return found[0]
