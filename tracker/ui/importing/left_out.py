"""The columns no field takes, with what they hold, each mapped in one click.

Guessing never maps a column to a field that changes points from its values alone, so a date
column with a header the app does not know ("Updated") is left out rather than taken as a
confirmation or a refund date. This panel shows each left-out column with a few of its values
and, where its values suggest one, a button that maps it: the shopper decides, in one click.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import translate
from tracker.importing.engine import LeftOut
from tracker.importing.fields import label
from tracker.ui.importing.widgets import note

SHOWN = 12  # left-out columns listed; the rest are counted
SAMPLE_CHARACTERS = 32  # a value longer than this is cut short (a link, a JSON text)
VISIBLE_ROWS = 4  # the list scrolls beyond this, so the preview above keeps its room


class LeftOutPanel(QWidget):
    """``use_requested(column, field)``: the shopper chose to map a left-out column."""

    use_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = note()
        rows = QWidget()
        self.grid = QGridLayout(rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.rows_area = QScrollArea()
        self.rows_area.setWidget(rows)
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.more = note()
        self.buttons: dict[int, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.rows_area)
        layout.addWidget(self.more)
        self.hide()

    def show_columns(self, columns: list[LeftOut], target: str) -> None:
        self._clear()
        # Columns with a field to offer first; each keeps the file's order otherwise.
        worth_showing = sorted((c for c in columns if c.samples), key=lambda c: c.suggestion is None)
        self.setVisible(bool(worth_showing))
        if not worth_showing:
            return
        self.title.setText(
            translate(
                "ColumnsPage",
                "<b>Left out</b> — these columns are not imported. Nothing that changes points is taken from a "
                "column whose name does not say so: map one yourself if it holds what you want.",
            )
        )
        for row, column in enumerate(worth_showing[:SHOWN]):
            name = QLabel(f"“{column.header}”")
            name.setTextFormat(Qt.TextFormat.PlainText)
            values = QLabel(", ".join(_short(sample) for sample in column.samples))
            values.setTextFormat(Qt.TextFormat.PlainText)
            values.setToolTip("\n".join(column.samples))
            # The values give way (cut short) before the button does.
            values.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(values, row, 1)
            if column.suggestion is not None:
                button = QPushButton(
                    translate("ColumnsPage", "Use as {field}").format(field=label(column.suggestion, target))
                )
                button.clicked.connect(
                    lambda _checked=False, c=column.column, f=column.suggestion: self.use_requested.emit(c, f)
                )
                self.grid.addWidget(button, row, 2)
                self.buttons[column.column] = button
        line = max(self.fontMetrics().height() + 12, 30)
        self.rows_area.setFixedHeight(line * min(len(worth_showing), SHOWN, VISIBLE_ROWS))
        hidden = len(worth_showing) - SHOWN
        self.more.setVisible(hidden > 0)
        if hidden > 0:
            self.more.setText(
                translate("ColumnsPage", "… and %n more: choose their fields in the table above.", None, hidden)
            )

    def _clear(self) -> None:
        self.buttons = {}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()


def _short(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= SAMPLE_CHARACTERS else value[: SAMPLE_CHARACTERS - 1] + "…"
