"""The built-in presets: how each public exporter's files are read, column by column.

Each preset names the columns as the exporter writes them, read from the exporter's own code
(the repository and file are named beside each), and the fields that change points — status,
confirmation and refund dates, refunds — only where that code says what the column holds.
Columns a preset leaves out stay visible in the import dialog ("left out").

- **My Purchases Collector** (my-purchases/extensions, ``chrome/src/export/csv.ts`` and
  ``json.ts``; item shape in ``chrome/src/types/order.ts``): one row per item. CSV headers
  ``Order Date, Order ID, Title, Qty, Price …``; the JSON file is the list of items
  (``orderId, title, price, quantity, orderDate, orderDateIso, status …``). ``Price`` is one
  item's price. ``orderDate`` is AliExpress's own date; ``orderDateIso`` is that date turned
  into UTC by the browser, a day early east of Greenwich, so it is left out.
- **AliExpress-Order-Export** (nrbrook/AliExpress-Order-Export, ``aliexpress_export.py``): the
  orders and order-lines CSV files and the two sheets of its workbook; ISO dates.
- **aliexpress-mcp** (maxwellmezadre/aliexpress-mcp, ``src/tools/export.ts``): the ``orders``
  export (``orderId, date, status, store, total, currency, …, paidAt, finishedAt``; ISO dates,
  plain amounts, statuses ``unpaid processing shipped completed cancelled expired unknown``),
  ``lines`` (one row per item, no status) and ``refunds`` (``reverseOrderId, orderId, type,
  status, createdAt, store, title, count, unitPrice``), as CSV or JSON. ``finishedAt`` is when
  the order ended: the confirmation of a completed order. A lines file says nothing of the
  status, so its orders are pending until the orders file says more.
- **aliexpress-order-downloader** (chriskomus/aliexpress-order-downloader,
  ``order-detail-download.js``, ``bulk-order-download.js``): tab-separated rows copied to the
  clipboard, each ending in a tab; dates month-first (``3/14/2024``, from ``getMonth()+1``);
  amounts digits only. ``Subtotal`` and ``Shipping and Tax`` are derived from the total and
  left out; ``Tracking Status Last Updated`` is the parcel's, never the order's. The header row
  comes from a separate button (broken on the order list page), so rows without it are
  recognised by their shape.
- **aliexpress-order-exporter** (su14iman/aliexpress-order-exporter, ``common.js``,
  ``popup.js``): the German order page; dates ``DD.MM.YYYY``, ``Price`` is the order's total as
  the page writes it in euros (``12,34``, the ``€`` removed), one row per order; no status.
  Its first version wrote ``Product,Date,Price,InvoiceURL``.
- **Order-page scrapers of the old AliExpress**: stonedDiscord/aliexpress-orders
  (``__init__.py``: ``Order ID;Product;Store;Value;Tracking ID;Carrier;Order time;Status``,
  semicolons), Artem-Mamchych/export-aliexpress-orders-to-xls (``ali-export.js``: CRLF, the
  payment date is its only date) and andrew-melnyk/aliexpress-orders-scrapper (``content.js``:
  CSV by Papa Parse, CRLF).
- **AliExpress data download** (``aliexpress_user_data_backup_*.xlsx``, sheet "Order
  Information"; columns as my-purchases/web's importer reads them,
  ``web/src/providers/aliexpress/types.ts``): one row per item, grouped under
  ``parent_orderid``; ``unit_price`` and ``payable_amt`` in cents; ``gmt_pay_order_time`` is the
  payment (not read: the order date is there), ``gmt_trade_end_time`` the end of the trade
  (the confirmation of a confirmed order, nothing for a closed one), and a refund column is
  taken only where its header says refund.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tracker.importing.headers import header_key
from tracker.importing.options import ORDERS, REFUNDS, ImportOptions

NATIVE = "Points Tracker CSV"
COLLECTOR = "My Purchases Collector"
COLLECTOR_JSON = "My Purchases Collector (JSON)"
ORDER_EXPORT_ORDERS = "AliExpress-Order-Export: orders"
ORDER_EXPORT_LINES = "AliExpress-Order-Export: order lines"
ORDER_EXPORT_WORKBOOK_ORDERS = "AliExpress-Order-Export workbook: Orders"
ORDER_EXPORT_WORKBOOK_LINES = "AliExpress-Order-Export workbook: Order Lines"
MCP_ORDERS = "aliexpress-mcp: orders"
MCP_LINES = "aliexpress-mcp: lines"
MCP_REFUNDS = "aliexpress-mcp: refunds"
ORDER_DOWNLOADER = "aliexpress-order-downloader"
ORDER_DOWNLOADER_NO_HEADER = "aliexpress-order-downloader (no header row)"
ORDER_EXPORTER = "aliexpress-order-exporter"
ORDER_EXPORTER_FIRST = "aliexpress-order-exporter (first version)"
OLD_ORDER_LIST = "Old order list scraper (semicolons)"
OLD_ORDER_DETAILS = "Old order details scraper"
ORDERS_SCRAPPER = "aliexpress-orders-scrapper"
DATA_DOWNLOAD = "AliExpress data download"


@dataclass(frozen=True)
class Preset:
    """A named way to read a kind of file.

    Attributes:
        signature: header keys (see :func:`~tracker.importing.headers.header_key`) a file must
            all have for the preset to be proposed.
        also_guess: fields the preset leaves to the usual guess when the file has a column for them.
        rows_fit: for a file without a header row, whether its first rows are this exporter's.
    """

    name: str
    description: str
    options: ImportOptions
    signature: frozenset[str]
    native: bool = False
    builtin: bool = True
    also_guess: tuple[str, ...] = ()
    rows_fit: Callable[[list[list[str]]], bool] | None = None


def _keys(*headers: str) -> frozenset[str]:
    return frozenset(header_key(header) for header in headers)


def _orders(mapping: dict[str, str], **options: Any) -> ImportOptions:
    return ImportOptions(target=ORDERS, mapping=mapping, **options)


_US_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")


def _downloader_rows(rows: list[list[str]]) -> bool:
    """aliexpress-order-downloader's 20 cells (and the empty one after its last tab)."""
    if not rows:
        return False
    for cells in rows[:5]:
        if len(cells) == 21 and not cells[20].strip():
            cells = cells[:20]
        if len(cells) != 20:
            return False
        number, day, url = cells[0].strip(), cells[1].strip(), cells[18].strip()
        if not (number.isdigit() and len(number) >= 12 and _US_DATE.fullmatch(day) and url.startswith("https:")):
            return False
    return True


_DOWNLOADER = {"order_no": "Order Number", "order_date": "Order Date", "order_total": "Total Order Amount",
               "store": "Store Name", "status": "Order Status", "item_title": "Product Title", "unit_price": "Price",
               "quantity": "Quantity"}  # fmt: skip
_DOWNLOADER_COLUMNS = {"Order Number": 1, "Order Date": 2, "Total Order Amount": 5, "Store Name": 6,
                       "Order Status": 7, "Product Title": 12, "Price": 14, "Quantity": 15}  # fmt: skip

BUILTIN: dict[str, Preset] = {
    preset.name: preset
    for preset in (
        Preset(NATIVE, "Points Tracker's own CSV (orders, activity or promotions), read strictly.",
               ImportOptions(), frozenset(), native=True),
        Preset(
            COLLECTOR,
            "CSV from the My Purchases Collector browser extension: one row per item.",
            _orders({"order_date": "Order Date", "order_no": "Order ID", "item_title": "Title", "quantity": "Qty",
                     "unit_price": "Price", "store": "Store", "product_id": "Product ID", "currency": "Currency",
                     "status": "Status"}),
            _keys("Order Date", "Order ID", "Title", "Qty", "Price", "Price Info", "SKU ID", "Product Image Url"),
        ),
        Preset(
            COLLECTOR_JSON,
            "JSON from the My Purchases Collector browser extension: one record per item.",
            _orders({"order_date": "orderDate", "order_no": "orderId", "item_title": "title", "quantity": "quantity",
                     "unit_price": "price", "store": "storeName", "product_id": "productId", "currency": "currency",
                     "status": "status"}),
            _keys("orderId", "orderLineId", "productId", "skuId", "priceInfo", "orderDate", "orderDateIso",
                  "storePageUrl"),
        ),
        Preset(
            ORDER_EXPORT_ORDERS,
            "Orders CSV of the AliExpress-Order-Export script: one row per order with its total.",
            _orders({"order_no": "order_id", "order_date": "order_date", "status": "status",
                     "order_total": "total_price_text", "currency": "currency", "store": "store_name",
                     "item_title": "order_title"}, date_format="YYYY-MM-DD"),
            _keys("order_id", "order_date", "status", "total_price_text", "order_titles", "order_line_count"),
        ),
        Preset(
            ORDER_EXPORT_LINES,
            "Order-lines CSV of the AliExpress-Order-Export script: one row per item.",
            _orders({"order_no": "order_id", "order_date": "order_date", "store": "store_name", "status": "status",
                     "product_id": "product_id", "item_title": "item_title", "unit_price": "item_price_text",
                     "currency": "currency", "quantity": "quantity"}, date_format="YYYY-MM-DD"),
            _keys("order_id", "order_date", "order_line_id", "item_title", "item_price_text", "sku_attrs_json"),
        ),
        Preset(
            ORDER_EXPORT_WORKBOOK_ORDERS,
            "The Orders sheet of the AliExpress-Order-Export workbook.",
            _orders({"order_no": "Order ID", "order_date": "Order Date", "item_title": "Order Title",
                     "status": "Status", "order_total": "Total", "currency": "Currency", "store": "Store Name"},
                    date_format="YYYY-MM-DD", sheet="Orders"),
            _keys("Order ID", "Order Date", "Order Title", "All Titles", "Total", "Store Name", "Invoice JSON"),
        ),
        Preset(
            ORDER_EXPORT_WORKBOOK_LINES,
            "The Order Lines sheet of the AliExpress-Order-Export workbook.",
            _orders({"order_no": "Order ID", "order_date": "Order Date", "item_title": "Item Title",
                     "store": "Store Name", "status": "Status", "unit_price": "Price", "currency": "Currency",
                     "quantity": "Quantity", "product_id": "Product ID"}, date_format="YYYY-MM-DD",
                    sheet="Order Lines"),
            _keys("Order ID", "Order Date", "Item Title", "Order Line ID", "SKU ID", "SKU Attrs JSON"),
        ),
        Preset(
            MCP_ORDERS,
            "The orders export of aliexpress-mcp (CSV or JSON): one row per order with its total.",
            _orders({"order_no": "orderId", "order_date": "date", "status": "status", "store": "store",
                     "order_total": "total", "currency": "currency", "paid_date": "paidAt",
                     "confirmed_date": "finishedAt"}, date_format="YYYY-MM-DD", decimal="."),
            _keys("orderId", "date", "total", "itemCount", "paymentMethod", "installmentFee", "paidAt", "finishedAt"),
        ),
        Preset(
            MCP_LINES,
            "The lines export of aliexpress-mcp: one row per item; it has no status, so its orders are pending.",
            _orders({"order_no": "orderId", "order_date": "date", "store": "store", "item_title": "title",
                     "quantity": "quantity", "unit_price": "unitPrice", "currency": "currency"},
                    date_format="YYYY-MM-DD", decimal=".", default_status="pending"),
            _keys("orderId", "date", "title", "variations", "unitPrice", "lineTotal"),
        ),
        Preset(
            MCP_REFUNDS,
            "The refunds export of aliexpress-mcp: refunds of orders already recorded, one item per row.",
            ImportOptions(target=REFUNDS, mapping={"order_no": "orderId", "refund_date": "createdAt",
                                                   "unit_price": "unitPrice", "quantity": "count",
                                                   "item_title": "title", "store": "store"},
                          date_format="YYYY-MM-DD", decimal="."),
            _keys("reverseOrderId", "orderId", "createdAt", "count", "unitPrice"),
        ),
        Preset(
            ORDER_DOWNLOADER,
            "Tab-separated orders copied by the aliexpress-order-downloader userscript, with its header row.",
            _orders(_DOWNLOADER, date_format="MM/DD/YYYY", delimiter="tab"),
            _keys("Order Number", "Shipping and Tax", "Total Order Amount", "Tracking Status Last Updated",
                  "Pieces Per Pack", "Landed Cost"),
        ),
        Preset(
            ORDER_DOWNLOADER_NO_HEADER,
            "Tab-separated orders copied by the aliexpress-order-downloader userscript, without a header row.",
            _orders({field: f"column {_DOWNLOADER_COLUMNS[column]}" for field, column in _DOWNLOADER.items()},
                    date_format="MM/DD/YYYY", delimiter="tab", header_line=0),
            frozenset(),
            rows_fit=_downloader_rows,
        ),
        Preset(
            ORDER_EXPORTER,
            "CSV of the aliexpress-order-exporter extension (German order page, euros): one row per order.",
            _orders({"order_no": "orderId", "product_id": "itemId", "item_title": "Product", "order_date": "Date",
                     "order_total": "Price", "store": "Store Name"},
                    date_format="DD.MM.YYYY", decimal=",", currency="EUR", default_status="pending"),
            _keys("orderId", "itemId", "Product", "Unit Price", "Price", "InvoiceURL", "ImageUrl"),
        ),
        Preset(
            ORDER_EXPORTER_FIRST,
            "CSV of the first aliexpress-order-exporter (German order page, euros): one row per order.",
            _orders({"item_title": "Product", "order_date": "Date", "order_total": "Price"},
                    date_format="DD.MM.YYYY", decimal=",", currency="EUR", default_status="pending"),
            _keys("Product", "Date", "Price", "InvoiceURL"),
        ),
        Preset(
            OLD_ORDER_LIST,
            "Semicolon-separated order list of the old AliExpress, as the aliexpress-orders script saved it.",
            _orders({"order_no": "Order ID", "item_title": "Product", "store": "Store", "order_total": "Value",
                     "order_date": "Order time", "status": "Status"}, delimiter=";"),
            _keys("Order ID", "Product", "Store", "Value", "Tracking ID", "Carrier", "Order time", "Status"),
        ),
        Preset(
            OLD_ORDER_DETAILS,
            "Order details of the old AliExpress, as export-aliexpress-orders-to-xls saved them; the payment "
            "date stands in for the order date.",
            _orders({"order_no": "Order Number", "item_title": "Product Details", "status": "Status",
                     "store": "Seller", "order_total": "Total Amount", "shipping": "Shipping Cost",
                     "paid_date": "Payment Date"}),
            _keys("Order Number", "Product Details", "Seller URL", "Price Per Unit", "Adjust Price", "Total Amount",
                  "Payment Date", "Track No", "Snapshot"),
        ),
        Preset(
            ORDERS_SCRAPPER,
            "CSV of the aliexpress-orders-scrapper extension: one row per order.",
            _orders({"order_no": "Order ID", "order_date": "Order Date", "status": "Status",
                     "item_title": "Product Title", "order_total": "Price", "store": "Store Name"}),
            _keys("Order ID", "Order Date", "Status", "Product Title", "Product Link", "Currency", "Price",
                  "Store Name", "Store Link"),
        ),
        Preset(
            DATA_DOWNLOAD,
            "AliExpress's own data download (aliexpress_user_data_backup_*.xlsx), sheet “Order Information”.",
            _orders({"order_no": "order_id", "parent_order_no": "parent_orderid",
                     "order_date": "gmt_create_order_time", "status": "order_status", "end_reason": "end_reason",
                     "item_title": "item_name", "unit_price": "unit_price", "line_total": "payable_amt",
                     "confirmed_date": "gmt_trade_end_time"}, amounts_in_cents=True),
            _keys("order_id", "parent_orderid", "gmt_create_order_time", "order_status", "payable_amt"),
            also_guess=("paid_date", "quantity", "currency", "store", "product_id", "category", "refund",
                        "refund_date"),
        ),
    )
}  # fmt: skip
"""Every built-in preset by name."""
