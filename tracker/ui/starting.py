"""The first minute: open the data file at start, or hand over to the window that has it.

:func:`open_at_start` makes the folder (user-only), takes the file's lock and opens it. When
another window holds the file, it asks that window to come to the front (and to import the file
given on the command line) and reports :data:`HANDED_OVER`. When the file cannot be used — its
folder cannot be made, it is damaged with no backup to restore, it is from a newer version, a
restore from the command line holds it — the shopper is told why in plain words and may choose
another file, which is then opened instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from tracker import APP_NAME
from tracker.i18n import translate
from tracker.store.errors import DamagedDatabaseError, DatabaseInUseError, StoreError
from tracker.ui import questions
from tracker.ui.opening import DatabaseOpener, offer_restore
from tracker.ui.session import Session
from tracker.ui.widgets import breakable_path


class Outcome(Enum):
    HANDED_OVER = "handed over"  # the window already running took the request
    GAVE_UP = "gave up"  # the shopper was told why and chose to quit


HANDED_OVER = Outcome.HANDED_OVER
GAVE_UP = Outcome.GAVE_UP

# How long a second start keeps trying: the first may still be starting (it holds the lock a
# moment before it listens), or a restore from the command line may be finishing.
HAND_OVER_SECONDS = 10.0


@dataclass
class StartDialogs:
    """The questions a start can ask; tests pass their own answers."""

    ask_restore: Callable[[str], bool]  # the damaged-file question → yes or no
    ask_other_file: Callable[[str], bool]  # the problem → True to choose another file, False to quit
    choose_file: Callable[[], Path | None]  # a file dialog → the file chosen, or None


def open_at_start(
    opener: DatabaseOpener,
    path: Path,
    dialogs: StartDialogs,
    *,
    import_file: Path | None = None,
    hand_over_seconds: float | None = None,
) -> Session | Outcome:
    """The session on ``path`` (or on the file the shopper chose instead), or what happened."""
    if hand_over_seconds is None:
        hand_over_seconds = HAND_OVER_SECONDS
    while True:
        try:
            return _open_or_hand_over(opener, path, dialogs, import_file, hand_over_seconds)
        except _HandedOver:
            return HANDED_OVER
        except StoreError as error:
            problem = str(error)
        while True:
            if not dialogs.ask_other_file(problem):
                return GAVE_UP
            chosen = dialogs.choose_file()
            if chosen is not None:
                path = chosen
                break


class _HandedOver(Exception):
    pass


def _open_or_hand_over(
    opener: DatabaseOpener, path: Path, dialogs: StartDialogs, import_file: Path | None, seconds: float
) -> Session:
    deadline = time.monotonic() + seconds
    while True:
        try:
            return _open(opener, path, dialogs)
        except DatabaseInUseError:
            from tracker.ui.single_instance import ask_running_window  # only now: Qt's network module

            if ask_running_window(path, import_file, timeout_seconds=min(3.0, max(0.5, seconds))):
                raise _HandedOver() from None
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.2)


def _open(opener: DatabaseOpener, path: Path, dialogs: StartDialogs) -> Session:
    try:
        return opener.open(path)
    except DamagedDatabaseError as damaged:
        restored = offer_restore(opener, path, damaged, dialogs.ask_restore)
        if restored is None:
            raise
        return restored


# --- the dialogs, in Qt ------------------------------------------------------------------------------


def restore_question(question: str) -> questions.Question:
    """The damaged-file question, answered with verbs: restoring keeps the damaged file aside, so
    it is the default; Esc leaves the file alone (the shopper may then choose another)."""
    return questions.Question(
        translate("App", "{app}: the data file is damaged").format(app=APP_NAME),
        breakable_path(question),  # a long path wraps at its folders instead of widening the box
        translate("Questions", "Restore"),
        translate("Questions", "Do not restore"),
        risky=False,
    )


def ask_restore(question: str) -> bool:
    return questions.ask(None, restore_question(question))


def other_file_box(problem: str, parent: QWidget | None = None) -> tuple[QMessageBox, QPushButton]:
    """The problem (a file in use elsewhere, damaged, too new…), with "Choose another file…" (the
    default) and "Quit" (Esc)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("App", "{app} cannot start").format(app=APP_NAME))
    box.setText(breakable_path(problem))
    box.setInformativeText(translate("App", "You can keep your records in another file instead."))
    choose = box.addButton(translate("App", "&Choose another file…"), QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(translate("App", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.setEscapeButton(quit_button)
    return box, choose


def ask_other_file(problem: str, parent: QWidget | None = None) -> bool:
    """True to choose another file, False to quit."""
    box, choose = other_file_box(problem, parent)
    box.exec()
    return box.clickedButton() is choose


def choose_file(parent: QWidget | None = None) -> Path | None:
    """A file dialog for a new or existing data file."""
    from PySide6.QtWidgets import QFileDialog  # here: a start need not make its type

    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("App", "Choose a file for your records"),
        str(Path.home() / "points.sqlite3"),
        translate("App", "Points Tracker databases (*.sqlite3 *.db);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".sqlite3")


def qt_dialogs() -> StartDialogs:
    return StartDialogs(ask_restore=ask_restore, ask_other_file=ask_other_file, choose_file=choose_file)
