"""The record forms, and :func:`edit_record`, the one call pages and menus make to open them.

Each form is a dialog with a typed result (``result_draft``) and a ``@classmethod ask(...)``
that tests can replace (pytest-qt's "note_dialogs"). Forms check their input with the store's
own ``validate_*`` functions and show each problem under its field.

The form modules load when a form is first opened (``from tracker.ui.forms import OrderForm``
works as usual): a page that only shows a table should not pay for every dialog.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.store.errors import StoreError
from tracker.ui.record_kinds import KINDS
from tracker.ui.record_words import phrase
from tracker.ui.session import Session

if TYPE_CHECKING:
    from tracker.ui.forms.base import RecordForm
    from tracker.ui.forms.order_form import OrderForm
    from tracker.ui.forms.promotion_form import PromotionForm
    from tracker.ui.forms.review_form import ReviewForm
    from tracker.ui.forms.simple_forms import EntryForm, FollowForm, PostForm
    from tracker.ui.forms.visits_calendar import VisitsCalendarDialog
    from tracker.ui.forms.widgets import DateField, FieldMessage, MoneyEdit

__all__ = [
    "FORMS",
    "DateField",
    "EntryForm",
    "FieldMessage",
    "FollowForm",
    "MoneyEdit",
    "OrderForm",
    "PostForm",
    "PromotionForm",
    "RecordForm",
    "ReviewForm",
    "VisitsCalendarDialog",
    "edit_record",
    "form_class",
]

_WHERE = {
    "DateField": "widgets",
    "FieldMessage": "widgets",
    "MoneyEdit": "widgets",
    "RecordForm": "base",
    "OrderForm": "order_form",
    "ReviewForm": "review_form",
    "PostForm": "simple_forms",
    "FollowForm": "simple_forms",
    "EntryForm": "simple_forms",
    "PromotionForm": "promotion_form",
    "VisitsCalendarDialog": "visits_calendar",
}
FORMS = {
    "order": "OrderForm",
    "review": "ReviewForm",
    "post": "PostForm",
    "follow": "FollowForm",
    "entry": "EntryForm",
    "promotion": "PromotionForm",
}
"""The form's class name for each kind of record in :data:`tracker.ui.record_kinds.KINDS` (visits
have the calendar instead)."""


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def form_class(kind: str) -> type[RecordForm[Any]]:
    """The form for records of ``kind`` (``"order"`` → :class:`OrderForm`)."""
    form: type[RecordForm[Any]] = __getattr__(FORMS[kind])
    return form


def edit_record(parent: QWidget | None, session: Session, kind: str, record_id: int | None = None) -> bool:
    """Open the form for a new record of ``kind`` (``record_id`` None) or for the stored one.

    Saving goes through :meth:`Session.add` / :meth:`Session.edit` (one undoable step) while the
    form is open, so a refusal from the store keeps the form open with what was typed. Returns
    True if something was saved. Visits open the calendar on the visit's month.
    """
    draft = None
    if record_id is not None:
        try:
            draft = KINDS[kind].get(session.db, record_id)
        except StoreError as error:  # deleted meanwhile, or the file cannot be read
            QMessageBox.warning(parent, phrase(KINDS[kind].label, "open_failed"), str(error))
            return False
    if kind == "visit":
        calendar: type[VisitsCalendarDialog] = __getattr__("VisitsCalendarDialog")
        return calendar.ask(parent, session, draft.date if draft is not None else None)

    saved: list[tuple[int, bool]] = []

    def save(new: Any) -> None:
        if record_id is None:
            saved.append((session.add(new), True))
        else:
            session.edit(kind, record_id, new)
            saved.append((record_id, False))

    done = form_class(kind).ask(parent, session, draft, save=save) is not None
    if done and saved:
        session.record_saved.emit(kind, *saved[-1])
    return done
