"""The Reviews page: product reviews (S4) and the points each earned."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.report.summary import day
from tracker.store.listing import ReviewRow
from tracker.ui.session import Session
from tracker.ui.tables.models import ReviewsModel
from tracker.ui.tables.page import RecordPage


class ReviewsPage(RecordPage):
    noun = "review"
    search_hint = QT_TRANSLATE_NOOP("Search", "Search product, product id or order no.")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, ReviewsModel(session), parent)
        self.finish_layout()

    def record_of(self, row: ReviewRow) -> tuple[str, int]:
        return "review", row.id

    def describe(self, row: ReviewRow) -> str:
        if row.title:
            return translate("Tables", "the review of {date} ({title})").format(date=day(row.date), title=row.title)
        return translate("Tables", "the review of {date}").format(date=day(row.date))
