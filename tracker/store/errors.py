"""What can go wrong with the database file, as messages a shopper can act on.

Every exception here carries a user-facing message (``str(error)``) that names the file when a
file is involved; the CLI prints it as it is and the GUI shows it in a dialog. Anything else
escaping ``tracker.store`` (``sqlite3.IntegrityError``, ``TypeError`` …) is a bug.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class StoreError(Exception):
    """Base class; the message is meant for the shopper."""


class NewerDatabaseError(StoreError):
    """The file was written by a newer Points Tracker; it is refused and left untouched."""


class DamagedDatabaseError(StoreError):
    """The file is not an SQLite database, or SQLite reports it as damaged."""


class ForeignDatabaseError(StoreError):
    """The file is an SQLite database, but another program's, not a Points Tracker file."""


class DatabaseLockedError(StoreError):
    """Another program kept the database busy for longer than the busy timeout."""


class RecordNotFoundError(StoreError):
    """The record asked for no longer exists (deleted, or its import undone)."""


class ImportCancelled(StoreError):
    """The progress callback asked to stop; the import was rolled back completely."""

    def __init__(self, message: str = "The import was cancelled; nothing was changed.") -> None:
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One problem with one field of a draft; ``message`` is shown to the shopper verbatim.

    ``field`` is the draft's attribute name (``"discount_cents"``), or for an order's items
    ``"lines[2].quantity"`` (0-based), so a form can put the message next to the right widget.
    """

    field: str
    message: str


class InvalidDraftError(StoreError):
    """A draft failed validation (or a check that needs the database, such as a duplicate
    order number); ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[FieldProblem], prefix: str = "") -> None:
        self.problems: tuple[FieldProblem, ...] = tuple(problems)
        text = "; ".join(problem.message for problem in self.problems)
        super().__init__(f"{prefix}{text}" if prefix else text)
