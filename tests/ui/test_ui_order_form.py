"""The order form, driven as a shopper would: typed amounts, items, status, saving, errors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tracker.currency.rates import UserRate
from tracker.rules import OrderStatus
from tracker.store.drafts import LineDraft, OrderDraft
from tracker.store.listing import count_orders
from tracker.store.repository import get_order
from tracker.store.user_rates import replace_user_rates
from tracker.ui.forms import OrderForm, edit_record
from tracker.ui.forms.widgets import read_money
from tracker.ui.session import Session


def new_form(session: Session, qtbot: QtBot, draft: OrderDraft | None = None) -> OrderForm:
    form = OrderForm(session, draft, save=session.add)
    qtbot.addWidget(form)
    form.show()
    return form


def click_save(qtbot: QtBot, form: OrderForm) -> None:
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def stored(session: Session, amount_cents: int = 12_000, order_no: str | None = "8100000000000001") -> int:
    return session.add(
        OrderDraft(
            order_no=order_no,
            order_date=date(2026, 10, 1),
            status=OrderStatus.CONFIRMED,
            confirmed_date=date(2026, 10, 20),
            lines=(LineDraft("Lamp", "", "Home", 1, amount_cents),),
            store="Lamp World",
        )
    )


def while_modal(interact: Callable[[QWidget], None]) -> None:
    """Run ``interact`` on the next modal dialog once its event loop runs; close it if it fails."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        try:
            interact(dialog)
        except BaseException:
            dialog.close()
            raise

    QTimer.singleShot(0, run)


# --- amounts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cents"),
    [("12.34", 1234), ("12,34", 1234), ("$12.34", 1234), ("US $1,234.50", 123450), (" 7 ", 700), ("-5", -500)],
)
def test_money_is_read_into_exact_cents(text: str, cents: int) -> None:
    assert read_money(text) == (cents, "")


@pytest.mark.parametrize("text", ["abc", "12.345", "€5", "1.2.3"])
def test_an_unreadable_amount_is_named(text: str) -> None:
    cents, problem = read_money(text)
    assert cents is None and problem


def test_an_empty_amount_is_no_amount() -> None:
    assert read_money("  ") == (None, "")


# --- adding --------------------------------------------------------------------------------------


def test_typing_an_order_saves_its_cents_and_adds_its_points(session: Session, qtbot: QtBot) -> None:
    """S1: $246.90 of items less a $5 discount earn 241 points, credited on confirmation."""
    before = session.status().window_points
    form = new_form(session, qtbot)
    type_into(qtbot, form.order_no, "8100000000000042")
    form.order_date.setDate(QDate(2026, 10, 1))
    type_into(qtbot, form.store, "Lamp World")
    form.status.setFocus()
    qtbot.keyClicks(form.status, "Confirmed")
    assert form.current_status() is OrderStatus.CONFIRMED
    assert form.confirmed_date.value() == TODAY  # marked confirmed today, unless changed
    row = form.items.rows[0]
    type_into(qtbot, row.title, "Desk lamp")
    type_into(qtbot, row.category.lineEdit(), "Home")
    row.quantity.setValue(2)
    type_into(qtbot, row.price, "123,45")
    type_into(qtbot, form.discount, "$5.00")
    assert form.preview.text() == "This order earns 241 points (S1)."
    assert form.ok_button.isEnabled()

    click_save(qtbot, form)

    assert form.result() == OrderForm.DialogCode.Accepted
    (order_id,) = [int(o.ref.removeprefix("order:")) for o in session.records().orders]
    saved = get_order(session.db, order_id)
    assert saved.lines == (LineDraft("Desk lamp", "", "Home", 2, 12_345),)
    assert (saved.discount_cents, saved.order_no, saved.store) == (500, "8100000000000042", "Lamp World")
    assert saved.confirmed_date == TODAY
    assert session.status().window_points == before + 241


def test_several_items_are_saved_in_the_order_typed(session: Session, qtbot: QtBot) -> None:
    form = new_form(session, qtbot)
    for number, (title, price) in enumerate((("Cable", "3.10"), ("Case", "4"), ("Stand", "9.99"))):
        if number:
            qtbot.mouseClick(form.items.add_button, Qt.MouseButton.LeftButton)
        row = form.items.rows[number]
        type_into(qtbot, row.title, title)
        type_into(qtbot, row.price, price)
    qtbot.mouseClick(form.items.rows[1].remove, Qt.MouseButton.LeftButton)  # not the case after all
    type_into(qtbot, form.items.rows[1].category.lineEdit(), "Phones")

    click_save(qtbot, form)

    assert form.result_draft is not None
    assert [(line.title, line.unit_price_cents, line.category) for line in form.result_draft.lines] == [
        ("Cable", 310, ""),
        ("Stand", 999, "Phones"),
    ]
    assert count_orders(session.db) == 1


def test_a_pending_order_previews_its_points_as_to_come(session: Session, qtbot: QtBot) -> None:
    form = new_form(session, qtbot)
    type_into(qtbot, form.items.rows[0].price, "50")
    assert form.preview.text() == "This order will earn 50 points (S1) when you confirm receipt."
    assert not form.confirmed_date.isEnabled() and form.expected_date.isEnabled()


# --- refusing ------------------------------------------------------------------------------------


def test_a_negative_discount_is_named_and_nothing_is_saved(session: Session, qtbot: QtBot) -> None:
    form = new_form(session, qtbot)
    type_into(qtbot, form.items.rows[0].price, "20")
    type_into(qtbot, form.discount, "-5")

    assert form.message_for("discount_cents") == "Discount cannot be negative"
    assert not form.ok_button.isEnabled()
    click_save(qtbot, form)
    assert form.isVisible()
    assert count_orders(session.db) == 0


def test_letters_in_a_price_are_named_and_nothing_is_saved(session: Session, qtbot: QtBot) -> None:
    form = new_form(session, qtbot)
    type_into(qtbot, form.items.rows[0].price, "12.3x")

    assert form.message_for("lines[0].unit_price_cents") == "“12.3x” is not an amount: type it like 12.34"
    assert not form.ok_button.isEnabled()
    assert "is not an amount" in form.ok_button.toolTip()
    click_save(qtbot, form)
    assert count_orders(session.db) == 0


def test_a_confirmation_before_the_order_date_is_named(session: Session, qtbot: QtBot) -> None:
    form = new_form(session, qtbot)
    type_into(qtbot, form.items.rows[0].price, "20")
    form.status.setCurrentIndex(form.status.findData(OrderStatus.CONFIRMED))
    form.confirmed_date.set_value(date(2026, 11, 1))
    form.order_date.setDate(QDate(2026, 11, 10))

    assert form.message_for("confirmed_date") == "Confirmation date cannot be before the order date"
    assert not form.ok_button.isEnabled()


def test_an_untouched_new_form_scolds_nobody_but_cannot_be_saved(session: Session, qtbot: QtBot) -> None:
    form = new_form(session, qtbot)
    assert not form.ok_button.isEnabled()
    assert form.message_for("lines[0].unit_price_cents") == ""
    assert form.ok_button.toolTip() == "Enter the item's price"


def test_a_store_error_keeps_the_form_open_with_what_was_typed(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored(session, order_no="8100000000000001")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append(text))
    form = new_form(session, qtbot)
    type_into(qtbot, form.order_no, "8100000000000001")
    type_into(qtbot, form.items.rows[0].title, "Second lamp")
    type_into(qtbot, form.items.rows[0].price, "30")

    click_save(qtbot, form)

    assert warnings == ["Order 8100000000000001 is already recorded"]
    assert form.isVisible() and form.result_draft is None
    assert form.order_no.text() == "8100000000000001"
    assert (form.items.rows[0].title.text(), form.items.rows[0].price.text()) == ("Second lamp", "30")
    assert form.message_for("order_no") == "Order 8100000000000001 is already recorded"
    assert count_orders(session.db) == 1


def test_edit_record_stays_open_after_a_refusal_and_saves_nothing_on_cancel(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored(session, order_no="8100000000000001")
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Ok)
    seen: list[bool] = []

    def interact(dialog: QWidget) -> None:
        assert isinstance(dialog, OrderForm)
        type_into(qtbot, dialog.order_no, "8100000000000001")
        type_into(qtbot, dialog.items.rows[0].price, "30")
        click_save(qtbot, dialog)
        seen.append(dialog.isVisible() and dialog.order_no.text() == "8100000000000001")
        dialog.reject()

    while_modal(interact)
    assert edit_record(None, session, "order") is False
    assert seen == [True]
    assert count_orders(session.db) == 1


# --- editing -------------------------------------------------------------------------------------


def test_editing_an_order_changes_its_points_and_undo_puts_it_back(session: Session, qtbot: QtBot) -> None:
    order_id = stored(session, 12_000)
    assert session.status().window_points == 120

    def interact(dialog: QWidget) -> None:
        assert isinstance(dialog, OrderForm)
        price = dialog.items.rows[0].price
        assert price.text() == "120.00"
        price.selectAll()
        qtbot.keyClicks(price, "300")
        click_save(qtbot, dialog)

    while_modal(interact)
    assert edit_record(None, session, "order", order_id) is True
    assert get_order(session.db, order_id).lines[0].unit_price_cents == 30_000
    assert session.status().window_points == 300

    session.undo_stack.undo()
    assert get_order(session.db, order_id).lines[0].unit_price_cents == 12_000
    assert session.status().window_points == 120


def test_an_order_paid_in_euros_is_converted_at_the_shoppers_rate(session: Session, qtbot: QtBot) -> None:
    replace_user_rates(session.db, [UserRate("EUR", Decimal("1.08"))])
    form = new_form(session, qtbot)
    form.currency.setCurrentText("EUR")
    type_into(qtbot, form.items.rows[0].price, "10,00")
    assert form.convert_button.isVisible()
    assert form.convert_button.text() == "Convert to US$ at 1.08"

    qtbot.mouseClick(form.convert_button, Qt.MouseButton.LeftButton)

    assert form.items.rows[0].price.text() == "10.80"
    assert form.paid.text() == "10.00"
    assert not form.convert_button.isVisible()
    click_save(qtbot, form)
    draft = form.result_draft
    assert draft is not None
    assert (draft.currency, draft.paid_cents, draft.usd_estimated, draft.items_cents) == ("EUR", 1000, True, 1080)
    assert draft.paid is not None and draft.paid.line_prices == (1000,)  # kept as paid: a new rate converts it again
    assert "1 EUR = 1.08 US$ (your rate)" in form.conversion_note.text()


def test_a_currency_without_a_rate_offers_no_conversion(session: Session, qtbot: QtBot) -> None:
    form = new_form(session, qtbot)
    form.currency.setCurrentText("KZT")
    assert not form.convert_button.isVisible()
    assert "No exchange rate for KZT" in form.conversion_note.text()
