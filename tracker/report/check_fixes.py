"""A check's fix as changes to the records, the same for the window and the command line.

:func:`plan_fix` turns a :class:`~tracker.report.check_findings.Fix` into steps: records to add or
change (the window makes those through its session, so they are undoable like any edit) and
adjustments tied to the source they correct (:mod:`tracker.store.checks`). :func:`apply_plan`
makes them all in one transaction, for the command line and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.report.check_findings import Fix, FixKind
from tracker.report.summary import day as day_words
from tracker.report.summary import month as month_words
from tracker.rules import RuleSet
from tracker.rules.records import EntryKind, OrderStatus
from tracker.store import checks, crud
from tracker.store.checks import CheckSource, LinkedEntry
from tracker.store.connection import write_transaction
from tracker.store.drafts import Draft, EntryDraft, LineDraft, OrderDraft, ReviewDraft, VisitDraft


@dataclass(frozen=True, slots=True)
class AddRecord:
    draft: Draft


@dataclass(frozen=True, slots=True)
class EditRecord:
    kind: str  # "order"
    record_id: int
    before: Draft
    after: Draft


@dataclass(frozen=True, slots=True)
class DeleteRecord:
    kind: str  # "entry"
    record_id: int


@dataclass(frozen=True, slots=True)
class AddLinked:
    """An adjustment that corrects ``source`` (or accepts check ``check_id``'s difference)."""

    draft: EntryDraft
    source: CheckSource
    check_id: int | None = None


@dataclass(frozen=True, slots=True)
class RemoveLinked:
    entry_id: int


Step = AddRecord | EditRecord | DeleteRecord | AddLinked | RemoveLinked


@dataclass(frozen=True, slots=True)
class FixPlan:
    """What a fix changes. ``ask``: the record is a suggestion for the shopper to complete in its
    form before it is saved (an order whose amount AliExpress's history cannot tell)."""

    steps: tuple[Step, ...]
    ask: bool = False


def record_id(ref: str) -> int:
    """``"order:42"`` → 42."""
    _, _, number = ref.partition(":")
    return int(number)


def check_note(source: CheckSource, day: date) -> str:
    """The note of an adjustment a check makes: what it corrects, and when."""
    return translate("Check", "Check against AliExpress: {source}, {month}").format(
        source=source_label(source).lower(), month=month_words(day)
    )


def source_label(source: CheckSource) -> str:
    if source is CheckSource.ORDERS:
        return translate("Check", "Orders")
    if source is CheckSource.REVIEWS:
        return translate("Check", "Reviews")
    if source is CheckSource.VISITS:
        return translate("Check", "Visits")
    if source is CheckSource.OTHER:
        return translate("Check", "Other")
    return translate("Check", "Accepted differences")


def suggested_order(fix: Fix, ruleset: RuleSet) -> OrderDraft:
    """An order confirmed on the fix's day whose amount earns exactly the points AliExpress
    credited: the least it can have cost. The order form lets the shopper correct it."""
    shopping = ruleset.shopping
    if shopping.rule == "flat_per_order":
        cents = shopping.min_order_cents
    else:
        cents = max(-(-fix.points * 100 // max(shopping.points_per_usd, 1)), shopping.min_order_cents)
    note = translate("Check", "AliExpress credited {points} points on {date} for this order").format(
        points=fix.points, date=day_words(fix.day)
    )
    return OrderDraft(
        order_no=None,
        order_date=fix.day,
        status=OrderStatus.CONFIRMED,
        confirmed_date=fix.day,
        lines=(LineDraft(unit_price_cents=cents),),
        note=note,
    )


def plan_fix(db: SqliteDatabase, fix: Fix, ruleset: RuleSet) -> FixPlan:
    """The changes that carry out ``fix`` on the records as they are in ``db`` now."""
    kind = fix.kind
    if kind is FixKind.ADD_ORDER:
        return FixPlan((AddRecord(suggested_order(fix, ruleset)),), ask=True)
    if kind is FixKind.MARK_CONFIRMED or kind is FixKind.RECORD_REFUND:
        order_id = record_id(fix.ref)
        before = crud.get_order(db, order_id)
        if kind is FixKind.MARK_CONFIRMED:
            after = replace(before, status=OrderStatus.CONFIRMED, confirmed_date=fix.day)
        else:
            cents = fix.cents or before.items_cents - before.discount_cents
            after = replace(before, refund_cents=cents, refund_date=fix.day)
        return FixPlan((EditRecord("order", order_id, before, after),))
    if kind is FixKind.ADJUST:
        draft = EntryDraft(fix.day, fix.points, EntryKind.ADJUSTMENT, check_note(fix.source, fix.day))
        return FixPlan((AddLinked(draft, fix.source),))
    if kind is FixKind.ADD_BONUS:
        entry_kind = EntryKind.BONUS if fix.points > 0 else EntryKind.ADJUSTMENT
        note = fix.note or check_note(CheckSource.OTHER, fix.day)
        return FixPlan((AddRecord(EntryDraft(fix.day, fix.points, entry_kind, note)),))
    if kind is FixKind.ADD_REVIEWS:
        return FixPlan(tuple(AddRecord(ReviewDraft(day)) for day in fix.days))
    if kind is FixKind.ADD_VISITS:
        return FixPlan(tuple(AddRecord(VisitDraft(day)) for day in fix.days))
    if kind is FixKind.DELETE_ENTRY:
        return FixPlan((DeleteRecord("entry", record_id(fix.ref)),))
    return FixPlan((RemoveLinked(record_id(fix.ref)),))


_ADD = {
    OrderDraft: crud.add_order, ReviewDraft: crud.add_review, VisitDraft: crud.add_visit, EntryDraft: crud.add_entry,
}  # fmt: skip


def apply_plan(db: SqliteDatabase, plan: FixPlan) -> None:
    """Make every change of ``plan`` in one transaction (the command line, and the tests)."""
    with write_transaction(db):
        for step in plan.steps:
            if isinstance(step, AddRecord):
                _ADD[type(step.draft)](db, step.draft)  # type: ignore[operator]
            elif isinstance(step, EditRecord):
                crud.update_order(db, step.record_id, step.after)  # type: ignore[arg-type]
            elif isinstance(step, DeleteRecord):
                crud.delete_entry(db, step.record_id)
            elif isinstance(step, AddLinked):
                checks.add_linked_entry(db, LinkedEntry(0, step.draft, step.source, step.check_id))
            else:
                checks.remove_linked_entry(db, step.entry_id)
