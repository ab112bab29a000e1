"""Presets: the files shoppers get from known tools, and mappings shoppers saved themselves.

Built in (column names as the tools write them):

- **Points Tracker CSV** — the app's own orders / activity / promotions files; read strictly by
  :mod:`tracker.importing.native`, never guessed.
- **My Purchases Collector** — the browser extension's CSV, one row per item:
  ``Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,
  Status,Product Url,Product Image Url,Store Url,Tags``. ``Price`` is the item's price (× ``Qty``).
- **AliExpress-Order-Export** (github.com/nrbrook/AliExpress-Order-Export, ``aliexpress_export.py``)
  — its orders CSV (``order_id, order_date, status, total_price_text, currency, store_name,
  order_title, order_titles, …``: one row per order, the total as AliExpress shows it, ISO dates)
  and its order-lines CSV (``order_id, order_date, store_name, status, line_index, order_line_id,
  product_id, sku_id, item_title, item_image_url, item_price_text, currency, quantity, …``), and
  the ``Orders`` / ``Order Lines`` sheets of its optional workbook. ``item_price_text`` is taken
  as the price of one item, as AliExpress's order page shows it beside the quantity.
- **AliExpress data download** — ``aliexpress_user_data_backup_*.xlsx``, sheet "Order
  Information": ``order_id``, ``parent_orderid``, ``gmt_create_order_time``, ``order_status``,
  ``item_name``, ``unit_price`` and ``payable_amt`` in cents, ``gmt_trade_end_time``,
  ``end_reason``. Each row is an item; rows are grouped under ``parent_orderid`` when it is filled
  (the order number the shopper sees), else under ``order_id``. ``FINISH`` is confirmed or
  cancelled by ``end_reason`` (:func:`tracker.importing.values.order_status`); the trade's end
  time is the confirmation date of a confirmed order. The difference between the item prices
  and ``payable_amt`` is recorded as the order's discount (or shipping, when more was paid).

A shopper's own preset is an :class:`~tracker.importing.options.ImportOptions` saved under a
name, as JSON in the settings table (key ``import_presets``). A file whose header has every
column a preset names gets that preset proposed; the one naming the most columns wins, and a
shopper's own preset wins a tie.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.importing.errors import ImportProblem
from tracker.importing.headers import header_key
from tracker.importing.options import ORDERS, ImportOptions
from tracker.store import repository

SETTING_PRESETS = "import_presets"
NATIVE = "Points Tracker CSV"
COLLECTOR = "My Purchases Collector"
ORDER_EXPORT_ORDERS = "AliExpress-Order-Export: orders"
ORDER_EXPORT_LINES = "AliExpress-Order-Export: order lines"
ORDER_EXPORT_WORKBOOK_ORDERS = "AliExpress-Order-Export workbook: Orders"
ORDER_EXPORT_WORKBOOK_LINES = "AliExpress-Order-Export workbook: Order Lines"
DATA_DOWNLOAD = "AliExpress data download"


@dataclass(frozen=True)
class Preset:
    """A named way to read a kind of file.

    Attributes:
        signature: header keys (see :func:`~tracker.importing.headers.header_key`) a file must
            all have for the preset to be proposed.
        also_guess: fields the preset leaves to the usual guess when the file has a column for them.
    """

    name: str
    description: str
    options: ImportOptions
    signature: frozenset[str]
    native: bool = False
    builtin: bool = True
    also_guess: tuple[str, ...] = ()


def _keys(*headers: str) -> frozenset[str]:
    return frozenset(header_key(header) for header in headers)


def _orders(mapping: dict[str, str], **options: Any) -> ImportOptions:
    return ImportOptions(target=ORDERS, mapping=mapping, **options)


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
            DATA_DOWNLOAD,
            "AliExpress's own data download (aliexpress_user_data_backup_*.xlsx), sheet “Order Information”.",
            _orders({"order_no": "order_id", "parent_order_no": "parent_orderid",
                     "order_date": "gmt_create_order_time", "status": "order_status", "end_reason": "end_reason",
                     "item_title": "item_name", "unit_price": "unit_price", "line_total": "payable_amt",
                     "confirmed_date": "gmt_trade_end_time"}, amounts_in_cents=True),
            _keys("order_id", "parent_orderid", "gmt_create_order_time", "order_status", "payable_amt"),
            also_guess=("quantity", "currency", "store", "product_id", "category", "refund", "refund_date"),
        ),
    )
}  # fmt: skip


# -- the shopper's own presets --------------------------------------------------------------------


def load_user_presets(db: SqliteDatabase) -> dict[str, Preset]:
    """The presets the shopper saved; an unreadable entry is left out rather than failing."""
    return parse_user_presets(repository.get_settings(db).get(SETTING_PRESETS, ""))


def parse_user_presets(text: str) -> dict[str, Preset]:
    """Presets from the stored JSON text (the ``import_presets`` setting)."""
    try:
        stored = json.loads(text) if text.strip() else {}
    except ValueError:
        return {}
    presets: dict[str, Preset] = {}
    if not isinstance(stored, dict):
        return presets
    for name, entry in stored.items():
        try:
            presets[name] = _user_preset(name, entry)
        except (ImportProblem, TypeError, AttributeError, KeyError):
            continue
    return presets


def _user_preset(name: str, entry: dict[str, Any]) -> Preset:
    options = ImportOptions.from_preset_json(entry["options"]).but(preset=name)
    signature = frozenset(header_key(str(h)) for h in entry.get("headers", ()))
    return Preset(name, str(entry.get("description", "")), options, signature, builtin=False)


def save_user_preset(db: SqliteDatabase, name: str, options: ImportOptions, description: str = "") -> Preset:
    """Save ``options`` (how to read the file, what its columns mean) under ``name``.

    A preset of the same name is replaced. The columns the mapping names become the signature
    that proposes the preset for another file.

    Raises:
        ImportProblem: no name, a built-in preset's name, or nothing mapped.
    """
    name = " ".join(name.split())
    if not name:
        raise ImportProblem(translate("Import", "Give the preset a name."))
    if name in BUILTIN:
        raise ImportProblem(
            translate("Import", "“{name}” is the name of a built-in preset: choose another.").format(name=name)
        )
    if not options.mapping:
        raise ImportProblem(translate("Import", "Map at least one column before saving a preset."))
    stored = _stored(db)
    stored[name] = {
        "description": description,
        "options": options.preset_json(),
        "headers": sorted(set(options.mapping.values())),
    }
    repository.set_setting(db, SETTING_PRESETS, json.dumps(stored, ensure_ascii=False, sort_keys=True))
    return _user_preset(name, stored[name])


def delete_user_preset(db: SqliteDatabase, name: str) -> bool:
    stored = _stored(db)
    if name not in stored:
        return False
    del stored[name]
    repository.set_setting(db, SETTING_PRESETS, json.dumps(stored, ensure_ascii=False, sort_keys=True))
    return True


def _stored(db: SqliteDatabase) -> dict[str, Any]:
    try:
        stored = json.loads(repository.get_settings(db).get(SETTING_PRESETS, "") or "{}")
    except ValueError:
        stored = {}
    return stored if isinstance(stored, dict) else {}


# -- choosing -------------------------------------------------------------------------------------


def find_preset(name: str, user_presets: Mapping[str, Preset] | None = None) -> Preset:
    """The preset called ``name`` (built-in or saved), ignoring case.

    Raises:
        ImportProblem: there is none; the message lists the names there are.
    """
    everything = {**BUILTIN, **(user_presets or {})}
    if name in everything:
        return everything[name]
    folded = {key.casefold(): preset for key, preset in everything.items()}
    if name.casefold() in folded:
        return folded[name.casefold()]
    raise ImportProblem(
        translate("Import", "There is no preset “{name}”. Presets: {choices}.").format(
            name=name, choices=", ".join(everything)
        )
    )


def propose(headers: list[str], user_presets: Mapping[str, Preset] | None = None) -> Preset | None:
    """The preset whose columns the header has, naming the most of them; ``None`` if none fits."""
    keys = {header_key(header) for header in headers}
    best: tuple[float, Preset] | None = None
    candidates = [*BUILTIN.values(), *(user_presets or {}).values()]
    for preset in candidates:
        if preset.native or len(preset.signature) < 2 or not preset.signature <= keys:
            continue
        score = len(preset.signature) + (0.5 if not preset.builtin else 0.0)
        if best is None or score > best[0]:
            best = (score, preset)
    return best[1] if best else None


def apply_preset(preset: Preset, options: ImportOptions) -> ImportOptions:
    """``options`` with the preset's choices filled in wherever the shopper made none.

    A mapping the shopper gave (``--map``) is laid over the preset's: their columns win, and a
    column they mapped is taken away from the field the preset gave it.
    """
    base = preset.options
    changes: dict[str, Any] = {"preset": preset.name}
    for key in ("encoding", "delimiter", "sheet", "header_line", "target", "date_format", "decimal",
                "currency", "default_status", "activity_kind"):  # fmt: skip
        if getattr(options, key) is None and getattr(base, key) is not None:
            changes[key] = getattr(base, key)
    for key in ("skip_lines", "skip_trailing"):
        if not getattr(options, key) and getattr(base, key):
            changes[key] = getattr(base, key)
    if base.amounts_in_cents and not options.amounts_in_cents:
        changes["amounts_in_cents"] = True
    if base.status_overrides:
        changes["status_overrides"] = {**base.status_overrides, **options.status_overrides}
    if base.mapping:
        given = options.mapping or {}
        taken = {header_key(column) for column in given.values()}
        mapping = {f: c for f, c in base.mapping.items() if f not in given and header_key(c) not in taken}
        changes["mapping"] = {**mapping, **given}
    return options.but(**changes)
