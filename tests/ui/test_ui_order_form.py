"""The order form, driven as a shopper would: typed amounts, items, status, saving, errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.currency.ecb_oracle import usd_per_unit
from tests.ui.conftest import TODAY
from tests.ui.test_ui_settings import type_into_cell
from tracker.currency.convert import usd_cents
from tracker.currency.paid import Paid
from tracker.currency.rates import RateBook, UserRate
from tracker.report.summary import dollars
from tracker.rules import OrderStatus
from tracker.store.conversion import convert_order
from tracker.store.drafts import LineDraft, OrderDraft
from tracker.store.listing import count_orders
from tracker.store.repository import get_order
from tracker.store.user_rates import list_user_rates, replace_user_rates
from tracker.ui.currencies_dialog import CurrenciesDialog
from tracker.ui.currency_words import rate_text
from tracker.ui.forms import OrderForm, edit_record
from tracker.ui.forms.widgets import read_money
from tracker.ui.session import Session


def new_form(session: Session, qtbot: QtBot, draft: OrderDraft | None = None) -> OrderForm:
    form = OrderForm(session, draft, save=session.add)
    qtbot.addWidget(form)
    form.show()
    return form


def edit_form(session: Session, qtbot: QtBot, order_id: int) -> OrderForm:
    """The stored order in the form, saved over itself as the Orders page saves it."""
    form = OrderForm(session, get_order(session.db, order_id), save=lambda d: session.edit("order", order_id, d))
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


# --- in the currency paid ------------------------------------------------------------------------


@pytest.fixture
def polish_locale() -> Iterator[None]:
    """A Polish system: złoty, and amounts written 1 234,50."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    yield
    QLocale.setDefault(before)


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key)


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select what a box holds, type over it and leave it with Tab, as a person would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def zloty_in_usd(hundredths: int, day: date = date(2024, 3, 4)) -> int:
    return usd_cents(hundredths, usd_per_unit("PLN", day))


def test_a_polish_shopper_types_an_order_in_zloty_and_it_is_kept_as_paid(
    session: Session, qtbot: QtBot, polish_locale: None
) -> None:
    """#12: the amounts and currency as paid are kept; the points count their US$ value at the
    ECB rate of the order's date, shown as an estimate with that rate and date in its tooltip."""
    form = new_form(session, qtbot)
    assert form.currency.currentText() == "PLN"  # the locale's, before any order is recorded
    assert form.items.headers[4].text() == "Unit price PLN"
    assert form.form.labelForField(form.discount).text() == "D&iscount PLN:"
    retype(qtbot, form.order_date, "2024-03-04")
    row = form.items.rows[0]
    type_into(qtbot, row.title, "Lampka")
    type_into(qtbot, row.price, "1 234,50")  # as a Pole writes it
    type_into(qtbot, form.discount, "34,50 PLN")

    assert form.total.text() == "1,200.00 PLN (items 1,234.50 PLN − discount 34.50 PLN)"
    usd = zloty_in_usd(123_450) - zloty_in_usd(3_450)
    assert form.usd_line.label.text() == f"≈ {dollars(usd)}"
    tooltip = form.usd_line.label.toolTip()
    assert f"1 PLN = {rate_text(usd_per_unit('PLN', date(2024, 3, 4)))} US$" in tooltip
    assert "the ECB reference rate of 4 Mar 2024" in tooltip
    assert not form.usd_line.set_rate_button.isVisible()
    assert form.preview.text() == f"This order will earn {usd // 100} points (S1) when you confirm receipt."

    press(qtbot, form.ok_button, Qt.Key.Key_Space)

    (order_id,) = [int(o.ref.removeprefix("order:")) for o in session.records().orders]
    saved = get_order(session.db, order_id)
    assert (saved.currency, saved.paid_cents, saved.usd_estimated) == ("PLN", 120_000, True)
    assert saved.paid is not None
    assert (saved.paid.line_prices, saved.paid.discount_cents) == ((123_450,), 3_450)  # as paid
    assert saved.lines[0].unit_price_cents == zloty_in_usd(123_450)  # what the points count
    assert saved.total_cents == usd


def test_an_order_in_zloty_opens_again_in_zloty_and_the_next_one_starts_in_it(
    session: Session, qtbot: QtBot, polish_locale: None
) -> None:
    day = date(2024, 3, 4)
    typed = OrderDraft("1", day, OrderStatus.PENDING, (LineDraft("Cup", "", "", 2, 0),), currency="PLN",
                       paid=Paid((1_999,), shipping_cents=500))  # fmt: skip
    order_id = session.add(convert_order(typed, RateBook()))
    form = edit_form(session, qtbot, order_id)
    assert form.currency.currentText() == "PLN"
    assert (form.items.rows[0].price.text(), form.shipping.text()) == ("19,99", "5,00")  # as paid, as Poles write
    assert form.total.text() == "44.98 PLN (items 39.98 PLN + shipping 5.00 PLN)"
    retype(qtbot, form.items.rows[0].price, "20,99")
    click_save(qtbot, form)
    again = get_order(session.db, order_id)
    assert again.currency == "PLN" and again.paid is not None
    assert (again.paid.line_prices, again.paid.shipping_cents, again.paid_cents) == ((2_099,), 500, 4_698)
    assert again.lines[0].unit_price_cents == zloty_in_usd(2_099)

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert new_form(session, qtbot).currency.currentText() == "PLN"  # the last order's, not the locale's


def test_roubles_after_march_2022_say_there_is_no_rate_and_the_button_opens_the_currencies(
    session: Session, qtbot: QtBot
) -> None:
    asked: list[str] = []

    def give_rate(parent: QWidget, session: Session, currency: str) -> bool:
        asked.append(currency)
        replace_user_rates(session.db, [UserRate(currency, Decimal("0.0125"), date(2022, 3, 2))])
        return True

    form = OrderForm(session, save=session.add, ask_rate=give_rate)
    qtbot.addWidget(form)
    form.show()
    retype(qtbot, form.currency, "RUB")
    retype(qtbot, form.order_date, "2023-05-01")
    type_into(qtbot, form.items.rows[0].price, "1 234,50")

    assert form.usd_line.label.text() == "No rate for RUB on 1 May 2023 — set one, or this order earns no points."
    assert form.usd_line.set_rate_button.isVisible()
    assert form.preview.text() == "No points until RUB has an exchange rate for the order's date."
    press(qtbot, form.usd_line.set_rate_button, Qt.Key.Key_Space)

    assert asked == ["RUB"]
    assert form.usd_line.label.text() == f"≈ {dollars(1543)}"  # 1 234,50 × 0.0125, rounded half up
    assert "1 RUB = 0.0125 US$ (your rate from 2 Mar 2022)" in form.usd_line.label.toolTip()
    click_save(qtbot, form)
    assert form.result_draft is not None and form.result_draft.items_cents == 1543


def test_the_rate_button_opens_the_currencies_settings_on_that_currency(session: Session, qtbot: QtBot) -> None:
    form = new_form(session, qtbot)
    retype(qtbot, form.currency, "KZT")
    assert form.usd_line.set_rate_button.isVisible()

    def interact(dialog: QWidget) -> None:
        assert isinstance(dialog, CurrenciesDialog)
        type_into_cell(qtbot, dialog.page.table, 0, 1, "0.002")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    while_modal(interact)
    qtbot.mouseClick(form.usd_line.set_rate_button, Qt.MouseButton.LeftButton)
    assert list_user_rates(session.db) == [UserRate("KZT", Decimal("0.002"))]
    assert not form.usd_line.set_rate_button.isVisible()
    assert form.usd_line.label.text().startswith("≈ ")


def test_an_amount_in_another_currency_than_the_one_chosen_is_named(session: Session, qtbot: QtBot) -> None:
    form = new_form(session, qtbot)
    retype(qtbot, form.currency, "PLN")
    type_into(qtbot, form.items.rows[0].price, "$12.00")
    assert form.message_for("lines[0].unit_price_cents") == "This amount is in USD; type it in PLN here"
    assert not form.ok_button.isEnabled()


def test_an_order_typed_in_us_dollars_with_a_total_paid_in_zloty_keeps_it(session: Session, qtbot: QtBot) -> None:
    """An older order: its US$ amounts were typed, and only what was paid in all is known."""
    day = date(2024, 3, 4)
    draft = OrderDraft("7", day, OrderStatus.PENDING, (LineDraft("Cup", "", "", 1, 1_000),), currency="PLN",
                       paid_cents=4_000)  # fmt: skip
    order_id = session.add(draft)
    form = edit_form(session, qtbot, order_id)
    assert form.currency.currentText() == "USD" and form.items.rows[0].price.text() == "10.00"
    assert form.usd_line.label.text() == "Paid 40.00 PLN in all; the amounts above are in US$."
    click_save(qtbot, form)
    saved = get_order(session.db, order_id)
    assert (saved.currency, saved.paid_cents, saved.items_cents, saved.paid) == ("PLN", 4_000, 1_000, None)
