"""The first rows of a file, each mapped cell shown as written and as it will be read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.importing.columns import Collected, is_blank
from tracker.importing.csv_reader import Row
from tracker.importing.dates import parse_date
from tracker.importing.errors import ImportProblem, ParseError
from tracker.importing.fields import kind_of
from tracker.importing.formats import Formats
from tracker.importing.options import ImportOptions
from tracker.importing.statuses import StatusMapper
from tracker.importing.values import (
    activity_kind,
    order_status,
    parse_amount,
    parse_currency,
    parse_points,
    parse_quantity,
    plain_text,
)

# How a status reads in the preview ("Completed  →  confirmed"), in the user's language.
_STATUS_WORDS = {
    "pending": QT_TRANSLATE_NOOP("Import", "pending"),
    "confirmed": QT_TRANSLATE_NOOP("Import", "confirmed"),
    "cancelled": QT_TRANSLATE_NOOP("Import", "cancelled"),
}


@dataclass(frozen=True, slots=True)
class PreviewCell:
    """How one cell reads: ``text`` is the value as the app will store it, ``problem`` why it cannot."""

    text: str
    problem: str | None = None


@dataclass
class PreviewRow:
    line: int
    cells: list[str]
    parsed: dict[int, PreviewCell] = field(default_factory=dict)


def _reader(name: str, options: ImportOptions, formats: Formats) -> Callable[[str], str]:
    kind = kind_of(name)
    if kind == "date":
        asked = any(q.setting == "date_format" for q in formats.questions) and options.date_format is None
        date_format = formats.date_formats.get(name, "YYYY-MM-DD")

        def read_date(value: str) -> str:
            if asked:
                raise ParseError(translate("Import", "Day and month cannot be told apart: choose the date format."))
            return parse_date(value, date_format).isoformat()

        return read_date
    if kind == "money":
        asked = any(q.setting == "decimal" for q in formats.questions) and options.decimal is None

        def read_money(value: str) -> str:
            if asked:
                raise ParseError(translate("Import", "Choose the decimal separator."))
            money = parse_amount(value, formats.decimal, options.amounts_in_cents)
            currency = money.currency or ("?" if money.symbol else options.currency or "")
            return f"{money.amount} {currency}".strip()

        return read_money
    if name == "quantity":
        return lambda value: str(parse_quantity(value))
    if name == "points":
        return lambda value: f"{parse_points(value):+d}"
    if kind == "currency":
        return parse_currency
    if name == "kind":
        return activity_kind
    return plain_text


def preview_rows(
    rows: list[Row],
    collected: Collected,
    field_columns: dict[str, int],
    options: ImportOptions,
    formats: Formats,
) -> tuple[list[PreviewRow], list[str]]:
    """The preview of ``rows`` and the statuses of the whole sample that no table maps."""
    try:
        mapper = StatusMapper(options.status_overrides)
    except ImportProblem:
        mapper = StatusMapper()
    reason_column = field_columns.get("end_reason")
    readers = {name: _reader(name, options, formats) for name in field_columns if name != "status"}
    preview: list[PreviewRow] = []
    for row in rows:
        shown = PreviewRow(row.line, list(row.cells))
        for name, column in field_columns.items():
            raw = row.cells[column] if column < len(row.cells) else ""
            if is_blank(raw):
                shown.parsed[column] = PreviewCell("")
                continue
            if name == "status":
                reason = None
                if reason_column is not None:
                    reason = row.cells[reason_column] if reason_column < len(row.cells) else ""
                status, wording = order_status(mapper, raw, reason)
                shown.parsed[column] = (
                    PreviewCell(translate("Import", _STATUS_WORDS[status.value]))
                    if status is not None
                    else PreviewCell(
                        "?", translate("Import", "“{wording}” is not a status we know: map it.").format(wording=wording)
                    )
                )
                continue
            try:
                shown.parsed[column] = PreviewCell(readers[name](raw))
            except ParseError as error:
                shown.parsed[column] = PreviewCell("?", error.message)
        preview.append(shown)
    unknown: dict[str, None] = {}
    if "status" in collected.values:
        reasons = collected.values.get("end_reason")
        for index, cell in enumerate(collected.values["status"]):
            if not is_blank(cell):
                status, wording = order_status(mapper, cell, reasons[index] if reasons is not None else None)
                if status is None:
                    unknown[wording] = None
    return preview, sorted(unknown, key=str.casefold)
