"""The doors to the data-entry forms, opened lazily.

The forms live in :mod:`tracker.ui.forms` and load only when first used, so start-up stays
fast. While a form module is not part of the build, the shopper is told so instead of seeing
an error; any other import problem is a bug and is raised as it is.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.ui.session import Session

KIND_LABELS = {
    "order": "order",
    "review": "review",
    "post": "Club post",
    "follow": "store follow",
    "entry": "bonus or adjustment",
    "promotion": "promotion",
}


def optional_module(name: str) -> ModuleType | None:
    """``importlib.import_module(name)``, or None when that module (or its package) does not exist."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        missing = error.name or ""
        if name == missing or name.startswith(missing + "."):
            return None
        raise


def _not_available(parent: QWidget, what: str) -> None:
    QMessageBox.information(parent, "Not available yet", f"{what} is not part of this version of Points Tracker yet.")


def edit_record(parent: QWidget, session: Session, kind: str, record_id: int | None = None) -> bool:
    """Open the form for a new (``record_id`` None) or existing record; True if it was saved."""
    forms = optional_module("tracker.ui.forms")
    if forms is None:
        _not_available(parent, f"The form for a {KIND_LABELS.get(kind, kind)}")
        return False
    return bool(forms.edit_record(parent, session, kind, record_id))


def ask_visits_calendar(parent: QWidget, session: Session) -> None:
    """The month calendar where visit days are ticked."""
    module = optional_module("tracker.ui.forms.visits_calendar")
    if module is None:
        _not_available(parent, "The visits calendar")
        return
    module.VisitsCalendarDialog.ask(parent, session)
