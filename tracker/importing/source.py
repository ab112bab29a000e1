"""A file as rows of text cells, read as a stream: CSV in any encoding, an Excel workbook, or a
JSON list of records (:mod:`tracker.importing.json_rows`).

:func:`open_source` settles how to read the file — encoding, separator, sheet, header row —
taking each from the options when the shopper chose it and guessing it otherwise (the encoding
with :mod:`tracker.importing.encoding`, the rest with :mod:`tracker.importing.sniff`).
:meth:`Source.records` then yields the data rows one at a time with the file line each starts
on, so a 100,000-row file is never held as one big list of cells: the importer keeps only the
columns it maps.

A CSV file is read as text lines (:func:`tracker.importing.encoding.text_lines`, decoded a piece
at a time, so a byte that does not fit the encoding is reported with its line) by the one CSV
reader, :func:`tracker.importing.csv_reader.read_records`. Workbooks are checked before they are opened (a zip
bomb is refused), then opened once and read with openpyxl in read-only mode
(:mod:`tracker.importing.workbook`); a row's number is the spreadsheet's row number.
"""

from __future__ import annotations

import csv
import itertools
import math
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

from tracker.i18n import translate
from tracker.importing import json_rows, sniff
from tracker.importing.csv_reader import Dialect, Row, read_records
from tracker.importing.encoding import detect_encoding, head_text, text_lines
from tracker.importing.errors import ImportProblem
from tracker.importing.native import detect_kind, long_cells
from tracker.importing.options import ImportOptions
from tracker.importing.workbook import Workbook

CSV, XLSX, JSON = "csv", "xlsx", json_rows.JSON
DATA_DOWNLOAD_SHEET = "Order Information"
_HEADER_SEARCH = 50
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"


@dataclass(eq=False)
class Source:
    """How the file is read, and its header; :meth:`records` streams the data rows."""

    data: bytes
    file_name: str
    kind: str  # CSV, XLSX or JSON
    encoding: str = ""
    bom_length: int = 0
    dialect: Dialect | None = None
    sheet: str = ""
    sheet_names: list[str] = field(default_factory=list)
    skip_lines: int = 0
    skip_trailing: int = 0
    header_line: int | None = None  # file line of the header; None: the file has none
    headers: list[str] = field(default_factory=list)
    raw_header: list[str] = field(default_factory=list)
    native_kind: str | None = None  # "orders" / "activity" / "promotions" for the app's own files
    json_rows: list[list[str]] = field(default_factory=list, repr=False)  # a JSON file's records
    workbook: Workbook | None = field(default=None, repr=False)  # XLSX: checked and opened once

    @property
    def had_bom(self) -> bool:
        return self.bom_length > 0

    @property
    def row_estimate(self) -> int:
        """About how many data rows there are (lines, less the header), without reading them all."""
        if self.kind == JSON:
            return max(0, len(self.json_rows) - self.skip_trailing)
        if self.workbook is not None:
            lines = self.workbook.max_row(self.sheet)
        else:
            newline = b"\n" if b"\n" in self.data else b"\r"
            lines = self.data.count(newline) + (0 if self.data.endswith(newline) else 1)
        return max(0, lines - (self.header_line or 0) - self.skip_trailing)

    def all_records(self) -> Iterator[Row]:
        """Every non-blank record after the skipped lines, the header included."""
        for line, cells in self._raw_records():
            yield Row(line, cells)

    def _raw_records(self) -> Iterator[tuple[int, list[str]]]:
        if self.kind == JSON:
            return ((number, list(cells)) for number, cells in enumerate(self.json_rows, start=1))
        if self.workbook is not None:
            return _xlsx_records(self.workbook, self.sheet, self.skip_lines)
        assert self.dialect is not None
        records = read_records(text_lines(self.data, self.encoding, self.bom_length), self.dialect, self.skip_lines)
        return records if self.native_kind is None else _with_long_cells(records)

    def raw_records(self) -> Iterator[tuple[int, list[str]]]:
        """The data rows (after the header) as ``(line, cells)``, less ``skip_trailing`` at the end."""
        rows = self._raw_records()
        if self.header_line is not None:
            header_line = self.header_line
            rows = itertools.dropwhile(lambda row: row[0] <= header_line, rows)
        if not self.skip_trailing:
            return rows
        return _holding_back(rows, self.skip_trailing)

    def records(self) -> Iterator[Row]:
        """The data rows (after the header), less ``skip_trailing`` rows at the end."""
        for line, cells in self.raw_records():
            yield Row(line, cells)

    def sample(self, limit: int) -> list[Row]:
        return list(itertools.islice(self.records(), limit))


def _with_long_cells(rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    """The app's own files may hold long notes (see :func:`tracker.importing.native.long_cells`)."""
    with long_cells():
        yield from rows


def _holding_back(rows: Iterator[tuple[int, list[str]]], count: int) -> Iterator[tuple[int, list[str]]]:
    held: deque[tuple[int, list[str]]] = deque()
    for row in rows:
        held.append(row)
        if len(held) > count:
            yield held.popleft()


def open_source(data: bytes, file_name: str, options: ImportOptions) -> Source:
    """Works out how to read ``data``; every choice left ``None`` in ``options`` is guessed.

    Raises:
        ImportProblem: the file cannot be read that way (or at all); the message says why.
    """
    if options.skip_lines < 0 or options.skip_trailing < 0:
        raise ImportProblem(translate("Import", "The number of lines to skip cannot be negative."))
    if not data.strip():
        raise ImportProblem(translate("Import", "The file is empty."))
    if data.startswith(_OLE):
        raise ImportProblem(translate("Import", "This is an old Excel workbook (.xls): save it as .xlsx or CSV first."))
    if not data.startswith(_ZIP) and json_rows.looks_like_json(data, file_name):
        found = _open_json(data, file_name, options)
        if found is not None:
            return found
    opener = _open_workbook if data.startswith(_ZIP) else _open_csv
    source = opener(data, file_name, options)
    _find_header(source, options)
    return source


def _open_json(data: bytes, file_name: str, options: ImportOptions) -> Source | None:
    """A JSON file's records (see :mod:`tracker.importing.json_rows`); ``None`` when a file that
    only starts like JSON is not (it is then read as CSV)."""
    try:
        headers, rows = json_rows.read_records(data)
    except ImportProblem:
        if file_name.lower().endswith(".json"):
            raise
        return None
    source = Source(data, file_name, JSON, encoding="utf-8", headers=headers, raw_header=list(headers))
    source.json_rows = rows[options.skip_lines :]
    source.skip_trailing = options.skip_trailing
    return source


# -- CSV ------------------------------------------------------------------------------------------


def _open_csv(data: bytes, file_name: str, options: ImportOptions) -> Source:
    encoding, bom_length = detect_encoding(data, options.encoding)
    head = head_text(data, encoding, bom_length)
    sniffed = sniff.sniff_dialect(head)
    if options.delimiter is not None:
        delimiter = sniff.delimiter_from_name(options.delimiter)
        quotechar = '"' if delimiter != '"' else "'"
        dialect = Dialect(delimiter, quotechar, skip_lines=sniffed.skip_lines)
    else:
        dialect = sniffed
    source = Source(data, file_name, CSV, encoding=encoding, bom_length=bom_length, dialect=dialect)
    source.skip_lines, source.skip_trailing = options.skip_lines, options.skip_trailing
    first_line = head.partition("\n")[0]
    if dialect.skip_lines == 0 and options.skip_lines == 0:
        source.native_kind = detect_kind(next(csv.reader([first_line]), []))
    return source


# -- workbooks ------------------------------------------------------------------------------------


def _open_workbook(data: bytes, file_name: str, options: ImportOptions) -> Source:
    if file_name.lower().endswith((".ods", ".numbers")):
        raise ImportProblem(
            translate("Import", "This spreadsheet is not an Excel workbook: save it as .xlsx or CSV first.")
        )
    workbook = Workbook(data, file_name)  # refuses a zip bomb before anything is unpacked
    names = workbook.sheet_names
    if not names:
        raise ImportProblem(translate("Import", "The workbook has no sheets."))
    if options.sheet:
        if options.sheet not in names:
            raise ImportProblem(
                translate("Import", "The workbook has no sheet “{sheet}”; its sheets are: {choices}.").format(
                    sheet=options.sheet, choices=", ".join(names)
                )
            )
        sheet = options.sheet
    else:
        sheet = DATA_DOWNLOAD_SHEET if DATA_DOWNLOAD_SHEET in names else names[0]
    source = Source(data, file_name, XLSX, sheet=sheet, sheet_names=names, workbook=workbook)
    source.skip_lines, source.skip_trailing = options.skip_lines, options.skip_trailing
    return source


def _xlsx_records(workbook: Workbook, sheet: str, skip_lines: int) -> Iterator[tuple[int, list[str]]]:
    for number, values in workbook.rows(sheet):
        if number <= skip_lines:
            continue
        cells = [cell_text(value) for value in values]
        if any(cell.strip() for cell in cells):
            yield number, cells


def cell_text(value: object) -> str:
    """A workbook cell as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, float):
        if not math.isfinite(value):  # a spreadsheet's NaN or infinity: no amount at all
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    return str(value)


# -- header ---------------------------------------------------------------------------------------


def _find_header(source: Source, options: ImportOptions) -> None:
    head = list(itertools.islice(source.all_records(), _HEADER_SEARCH))
    if not head:
        raise ImportProblem(translate("Import", "The file has no rows to import."))
    width = max(len(row.cells) for row in head)
    if options.header_line == 0:
        source.header_line = None
        source.raw_header = []
        source.headers = [f"column {n}" for n in range(1, width + 1)]
        return
    if options.header_line is not None:
        found = [row for row in head if row.line == options.header_line]
        if not found:
            raise ImportProblem(
                translate(
                    "Import", "Line {header_line} is blank or not in the first rows: it cannot be the header."
                ).format(header_line=options.header_line)
            )
        header_row = found[0]
    else:
        header_row = head[sniff.find_header_row([row.cells for row in head])]
    source.header_line = header_row.line
    source.raw_header = list(header_row.cells)
    source.headers = unique_headers(sniff.clean_header(header_row.cells))


def unique_headers(cells: list[str]) -> list[str]:
    """Blank headers become ``column N``; a repeated one gets `` (2)``, so each names one column."""
    seen: dict[str, int] = {}
    headers: list[str] = []
    for number, cell in enumerate(cells, start=1):
        name = cell or f"column {number}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        seen.setdefault(name, 1)
        headers.append(name)
    return headers
