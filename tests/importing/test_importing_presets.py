"""Presets: the known exports are recognised and read as their tools write them; a shopper's own
mapping is saved, proposed for a file like it, and can be named on purpose."""

from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
import pytest
from peewee import SqliteDatabase

from tests.importing.conftest import fixture_bytes
from tracker.importing.engine import analyse, prepare
from tracker.importing.errors import ImportProblem
from tracker.importing.options import ImportOptions
from tracker.importing.presets import (
    BUILTIN,
    COLLECTOR,
    DATA_DOWNLOAD,
    ORDER_EXPORT_ORDERS,
    ORDER_EXPORT_WORKBOOK_LINES,
    delete_user_preset,
    find_preset,
    load_user_presets,
    propose,
    save_user_preset,
)
from tracker.rules.records import OrderStatus

DOWNLOAD_COLUMNS = [
    "order_id", "parent_orderid", "gmt_create_order_time", "order_status", "item_name", "unit_price",
    "payable_amt", "gmt_trade_end_time", "end_reason",
]  # fmt: skip


def workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def data_download() -> bytes:
    end = datetime(2026, 1, 25, 8, 0)
    return workbook({
        "Account Information": [["user_id"], ["42"]],
        "Order Information": [
            DOWNLOAD_COLUMNS,
            ["8001", "9001", datetime(2026, 1, 5, 10, 30), "FINISH", "Phone", 12000, 11500, end, "buyer_accept_goods"],
            ["8002", "9001", datetime(2026, 1, 5, 10, 30), "FINISH", "Case", 500, 500, end, "buyer_accept_goods"],
            ["8003", "", datetime(2026, 2, 1), "FINISH", "Lamp", 2000, 2000, datetime(2026, 2, 2), "buyer_cancel_notpay_order"],
            ["8004", "", "2026-02-03 09:00:00", "WAIT_BUYER_ACCEPT_GOODS", "Fan", 1500, 1500, None, ""],
            ["8005", "", datetime(2026, 2, 6), "FINISH", "Mug", 700, 700, datetime(2026, 2, 28), "buyer_accept_goods_timeout"],
            ["8006", "", datetime(2026, 2, 7), "FINISH", "Refunded", 900, 900, datetime(2026, 3, 1),
             "seller_accept_issue_no_goods_return"],
        ],
    })  # fmt: skip


def test_aliexpress_data_download_reads_its_order_sheet_in_cents() -> None:
    data = data_download()
    analysis = analyse(data, "aliexpress_user_data_backup_20260301.xlsx")
    orders = {order.draft.order_no: order for order in prepare(data, analysis.options).orders}

    assert (analysis.source, analysis.sheet, analysis.preset) == ("xlsx", "Order Information", DATA_DOWNLOAD)
    phone = orders["9001"]  # two item rows under their parent order
    assert phone.lines == (2, 3)  # spreadsheet rows
    assert [(line.title, line.unit_price_cents) for line in phone.draft.lines] == [("Phone", 12000), ("Case", 500)]
    assert phone.draft.discount_cents == 500  # 125.00 of items, 120.00 payable
    assert phone.draft.total_cents == 12000
    assert phone.draft.order_date == date(2026, 1, 5)


@pytest.mark.parametrize(
    ("order_no", "status", "confirmed"),
    [
        ("9001", OrderStatus.CONFIRMED, date(2026, 1, 25)),  # FINISH + buyer_accept_goods
        ("8005", OrderStatus.CONFIRMED, date(2026, 2, 28)),  # FINISH + confirmation timeout
        ("8003", OrderStatus.CANCELLED, None),  # FINISH + closed unpaid: the end time is no confirmation
        ("8006", OrderStatus.CANCELLED, None),  # FINISH + refunded in full after a dispute
        ("8004", OrderStatus.PENDING, None),  # still on its way
    ],
)
def test_finish_is_confirmed_or_cancelled_by_the_end_reason(
    order_no: str, status: OrderStatus, confirmed: date | None
) -> None:
    orders = {order.draft.order_no: order.draft for order in prepare(data_download()).orders}
    assert (orders[order_no].status, orders[order_no].confirmed_date) == (status, confirmed)


def test_finish_with_an_end_reason_we_do_not_know_is_asked() -> None:
    rows: list[list[object]] = [DOWNLOAD_COLUMNS, ["1", "", "2026-02-04", "FINISH", "Mug", 700, 700, "", "new_reason"]]
    data = workbook({"Order Information": rows})

    assert analyse(data, "backup.xlsx").unknown_statuses == ["FINISH (new_reason)"]
    assert prepare(data).rejected[0].line == 2
    mapped = prepare(data, ImportOptions(status_overrides={"FINISH (new_reason)": "confirmed"}))
    assert mapped.orders[0].draft.status is OrderStatus.CONFIRMED


def test_order_export_workbook_sheet_of_order_lines() -> None:
    header = ["Order ID", "Order Date", "Thumbnail", "Item Title", "Store Name", "Status", "Price", "Currency",
              "Quantity", "Order Line ID", "Product ID", "SKU ID", "Item Detail URL", "Snapshot URL",
              "SKU Attrs JSON", "Item Tags JSON", "Line JSON"]  # fmt: skip
    rows: list[list[object]] = [header, ["31", "2026-03-01", "", "Hub", "S", "Completed", "US $20.40", "USD", 2, "1",
                                         "1005", "7", "", "", "[]", "[]", "{}"]]  # fmt: skip
    data = workbook({"Orders": [["Order ID"]], "Order Lines": rows})
    analysis = analyse(data, "aliexpress_orders.xlsx", ImportOptions(sheet="Order Lines"))

    assert analysis.preset == ORDER_EXPORT_WORKBOOK_LINES
    line = prepare(data, analysis.options).orders[0].draft.lines[0]
    assert (line.quantity, line.unit_price_cents) == (2, 2040)


def test_a_damaged_workbook_is_a_clear_problem() -> None:
    with pytest.raises(ImportProblem, match="Excel workbook"):
        analyse(b"PK\x03\x04 not really a zip", "broken.xlsx")


def test_known_exports_are_recognised_from_their_header() -> None:
    assert analyse(fixture_bytes("collector.csv"), "x.csv").preset == COLLECTOR
    assert analyse(fixture_bytes("order_export_orders.csv"), "x.csv").preset == ORDER_EXPORT_ORDERS
    assert analyse(fixture_bytes("points_history.csv"), "x.csv").preset is None


def test_a_shoppers_preset_is_saved_proposed_for_a_file_like_it_and_found_by_name(db: SqliteDatabase) -> None:
    data = b"Nr;Kiedy;Ile;Jak\n1;2026-02-20;5,00;ok\n"
    options = ImportOptions(
        mapping={"order_no": "Nr", "order_date": "Kiedy", "order_total": "Ile", "status": "Jak"},
        status_overrides={"ok": "confirmed"},
        decimal=",",
    )
    save_user_preset(db, "  My   spreadsheet ", options)
    presets = load_user_presets(db)

    assert list(presets) == ["My spreadsheet"]
    assert propose(["Nr", "Kiedy", "Ile", "Jak", "Uwagi"], presets) is presets["My spreadsheet"]
    analysis = analyse(data, "mine.csv", None, presets)
    assert analysis.preset == "My spreadsheet"
    prepared = prepare(data, ImportOptions(preset="my spreadsheet"), user_presets=presets)
    assert prepared.orders[0].draft.status is OrderStatus.CONFIRMED
    assert prepared.orders[0].draft.items_cents == 500
    assert delete_user_preset(db, "My spreadsheet") and load_user_presets(db) == {}


def test_a_preset_cannot_take_a_builtin_name_or_be_empty(db: SqliteDatabase) -> None:
    with pytest.raises(ImportProblem, match="built-in"):
        save_user_preset(db, COLLECTOR, ImportOptions(mapping={"order_no": "x"}))
    with pytest.raises(ImportProblem, match="Map at least one"):
        save_user_preset(db, "Empty", ImportOptions())


def test_an_unknown_preset_name_lists_the_known_ones() -> None:
    with pytest.raises(ImportProblem, match="My Purchases Collector"):
        find_preset("Nope")


def test_a_mapping_given_on_top_of_a_preset_wins_for_its_columns() -> None:
    options = ImportOptions(preset=COLLECTOR, mapping={"line_total": "Price"})
    analysis = analyse(fixture_bytes("collector.csv"), "c.csv", options)

    assert analysis.options.mapping is not None
    assert analysis.options.mapping["line_total"] == "Price"
    assert "unit_price" not in analysis.options.mapping


def test_every_builtin_preset_is_described() -> None:
    assert all(preset.description for preset in BUILTIN.values())
