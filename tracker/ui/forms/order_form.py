"""Adding or editing an order: its items, amounts, status and dates, with a live points line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from tracker.currency.convert import usd_cents
from tracker.currency.paid import Paid
from tracker.currency.rates import Rate, RateBook
from tracker.i18n import translate
from tracker.report.summary import dollars
from tracker.rules.ledger import Source, build_ledger
from tracker.rules.records import OrderStatus, Records
from tracker.store.conversion import convert_order
from tracker.store.drafts import OrderDraft, validate_order
from tracker.store.errors import FieldProblem
from tracker.store.repository import record_of
from tracker.store.user_rates import list_user_rates
from tracker.ui.currency_words import ESTIMATE, estimate_tooltip, rate_text
from tracker.ui.forms.base import RecordForm, Save
from tracker.ui.forms.items_editor import ItemsEditor
from tracker.ui.forms.widgets import DateField, MoneyEdit, make_date_edit, to_date, to_qdate
from tracker.ui.session import Session

_COMMON_CURRENCIES = ("USD", "EUR", "GBP", "PLN", "BRL", "CAD", "AUD", "CHF", "CZK", "SEK", "NOK", "UAH", "TRY")
_STATUSES = (
    ("Pending", OrderStatus.PENDING),
    ("Confirmed", OrderStatus.CONFIRMED),
    ("Cancelled", OrderStatus.CANCELLED),
)


def points_preview(session: Session, draft: OrderDraft) -> str:
    """``This order earns 42 points (S1).`` — by the active rules, as if it were the only order."""
    if draft.status is OrderStatus.CANCELLED:
        return translate("OrderForm", "A cancelled order earns no points.")
    order = record_of("order", 0, draft)
    as_of = max(session.today(), draft.order_date, draft.confirmed_date or draft.order_date,
                draft.refund_date or draft.order_date)  # fmt: skip
    records = Records(orders=(order,), promotions=session.records().promotions)  # type: ignore[arg-type]
    entries = build_ledger(records, session.ruleset(), session.settings(), as_of)
    points = sum(entry.points for entry in entries if entry.source is Source.ORDER)
    rules = " ".join(dict.fromkeys(entry.rule for entry in entries if entry.source is Source.ORDER))
    bonus = sum(e.points for e in entries if e.source in (Source.MULTI_CATEGORY, Source.PURCHASE_DAY))
    bonus_rules = " ".join(dict.fromkeys(e.rule for e in entries if e.source in (Source.MULTI_CATEGORY,
                                                                                Source.PURCHASE_DAY)))  # fmt: skip
    pending = draft.status is OrderStatus.PENDING
    if points == 1:
        if pending:
            text = translate("OrderForm", "This order will earn 1 point")
        else:
            text = translate("OrderForm", "This order earns 1 point")
    elif pending:
        text = translate("OrderForm", "This order will earn %n points", None, points)
    else:
        text = translate("OrderForm", "This order earns %n points", None, points)
    text += f" ({rules})" if rules else ""
    if draft.status is OrderStatus.PENDING:
        text += translate("OrderForm", " when you confirm receipt")
    if bonus:
        text += translate("OrderForm", ", plus a {points}-point bonus for its day ({rules})").format(
            points=bonus, rules=bonus_rules
        )
    return text + "."


class OrderForm(RecordForm[OrderDraft]):
    """An order with several items; the result is an :class:`OrderDraft`."""

    noun = "order"

    def __init__(
        self,
        session: Session,
        draft: OrderDraft | None = None,
        *,
        save: Save | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, draft, save=save, parent=parent)
        self._book = RateBook(list_user_rates(session.db))
        self._usd_estimated = False
        # Amounts as paid in another currency, and the US$ amounts they were converted to: kept
        # while those US$ amounts stay as they are (typing other US$ amounts drops them).
        self._paid: Paid | None = None
        self._converted: tuple[object, ...] | None = None
        today = session.today()

        self.order_no = QLineEdit(self)
        self.order_no.setPlaceholderText(translate("OrderForm", "Optional, e.g. 8100123456789012"))
        self.add_field(translate("OrderForm", "Order &no.:"), self.order_no, "order_no")
        self.order_date = make_date_edit(today, self)
        self.add_field(translate("OrderForm", "Order &date:"), self.order_date, "order_date", watch=False)
        self.order_date.dateChanged.connect(self._on_order_date_changed)
        self.store = QLineEdit(self)
        self.store.setPlaceholderText(translate("OrderForm", "Optional"))
        self.add_field(translate("OrderForm", "S&tore:"), self.store, "store")
        self.status = QComboBox(self)
        for label, status in _STATUSES:
            self.status.addItem(label, status)
        self.add_field(translate("OrderForm", "&Status:"), self.status, "status", watch=False)
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self.confirmed_date = DateField(
            translate("OrderForm", "confirmation date"),
            translate("OrderForm", "Unknown"),
            fallback=self._today_or_order_date,
        )
        self.confirmed_date.setToolTip(
            translate("OrderForm", "Leave unknown if you do not remember: the points are then estimated")
        )
        self.add_field(translate("OrderForm", "&Confirmed on:"), self.confirmed_date, "confirmed_date")
        lag = session.settings().confirmation_lag_days
        self.expected_date = DateField(
            translate("OrderForm", "expected confirmation"),
            translate("OrderForm", "Automatic"),
            fallback=self._today_or_order_date,
        )
        self.expected_date.setToolTip(
            translate("OrderForm", "Automatic: %n days after the order date (see Settings)", None, lag)
        )
        self.add_field(translate("OrderForm", "&Expected by:"), self.expected_date, "expected_date")

        categories = {category for order in session.records().orders for category in order.categories}
        self.items = ItemsEditor(categories, self)
        self.form.addRow(translate("OrderForm", "Items:"), self.items)
        self.items.edited.connect(self._on_items_edited)
        self.items.rows_changed.connect(self._on_item_rows_changed)
        self.items_message = self.add_message(self.items, "lines", watch=False)

        self.discount = MoneyEdit(self)
        self.add_field(translate("OrderForm", "D&iscount $:"), self.discount, "discount_cents")
        self.shipping = MoneyEdit(self)
        self.add_field(translate("OrderForm", "S&hipping $:"), self.shipping, "shipping_cents")
        self.refund = MoneyEdit(self)
        self.refund_date = DateField(
            translate("Dialogs", "refund date"),
            translate("Dialogs", "Date unknown"),
            fallback=self._today_or_order_date,
        )
        refund_row = _row(self, self.refund, QLabel(translate("OrderForm", "on"), self), self.refund_date)
        self.form.addRow(translate("OrderForm", "&Refund $:"), refund_row)
        self.form.labelForField(refund_row).setBuddy(self.refund)  # type: ignore[attr-defined]
        self.add_message(self.refund, "refund_cents", "refund_date", watch=False)
        self.refund.textChanged.connect(lambda: self.touch("refund_cents"))
        self.refund_date.value_changed.connect(lambda: self.touch("refund_cents", "refund_date"))

        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        yours = sorted({rate.currency for rate in self._book.user_rates})
        self.currency.addItems(list(dict.fromkeys((*_COMMON_CURRENCIES, *yours))))
        self.currency.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self))
        self.currency.setAccessibleName(translate("OrderForm", "Currency paid in"))
        self.paid = MoneyEdit(self, placeholder="Optional")
        self.paid.setAccessibleName(translate("OrderForm", "Amount paid"))
        self.convert_button = QPushButton(self)
        self.convert_button.clicked.connect(self._on_convert_clicked)
        paid_row = _row(self, self.currency, self.paid, self.convert_button)
        self.form.addRow(translate("OrderForm", "&Paid:"), paid_row)
        self.form.labelForField(paid_row).setBuddy(self.currency)  # type: ignore[attr-defined]
        self.add_message(self.currency, "currency", "paid_cents", watch=False)
        self.currency.currentTextChanged.connect(self._on_currency_changed)
        self.paid.textChanged.connect(lambda: self.touch("paid_cents"))
        self.conversion_note = QLabel(self)
        self.conversion_note.setWordWrap(True)
        self.conversion_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.form.addRow("", self.conversion_note)

        self.note = QLineEdit(self)
        self.note.setPlaceholderText(translate("OrderForm", "Optional"))
        self.add_field(translate("OrderForm", "N&ote:"), self.note, "note")
        self.total = QLabel(self)
        self.form.addRow(translate("OrderForm", "Total:"), self.total)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.preview.setAccessibleName(translate("OrderForm", "Points this order earns"))
        self.form.addRow(translate("OrderForm", "Points:"), self.preview)

        self.items.set_lines(())
        self.finish_layout(draft)
        self._enable_dates()
        self.paid.currencies = (self._currency() or "USD",)
        self._update_conversion()
        self.resize(max(self.sizeHint().width(), 760), self.sizeHint().height())

    # --- loading and reading -------------------------------------------------------------------

    def load(self, draft: OrderDraft) -> None:
        self.order_no.setText(draft.order_no or "")
        self.order_date.setDate(to_qdate(draft.order_date))
        self.store.setText(draft.store)
        self.status.setCurrentIndex(self.status.findData(draft.status))
        self.confirmed_date.set_value(draft.confirmed_date)
        self.expected_date.set_value(draft.expected_date)
        self.items.set_lines(draft.lines)
        self.discount.set_cents(draft.discount_cents or None)
        self.shipping.set_cents(draft.shipping_cents or None)
        self.refund.set_cents(draft.refund_cents or None)
        self.refund_date.set_value(draft.refund_date)
        self.currency.setCurrentText(draft.currency)
        self.paid.set_cents(draft.paid_cents)
        self.note.setText(draft.note)
        self._usd_estimated = draft.usd_estimated
        self._paid = draft.paid
        self._converted = self._usd_amounts(draft) if draft.paid is not None else None

    def read(self) -> tuple[OrderDraft, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        lines, line_problems = self.items.read()
        problems += line_problems
        amounts: dict[str, int] = {}
        for field, edit in (("discount_cents", self.discount), ("shipping_cents", self.shipping),
                            ("refund_cents", self.refund)):  # fmt: skip
            if edit.problem():
                problems.append(FieldProblem(field, edit.problem()))
            amounts[field] = edit.cents() or 0
        if self.paid.problem():
            problems.append(FieldProblem("paid_cents", self.paid.problem()))
        status = self.current_status()
        draft = OrderDraft(
            order_no=self.order_no.text().strip() or None,
            order_date=to_date(self.order_date.date()),
            status=status,
            lines=lines,
            confirmed_date=self.confirmed_date.value() if status is OrderStatus.CONFIRMED else None,
            expected_date=self.expected_date.value() if status is OrderStatus.PENDING else None,
            refund_date=self.refund_date.value(),
            store=self.store.text().strip(),
            currency=self._currency(),
            paid_cents=self.paid.cents(),
            usd_estimated=self._usd_estimated,
            note=self.note.text().strip(),
            discount_cents=amounts["discount_cents"],
            shipping_cents=amounts["shipping_cents"],
            refund_cents=amounts["refund_cents"],
        )
        return self._with_paid(draft), problems

    @staticmethod
    def _usd_amounts(draft: OrderDraft) -> tuple[object, ...]:
        prices = tuple((line.quantity, line.unit_price_cents) for line in draft.lines)
        return (draft.currency, prices, draft.discount_cents, draft.shipping_cents, draft.refund_cents)

    def _with_paid(self, draft: OrderDraft) -> OrderDraft:
        """The draft with its amounts as paid while its US$ amounts are still the converted ones;
        converted again at the new date's rate when only the order date changed."""
        if self._paid is None or self._converted != self._usd_amounts(draft):
            return draft
        kept = replace(draft, paid=self._paid, usd_estimated=self._paid.rate is not None)
        if self._paid.rate is not None and self._paid.rate == self._book.rate_for(draft.currency, draft.order_date):
            return kept
        return convert_order(kept, self._book)

    def validate(self, draft: OrderDraft) -> list[FieldProblem]:
        return validate_order(draft)

    def draft_changed(self, draft: OrderDraft | None) -> None:
        # The amount boxes are US$ (their labels say so); a foreign price is converted on request.
        lines, unreadable = self.items.read()
        if unreadable:
            self.total.setText("—")
        else:
            items = sum(line.total_cents for line in lines)
            discount, shipping = self.discount.cents() or 0, self.shipping.cents() or 0
            shown = dollars
            parts = [f"items {shown(items)}"]
            if discount:
                parts.append(f"− discount {shown(discount)}")
            if shipping:
                parts.append(f"+ shipping {shown(shipping)}")
            total = shown(items - discount + shipping)
            self.total.setText(f"{total}  ({' '.join(parts)})" if len(parts) > 1 else total)
        if draft is not None and draft.paid is not None:
            self.total.setText(f"{ESTIMATE} {self.total.text()}")
            self.total.setToolTip(estimate_tooltip(draft.currency, draft.paid, draft.paid_cents))
        else:
            self.total.setToolTip("")
        if draft is None:
            self.preview.setText(translate("OrderForm", "Points are shown once the order is complete."))
        else:
            self.preview.setText(points_preview(self.session, draft))
        self._update_conversion()

    def current_status(self) -> OrderStatus:
        # Qt hands a StrEnum stored as item data back as a plain str.
        return OrderStatus(self.status.currentData() or OrderStatus.PENDING)

    # --- reacting ------------------------------------------------------------------------------

    def _today_or_order_date(self) -> date:
        return max(self.session.today(), to_date(self.order_date.date()))

    def _on_order_date_changed(self) -> None:
        # Dates checked against the order date may now be wrong: let their messages show.
        self.touch("order_date", "confirmed_date", "expected_date", "refund_date")

    def _enable_dates(self) -> None:
        status = self.current_status()
        self.confirmed_date.setEnabled(status is OrderStatus.CONFIRMED)
        self.expected_date.setEnabled(status is OrderStatus.PENDING)

    def _on_status_changed(self) -> None:
        self._enable_dates()
        if self._loading:
            return
        if self.current_status() is OrderStatus.CONFIRMED and self.confirmed_date.value() is None:
            # An order is usually marked confirmed on the day its receipt is confirmed.
            self.confirmed_date.set_value(self._today_or_order_date())
        self.touch("status", "confirmed_date")

    def _on_items_edited(self, field: str) -> None:
        self.touch(field)

    def _on_item_rows_changed(self) -> None:
        for field in [name for name in self._messages if name.startswith("lines[")]:
            del self._messages[field]
        for field, message in self.items.messages().items():
            self.place_message(field, message)
        chain: list[QWidget] = [self.order_no, self.order_date, self.store, self.status, self.confirmed_date,
                                self.expected_date, *self.items.focus_chain(), self.discount]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.refresh()

    def _currency(self) -> str:
        return self.currency.currentText().strip().upper()

    def _on_currency_changed(self) -> None:
        currency = self._currency()
        self.paid.currencies = (currency or "USD",)
        if self._loading:
            return
        self._usd_estimated = self._usd_estimated and currency != "USD"
        self.touch("currency", "paid_cents")

    def _rate(self) -> Rate | None:
        """The rate of the order's currency on its date: yours, else the ECB's; None if neither."""
        currency = self._currency()
        if len(currency) != 3 or currency == "USD":
            return None
        return self._book.rate_for(currency, to_date(self.order_date.date()))

    def _update_conversion(self) -> None:
        currency = self._currency()
        rate = self._rate()
        foreign = len(currency) == 3 and currency != "USD"
        converted = self._paid is not None and self._paid.rate is not None
        self.convert_button.setVisible(foreign and rate is not None and not converted and not self._usd_estimated)
        if rate is not None:
            shown = rate_text(rate.usd_per_unit)
            self.convert_button.setText(translate("OrderForm", "Convert to US$ at {rate}").format(rate=shown))
            self.convert_button.setToolTip(
                translate(
                    "OrderForm", "The prices above are in {currency}: turn them into US$ at 1 {currency} = {rate} US$"
                ).format(currency=currency, rate=shown)
            )
        if self._paid is not None:
            draft, _ = self.read()
            self.conversion_note.setText(estimate_tooltip(currency, draft.paid, draft.paid_cents))
        elif self._usd_estimated:
            self.conversion_note.setText(
                translate("OrderForm", "US$ amounts are estimated from {currency}.").format(currency=currency)
            )
        elif foreign and rate is not None:
            self.conversion_note.setText(
                translate("OrderForm", "Typed the prices in {currency}? Convert them: points count in US$.").format(
                    currency=currency
                )
            )
        elif foreign:
            self.conversion_note.setText(
                translate(
                    "OrderForm",
                    "No exchange rate for {currency} on this date: set one in Settings ▸ Currencies to convert.",
                ).format(currency=currency)
            )
        self.conversion_note.setVisible(foreign or self._usd_estimated)

    def _on_convert_clicked(self) -> None:
        """The prices typed are in the paid currency: keep them as paid and show their US$ value."""
        rate = self._rate()
        if rate is None:
            return
        lines, unreadable = self.items.read()
        if unreadable:
            return
        discount, shipping, refund = (edit.cents() or 0 for edit in (self.discount, self.shipping, self.refund))
        prices = tuple(line.unit_price_cents for line in lines)
        self._paid = Paid(prices, discount, shipping, refund, rate)
        if self.paid.is_empty():
            self.paid.set_cents(self._paid.total_cents(tuple(line.quantity for line in lines)))
        for row in self.items.rows:
            if (cents := row.price.cents()) is not None:
                row.price.set_cents(usd_cents(cents, rate.usd_per_unit))
        for edit in (self.discount, self.shipping, self.refund):
            if (cents := edit.cents()) is not None:
                edit.set_cents(usd_cents(cents, rate.usd_per_unit))
        self._usd_estimated = True
        draft, _ = self.read()
        self._converted = self._usd_amounts(replace(draft, paid=None))
        self.refresh()


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


__all__ = ["OrderForm", "points_preview"]
