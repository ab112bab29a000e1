"""File ▸ Back up… and Restore from backup…: the CLI's backup and restore, in the window.

Both go through SQLite's backup API (:mod:`tracker.store.backup`), never a file copy of the
live database. The file dialogs and the confirmation are parameters so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.store.backup import backup_database
from tracker.store.backup_files import check_backup
from tracker.store.errors import StoreError
from tracker.store.restore import restore_database
from tracker.ui import questions
from tracker.ui.folders import documents_folder
from tracker.ui.session import Session

ChooseFile = Callable[[QWidget, Path], Path | None]
Confirm = Callable[[QWidget, str], bool]
_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Points Tracker databases (*.sqlite3);;All files (*)")


def choose_backup_target(parent: QWidget, suggestion: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Backups", "Back up to"), str(suggestion), translate("Dialogs", _FILTER)
    )
    return Path(name) if name else None


def choose_backup_source(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("Backups", "Restore from backup"), str(folder), translate("Dialogs", _FILTER)
    )
    return Path(name) if name else None


def confirm(parent: QWidget, question: str) -> bool:
    return questions.ask(parent, questions.restore_backup(question))


def back_up(parent: QWidget, session: Session, choose: ChooseFile | None = None) -> str | None:
    """Ask where, write the backup; the message to show, or None if the shopper cancelled."""
    choose = choose or choose_backup_target
    suggestion = documents_folder() / f"points-backup-{session.today().isoformat()}.sqlite3"
    target = choose(parent, suggestion)
    if target is None:
        return None
    try:
        backup_database(session.db, target)
    except StoreError as error:
        QMessageBox.warning(parent, translate("Backups", "Backup not made"), str(error))
        return None
    return translate("Backups", "Backed up to {file}.").format(file=target)


def restore(
    parent: QWidget,
    session: Session,
    reopen: Callable[[Path], bool],
    choose: ChooseFile | None = None,
    ask: Confirm | None = None,
) -> str | None:
    """Ask which backup, check it, confirm, restore it over the open file and reopen that file."""
    choose, ask = choose or choose_backup_source, ask or confirm
    source = choose(parent, session.db_path.parent / "backups")
    if source is None:
        return None
    try:
        check_backup(source)
    except StoreError as error:
        QMessageBox.warning(parent, translate("Backups", "Not restored"), str(error))
        return None
    question = translate(
        "Backups",
        "Replace everything in {file} with the backup {backup}?\n\n"
        "Records added since that backup was made will be gone from the app, but the current "
        "file is kept as a copy first.",
    ).format(file=session.db_path.name, backup=source.name)
    if not ask(parent, question):
        return None
    path = session.db_path
    try:
        previous = restore_database(path, source)
    except StoreError as error:
        QMessageBox.warning(parent, translate("Backups", "Not restored"), str(error))
        reopen(path)
        return None
    reopen(path)
    if previous:
        return translate("Backups", "Restored {backup}. The file it replaced was kept as {previous}.").format(
            backup=source.name, previous=previous
        )
    return translate("Backups", "Restored {backup}.").format(backup=source.name)
