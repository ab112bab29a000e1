"""How one file will be read: its source, the preset it fits, and which column fills which field.

:func:`make_plan` is the first step of both :func:`~tracker.importing.engine.analyse` and
:func:`~tracker.importing.engine.prepare`. The mapping comes from, in order: the shopper's
whole mapping (the dialog), else a preset (named, or proposed from the header or, for a file
without one, from the shape of its rows), else the guess from headers and values
(:mod:`tracker.importing.headers`). The shopper's corrections (``--map FIELD=COLUMN``) are then
laid over whichever it was.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from tracker.i18n import translate
from tracker.importing.errors import ImportProblem
from tracker.importing.fields import (
    FIELDS_OF,
    apply_corrections,
    field_columns_of,
    guess,
    mapping_by_column,
    read_columns,
    resolve_mapping,
    target_of,
    warnings_for,
)
from tracker.importing.headers import suggest_field
from tracker.importing.options import ImportOptions
from tracker.importing.presets import NATIVE, Preset, apply_preset, find_preset, propose, propose_headerless
from tracker.importing.source import Source, open_source

logger = logging.getLogger(__name__)

GUESS_ROWS = 300
_SHOWN_SAMPLES = 3


@dataclass
class LeftOut:
    """A column no field takes: what it holds, and the field it most likely fills (if any)."""

    column: int
    header: str
    samples: list[str]
    suggestion: str | None = None


@dataclass
class Plan:
    source: Source
    options: ImportOptions
    target: str
    field_columns: dict[str, int]
    warnings: list[str]
    native: bool = False
    preset: Preset | None = None
    left_out: list[LeftOut] = field(default_factory=list)

    @property
    def read_columns(self) -> dict[str, int]:
        """The columns the import reads (the payment date only in place of a missing order date)."""
        return read_columns(self.field_columns)

    @property
    def column_names(self) -> dict[str, str]:
        return {name: self.source.headers[column] for name, column in self.read_columns.items()}


def make_plan(data: bytes, file_name: str, options: ImportOptions, user_presets: Mapping[str, Preset] | None) -> Plan:
    """Settles how to read the file and what its columns mean.

    Raises:
        ImportProblem: the file cannot be read this way, or a mapping names what is not there.
    """
    preset: Preset | None = None
    if options.preset:
        preset = find_preset(options.preset, user_presets)
        if not preset.native:
            options = apply_preset(preset, options)
    source = open_source(data, file_name, options)
    if options.sheet and source.kind != "xlsx":
        raise ImportProblem(
            translate("Import", "This file is not an Excel workbook, so it has no sheet “{sheet}”.").format(
                sheet=options.sheet
            )
        )
    if source.native_kind is not None:
        if options.mapping is None and not options.corrections and (preset is None or preset.native):
            return Plan(source, options.but(preset=NATIVE), source.native_kind, {}, [], native=True)
        # Read any other way, its ISO dates and amounts would be guessed at ("31/12/99" as 2099).
        raise ImportProblem(
            translate(
                "Import",
                "This is a Points Tracker CSV (its first row is the app's own header), which is read exactly as "
                "written: import it without a preset or a column mapping.",
            )
        )
    if preset is not None and preset.native:
        raise ImportProblem(
            translate(
                "Import",
                "This is not a Points Tracker CSV: its first row is not one of the app's own headers. Choose another "
                "preset, or map the columns yourself.",
            )
        )
    if preset is None and options.mapping is None:
        preset, options, source = _proposed(data, file_name, options, source, user_presets)
    headers = source.headers
    sample = [row.cells for row in source.sample(GUESS_ROWS)]
    if options.mapping is not None:
        target = options.target or target_of(options.mapping)
        field_columns = resolve_mapping(headers, options.mapping, target)
        if preset is not None and preset.also_guess:
            _, guessed, _ = guess(headers, sample, target)
            used = set(field_columns.values())
            for column, name in guessed.items():
                if name in preset.also_guess and name not in field_columns and column not in used:
                    field_columns[name] = column
        warnings = warnings_for(mapping_by_column(field_columns, len(headers)), headers, target)
    else:
        target, by_column, warnings = guess(headers, sample, options.target or _target_of_corrections(options))
        field_columns = field_columns_of(by_column)
    if options.corrections:
        field_columns = apply_corrections(headers, field_columns, options.corrections, target)
        warnings = warnings_for(mapping_by_column(field_columns, len(headers)), headers, target)
    mapping = {name: headers[column] for name, column in field_columns.items()}
    plan = Plan(source, options.but(target=target, mapping=mapping), target, field_columns, warnings, preset=preset)
    plan.left_out = _left_out(headers, sample, field_columns, target)
    logger.debug(
        "%s read as %s (encoding %s, dialect %s, sheet %r, header on line %s); preset %s; %s columns %s",
        file_name, source.kind, source.encoding or "-", source.dialect, source.sheet, source.header_line,
        preset.name if preset is not None else "none", target, plan.column_names,
    )  # fmt: skip
    return plan


def _proposed(
    data: bytes, file_name: str, options: ImportOptions, source: Source, user_presets: Mapping[str, Preset] | None
) -> tuple[Preset | None, ImportOptions, Source]:
    """The preset the file's header (or, without one, its rows) fits, applied; the source read anew
    when the preset reads the file another way."""
    preset = propose(source.headers, user_presets)
    if preset is None and options.header_line is None and source.kind != "json":
        first_rows = [source.raw_header, *(row.cells for row in source.sample(4))]
        preset = propose_headerless(first_rows)
    if preset is None:
        return None, options, source
    before = options
    options = apply_preset(preset, options)
    reading = ("sheet", "encoding", "delimiter", "header_line")
    if any(getattr(before, key) != getattr(options, key) for key in reading):
        source = open_source(data, file_name, options)
    return preset, options, source


def _target_of_corrections(options: ImportOptions) -> str | None:
    """The kind of file the corrected fields belong to (``--map date=…`` is an activity file)."""
    named = {name: column for name, column in options.corrections.items() if column.strip()}
    return target_of(named) if named else None


def _left_out(headers: list[str], sample: list[list[str]], field_columns: dict[str, int], target: str) -> list[LeftOut]:
    taken = set(field_columns.values())
    mapped = set(field_columns)
    found: list[LeftOut] = []
    for column, header in enumerate(headers):
        if column in taken:
            continue
        values = [row[column].strip() for row in sample if column < len(row)]
        samples = list(dict.fromkeys(value for value in values if value))[:_SHOWN_SAMPLES]
        suggestion = suggest_field(header, values, mapped, target)
        if suggestion is not None and suggestion not in FIELDS_OF[target]:
            suggestion = None
        found.append(LeftOut(column, header, samples, suggestion))
    return found
