"""The mapped columns of every row, collected in one pass and read value by distinct value.

A 100,000-row file has a few thousand distinct dates and amounts and a handful of statuses, so
each column is read once per *distinct* value and the results shared; only the columns the
mapping names are kept, never whole rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, TypeVar

from tracker.importing.errors import CellProblem, ParseError

T = TypeVar("T")

# What JavaScript exporters write where a page had no value: read as a blank cell.
MISSING = frozenset({"undefined", "null", "NaN", "N/A", "n/a"})


def is_blank(value: str) -> bool:
    """A cell with nothing in it: empty, spaces, or a script's word for "no value" (``undefined``)."""
    return not value or value.isspace() or value.strip() in MISSING


class Bad:
    """A value that did not read; ``message`` says why."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


@dataclass
class Collected:
    """Field → the raw cell of every row, with each row's file line.

    ``picked`` keeps each row's mapped cells together, to find rows that may repeat each other.
    """

    values: dict[str, list[str]]
    lines: list[int]
    picked: list[tuple[str, ...]]
    width: int
    too_wide: dict[int, int] = field(default_factory=dict)  # row index → how many cells it has

    def __len__(self) -> int:
        return len(self.lines)


def collect(
    rows: Iterable[tuple[int, list[str]]],
    field_columns: dict[str, int],
    width: int,
) -> Collected:
    """Keeps the mapped cells of every ``(line, cells)`` row.

    A row with more filled cells than the header has is noted (its cells past the header have
    nowhere to go); a row with fewer has the missing cells blank.
    """
    names = list(field_columns)
    columns = [field_columns[name] for name in names]
    picked: list[tuple[str, ...]] = []
    lines: list[int] = []
    too_wide: dict[int, int] = {}
    need = max(columns) + 1 if columns else 0
    getter: Callable[[list[str]], Any] = itemgetter(*columns) if columns else _nothing
    single = len(columns) == 1
    add_line, add_picked = lines.append, picked.append
    for line, cells in rows:
        count = len(cells)
        add_line(line)
        if count < need:
            cells = cells + [""] * (need - count)
        elif count > width and any(cell.strip() for cell in cells[width:]):
            too_wide[len(lines) - 1] = count
        add_picked((getter(cells),) if single else getter(cells))
    values: dict[str, list[str]] = {}
    transposed = list(zip(*picked, strict=True)) if picked and names else [() for _ in names]
    for name, column in zip(names, transposed, strict=True):
        values[name] = list(column)
    return Collected(values, lines, picked, width, too_wide)


class Parsed(list[Any]):
    """A column read cell by cell; ``has_bad`` says whether any cell did not read."""

    has_bad: bool = False


def _nothing(cells: list[str]) -> tuple[str, ...]:
    return ()


def read_column(raw: Sequence[str], read: Callable[[str], T]) -> Parsed:
    """Each cell read by ``read`` (once per distinct value); blank cells (:func:`is_blank`) are
    ``None``, cells that do not read are :class:`Bad`.

    Raises:
        ImportProblem: ``read`` found the choice itself unusable (an unknown date format …).
    """
    results: dict[str, Any] = {}
    has_bad = False
    for value in dict.fromkeys(raw):
        if is_blank(value):
            results[value] = None
            continue
        try:
            results[value] = read(value)
        except ParseError as error:
            results[value] = Bad(error.message)
            has_bad = True
    parsed = Parsed(map(results.__getitem__, raw))
    parsed.has_bad = has_bad
    return parsed


def distinct_filled(raw: Iterable[str]) -> list[str]:
    return [value for value in dict.fromkeys(raw) if not is_blank(value)]


def add_problem(problems: dict[int, list[CellProblem]], index: int, problem: CellProblem) -> None:
    found = problems.get(index)
    if found is None:
        problems[index] = [problem]
    else:
        found.append(problem)


def bad_cells(parsed: list[Any], lines: list[int], column: str, problems: dict[int, list[CellProblem]]) -> None:
    """Adds a problem for every cell of ``parsed`` that did not read."""
    if isinstance(parsed, Parsed) and not parsed.has_bad:
        return
    for index, value in enumerate(parsed):
        if type(value) is Bad:
            add_problem(problems, index, CellProblem(lines[index], column, value.message))
