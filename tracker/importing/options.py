"""Every choice an import makes, in one place; ``None`` means "guess it from the file".

The import dialog and the command line fill an :class:`ImportOptions` from what the shopper
chose; :func:`tracker.importing.engine.analyse` hands back a copy with its guesses filled in,
so the dialog can show them and the shopper can change any of them. A preset is a saved
:class:`ImportOptions` (less the per-import switches) with a name.
"""

from __future__ import annotations

import codecs
import dataclasses
from dataclasses import dataclass, field
from typing import Any

from tracker.i18n import translate
from tracker.importing.dates import date_format_id
from tracker.importing.errors import ImportProblem

ORDERS = "orders"
ACTIVITY = "activity"
POINTS_HISTORY = "points_history"
REFUNDS = "refunds"
TARGETS: tuple[str, ...] = (ORDERS, ACTIVITY, POINTS_HISTORY, REFUNDS)
TARGET_LABELS = {
    ORDERS: "orders",
    ACTIVITY: "activity (reviews, visits …)",
    POINTS_HISTORY: "points history",
    REFUNDS: "refunds of orders already recorded",
}
STATUSES = ("pending", "confirmed", "cancelled")
ACTIVITY_KINDS = ("review", "visit", "post", "follow", "bonus", "adjustment")
ON_DUPLICATE = ("skip", "update")

# What a preset keeps: how to read the file and what its columns mean, not what to do this time.
_PRESET_KEYS = (
    "encoding",
    "delimiter",
    "sheet",
    "header_line",
    "skip_lines",
    "skip_trailing",
    "target",
    "mapping",
    "date_format",
    "decimal",
    "amounts_in_cents",
    "currency",
    "default_status",
    "status_overrides",
    "activity_kind",
)


_MAX_LINES = 1_000_000_000


def _check_encoding(name: str) -> None:
    """Refuses a name that is no text encoding (``klingon``, ``rot13``, ``zip``)."""
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise ImportProblem(
            translate("Import", "“{encoding}” is not a text encoding: use one such as utf-8, cp1252 or utf-16.").format(
                encoding=name
            )
        )


@dataclass(frozen=True)
class ImportOptions:
    """How to read one file and what to do with it.

    Attributes:
        encoding: text encoding of a CSV file (``"cp1252"``, ``"utf-16"`` …).
        delimiter: the separator, one character or a name (``"tab"``, ``"semicolon"``).
        sheet: which sheet of a workbook.
        header_line: the file line (workbook row) holding the column names; ``0`` when the file
            has no header (columns are then called ``column 1``, ``column 2`` …).
        skip_lines: lines to pass over at the top (a title above the table).
        skip_trailing: rows to leave out at the bottom (a totals row).
        target: :data:`ORDERS`, :data:`ACTIVITY` or :data:`POINTS_HISTORY`.
        mapping: field name → column header, for every column that is imported; columns not
            named are ignored.
        corrections: field name → column header laid over the mapping, whatever made it (a
            preset, the guess or ``mapping``): the column fills that field and nothing else; an
            empty header leaves the field out (the command line's ``--map FIELD=COLUMN``).
        date_format: an id from :data:`tracker.importing.dates.DATE_FORMATS`, for every date
            column; any way of writing one (``DD.MM.YYYY``, ``%d.%m.%Y``) is turned into its id.
        decimal: ``"."`` or ``","``: the decimal separator of every amount.
        amounts_in_cents: amounts are whole hundredths (``1234`` is 12.34), as in AliExpress's
            own data download.
        currency: the currency of amounts that name none, or name one ambiguously (``¥``);
            ``None`` means US dollars for amounts without any marker.
        default_status: the status of orders when the file has no status column (or a blank cell).
        status_overrides: the file's wording → ``pending`` / ``confirmed`` / ``cancelled``.
        activity_kind: the kind of every row of an activity file without a kind column.
        preset: the name of the preset these options came from, recorded with the import.
        on_duplicate: ``"skip"`` orders already stored, or ``"update"`` them with the file's data.
        skip_errors: import the good rows when some are rejected (otherwise nothing is imported).
    """

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_line: int | None = None
    skip_lines: int = 0
    skip_trailing: int = 0
    target: str | None = None
    mapping: dict[str, str] | None = None
    corrections: dict[str, str] = field(default_factory=dict)
    date_format: str | None = None
    decimal: str | None = None
    amounts_in_cents: bool = False
    currency: str | None = None
    default_status: str | None = None
    status_overrides: dict[str, str] = field(default_factory=dict)
    activity_kind: str | None = None
    preset: str | None = None
    on_duplicate: str = "skip"
    skip_errors: bool = False

    def __post_init__(self) -> None:
        if self.target is not None and self.target not in TARGETS:
            raise ImportProblem(
                translate("Import", "“{target}” is not something to import: use {choices}.").format(
                    target=self.target, choices=", ".join(TARGETS)
                )
            )
        if self.date_format is not None:
            object.__setattr__(self, "date_format", date_format_id(self.date_format))
        if self.decimal not in (None, ".", ","):
            raise ImportProblem(
                translate("Import", "The decimal separator must be “.” or “,”, not “{decimal}”.").format(
                    decimal=self.decimal
                )
            )
        if self.default_status is not None and self.default_status not in STATUSES:
            raise ImportProblem(
                translate("Import", "“{default_status}” is not a status: use {choices}.").format(
                    default_status=self.default_status, choices=", ".join(STATUSES)
                )
            )
        if self.activity_kind is not None and self.activity_kind not in ACTIVITY_KINDS:
            raise ImportProblem(
                translate("Import", "“{activity_kind}” is not an activity: use {choices}.").format(
                    activity_kind=self.activity_kind, choices=", ".join(ACTIVITY_KINDS)
                )
            )
        if self.on_duplicate not in ON_DUPLICATE:
            raise ImportProblem(
                translate("Import", "Duplicates can be skipped or updated, not “{on_duplicate}”.").format(
                    on_duplicate=self.on_duplicate
                )
            )
        if self.currency is not None and not (
            len(self.currency) == 3 and self.currency.isascii() and self.currency.isalpha() and self.currency.isupper()
        ):
            raise ImportProblem(
                translate("Import", "“{currency}” is not a currency code like USD or EUR.").format(
                    currency=self.currency
                )
            )
        if self.header_line is not None and self.header_line < 0:
            raise ImportProblem(translate("Import", "The header line cannot be negative."))
        if max(self.skip_lines, self.skip_trailing, self.header_line or 0) > _MAX_LINES:
            raise ImportProblem(translate("Import", "No file has that many lines: give a smaller number."))
        if self.encoding is not None and self.encoding.strip():
            _check_encoding(self.encoding.strip())

    def but(self, **changes: Any) -> ImportOptions:
        """A copy with some choices changed."""
        return dataclasses.replace(self, **changes)

    def preset_json(self) -> dict[str, Any]:
        """What a saved preset keeps (JSON-ready), leaving out choices still to be guessed."""
        values = {key: getattr(self, key) for key in _PRESET_KEYS}
        return {
            key: value
            for key, value in values.items()
            if value is not None and (key == "header_line" or value not in ({}, 0, False))
        }

    @classmethod
    def from_preset_json(cls, values: dict[str, Any]) -> ImportOptions:
        """Options from :meth:`preset_json`'s output; unknown keys are ignored.

        Raises:
            ImportProblem: a value is not a valid choice.
        """
        known = {key: values[key] for key in _PRESET_KEYS if key in values}
        try:
            return cls(**known)
        except TypeError as error:
            raise ImportProblem(
                translate("Import", "The saved import settings cannot be read: {error}.").format(error=error)
            ) from None
