"""The questions the window asks before it does something, answered with verbs.

"Delete order?" answered with *Delete* or *Keep* rather than Yes or No: the button says what it
does, so the shopper need not read the question twice (the GNOME and macOS guidelines both ask
for this). Every question is a :class:`Question`; :func:`ask` is the one place a box is shown,
and tests replace it (``monkeypatch.setattr(questions, "ask", …)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from tracker.i18n import translate
from tracker.report.summary import day, dollars


@dataclass(frozen=True)
class Question:
    title: str
    text: str
    do: str  # the button that goes ahead: "Delete", "Undo import", "Restart now"
    keep: str  # the button that leaves things as they are: "Keep", "Later", "Cancel"
    risky: bool = True  # Enter answers ``keep`` (what cannot be taken back is not the default)


def build(parent: QWidget | None, question: Question) -> tuple[QMessageBox, QPushButton]:
    """The box for ``question``, and its button that goes ahead."""
    box = QMessageBox(QMessageBox.Icon.Question, question.title, question.text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    go = box.addButton(question.do, QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(question.keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep if question.risky else go)
    box.setEscapeButton(keep)
    return box, go


def ask(parent: QWidget | None, question: Question) -> bool:
    """Show ``question``; True when the shopper chose to go ahead."""
    box, go = build(parent, question)
    box.exec()
    chosen = box.clickedButton() is go
    box.deleteLater()
    return chosen


# --- the questions -------------------------------------------------------------------------------


def delete_record(title: str, what: str) -> Question:
    return Question(
        title,
        translate("Questions", "Delete {what}?\n\nYou can take this back with Edit ▸ Undo.").format(what=what),
        translate("Questions", "Delete"),
        translate("Questions", "Keep"),
    )


def undo_import(text: str) -> Question:
    return Question(
        translate("Questions", "Undo import"),
        text,
        translate("Questions", "Undo import"),
        translate("Questions", "Keep"),
    )


def replace_files(text: str) -> Question:
    return Question(
        translate("Questions", "Export"), text, translate("Questions", "Replace"), translate("Questions", "Cancel")
    )


def restore_backup(text: str) -> Question:
    return Question(
        translate("Questions", "Restore from backup"),
        text,
        translate("Questions", "Restore"),
        translate("Questions", "Cancel"),
    )


def restart_for_language(language: str) -> Question:
    return Question(
        translate("Questions", "Change the language"),
        translate("Questions", "Points Tracker speaks {language} from its next start. Restart it now?").format(
            language=language
        ),
        translate("Questions", "Restart now"),
        translate("Questions", "Later"),
        risky=False,
    )


def samples(parent: QWidget) -> list[tuple[str, QMessageBox]]:
    """One box of each kind, filled as the window fills them (for the screenshot checks)."""
    what = translate("Tables", "order {number} of {date} from {store} ({what})").format(
        number="8100123456789012", date=day(date(2026, 10, 2)), store="UGREEN", what=f"LED lamp, {dollars(2490)}"
    )
    texts = [
        ("delete", delete_record(translate("Records", "Delete order?"), what)),
        ("undo-import", undo_import(translate(
            "ImportsPage",
            "Remove everything the import of {file} on {when} added (%Ln new records)? "
            "Orders it only updated keep their new values.",
            None,
            3,
        ).format(file="my-orders.csv", when=f"{day(date(2026, 11, 24))} 09:12"))),
        ("replace", replace_files(translate("MainWindow", "{files} already in {folder} will be replaced.").format(
            files="orders.csv, activity.csv", folder="/home/anna/Documents"
        ))),
        ("restore", restore_backup(translate(
            "Backups",
            "Replace everything in {file} with the backup {backup}?\n\n"
            "Records added since that backup was made will be gone from the app, but the current "
            "file is kept as a copy first.",
        ).format(file="points.sqlite3", backup="points-2026-11-23.sqlite3"))),
        ("restart", restart_for_language("Français")),
    ]  # fmt: skip
    return [(name, build(parent, question)[0]) for name, question in texts]
