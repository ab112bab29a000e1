"""Table models for the import dialog: the file's first rows, and the rows that were rejected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from tracker.i18n import translate
from tracker.importing.engine import Analysis
from tracker.importing.prepared import RejectedRow
from tracker.ui.widgets import USER_DATA_ROLE

Index = QModelIndex | QPersistentModelIndex
PROBLEM_TINT = QColor(220, 50, 47, 70)  # a see-through red that reads on light and dark palettes
ARROW = "  →  "


def _placeholder_brush() -> QBrush:
    return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)


class PreviewModel(QAbstractTableModel):
    """The file's first rows as written; in ``parsed`` mode each mapped cell also shows how it
    reads (``Feb 10, 2026  →  2026-02-10``), a cell that does not read is tinted with the reason
    as its tooltip, and unmapped columns are greyed. ``field_row`` keeps row 0 free for the
    dialog's field dropdowns."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._analysis: Analysis | None = None
        self._parsed = False
        self._field_row = False

    def set_analysis(self, analysis: Analysis | None, *, parsed: bool = False, field_row: bool = False) -> None:
        self.beginResetModel()
        self._analysis, self._parsed, self._field_row = analysis, parsed, field_row
        self.endResetModel()

    @property
    def offset(self) -> int:
        return 1 if self._field_row else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._analysis is None:
            return 0
        return len(self._analysis.preview) + self.offset

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._analysis is None:
            return 0
        return len(self._analysis.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._analysis is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._analysis.headers[section] if section < len(self._analysis.headers) else None
        if section < self.offset:
            return translate("PreviewModel", "Field")
        row = section - self.offset
        return str(self._analysis.preview[row].line) if row < len(self._analysis.preview) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        analysis = self._analysis
        if analysis is None or not index.isValid() or index.row() < self.offset:
            return None
        row = analysis.preview[index.row() - self.offset]
        column = index.column()
        raw = row.cells[column] if column < len(row.cells) else ""
        shown = row.parsed.get(column) if self._parsed else None
        mapped = self._parsed and analysis.mapping.get(column) is not None
        if role == Qt.ItemDataRole.DisplayRole:
            raw = " ".join(raw.split()) if len(raw) < 200 else raw[:197] + "…"
            if shown is None or not mapped:
                return raw
            if shown.problem:
                return f"{raw}{ARROW}?" if raw else ""
            return raw if shown.text == raw.strip() else f"{raw}{ARROW}{shown.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if shown is not None and shown.problem:
                return shown.problem
            if shown is not None and mapped and shown.text != raw.strip():
                return f"{raw}{ARROW}{shown.text}"
            return raw if len(raw) > 40 else None
        if role == Qt.ItemDataRole.BackgroundRole and shown is not None and shown.problem and mapped:
            return QBrush(PROBLEM_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and self._parsed and not mapped:
            return _placeholder_brush()
        return None


class RejectedModel(QAbstractTableModel):
    """Rejected rows: the file line, the cells as written (the wrong ones tinted, the reason as
    tooltip) and the problem in words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RejectedRow] = []
        self._headers: list[str] = []

    def set_rows(self, rows: list[RejectedRow], headers: list[str]) -> None:
        self.beginResetModel()
        self._rows, self._headers = rows, headers
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == USER_DATA_ROLE:
            return section >= 2  # the file's own column names
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return translate("RejectedModel", "Row")
        if section == 1:
            return translate("RejectedModel", "Problem")
        return self._headers[section - 2] if section - 2 < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return row.line if role == Qt.ItemDataRole.DisplayRole else None
        if column == 1:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return "; ".join(f"{problem.column}: {problem.message}" for problem in row.problems)
            return None
        header = self._headers[column - 2]
        problems = [problem.message for problem in row.problems if problem.column == header]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column - 2] if column - 2 < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(PROBLEM_TINT)
        return None

    def problem_columns(self) -> list[int]:
        """The model columns that hold at least one rejected cell."""
        wanted = {problem.column for row in self._rows for problem in row.problems}
        return [column + 2 for column, header in enumerate(self._headers) if header in wanted]
