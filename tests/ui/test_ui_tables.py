"""The Orders, Reviews and Activity pages: ledger columns, sorting, filtering, editing, deleting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tracker.rules import EntryKind, OrderStatus
from tracker.store.drafts import EntryDraft, LineDraft, OrderDraft, ReviewDraft, VisitDraft
from tracker.store.listing import count_orders
from tracker.store.repository import write_batch
from tracker.ui import questions
from tracker.ui.session import Session
from tracker.ui.tables import page as page_module
from tracker.ui.tables.activity_page import ActivityPage
from tracker.ui.tables.base import SORT_ROLE, RecordTableModel
from tracker.ui.tables.orders_model import OrdersModel
from tracker.ui.tables.orders_page import OrdersPage
from tracker.ui.tables.reviews_page import ReviewsPage


def order(
    cents: int = 12_000,
    *,
    ordered: date = date(2026, 10, 1),
    status: OrderStatus = OrderStatus.CONFIRMED,
    confirmed: date | None = date(2026, 10, 20),
    title: str = "Lamp",
    store: str = "",
    note: str = "",
    order_no: str | None = None,
) -> OrderDraft:
    return OrderDraft(
        order_no=order_no,
        order_date=ordered,
        status=status,
        confirmed_date=confirmed if status is OrderStatus.CONFIRMED else None,
        lines=(LineDraft(title, "", "Home", 1, cents),),
        store=store,
        note=note,
    )


def orders_page(session: Session, qtbot: QtBot) -> OrdersPage:
    page = OrdersPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page


def column(model: RecordTableModel[Any], header: str) -> int:
    return [c.header for c in model.columns].index(header)


def cell(model: RecordTableModel[Any], row: int, header: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, column(model, header)), role)


def texts(model: RecordTableModel[Any], header: str) -> list[str]:
    return [cell(model, row, header) for row in range(model.rowCount())]


def click_header(qtbot: QtBot, page: OrdersPage, header: str) -> None:
    view_header = page.view.horizontalHeader()
    section = column(page.model, header)
    x = view_header.sectionViewportPosition(section) + view_header.sectionSize(section) // 2
    qtbot.mouseClick(view_header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, view_header.height() // 2))


def select_row(qtbot: QtBot, page: OrdersPage | ReviewsPage | ActivityPage, row: int) -> None:
    rect = page.view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- what each order earned ----------------------------------------------------------------------


def test_orders_show_the_points_and_rule_from_the_ledger(session: Session, qtbot: QtBot) -> None:
    session.add(order(12_345))
    page = orders_page(session, qtbot)
    model = page.model
    assert cell(model, 0, "Items $") == "123.45"
    assert cell(model, 0, "Points") == "123"
    assert cell(model, 0, "Rule") == "S1"
    assert cell(model, 0, "Credit") == "credited"
    assert cell(model, 0, "Points", Qt.ItemDataRole.FontRole) is None
    assert cell(model, 0, "Items $", Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_items_count_different_products_apart_from_quantities(session: Session, qtbot: QtBot) -> None:
    """One case bought three times is "Case ×3", not "Case (+2 more)", which would say there are
    two other products; both when the table is loaded and when a row is added to it."""
    three_cases = replace(order(title="Case"), lines=(LineDraft("Case", "", "", 3, 500),))
    three_things = replace(
        order(title="Lamp", ordered=date(2026, 10, 2)),
        lines=(LineDraft("Lamp", "", "", 1, 500), LineDraft("Cable", "", "", 2, 300), LineDraft("Cup", "", "", 1, 200)),
    )
    session.add(three_cases)
    page = orders_page(session, qtbot)
    session.add(three_things)
    assert sorted(texts(page.model, "Items")) == ["Case ×3", "Lamp (+2 more)"]
    again = orders_page(session, qtbot)
    assert sorted(texts(again.model, "Items")) == ["Case ×3", "Lamp (+2 more)"]


def test_a_pending_orders_credit_is_flagged_as_expected(session: Session, qtbot: QtBot) -> None:
    """P1: a pending order's points are expected on order date + the confirmation lag (20 days)."""
    session.add(order(5_000, ordered=date(2026, 11, 20), status=OrderStatus.PENDING))
    page = orders_page(session, qtbot)
    model = page.model
    assert cell(model, 0, "Points") == "50"
    assert cell(model, 0, "Credit") == "expected 10 Dec"
    assert cell(model, 0, "Points", Qt.ItemDataRole.FontRole).italic()
    assert cell(model, 0, "Points", Qt.ItemDataRole.ToolTipRole) == "Expected when you confirm receipt around 10 Dec"
    assert cell(model, 0, "Status") == "Pending"


def test_a_confirmed_order_without_its_date_is_flagged_as_estimated(session: Session, qtbot: QtBot) -> None:
    session.add(order(5_000, confirmed=None))
    page = orders_page(session, qtbot)
    model = page.model
    assert cell(model, 0, "Credit") == "estimated"
    assert cell(model, 0, "Rule", Qt.ItemDataRole.ToolTipRole) == (
        "Estimated: confirmation date unknown\nS1: points for the order's amount"
    )


def test_a_refund_after_confirmation_shows_both_rules(session: Session, qtbot: QtBot) -> None:
    """S2: $30 refunded after confirmation takes 30 of the 120 points back."""
    session.add(replace(order(12_000), refund_cents=3_000, refund_date=date(2026, 10, 25)))
    page = orders_page(session, qtbot)
    model = page.model
    assert cell(model, 0, "Points") == "90"
    assert cell(model, 0, "Rule") == "S1 S2"
    assert cell(model, 0, "Refund $") == "30.00"


def test_the_page_counts_orders_and_pending_ones(session: Session, qtbot: QtBot) -> None:
    session.add(order())
    session.add(order(ordered=date(2026, 11, 20), status=OrderStatus.PENDING))
    page = orders_page(session, qtbot)
    assert page.count_label.text() == "2 orders, 1 pending"


# --- sorting and filtering -----------------------------------------------------------------------


def test_sorting_by_amount_is_by_cents_not_by_text(session: Session, qtbot: QtBot) -> None:
    for cents in (900, 10_000, 1_000):
        session.add(order(cents))
    page = orders_page(session, qtbot)
    click_header(qtbot, page, "Items $")
    ascending = texts(page.model, "Items $")
    click_header(qtbot, page, "Items $")
    descending = texts(page.model, "Items $")
    assert {tuple(ascending), tuple(descending)} == {("9.00", "10.00", "100.00"), ("100.00", "10.00", "9.00")}
    assert cell(page.model, 0, "Items $", SORT_ROLE) in (900, 10_000)


def test_sorting_by_date_is_by_the_calendar_not_by_text(session: Session, qtbot: QtBot) -> None:
    for day in (date(2026, 9, 2), date(2026, 10, 1), date(2026, 9, 10)):
        session.add(order(ordered=day, confirmed=day + timedelta(days=10)))
    page = orders_page(session, qtbot)
    assert texts(page.model, "Ordered") == ["1 Oct 2026", "10 Sep 2026", "2 Sep 2026"]  # newest first
    click_header(qtbot, page, "Ordered")
    assert texts(page.model, "Ordered") == ["2 Sep 2026", "10 Sep 2026", "1 Oct 2026"]


def test_the_search_box_finds_title_store_order_number_and_note(session: Session, qtbot: QtBot) -> None:
    session.add(order(title="Desk Lamp"))
    session.add(order(title="Cable", store="Lamp World"))
    session.add(order(title="Case", order_no="8100000000000777"))
    session.add(order(title="Socks", note="Gift for Mum"))
    page = orders_page(session, qtbot)
    for query, expected in (("lamp", {"Desk Lamp", "Cable"}), ("0777", {"Case"}), ("MUM", {"Socks"})):
        page.search.clear()
        qtbot.keyClicks(page.search, query)
        qtbot.waitUntil(lambda expected=expected: set(texts(page.model, "Items")) == expected)
    assert page.count_label.text() == "1 of 4 orders"


def test_the_date_range_keeps_the_orders_placed_in_it(session: Session, qtbot: QtBot) -> None:
    for day in (date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1)):
        session.add(order(ordered=day, confirmed=day + timedelta(days=10), title=day.strftime("%b")))
    page = orders_page(session, qtbot)
    page.date_from.set_value(date(2026, 8, 15))
    assert texts(page.model, "Items") == ["Oct", "Sep"]
    page.date_to.set_value(date(2026, 9, 30))
    assert texts(page.model, "Items") == ["Sep"]
    qtbot.mouseClick(page.date_from.clear_button, Qt.MouseButton.LeftButton)
    assert page.date_from.value() is None
    assert texts(page.model, "Items") == ["Sep", "Aug"]


# --- editing and deleting ------------------------------------------------------------------------


def test_delete_asks_naming_the_order_and_removes_it(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.add(order(1_234, title="Lamp", order_no="8100000000000001", store="Lamp World"))
    page = orders_page(session, qtbot)
    asked: list[questions.Question] = []
    answer = False

    def ask(parent: object, question: questions.Question) -> bool:
        asked.append(question)
        return answer

    monkeypatch.setattr(questions, "ask", ask)
    select_row(qtbot, page, 0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert count_orders(session.db) == 1  # "Keep" keeps it
    assert "order 8100000000000001 of 1 Oct 2026 from Lamp World (Lamp, $12.34)" in asked[0].text
    assert (asked[0].title, asked[0].do, asked[0].keep) == ("Delete order?", "Delete", "Keep")

    answer = True
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert count_orders(session.db) == 0
    assert page.model.rowCount() == 0
    session.undo_stack.undo()
    assert page.model.rowCount() == 1


def test_edit_opens_on_double_click_and_on_enter(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    order_id = session.add(order())
    opened: list[tuple[str, int | None]] = []
    monkeypatch.setattr(
        page_module, "edit_record", lambda parent, session, kind, record_id=None: opened.append((kind, record_id))
    )
    page = orders_page(session, qtbot)
    rect = page.view.visualRect(page.model.index(0, 2))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert opened == [("order", order_id), ("order", order_id), ("order", None)]


def test_by_keyboard_down_from_the_search_or_tab_reaches_a_selected_row_that_enter_edits(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reached by the keyboard, the table selects the row its focus frame is on, so that Enter,
    Delete and Edit… act on it; Down in the search box goes on to the rows found."""
    from PySide6.QtWidgets import QApplication

    session.add(order(1_000, ordered=date(2026, 9, 1), title="First"))
    second = session.add(order(2_000, ordered=date(2026, 10, 1), title="Second"))
    opened: list[tuple[str, int | None]] = []
    monkeypatch.setattr(
        page_module, "edit_record", lambda parent, session, kind, record_id=None: opened.append((kind, record_id))
    )
    page = orders_page(session, qtbot)
    with qtbot.waitActive(page):
        page.activateWindow()
    page.search.setFocus()
    qtbot.keyClicks(page.search, "Sec")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.view
    assert page.selected_row().id == second and page.edit_button.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [("order", second)]

    page.search.clear()
    page.view.clearSelection()
    page.date_to.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.view
    assert page.selected_row() is not None and page.delete_button.isEnabled()


def test_the_activity_search_finds_a_kind_by_the_word_the_table_shows(session: Session, qtbot: QtBot) -> None:
    """In Russian the Kind column says "Визит": the search box finds visits by that word, and the
    column is as wide as the longest kind in that language."""
    from tracker import i18n

    words = {"Visit": "Визит", "Store follow": "Подписка на магазин, очень длинная"}
    i18n.install(lambda context, text, _d, _n: words.get(text, text) if context == "Columns" else text)
    try:
        session.add(VisitDraft(date(2026, 10, 2)))
        session.add(EntryDraft(date(2026, 10, 3), 5, EntryKind.BONUS, "Game"))
        page = ActivityPage(session)
        qtbot.addWidget(page)
        kind = column(page.model, "Kind")
        widest = page.view.fontMetrics().horizontalAdvance(words["Store follow"])
        assert page.view.columnWidth(kind) >= widest
        page.search.setText("визит")  # (QTest cannot type letters outside Latin-1)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
        assert page.model.data(page.model.index(0, kind)) == "Визит"
    finally:
        i18n.install()


def test_an_edit_elsewhere_updates_the_row_and_keeps_the_selection(session: Session, qtbot: QtBot) -> None:
    first = session.add(order(1_000, ordered=date(2026, 9, 1), title="First"))
    session.add(order(2_000, ordered=date(2026, 10, 1), title="Second"))
    page = orders_page(session, qtbot)
    select_row(qtbot, page, 1)
    assert page.selected_row().id == first
    session.edit("order", first, order(5_000, ordered=date(2026, 9, 1), title="First, dearer"))
    session.add(order(3_000, ordered=date(2026, 11, 1), status=OrderStatus.PENDING, title="Third"))
    assert texts(page.model, "Items") == ["Third", "Second", "First, dearer"]
    assert page.selected_row().id == first
    assert cell(page.model, 2, "Points") == "50"
    assert page.edit_button.isEnabled()


def test_an_edit_reads_back_only_the_changed_order(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [session.add(order(1_000 * n, ordered=date(2026, 9, n))) for n in range(1, 6)]
    page = orders_page(session, qtbot)

    def no_full_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("an edit must not read every order again")

    monkeypatch.setattr("tracker.ui.tables.orders_model.list_orders", no_full_read)
    session.edit("order", ids[2], order(9_900, ordered=date(2026, 9, 3), title="Changed"))
    session.delete("order", ids[0])
    assert cell(page.model, 2, "Items") == "Changed"
    assert cell(page.model, 2, "Items $") == "99.00"
    assert page.model.rowCount() == 4


def heavy_history(session: Session, monkeypatch: pytest.MonkeyPatch, count: int = 30) -> None:
    """``count`` orders, one a day from 1 Jan 2026, read in chunks as 100,000 would be."""
    drafts = [order(100 + n, ordered=date(2026, 1, 1) + timedelta(days=n), confirmed=None) for n in range(count)]
    write_batch(session.db, file_name="h.csv", file_hash="h", kind="orders", orders=drafts)
    session.records_changed_elsewhere()
    monkeypatch.setattr(OrdersModel, "load_at_once_below", 10)
    monkeypatch.setattr(OrdersModel, "first_page", 5)
    monkeypatch.setattr(OrdersModel, "chunk", 7)


def test_a_heavy_history_shows_the_newest_page_at_once_and_the_rest_as_it_is_read(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heavy_history(session, monkeypatch)
    page = OrdersPage(session)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 5
    assert cell(page.model, 0, "Ordered") == "30 Jan 2026"  # the newest first
    assert page.count_label.text() == "Reading orders… 5 of 30"
    with qtbot.waitSignal(page.orders.loading_changed, timeout=5_000):
        pass
    assert page.model.rowCount() == 30
    assert page.count_label.text() == "30 orders"
    assert texts(page.model, "Ordered")[-2:] == ["2 Jan 2026", "1 Jan 2026"]


def test_the_table_sorted_another_way_stays_sorted_while_chunks_arrive(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heavy_history(session, monkeypatch)
    page = OrdersPage(session)
    qtbot.addWidget(page)
    page.model.sort(column(page.model, "Items $"), Qt.SortOrder.AscendingOrder)
    page.orders.finish_loading()
    assert [page.model.row_at(row).items_cents for row in range(30)] == list(range(100, 130))


def test_orders_added_and_deleted_while_reading_are_right_at_the_end(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heavy_history(session, monkeypatch)
    model = OrdersModel(session)
    model.sort(column(model, "Ordered"), Qt.SortOrder.AscendingOrder)
    session.add(order(777, ordered=date(2025, 12, 1), title="Added meanwhile"))  # shifts every offset
    first = model.row_at(0).id
    session.delete("order", first)  # a row already shown
    model.finish_loading()
    titles = [model.row_at(row).first_title for row in range(model.rowCount())]
    assert model.rowCount() == 30 and titles[0] == "Added meanwhile"
    assert first not in {model.row_at(row).id for row in range(30)}
    assert len({model.row_at(row).id for row in range(30)}) == 30


# --- reviews and activity ------------------------------------------------------------------------


def test_reviews_show_their_points(session: Session, qtbot: QtBot) -> None:
    session.add(ReviewDraft(date(2026, 11, 2), 1_500, "1005", "Lamp"))
    session.add(ReviewDraft(date(2026, 11, 3), 50, "1006", "Sticker"))  # S4: under $2 earns nothing
    page = ReviewsPage(session)
    qtbot.addWidget(page)
    assert texts(page.model, "Product") == ["Sticker", "Lamp"]
    assert texts(page.model, "Points") == ["0", "1"]
    assert texts(page.model, "Rule") == ["", "S4"]
    assert page.count_label.text() == "2 reviews"


def test_visits_over_the_monthly_cap_earn_nothing_and_say_why(session: Session, qtbot: QtBot) -> None:
    """S5: only the first 10 visits of a month count."""
    visits = [VisitDraft(date(2026, 10, day)) for day in range(1, 13)]
    write_batch(session.db, file_name="v.csv", file_hash="v", kind="activity", visits=visits)
    session.records_changed_elsewhere()
    page = ActivityPage(session)
    qtbot.addWidget(page)
    points = texts(page.model, "Points")
    assert points.count("1") == 10 and points.count("0") == 2
    tooltip = cell(page.model, 0, "Points", Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Not counted: the month's first 10 visits earn points (S5)"


def test_visited_today_records_one_visit_and_then_is_done(session: Session, qtbot: QtBot) -> None:
    page = ActivityPage(session)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.visited_button, Qt.MouseButton.LeftButton)
    assert [visit.date for visit in session.records().visits] == [TODAY]
    assert not page.visited_button.isEnabled()
    assert page.notice.text() == "Visit recorded for 24 Nov 2026."
    assert texts(page.model, "Kind") == ["Visit"]
    session.undo_stack.undo()
    assert page.visited_button.isEnabled() and page.model.rowCount() == 0


def test_activity_lists_bonuses_and_adjustments_with_their_points(session: Session, qtbot: QtBot) -> None:
    session.add(EntryDraft(date(2026, 11, 1), 50, note="Coin game"))
    page = ActivityPage(session)
    qtbot.addWidget(page)
    assert (cell(page.model, 0, "Kind"), cell(page.model, 0, "Details"), cell(page.model, 0, "Points")) == (
        "Bonus",
        "Coin game",
        "50",
    )
    assert page.describe(page.model.row_at(0)) == "the bonus of 50 points on 1 Nov 2026"


def tab_chain(start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start``, as Qt picks them (enabled, visible, taking tab focus)."""
    chain, widget = [start], start.nextInFocusChain()
    while widget is not start:
        takes_tab = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        if takes_tab and widget.focusProxy() is None and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_the_orders_page_has_named_buttons_and_tabs_in_reading_order(session: Session, qtbot: QtBot) -> None:
    session.add(order())
    page = orders_page(session, qtbot)
    page.date_from.set_value(date(2026, 1, 1))  # its clear button is in the field, not one more Tab
    select_row(qtbot, page, 0)
    assert page.date_from.clear_button.accessibleName() == "Clear from date"
    assert tab_chain(page.search) == [
        page.search,
        page.date_from,
        page.date_to,
        page.view,
        page.add_button,
        page.edit_button,
        page.delete_button,
    ]


def test_orders_open_while_the_session_still_shows_last_times_figures(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page must not make the session read every record on the spot while it warms up."""
    first = session.add(order(title="First"))
    warming = [True]
    monkeypatch.setattr(type(session), "provisional", property(lambda self: warming[0]), raising=False)
    real_records = session.records
    asked: list[bool] = []

    def records() -> Any:
        asked.append(warming[0])
        return real_records()

    monkeypatch.setattr(session, "records", records)
    page = orders_page(session, qtbot)
    assert texts(page.model, "Items") == ["First"]
    assert True not in asked

    warming[0] = False
    session.changed.emit()  # the records are in
    session.edit("order", first, order(title="First, edited"))
    assert texts(page.model, "Items") == ["First, edited"]


# --- what a shopper reads first ---------------------------------------------------------------------


def _fully_shown(page: OrdersPage, header: str) -> bool:
    view, number = page.view, column(page.model, header)
    header_view = view.horizontalHeader()
    left = header_view.sectionViewportPosition(number)
    return (
        not header_view.isSectionHidden(number)
        and left >= 0
        and left + header_view.sectionSize(number) <= (view.viewport().width())
    )


@pytest.mark.parametrize("width", [880, 1230])  # the table in a 1024- and a 1400-pixel window
def test_status_and_confirmation_show_without_scrolling(session: Session, qtbot: QtBot, width: int) -> None:
    session.add(order(store="UGREEN Official Store with a very long name", title="A long title " * 5))
    page = orders_page(session, qtbot)
    page.resize(width, 600)
    qtbot.waitUntil(lambda: page.view.viewport().width() < width)
    for header in ("Ordered", "Items", "Status", "Confirmed", "Points"):
        assert _fully_shown(page, header), header
    assert not page.view.horizontalScrollBar().isVisible()
    assert _fully_shown(page, "Order no.") == (width > 1000)  # shown when there is room for it


def test_a_long_store_is_cut_short_and_shown_whole_in_its_tooltip(session: Session, qtbot: QtBot) -> None:
    store = "UGREEN Official Store with a very long name indeed"
    session.add(order(store=store))
    page = orders_page(session, qtbot)
    assert cell(page.model, 0, "Store", Qt.ItemDataRole.ToolTipRole) == store


@pytest.mark.parametrize(
    ("draft", "word", "why"),
    [
        (order(150), "under $2", "Orders under $2 after discounts earn no points (S1)"),
        (order(status=OrderStatus.CANCELLED), "cancelled", "A cancelled order earns nothing"),
        (replace(order(1_000), refund_cents=1_000, refund_date=date(2026, 10, 25)), "refunded", "Refunded"),
    ],
)
def test_an_order_without_points_says_why(
    session: Session, qtbot: QtBot, draft: OrderDraft, word: str, why: str
) -> None:
    session.add(draft)
    page = orders_page(session, qtbot)
    assert cell(page.model, 0, "Points") == "0"
    assert cell(page.model, 0, "Credit") == word
    assert cell(page.model, 0, "Points", Qt.ItemDataRole.ToolTipRole).startswith(why)


def test_an_empty_table_says_how_to_fill_it_and_a_search_that_finds_nothing_says_so(
    session: Session, qtbot: QtBot
) -> None:
    page = orders_page(session, qtbot)
    assert "No orders yet" in page.view.empty_text() and "Import a file" in page.view.empty_text()
    session.add(order(title="Lamp"))
    assert page.view.empty_text() == ""
    page.search.setText("teapot")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.view.empty_text() == "Nothing matches the search and dates."
