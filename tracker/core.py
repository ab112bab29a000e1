"""What both front ends do with an open database: pick the rule set, compute the status.

The window and the command line call these, so "the active rule set" and "the status as of a
date" mean the same thing in both. No Qt, no matplotlib.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from peewee import SqliteDatabase

from tracker.rules import DEFAULT_RULESET_ID, Records, RuleSet, Settings, Status, compute_status, find_ruleset
from tracker.rules.book import LedgerBook
from tracker.store.repository import get_settings, load_records, load_settings

SETTING_RULESET = "ruleset"


def active_ruleset(db: SqliteDatabase, override: str | None = None) -> RuleSet:
    """``override`` (a shipped id or a file), else the one chosen in settings, else the default.

    Raises :class:`~tracker.rules.RuleSetError` with a message fit to show as it is.
    """
    chosen = override or get_settings(db).get(SETTING_RULESET) or DEFAULT_RULESET_ID
    return find_ruleset(chosen)


def open_book(db: SqliteDatabase, as_of: date, *, ruleset: RuleSet | None = None) -> LedgerBook:
    """Everything in the database, as a ledger book the window keeps current edit by edit."""
    return LedgerBook(load_records(db), ruleset or active_ruleset(db), load_settings(db), as_of)


def load_status(
    db: SqliteDatabase,
    as_of: date,
    *,
    ruleset: RuleSet | None = None,
    include_pending: bool | None = None,
) -> tuple[Status, Records, Settings]:
    """The status as of ``as_of`` from everything in the database."""
    ruleset = ruleset or active_ruleset(db)
    settings = load_settings(db)
    if include_pending is not None:
        settings = replace(settings, include_pending=include_pending)
    records = load_records(db)
    return compute_status(records, ruleset, settings, as_of), records, settings
