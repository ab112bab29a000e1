"""Checks, the points history and checks' adjustments in the database (schema version 2)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from tests.check import story
from tests.check.helpers import RULES, report_of, write_story
from tracker.importing.batch import run_import
from tracker.importing.engine import prepare
from tracker.report.check_findings import Cause
from tracker.report.check_fixes import apply_plan, plan_fix
from tracker.rules.records import EntryKind
from tracker.store import checks
from tracker.store import repository as repo
from tracker.store.batches import write_batch
from tracker.store.checks import CheckDraft, CheckSource, LinkedEntry
from tracker.store.connection import close_database, open_database
from tracker.store.drafts import EntryDraft
from tracker.store.errors import InvalidDraftError, RecordNotFoundError
from tracker.store.migrations import SCHEMA_VERSION, read_version

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
HISTORY_CSV = (
    b"Date,Points,Description\n2026-03-12,+24,Order confirmed: 8103\n2026-04-03,-55,Refund: 8102\n"
    b"2026-11-11,+50,11.11 game reward\n"
)


def test_a_version_1_file_gets_the_check_tables_and_keeps_its_figures(tmp_path: Path) -> None:
    copy = tmp_path / "points.sqlite3"
    shutil.copyfile(FIXTURES / "schema-v1.sqlite3", copy)
    before = sqlite3.connect(copy)
    entries_before = before.execute("SELECT count(*) FROM points_entry").fetchone()[0]
    before.close()

    db = open_database(copy)
    assert read_version(db) == SCHEMA_VERSION >= 4
    assert len(repo.load_records(db).entries) == entries_before
    assert checks.list_checks(db) == [] and checks.load_history(db) == []
    check_id = checks.add_check(db, CheckDraft(date(2026, 6, 30), 833, "Platinum", 833, "Platinum"))
    assert [c.id for c in checks.list_checks(db)] == [check_id]
    close_database()


def test_a_points_history_import_is_kept_apart_and_counts_no_points(db: SqliteDatabase) -> None:
    report = run_import(db, prepare(HISTORY_CSV, file_name="history.csv"))

    assert report.kind == "points_history" and report.new == 3
    assert repo.load_records(db).entries == ()  # not bonuses: nothing counts twice
    assert [(row.date, row.points, row.note) for row in checks.load_history(db)] == [
        (date(2026, 3, 12), 24, "Order confirmed: 8103"),
        (date(2026, 4, 3), -55, "Refund: 8102"),
        (date(2026, 11, 11), 50, "11.11 game reward"),
    ]
    again = run_import(db, prepare(HISTORY_CSV, file_name="history.csv"))
    assert (again.new, again.skipped, len(checks.load_history(db))) == (0, 3, 3)

    undone = repo.undo_batch(db, report.batch_id)
    assert (undone.history, undone.total) == (3, 3)
    assert checks.load_history(db) == []


def test_a_check_is_kept_with_what_the_app_counted(db: SqliteDatabase) -> None:
    stamp = datetime(2026, 11, 24, 9, 30).astimezone()
    check_id = checks.add_check(db, CheckDraft(story.TODAY, 1_204, "Gold", 1_180, "Gold"), stamp)

    (stored,) = checks.list_checks(db)
    assert (stored.id, stored.date, stored.points, stored.tier, stored.here_points) == (
        check_id, story.TODAY, 1_204, "Gold", 1_180,
    )  # fmt: skip
    assert (stored.checked_at, stored.accepted_on, stored.note) == (stamp, None, "")


@pytest.mark.parametrize("points", [-1, 10_000_001])
def test_an_impossible_figure_is_refused_and_nothing_is_written(db: SqliteDatabase, points: int) -> None:
    with pytest.raises(InvalidDraftError):
        checks.add_check(db, CheckDraft(story.TODAY, points))
    assert checks.list_checks(db) == []


def test_a_deleted_check_comes_back_under_its_id_with_its_accepted_adjustment(db: SqliteDatabase) -> None:
    check_id = checks.add_check(db, CheckDraft(story.TODAY, 120, here_points=100))
    entry = checks.accept_check(
        db, check_id, story.TODAY, "fine", EntryDraft(story.TODAY, 20, EntryKind.ADJUSTMENT, "fine")
    )
    assert entry is not None

    removed = checks.delete_check(db, check_id)
    assert checks.list_checks(db) == [] and repo.load_records(db).entries == ()

    checks.restore_check(db, removed)
    (back,) = checks.list_checks(db)
    assert (back.id, back.accepted_on, back.note) == (check_id, story.TODAY, "fine")
    assert checks.entry_sources(db) == {entry.ref: CheckSource.ACCEPTED}
    with pytest.raises(RecordNotFoundError):
        checks.delete_check(db, check_id + 1)


def test_withdrawing_an_acceptance_removes_its_adjustment(db: SqliteDatabase) -> None:
    check_id = checks.add_check(db, CheckDraft(story.TODAY, 120, here_points=100))
    entry = checks.accept_check(db, check_id, story.TODAY, "", EntryDraft(story.TODAY, 20, EntryKind.ADJUSTMENT))

    checks.withdraw_acceptance(db, check_id, entry)

    (check,) = checks.list_checks(db)
    assert check.accepted_on is None and repo.load_records(db).entries == ()


def test_a_checks_adjustment_keeps_its_id_when_removed_and_put_back(db: SqliteDatabase) -> None:
    made = checks.add_linked_entry(
        db, LinkedEntry(0, EntryDraft(date(2026, 6, 10), -2, EntryKind.ADJUSTMENT), CheckSource.VISITS)
    )

    gone = checks.remove_linked_entry(db, made.entry_id)
    assert gone == made and checks.entry_sources(db) == {}
    back = checks.add_linked_entry(db, gone)

    assert back.entry_id == made.entry_id
    assert checks.entry_sources(db) == {made.ref: CheckSource.VISITS}


def test_deleting_a_checks_adjustment_as_a_record_removes_its_link(db: SqliteDatabase) -> None:
    made = checks.add_linked_entry(
        db, LinkedEntry(0, EntryDraft(date(2026, 6, 10), -2, EntryKind.ADJUSTMENT), CheckSource.VISITS)
    )

    repo.delete_entry(db, made.entry_id)

    assert checks.linked_entries(db) == []


def test_the_story_writes_its_history_apart_from_the_records(db: SqliteDatabase) -> None:
    write_story(db)

    assert len(checks.load_history(db)) == len(story.HISTORY)
    assert repo.load_records(db).entries == ()


def test_a_history_an_earlier_version_imported_as_bonuses_is_kept_to_check_and_named(tmp_path: Path) -> None:
    """Versions 1 to 3 imported a points history as bonuses, on top of the orders they describe."""
    path = tmp_path / "points.sqlite3"
    db = open_database(path)
    repo.add_order(db, story.ORDERS[0])  # 40 points, confirmed 20 Jan 2026
    old = [EntryDraft(date(2026, 1, 20), 40, EntryKind.BONUS, "Order confirmed: 8101")]
    write_batch(db, file_name="history.csv", file_hash="h1", kind="points_history", entries=old)
    close_database()
    with sqlite3.connect(path) as conn:  # back to what version 3 had
        conn.executescript("DROP TABLE check_entry; DROP TABLE points_check; DROP TABLE points_history;")
        conn.execute("PRAGMA user_version = 3")
    conn.close()

    db = open_database(path)
    assert read_version(db) == SCHEMA_VERSION  # version 4 and every step after it
    assert [(row.date, row.points) for row in checks.load_history(db)] == [(date(2026, 1, 20), 40)]
    (entry,) = repo.load_records(db).entries  # still counted, as before the upgrade
    assert checks.entries_from_history(db) == {entry.ref}
    report = report_of(db)
    assert report.comparison is not None
    ((finding,),) = [line.findings for line in report.comparison.disagreeing]
    assert (finding.cause, finding.ref, finding.points) == (Cause.COUNTED_TWICE, entry.ref, -40)
    assert finding.fix is not None
    apply_plan(db, plan_fix(db, finding.fix, RULES))
    assert repo.load_records(db).entries == ()
    assert report_of(db).comparison.disagreeing == ()  # type: ignore[union-attr]
    close_database()
