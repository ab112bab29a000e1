"""The window: Settings ▸ Currencies, undo of a rate change, the dashboard's uncounted line,
the Orders table's marks, and the import dialog asking for a rouble rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_ui_settings import type_into_cell
from tracker.currency.paid import Paid
from tracker.currency.rates import RateBook, UserRate
from tracker.rules.records import OrderStatus
from tracker.store import repository as repo
from tracker.store.conversion import convert_order
from tracker.store.drafts import LineDraft, OrderDraft
from tracker.store.user_rates import list_user_rates
from tracker.ui.dashboard import DashboardPage
from tracker.ui.import_dialog import ImportDialog
from tracker.ui.session import Session
from tracker.ui.settings_dialog import SettingsDialog
from tracker.ui.tables.orders_model import OrdersModel


def rouble_order(session: Session, day: date = date(2023, 5, 1)) -> int:
    draft = OrderDraft("1", day, OrderStatus.CONFIRMED, (LineDraft("Lamp", "", "Home", 1, 0),),
                       confirmed_date=day, currency="RUB", paid=Paid((123_450,)))  # fmt: skip
    order_id = repo.add_order(session.db, convert_order(draft, RateBook()))
    session.records_changed_elsewhere()
    return order_id


def settings_dialog(session: Session, qtbot: QtBot) -> SettingsDialog:
    app_settings = QSettings(str(session.db_path.parent / "app.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(session, app_settings=app_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_rate_set_in_settings_converts_again_and_undo_takes_it_back(session: Session, qtbot: QtBot) -> None:
    order_id = rouble_order(session)
    dashboard = DashboardPage(session)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    assert not dashboard.uncounted_banner.isHidden()
    assert "RUB: 1 (1,234.50 RUB)" in dashboard.uncounted_banner.label.text()

    dialog = settings_dialog(session, qtbot)
    with qtbot.waitSignal(dashboard.uncounted_banner.rate_requested) as asked:
        qtbot.mouseClick(dashboard.uncounted_banner.button, Qt.MouseButton.LeftButton)
    dialog.show_currency(asked.args[0])
    page = dialog.currencies_page
    assert dialog.tabs.currentWidget() is page
    assert page.problem_text() == "" and dialog.ok_button.isEnabled()  # no error before typing
    type_into_cell(qtbot, page.table, 0, 1, "abc")
    assert page.problem_text() == "Row 1: Type the US$ that 1 RUB is worth, like 0.25."
    assert not dialog.ok_button.isEnabled()
    type_into_cell(qtbot, page.table, 0, 1, "0.0125")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert list_user_rates(session.db) == [UserRate("RUB", Decimal("0.0125"), date(2022, 3, 2))]
    assert repo.get_order(session.db, order_id).items_cents == 1543
    dashboard.refresh()
    assert dashboard.uncounted_banner.isHidden()

    session.undo_stack.undo()
    assert list_user_rates(session.db) == []
    assert repo.get_order(session.db, order_id).uncounted
    session.undo_stack.redo()
    assert repo.get_order(session.db, order_id).items_cents == 1543


def test_remove_rate_is_offered_only_while_a_rate_is_chosen(session: Session, qtbot: QtBot) -> None:
    page = settings_dialog(session, qtbot).currencies_page
    assert page.table.rowCount() == 0 and not page.remove_button.isEnabled()  # nothing to remove
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.remove_button.isEnabled()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 0 and not page.remove_button.isEnabled()


def test_the_orders_table_marks_estimates_and_orders_without_a_rate(session: Session, qtbot: QtBot) -> None:
    rouble_order(session)
    day = date(2024, 3, 4)
    zloty = OrderDraft("2", day, OrderStatus.CONFIRMED, (LineDraft("Cup", "", "Home", 1, 0),),
                       confirmed_date=day, currency="PLN", paid=Paid((123_450,)))  # fmt: skip
    repo.add_order(session.db, convert_order(zloty, RateBook()))
    model = OrdersModel(session)
    items = next(i for i, c in enumerate(model.columns) if c.header == "Items $")
    cells = {}
    for row in range(model.rowCount()):
        index = model.index(row, items)
        cells[model.row_at(row).order_no] = (model.data(index), model.data(index, Qt.ItemDataRole.ToolTipRole))
    assert cells["1"][0] == "no rate" and "not counted" in cells["1"][1]
    assert cells["2"][0].startswith("≈ ") and "1 PLN = 0.250949 US$" in cells["2"][1]
    assert "ECB reference rate of 4 Mar 2024" in cells["2"][1]


def dialog_at_review(session: Session, qtbot: QtBot, path: Path) -> ImportDialog:
    """The import dialog on ``path``, taken by Next to the review, once its rows are checked."""
    dialog = ImportDialog(session, None, path)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        if dialog.next_button.isVisible() and dialog.next_button.isEnabled():
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._prepared is not None, timeout=30_000)  # a busy machine
    return dialog


def test_the_import_dialog_asks_for_a_rouble_rate_before_importing(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "rub.csv"
    path.write_text('Order ID;Date;Total;Status\n1;2023-05-01;"1 234,50 руб.";Completed\n', encoding="utf-8")
    dialog = dialog_at_review(session, qtbot, path)
    assert dialog.rates_box.isVisible() and "RUB" in dialog.rates_box.edits
    assert not dialog.import_button.isEnabled()
    assert not dialog.rates_box.problem.isVisible()  # nothing typed yet: no error
    assert dialog.focusWidget() is dialog.rates_box.edits["RUB"]  # typing goes straight into it
    qtbot.keyClicks(dialog.rates_box.edits["RUB"], "0,0125")  # as a Russian writes it
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    (order,) = session.records().orders
    assert order.items_cents == 1543
    assert list_user_rates(session.db) == [UserRate("RUB", Decimal("0.0125"), date(2022, 3, 2))]


def test_the_import_dialog_asks_for_a_rate_for_review_prices_in_roubles(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "reviews.csv"
    path.write_text('date;kind;item_price;note\n2023-05-01;review;"1 234,50 руб.";Lamp\n', encoding="utf-8")
    dialog = dialog_at_review(session, qtbot, path)
    assert dialog.rates_box.isVisible() and "RUB" in dialog.rates_box.edits
    label = dialog.rates_box.form.labelForField(dialog.rates_box.edits["RUB"])
    assert label.text().startswith("Review prices in RUB: 1 (1,234.50 RUB)")  # type: ignore[attr-defined]
    assert not dialog.import_button.isEnabled()  # not imported without its price
    qtbot.keyClicks(dialog.rates_box.edits["RUB"], "0.0125")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    (review,) = session.records().reviews
    assert review.item_price_cents == 1543
