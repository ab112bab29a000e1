"""The cells of the app's own CSV files: how each is written, and read back exactly and strictly.

Numbers are plain ASCII digits only — ``12.34``, ``-35`` — never ``1_000``, ``1e2``, ``١٢٣`` or
``１２３``, which Python's own number parsers would accept. Dates are ISO ``YYYY-MM-DD`` only (not
the week dates and compact forms :meth:`date.fromisoformat` also takes). Text cells a
spreadsheet would run as a formula get a leading ``'`` (:func:`protect`). In the ``category``
cell, categories are separated by `` | ``, and a ``|`` or ``\\`` inside one is escaped with ``\\``.
An order's items travel in its ``lines`` cell as JSON when the other cells cannot say them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from tracker.currency.paid import Paid
from tracker.currency.rates import Rate, RateSource
from tracker.i18n import translate
from tracker.store.drafts import MAX_CENTS, LineDraft

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_AMOUNT = re.compile(r"(\d{1,12})(?:\.(\d{1,2}))?", re.ASCII)
_WHOLE = re.compile(r"-?\d{1,12}", re.ASCII)
_MULTIPLIER = re.compile(r"\d{1,3}(?:\.\d{1,4})?", re.ASCII)
_RATE = re.compile(r"\d{1,9}(?:\.\d{1,40})?", re.ASCII)  # a cross rate has many decimals
_LINE_KEYS = ("item", "product_id", "category", "quantity", "unit_price_usd")
CATEGORY_SEPARATOR = " | "

ORDER_COLUMNS_V1 = (
    "order_no", "order_date", "status", "confirmed_date", "items_usd", "discount_usd", "shipping_usd",
    "refund_usd", "refund_date", "category", "store", "item", "product_id",
)  # fmt: skip
ORDER_COLUMNS = (*ORDER_COLUMNS_V1, "expected_date", "currency", "paid", "note", "lines", "as_paid")
ACTIVITY_COLUMNS_V1 = ("date", "kind", "points", "item_price_usd", "note")
ACTIVITY_COLUMNS = (*ACTIVITY_COLUMNS_V1, "product_id", "order_no")
PROMOTION_COLUMNS = ("name", "start", "end", "multiplier")


class CellError(ValueError):
    """A cell that cannot be read; ``str()`` says what it holds and what was expected."""


def parse_date(text: str) -> date:
    try:
        if _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise CellError(translate("Import", "{value} is not a date like 2026-02-20").format(value=repr(text)))


def parse_optional_date(text: str) -> date | None:
    return parse_date(text) if text else None


def parse_cents(text: str) -> int:
    """``12.34`` → 1234: plain digits, a point and at most two decimals, never negative."""
    match = _AMOUNT.fullmatch(text)
    if match is None:
        if text.startswith("-") and _AMOUNT.fullmatch(text[1:]):
            raise CellError(f"{text} is negative")
        if re.fullmatch(r"\d+\.\d{3,}", text, re.ASCII):
            raise CellError(
                translate("Import", "{value} is not an amount like 12.34 (two decimals at most)").format(
                    value=repr(text)
                )
            )
        if re.fullmatch(r"\d{13,}(?:\.\d*)?", text, re.ASCII):
            raise CellError(translate("Import", "{text} is too large").format(text=text))
        raise CellError(translate("Import", "{value} is not an amount like 12.34").format(value=repr(text)))
    cents = int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    if cents > MAX_CENTS:
        raise CellError(translate("Import", "{text} is too large").format(text=text))
    return cents


def parse_optional_cents(text: str) -> int:
    return parse_cents(text) if text else 0


def parse_points(text: str) -> int:
    if not _WHOLE.fullmatch(text):
        raise CellError(translate("Import", "{value} is not a whole number of points").format(value=repr(text)))
    return int(text)


def parse_multiplier(text: str) -> Decimal:
    if not _MULTIPLIER.fullmatch(text):
        raise CellError(translate("Import", "{value} is not a number like 2 or 1.5").format(value=repr(text)))
    value = Decimal(text)
    if value <= 0 or value > 100:
        raise CellError(translate("Import", "{text} is not a multiplier between 0 and 100").format(text=text))
    return value


def money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def multiplier_text(multiplier: Decimal) -> str:
    """``2``, ``1.5``: plain digits, never ``1E+1``."""
    return format(multiplier.normalize(), "f")


# --- text ----------------------------------------------------------------------------------------


def unprotect(text: str) -> str:
    """Undo :func:`protect`: ``'=1+2`` → ``=1+2``, ``''=1`` → ``'=1``."""
    if not text.startswith("'"):  # most cells: nothing to undo
        return text
    unquoted = text.lstrip("'")
    if len(unquoted) < len(text) and unquoted.startswith(_FORMULA_STARTS):
        return text[1:]
    return text


def protect(text: str) -> str:
    """Keep spreadsheets from running a text cell as a formula (a leading ``'``).

    Text that already starts with quotes before a formula character (``'=1``) gets one more, so
    that :func:`unprotect` gives every text back exactly.
    """
    return "'" + text if text.lstrip("'").startswith(_FORMULA_STARTS) else text


def join_categories(categories: Sequence[str]) -> str:
    """``["Toys", "A|B"]`` → ``Toys | A\\|B``."""
    return CATEGORY_SEPARATOR.join(protect(c.replace("\\", "\\\\").replace("|", "\\|")) for c in categories)


def split_categories(cell: str) -> list[str]:
    """The categories of a ``category`` cell: split at each ``|`` not escaped with ``\\``, each
    stripped, blank ones left out. A ``\\`` before anything but ``|`` or ``\\`` is kept as it is
    (files written before escaping existed)."""
    if "\\" not in cell:  # nothing escaped (most cells): a plain split, some 5x faster
        return [unprotect(part.strip()) for part in cell.split("|") if part.strip()]
    return _split_escaped(cell)


def _split_escaped(cell: str) -> list[str]:
    found: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(cell):
        char = cell[index]
        if char == "\\" and index + 1 < len(cell) and cell[index + 1] in "|\\":
            current.append(cell[index + 1])
            index += 2
            continue
        if char == "|":
            found.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    found.append("".join(current))
    return [unprotect(part.strip()) for part in found if part.strip()]


# --- an order's items ----------------------------------------------------------------------------


def simple_lines(
    items_cents: int, categories: Sequence[str], title: str = "", product_id: str = ""
) -> tuple[LineDraft, ...]:
    """Order lines for an order known only by its total and categories.

    The first line carries the amount; each further category rides on a zero-price line, so
    the order still counts for the multi-category bonus (S3).
    """
    first = LineDraft(title, product_id, categories[0] if categories else "", 1, items_cents)
    return (first, *(LineDraft(category=c, quantity=1, unit_price_cents=0) for c in categories[1:]))


def lines_json(lines: Sequence[LineDraft]) -> str:
    """An order's items as the ``lines`` cell: a JSON list, one object per item."""
    return json.dumps(
        [
            {
                "item": line.title,
                "product_id": line.product_id,
                "category": line.category,
                "quantity": line.quantity,
                "unit_price_usd": money(line.unit_price_cents),
            }
            for line in lines
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _line(value: Any, number: int) -> LineDraft:
    where = translate("Import", "item {number}").format(number=number)
    if not isinstance(value, dict) or set(value) != set(_LINE_KEYS):
        raise CellError(
            translate("Import", "{where} is not an object with {keys}").format(where=where, keys=", ".join(_LINE_KEYS))
        )
    texts = [value[key] for key in ("item", "product_id", "category")]
    quantity, price = value["quantity"], value["unit_price_usd"]
    if not all(isinstance(text, str) for text in texts):
        raise CellError(translate("Import", "{where}: item, product_id and category are text").format(where=where))
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not isinstance(price, str):
        raise CellError(
            translate("Import", '{where}: quantity is a whole number and unit_price_usd an amount like "12.34"').format(
                where=where
            )
        )
    return LineDraft(texts[0], texts[1], texts[2], quantity, parse_cents(price))


def parse_lines(cell: str) -> tuple[LineDraft, ...]:
    """The ``lines`` cell back into items; strict about every key and type."""
    try:
        value = json.loads(cell, parse_float=lambda text: text, parse_constant=lambda text: text)
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, list) or not value:
        raise CellError(
            translate("Import", "is not a list of items as Points Tracker writes it (JSON, like [{example}])").format(
                example='{"item":"Lamp","product_id":"","category":"Home","quantity":1,"unit_price_usd":"12.34"}'
            )
        )
    return tuple(_line(item, number) for number, item in enumerate(value, start=1))


# --- an order's amounts as paid in another currency ----------------------------------------------

_AS_PAID_KEYS = ("line_prices", "discount", "shipping", "refund", "rate", "source", "rate_date", "after_data")


def as_paid_json(paid: Paid | None) -> str:
    """The ``as_paid`` cell: what an order in another currency cost in it, item by item, and the
    rate its US$ amounts came from (``rate`` null: none yet, so it is not counted)."""
    if paid is None:
        return ""
    rate = paid.rate
    return json.dumps(
        {
            "line_prices": [money(price) for price in paid.line_prices],
            "discount": money(paid.discount_cents),
            "shipping": money(paid.shipping_cents),
            "refund": money(paid.refund_cents),
            "rate": None if rate is None else format(rate.usd_per_unit, "f"),
            "source": None if rate is None else rate.source.value,
            "rate_date": None if rate is None or rate.day is None else rate.day.isoformat(),
            "after_data": bool(rate is not None and rate.after_data),
        },
        separators=(",", ":"),
    )


def parse_as_paid(cell: str) -> Paid:
    """The ``as_paid`` cell back into the amounts as paid; strict about every key and type."""
    try:
        value = json.loads(cell, parse_float=lambda text: text, parse_constant=lambda text: text)
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, dict) or set(value) != set(_AS_PAID_KEYS):
        raise CellError(
            translate("Import", "is not the amounts as paid as Points Tracker writes them (JSON with {keys})").format(
                keys=", ".join(_AS_PAID_KEYS)
            )
        )
    prices = value["line_prices"]
    amounts = [value[key] for key in ("discount", "shipping", "refund")]
    rate, source, day, after = (value[key] for key in ("rate", "source", "rate_date", "after_data"))
    if not isinstance(prices, list) or not all(isinstance(item, str) for item in (*prices, *amounts)):
        raise CellError(translate("Import", 'amounts as paid are written like "12.34"'))
    found: Rate | None = None
    if rate is not None:
        fits = isinstance(rate, str) and _RATE.fullmatch(rate) is not None and Decimal(rate) > 0
        if (
            not fits
            or source not in ("ecb", "yours")
            or not isinstance(after, bool)
            or not isinstance(day, (str, type(None)))
        ):
            raise CellError(
                translate("Import", "{value} is not a rate like 0.2512 from ecb or yours").format(value=repr(rate))
            )
        found = Rate(Decimal(rate), RateSource(source), None if day is None else parse_date(day), after)
    discount, shipping, refund = (parse_cents(amount) for amount in amounts)
    return Paid(tuple(parse_cents(price) for price in prices), discount, shipping, refund, found)
