"""Changing the shopper's exchange rates from the window: one undoable step.

The store converts every order the change applies to again, in the same transaction
(:func:`tracker.store.user_rates.replace_user_rates`); undo puts the rates and those orders back
exactly (:func:`~tracker.store.user_rates.restore_rates`). The session then reads its records
again, so the dashboard and the tables update.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from tracker.currency.rates import UserRate
from tracker.i18n import translate
from tracker.store.user_rates import RatesChange, replace_user_rates, restore_rates
from tracker.ui.session import Session


class RatesCommand(QUndoCommand):
    """Set the shopper's rates to ``after``; its first ``redo()`` is skipped (the change is made)."""

    def __init__(self, session: Session, change: RatesChange) -> None:
        super().__init__(translate("Currencies", "Change exchange rates"))
        self.session = session
        self.change = change
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.change = replace_user_rates(self.session.db, self.change.after)
        self.session.records_changed_elsewhere()

    def undo(self) -> None:
        restore_rates(self.session.db, self.change)
        self.session.records_changed_elsewhere()


def change_rates(session: Session, rates: Sequence[UserRate]) -> RatesChange:
    """Make the shopper's rates ``rates`` (orders converted again), undoably; the window updates."""
    change = replace_user_rates(session.db, rates)
    session.undo_stack.push(RatesCommand(session, change))
    session.records_changed_elsewhere()
    return change


__all__ = ["RatesCommand", "change_rates"]
