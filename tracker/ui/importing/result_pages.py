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

from tracker.i18n import number, translate
from tracker.importing.prepared import ImportReport, Prepared
from tracker.ui.importing.models import RejectedModel
from tracker.ui.importing.widgets import heading, note, problem_label


def count(number: int, kind: str) -> str:
    """``1 order``, ``1,234 orders``: the count of one kind of record, in the user's language."""
    if kind in ("orders", "refunds"):  # a refunds file updates orders
        one, many = translate("ImportCounts", "1 order"), translate("ImportCounts", "%Ln orders", None, number)
    elif kind == "activity":
        one, many = translate("ImportCounts", "1 activity"), translate("ImportCounts", "%Ln activities", None, number)
    elif kind == "points_history":
        one = translate("ImportCounts", "1 history row")  # AliExpress's rows, kept to check against
        many = translate("ImportCounts", "%Ln history rows", None, number)
    elif kind == "promotions":
        one = translate("ImportCounts", "1 promotion")
        many = translate("ImportCounts", "%Ln promotions", None, number)
    else:
        one, many = translate("ImportCounts", "1 record"), translate("ImportCounts", "%Ln records", None, number)
    return one if number == 1 else many


def rows(number: int) -> str:
    return translate("ImportCounts", "1 row") if number == 1 else translate("ImportCounts", "%Ln rows", None, number)


class ReviewPage(QWidget):
    """Step 4: what the import will do, the rejected rows with their reasons, and the switches."""

    changed = Signal()
    save_rejected_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = note(translate("Dialogs", "Checking every row…"))
        self.summary = note()
        self.update_stored = QCheckBox(translate("ReviewPage", "Update orders already recorded with this file's data"))
        self.skip_errors = QCheckBox(translate("ReviewPage", "Skip rows with errors and import the rest"))
        self.warnings = note()
        self.problem = problem_label()
        self.model = RejectedModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves it for Import and Cancel (it wrapped round its cells)
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
        self.update_stored.setVisible(stored > 0 and prepared.kind != "refunds")  # refunds always update
        self.skip_errors.setVisible(bool(prepared.rejected))
        self.summary.show()
        self.show_counts(prepared, already)
        self.warnings.setText("\n".join(f"• {warning}" for warning in prepared.warnings))
        self.warnings.setVisible(bool(prepared.warnings))
        rejected = prepared.rejected
        self.model.set_rows(rejected, prepared.headers)
        for widget in (self.rejected_title, self.save_rejected, self.table):
            widget.setVisible(bool(rejected))
        rejected_count = len(rejected)
        self.rejected_title.setText(
            translate(
                "ReviewPage",
                "1 row cannot be imported as it is: the marked cells say why. "
                "Save them to fix in a spreadsheet and import again.",
            )
            if rejected_count == 1
            else translate(
                "ReviewPage",
                "%Ln rows cannot be imported as they are: the marked cells say why. "
                "Save them to fix in a spreadsheet and import again.",
                None,
                rejected_count,
            )
        )
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 320)

    def show_counts(self, prepared: Prepared, already: str) -> None:
        counts = prepared.counts("update" if self.update_stored.isChecked() else "skip")
        kind = prepared.kind
        parts = []
        if counts.new or not counts.update:  # a refunds file only updates: "0 orders to add" says nothing
            parts.append(translate("ReviewPage", "<b>{count}</b> to add").format(count=count(counts.new, kind)))
        if counts.update:
            parts.append(translate("ReviewPage", "<b>{count}</b> to update").format(count=count(counts.update, kind)))
        if counts.duplicate:
            parts.append(
                translate("ReviewPage", "{count} already recorded or repeated in the file, left out").format(
                    count=count(counts.duplicate, kind)
                )
            )
        if counts.rejected:
            parts.append(translate("ReviewPage", "<b>{rows} rejected</b>").format(rows=rows(counts.rejected)))
        text = translate("ReviewPage", "{rows} read: {parts}.").format(
            rows=rows(prepared.row_count), parts=", ".join(parts)
        )
        if not counts.rejected:
            text += " " + translate("ReviewPage", "Every row reads as it should.")
        if already:
            text += f"<br>{already}"
        self.summary.setText(text)


class ProgressPage(QWidget):
    """Step 5: the import running, with a way to stop it."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = note(translate("ProgressPage", "Importing…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel = QPushButton(translate("ProgressPage", "Cancel import"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ProgressPage", "Importing")))
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(note(translate("Dialogs", "Cancelling leaves your records exactly as they were before.")))
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
        self.status.setText(
            translate("ProgressPage", "Importing… {done} of {total} records written.").format(
                done=number(done), total=number(total)
            )
        )


class SummaryPage(QWidget):
    """Step 6: what was imported, and a way to take it all back."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(translate("SummaryPage", "Done"))
        self.result = note()
        self.undo = QPushButton(translate("SummaryPage", "&Undo this import"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.result)
        layout.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.undo.clicked.connect(self.undo_requested)

    def show_report(self, report: ImportReport) -> None:
        self.title.setText(translate("SummaryPage", "Imported"))
        parts = []
        if report.new or not report.updated:
            parts.append(translate("SummaryPage", "{count} added").format(count=count(report.new, report.kind)))
        if report.updated:
            parts.append(translate("SummaryPage", "{count} updated").format(count=count(report.updated, report.kind)))
        if report.skipped:
            parts.append(
                translate("SummaryPage", "{count} already recorded or repeated in the file, left out").format(
                    count=count(report.skipped, report.kind)
                )
            )
        if report.rejected:
            parts.append(
                translate("SummaryPage", "{rows} rejected and not imported").format(rows=rows(report.rejected))
            )
        lines = [
            translate("SummaryPage", "<b>{file}</b>: {parts}.").format(file=report.file_name, parts=", ".join(parts))
        ]
        lines += [f"• {warning}" for warning in report.warnings]
        lines.append(
            translate(
                "SummaryPage",
                "The import is recorded as batch {batch}; you can undo it later from the list of imports.",
            ).format(batch=report.batch_id)
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
