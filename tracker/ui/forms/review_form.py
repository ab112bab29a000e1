"""Adding or editing a product review (S4)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

from tracker.i18n import translate
from tracker.report.summary import day
from tracker.rules.ledger import build_ledger
from tracker.rules.records import Records, Review
from tracker.store.drafts import ReviewDraft, validate_review
from tracker.store.errors import FieldProblem, StoreError
from tracker.store.repository import get_order
from tracker.ui.forms.base import RecordForm, Save
from tracker.ui.forms.widgets import MoneyEdit, make_date_edit, to_date, to_qdate
from tracker.ui.session import Session


def review_points_preview(session: Session, draft: ReviewDraft) -> str:
    """``This review earns 3 points (S4).`` by the active rules."""
    review = Review("review:0", draft.date, draft.item_price_cents)
    as_of = max(session.today(), draft.date)
    entries = build_ledger(Records(reviews=(review,)), session.ruleset(), session.settings(), as_of)
    points = sum(entry.points for entry in entries)
    if not points:
        minimum = session.ruleset().reviews.min_item_cents
        if draft.item_price_cents is not None and minimum and draft.item_price_cents < minimum:
            return translate(
                "ReviewForm", "This review earns no points: the item is below the rule set's minimum price (S4)."
            )
        return translate("ReviewForm", "This review earns no points under the active rule set.")
    if points == 1:
        return translate("ReviewForm", "This review earns 1 point (S4).")
    return translate("ReviewForm", "This review earns %n points (S4).", None, points)


def _order_label(session: Session, order_id: int) -> str:
    try:
        order = get_order(session.db, order_id)
    except StoreError:
        return translate("ReviewForm", "An order that no longer exists")
    if order.order_no:
        return translate("ReviewForm", "Order {number} of {date}").format(
            number=order.order_no, date=day(order.order_date)
        )
    if order.store:
        return translate("ReviewForm", "Order of {date} from {store}").format(
            date=day(order.order_date), store=order.store
        )
    return translate("ReviewForm", "Order of {date}").format(date=day(order.order_date))


class ReviewForm(RecordForm[ReviewDraft]):
    noun = "review"

    def __init__(
        self,
        session: Session,
        draft: ReviewDraft | None = None,
        *,
        save: Save | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, draft, save=save, parent=parent)
        self._order_id = draft.order_id if draft is not None else None
        self.date = make_date_edit(session.today(), self)
        self.add_field(translate("ReviewForm", "&Date:"), self.date, "date")
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(translate("ReviewForm", "The product you reviewed"))
        self.add_field(translate("ReviewForm", "&Product:"), self.title, "title")
        self.product_id = QLineEdit(self)
        self.product_id.setPlaceholderText(translate("ReviewForm", "Optional"))
        self.add_field(translate("ReviewForm", "Product &id:"), self.product_id, "product_id")
        self.price = MoneyEdit(self, placeholder=translate("ReviewForm", "Unknown"))
        self.price.setToolTip(translate("ReviewForm", "The item's price in US$; leave empty if you do not know it"))
        self.add_field(translate("ReviewForm", "Item p&rice $:"), self.price, "item_price_cents")
        self.linked = QLabel(self)
        if self._order_id is not None:
            self.form.addRow(translate("ReviewForm", "Order:"), self.linked)
            self.add_message(self.linked, "order_id", watch=False)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.form.addRow(translate("ReviewForm", "Points:"), self.preview)
        self.finish_layout(draft)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)  # the points line on one line
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def first_to_fill(self) -> QWidget:
        return self.title  # the date starts at today

    def load(self, draft: ReviewDraft) -> None:
        self.date.setDate(to_qdate(draft.date))
        self.title.setText(draft.title)
        self.product_id.setText(draft.product_id)
        self.price.set_cents(draft.item_price_cents)
        if draft.order_id is not None:
            self.linked.setText(_order_label(self.session, draft.order_id))

    def read(self) -> tuple[ReviewDraft, list[FieldProblem]]:
        problem = self.price.problem()
        draft = ReviewDraft(
            date=to_date(self.date.date()),
            item_price_cents=self.price.cents(),
            product_id=self.product_id.text().strip(),
            title=self.title.text().strip(),
            order_id=self._order_id,
        )
        return draft, [FieldProblem("item_price_cents", problem)] if problem else []

    def validate(self, draft: ReviewDraft) -> list[FieldProblem]:
        return validate_review(draft)

    def draft_changed(self, draft: ReviewDraft | None) -> None:
        if draft is None:
            self.preview.setText("")
        else:
            self.preview.setText(review_points_preview(self.session, draft))
