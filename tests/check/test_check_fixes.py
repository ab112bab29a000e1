"""The whole check on a database: the story's three causes found, and their fixes making the
figures agree with AliExpress — the same fixes the window's buttons and the command line make."""

from __future__ import annotations

from datetime import date

from peewee import SqliteDatabase

from tests.check import story
from tests.check.helpers import RULES, check_now, report_of, write_story
from tracker.report.check import CheckState
from tracker.report.check_findings import Cause, FixKind
from tracker.report.check_fixes import AddLinked, AddRecord, EditRecord, apply_plan, plan_fix
from tracker.report.check_report import accept
from tracker.report.status import load_status
from tracker.rules.records import EntryKind, OrderStatus
from tracker.store import checks
from tracker.store import repository as repo
from tracker.store.batches import write_batch
from tracker.store.checks import CheckSource
from tracker.store.drafts import EntryDraft, OrderDraft


def test_the_story_disagrees_by_the_three_causes_in_their_months(db: SqliteDatabase) -> None:
    write_story(db)
    check_now(db, story.ALIEXPRESS_POINTS)

    report = report_of(db)

    latest = report.latest
    assert latest is not None
    assert (latest.state, latest.here.points, latest.missing) == (CheckState.DIFFERS, story.HERE_POINTS, -33)
    assert report.unchecked is latest
    assert report.comparison is not None
    found = [(f.month, f.cause) for line in report.comparison.disagreeing for f in line.findings]
    assert found == [
        (date(2026, 3, 1), Cause.ORDER_MISSING),
        (date(2026, 4, 1), Cause.REFUND_NOT_RECORDED),
        (date(2026, 6, 1), Cause.VISITS_CAPPED),
    ]
    assert report.order_numbers == {"order:2": "8102"}


def test_the_fixes_make_the_figures_agree(db: SqliteDatabase) -> None:
    write_story(db)
    check_now(db, story.ALIEXPRESS_POINTS)
    report = report_of(db)
    assert report.comparison is not None

    for line in report.comparison.disagreeing:
        for finding in line.findings:
            assert finding.fix is not None
            apply_plan(db, plan_fix(db, finding.fix, RULES))  # the suggested order saved as it is

    fixed = report_of(db)
    assert fixed.comparison is not None and fixed.comparison.disagreeing == ()
    latest = fixed.latest
    assert latest is not None and (latest.state, latest.here.points) == (CheckState.AGREES, story.ALIEXPRESS_POINTS)
    assert fixed.unchecked is None
    status, _, _ = load_status(db, story.TODAY, ruleset=RULES)
    assert status.window_points == story.ALIEXPRESS_POINTS


def test_each_fix_is_the_change_it_says(db: SqliteDatabase) -> None:
    write_story(db)
    report = report_of(db)
    assert report.comparison is not None
    missing, refund, visits = (f.fix for line in report.comparison.disagreeing for f in line.findings)
    assert missing and refund and visits

    (add,) = plan_fix(db, missing, RULES).steps
    assert plan_fix(db, missing, RULES).ask  # the shopper completes the order in its form
    assert isinstance(add, AddRecord) and isinstance(add.draft, OrderDraft)
    assert (add.draft.confirmed_date, add.draft.status, add.draft.items_cents) == (
        date(2026, 3, 12), OrderStatus.CONFIRMED, 2_400,
    )  # fmt: skip
    (edit,) = plan_fix(db, refund, RULES).steps
    assert isinstance(edit, EditRecord) and isinstance(edit.after, OrderDraft)
    assert (edit.record_id, edit.after.refund_cents, edit.after.refund_date) == (2, 5_530, date(2026, 4, 3))
    assert edit.after.order_no == "8102" and edit.after.lines == edit.before.lines  # nothing else changes
    (adjust,) = plan_fix(db, visits, RULES).steps
    assert isinstance(adjust, AddLinked)
    assert (adjust.draft.points, adjust.draft.kind, adjust.source) == (-2, EntryKind.ADJUSTMENT, CheckSource.VISITS)


def test_a_pending_order_is_marked_confirmed_on_the_day_aliexpress_credited_it(db: SqliteDatabase) -> None:
    pending = OrderDraft("9001", date(2026, 9, 1), OrderStatus.PENDING, story.ORDERS[0].lines)
    order_id = repo.add_order(db, pending)
    history = [EntryDraft(date(2026, 9, 21), 40, EntryKind.BONUS, "Order 9001")]
    write_batch(db, file_name="h.csv", file_hash="h", kind="points_history", history=history)
    report = report_of(db)
    assert report.comparison is not None
    ((finding,),) = [line.findings for line in report.comparison.disagreeing]
    assert finding.cause is Cause.ORDER_NOT_CONFIRMED and finding.fix is not None
    assert finding.fix.kind is FixKind.MARK_CONFIRMED

    apply_plan(db, plan_fix(db, finding.fix, RULES))

    order = repo.get_order(db, order_id)
    assert (order.status, order.confirmed_date) == (OrderStatus.CONFIRMED, date(2026, 9, 21))
    assert report_of(db).comparison.disagreeing == ()  # type: ignore[union-attr]


def test_accepting_a_difference_records_a_dated_adjustment_with_the_note(db: SqliteDatabase) -> None:
    write_story(db)
    check_id = check_now(db, story.ALIEXPRESS_POINTS, day=date(2026, 11, 20))
    latest = report_of(db).latest
    assert latest is not None

    entry = accept(db, latest, "refund and visits, not worth chasing", story.TODAY)

    assert entry is not None
    assert (entry.draft.date, entry.draft.points, entry.draft.note) == (
        date(2026, 11, 20), -33, "refund and visits, not worth chasing",
    )  # fmt: skip
    after = report_of(db).latest
    assert after is not None and after.state is CheckState.ACCEPTED and after.check.id == check_id
    assert (after.check.accepted_on, after.check.note) == (story.TODAY, "refund and visits, not worth chasing")
    assert report_of(db).unchecked is None
    assert checks.entry_sources(db) == {entry.ref: CheckSource.ACCEPTED}
