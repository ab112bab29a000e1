"""Files shaped as each public exporter writes them, built here byte for byte from the exporter's
own code (the repository and file are named in each function), with what importing them must give.

The values are made up; the columns, separators, quoting, line ends, byte-order marks and value
formats are the exporters'. Where the code copies text from a web page without saying what it
looks like, the value format is modelled on the page and marked "modelled".

    uv run python -m tests.importing.exporters DIR   # writes every file to DIR (to try the dialog)
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from tracker.importing.presets import (
    COLLECTOR,
    COLLECTOR_JSON,
    DATA_DOWNLOAD,
    MCP_LINES,
    MCP_ORDERS,
    MCP_REFUNDS,
    OLD_ORDER_DETAILS,
    OLD_ORDER_LIST,
    ORDER_DOWNLOADER,
    ORDER_DOWNLOADER_NO_HEADER,
    ORDER_EXPORT_LINES,
    ORDER_EXPORT_ORDERS,
    ORDER_EXPORT_WORKBOOK_ORDERS,
    ORDER_EXPORTER,
    ORDER_EXPORTER_FIRST,
    ORDERS_SCRAPPER,
)

RATES = {"PLN": "0.25", "EUR": "1.10", "BRL": "0.18"}
"""US$ per unit, as a shopper would set them, for the fixtures paid in other currencies."""


@dataclass(frozen=True)
class Exporter:
    """One exporter's file and what importing it gives.

    Attributes:
        flags: the command-line flags a shopper would name to read it on purpose.
        statuses: how many orders are confirmed, pending and cancelled.
        usd_cents: the US$ total of its orders (for a refunds file: of the refunds).
        before: a file to import first (a refunds file refunds orders already recorded).
    """

    key: str
    file_name: str
    make: Callable[[], bytes]
    preset: str
    orders: int
    usd_cents: int
    statuses: tuple[int, int, int]
    flags: tuple[str, ...]
    before: str | None = None
    kind: str = "orders"
    extra: dict[str, object] = field(default_factory=dict)


def _csv(rows: list[list[str]], *, delimiter: str = ",", newline: str = "\r\n") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return buffer.getvalue()


# -- My Purchases Collector ------------------------------------------------------------------------
# my-purchases/extensions: chrome/src/export/csv.ts (CSV_HEADERS, escapeCsv: quotes only a value
# with a comma, quote or newline; rows joined with "\n"), chrome/src/export/json.ts
# (JSON.stringify(orders, null, 2)), chrome/src/types/order.ts and
# chrome/src/providers/aliexpress/parser.ts (orderDate re-written as "Feb 21, 2026" by
# toLocaleDateString('en-US'); orderDateIso from toISOString(), a day early east of UTC; price
# "US $120.95" or "129,46zł"; priceInfo "US $120.95|120|95"; quantity a number; tags a list).

_COLLECTOR_ITEMS = [
    # orderId, line, productId, skuId, title, price, pipe, currency, qty, orderDate, iso, status, store, attributes
    ("8123000000000001", "1", "1005001", "12000", "Earbuds, wireless", "US $12.50", "12|50", "USD", 1,
     "Feb 21, 2026", "2026-02-20", "Completed", "Best Shop", "Color: Red"),
    ("8123000000000001", "2", "1005002", "12001", "Ear tips", "US $3.50", "3|50", "USD", 2,
     "Feb 21, 2026", "2026-02-20", "Completed", "Best Shop", "Size: M"),
    ("8123000000000002", "1", "1005003", "12002", "Desk lamp", "US $25.00", "25|00", "USD", 1,
     "Mar 2, 2026", "2026-03-01", "Awaiting delivery", "Lamp House", ""),
    ("8123000000000003", "1", "1005004", "12003", "Phone case", "US $4.20", "4|20", "USD", 1,
     "Mar 5, 2026", "2026-03-04", "Closed", "Case Co", "Model: 12"),
    ("8123000000000004", "1", "1005005", "12004", 'Kettle "Steel" 1.7L', "129,46zł", "129|46", "PLN", 1,
     "Feb 27, 2026", "2026-02-26", "Completed", "Dom Sklep", "Ships From: POLAND"),
]  # fmt: skip


def collector_csv() -> bytes:
    def escape(value: str) -> str:
        return f'"{value.replace(chr(34), chr(34) * 2)}"' if any(c in value for c in ',"\n') else value

    header = ("Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,Status,"
              "Product Url,Product Image Url,Store Url,Tags")  # fmt: skip
    lines = [header]
    for order, _, product, sku, title, price, pipe, currency, qty, day, _, status, store, attrs in _COLLECTOR_ITEMS:
        cells = [day, order, title, str(qty), price, store, product, sku, attrs, f"{price}|{pipe}", currency, status,
                 f"https://www.aliexpress.com/item/{product}.html", f"https://ae01.alicdn.com/kf/{product}.jpg",
                 "https://www.aliexpress.com/store/1", "gift; tech" if order.endswith("1") else ""]  # fmt: skip
        lines.append(",".join(escape(cell) for cell in cells))
    return "\n".join(lines).encode("utf-8")


def collector_json() -> bytes:
    items = [
        {"id": f"{order}{line}-{product}-{sku}", "orderId": order, "orderLineId": f"{order}{line}",
         "productId": product, "skuId": sku, "title": title, "price": price, "priceInfo": f"{price}|{pipe}",
         "currency": currency, "quantity": qty, "orderDate": day, "orderDateIso": iso, "status": status,
         "storeName": store, "storePageUrl": "https://www.aliexpress.com/store/1",
         "productUrl": f"https://www.aliexpress.com/item/{product}.html",
         "imageUrl": f"https://ae01.alicdn.com/kf/{product}.jpg", "attributes": attrs, "timestamp": 1772000000000,
         "ignoreExport": False, "tags": ["gift", "tech"] if order.endswith("1") else []}
        for order, line, product, sku, title, price, pipe, currency, qty, day, iso, status, store, attrs
        in _COLLECTOR_ITEMS
    ]  # fmt: skip
    return json.dumps(items, indent=2, ensure_ascii=False).encode("utf-8")


# -- nrbrook/AliExpress-Order-Export ---------------------------------------------------------------
# aliexpress_export.py: write_orders_csv / write_order_lines_csv (csv.DictWriter, so "\r\n" line
# ends and quotes only where needed), OrderBundle.base_row / order_line_rows (keys in that order;
# ISO order dates; total and item prices as AliExpress shows them; JSON columns), write_xlsx
# (sheets "Orders" and "Order Lines" with the titled columns).

_NRBROOK_ORDERS = [
    ("3051000000000001", "2026-03-01", "Completed", "US $25.40", "USD", "Gadget Store",
     [("USB hub", "US $20.40", "1"), ("Cable", "US $2.50", "2")]),
    ("3051000000000002", "2026-03-05", "Awaiting delivery", "€12,34", "EUR", "Home Store", [("Vase", "€12,34", "1")]),
    ("3051000000000003", "2026-03-07", "Closed", "US $9.99", "USD", "Toy Store", [("Robot", "US $9.99", "1")]),
]  # fmt: skip


def _nrbrook_order_rows() -> list[dict[str, str]]:
    rows = []
    for order, day, status, total, currency, store, lines in _NRBROOK_ORDERS:
        titles = [title for title, _, _ in lines]
        rows.append({
            "order_id": order, "order_date": day, "status": status, "total_price_text": total, "currency": currency,
            "store_name": store, "order_title": titles[0], "order_titles": " | ".join(titles),
            "item_image_url": "https://ae01.alicdn.com/kf/a.jpg", "order_line_count": str(len(lines)),
            "payment_method": "Card", "shipping_contact_name": "Ana", "shipping_country_code": "PL",
            "shipping_post_code": "00-001", "shipping_region_address": "Mazowieckie",
            "shipping_detail_address": "ul. Prosta 1", "shipping_phone": "+48 100", "order_detail_url":
            f"https://www.aliexpress.com/p/order/detail.html?orderId={order}", "invoice_page_url": "",
            "invoice_pdf_paths": "[]", "list_json": json.dumps({"orderId": order, "statusText": status}),
            "detail_json": "{}", "invoice_info_json": "[]",
        })  # fmt: skip
    return rows


def _nrbrook_line_rows() -> list[dict[str, str]]:
    rows = []
    for order, day, status, _, currency, store, lines in _NRBROOK_ORDERS:
        for index, (title, price, quantity) in enumerate(lines):
            rows.append({
                "order_id": order, "order_date": day, "store_name": store, "status": status,
                "line_index": str(index), "order_line_id": f"{order}{index}", "product_id": f"100500{index}",
                "sku_id": "1", "item_title": title, "item_image_url": "https://ae01.alicdn.com/kf/a.jpg",
                "item_price_text": price, "currency": currency, "quantity": quantity,
                "item_detail_url": "https://www.aliexpress.com/item/1.html", "snapshot_url": "",
                "sku_attrs_json": json.dumps([{"name": "Color", "text": "Red"}]), "item_tags_json": "[]",
                "line_json": json.dumps({"itemTitle": title}),
            })  # fmt: skip
    return rows


def _dict_csv(rows: list[dict[str, str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def nrbrook_orders() -> bytes:
    return _dict_csv(_nrbrook_order_rows())


def nrbrook_lines() -> bytes:
    return _dict_csv(_nrbrook_line_rows())


def nrbrook_workbook() -> bytes:
    titled = [("Order ID", "order_id"), ("Order Date", "order_date"), ("Thumbnail", ""), ("Order Title", "order_title"),
              ("All Titles", "order_titles"), ("Status", "status"), ("Total", "total_price_text"),
              ("Currency", "currency"), ("Store Name", "store_name"), ("Payment Method", "payment_method"),
              ("Order Detail URL", "order_detail_url"), ("List JSON", "list_json"), ("Detail JSON", "detail_json"),
              ("Invoice JSON", "invoice_info_json")]  # fmt: skip
    book = openpyxl.Workbook()
    orders = book.active
    orders.title = "Orders"
    orders.append([title for title, _ in titled])
    for row in _nrbrook_order_rows():
        orders.append([row.get(key, "") for _, key in titled])
    book.create_sheet("Order Lines").append(["Order ID", "Order Date", "Thumbnail", "Item Title"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# -- maxwellmezadre/aliexpress-mcp ------------------------------------------------------------------
# src/tools/export.ts: buildRows (the keys of each scope, in order; money by toDecimal, a plain
# JS number such as 61.25 or 10.5; null for what is missing) and toCsv (headers joined by ",",
# lines by "\n", a trailing "\n", null as an empty cell); JSON as JSON.stringify(rows, null, 2).
# src/domain/status.ts: statuses unpaid processing shipped completed cancelled expired unknown.
# src/domain/dates.ts / normalize.ts: order dates, paidAt and finishedAt as YYYY-MM-DD;
# refunds' createdAt from the refund list's gmtCreateFormat, a YYYY-MM-DD day.

_MCP_ORDERS: list[dict[str, object]] = [
    {"orderId": "8190000000000001", "date": "2026-01-10", "status": "completed", "store": "Cabo Store",
     "total": 61.25, "currency": "BRL", "itemCount": 1, "paymentMethod": "Pix", "installmentFee": None,
     "paidAt": "2026-01-10", "finishedAt": "2026-01-28"},
    {"orderId": "8190000000000002", "date": "2026-02-03", "status": "shipped", "store": "FENIX Store",
     "total": 132.74, "currency": "BRL", "itemCount": 3, "paymentMethod": "Visa", "installmentFee": 3.15,
     "paidAt": "2026-02-03", "finishedAt": None},
    {"orderId": "8190000000000003", "date": "2026-02-14", "status": "completed", "store": "ZETA Store",
     "total": 52.73, "currency": "BRL", "itemCount": 1, "paymentMethod": "Visa", "installmentFee": None,
     "paidAt": "2026-02-15", "finishedAt": "2026-03-01"},
    {"orderId": "8190000000000004", "date": "2026-02-20", "status": "cancelled", "store": "Cabo Store",
     "total": 10.5, "currency": "BRL", "itemCount": 1, "paymentMethod": None, "installmentFee": None,
     "paidAt": None, "finishedAt": "2026-02-21"},
]  # fmt: skip
_MCP_LINES: list[dict[str, object]] = [
    {"orderId": "8190000000000001", "date": "2026-01-10", "store": "Cabo Store", "title": "Vetor Eco 12",
     "variations": "Color: black, Ships From: China", "quantity": 1, "unitPrice": 61.25, "lineTotal": 61.25,
     "currency": "BRL"},
    {"orderId": "8190000000000002", "date": "2026-02-03", "store": "FENIX Store", "title": "Micro Watt",
     "variations": None, "quantity": 2, "unitPrice": 56.17, "lineTotal": 112.34, "currency": "BRL"},
    {"orderId": "8190000000000002", "date": "2026-02-03", "store": "FENIX Store", "title": "Case",
     "variations": "Size: M", "quantity": 1, "unitPrice": 20.4, "lineTotal": 20.4, "currency": "BRL"},
    {"orderId": "8190000000000003", "date": "2026-02-14", "store": "ZETA Store", "title": "Cable",
     "variations": None, "quantity": 1, "unitPrice": 52.73, "lineTotal": 52.73, "currency": "BRL"},
]  # fmt: skip
_MCP_REFUNDS: list[dict[str, object]] = [
    {"reverseOrderId": "6239000000000001", "orderId": "8190000000000001", "type": "RETURN", "status": 4,
     "createdAt": "2026-02-02", "store": "Cabo Store", "title": "Vetor Eco 12", "count": 1, "unitPrice": 61.25},
    {"reverseOrderId": "6239000000000002", "orderId": "8190000000000003", "type": "REFUND", "status": 4,
     "createdAt": "2026-03-05", "store": "ZETA Store", "title": "Cable", "count": 1, "unitPrice": 20},
]  # fmt: skip


def _js_csv(rows: list[dict[str, object]]) -> bytes:
    def cell(value: object) -> str:
        if value is None:
            return ""
        text = str(value)
        return f'"{text.replace(chr(34), chr(34) * 2)}"' if any(c in text for c in '",\n') else text

    lines = [",".join(rows[0])]
    lines += [",".join(cell(row[key]) for key in rows[0]) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def mcp_orders() -> bytes:
    return _js_csv(_MCP_ORDERS)


def mcp_orders_json() -> bytes:
    return (json.dumps(_MCP_ORDERS, indent=2) + "\n").encode("utf-8")


def mcp_lines() -> bytes:
    return _js_csv(_MCP_LINES)


def mcp_refunds() -> bytes:
    return _js_csv(_MCP_REFUNDS)


def mcp_refunds_json() -> bytes:
    return (json.dumps(_MCP_REFUNDS, indent=2) + "\n").encode("utf-8")


# -- chriskomus/aliexpress-order-downloader --------------------------------------------------------
# order-detail-download.js: the "Copy Header Row" text (20 names, each followed by a tab) and
# "Copy Order To Clipboard" (per item: order number, date as getMonth()+1/getDate()/getFullYear(),
# subtotal and total as digits only, shipping and tax = total - subtotal with toFixed(2), store,
# the page's status title, tracking fields, the title and option in double quotes, price digits,
# the quantity after "x", pieces per pack, total quantity, landed cost, product URL, the image URL
# in single quotes; every value followed by a tab, every row by "\n"). The shopper pastes the
# header row above the rows (README.MD). Status titles are modelled on the order page.

_KOMUS_ROWS = [
    ["8150000000000001", "3/14/2024", "25.98", "0.00", "25.98", "Gadget Store", "Completed", "LP00123456789",
     "Delivered", "3/28/2024", "https://t.17track.net/en#nums=LP00123456789", '"USB hub"', '"4 ports"', "12.99", "2",
     "1", "2", "12.99", "https://www.aliexpress.com/item/1005001.html", "'https://ae01.alicdn.com/kf/1.jpg'"],
    ["8150000000000002", "4/2/2024", "10.50", "-1.50", "9.00", "Home Store", "Awaiting delivery", "", "", "", "",
     '"Vase"', '""', "10.50", "1", "1", "1", "9", "https://www.aliexpress.com/item/1005002.html",
     "'https://ae01.alicdn.com/kf/2.jpg'"],
    ["8150000000000003", "4/10/2024", "7.00", "0.00", "7.00", "Toy Store", "Closed", "", "", "", "", '"Robot"',
     '"Blue"', "3.00", "1", "1", "1", "3", "https://www.aliexpress.com/item/1005003.html",
     "'https://ae01.alicdn.com/kf/3.jpg'"],
    ["8150000000000003", "4/10/2024", "7.00", "0.00", "7.00", "Toy Store", "Closed", "", "", "", "", '"Battery AA"',
     '"2pcs"', "2.00", "2", "2", "4", "2", "https://www.aliexpress.com/item/1005004.html",
     "'https://ae01.alicdn.com/kf/4.jpg'"],
]  # fmt: skip
_KOMUS_HEADER = ["Order Number", "Order Date", "Subtotal", "Shipping and Tax", "Total Order Amount", "Store Name",
                 "Order Status", "Tracking Number", "Tracking Status", "Tracking Status Last Updated",
                 "Tracking Link", "Product Title", "Option", "Price", "Quantity", "Pieces Per Pack", "Total Quantity",
                 "Landed Cost", "Product URL", "Image URL"]  # fmt: skip


def downloader_tsv() -> bytes:
    lines = ["".join(f"{name}\t" for name in _KOMUS_HEADER)]
    lines += ["".join(f"{cell}\t" for cell in row) for row in _KOMUS_ROWS]
    return ("\n".join(lines) + "\n").encode("utf-8")


def downloader_tsv_without_header() -> bytes:
    return downloader_tsv().split(b"\n", 1)[1]


# -- su14iman/aliexpress-order-exporter ------------------------------------------------------------
# common.js: CSV_HEADER (unquoted, " InvoiceURL" with its space) and buildCsv (every value in
# double quotes, rows ended by "\n", a data: URI so UTF-8 without BOM); popup.js scrapeBasicInfo
# (German order page: date "12. Mär 2024" turned into "12.03.2024"; price = the total's text
# without "Gesamt:" and "€", so "12,99"; unitPrice with "," turned into "."; quantity without "x").
# The first version (popup.js at 720efc1) wrote "Product,Date,Price,InvoiceURL".

_SU_ORDERS = [
    ("8170000000000001", "1005006001", "Wireless mouse", "12.03.2024", "12.99", "1", "12,99", "Tech Shop DE",
     "Farbe: Schwarz"),
    ("8170000000000002", "1005006002", "USB-C cable", "24.03.2024", "3.50", "2", "7,00", "Kabel Store", "1m"),
    ("8170000000000003", "1005006003", "Desk lamp", "05.04.2024", "1.234.56", "1", "1.234,56", "Licht Haus", ""),
]  # fmt: skip


def _invoice(order: str) -> str:
    return f"https://www.aliexpress.com/p/tax-ui/index.html?isGrayMatch=false&orderId={order}"


def exporter_csv() -> bytes:
    lines = ["orderId,itemId,Product,Date,Unit Price,Quantity,Price,Store Name,SKU, InvoiceURL,ImageUrl"]
    for order, item, title, day, unit, quantity, price, store, sku in _SU_ORDERS:
        cells = [order, item, title, day, unit, quantity, price, store, sku, _invoice(order),
                 f"https://ae01.alicdn.com/kf/{item}.jpg"]  # fmt: skip
        lines.append(",".join(f'"{cell}"' for cell in cells))
    return ("\n".join(lines) + "\n").encode("utf-8")


def exporter_first_csv() -> bytes:
    lines = ["Product,Date,Price,InvoiceURL"]
    lines += [f'"{title}","{day}","{price}","{_invoice(order)}"' for order, _, title, day, _, _, price, _, _ in
              _SU_ORDERS[:2]]  # fmt: skip
    return ("\n".join(lines) + "\n").encode("utf-8")


# -- order-page scrapers of the old AliExpress ------------------------------------------------------
# stonedDiscord/aliexpress-orders, __init__.py: "Order ID;Product;Store;Value;Tracking ID;Carrier;
# Order time;Status" and each order's cells joined with ";" into Output.txt, written in text mode
# by a Windows script (chromedriver.exe), so "\r\n" line ends. Value (".amount-num") and Order
# time (time, then date) are the old order list's text: modelled as "$ 12.80" and
# "05:17 Feb. 13 2020".


def old_order_list() -> bytes:
    rows = [
        "Order ID;Product;Store;Value;Tracking ID;Carrier;Order time;Status",
        "80100000000001;LED strip 5m;Light World;$ 12.80;;;05:17 Feb. 13 2020;Finished",
        "80100000000002;Phone holder;Car Gear;$ 2.35;;;22:41 Mar. 02 2020;Awaiting delivery",
        "80100000000003;Watch band;Strap Shop;$ 4.10;;;09:05 Mar. 11 2020;Order Closed",
    ]
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


# Artem-Mamchych/export-aliexpress-orders-to-xls, ali-export.js: parseHtmlFile/addNewValue (the
# header from the column titles joined with ","; each value trimmed with its first '"' and first
# "," removed; some wrapped in quotes; "US $" and "$" removed from amounts; Seller URL and Snapshot
# with their first "//" removed; rows ended by "\r\n"). No order date: the payment date is the only
# one. Status and Payment Date are the old detail page's text, modelled.


def old_order_details() -> bytes:
    header = ("Order Number,Product Details,Count,Status,Seller URL,Seller,Price Per Unit,Quantity,Price,"
              "Shipping Cost,Adjust Price,Discount,Total Amount,Payment Date,Shipping Method,Track No,Snapshot")  # fmt: skip
    rows = [
        ['"70100000000001"', '"LED bulb E27 5W"', '""', "Finished", '"www.aliexpress.com/store/101"', '"Bright Store"',
         "US 2.50", '"2"', "5.00", "1.20", "0.00", '"-0.50"', "5.70", "2016-03-05 10:23", "ePacket", '"LX123"',
         '"http:www.aliexpress.com/snapshot/1.html"'],
        ['"70100000000002"', '"Phone case"', '""', "Awaiting delivery", '"www.aliexpress.com/store/102"',
         '"Case Co"', "US 1.99", '"1"', "1.99", "0.00", "0.00", '"0.00"', "1.99", "2016-03-09 18:02", "China Post",
         '"RB456"', '"http:www.aliexpress.com/snapshot/2.html"'],
        ['"70100000000003"', '"USB cable"', '""', "Order Closed", '"www.aliexpress.com/store/103"', '"Wire Shop"',
         "US 3.10", '"1"', "3.10", "0.00", "0.00", '"0.00"', "3.10", "2016-03-12 08:40", "ePacket", '""',
         '"http:www.aliexpress.com/snapshot/3.html"'],
    ]  # fmt: skip
    return (header + "\r\n" + "".join(",".join(row) + "\r\n" for row in rows)).encode("utf-8")


# andrew-melnyk/aliexpress-orders-scrapper, content.js: generateCSV with Papa.unparse (fields in
# that order; "," and "\r\n", quotes only where needed); orderDate is the header text without
# "Order date:"; currency the two letters before "$" ("US"); amount the item price times the
# quantity with toFixed(2); only the statuses chosen (Awaiting delivery, Completed, To ship).


def orders_scrapper() -> bytes:
    rows = [
        ["Order ID", "Order Date", "Status", "Product Title", "Product Link", "Currency", "Price", "Store Name",
         "Store Link"],
        ["8160000000000001", "Feb 10, 2025", "Completed", "Bluetooth speaker, mini",
         "https://www.aliexpress.com/item/1.html", "US", "26.70", "Sound Store", "https://www.aliexpress.com/store/1"],
        ["8160000000000002", "Mar 1, 2025", "Awaiting delivery", "Socks", "https://www.aliexpress.com/item/2.html",
         "US", "5.98", "Wear Store", "https://www.aliexpress.com/store/2"],
        ["8160000000000003", "Mar 3, 2025", "To ship", "Mug", "https://www.aliexpress.com/item/3.html", "US", "7.00",
         "Home Store", "https://www.aliexpress.com/store/3"],
    ]  # fmt: skip
    return _csv(rows).encode("utf-8")


# razzzila-dev/chrome-aliexpress-order-details-csv, lib/parser.js: one order's details page as
# "\uFEFF" + header (unquoted) and rows (every value quoted), "," and "\r\n"; the file is named
# after the order. It holds neither the order number nor a date.


def order_details_page() -> bytes:
    header = "Product name,Product details,Seller,Price,Quantity,Amount,Order status,Shipping details"
    rows = ['"Wireless mouse","Color: Black","Tech Shop","US $12.99","1","US $12.99","Finished","ePacket"']
    return ("\ufeff" + "\r\n".join([header, *rows])).encode("utf-8")


# -- AliExpress's own data download ----------------------------------------------------------------
# my-purchases/web, web/src/providers/aliexpress/types.ts (AliexpressXlsxOrderRow) and mapper.ts:
# sheet "Order Information" with order_id, parent_orderid, gmt_create_order_time, order_status,
# item_name, unit_price and payable_amt in cents, gmt_pay_order_time, gmt_trade_end_time,
# end_reason, is_success_pay, frozen_status; times as "2026-02-21 07:44:46"; items of one order
# share its parent_orderid.


def data_download() -> bytes:
    book = openpyxl.Workbook()
    book.active.title = "Account Information"
    book.active.append(["user_id", "country"])
    book.active.append(["42", "PL"])
    sheet = book.create_sheet("Order Information")
    sheet.append(["order_id", "parent_orderid", "gmt_create_order_time", "order_status", "item_name", "unit_price",
                  "payable_amt", "gmt_pay_order_time", "gmt_trade_end_time", "end_reason", "is_success_pay",
                  "frozen_status"])  # fmt: skip
    for row in (
        ["3069000000000001", "3069000000000000", "2026-02-21 07:44:46", "FINISH", "Ultrasonic cleaner 6L", 15115,
         11974, "2026-02-21 07:44:51", "2026-02-27 18:17:56", "buyer_accept_goods", "true", "0"],
        ["3069000000000002", "3069000000000000", "2026-02-21 07:44:46", "FINISH", "Cleaning tablets", 500, 500,
         "2026-02-21 07:44:51", "2026-02-27 18:17:56", "buyer_accept_goods", "true", "0"],
        ["3070000000000001", "", "2026-03-01 10:00:00", "FINISH", "Lamp", 2000, 2000, "", "2026-03-02 10:00:00",
         "buyer_cancel_notpay_order", "false", "0"],
        ["3071000000000001", "", "2026-03-03 09:00:00", "WAIT_BUYER_ACCEPT_GOODS", "Fan", 1500, 1500,
         "2026-03-03 09:01:00", "", "", "true", "0"],
        ["3072000000000001", "", "2026-03-05 12:00:00", "FINISH", "Headphones", 900, 900, "2026-03-05 12:00:30",
         "2026-03-20 08:00:00", "seller_accept_issue_no_goods_return", "true", "0"],
        ["3073000000000001", "", "2026-03-10 12:00:00", "FINISH", "Mug", 700, 700, "2026-03-10 12:00:04",
         "2026-03-28 00:00:00", "buyer_accept_goods_timeout", "true", "0"],
    ):  # fmt: skip
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


EXPORTERS: dict[str, Exporter] = {
    e.key: e
    for e in (
        Exporter("collector-csv", "my-purchases.csv", collector_csv, COLLECTOR, 4, 1950 + 2500 + 420 + 3237, (2, 1, 1),
                 ("--preset", COLLECTOR, "--date-format", "MMM D, YYYY")),
        Exporter("collector-json", "my-purchases.json", collector_json, COLLECTOR_JSON, 4, 1950 + 2500 + 420 + 3237,
                 (2, 1, 1), ("--preset", COLLECTOR_JSON, "--date-format", "%b %d, %Y")),
        Exporter("nrbrook-orders", "aliexpress_orders_2026-03-01_to_2026-03-31.csv", nrbrook_orders,
                 ORDER_EXPORT_ORDERS, 3, 2540 + 1357 + 999, (1, 1, 1),
                 ("--preset", ORDER_EXPORT_ORDERS, "--date-format", "YYYY-MM-DD", "--delimiter", "comma")),
        Exporter("nrbrook-lines", "aliexpress_order_lines_2026-03-01_to_2026-03-31.csv", nrbrook_lines,
                 ORDER_EXPORT_LINES, 3, 2040 + 500 + 1357 + 999, (1, 1, 1),
                 ("--preset", ORDER_EXPORT_LINES, "--date-format", "%Y-%m-%d")),
        Exporter("nrbrook-workbook", "aliexpress_orders_2026-03-01_to_2026-03-31.xlsx", nrbrook_workbook,
                 ORDER_EXPORT_WORKBOOK_ORDERS, 3, 2540 + 1357 + 999, (1, 1, 1),
                 ("--preset", ORDER_EXPORT_WORKBOOK_ORDERS, "--sheet", "Orders")),
        Exporter("mcp-orders", "aliexpress-orders-2026-03-10.csv", mcp_orders, MCP_ORDERS, 4, 1103 + 2389 + 949 + 189,
                 (2, 1, 1), ("--preset", MCP_ORDERS, "--date-format", "YYYY-MM-DD", "--decimal", ".")),
        Exporter("mcp-orders-json", "aliexpress-orders-2026-03-10.json", mcp_orders_json, MCP_ORDERS, 4,
                 1103 + 2389 + 949 + 189, (2, 1, 1), ("--preset", MCP_ORDERS, "--kind", "orders")),
        Exporter("mcp-lines", "aliexpress-lines-2026-03-10.csv", mcp_lines, MCP_LINES, 3, 1103 + 2022 + 367 + 949,
                 (0, 3, 0), ("--preset", MCP_LINES, "--default-status", "pending", "--currency", "BRL")),
        Exporter("mcp-refunds", "aliexpress-refunds-2026-03-10.csv", mcp_refunds, MCP_REFUNDS, 2, 1103 + 360,
                 (2, 0, 0), ("--preset", MCP_REFUNDS, "--kind", "refunds", "--date-format", "YYYY/MM/DD"), before="mcp-orders", kind="refunds"),
        Exporter("mcp-refunds-json", "aliexpress-refunds-2026-03-10.json", mcp_refunds_json, MCP_REFUNDS, 2,
                 1103 + 360, (2, 0, 0), ("--preset", MCP_REFUNDS), before="mcp-orders", kind="refunds"),
        Exporter("downloader", "aliexpress-orders.tsv", downloader_tsv, ORDER_DOWNLOADER, 3, 2598 + 900 + 700,
                 (1, 1, 1), ("--preset", ORDER_DOWNLOADER, "--delimiter", "tab", "--date-format", "M/D/YYYY")),
        Exporter("downloader-no-header", "clipboard.txt", downloader_tsv_without_header, ORDER_DOWNLOADER_NO_HEADER, 3,
                 2598 + 900 + 700, (1, 1, 1),
                 ("--preset", ORDER_DOWNLOADER_NO_HEADER, "--header-line", "0", "--date-format", "%m/%d/%Y")),
        Exporter("order-exporter", "AliExpress_Orders_4.5.2024.csv", exporter_csv, ORDER_EXPORTER, 3,
                 1429 + 770 + 135802, (0, 3, 0),
                 ("--preset", ORDER_EXPORTER, "--date-format", "DD.MM.YYYY", "--decimal", ",", "--currency", "eur")),
        Exporter("order-exporter-first", "AliExpress_Orders_3.25.2024.csv", exporter_first_csv, ORDER_EXPORTER_FIRST,
                 2, 1429 + 770, (0, 2, 0),
                 ("--preset", ORDER_EXPORTER_FIRST, "--date-format", "D.M.YYYY", "--default-status", "pending")),
        Exporter("old-order-list", "Output.txt", old_order_list, OLD_ORDER_LIST, 3, 1280 + 235 + 410, (1, 1, 1),
                 ("--preset", OLD_ORDER_LIST, "--delimiter", "semicolon", "--date-format", "MMM D, YYYY")),
        Exporter("old-order-details", "aliexpress_orderlist.csv", old_order_details, OLD_ORDER_DETAILS, 3,
                 570 + 199 + 310, (1, 1, 1), ("--preset", OLD_ORDER_DETAILS, "--date-format", "YYYY-MM-DD HH:MM")),
        Exporter("orders-scrapper", "aliexpress_orders_2025-03-05.csv", orders_scrapper, ORDERS_SCRAPPER, 3,
                 2670 + 598 + 700, (1, 2, 0), ("--preset", ORDERS_SCRAPPER, "--date-format", "MMM D, YYYY")),
        Exporter("data-download", "aliexpress_user_data_backup_20260401.xlsx", data_download, DATA_DOWNLOAD, 5,
                 12474 + 2000 + 1500 + 900 + 700, (2, 1, 2),
                 ("--preset", DATA_DOWNLOAD, "--sheet", "Order Information")),
    )
}  # fmt: skip
"""Every exporter's fixture by key."""


def write_all(folder: Path) -> list[Path]:
    """Writes every fixture (and the details page that cannot be imported) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for exporter in EXPORTERS.values():
        path = folder / f"{exporter.key}--{exporter.file_name}"
        path.write_bytes(exporter.make())
        written.append(path)
    details = folder / "order-details-page--8123456789.csv"
    details.write_bytes(order_details_page())
    return [*written, details]


if __name__ == "__main__":
    for written_path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "exporter-fixtures")):
        print(written_path)
