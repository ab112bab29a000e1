"""The app's own CSV files inside the import engine: read strictly by :mod:`~tracker.importing.native`.

Nothing is guessed for them; this module only turns what :func:`~tracker.importing.native.read_native`
found into a :class:`~tracker.importing.prepared.Prepared` (with the rejected rows' cells), and
shows their first rows in the dialog's preview.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection

from tracker.i18n import translate
from tracker.importing.errors import CellProblem, ImportProblem, ParseError
from tracker.importing.native import NativeFormatError, read_native
from tracker.importing.options import ImportOptions
from tracker.importing.prepared import Prepared, PreparedOrder, RejectedRow
from tracker.importing.preview import PreviewCell, PreviewRow
from tracker.importing.sniff import Row
from tracker.importing.source import Source
from tracker.importing.values import plain_text

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
            from datetime import date

            try:
                return PreviewCell(date.fromisoformat(raw).isoformat())
            except ValueError:
                raise ParseError(
                    translate("Import", "“{raw}” is not a date like 2026-02-20.").format(raw=raw)
                ) from None
        if header.endswith("_usd"):
            from decimal import Decimal, InvalidOperation

            try:
                return PreviewCell(f"{Decimal(raw)} USD")
            except InvalidOperation:
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
    kept_rows = [number for number, cells in records if any(cell.strip() for cell in cells) and number not in problems]
    seen: set[str] = set()
    for number, draft in zip(kept_rows, parsed.orders, strict=False):
        order_no = (draft.order_no or "").strip()
        if order_no and order_no in seen:
            prepared.duplicate_lines.append(number)
            continue
        if order_no:
            seen.add(order_no)
        prepared.orders.append(PreparedOrder(draft, (number,), bool(order_no) and order_no in existing_order_nos))
    return prepared


def _records(data: bytes) -> list[tuple[int, list[str]]]:
    """The data rows numbered as the native reader numbers them (the header is row 1)."""
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    return list(enumerate(rows[1:], start=2))


def problem_text(problem: CellProblem) -> str:
    """A native problem as the command line has always printed it: ``row 3, column order_date: …``."""
    where = f"row {problem.row}" + (f", column {problem.column}" if problem.column else "")
    return f"{where}: {problem.message}"
