"""The import dialog's last three steps: review every row, import with progress, the summary."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import translate
from tracker.importing.prepared import ImportReport, Prepared
from tracker.ui.importing.models import RejectedModel
from tracker.ui.importing.widgets import heading, note, problem_label

_KIND_WORDS = {
    "orders": ("order", "orders"),
    "activity": ("activity", "activities"),
    "points_history": ("points entry", "points entries"),
    "promotions": ("promotion", "promotions"),
}


def count(number: int, kind: str) -> str:
    one, many = _KIND_WORDS.get(kind, ("record", "records"))
    return f"{number:,} {one if number == 1 else many}"


def rows(number: int) -> str:
    return f"{number:,} row" if number == 1 else f"{number:,} rows"


class ReviewPage(QWidget):
    """Step 4: what the import will do, the rejected rows with their reasons, and the switches."""

    changed = Signal()
    save_rejected_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = note("Checking every row…")
        self.summary = note()
        self.update_stored = QCheckBox(translate("ReviewPage", "Update orders already recorded with this file's data"))
        self.skip_errors = QCheckBox(translate("ReviewPage", "Skip rows with errors and import the rest"))
        self.warnings = note()
        self.problem = problem_label()
        self.model = RejectedModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultSectionSize(130)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().hide()
        self.rejected_title = note()
        self.save_rejected = QPushButton(translate("ReviewPage", "Save rejected rows…"))

        rejected_row = QHBoxLayout()
        rejected_row.addWidget(self.rejected_title, 1)
        rejected_row.addWidget(self.save_rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ReviewPage", "Check before importing")))
        layout.addWidget(self.busy)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.update_stored)
        layout.addWidget(self.skip_errors)
        layout.addWidget(self.warnings)
        layout.addLayout(rejected_row)
        layout.addWidget(self.table, 100)
        layout.addStretch(1)  # takes the room when there is no table of rejected rows

        self.update_stored.toggled.connect(self._on_changed)
        self.skip_errors.toggled.connect(self._on_changed)
        self.save_rejected.clicked.connect(self.save_rejected_requested)
        self.show_busy()

    def _on_changed(self) -> None:
        self.changed.emit()

    def show_busy(self) -> None:
        self.busy.show()
        self.problem.hide()
        for widget in (self.summary, self.update_stored, self.skip_errors, self.warnings, self.rejected_title,
                       self.save_rejected, self.table):  # fmt: skip
            widget.hide()

    def show_problem(self, message: str) -> None:
        self.busy.hide()
        self.problem.setText(message)
        self.problem.show()

    def show_prepared(self, prepared: Prepared, already: str) -> None:
        self.busy.hide()
        self.problem.hide()
        stored = sum(1 for order in prepared.orders if order.stored)
        self.update_stored.setVisible(stored > 0)
        self.skip_errors.setVisible(bool(prepared.rejected))
        self.summary.show()
        self.show_counts(prepared, already)
        self.warnings.setText("\n".join(f"• {warning}" for warning in prepared.warnings))
        self.warnings.setVisible(bool(prepared.warnings))
        rejected = prepared.rejected
        self.model.set_rows(rejected, prepared.headers)
        for widget in (self.rejected_title, self.save_rejected, self.table):
            widget.setVisible(bool(rejected))
        self.rejected_title.setText(
            f"{rows(len(rejected))} cannot be imported as {'it is' if len(rejected) == 1 else 'they are'}: "
            "the marked cells say why. Save them to fix in a spreadsheet and import again."
        )
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 320)

    def show_counts(self, prepared: Prepared, already: str) -> None:
        counts = prepared.counts("update" if self.update_stored.isChecked() else "skip")
        kind = prepared.kind
        parts = [f"<b>{count(counts.new, kind)}</b> to add"]
        if counts.update:
            parts.append(f"<b>{count(counts.update, kind)}</b> to update")
        if counts.duplicate:
            parts.append(f"{count(counts.duplicate, kind)} already recorded or repeated in the file, left out")
        if counts.rejected:
            parts.append(f"<b>{rows(counts.rejected)} rejected</b>")
        text = f"{rows(prepared.row_count)} read: " + ", ".join(parts) + "."
        if not counts.rejected:
            text += " Every row reads as it should."
        if already:
            text += f"<br>{already}"
        self.summary.setText(text)


class ProgressPage(QWidget):
    """Step 5: the import running, with a way to stop it."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = note("Importing…")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel = QPushButton(translate("ProgressPage", "Cancel import"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ProgressPage", "Importing")))
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(note("Cancelling leaves your records exactly as they were before."))
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.cancel.clicked.connect(self.cancel_requested)

    def start(self) -> None:
        self.bar.setRange(0, 0)
        self.status.setText(translate("ProgressPage", "Importing…"))
        self.cancel.setEnabled(True)

    def advance(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(f"Importing… {done:,} of {total:,} records written.")


class SummaryPage(QWidget):
    """Step 6: what was imported, and a way to take it all back."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(translate("SummaryPage", "Done"))
        self.result = note()
        self.undo = QPushButton(translate("SummaryPage", "Undo this import"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.result)
        layout.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.undo.clicked.connect(self.undo_requested)

    def show_report(self, report: ImportReport) -> None:
        self.title.setText(translate("SummaryPage", "Imported"))
        parts = [f"{count(report.new, report.kind)} added"]
        if report.updated:
            parts.append(f"{count(report.updated, report.kind)} updated")
        if report.skipped:
            parts.append(f"{count(report.skipped, report.kind)} already recorded, left out")
        if report.rejected:
            parts.append(f"{rows(report.rejected)} rejected and not imported")
        lines = [f"<b>{report.file_name}</b>: " + ", ".join(parts) + "."]
        lines += [f"• {warning}" for warning in report.warnings]
        lines.append(
            f"The import is recorded as batch {report.batch_id}; you can undo it later from the list of imports."
        )
        self.result.setText("<br>".join(lines))
        self.undo.setEnabled(True)
        self.undo.show()

    def show_cancelled(self, message: str) -> None:
        self.title.setText(translate("SummaryPage", "Not imported"))
        self.result.setText(message)
        self.undo.hide()

    def show_undone(self, message: str) -> None:
        self.title.setText(translate("SummaryPage", "Import undone"))
        self.result.setText(message)
        self.undo.hide()
