"""The orders table: 100,000 orders must open at once, and reading them all takes most of a second.

Below :attr:`OrdersModel.load_at_once_below` orders they are read at once. Above it the newest
page is read at once (a few milliseconds) and the rest follows in chunks of a few thousand, one
per turn of the event loop, newest first, so the window answers within a chunk's ~40 ms all the
while. Not on a worker thread: Python holds one lock (the GIL) for both threads, and measured
with a worker reading, the window's own Python work — painting rows, indexing the ledger — ran
up to ten times slower; chunks keep every pause short instead. Not ``fetchMore`` on scrolling
either: sorting by amount and searching must see every order, so every order is read anyway.

After an edit the model does not read everything again: it compares the session's records with
the ones its rows were read with — the session hands out a new record object for every record
that changed — and re-reads only those orders.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date

from peewee import SqliteDatabase
from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal

from tracker.collector import collector_paused
from tracker.i18n import QT_TRANSLATE_NOOP, number, translate
from tracker.report.summary import amount, day, dollars
from tracker.rules.records import Order, OrderStatus
from tracker.store.connection import read_transaction
from tracker.store.drafts import OrderDraft
from tracker.store.errors import RecordNotFoundError, StoreError
from tracker.store.listing import OrderRow, count_orders, list_orders
from tracker.store.repository import get_order
from tracker.ui.currency_words import estimate_tooltip, estimated, not_counted
from tracker.ui.session import Session
from tracker.ui.tables.base import Column, RecordTableModel, date_key, text_key
from tracker.ui.tables.columns import cents_or_blank, ledger_columns, optional_day

_SAMPLE_DAY = date(2026, 9, 28)  # a long date, to size the date columns in the user's locale

STATUS_LABELS = {
    OrderStatus.PENDING: QT_TRANSLATE_NOOP("Columns", "Pending"),
    OrderStatus.CONFIRMED: QT_TRANSLATE_NOOP("Columns", "Confirmed"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("Columns", "Cancelled"),
}

# The store's listing has neither the titles after an order's first item nor its note, so the
# search box gets them from this query (only for orders that have either, to spare memory). It
# belongs in tracker.store.listing; it lives here until the listing carries these columns.
_ORDER_SEARCH_SQL = """
SELECT o.id, o.note, group_concat(l.title, ' ')
FROM {orders} AS o LEFT JOIN order_line AS l ON l.order_id = o.id
GROUP BY o.id HAVING o.note <> '' OR count(l.id) > 1
"""
_PAGE = "(SELECT id, note FROM orders ORDER BY order_date, id LIMIT ? OFFSET ?)"  # as list_orders pages


def _order_search_text(row: OrderRow, extra: str) -> str:
    return f"{row.order_no or ''} {row.store} {row.first_title} {' '.join(row.categories)} {extra}".casefold()


def _searchable_extra(note: str, titles: str) -> str:
    return f"{note} {titles}".strip()


def _read_orders(
    db: SqliteDatabase, limit: int | None = None, offset: int = 0
) -> tuple[list[OrderRow], dict[int, str]]:
    """Orders (all, or ``limit`` from ``offset`` in date order), and for those with a note or more
    than one item the extra text the search box looks in."""
    rows = list_orders(db, limit=limit, offset=offset)
    with read_transaction(db) as conn:
        if limit is None:
            found = conn.execute(_ORDER_SEARCH_SQL.format(orders="orders"))
        else:
            found = conn.execute(_ORDER_SEARCH_SQL.format(orders=_PAGE), (limit, offset))
        extras = {order_id: _searchable_extra(note, titles or "") for order_id, note, titles in found}
    return rows, extras


def _order_row(order_id: int, draft: OrderDraft, batch_id: int | None) -> OrderRow:
    """The listing's row for an order just read back as a draft (what list_orders would give)."""
    lines = draft.lines
    return OrderRow(
        order_id,
        draft.order_no,
        draft.order_date,
        draft.status,
        draft.confirmed_date,
        draft.store,
        sum(line.quantity for line in lines),
        draft.items_cents,
        draft.discount_cents,
        draft.shipping_cents,
        draft.refund_cents,
        tuple(dict.fromkeys(line.category for line in lines if line.category)),
        lines[0].title if lines else "",
        batch_id,
        draft.currency,
        "none" if draft.uncounted else "estimate" if draft.usd_estimated else "exact",
        len(lines),
    )


def _draft_search_extra(draft: OrderDraft) -> str:
    if not draft.note and len(draft.lines) < 2:
        return ""
    return _searchable_extra(draft.note, " ".join(line.title for line in draft.lines))


def usd_cell(row: OrderRow, cents: int, *, main: bool = False) -> str:
    """A US$ amount of an order: ``≈ 12.34`` when converted, blank when 0; unknown (no rate yet):
    "no rate" in the ``main`` column, blank in the others."""
    if row.usd == "none":
        return not_counted() if main else ""
    if not cents:
        return ""
    return estimated(cents) if row.usd == "estimate" else cents_or_blank(cents)


def _items_in_all(row: OrderRow) -> str:
    count = row.item_count
    return translate("Tables", "1 item in all") if count == 1 else translate("Tables", "%n items in all", None, count)


def _items_text(row: OrderRow) -> str:
    """``Lamp (+2 more)`` for three different items; ``Lamp ×3`` for one item bought three times."""
    if row.line_count > 1:
        more = row.line_count - 1
        return translate("Tables", "{title} (+%n more)", None, more).format(title=row.first_title)
    if row.item_count > 1:
        return translate("Tables", "{title} ×{quantity}").format(title=row.first_title, quantity=row.item_count)
    return row.first_title


class OrdersModel(RecordTableModel[OrderRow]):
    """Every order with its item summary and what it earned; see the module docstring."""

    loading_changed = Signal(bool)  # True while the orders after the first page are being read
    load_failed = Signal(str)  # the file could not be read: a message for the shopper

    default_sort_column = 0  # order date, newest first
    stretch_column = 1  # the items take the width left over
    load_at_once_below = 3_000
    first_page = 200
    chunk = 2_500  # orders read per turn of the event loop: about 40 ms
    many_changes = 500  # more records changed than this (an import): read everything again

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self._search: dict[int, str] = {}  # order id → its note and item titles, when it has any
        self._known: dict[str, Order] = {}  # the session's records the rows were read with
        self._loading = False
        self._unread = 0  # orders before this offset (in date order) are still to be read
        self._expected = 0  # how many orders there were when reading began
        self._progressive = True  # a first read shows rows as they come; a second one all at once
        self._incoming: list[OrderRow] = []
        self._baseline_pending = False  # the session's records are not in yet (see _take_baseline)
        self._undo_index = 0
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_read_next_chunk)
        self.load()

    def _make_columns(self) -> list[Column[OrderRow]]:
        # What a shopper looks for first, on the left: when, what, from whom, where it stands, and
        # the points; at 1024 pixels these fit. The rest follow; the amounts that rarely matter
        # wait behind a right-click on the header.
        ledger = ledger_columns(self)
        return [
            Column(
                QT_TRANSLATE_NOOP("Columns", "Ordered"),
                lambda r: day(r.order_date),
                lambda r: r.order_date.toordinal(),
                sample=day(_SAMPLE_DAY),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Items"),
                _items_text,
                lambda r: text_key(r.first_title),
                tooltip=_items_in_all,
                sample="USB-C charging cable",
                elide=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Store"),
                lambda r: r.store,
                lambda r: text_key(r.store),
                sample="Outdoor Life Store",
                elide=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Status"),
                lambda r: translate("Columns", STATUS_LABELS[r.status]),
                lambda r: r.status.value,
                sample=max((translate("Columns", label) for label in STATUS_LABELS.values()), key=len),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Confirmed"),
                lambda r: optional_day(r.confirmed_date),
                lambda r: date_key(r.confirmed_date),
                sample=day(_SAMPLE_DAY),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Items $"),
                lambda r: usd_cell(r, r.items_cents, main=True) or amount(0),
                lambda r: r.items_cents,
                numeric=True,
                tooltip=self._usd_tooltip,
                sample="≈ " + amount(123456),
            ),
            *ledger,
            Column(
                QT_TRANSLATE_NOOP("Columns", "Order no."),
                lambda r: r.order_no or "",
                lambda r: text_key(r.order_no),
                sample="8100123456789012345",
                elide=True,
                optional=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Discount $"),
                lambda r: usd_cell(r, r.discount_cents),
                lambda r: r.discount_cents,
                numeric=True,
                tooltip=self._usd_tooltip,
                sample=amount(12345),
                hidden=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Shipping $"),
                lambda r: usd_cell(r, r.shipping_cents),
                lambda r: r.shipping_cents,
                numeric=True,
                tooltip=self._usd_tooltip,
                sample=amount(1234),
                hidden=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Refund $"),
                lambda r: usd_cell(r, r.refund_cents),
                lambda r: r.refund_cents,
                numeric=True,
                tooltip=self._usd_tooltip,
                sample=amount(12345),
                hidden=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Categories"),
                lambda r: ", ".join(r.categories),
                lambda r: text_key(" ".join(r.categories)),
                sample="Phones, Home, Toys",
                elide=True,
                hidden=True,
            ),
        ]

    def _usd_tooltip(self, row: OrderRow) -> str:
        """For an order paid in another currency: what was paid, and the rate (or that there is none)."""
        if row.currency == "USD":
            return ""
        try:
            draft = get_order(self._session.db, row.id)
        except StoreError:
            return ""
        return estimate_tooltip(draft.currency, draft.paid, draft.paid_cents)

    def unearned_reason(self, row: OrderRow) -> str:
        reason = self._why_nothing(row)
        if reason == "no US$":
            return self._usd_tooltip(row)
        if reason == "cancelled":
            return translate("Tables", "A cancelled order earns nothing")
        if reason == "future":
            return translate("Tables", "Dated after today: not counted yet")
        if reason == "refunded":
            return translate(
                "Tables", "Refunded: what is left is below the minimum, so the points were taken back (S2)"
            )
        if reason == "small":
            minimum = dollars(int(self._session.ruleset().shopping.min_order_usd * 100))
            return translate("Tables", "Orders under {amount} after discounts earn no points (S1)").format(
                amount=minimum
            )
        return translate("Tables", "Earns nothing under the active rule set: another order of the product or the "
                                   "day already took its points (F1, L1)")  # fmt: skip

    def unearned_word(self, row: OrderRow) -> str:
        reason = self._why_nothing(row)
        if reason == "no US$":
            return translate("Tables", "no US$ amount")
        if reason == "cancelled":
            return translate("Tables", "cancelled")
        if reason == "future":
            return translate("Tables", "after today")
        if reason == "refunded":
            return translate("Tables", "refunded")
        if reason == "small":
            minimum = dollars(int(self._session.ruleset().shopping.min_order_usd * 100))
            return translate("Tables", "under {amount}").format(amount=minimum)
        return translate("Tables", "not counted")

    def _why_nothing(self, row: OrderRow) -> str:
        if row.usd == "none":
            return "no US$"
        if row.status is OrderStatus.CANCELLED:
            return "cancelled"
        if row.order_date > self._session.today():
            return "future"
        minimum = self._session.ruleset().shopping.min_order_usd * 100
        paid = row.items_cents - row.discount_cents
        if row.refund_cents and paid >= minimum:
            return "refunded"
        if paid < minimum:
            return "small"
        return "other"

    def key_of(self, row: OrderRow) -> Hashable:
        return row.id

    def ref_of(self, row: OrderRow) -> str:
        return f"order:{row.id}"

    def date_of(self, row: OrderRow) -> date:
        return row.order_date

    def search_text(self, row: OrderRow) -> str:
        return _order_search_text(row, self._search.get(row.id, ""))

    def read_rows(self) -> list[OrderRow]:
        with collector_paused():
            rows, self._search = _read_orders(self._session.db)
        return rows

    def summary(self) -> str:
        if self._loading:
            read, expected = self._expected - self._unread, self._expected
            return translate("Tables", "Reading orders… {read} of {expected}").format(
                read=number(read), expected=number(expected)
            )
        pending = sum(1 for row in self._shown if row.status is OrderStatus.PENDING)
        text = self.counts_text("order", "orders")
        if not pending:
            return text
        return translate("Tables", "{orders}, %Ln pending", None, pending).format(orders=text)

    @property
    def loading(self) -> bool:
        """True while the orders after the first page are still being read."""
        return self._loading

    # --- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        """Read every order: at once when there are few, else the newest page now and the rest
        chunk by chunk from the event loop (:attr:`loading` meanwhile). Read again (after an
        import), the old rows stay until the new ones are all in."""
        self._timer.stop()
        self._generation += 1
        self._take_baseline()
        total = count_orders(self._session.db)
        if total < self.load_at_once_below:
            self._set_loading(False)
            self._replace(self.read_rows())
            return
        self._progressive = not self._rows
        self._incoming = []
        self._unread = self._expected = total
        self._set_loading(True)
        if self._progressive:
            self._read_chunk(self.first_page)
        self._timer.start(100)  # the first chunk waits a moment, so that the page is painted first

    def finish_loading(self) -> None:
        """Read the remaining chunks now (benchmarks, tests)."""
        while self._loading:
            self._read_chunk(self.chunk)

    def _on_read_next_chunk(self) -> None:
        try:
            self._read_chunk(self.chunk)
        except StoreError as error:  # locked for too long, or damaged: say so, keep what is shown
            self._set_loading(False)
            self.load_failed.emit(str(error))
            return
        if self._loading:
            self._timer.start(0)

    def _read_chunk(self, size: int) -> None:
        start = max(self._unread - size, 0)
        with collector_paused():
            rows, search = _read_orders(self._session.db, self._unread - start, start)
        self._unread = start
        self._search.update(search)
        if self._progressive:
            self._add_older(rows)
        else:
            self._incoming += rows
        if start > 0:
            self.contents_changed.emit()
            return
        self._timer.stop()
        if not self._progressive:
            self._replace(self._incoming)
        self._incoming = []
        self._set_loading(False)
        # Edits made while reading, and orders that an added or deleted one moved past a chunk.
        self._apply_record_changes(reconcile=True)

    def _add_older(self, rows: list[OrderRow]) -> None:
        """Show rows older than (or as old as) every row shown so far: with the usual newest-first
        order they go below the others, without disturbing the view."""
        rows = [row for row in rows if row.id not in self._rows]  # read twice after a deletion
        for row in rows:
            self._rows[row.id] = row
        passing = [row for row in rows if self._passes(row)] if not self._filter.is_empty() else rows
        if not passing:
            return
        if (self._sort_column, self._sort_order) == (self.default_sort_column, Qt.SortOrder.DescendingOrder):
            end = len(self._shown)
            self.beginInsertRows(QModelIndex(), end, end + len(passing) - 1)
            self._shown += reversed(passing)
            self.endInsertRows()
        else:

            def merge() -> None:
                self._shown += passing
                self._sort_shown()  # two sorted runs: Python's sort merges them in one pass

            self._relayout(merge)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
            self.contents_changed.emit()

    # --- after a change ------------------------------------------------------------------------

    def _order_records(self) -> dict[str, Order]:
        return {order.ref: order for order in self._session.records().orders}

    def _take_baseline(self) -> None:
        """Note the session's records the rows are read with — unless the session still shows
        last time's figures while it reads its records in the background: asking for them now
        would read them all on this thread. Then the baseline is taken when they arrive."""
        self._baseline_pending = bool(getattr(self._session, "provisional", False))
        self._undo_index = self._session.undo_stack.index()
        self._known = {} if self._baseline_pending else self._order_records()

    def _on_records_changed(self) -> None:
        self._forget_earned()
        if not self._loading:  # else when the last chunk is in
            self._apply_record_changes()

    def _on_settings_changed(self) -> None:
        self._forget_earned()
        if not self._loading and not self._baseline_pending:
            self._known = self._order_records()  # the session read its records again: same orders

    def _apply_record_changes(self, *, reconcile: bool = False) -> None:
        if self._baseline_pending:
            if getattr(self._session, "provisional", False):
                return  # still last time's figures: wait for the records
            if self._session.undo_stack.index() != self._undo_index:
                self.load()  # edited meanwhile: the rows may predate the edit
                return
            self._baseline_pending = False
            self._known = self._order_records()
            reconcile = True
        orders, known = self._session.records().orders, self._known
        known_get = known.get
        changed = [order for order in orders if known_get(order.ref) is not order]
        added = sum(1 for order in changed if order.ref not in known)
        removed: set[str] = set()
        if len(known) + added != len(orders):  # some were deleted
            removed = known.keys() - {order.ref for order in orders}
        changed_refs = {order.ref for order in changed}
        if reconcile and (changed or removed or len(orders) != len(self._rows)):
            # An order added or deleted while reading moved the others across a chunk's edge.
            shown = {f"order:{order_id}" for order_id in self._rows}
            current = {order.ref for order in orders}
            changed_refs |= current - shown
            removed |= shown - current
        if not changed_refs and not removed:
            return
        if len(changed_refs) + len(removed) > self.many_changes:
            self.load()
            return
        for order in changed:
            known[order.ref] = order
        for ref in removed:
            known.pop(ref, None)
            self._drop(int(ref.removeprefix("order:")))
        db = self._session.db
        for ref in sorted(changed_refs):
            order_id = int(ref.removeprefix("order:"))
            try:
                draft = get_order(db, order_id)
            except RecordNotFoundError:
                self._drop(order_id)
                continue
            old = self._rows.get(order_id)
            row = _order_row(order_id, draft, old.batch_id if old is not None else None)
            extra = _draft_search_extra(draft)
            if extra:
                self._search[order_id] = extra
            else:
                self._search.pop(order_id, None)
            self._put(row)
        self.contents_changed.emit()
