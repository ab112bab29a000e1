"""What every record form shares: inline messages, the Save button, saving, and ``ask``.

A form reads its widgets into a draft and checks it with the store's own ``validate_*``
function; each :class:`~tracker.store.errors.FieldProblem` is shown under the widget named by
its ``field``. Save stays disabled while there is any problem. On a new record a field's
message waits until the shopper has changed that field (an empty form is not scolded), and the
Save button's tooltip lists what is still missing.

Saving happens while the dialog is open: if the store refuses (a duplicate order number, a
locked file) the message is shown and the dialog stays open with everything typed in it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayoutItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import translate
from tracker.store.errors import FieldProblem, InvalidDraftError, StoreError
from tracker.ui.forms.date_edit import DateEdit
from tracker.ui.forms.widgets import FieldMessage, watch_edits
from tracker.ui.record_words import phrase
from tracker.ui.session import Session
from tracker.ui.widgets import FittingScrollArea, fit_to_screen

D = TypeVar("D")
Save = Callable[[Any], None]


class RecordForm(QDialog, Generic[D]):
    """Base of the record dialogs; subclasses build their fields and read them into a draft."""

    noun = "record"

    def __init__(
        self,
        session: Session,
        draft: D | None = None,
        *,
        save: Save | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.editing = draft is not None
        self.result_draft: D | None = None  # the saved draft, once accepted
        self._save = save
        self._messages: dict[str, FieldMessage] = {}
        self._message_rows: dict[FieldMessage, int] = {}  # the form row of each message under a field
        self._touched: set[str] = set()
        self._store_problems: tuple[FieldProblem, ...] = ()  # from the last refused save
        self._loading = True
        self.setWindowTitle(phrase(self.noun, "edit_title" if self.editing else "add_title"))

        self.fields = QWidget()
        self.form = QFormLayout(self.fields)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_message = FieldMessage(parent=self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("RecordForm", "Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.scroll_area = FittingScrollArea()  # a long order scrolls; Save stays on screen
        self.scroll_area.setWidget(self.fields)
        self.layout_.addWidget(self.scroll_area, 1)

    def finish_layout(self, draft: D | None) -> None:
        """Called by subclasses at the end of ``__init__``: place the buttons, load, check."""
        self.layout_.addWidget(self.general_message)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 26)  # placeholders stay readable
        if draft is not None:
            self.load(draft)
        self._loading = False
        self.apply_tab_order()
        self.refresh()
        first = self.first_to_fill()
        if first is not None:
            first.setFocus()  # typing straight after opening fills it

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)
        focused = self.focusWidget()
        if isinstance(focused, QAbstractSpinBox) and not self.editing:
            focused.selectAll()  # the 0 it starts at is typed over, not typed after

    def focus_chain(self) -> list[QWidget]:
        """Every input in the order it is read, top to bottom and left to right, then the buttons."""
        chain: list[QWidget] = []
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                if item is not None:
                    chain += _inputs(item)
        return chain + [button for button in self.buttons.buttons() if isinstance(button, QWidget)]

    def first_to_fill(self) -> QWidget | None:
        """The input that has the cursor when the form opens: the first one the shopper must fill
        (a date that starts at today need not be). The first input unless a form says otherwise."""
        chain = self.focus_chain()
        return chain[0] if chain else None

    def apply_tab_order(self) -> None:
        """Tab goes through :meth:`focus_chain` (widgets made later, such as a new item's, too)."""
        for first, second in pairwise(self.focus_chain()):
            QWidget.setTabOrder(first, second)

    # --- what subclasses provide ---------------------------------------------------------------

    def load(self, draft: D) -> None:
        """Fill the widgets from ``draft``."""
        raise NotImplementedError

    def read(self) -> tuple[D, list[FieldProblem]]:
        """The widgets as a draft, and what cannot be read (``"abc"`` as an amount): such a field
        goes into the draft as 0 or empty, so the other fields can still be checked."""
        raise NotImplementedError

    def validate(self, draft: D) -> list[FieldProblem]:
        """The store's checks for the draft (a ``validate_*`` function)."""
        raise NotImplementedError

    def draft_changed(self, draft: D | None) -> None:
        """After every change, with the current draft, or None while it has problems: previews."""

    # --- building ------------------------------------------------------------------------------

    def add_field(self, label: str, widget: QWidget, *fields: str, watch: bool = True) -> FieldMessage:
        """A labelled row for ``widget`` and, under it, the message for ``fields``."""
        self.form.addRow(label, widget)
        return self.add_message(widget, *fields, watch=watch)

    def add_message(self, widget: QWidget, *fields: str, watch: bool = True) -> FieldMessage:
        message = FieldMessage(buddy=widget, parent=self)
        row = self.form.rowCount()
        self.form.setWidget(row, QFormLayout.ItemRole.FieldRole, message)
        self.form.setRowVisible(row, False)
        self._message_rows[message] = row
        for field in fields:
            self._messages[field] = message
        if watch and fields:
            watch_edits(widget, lambda: self.touch(*fields))
        if isinstance(widget, DateEdit) and fields:
            widget.field = widget.field or fields[0]
            widget.editingFinished.connect(lambda: self.touch(*fields))
        return message

    def place_message(self, field: str, message: FieldMessage) -> None:
        """Show problems with ``field`` in ``message`` (fields whose widgets a subclass lays out)."""
        self._messages[field] = message

    # --- checking ------------------------------------------------------------------------------

    def touch(self, *fields: str) -> None:
        """The shopper changed these fields: their messages may show now."""
        if self._loading:
            return
        self._touched.update(fields)
        self._store_problems = ()
        self.refresh()

    def problems(self) -> tuple[D, list[FieldProblem]]:
        """The draft and everything wrong with it: what cannot be read, then the store's checks
        (leaving out those about fields already reported as unreadable)."""
        draft, problems = self.read()
        problems += self.date_problems()
        unreadable = {problem.field for problem in problems}
        return draft, problems + [p for p in self.validate(draft) if p.field not in unreadable]

    def date_problems(self) -> list[FieldProblem]:
        """Dates typed that cannot be read (the draft has the last good date meanwhile)."""
        return [
            FieldProblem(edit.field, edit.problem())
            for edit in self.findChildren(DateEdit)
            if edit.isEnabled() and edit.problem()
        ]

    def refresh(self) -> None:
        if self._loading:
            return
        draft, problems = self.problems()
        shown = [p for p in problems if self.editing or self._is_touched(p.field)]
        self.show_problems([*shown, *self._store_problems])
        self.ok_button.setEnabled(not problems)
        self.ok_button.setToolTip("\n".join(dict.fromkeys(p.message for p in problems)))
        self.draft_changed(None if problems else draft)

    def _is_touched(self, field: str) -> bool:
        return field in self._touched or field.partition(".")[0] in self._touched

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        texts: dict[FieldMessage, list[str]] = {message: [] for message in self._messages.values()}
        general: list[str] = []
        for problem in problems:
            message = self._messages.get(problem.field)
            (texts[message] if message is not None else general).append(problem.message)
        for message, lines in texts.items():
            self._set_message(message, "\n".join(dict.fromkeys(lines)))
        self.general_message.show_message("\n".join(dict.fromkeys(general)))

    def _set_message(self, message: FieldMessage, text: str) -> None:
        message.show_message(text)
        row = self._message_rows.get(message)
        if row is not None:
            self.form.setRowVisible(row, bool(text))

    def message_for(self, field: str) -> str:
        """The message shown for ``field`` (tests and screen readers)."""
        message = self._messages.get(field)
        return message.text() if message is not None and message.isVisible() else ""

    # --- saving --------------------------------------------------------------------------------

    def accept(self) -> None:
        draft, problems = self.problems()
        if problems:
            self.editing = True  # show every message now
            self.refresh()
            return
        if self._save is not None:
            try:
                self._save(draft)
            except StoreError as error:
                if isinstance(error, InvalidDraftError):
                    self._store_problems = error.problems
                    self.show_problems(error.problems)
                QMessageBox.warning(self, phrase(self.noun, "save_failed"), str(error))
                return
        self.result_draft = draft
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: Session,
        draft: D | None = None,
        *,
        save: Save | None = None,
    ) -> D | None:
        """Show the form; the draft saved (through ``save``), or None if cancelled."""
        dialog = cls(session, draft, save=save, parent=parent)
        try:
            return dialog.result_draft if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def _inputs(item: QLayoutItem) -> list[QWidget]:
    """The widgets Tab stops at in a layout item, in reading order (a widget may say its own)."""
    widget = item.widget()
    if widget is not None:
        own = getattr(widget, "focus_chain", None)
        if callable(own):
            return list(own())
        layout = widget.layout()
        if layout is None or widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return [widget] if widget.focusPolicy() & Qt.FocusPolicy.TabFocus else []
        item = layout
    layout = item.layout()
    if layout is None:
        return []
    found: list[QWidget] = []
    for index in range(layout.count()):
        child = layout.itemAt(index)
        if child is not None:
            found += _inputs(child)
    return found
