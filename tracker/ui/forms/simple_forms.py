"""Small forms: a Club post (S6), a store follow (S7), a bonus or adjustment entry (S8)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from tracker.i18n import translate
from tracker.rules.records import EntryKind
from tracker.store.drafts import (
    EntryDraft,
    FollowDraft,
    PostDraft,
    validate_entry,
    validate_follow,
    validate_post,
)
from tracker.store.errors import FieldProblem
from tracker.ui.forms.base import RecordForm, Save
from tracker.ui.forms.widgets import make_date_edit, to_date, to_qdate
from tracker.ui.session import Session

MAX_ENTRY_POINTS = 1_000_000


class PostForm(RecordForm[PostDraft]):
    noun = "Club post"

    def __init__(
        self, session: Session, draft: PostDraft | None = None, *, save: Save | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(session, draft, save=save, parent=parent)
        self.date = make_date_edit(session.today(), self)
        self.add_field(translate("PostForm", "&Date:"), self.date, "date")
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(translate("PostForm", "Optional: what it was about"))
        self.add_field(translate("PostForm", "&Note:"), self.note, "note")
        self.finish_layout(draft)
        self.resize(max(self.sizeHint().width(), 420), self.sizeHint().height())

    def load(self, draft: PostDraft) -> None:
        self.date.setDate(to_qdate(draft.date))
        self.note.setText(draft.note)

    def read(self) -> tuple[PostDraft, list[FieldProblem]]:
        return PostDraft(to_date(self.date.date()), self.note.text().strip()), []

    def validate(self, draft: PostDraft) -> list[FieldProblem]:
        return validate_post(draft)


class FollowForm(RecordForm[FollowDraft]):
    noun = "store follow"

    def __init__(
        self, session: Session, draft: FollowDraft | None = None, *, save: Save | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(session, draft, save=save, parent=parent)
        self.date = make_date_edit(session.today(), self)
        self.add_field(translate("FollowForm", "&Date:"), self.date, "date")
        self.store = QLineEdit(self)
        self.store.setPlaceholderText(translate("FollowForm", "The store you followed"))
        self.add_field(translate("FollowForm", "&Store:"), self.store, "store")
        self.finish_layout(draft)
        self.resize(max(self.sizeHint().width(), 420), self.sizeHint().height())

    def first_to_fill(self) -> QWidget:
        return self.store

    def load(self, draft: FollowDraft) -> None:
        self.date.setDate(to_qdate(draft.date))
        self.store.setText(draft.store)

    def read(self) -> tuple[FollowDraft, list[FieldProblem]]:
        return FollowDraft(to_date(self.date.date()), self.store.text().strip()), []

    def validate(self, draft: FollowDraft) -> list[FieldProblem]:
        return validate_follow(draft)


class EntryForm(RecordForm[EntryDraft]):
    """Points entered by hand: a bonus (never negative) or an adjustment (either sign)."""

    noun = "points entry"

    def __init__(
        self, session: Session, draft: EntryDraft | None = None, *, save: Save | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(session, draft, save=save, parent=parent)
        self.date = make_date_edit(session.today(), self)
        self.add_field(translate("EntryForm", "&Date:"), self.date, "date")
        self.kind = QComboBox(self)
        self.kind.addItem(translate("EntryForm", "Bonus (games, tasks, coupons)"), EntryKind.BONUS)
        self.kind.addItem(translate("EntryForm", "Adjustment (opening balance, correction)"), EntryKind.ADJUSTMENT)
        self.add_field(translate("EntryForm", "&Kind:"), self.kind, "kind")
        self.points = QSpinBox(self)
        self.points.setRange(-MAX_ENTRY_POINTS, MAX_ENTRY_POINTS)
        self.points.setToolTip(translate("EntryForm", "An adjustment may be negative, to correct a total"))
        self.points.setMinimumWidth(self.fontMetrics().horizontalAdvance("-1000000") + 40)
        self.add_field(translate("EntryForm", "&Points:"), self.points, "points")
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(translate("EntryForm", "Optional, e.g. Coin game, 11.11"))
        self.add_field(translate("EntryForm", "&Note:"), self.note, "note")
        self.kind.currentIndexChanged.connect(lambda: self.touch("points"))
        self.finish_layout(draft)
        self.resize(max(self.sizeHint().width(), 440), self.sizeHint().height())

    def first_to_fill(self) -> QWidget:
        return self.points  # the date starts at today and the kind at Bonus: the points are what is typed

    def load(self, draft: EntryDraft) -> None:
        self.date.setDate(to_qdate(draft.date))
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.points.setValue(draft.points)
        self.note.setText(draft.note)

    def read(self) -> tuple[EntryDraft, list[FieldProblem]]:
        draft = EntryDraft(
            date=to_date(self.date.date()),
            points=self.points.value(),
            kind=EntryKind(self.kind.currentData() or EntryKind.BONUS),  # Qt gives the StrEnum back as a str
            note=self.note.text().strip(),
        )
        return draft, []

    def validate(self, draft: EntryDraft) -> list[FieldProblem]:
        return validate_entry(draft)
