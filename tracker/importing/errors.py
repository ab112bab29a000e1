"""What goes wrong while reading a file, said so a shopper can fix it.

Three kinds of failure, from coarse to fine:

- :class:`ImportProblem`: the file as a whole cannot be read (wrong encoding, a quote that never
  closes, a NUL byte). Nothing is imported; the message says what and, where known, which line.
- :class:`CellProblem`: one cell is wrong; the row is rejected and listed, the rest go on.
- :class:`ParseError`: raised by the value parsers (:func:`~tracker.importing.dates.parse_date`,
  :func:`~tracker.importing.money.parse_money`); the caller turns it into a :class:`CellProblem`
  by adding the row and column it was working on.
"""

from __future__ import annotations

from dataclasses import dataclass


class ImportProblem(Exception):
    """The file cannot be imported; ``message`` is meant for the shopper, not a developer.

    Attributes:
        message: a complete sentence, e.g. ``"Line 7: a quoted cell starts here but never ends."``.
        line: the 1-based line of the file the problem is on, when there is one.
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return self.message


class ParseError(ValueError):
    """A single value (a date, an amount) does not read as what its column promises.

    ``message`` says what was expected, e.g. ``'"31/02/2024" is not a real date'``; it does not
    know the row or column, so the caller wraps it in a :class:`CellProblem`.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class CellProblem:
    """One rejected cell.

    Attributes:
        row: the 1-based line number of the row in the file, as a text editor (and, for a file
            without multi-line cells, a spreadsheet) shows it; the header is usually row 1.
        column: the column's header text as written in the file (or ``"column 3"`` without one).
        message: what is wrong and what was expected.
    """

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"Row {self.row}, column “{self.column}”: {self.message}"
