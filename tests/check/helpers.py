"""The story of :mod:`tests.check.story` written into a database, as a shopper would have it."""

from __future__ import annotations

from datetime import date

from peewee import SqliteDatabase

from tests.check import story
from tracker.report.check_report import CheckReport, load_report, record_check
from tracker.report.status import load_status
from tracker.rules import builtin_rulesets
from tracker.rules.records import EntryKind
from tracker.store import repository as repo
from tracker.store.batches import write_batch
from tracker.store.drafts import EntryDraft

RULES = builtin_rulesets()["aliexpress-2023"]


def history_drafts() -> list[EntryDraft]:
    return [
        EntryDraft(row.date, row.points, EntryKind.BONUS if row.points > 0 else EntryKind.ADJUSTMENT, row.note)
        for row in story.HISTORY
    ]


def write_story(db: SqliteDatabase) -> None:
    for order in story.ORDERS:
        repo.add_order(db, order)
    for review in story.REVIEWS:
        repo.add_review(db, review)
    for visit in story.VISITS:
        repo.add_visit(db, visit)
    write_batch(db, file_name="points-history.csv", file_hash="ph", kind="points_history", history=history_drafts())


def report_of(db: SqliteDatabase, as_of: date = story.TODAY) -> CheckReport:
    status, records, settings = load_status(db, as_of, ruleset=RULES)
    return load_report(db, records, RULES, settings, status)


def check_now(db: SqliteDatabase, points: int, tier: str = "", day: date = story.TODAY) -> int:
    _, records, settings = load_status(db, day, ruleset=RULES)
    return record_check(db, points, tier, day, records, RULES, settings)
