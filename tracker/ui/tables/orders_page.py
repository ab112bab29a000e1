"""The Orders page: every order with what it earned, searchable by title, store, order no. and note."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.report.summary import day, dollars
from tracker.store.listing import OrderRow
from tracker.ui.session import Session
from tracker.ui.tables.orders_model import OrdersModel
from tracker.ui.tables.page import RecordPage


class OrdersPage(RecordPage):
    noun = "order"
    search_hint = QT_TRANSLATE_NOOP("Search", "Search title, store, order no. or note")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self.orders = OrdersModel(session)
        super().__init__(session, self.orders, parent)
        self.orders.load_failed.connect(self._on_load_failed)
        self.finish_layout()

    def record_of(self, row: OrderRow) -> tuple[str, int]:
        return "order", row.id

    def describe(self, row: OrderRow) -> str:
        what = ", ".join(part for part in (row.first_title, dollars(row.items_cents - row.discount_cents)) if part)
        values = {"number": row.order_no, "date": day(row.order_date), "store": row.store, "what": what}
        if row.order_no and row.store:
            return translate("Tables", "order {number} of {date} from {store} ({what})").format(**values)
        if row.order_no:
            return translate("Tables", "order {number} of {date} ({what})").format(**values)
        if row.store:
            return translate("Tables", "the order of {date} from {store} ({what})").format(**values)
        return translate("Tables", "the order of {date} ({what})").format(**values)

    def _on_load_failed(self, message: str) -> None:
        self.count_label.setText(translate("Tables", "Could not read the orders: {problem}").format(problem=message))
