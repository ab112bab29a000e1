"""Adding or editing a promotion: orders placed in a date range earn shopping points × a multiplier (S9)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QLineEdit, QWidget

from tracker.i18n import translate
from tracker.store.drafts import PromotionDraft, validate_promotion
from tracker.store.errors import FieldProblem
from tracker.ui.forms.base import RecordForm, Save
from tracker.ui.forms.widgets import make_date_edit, to_date, to_qdate
from tracker.ui.session import Session


def read_multiplier(text: str) -> Decimal:
    """``"2"``, ``"1.5"``, ``"1,5"``, ``"×2"`` → a Decimal; anything else → NaN, which the
    store's check reports in its own words."""
    cleaned = text.strip().lstrip("×xX*").strip().replace(",", ".")
    try:
        return Decimal(cleaned) if cleaned else Decimal("NaN")
    except InvalidOperation:
        return Decimal("NaN")


class PromotionForm(RecordForm[PromotionDraft]):
    noun = "promotion"

    def __init__(
        self, session: Session, draft: PromotionDraft | None = None, *, save: Save | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(session, draft, save=save, parent=parent)
        today = session.today()
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(translate("PromotionForm", "e.g. 11.11 Global Shopping Festival"))
        self.name.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.name.placeholderText()) + 24)
        self.add_field(translate("PromotionForm", "&Name:"), self.name, "name")
        self.start = make_date_edit(today, self)
        self.add_field(translate("PromotionForm", "&From:"), self.start, "start", watch=False)
        self.end = make_date_edit(today, self)
        self.add_field(translate("PromotionForm", "&To:"), self.end, "end")
        self.start.dateChanged.connect(lambda: self.touch("start", "end"))
        self.multiplier = QLineEdit(self)
        example = translate("PromotionForm", "e.g. 2 or 1.5")
        self.multiplier.setPlaceholderText(example)
        self.multiplier.setToolTip(
            translate("PromotionForm", "Orders placed in these days earn their shopping points times this")
        )
        self.multiplier.setMaximumWidth(self.fontMetrics().horizontalAdvance(example) + 40)
        self.multiplier.setMinimumWidth(self.fontMetrics().horizontalAdvance(example) + 24)
        self.add_field(translate("PromotionForm", "&Multiplier:"), self.multiplier, "multiplier")
        self.finish_layout(draft)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def load(self, draft: PromotionDraft) -> None:
        self.name.setText(draft.name)
        self.start.setDate(to_qdate(draft.start))
        self.end.setDate(to_qdate(draft.end))
        self.multiplier.setText(format(draft.multiplier.normalize(), "f"))

    def read(self) -> tuple[PromotionDraft, list[FieldProblem]]:
        draft = PromotionDraft(
            name=self.name.text().strip(),
            start=to_date(self.start.date()),
            end=to_date(self.end.date()),
            multiplier=read_multiplier(self.multiplier.text()),
        )
        return draft, []

    def validate(self, draft: PromotionDraft) -> list[FieldProblem]:
        return validate_promotion(draft)
