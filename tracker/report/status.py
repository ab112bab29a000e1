"""What both front ends do with an open database: pick the rule set, compute the status.

The window and the command line call these, so "the active rule set" and "the status as of a
date" mean the same thing in both. No Qt, no matplotlib.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from peewee import SqliteDatabase

from tracker.report.stored_status import ruleset_named
from tracker.rules import DEFAULT_RULESET_ID, Records, RuleSet, Settings, Status, compute_status
from tracker.store.reading import get_settings, load_records, load_settings
from tracker.store.setting_values import SETTING_RULESET

if TYPE_CHECKING:
    from tracker.rules.book import LedgerBook


def active_ruleset(db: SqliteDatabase, override: str | None = None) -> RuleSet:
    """``override`` (a shipped id or a file), else the one chosen in settings, else the default.

    Raises :class:`~tracker.rules.RuleSetError` with a message fit to show as it is.
    """
    return ruleset_named(override or get_settings(db).get(SETTING_RULESET) or DEFAULT_RULESET_ID)


def open_book(db: SqliteDatabase, as_of: date, *, ruleset: RuleSet | None = None) -> LedgerBook:
    """Everything in the database, as a ledger book the window keeps current edit by edit."""
    from tracker.rules.book import LedgerBook

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


def quick_status(
    db: SqliteDatabase,
    as_of: date,
    *,
    ruleset: RuleSet | None = None,
    include_pending: bool | None = None,
    keep: bool = True,
) -> Status:
    """The status as of ``as_of`` from the derived sums (:mod:`tracker.report.figures`): the same
    figures as :func:`load_status` without reading every record, and without a ledger."""
    from tracker.report.figures import figures
    from tracker.report.sums import status_of

    ruleset = ruleset or active_ruleset(db)
    settings = load_settings(db)
    found = figures(db, ruleset, settings, as_of, keep=keep)
    assert found is not None  # not quick_only: always computed
    return status_of(found, ruleset, settings, include_pending)
