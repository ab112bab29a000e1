"""The check's changes as undoable steps on the session's undo stack.

A check kept or deleted, a difference accepted, and a fix: each is one step that Edit ▸ Undo
takes back. A fix that adds or changes records goes through the session like any edit (several
records at once are one macro); an adjustment tied to the source it corrects, and everything
about the checks themselves, are commands here, which put things back under the ids they had.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from tracker.report.check_fixes import AddLinked, AddRecord, DeleteRecord, EditRecord, FixPlan, RemoveLinked
from tracker.store import checks
from tracker.store.checks import LinkedEntry, RemovedCheck, StoredCheck
from tracker.store.connection import write_transaction
from tracker.store.drafts import EntryDraft
from tracker.ui.session import Session


class _CheckCommand(QUndoCommand):
    """Its first ``redo()`` is skipped: the change is made before the push, so that a store error
    reaches the dialog (Qt swallows exceptions raised inside redo)."""

    def __init__(self, session: Session, text: str, *, records: bool) -> None:
        super().__init__(text)
        self.session = session
        self._records = records  # True: records changed (the ledger is read again), not only checks
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.apply()
        self.done()

    def undo(self) -> None:
        self.revert()
        self.done()

    def done(self) -> None:
        if self._records:
            self.session.records_changed_elsewhere()
        else:
            self.session.changed.emit()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddCheck(_CheckCommand):
    def __init__(self, session: Session, text: str, check_id: int) -> None:
        super().__init__(session, text, records=False)
        self.check_id = check_id
        self._removed: RemovedCheck | None = None

    def apply(self) -> None:
        if self._removed is not None:
            checks.restore_check(self.session.db, self._removed)

    def revert(self) -> None:
        self._removed = checks.delete_check(self.session.db, self.check_id)


class DeleteCheck(_CheckCommand):
    def __init__(self, session: Session, text: str, removed: RemovedCheck) -> None:
        super().__init__(session, text, records=bool(removed.entries))
        self.removed = removed

    def apply(self) -> None:
        checks.delete_check(self.session.db, self.removed.check.id)

    def revert(self) -> None:
        checks.restore_check(self.session.db, self.removed)


class Accept(_CheckCommand):
    def __init__(self, session: Session, text: str, check: StoredCheck, entry: LinkedEntry | None) -> None:
        super().__init__(session, text, records=entry is not None)
        self.check, self.entry = check, entry
        self.accepted = checks.get_check(session.db, check.id)  # with its day and note

    def apply(self) -> None:
        with write_transaction(self.session.db):
            checks.set_accepted(self.session.db, self.check.id, self.accepted.accepted_on, self.accepted.note)
            if self.entry is not None:
                checks.add_linked_entry(self.session.db, self.entry)

    def revert(self) -> None:
        checks.withdraw_acceptance(self.session.db, self.check.id, self.entry)


class LinkedEntryStep(_CheckCommand):
    """An adjustment made (``entry`` given after it was added) or removed by a fix."""

    def __init__(self, session: Session, text: str, entry: LinkedEntry, *, added: bool) -> None:
        super().__init__(session, text, records=True)
        self.entry, self.added = entry, added

    def apply(self) -> None:
        if self.added:
            checks.add_linked_entry(self.session.db, self.entry)
        else:
            checks.remove_linked_entry(self.session.db, self.entry.entry_id)

    def revert(self) -> None:
        if self.added:
            checks.remove_linked_entry(self.session.db, self.entry.entry_id)
        else:
            checks.add_linked_entry(self.session.db, self.entry)


def keep_check(session: Session, text: str, check_id: int) -> None:
    """Put a check just kept on the undo stack."""
    _push(session, AddCheck(session, text, check_id))


def delete_check(session: Session, text: str, check_id: int) -> None:
    removed = checks.delete_check(session.db, check_id)
    _push(session, DeleteCheck(session, text, removed))


def accept_check(session: Session, text: str, check: StoredCheck, note: str, adjustment: EntryDraft | None) -> None:
    entry = checks.accept_check(session.db, check.id, session.today(), note, adjustment)
    _push(session, Accept(session, text, check, entry))


def apply_plan(session: Session, plan: FixPlan, text: str) -> None:
    """Carry out a fix as one undoable step named ``text``."""
    stack = session.undo_stack
    stack.beginMacro(text)
    try:
        for step in plan.steps:
            if isinstance(step, AddRecord):
                session.add(step.draft)
            elif isinstance(step, EditRecord):
                session.edit(step.kind, step.record_id, step.after)
            elif isinstance(step, DeleteRecord):
                session.delete(step.kind, step.record_id)
            elif isinstance(step, AddLinked):
                made = checks.add_linked_entry(session.db, LinkedEntry(0, step.draft, step.source, step.check_id))
                _push(session, LinkedEntryStep(session, text, made, added=True))
            elif isinstance(step, RemoveLinked):
                gone = checks.remove_linked_entry(session.db, step.entry_id)
                _push(session, LinkedEntryStep(session, text, gone, added=False))
    finally:
        stack.endMacro()


def _push(session: Session, command: _CheckCommand) -> None:
    session.undo_stack.push(command)  # its first redo() does nothing: the change is made
    command.done()
