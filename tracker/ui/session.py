"""The open database as the window sees it: records, status, settings and the undo stack.

One :class:`Session` is made at start-up and passed to every page and dialog (never found
through ``self.window()`` or a global). Every change to the shopper's records goes through
:meth:`Session.add`, :meth:`Session.edit` or :meth:`Session.delete`, which write one
transaction, push an undoable command and emit :attr:`Session.changed`; pages listen to that
and refresh. Nothing here computes points: that is :mod:`tracker.rules` — a
:class:`~tracker.rules.book.LedgerBook` told about each change, so that a refresh after an edit
stays in milliseconds even with 100,000 orders.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from tracker.i18n import translate
from tracker.report.figures import figures, recent_figures
from tracker.report.status import active_ruleset, open_book
from tracker.report.sums import Figures, status_of
from tracker.rules import Records, RuleSet, RuleSetError, Settings, Status, builtin_rulesets
from tracker.store import reading
from tracker.store.errors import StoreError
from tracker.store.setting_values import SETTING_RULESET
from tracker.store.snapshot import data_version, writes_signature
from tracker.ui.other_writers import OtherWriters
from tracker.ui.record_kinds import KINDS, RecordKind, kind_of
from tracker.ui.record_words import phrase
from tracker.ui.worker import Runner, close_thread_connection

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from tracker.rules.book import LedgerBook
    from tracker.store.drafts import Draft
    from tracker.store.history import Removed

# The store's writing is imported by the methods that change records, not by a start, which only
# reads (tracker/ui/record_kinds.py says why).


class Session(QObject):
    """The database the window works on, and the one way to change it."""

    changed = Signal()  # records changed: added, edited, deleted, imported, undone, or by another program
    settings_changed = Signal()  # rule set or a setting changed (the status changes too)
    record_saved = Signal(str, int, bool)  # a form saved (kind, id, added): the window says so, selects it
    problem = Signal(str)  # an undo or redo step that could not be taken, and why

    def __init__(
        self,
        db: SqliteDatabase,
        db_path: Path,
        *,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.db_path = db_path
        self._today = today
        self.undo_stack = QUndoStack(self)
        self._book: LedgerBook | None = None  # the ledger, kept current edit by edit
        # The true figures from the derived sums (no ledger, no records), until the book is built.
        self._provisional: tuple[Status, bool] | None = None
        self._computing = False  # the derived sums are being computed in the background
        self._writes: tuple[int, ...] | None = None  # writes_signature() when last read or written
        self._settings: Settings | None = None
        self._status: Status | None = None
        self._records: Records | None = None
        self._ruleset: RuleSet | None = None
        # Given by warm_start(): the background runner that also takes over after an import or a
        # settings change, so that the ledger is never rebuilt on the GUI thread.
        self._runner: Runner | None = None
        self._generation = 0  # raised by reload(): background work of an older one is dropped
        self.ruleset_problem = ""  # why the chosen rule set could not be used, if it could not
        self.changed.connect(self._forget_status)
        self.settings_changed.connect(self._read_again)
        # Another program's writes (the command line, a script) are read in as an import's are.
        self.other_writers = OtherWriters(db, self)
        self.other_writers.noticed.connect(self._on_written_elsewhere)

    # --- reading ---------------------------------------------------------------------------------

    def today(self) -> date:
        return self._today()

    def ruleset(self) -> RuleSet:
        """The active rule set; the default one if the chosen file cannot be loaded."""
        if self._ruleset is None:
            try:
                self._ruleset = active_ruleset(self.db)
                self.ruleset_problem = ""
            except RuleSetError as error:
                self.ruleset_problem = str(error)
                self._ruleset = builtin_rulesets()["aliexpress-2023"]
        return self._ruleset

    @property
    def provisional(self) -> bool:
        """True while the figures come from the derived sums and the records are still loading:
        the figures are true, but there is no ledger and no records yet. On a start that sums
        every month in the background, the status's points per day may begin only some 14 months
        back (:func:`~tracker.report.figures.recent_figures`): enough for every figure of the
        status, not for a chart or a check of an older day."""
        return self._book is None and self._provisional is not None

    @property
    def computing(self) -> bool:
        """True while the figures are being computed in the background (a first start on a large
        file): the dashboard says so rather than show figures that are not known yet."""
        return self._computing

    def status(self) -> Status:
        """The status as of today. After an edit only what the edit touches is recomputed."""
        if self.provisional:
            assert self._provisional is not None
            return self._provisional[0]
        book = self._ledger_book()
        if self._status is None:
            self._status = book.status()
        return self._status

    def records(self) -> Records:
        if self._records is None:
            self._records = self._ledger_book().records()
        return self._records

    def settings(self) -> Settings:
        if self._book is not None:
            return self._book.settings
        if self._settings is None:
            self._settings = reading.load_settings(self.db)
        return self._settings

    def reload(self) -> None:
        """Read everything again: after an import, a settings change or a new day."""
        self._generation += 1
        self._book = None
        self._provisional = None
        self._computing = False
        self._settings = None
        self._forget_status()

    def _read_again(self) -> None:
        """:meth:`reload`, then, in a window (one that started warm), the true figures from the
        derived sums at once and the ledger in the background, as at the start: a big import or
        another rule set never freezes the window while everything is computed again."""
        self.reload()
        if self._runner is not None:
            self.warm_start(self._runner)

    def warm_start(self, runner: Runner, defer: Callable[[Callable[[], None]], None] | None = None) -> bool:
        """Show the true figures at once, from the derived sums (:mod:`tracker.report.figures`),
        and build the ledger in the background with ``runner`` (see :mod:`tracker.ui.worker`);
        ``changed`` is emitted when it is ready. When the sums need a long computation (a first
        start on a large file, another rule set), :attr:`computing` is True meanwhile and they
        are computed in the background first. ``defer`` starts the background work (the window
        passes one that waits until it has painted); by default it starts at once.

        Returns False, doing nothing, when the sums cannot be read: the first :meth:`status`
        then reads everything as usual.
        """
        start = defer or (lambda work: work())
        self._runner = runner
        generation = self._generation
        version = data_version(self.db)
        self._writes = writes_signature(self.db)  # the sums our own worker saves are no news
        try:
            found = self._figures(quick_only=True)
            recent = None if found is not None else self._recent_figures()
        except StoreError:
            return False
        if found is not None:
            self._provisional = found
            start(lambda: self._build_book(runner, version, generation))
            return True
        # The status from the recent records while every month's sums are computed; failing that,
        # the dashboard says they are being worked out.
        self._provisional = recent
        self._computing = recent is None
        ruleset, settings, today = self.ruleset(), self.settings(), self.today()

        def compute(report: object, cancelled: object) -> Figures | None:
            try:
                return figures(self.db, ruleset, settings, today)
            finally:
                close_thread_connection(self.db)

        def computed(result: Figures | None) -> None:
            if generation != self._generation:
                return  # reloaded meanwhile: that reload computes afresh
            self._computing = False
            if result is not None and data_version(self.db) == version:
                self._provisional = (status_of(result, ruleset, settings), result.empty)
            else:  # written to meanwhile: the sums are saved, so only what changed is computed now
                self._provisional = self._quick_figures()
            self.changed.emit()
            self._build_book(runner, data_version(self.db), generation)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._computing = False  # status() will read everything and raise what it meets
            self._provisional = None
            self.changed.emit()

        def begin() -> None:
            runner(compute, done=computed, failed=failed)

        start(begin)
        return True

    def _figures(self, *, quick_only: bool) -> tuple[Status, bool] | None:
        """The status and whether there are no records, from the derived sums (None: too long)."""
        ruleset, settings = self.ruleset(), self.settings()
        found = figures(self.db, ruleset, settings, self.today(), quick_only=quick_only)
        return None if found is None else (status_of(found, ruleset, settings), found.empty)

    def _recent_figures(self) -> tuple[Status, bool] | None:
        """The status and whether there are no records, from the recent records alone (None: too
        many): true, but with no figure before the status's first day (:func:`recent_figures`)."""
        ruleset, settings = self.ruleset(), self.settings()
        found = recent_figures(self.db, ruleset, settings, self.today())
        return None if found is None else (status_of(found, ruleset, settings), found.empty)

    def _quick_figures(self) -> tuple[Status, bool] | None:
        """The status from the sums if they are quick to bring up to date, else from the recent
        records if they are few enough; None if neither is quick."""
        return self._figures(quick_only=True) or self._recent_figures()

    def _build_book(self, runner: Runner, version: int, generation: int) -> None:
        """Build the ledger book in the background; it takes over from the derived figures."""
        today, ruleset = self.today(), self.ruleset()

        def build(report: object, cancelled: object) -> LedgerBook:
            try:
                return open_book(self.db, today, ruleset=ruleset)
            finally:
                close_thread_connection(self.db)

        def arrived(book: LedgerBook) -> None:
            if generation != self._generation or self._provisional is None or self._book is not None:
                return  # reloaded meanwhile (that reload builds its own), or built on demand
            now = data_version(self.db)
            if now != version:
                self._build_book(runner, now, generation)  # written to meanwhile: the book would miss it
                return
            self._book, self._provisional = book, None
            self._writes = writes_signature(self.db)
            self.changed.emit()

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._provisional = None  # status() will read everything and raise what it meets
            self.changed.emit()

        runner(build, done=arrived, failed=failed)

    def keep_figures(self) -> None:
        """Bring the derived sums up to date (only what changed since they were saved), so that
        the next start shows the figures at once."""
        self._figures(quick_only=True)

    def setting(self, key: str, default: str = "") -> str:
        return reading.get_settings(self.db).get(key, default)

    def is_empty(self) -> bool:
        if self.provisional:
            assert self._provisional is not None
            return self._provisional[1]
        records = self.records()
        return not any(
            (records.orders, records.reviews, records.visits, records.posts, records.follows, records.entries)
        )

    # --- changing --------------------------------------------------------------------------------

    def add(self, draft: Draft) -> int:
        """Add a record (one transaction, undoable). Raises the store's errors unchanged.

        A visit on a day that has one already changes nothing (its id is returned) and leaves
        nothing to undo.
        """
        from tracker.store.crud import visit_on
        from tracker.store.drafts import VisitDraft

        kind = kind_of(draft)
        if isinstance(draft, VisitDraft):
            existing = visit_on(self.db, draft.date)
            if existing is not None:
                return existing
        record_id = self._write_add(kind, draft)
        self._push(_AddCommand(self, kind, record_id))
        return record_id

    def edit(self, kind_name: str, record_id: int, draft: Draft) -> None:
        kind = KINDS[kind_name]
        before = kind.get(self.db, record_id)
        self._write_update(kind, record_id, draft)
        self._push(_EditCommand(self, kind, record_id, before, draft))

    def delete(self, kind_name: str, record_id: int) -> None:
        kind = KINDS[kind_name]
        removed = self._take_out(kind, record_id)
        self._push(_DeleteCommand(self, kind, removed))

    def visited_today(self) -> bool:
        """Record today's Member Center visit; False if it was already recorded."""
        today = self.today()
        if any(visit.date == today for visit in self.records().visits):
            return False
        from tracker.store.drafts import VisitDraft

        self.add(VisitDraft(today))
        return True

    def set_setting(self, key: str, value: str) -> None:
        reading.set_setting(self.db, key, value)
        if self._writes is not None:
            self._writes = writes_signature(self.db)  # our own write is no news
        if key == SETTING_RULESET:
            self._ruleset = None
        self.settings_changed.emit()  # connected to reload()

    def records_changed_elsewhere(self) -> None:
        """After an import or an undo of one: the records changed outside the undo stack."""
        self.other_writers.absorb()  # an import's worker writes through another connection
        self._read_again()
        self._writes = writes_signature(self.db)
        self.changed.emit()

    def _on_written_elsewhere(self) -> None:
        if self._writes is not None and writes_signature(self.db) == self._writes:
            return  # only the derived sums were brought up to date (`status`, or our own worker)
        self._ruleset = None  # the rule set is a setting another program may have changed too
        self.records_changed_elsewhere()

    # --- plumbing --------------------------------------------------------------------------------

    def _ledger_book(self) -> LedgerBook:
        if self._book is not None and self._book.as_of != self.today():
            self.reload()  # past midnight: "today" moved on
        if self._book is None:
            self._book = open_book(self.db, self.today(), ruleset=self.ruleset())
        return self._book

    # Each write goes to the store first (one transaction), then to the ledger book.

    def _write_add(self, kind: RecordKind, draft: Draft) -> int:
        record_id = kind.add(self.db, draft)
        self._noted(kind, record_id, draft)
        return record_id

    def _write_update(self, kind: RecordKind, record_id: int, draft: Draft) -> None:
        kind.update(self.db, record_id, draft)
        self._noted(kind, record_id, draft)

    def _take_out(self, kind: RecordKind, record_id: int) -> Removed:
        """Delete a record, keeping what puts it back exactly (id, import batch, links)."""
        from tracker.store import history

        removed = history.take_out(self.db, kind.name, record_id)
        self._noted(kind, record_id, None)
        return removed

    def _put_back(self, removed: Removed) -> None:
        from tracker.store import history

        history.put_back(self.db, removed)
        self._noted(KINDS[removed.kind], removed.record_id, removed.draft)

    def _noted(self, kind: RecordKind, record_id: int, draft: Draft | None) -> None:
        if self._writes is not None:
            self._writes = writes_signature(self.db)  # our own write is no news
        if self._book is None:
            if self._provisional is not None:  # the ledger is still loading: the true figures again
                self._provisional = self._quick_figures()
            return
        if kind.name == "promotion":
            self._book = None  # a promotion changes many orders' points: recompute them all
        elif draft is None:
            self._book.remove(f"{kind.name}:{record_id}")
        else:
            from tracker.store.repository import record_of

            self._book.put(record_of(kind.name, record_id, draft))  # type: ignore[arg-type]
        self._records = None

    def _push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)  # its first redo() does nothing: the change is made
        self.changed.emit()

    def _forget_status(self) -> None:
        self._status = self._records = None


class _Command(QUndoCommand):
    """An undoable change whose first ``redo()`` is skipped: the session has already made it,
    so that a store error reaches the caller (Qt swallows exceptions raised inside redo).

    A record keeps its id for life (:mod:`tracker.store.history`), so every step names its
    record by id however many steps are undone and redone around it. When a step cannot be
    taken any more — another program deleted its record, say — it changes nothing, leaves the
    stack (so that the steps before it still work) and :attr:`Session.problem` says why.
    """

    def __init__(self, session: Session, text: str) -> None:
        super().__init__(text)
        self.session = session
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.apply, translate("Session", "Cannot redo “{action}”: {reason}"))

    def undo(self) -> None:
        self._run(self.revert, translate("Session", "Cannot undo “{action}”: {reason}"))

    def _run(self, step: Callable[[], None], failure: str) -> None:
        try:
            step()
        except StoreError as error:
            self.setObsolete(True)  # QUndoStack drops it: the stack stays true to the data
            self.session.problem.emit(failure.format(action=self.text(), reason=error))
        self.session.changed.emit()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class _AddCommand(_Command):
    """Undo takes the record out; redo puts it back under the same id."""

    def __init__(self, session: Session, kind: RecordKind, record_id: int) -> None:
        super().__init__(session, phrase(kind.label, "add_title"))
        self.kind, self.record_id = kind, record_id
        self.removed: Removed | None = None

    def apply(self) -> None:
        assert self.removed is not None
        self.session._put_back(self.removed)

    def revert(self) -> None:
        self.removed = self.session._take_out(self.kind, self.record_id)


class _EditCommand(_Command):
    def __init__(self, session: Session, kind: RecordKind, record_id: int, before: Draft, after: Draft) -> None:
        super().__init__(session, phrase(kind.label, "edit_title"))
        self.kind, self.record_id, self.before, self.after = kind, record_id, before, after

    def apply(self) -> None:
        self.session._write_update(self.kind, self.record_id, self.after)

    def revert(self) -> None:
        self.session._write_update(self.kind, self.record_id, self.before)


class _DeleteCommand(_Command):
    """Undo puts the record back as it was: its id, its import batch, its items and the reviews
    that were linked to it."""

    def __init__(self, session: Session, kind: RecordKind, removed: Removed) -> None:
        super().__init__(session, phrase(kind.label, "delete_undo"))
        self.kind, self.removed = kind, removed

    def apply(self) -> None:
        self.removed = self.session._take_out(self.kind, self.removed.record_id)

    def revert(self) -> None:
        self.session._put_back(self.removed)
