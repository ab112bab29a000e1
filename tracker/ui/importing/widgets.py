"""Small pieces the import dialog's pages share: headings, notes, compact combo boxes, tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableView

from tracker.ui.importing.models import PreviewModel


def heading(text: str) -> QLabel:
    title = QLabel(text)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    title.setFont(font)
    return title


def note(text: str = "") -> QLabel:
    label_ = QLabel(text)
    label_.setWordWrap(True)
    label_.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label_


def problem_label() -> QLabel:
    shown = note()
    shown.setObjectName("problem")
    shown.setStyleSheet("QLabel#problem { color: #d13438; font-weight: bold; }")
    shown.hide()
    return shown


def preview_table(model: PreviewModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table (and its field boxes) for the next step's buttons
    table.setProperty("user_data", True)  # the file's own column names and values: never translated
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setDefaultSectionSize(150)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


def compact(combo: QComboBox, characters: int = 14) -> QComboBox:
    """A combo box that does not widen the dialog to its longest item (the list shows it all)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def fit_combo(table: QTableView, column: int, combo: QComboBox) -> None:
    """Widen ``column`` so that the box over it shows its chosen field whole."""
    arrow = combo.style().pixelMetric(combo.style().PixelMetric.PM_ScrollBarExtent) + 24
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + arrow
    if table.columnWidth(column) < needed:
        table.setColumnWidth(column, needed)


def fit_columns(table: QTableView, widest: int = 260) -> None:
    """Columns as wide as their content (the first rows), within reason."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        table.setColumnWidth(column, max(110, min(widest, table.columnWidth(column) + 12)))


def combo_box(items: Sequence[tuple[str, object]], characters: int = 14) -> QComboBox:
    combo = compact(QComboBox(), characters)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.blockSignals(True)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
