"""The app's own CSV formats (README.md, "CSV files"): strict to read, safe to open.

Three files, each told apart by its header row:

* orders — one row per order: ``order_no,order_date,status,confirmed_date,items_usd,
  discount_usd,shipping_usd,refund_usd,refund_date,category,store,item,product_id,
  expected_date,currency,paid,note,lines,as_paid``. Several categories share the ``category`` cell,
  separated by `` | `` (a ``|`` inside one is written ``\\|``), so a round trip keeps the
  multi-category bonus (S3). ``paid`` is the amount paid in ``currency`` (blank: not recorded).
  ``lines`` holds the order's items as JSON when ``items_usd``, ``category``, ``item`` and
  ``product_id`` cannot say them (several priced items); blank, the order is one item of
  ``items_usd`` plus a zero-price item for each further category. ``as_paid`` (JSON) holds an
  order in another currency's amounts as paid, item by item, and the rate its US$ amounts came
  from (none: it is not counted until one is given).
* activity — ``date,kind,points,item_price_usd,note,product_id,order_no`` with kind
  ``review|visit|post|follow|bonus|adjustment``; ``points`` only for bonus and adjustment;
  ``product_id`` and ``order_no`` (the reviewed order, which must be recorded) only for reviews.
* promotions — ``name,start,end,multiplier`` (S9), so an export holds every figure's inputs.

Files of the first version — orders without the last six columns, activity without the last
two — still import as they always did. Reading never guesses: UTF-8 (a BOM is allowed),
comma-separated, ISO dates, plain numbers (:mod:`tracker.importing.native_cells`). Every problem
names its row and column. Free text (notes, titles, names) is read exactly as written, except
for the ``'`` that writing puts before text a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tracker.i18n import translate
from tracker.importing.native_cells import (
    ACTIVITY_COLUMNS,
    ACTIVITY_COLUMNS_V1,
    CATEGORY_SEPARATOR,
    ORDER_COLUMNS,
    ORDER_COLUMNS_V1,
    PROMOTION_COLUMNS,
    CellError,
    join_categories,
    money,
    parse_as_paid,
    parse_cents,
    parse_date,
    parse_lines,
    parse_multiplier,
    parse_optional_cents,
    parse_optional_date,
    parse_points,
    protect,
    simple_lines,
    split_categories,
    unprotect,
)
from tracker.importing.native_write import write_activity, write_orders, write_promotions
from tracker.rules.records import EntryKind, OrderStatus
from tracker.store.drafts import (
    MAX_NOTE_CHARS,
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

__all__ = [
    "ACTIVITY_COLUMNS",
    "ACTIVITY_COLUMNS_V1",
    "ACTIVITY_KINDS",
    "CATEGORY_SEPARATOR",
    "ORDER_COLUMNS",
    "ORDER_COLUMNS_V1",
    "PROMOTION_COLUMNS",
    "NativeFile",
    "NativeFormatError",
    "RowProblem",
    "detect_kind",
    "long_cells",
    "money",
    "protect",
    "read_native",
    "simple_lines",
    "unprotect",
    "write_activity",
    "write_orders",
    "write_promotions",
]

ACTIVITY_KINDS = ("review", "visit", "post", "follow", "bonus", "adjustment")
# Free text, read exactly as written (first-version files stripped every cell, and still do).
_TEXT_COLUMNS = frozenset({"order_no", "store", "item", "product_id", "note", "name", "lines"})
# A note may be long (the store allows MAX_NOTE_CHARS); csv's own limit is 131,072 characters.
FIELD_SIZE_LIMIT = 4 * MAX_NOTE_CHARS


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
    """What a native CSV holds, ready for the store; ``order_rows`` and ``review_rows`` are the
    rows each order and review came from."""

    kind: str  # "orders", "activity" or "promotions"
    orders: list[OrderDraft] = field(default_factory=list)
    reviews: list[ReviewDraft] = field(default_factory=list)
    visits: list[VisitDraft] = field(default_factory=list)
    posts: list[PostDraft] = field(default_factory=list)
    follows: list[FollowDraft] = field(default_factory=list)
    entries: list[EntryDraft] = field(default_factory=list)
    promotions: list[PromotionDraft] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    order_rows: list[int] = field(default_factory=list)
    review_rows: list[int] = field(default_factory=list)
    version: int = 2

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


# --- reading -------------------------------------------------------------------------------------

_KINDS = {
    ORDER_COLUMNS: ("orders", 2),
    ORDER_COLUMNS_V1: ("orders", 1),
    ACTIVITY_COLUMNS: ("activity", 2),
    ACTIVITY_COLUMNS_V1: ("activity", 1),
    PROMOTION_COLUMNS: ("promotions", 2),
}


def _header_key(header: Sequence[str]) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in header)


def detect_kind(header: Sequence[str]) -> str | None:
    """``orders``, ``activity`` or ``promotions`` if ``header`` is a native header, else None."""
    found = _KINDS.get(_header_key(header))
    return None if found is None else found[0]


def csv_rows(text: str) -> list[list[str]]:
    """Every row of a native file's text (strict quoting; long cells allowed).

    Raises:
        NativeFormatError: the text is not CSV as Points Tracker writes it (the row says where).
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    with long_cells():
        try:
            return list(reader)
        except csv.Error as error:
            raise NativeFormatError(
                translate("Import", "row {line_num}: {error}").format(line_num=reader.line_num, error=error)
            ) from None


@contextmanager
def long_cells() -> Iterator[None]:
    """Let the csv module read cells as long as a native file may hold (a note of up to
    :data:`~tracker.store.drafts.MAX_NOTE_CHARS`); its limit is one for the whole program, so it
    is raised only while a native file is read, and put back after."""
    before = csv.field_size_limit(max(csv.field_size_limit(), FIELD_SIZE_LIMIT))
    try:
        yield
    finally:
        csv.field_size_limit(before)


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
    rows = csv_rows(text)
    if not rows:
        raise NativeFormatError(translate("Import", "the file is empty"))
    found = _KINDS.get(_header_key(rows[0]))
    if found is None:
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
    kind, version = found
    result = NativeFile(kind, version=version)
    columns = _header_key(rows[0])
    parse_row = {"orders": _order_row, "activity": _activity_row, "promotions": _promotion_row}[kind]
    kept_as_written = [version > 1 and column in _TEXT_COLUMNS for column in columns]
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
        cells = {
            column: cell if as_written else cell.strip()
            for column, as_written, cell in zip(columns, kept_as_written, row, strict=True)
        }
        parse_row(result, number, cells)
    return result


_T = TypeVar("_T")
_D = TypeVar("_D", bound=Draft)


def _cell(result: NativeFile, row: int, cells: dict[str, str], column: str, parse: Callable[[str], _T]) -> _T:
    try:
        return parse(cells[column])
    except CellError as error:
        result.problems.append(RowProblem(row, column, str(error)))
        raise


# Where a draft field's problem shows in the CSV: the store validates, the file names the column.
_COLUMN_OF_FIELD = {
    "lines": "items_usd",
    "lines[0].unit_price_cents": "items_usd",
    "lines[0].title": "item",
    "lines[0].product_id": "product_id",
    "discount_cents": "discount_usd",
    "shipping_cents": "shipping_usd",
    "refund_cents": "refund_usd",
    "item_price_cents": "item_price_usd",
    "paid_cents": "paid",
    "title": "note",
}


def _column_of(result: NativeFile, field_name: str) -> str:
    if field_name.startswith("lines[") and result.kind == "orders":
        if result.version > 1 and not field_name.startswith("lines[0]."):
            return "lines"
        if field_name.endswith(".category"):
            return "category"
    return _COLUMN_OF_FIELD.get(field_name, field_name)


def _keep(result: NativeFile, row: int, into: list[_D], draft: _D) -> bool:
    """Keep ``draft`` if the store would accept it, else record why against the row."""
    problems = validate(draft)
    if not problems:
        into.append(draft)
    for problem in problems:
        result.problems.append(RowProblem(row, _column_of(result, problem.field), problem.message))
    return not problems


def _required(text: str) -> str:
    if not text:
        raise CellError("is empty")
    return text


def _order_lines(result: NativeFile, row: int, cells: dict[str, str]) -> tuple[LineDraft, ...]:
    categories = split_categories(cells["category"])
    items = _cell(result, row, cells, "items_usd", parse_cents)
    title, product_id = unprotect(cells["item"]), unprotect(cells["product_id"])
    if not cells.get("lines", "").strip():
        return simple_lines(items, categories, title, product_id)
    lines = _cell(result, row, cells, "lines", parse_lines)
    said = {
        "items_usd": (money(sum(line.total_cents for line in lines)), money(items)),
        "category": (
            split_categories(join_categories(list(dict.fromkeys(line.category for line in lines if line.category)))),
            categories,
        ),
        "item": (lines[0].title, title),
        "product_id": (lines[0].product_id, product_id),
    }
    for column, (in_lines, in_cell) in said.items():
        if in_lines != in_cell:
            result.problems.append(
                RowProblem(
                    row,
                    column,
                    translate(
                        "Import",
                        "does not match the lines cell ({value}): change both, or clear the lines cell to import the "
                        "order as one item",
                    ).format(value=CATEGORY_SEPARATOR.join(in_lines) if isinstance(in_lines, list) else in_lines),
                )
            )
            raise CellError(column)
    return lines


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
        lines = _order_lines(result, row, cells)
        # Each cell read in the columns' order: the first that cannot be read is the one reported.
        order_date = _cell(result, row, cells, "order_date", parse_date)
        discount = _cell(result, row, cells, "discount_usd", parse_optional_cents)
        shipping = _cell(result, row, cells, "shipping_usd", parse_optional_cents)
        confirmed = _cell(result, row, cells, "confirmed_date", parse_optional_date)
        expected = _cell(result, row, cells, "expected_date", parse_optional_date) if result.version > 1 else None
        refund = _cell(result, row, cells, "refund_usd", parse_optional_cents)
        refund_date = _cell(result, row, cells, "refund_date", parse_optional_date)
        paid = _cell(result, row, cells, "paid", parse_cents) if cells.get("paid", "") else None
        as_paid = _cell(result, row, cells, "as_paid", parse_as_paid) if cells.get("as_paid", "").strip() else None
        draft = OrderDraft(
            order_no=unprotect(cells["order_no"]).strip() or None,
            order_date=order_date,
            status=status,
            lines=lines,
            discount_cents=discount,
            shipping_cents=shipping,
            confirmed_date=confirmed,
            expected_date=expected,
            refund_cents=refund,
            refund_date=refund_date,
            store=unprotect(cells["store"]),
            currency=cells.get("currency") or "USD",
            paid_cents=paid,
            note=unprotect(cells.get("note", "")),
            paid=as_paid,
            # US$ amounts converted at a rate are an estimate, as when they were converted.
            usd_estimated=as_paid is not None and as_paid.rate is not None,
        )
        if _keep(result, row, result.orders, draft):
            result.order_rows.append(row)
    except CellError:
        return


def _only_for_reviews(result: NativeFile, row: int, cells: dict[str, str], kind: str) -> bool:
    for column in ("product_id", "order_no"):
        if cells.get(column):
            result.problems.append(
                RowProblem(row, column, translate("Import", "only review rows have one, not {kind}").format(kind=kind))
            )
            return False
    return True


def _activity_row(result: NativeFile, row: int, cells: dict[str, str]) -> None:
    try:
        day = _cell(result, row, cells, "date", parse_date)
        kind = cells["kind"].lower()
        note = unprotect(cells["note"])
        if kind not in ACTIVITY_KINDS:
            result.problems.append(
                RowProblem(
                    row, translate("Import", "kind"), f"{cells['kind']!r} is not one of {', '.join(ACTIVITY_KINDS)}"
                )
            )
            return
        if kind != "review" and not _only_for_reviews(result, row, cells, kind):
            return
        if kind in ("bonus", "adjustment"):
            points = _cell(result, row, cells, "points", parse_points)
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
            price = _cell(result, row, cells, "item_price_usd", parse_cents) if cells["item_price_usd"] else None
            linked = unprotect(cells.get("order_no", "")).strip() or None
            review = ReviewDraft(day, price, unprotect(cells.get("product_id", "")), note, order_no=linked)
            if _keep(result, row, result.reviews, review):
                result.review_rows.append(row)
        elif kind == "visit":
            _keep(result, row, result.visits, VisitDraft(day))
        elif kind == "post":
            _keep(result, row, result.posts, PostDraft(day, note))
        else:
            _keep(result, row, result.follows, FollowDraft(day, note))
    except CellError:
        return


def _promotion_row(result: NativeFile, row: int, cells: dict[str, str]) -> None:
    try:
        _keep(
            result,
            row,
            result.promotions,
            PromotionDraft(
                name=unprotect(cells["name"]),
                start=_cell(result, row, cells, "start", parse_date),
                end=_cell(result, row, cells, "end", parse_date),
                multiplier=_cell(result, row, cells, "multiplier", parse_multiplier),
            ),
        )
    except CellError:
        return
