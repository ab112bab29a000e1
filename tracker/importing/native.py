"""The app's own CSV formats (DESIGN.md "Native CSV formats"): strict to read, safe to open.

Three files, each told apart by its header row:

* orders — one row per order: ``order_no,order_date,status,confirmed_date,items_usd,
  discount_usd,shipping_usd,refund_usd,refund_date,category,store,item,product_id``. Several
  categories share the ``category`` cell, separated by `` | ``, so a round trip keeps the
  multi-category bonus (S3).
* activity — ``date,kind,points,item_price_usd,note`` with kind
  ``review|visit|post|follow|bonus|adjustment``; ``points`` only for bonus and adjustment.
* promotions — ``name,start,end,multiplier`` (S9), so an export holds every figure's inputs.

Reading never guesses: UTF-8 (a BOM is allowed), comma-separated, ISO dates, plain decimals
such as ``12.34``. Every problem names its row and column. Writing prefixes text cells that a
spreadsheet would run as a formula with ``'``; reading takes that prefix off again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from tracker.i18n import translate
from tracker.rules.records import EntryKind, OrderStatus
from tracker.store.drafts import (
    Draft,
    EntryDraft,
    FollowDraft,
    LineDraft,
    OrderDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
    VisitDraft,
    validate,
)

ORDER_COLUMNS = (
    "order_no",
    "order_date",
    "status",
    "confirmed_date",
    "items_usd",
    "discount_usd",
    "shipping_usd",
    "refund_usd",
    "refund_date",
    "category",
    "store",
    "item",
    "product_id",
)
ACTIVITY_COLUMNS = ("date", "kind", "points", "item_price_usd", "note")
PROMOTION_COLUMNS = ("name", "start", "end", "multiplier")
CATEGORY_SEPARATOR = " | "
ACTIVITY_KINDS = ("review", "visit", "post", "follow", "bonus", "adjustment")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
_MAX_CENTS = 100_000_000_000  # a billion dollars: past that, a cell is a typo


class NativeFormatError(ValueError):
    """A native CSV that cannot be read; ``str()`` is one line saying what and where."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # the line number a spreadsheet shows, header = 1
    column: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class NativeFile:
    """What a native CSV holds, ready for the store."""

    kind: str  # "orders", "activity" or "promotions"
    orders: list[OrderDraft] = field(default_factory=list)
    reviews: list[ReviewDraft] = field(default_factory=list)
    visits: list[VisitDraft] = field(default_factory=list)
    posts: list[PostDraft] = field(default_factory=list)
    follows: list[FollowDraft] = field(default_factory=list)
    entries: list[EntryDraft] = field(default_factory=list)
    promotions: list[PromotionDraft] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        kinds: tuple[list[Any], ...] = (
            self.orders,
            self.reviews,
            self.visits,
            self.posts,
            self.follows,
            self.entries,
            self.promotions,
        )
        return sum(len(kind) for kind in kinds)


# --- cells ---------------------------------------------------------------------------------------


class _CellError(ValueError):
    pass


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _CellError(
            translate("Import", "{value} is not a date like 2026-02-20").format(value=repr(text))
        ) from None


def _optional_date(text: str) -> date | None:
    return _date(text) if text else None


def _cents(text: str) -> int:
    whole, dot, fraction = text.partition(".")
    plain = whole.isdigit() and whole.isascii() and (not dot or (fraction.isdigit() and fraction.isascii()))
    if plain and len(fraction) <= 2 and len(whole) <= 9:  # the common "12.34": no Decimal needed
        return int(whole) * 100 + int(fraction.ljust(2, "0"))
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise _CellError(translate("Import", "{value} is not an amount like 12.34").format(value=repr(text))) from None
    try:
        exact = amount.is_finite() and amount == amount.quantize(Decimal("0.01"))
    except InvalidOperation:  # more digits than cents can hold: far past any real amount
        raise _CellError(translate("Import", "{text} is too large").format(text=text)) from None
    if not exact:
        raise _CellError(
            translate("Import", "{value} is not an amount like 12.34 (two decimals at most)").format(value=repr(text))
        )
    cents = int(amount * 100)
    if cents < 0:
        raise _CellError(f"{text} is negative")
    if cents >= _MAX_CENTS:
        raise _CellError(translate("Import", "{text} is too large").format(text=text))
    return cents


def _optional_cents(text: str) -> int:
    return _cents(text) if text else 0


def _points(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise _CellError(
            translate("Import", "{value} is not a whole number of points").format(value=repr(text))
        ) from None


def _multiplier(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise _CellError(
            translate("Import", "{value} is not a number like 2 or 1.5").format(value=repr(text))
        ) from None
    if not value.is_finite() or value <= 0 or value > 100:
        raise _CellError(translate("Import", "{text} is not a multiplier between 0 and 100").format(text=text))
    return value


def unprotect(text: str) -> str:
    """Undo :func:`protect`: ``'=1+2`` → ``=1+2``, ``''=1`` → ``'=1``."""
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


def _money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def simple_lines(
    items_cents: int, categories: Sequence[str], title: str = "", product_id: str = ""
) -> tuple[LineDraft, ...]:
    """Order lines for an order known only by its total and categories.

    The first line carries the amount; each further category rides on a zero-price line, so
    the order still counts for the multi-category bonus (S3).
    """
    first = LineDraft(title, product_id, categories[0] if categories else "", 1, items_cents)
    return (first, *(LineDraft(category=c, quantity=1, unit_price_cents=0) for c in categories[1:]))


# --- reading -------------------------------------------------------------------------------------

_KINDS = {ORDER_COLUMNS: "orders", ACTIVITY_COLUMNS: "activity", PROMOTION_COLUMNS: "promotions"}


def detect_kind(header: Sequence[str]) -> str | None:
    """``orders``, ``activity`` or ``promotions`` if ``header`` is a native header, else None."""
    return _KINDS.get(tuple(cell.strip() for cell in header))


def read_native(data: bytes) -> NativeFile:
    """Parse a native CSV. Raises :class:`NativeFormatError` if the file as a whole is not one;
    rows that fail are listed in ``problems`` (nothing from them is kept)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise NativeFormatError(
            translate("Import", "not UTF-8 text (byte {value})").format(value=error.start + 1)
        ) from None
    if "\0" in text:
        line = text[: text.index("\0")].count("\n") + 1
        raise NativeFormatError(translate("Import", "row {line}: contains a NUL byte").format(line=line))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        rows = list(reader)
    except csv.Error as error:
        raise NativeFormatError(
            translate("Import", "row {line_num}: {error}").format(line_num=reader.line_num, error=error)
        ) from None
    if not rows:
        raise NativeFormatError(translate("Import", "the file is empty"))
    kind = detect_kind(rows[0])
    if kind is None:
        raise NativeFormatError(
            translate(
                "Import",
                "row 1: not a Points Tracker header (expected {order_columns} or {activity_columns} or "
                "{promotion_columns})",
            ).format(
                order_columns=",".join(ORDER_COLUMNS),
                activity_columns=",".join(ACTIVITY_COLUMNS),
                promotion_columns=",".join(PROMOTION_COLUMNS),
            )
        )
    result = NativeFile(kind)
    columns = {"orders": ORDER_COLUMNS, "activity": ACTIVITY_COLUMNS, "promotions": PROMOTION_COLUMNS}[kind]
    parse_row = {"orders": _order_row, "activity": _activity_row, "promotions": _promotion_row}[kind]
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            result.problems.append(
                RowProblem(
                    number,
                    "",
                    translate("Import", "has {count} cells, the header has {width}").format(
                        count=len(row), width=len(columns)
                    ),
                )
            )
            continue
        cells = dict(zip(columns, (cell.strip() for cell in row), strict=True))
        parse_row(result, number, cells)
    return result


_T = TypeVar("_T")
_D = TypeVar("_D", bound=Draft)


def _cell(result: NativeFile, row: int, cells: dict[str, str], column: str, parse: Callable[[str], _T]) -> _T:
    try:
        return parse(cells[column])
    except _CellError as error:
        result.problems.append(RowProblem(row, column, str(error)))
        raise


# Where a draft field's problem shows in the CSV: the store validates, the file names the column.
_COLUMN_OF_FIELD = {
    "lines": "items_usd",
    "lines[0].unit_price_cents": "items_usd",
    "discount_cents": "discount_usd",
    "shipping_cents": "shipping_usd",
    "refund_cents": "refund_usd",
    "item_price_cents": "item_price_usd",
}


def _keep(result: NativeFile, row: int, into: list[_D], draft: _D) -> None:
    """Keep ``draft`` if the store would accept it, else record why against the row."""
    problems = validate(draft)
    if not problems:
        into.append(draft)
    for problem in problems:
        result.problems.append(RowProblem(row, _COLUMN_OF_FIELD.get(problem.field, problem.field), problem.message))


def _required(text: str) -> str:
    if not text:
        raise _CellError("is empty")
    return text


def _order_row(result: NativeFile, row: int, cells: dict[str, str]) -> None:
    try:
        status_text = _cell(result, row, cells, "status", _required)
        try:
            status = OrderStatus(status_text.lower())
        except ValueError:
            result.problems.append(
                RowProblem(
                    row, translate("Import", "status"), f"{status_text!r} is not pending, confirmed or cancelled"
                )
            )
            return
        categories = [unprotect(c.strip()) for c in cells["category"].split("|") if c.strip()]
        items = _cell(result, row, cells, "items_usd", _cents)
        lines = simple_lines(items, categories, unprotect(cells["item"]), unprotect(cells["product_id"]))
        _keep(
            result,
            row,
            result.orders,
            OrderDraft(
                order_no=unprotect(cells["order_no"]) or None,
                order_date=_cell(result, row, cells, "order_date", _date),
                status=status,
                lines=lines,
                discount_cents=_cell(result, row, cells, "discount_usd", _optional_cents),
                shipping_cents=_cell(result, row, cells, "shipping_usd", _optional_cents),
                confirmed_date=_cell(result, row, cells, "confirmed_date", _optional_date),
                refund_cents=_cell(result, row, cells, "refund_usd", _optional_cents),
                refund_date=_cell(result, row, cells, "refund_date", _optional_date),
                store=unprotect(cells["store"]),
            ),
        )
    except _CellError:
        return


def _activity_row(result: NativeFile, row: int, cells: dict[str, str]) -> None:
    try:
        day = _cell(result, row, cells, "date", _date)
        kind = cells["kind"].lower()
        note = unprotect(cells["note"])
        if kind not in ACTIVITY_KINDS:
            result.problems.append(
                RowProblem(
                    row, translate("Import", "kind"), f"{cells['kind']!r} is not one of {', '.join(ACTIVITY_KINDS)}"
                )
            )
            return
        if kind in ("bonus", "adjustment"):
            points = _cell(result, row, cells, "points", _points)
            if kind == "bonus" and points < 0:
                result.problems.append(RowProblem(row, "points", "a bonus cannot be negative (use an adjustment)"))
                return
            _keep(result, row, result.entries, EntryDraft(day, points, EntryKind(kind), note))
            return
        if cells["points"]:
            result.problems.append(
                RowProblem(
                    row, translate("Import", "points"), f"only bonus and adjustment rows have points, not {kind}"
                )
            )
            return
        if kind == "review":
            price = _cell(result, row, cells, "item_price_usd", _cents) if cells["item_price_usd"] else None
            _keep(result, row, result.reviews, ReviewDraft(day, price, title=note))
        elif kind == "visit":
            _keep(result, row, result.visits, VisitDraft(day))
        elif kind == "post":
            _keep(result, row, result.posts, PostDraft(day, note))
        else:
            _keep(result, row, result.follows, FollowDraft(day, note))
    except _CellError:
        return


def _promotion_row(result: NativeFile, row: int, cells: dict[str, str]) -> None:
    try:
        _keep(
            result,
            row,
            result.promotions,
            PromotionDraft(
                name=unprotect(cells["name"]),
                start=_cell(result, row, cells, "start", _date),
                end=_cell(result, row, cells, "end", _date),
                multiplier=_cell(result, row, cells, "multiplier", _multiplier),
            ),
        )
    except _CellError:
        return


# --- writing -------------------------------------------------------------------------------------


def _write(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """UTF-8 with a BOM (so Excel reads it), CRLF as csv writes by default."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def write_orders(orders: Iterable[OrderDraft]) -> bytes:
    def row(order: OrderDraft) -> list[str]:
        categories = list(dict.fromkeys(line.category for line in order.lines if line.category))
        first = order.lines[0] if order.lines else LineDraft()
        return [
            protect(order.order_no or ""),
            order.order_date.isoformat(),
            order.status.value,
            _iso(order.confirmed_date),
            _money(order.items_cents),
            _money(order.discount_cents),
            _money(order.shipping_cents),
            _money(order.refund_cents),
            _iso(order.refund_date),
            CATEGORY_SEPARATOR.join(protect(c) for c in categories),
            protect(order.store),
            protect(first.title),
            protect(first.product_id),
        ]

    return _write(ORDER_COLUMNS, map(row, orders))


def write_activity(
    reviews: Iterable[ReviewDraft] = (),
    visits: Iterable[VisitDraft] = (),
    posts: Iterable[PostDraft] = (),
    follows: Iterable[FollowDraft] = (),
    entries: Iterable[EntryDraft] = (),
) -> bytes:
    rows: list[tuple[date, list[str]]] = []
    for review in reviews:
        price = _money(review.item_price_cents) if review.item_price_cents is not None else ""
        rows.append((review.date, [review.date.isoformat(), "review", "", price, protect(review.title)]))
    rows += [(v.date, [v.date.isoformat(), "visit", "", "", ""]) for v in visits]
    rows += [(p.date, [p.date.isoformat(), "post", "", "", protect(p.note)]) for p in posts]
    rows += [(f.date, [f.date.isoformat(), "follow", "", "", protect(f.store)]) for f in follows]
    rows += [(e.date, [e.date.isoformat(), e.kind.value, str(e.points), "", protect(e.note)]) for e in entries]
    rows.sort(key=lambda pair: pair[0])
    return _write(ACTIVITY_COLUMNS, (cells for _, cells in rows))


def write_promotions(promotions: Iterable[PromotionDraft]) -> bytes:
    return _write(
        PROMOTION_COLUMNS,
        ([protect(p.name), p.start.isoformat(), p.end.isoformat(), str(p.multiplier)] for p in promotions),
    )
