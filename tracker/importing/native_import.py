"""The app's own CSV files inside the import engine: read strictly by :mod:`~tracker.importing.native`.

Nothing is guessed for them; this module only turns what :func:`~tracker.importing.native.read_native`
found into a :class:`~tracker.importing.prepared.Prepared` (with the rejected rows' cells), and
shows their first rows in the dialog's preview.
"""

from __future__ import annotations

from collections.abc import Collection

from tracker.i18n import translate
from tracker.importing.csv_reader import Row
from tracker.importing.errors import CellProblem, ImportProblem, ParseError
from tracker.importing.native import NativeFile, NativeFormatError, RowProblem, csv_rows, read_native
from tracker.importing.native_cells import CellError, money, parse_cents, parse_date
from tracker.importing.options import ImportOptions
from tracker.importing.prepared import Prepared, PreparedOrder, RejectedRow
from tracker.importing.preview import PreviewCell, PreviewRow
from tracker.importing.source import Source
from tracker.importing.values import plain_text
from tracker.store.drafts import ReviewDraft

# Native column → the field it is, for showing the file in the dialog's column step.
NATIVE_FIELDS = {
    "order_no": "order_no",
    "order_date": "order_date",
    "status": "status",
    "confirmed_date": "confirmed_date",
    "items_usd": "order_total",
    "discount_usd": "discount",
    "shipping_usd": "shipping",
    "refund_usd": "refund",
    "refund_date": "refund_date",
    "category": "category",
    "store": "store",
    "item": "item_title",
    "product_id": "product_id",
    "date": "date",
    "kind": "kind",
    "points": "points",
    "item_price_usd": "item_price",
    "note": "note",
    "currency": "currency",
}


def display_mapping(headers: list[str]) -> dict[int, str | None]:
    return {column: NATIVE_FIELDS.get(header) for column, header in enumerate(headers)}


def preview(source: Source, rows: list[Row]) -> list[PreviewRow]:
    """Native rows as written; dates and amounts shown as the strict reader takes them."""
    shown: list[PreviewRow] = []
    for row in rows:
        preview_row = PreviewRow(row.line, list(row.cells))
        for column, header in enumerate(source.headers):
            raw = row.cells[column].strip() if column < len(row.cells) else ""
            preview_row.parsed[column] = _cell(header, raw)
        shown.append(preview_row)
    return shown


def _cell(header: str, raw: str) -> PreviewCell:
    if not raw:
        return PreviewCell("")
    try:
        if header.endswith("date") or header in ("date", "start", "end"):
            try:
                return PreviewCell(parse_date(raw).isoformat())
            except CellError:
                raise ParseError(
                    translate("Import", "“{raw}” is not a date like 2026-02-20.").format(raw=raw)
                ) from None
        if header.endswith("_usd") or header == "paid":
            try:
                return PreviewCell(f"{money(parse_cents(raw))} USD" if header != "paid" else money(parse_cents(raw)))
            except CellError:
                raise ParseError(translate("Import", "“{raw}” is not an amount like 12.34.").format(raw=raw)) from None
    except ParseError as error:
        return PreviewCell("?", error.message)
    return PreviewCell(plain_text(raw))


def prepare_native(
    data: bytes,
    source: Source,
    options: ImportOptions,
    existing_order_nos: Collection[str],
    file_name: str,
    digest: str,
) -> Prepared:
    try:
        parsed = read_native(data)
    except NativeFormatError as error:
        raise ImportProblem(str(error)) from None
    _check_review_links(parsed, existing_order_nos)
    records = _records(data)
    prepared = Prepared(
        file_name=file_name,
        file_hash=digest,
        kind=parsed.kind,
        options=options.but(preset=options.preset or "native"),
        headers=source.headers,
        mapping={header: header for header in source.headers},
        native=True,
        row_count=sum(1 for _, cells in records if any(cell.strip() for cell in cells)),
        reviews=parsed.reviews,
        visits=parsed.visits,
        posts=parsed.posts,
        follows=parsed.follows,
        entries=parsed.entries,
        promotions=parsed.promotions,
        source=source,
    )
    problems: dict[int, list[CellProblem]] = {}
    for problem in parsed.problems:
        problems.setdefault(problem.row, []).append(CellProblem(problem.row, problem.column, problem.message))
    cells_of = dict(records)
    prepared.rejected = [
        RejectedRow(row, tuple(found), tuple(cells_of.get(row, ()))) for row, found in sorted(problems.items())
    ]
    seen: set[str] = set()
    for number, draft in zip(parsed.order_rows, parsed.orders, strict=True):
        order_no = (draft.order_no or "").strip()
        if order_no and order_no in seen:
            prepared.duplicate_lines.append(number)
            continue
        if order_no:
            seen.add(order_no)
        # read_native kept only drafts the store's validation accepted: checked, not again at the write.
        prepared.orders.append(
            PreparedOrder(draft, (number,), bool(order_no) and order_no in existing_order_nos, checked=draft)
        )
    return prepared


def _check_review_links(parsed: NativeFile, existing_order_nos: Collection[str]) -> None:
    """A review names the order it is of by number; that order must be recorded already."""
    kept: list[ReviewDraft] = []
    rows: list[int] = []
    for row, review in zip(parsed.review_rows, parsed.reviews, strict=True):
        number = (review.order_no or "").strip()
        if number and number not in existing_order_nos:
            parsed.problems.append(
                RowProblem(
                    row,
                    "order_no",
                    translate("Import", "no order {order_no} is recorded: import the orders file first").format(
                        order_no=number
                    ),
                )
            )
            continue
        kept.append(review)
        rows.append(row)
    parsed.reviews, parsed.review_rows = kept, rows


def _records(data: bytes) -> list[tuple[int, list[str]]]:
    """The data rows numbered as the native reader numbers them (the header is row 1)."""
    rows = csv_rows(data.decode("utf-8-sig"))
    return list(enumerate(rows[1:], start=2))


def problem_text(problem: CellProblem) -> str:
    """A native problem as the command line has always printed it: ``row 3, column order_date: …``."""
    where = f"row {problem.row}" + (f", column {problem.column}" if problem.column else "")
    return f"{where}: {problem.message}"
