"""The fields a column can fill, per kind of file, and which column fills which field.

The field list is :data:`tracker.importing.headers.FIELDS` plus two that only AliExpress's own
data download needs and that presets set (a shopper may choose them too):

- ``parent_order_no``: when filled, rows are grouped and stored under it rather than under the
  order number (the data download lists each item as a sub-order of the order the shopper sees).
- ``end_reason``: why a trade ended; it decides what ``FINISH`` means (see
  :func:`tracker.importing.values.order_status`).

A points-history file (what the Member Center's history shows) has a date, points and a
description; its rows become bonus and adjustment entries. A refunds file lists refunds of
orders already recorded (:mod:`tracker.importing.build_refunds`).

**The payment date** (``paid_date``) is not kept: an order has its order date, and AliExpress
takes the payment when the order is placed, so the two are the same day or close to it. A
payment-date column is therefore read only when the file has no order-date column, and then it
stands in for the order date (:func:`read_columns`); beside an order-date column it is shown as
the payment date and not read at all — never as a confirmation or a refund date.
"""

from __future__ import annotations

from collections import Counter

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.importing.errors import ImportProblem
from tracker.importing.headers import ACTIVITY as HEADERS_ACTIVITY
from tracker.importing.headers import (
    ACTIVITY_FIELD_NAMES,
    FIELDS,
    ORDER_FIELD_NAMES,
    Field,
    guess_mapping,
    header_key,
    mapping_warnings,
)
from tracker.importing.headers import ORDERS as HEADERS_ORDERS
from tracker.importing.options import ACTIVITY, ORDERS, POINTS_HISTORY, REFUNDS, ImportOptions

EXTRA_FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        Field("parent_order_no", QT_TRANSLATE_NOOP("ImportFields", "parent order number"), "text", ORDERS),
        Field("end_reason", QT_TRANSLATE_NOOP("ImportFields", "end reason"), "text", ORDERS),
    )
}
ALL_FIELDS: dict[str, Field] = {**FIELDS, **EXTRA_FIELDS}
"""Every field by name."""

FIELDS_OF: dict[str, tuple[str, ...]] = {
    ORDERS: (*ORDER_FIELD_NAMES, *EXTRA_FIELDS),
    ACTIVITY: ACTIVITY_FIELD_NAMES,
    POINTS_HISTORY: ("date", "points", "note"),
    REFUNDS: ("order_no", "refund_date", "refund", "unit_price", "quantity", "currency", "item_title", "product_id",
              "store"),
}  # fmt: skip
"""The fields each kind of file can fill, in the order the dialog lists them."""

POINTS_HISTORY_LABELS = {"note": QT_TRANSLATE_NOOP("ImportFields", "description")}

# Fields one order has once, however many item rows it spans.
ORDER_LEVEL = (
    "order_date",
    "status",
    "end_reason",
    "confirmed_date",
    "order_total",
    "discount",
    "shipping",
    "refund",
    "refund_date",
    "store",
)
ITEM_LEVEL = ("unit_price", "line_total", "quantity", "product_id")
AMOUNT_FIELDS = ("unit_price", "line_total", "order_total")


def label(name: str, target: str = ORDERS) -> str:
    """The field as the shopper reads it (``order date``), in their language."""
    if target == POINTS_HISTORY and name in POINTS_HISTORY_LABELS:
        return translate("ImportFields", POINTS_HISTORY_LABELS[name])
    return translate("ImportFields", ALL_FIELDS[name].label)


def kind_of(name: str) -> str:
    return ALL_FIELDS[name].kind


def read_columns(field_columns: dict[str, int]) -> dict[str, int]:
    """The columns an import reads: the payment date only where it stands in for the order date."""
    if "paid_date" not in field_columns:
        return field_columns
    read = dict(field_columns)
    paid = read.pop("paid_date")
    read.setdefault("order_date", paid)
    return read


def column_index(headers: list[str], column: str) -> int | None:
    """The column a header names: exactly, else ignoring case and punctuation, else ``column N``."""
    if column in headers:
        return headers.index(column)
    key = header_key(column)
    for index, header in enumerate(headers):
        if header_key(header) == key:
            return index
    words = column.strip().lower().split()
    if len(words) == 2 and words[0] == "column" and words[1].isdigit() and 1 <= int(words[1]) <= len(headers):
        return int(words[1]) - 1
    return None


def resolve_mapping(headers: list[str], mapping: dict[str, str], target: str) -> dict[str, int]:
    """Field → column index for a mapping given by header names.

    Raises:
        ImportProblem: a field the target has no use for, or a column the file does not have.
    """
    resolved: dict[str, int] = {}
    for name, column in mapping.items():
        if name not in FIELDS_OF[target]:
            known = ", ".join(FIELDS_OF[target])
            raise ImportProblem(
                translate("Import", "“{name}” is not a field of {kind} files; use one of: {known}.").format(
                    name=name, kind=target.replace("_", " "), known=known
                )
            )
        index = column_index(headers, column)
        if index is None:
            raise ImportProblem(
                translate("Import", "The file has no column “{column}” (for {label}).").format(
                    column=column, label=label(name, target)
                )
            )
        resolved[name] = index
    return resolved


def apply_corrections(
    headers: list[str], field_columns: dict[str, int], corrections: dict[str, str], target: str
) -> dict[str, int]:
    """``field_columns`` with each correction laid over it: the named column fills the field and
    nothing else; an empty column name leaves the field out.

    Raises:
        ImportProblem: a field the target has no use for, or a column the file does not have.
    """
    corrected = dict(field_columns)
    for name, column in corrections.items():
        if name not in FIELDS_OF[target]:
            raise ImportProblem(
                translate("Import", "“{name}” is not a field of {kind} files; use one of: {known}.").format(
                    name=name, kind=target.replace("_", " "), known=", ".join(FIELDS_OF[target])
                )
            )
        corrected.pop(name, None)
        if not column.strip():
            continue
        index = resolve_mapping(headers, {name: column}, target)[name]
        corrected = {other: taken for other, taken in corrected.items() if taken != index}
        corrected[name] = index
    return corrected


def mapping_by_column(field_columns: dict[str, int], width: int) -> dict[int, str | None]:
    by_column: dict[int, str | None] = dict.fromkeys(range(width))
    for name, column in field_columns.items():
        by_column[column] = name
    return by_column


def field_columns_of(by_column: dict[int, str | None]) -> dict[str, int]:
    """Field → column from column → field; the first column wins when a field is taken twice."""
    fields: dict[str, int] = {}
    for column in sorted(by_column):
        name = by_column[column]
        if name is not None:
            fields.setdefault(name, column)
    return fields


def warnings_for(by_column: dict[int, str | None], headers: list[str], target: str) -> list[str]:
    """What is wrong with a mapping: a field from two columns, a field the target cannot use."""
    known: dict[int, str | None] = {column: name for column, name in by_column.items() if name in FIELDS}
    warnings = mapping_warnings(known, headers)
    extra = Counter(name for name in by_column.values() if name in EXTRA_FIELDS)
    warnings += [
        translate("Import", "{label} is taken from two columns: choose one.").format(label=label(name).capitalize())
        for name, n in extra.items()
        if n > 1
    ]
    for column, name in sorted(by_column.items()):
        if name is not None and name not in FIELDS_OF[target]:
            header = headers[column] if column < len(headers) else f"column {column + 1}"
            warnings.append(
                translate("Import", "Column “{header}” is mapped to {label}, which {kind} files do not use.").format(
                    header=header, label=label(name), kind=target.replace("_", " ")
                )
            )
    return warnings


def guess(
    headers: list[str], sample: list[list[str]], target: str | None
) -> tuple[str, dict[int, str | None], list[str]]:
    """The target (when not given) and a first mapping, from header names and sample values.

    Without a target, a file is about orders unless it has no order-number column and has a
    points or an activity-kind column; then it is activity, or a points history when it has
    points but no kind.
    """
    if target == REFUNDS:
        guessed = guess_mapping(headers, sample, HEADERS_ORDERS).field_by_column
        by_column = {c: (n if n in FIELDS_OF[REFUNDS] else None) for c, n in guessed.items()}
        return target, by_column, warnings_for(by_column, headers, target)
    if target is None:
        orders = guess_mapping(headers, sample, HEADERS_ORDERS)
        activity = guess_mapping(headers, sample, HEADERS_ACTIVITY)
        activity_fields = set(activity.field_by_column.values())
        if "order_no" not in orders.field_by_column.values() and activity_fields & {"points", "kind"}:
            target = ACTIVITY if "kind" in activity_fields else POINTS_HISTORY
            mapping = activity
        else:
            target, mapping = ORDERS, orders
    else:
        mapping = guess_mapping(headers, sample, HEADERS_ORDERS if target == ORDERS else HEADERS_ACTIVITY)
    by_column = dict(mapping.field_by_column)
    if target == POINTS_HISTORY:
        by_column = {c: (n if n in FIELDS_OF[POINTS_HISTORY] else None) for c, n in by_column.items()}
    return target, by_column, warnings_for(by_column, headers, target)


def required_problems(field_columns: dict[str, int], target: str, options: ImportOptions) -> list[str]:
    """What the mapping lacks before anything can be imported, as sentences."""
    missing: list[str] = []
    if target == REFUNDS:
        if "order_no" not in field_columns:
            missing.append(translate("Import", "No column is mapped to the order number."))
        if "refund_date" not in field_columns:
            missing.append(translate("Import", "No column is mapped to the refund date."))
        if "refund" not in field_columns and "unit_price" not in field_columns:
            missing.append(
                translate("Import", "No column is mapped to the refund (or the price of the item refunded).")
            )
        return missing
    if target == ORDERS:
        if "order_date" not in field_columns and "paid_date" not in field_columns:
            missing.append(translate("Import", "No column is mapped to the order date."))
        if not any(name in field_columns for name in AMOUNT_FIELDS):
            missing.append(
                translate("Import", "No column is mapped to an amount (unit price, line total or order total).")
            )
        if "status" not in field_columns and options.default_status is None:
            missing.append(translate("Import", "The file has no status column: choose the status its orders get."))
    else:
        if "date" not in field_columns:
            missing.append(translate("Import", "No column is mapped to the date."))
        if target == POINTS_HISTORY and "points" not in field_columns:
            missing.append(translate("Import", "No column is mapped to the points."))
        if target == ACTIVITY and "kind" not in field_columns and options.activity_kind is None:
            missing.append(
                translate("Import", "The file has no kind column: choose what its rows are (reviews, visits …).")
            )
    return missing


def target_of(mapping: dict[str, str]) -> str:
    """The kind of file a mapping is for, from the fields it names."""
    names = set(mapping)
    if names & (set(FIELDS_OF[ORDERS]) - set(FIELDS_OF[ACTIVITY])):
        return ORDERS
    if "points" in names and not names & {"kind", "item_price"}:
        return POINTS_HISTORY
    return ACTIVITY if names else ORDERS
