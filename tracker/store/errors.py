"""What can go wrong with the database file, as messages a shopper can act on.

Every exception here carries a user-facing message (``str(error)``) that names the file when a
file is involved; the CLI prints it as it is and the GUI shows it in a dialog. Anything else
escaping ``tracker.store`` (``sqlite3.IntegrityError``, ``TypeError`` …) is a bug.
"""

from __future__ import annotations

import errno
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tracker.i18n import translate


class StoreError(Exception):
    """Base class; the message is meant for the shopper."""


class NewerDatabaseError(StoreError):
    """The file was written by a newer Points Tracker; it is refused and left untouched."""


class DamagedDatabaseError(StoreError):
    """The file is not an SQLite database, or SQLite reports it as damaged.

    ``backup`` is the newest automatic backup that passed its own check when the error was
    raised on opening (the message names it too), or None; a dialog can offer to restore it.
    """

    def __init__(self, message: str, backup: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup


class ForeignDatabaseError(StoreError):
    """The file is an SQLite database, but another program's, not a Points Tracker file."""


class DatabaseLockedError(StoreError):
    """Another program kept the database busy for longer than the busy timeout."""


class DatabaseInUseError(StoreError):
    """Another Points Tracker (a window, or a restore from the command line) holds the file's
    lock; see :mod:`tracker.store.lock`."""


class BackupFileError(StoreError):
    """The file given to restore from is missing, not a Points Tracker database, damaged, or
    from a newer Points Tracker; nothing was changed."""


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


def file_error(action: str, path: Path, error: OSError) -> StoreError:
    """A plain message for a failed file operation: ``Cannot <action> <path>: <reason>.``"""
    if isinstance(error, PermissionError):
        reason = "you do not have permission (check the file's and its folder's permissions)"
    elif error.errno == errno.ENOSPC:
        reason = "the disk is full"
    elif error.errno == errno.EROFS:
        reason = "the disk is read-only"
    elif isinstance(error, IsADirectoryError):
        reason = "it is a folder, not a file"
    elif isinstance(error, NotADirectoryError):
        reason = "part of the path is a file, not a folder"
    elif isinstance(error, FileNotFoundError):
        reason = "the file or its folder does not exist"
    else:
        reason = (error.strerror or str(error)).rstrip(".").lower()
    return StoreError(
        translate("Store", "Cannot {action} {path}: {reason}.").format(action=action, path=path, reason=reason)
    )


def write_error(path: Path, error: OSError, *, existed: bool) -> StoreError:
    """:func:`file_error` for a file written whole or not at all (:mod:`tracker.store.files`):
    when a file was there before, the message says it is unchanged."""
    message = str(file_error("write", path, error))
    if existed:
        message += " " + translate("Store", "The file that was there before is unchanged.")
    return StoreError(message)
