"""The list of past imports, where any one of them can be undone as a whole.

Every import is one batch (file name, time, counts); undoing removes exactly the records that
batch added. The page refreshes whenever the session says the records changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import QT_TRANSLATE_NOOP, number, translate
from tracker.importing.options import ACTIVITY, ORDERS, POINTS_HISTORY, REFUNDS
from tracker.report.summary import day
from tracker.store.batches import BatchRow, list_batches, undo_batch
from tracker.store.demo import DEMO_KIND
from tracker.store.errors import StoreError
from tracker.ui import questions
from tracker.ui.importing.setup_pages import preset_title
from tracker.ui.session import Session

Index = QModelIndex | QPersistentModelIndex
_COLUMNS = (  # translated in headerData
    QT_TRANSLATE_NOOP("ImportsPage", "Imported"),
    QT_TRANSLATE_NOOP("ImportsPage", "File"),
    QT_TRANSLATE_NOOP("ImportsPage", "Read as"),
    QT_TRANSLATE_NOOP("ImportsPage", "New"),
    QT_TRANSLATE_NOOP("ImportsPage", "Updated"),
    QT_TRANSLATE_NOOP("ImportsPage", "Left out"),
    QT_TRANSLATE_NOOP("ImportsPage", "Rejected"),
)
_NUMBERS = {3: "new", 4: "updated", 5: "skipped", 6: "rejected"}


class BatchesModel(QAbstractTableModel):
    """One row per recorded import, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.batches: list[BatchRow] = []

    def set_batches(self, batches: list[BatchRow]) -> None:
        self.beginResetModel()
        self.batches = batches
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.batches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ImportsPage", _COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.batches):
            return None
        batch = self.batches[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return when_imported(batch)
            demo = batch.kind == DEMO_KIND
            if column == 1:
                return translate("ImportsPage", "Demo data") if demo else batch.file_name
            if column == 2:
                return _kind_name(batch.kind) if demo or not batch.preset else preset_title(batch.preset)
            return number(getattr(batch, _NUMBERS[column]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:  # the whole name, when the column is narrow
            return translate("ImportsPage", "Batch {batch}: {file}, {kind}").format(
                batch=batch.id, file=self.data(index), kind=_kind_name(batch.kind)
            )
        return None


def when_imported(batch: BatchRow) -> str:
    """The day and time of an import, as dates are written everywhere else: "5 Dec 2026 14:03"."""
    return f"{day(batch.imported_at.date())} {batch.imported_at:%H:%M}"


class ImportsPage(QWidget):
    """Past imports with "Undo import"; ``confirm`` stands in for the question box in tests."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[QWidget, str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._confirm = confirm or _confirm
        self.model = BatchesModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves it for the buttons (it wrapped round its cells)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a long file name is cut in its middle, whole in its tooltip
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            translate("ImportsPage", "No imports yet. Import a file from the File menu, or drop one on the window.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.undo_button = QPushButton(translate("ImportsPage", "Undo import"))
        self.undo_button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.notice_label, 1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        about = QLabel(
            translate(
                "ImportsPage", "Every import can be undone as a whole: it removes exactly what that import added."
            )
        )
        about.setWordWrap(True)  # a long translation wraps rather than holding the window wide
        layout.addWidget(about)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self.undo_button.clicked.connect(self._on_undo)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            batches = list_batches(self.session.db)
        except StoreError as error:
            self.notice_label.setText(str(error))
            batches = []
        chosen = self.selected()
        self.model.set_batches(batches)
        self.table.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.table if batches else self.empty)
        if batches:  # the one chosen before, else the newest: Undo import is ready at once
            ids = [batch.id for batch in batches]
            self.table.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        self._on_selection_changed()

    def selected(self) -> BatchRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.batches[rows[0].row()] if rows else None

    def _on_selection_changed(self) -> None:
        self.undo_button.setEnabled(self.selected() is not None)

    def _on_undo(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        new = batch.new
        question = translate(
            "ImportsPage",
            "Remove everything the import of {file} on {when} added (%Ln new records)? "
            "Orders it only updated keep their new values.",
            None,
            new,
        ).format(file=batch.file_name, when=when_imported(batch))
        if not self._confirm(self, question):
            return
        try:
            removed = undo_batch(self.session.db, batch.id)
        except StoreError as error:
            self.notice_label.setText(str(error))
            return
        total = removed.total
        self.notice_label.setText(
            translate("ImportsPage", "Removed the import of {file}: %Ln records.", None, total).format(
                file=batch.file_name
            )
        )
        self.session.records_changed_elsewhere()  # refreshes this page too


def _kind_name(kind: str) -> str:
    """What a batch held (``orders``), as the list shows it."""
    if kind == ORDERS:
        return translate("ImportsPage", "orders")
    if kind == ACTIVITY:
        return translate("ImportsPage", "activity")
    if kind == POINTS_HISTORY:
        return translate("ImportsPage", "points history")
    if kind == REFUNDS:
        return translate("ImportsPage", "refunds")
    if kind == DEMO_KIND:
        return translate("ImportsPage", "demo data")
    return kind


def _confirm(parent: QWidget, question: str) -> bool:
    return questions.ask(parent, questions.undo_import(question))
