"""The one CSV reader: lines of text in, records out, each with the file line it starts on.

:class:`~tracker.importing.source.Source` reads every CSV file through :func:`read_records`, fed
by :func:`tracker.importing.encoding.text_lines`; :mod:`tracker.importing.sniff` guesses the
:class:`Dialect` it reads with.

Python's ``csv`` module is used with ``strict=True``: without it a quote that never closes
silently swallows the rest of the file into one cell. Rows whose cells are all blank are left
out; rows with more or fewer cells than the header come back as they are (whether that is an
error is the caller's call).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from tracker.i18n import number, translate
from tracker.importing.errors import ImportProblem

__all__ = ["Dialect", "Row", "read_records"]


@dataclass(frozen=True, slots=True)
class Dialect:
    """How cells are separated and quoted.

    ``skip_lines`` counts lines that belong to the format itself and are never data: Excel's
    ``sep=;`` first line.
    """

    delimiter: str
    quotechar: str = '"'
    skip_lines: int = 0

    def __post_init__(self) -> None:
        if len(self.delimiter) != 1 or self.delimiter in "\n\r":
            raise ImportProblem(
                translate("Import", "The separator must be a single character, not {value}.").format(
                    value=repr(self.delimiter)
                )
            )
        if len(self.quotechar) != 1 or self.quotechar == self.delimiter or self.quotechar in "\n\r":
            raise ImportProblem(
                translate("Import", "The quote character {value} cannot be used here.").format(
                    value=repr(self.quotechar)
                )
            )
        if self.skip_lines < 0:
            raise ImportProblem(translate("Import", "The number of lines to skip cannot be negative."))


@dataclass(frozen=True, slots=True)
class Row:
    """One record: the 1-based file line (or workbook row) it starts on, and its cells as written."""

    line: int
    cells: list[str]


def read_records(lines: Iterable[str], dialect: Dialect, skip_lines: int = 0) -> Iterator[tuple[int, list[str]]]:
    """The records of ``lines`` (each ending in ``\\n``) as ``(file line, cells)``, read lazily.

    The dialect's own ``skip_lines`` (a ``sep=`` line) and then ``skip_lines`` more (a title above
    the table) are passed over; the line numbers still count them.

    Raises:
        ImportProblem: a quote that never closes, a stray quote inside a quoted cell, or a cell
            longer than the csv module allows; the message names the line.
    """
    if skip_lines < 0:
        raise ImportProblem(translate("Import", "The number of lines to skip cannot be negative."))
    lead = dialect.skip_lines + skip_lines
    reader = csv.reader(
        islice(lines, lead, None), delimiter=dialect.delimiter, quotechar=dialect.quotechar, strict=True
    )
    done = lead  # the last line of the previous record
    try:
        for cells in reader:
            first = cells[0] if cells else ""
            if (first and not first.isspace()) or any(c and not c.isspace() for c in cells):
                yield done + 1, cells
            done = lead + reader.line_num
    except csv.Error as error:
        raise _csv_problem(str(error), done + 1, lead + reader.line_num) from None


def _csv_problem(error: str, start: int, current: int) -> ImportProblem:
    if "unexpected end of data" in error:
        return ImportProblem(
            translate(
                "Import",
                'Line {start}: a cell opens a quote (") that is never closed, so everything after it would run '
                "together into one cell. Close the quote or remove it.",
            ).format(start=start),
            line=start,
        )
    if "field larger than field limit" in error:
        return ImportProblem(
            translate(
                "Import",
                "Line {start}: a cell is longer than {limit} characters; usually a quote that is never closed.",
            ).format(start=start, limit=number(csv.field_size_limit())),
            line=start,
        )
    if "expected after" in error:
        return ImportProblem(
            translate(
                "Import",
                "Line {current}: a quote mark in the middle of a quoted cell. "
                'Inside a quoted cell a quote must be doubled ("").',
            ).format(current=current),
            line=current,
        )
    return ImportProblem(
        translate("Import", "Line {current}: the line cannot be read as CSV ({error}).").format(
            current=current, error=error
        ),
        line=current,
    )
