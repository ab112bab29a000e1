"""The doors to the data-entry forms, opened lazily.

The forms live in :mod:`tracker.ui.forms` and load only when first used, so start-up stays
fast.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tracker.ui.record_kinds import KINDS
from tracker.ui.record_words import phrase
from tracker.ui.session import Session


def edit_record(parent: QWidget, session: Session, kind: str, record_id: int | None = None) -> bool:
    """Open the form for a new (``record_id`` None) or existing record; True if it was saved."""
    from tracker.ui import forms

    return forms.edit_record(parent, session, kind, record_id)


def saved_message(kind: str, *, added: bool) -> str:
    """``Order added.`` or ``Order saved.``: what the status bar says after a form is saved."""
    return phrase(KINDS[kind].label, "added" if added else "saved")


def ask_visits_calendar(parent: QWidget, session: Session) -> None:
    """The month calendar where visit days are ticked."""
    from tracker.ui.forms.visits_calendar import VisitsCalendarDialog

    VisitsCalendarDialog.ask(parent, session)
