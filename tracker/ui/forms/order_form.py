"""Adding or editing an order: its items, amounts, status and dates, with a live points line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from tracker.currency.paid import Paid
from tracker.currency.rates import USD, Rate
from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.report.summary import dollars
from tracker.rules.ledger import Source, build_ledger
from tracker.rules.records import OrderStatus, Records
from tracker.store.conversion import convert_order
from tracker.store.drafts import LineDraft, OrderDraft, validate_order
from tracker.store.errors import FieldProblem
from tracker.store.repository import record_of
from tracker.store.user_rates import load_rate_book
from tracker.ui.currency_words import paid_text
from tracker.ui.forms.base import RecordForm, Save
from tracker.ui.forms.items_editor import ItemsEditor
from tracker.ui.forms.order_money import COMMON_CURRENCIES, UsdLine, default_currency, is_currency_code
from tracker.ui.forms.widgets import DateField, MoneyEdit, currency_mark, make_date_edit, to_date, to_qdate
from tracker.ui.session import Session

AskRate = Callable[[QWidget, Session, str], bool]
"""Opens the Currencies settings on a currency; True when a rate was saved (tests replace it)."""
_STATUSES = (  # translated where shown
    (QT_TRANSLATE_NOOP("OrderForm", "Pending"), OrderStatus.PENDING),
    (QT_TRANSLATE_NOOP("OrderForm", "Confirmed"), OrderStatus.CONFIRMED),
    (QT_TRANSLATE_NOOP("OrderForm", "Cancelled"), OrderStatus.CANCELLED),
)


def points_preview(session: Session, draft: OrderDraft) -> str:
    """``This order earns 42 points (S1).`` — by the active rules, as if it were the only order."""
    if draft.status is OrderStatus.CANCELLED:
        return translate("OrderForm", "A cancelled order earns no points.")
    if draft.uncounted:
        return translate("OrderForm", "No points until {currency} has an exchange rate for the order's date.").format(
            currency=draft.currency
        )
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
        ask_rate: AskRate | None = None,
    ) -> None:
        super().__init__(session, draft, save=save, parent=parent)
        self._book = load_rate_book(session.db)
        self._ask_rate = ask_rate or _ask_rate
        # The amounts as paid when the order was opened, and the total paid it had then: a total
        # kept while those amounts stay as they are.
        self._loaded_paid: tuple[tuple[int, ...], int, int, int] | None = None
        self._loaded_paid_cents: int | None = None
        # An order paid in another currency whose US$ amounts were typed (no amounts as paid are
        # known): its currency, total paid and estimate mark, kept while its amounts stay in US$.
        self._typed_usd: tuple[str, int | None, bool] | None = None
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
            self.status.addItem(translate("OrderForm", label), status)
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

        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        yours = sorted({rate.currency for rate in self._book.user_rates})
        start = default_currency(session)
        self.currency.addItems(list(dict.fromkeys((start, *COMMON_CURRENCIES, *yours))))
        self.currency.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self))
        self.currency.setToolTip(
            translate("OrderForm", "The currency you paid in: type the prices below in it, as they were charged")
        )
        self.add_field(translate("OrderForm", "C&urrency paid:"), self.currency, "currency", watch=False)
        self.currency.currentTextChanged.connect(self._on_currency_changed)

        categories = {category for order in session.records().orders for category in order.categories}
        self.items = ItemsEditor(categories, self)
        self.form.addRow(translate("OrderForm", "Items:"), self.items)
        self.items.edited.connect(self._on_items_edited)
        self.items.rows_changed.connect(self._on_item_rows_changed)
        self.items_message = self.add_message(self.items, "lines", watch=False)

        self.discount = MoneyEdit(self)
        self.add_field(_amount_label("discount"), self.discount, "discount_cents")
        self.shipping = MoneyEdit(self)
        self.add_field(_amount_label("shipping"), self.shipping, "shipping_cents")
        self.refund = MoneyEdit(self)
        self.refund_date = DateField(
            translate("Dialogs", "refund date"),
            translate("Dialogs", "Date unknown"),
            fallback=self._today_or_order_date,
        )
        self.refund_date.field = "refund_date"
        refund_row = _row(self, self.refund, QLabel(translate("OrderForm", "on"), self), self.refund_date)
        self.form.addRow(_amount_label("refund"), refund_row)
        self._refund_row = refund_row
        self.form.labelForField(refund_row).setBuddy(self.refund)  # type: ignore[attr-defined]
        self.add_message(self.refund, "refund_cents", "refund_date", watch=False)
        self.refund.textChanged.connect(lambda: self.touch("refund_cents"))
        self.refund_date.value_changed.connect(lambda: self.touch("refund_cents", "refund_date"))

        self.note = QLineEdit(self)
        self.note.setPlaceholderText(translate("OrderForm", "Optional"))
        self.add_field(translate("OrderForm", "N&ote:"), self.note, "note")
        self.total = QLabel(self)
        self.form.addRow(translate("OrderForm", "Total:"), self.total)
        self.usd_line = UsdLine(self)
        self.usd_line.rate_requested.connect(self._on_rate_requested)
        self.form.addRow(translate("OrderForm", "In US$:"), self.usd_line)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.preview.setAccessibleName(translate("OrderForm", "Points this order earns"))
        self.form.addRow(translate("OrderForm", "Points:"), self.preview)

        self.items.set_lines(())
        self._show_currency()
        self.finish_layout(draft)
        self._enable_dates()
        self.resize(max(self.sizeHint().width(), 760), self.sizeHint().height())

    # --- loading and reading -------------------------------------------------------------------

    def load(self, draft: OrderDraft) -> None:
        self.order_no.setText(draft.order_no or "")
        self.order_date.setDate(to_qdate(draft.order_date))
        self.store.setText(draft.store)
        self.status.setCurrentIndex(self.status.findData(draft.status))
        self.confirmed_date.set_value(draft.confirmed_date)
        self.expected_date.set_value(draft.expected_date)
        paid = draft.paid if draft.currency != USD else None
        lines, discount, shipping, refund = draft.lines, draft.discount_cents, draft.shipping_cents, draft.refund_cents
        if paid is not None:  # shown as paid, in its currency: the US$ amounts follow from them
            lines = tuple(
                replace(line, unit_price_cents=price) for line, price in zip(lines, paid.line_prices, strict=False)
            )
            discount, shipping, refund = paid.discount_cents, paid.shipping_cents, paid.refund_cents
            self._loaded_paid = (paid.line_prices, discount, shipping, refund)
            self._loaded_paid_cents = draft.paid_cents
            self._set_currency(draft.currency)
        elif draft.currency != USD:  # only its US$ amounts are known: they stay in US$
            self._typed_usd = (draft.currency, draft.paid_cents, draft.usd_estimated)
            self._set_currency(USD)
        else:
            self._set_currency(USD)
        self.items.set_lines(lines)
        self.discount.set_cents(discount or None)
        self.shipping.set_cents(shipping or None)
        self.refund.set_cents(refund or None)
        self.refund_date.set_value(draft.refund_date)
        self.note.setText(draft.note)

    def read(self) -> tuple[OrderDraft, list[FieldProblem]]:
        """The order as typed; in another currency than US$, its amounts as paid and their US$
        value at the rate of its date (the store's conversion)."""
        problems: list[FieldProblem] = []
        lines, line_problems = self.items.read()
        problems += line_problems
        amounts: dict[str, int] = {}
        for field, edit in (("discount_cents", self.discount), ("shipping_cents", self.shipping),
                            ("refund_cents", self.refund)):  # fmt: skip
            if edit.problem():
                problems.append(FieldProblem(field, edit.problem()))
            amounts[field] = edit.cents() or 0
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
            note=self.note.text().strip(),
            discount_cents=amounts["discount_cents"],
            shipping_cents=amounts["shipping_cents"],
            refund_cents=amounts["refund_cents"],
        )
        return self._in_usd(draft), problems

    def _in_usd(self, draft: OrderDraft) -> OrderDraft:
        """``draft`` as the points rules count it: typed in US$, as it is; typed in another
        currency, its amounts kept as paid and converted at the rate of its date (none: uncounted)."""
        currency = draft.currency
        if currency == USD:
            if self._typed_usd is None:
                return draft
            paid_in, paid_cents, estimated = self._typed_usd
            return replace(draft, currency=paid_in, paid_cents=paid_cents, usd_estimated=estimated)
        if not is_currency_code(currency):
            return draft  # named under the currency box; the amounts are still checked
        prices = tuple(line.unit_price_cents for line in draft.lines)
        amounts = (prices, draft.discount_cents, draft.shipping_cents, draft.refund_cents)
        paid_cents = self._loaded_paid_cents if amounts == self._loaded_paid else None
        return convert_order(replace(draft, paid=Paid(*amounts), paid_cents=paid_cents), self._book)

    def validate(self, draft: OrderDraft) -> list[FieldProblem]:
        return validate_order(draft)

    def draft_changed(self, draft: OrderDraft | None) -> None:
        currency = self._currency()
        shown = currency if is_currency_code(currency) else USD
        lines, unreadable = self.items.read()
        if unreadable:
            self.total.setText("—")
        else:
            self.total.setText(_total_text(lines, self.discount.cents() or 0, self.shipping.cents() or 0, shown))
        if draft is None:
            self.preview.setText(translate("OrderForm", "Points are shown once the order is complete."))
        else:
            self.preview.setText(points_preview(self.session, draft))
        self._show_usd(draft)

    def _show_usd(self, draft: OrderDraft | None) -> None:
        """The In US$ line: the estimate, "no rate", or an older order's total paid; hidden for US$."""
        currency = self._currency()
        foreign = is_currency_code(currency) and currency != USD
        if foreign:
            day = to_date(self.order_date.date())
            self.usd_line.show_estimate(currency, self._rate(), day, draft)
        elif currency == USD and self._typed_usd is not None:
            self.usd_line.show_typed(self._typed_usd[0], self._typed_usd[1])
        self.form.setRowVisible(self.usd_line, foreign or (currency == USD and self._typed_usd is not None))

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
        if not self._loading:
            self.apply_tab_order()  # the new item's inputs where they are read, before Note and Save
        self.refresh()

    # --- the currency --------------------------------------------------------------------------

    def _currency(self) -> str:
        return self.currency.currentText().strip().upper()

    def _set_currency(self, code: str) -> None:
        if self.currency.findText(code) < 0:
            self.currency.addItem(code)
        self.currency.setCurrentText(code)
        self._show_currency()

    def _show_currency(self) -> None:
        """Every amount box takes the currency chosen, and its label names it."""
        currency = self._currency()
        code = currency if is_currency_code(currency) else USD
        mark = currency_mark(code)
        self.items.set_currency(code)
        for edit in (self.discount, self.shipping, self.refund):
            edit.currencies = (code,)
        for widget, name in ((self.discount, "discount"), (self.shipping, "shipping"), (self._refund_row, "refund")):
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(_amount_label(name, mark))

    def _on_currency_changed(self) -> None:
        self._show_currency()
        if self._loading:
            return
        self.touch("currency", "lines", "discount_cents", "shipping_cents", "refund_cents")

    def _rate(self) -> Rate | None:
        """The rate of the order's currency on its date: yours, else the ECB's; None if neither."""
        return self._book.rate_for(self._currency(), to_date(self.order_date.date()))

    def _on_rate_requested(self, currency: str) -> None:
        """No rate for the currency on the order's date: the Currencies settings, on it."""
        if self._ask_rate(self, self.session, currency):
            self._book = load_rate_book(self.session.db)
            self.refresh()


def _amount_label(name: str, mark: str = "$") -> str:
    """``D&iscount PLN:``: an amount's label names the currency it is typed in."""
    if name == "discount":
        text = translate("OrderForm", "D&iscount {currency}:")
    elif name == "shipping":
        text = translate("OrderForm", "S&hipping {currency}:")
    else:
        text = translate("OrderForm", "&Refund {currency}:")
    return text.format(currency=mark)


def _ask_rate(parent: QWidget, session: Session, currency: str) -> bool:
    from tracker.ui.currencies_dialog import CurrenciesDialog

    return CurrenciesDialog.ask(parent, session, currency)


def _total_text(lines: tuple[LineDraft, ...], discount: int, shipping: int, currency: str) -> str:
    """``1 234,50 PLN (items 1 300,00 PLN − discount 65,50 PLN)``: what was paid, in its currency."""

    def money(cents: int) -> str:
        return dollars(cents) if currency == USD else paid_text(cents, currency)

    items = sum(line.total_cents for line in lines)
    total = money(items - discount + shipping)
    if not (discount or shipping):
        return total
    parts = [translate("OrderForm", "items {amount}").format(amount=money(items))]
    if discount:
        parts.append(translate("OrderForm", "− discount {amount}").format(amount=money(discount)))
    if shipping:
        parts.append(translate("OrderForm", "+ shipping {amount}").format(amount=money(shipping)))
    return translate("OrderForm", "{total} ({parts})").format(total=total, parts=" ".join(parts))


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


__all__ = ["OrderForm", "points_preview"]
