"""One chart of :mod:`tracker.charts.draw` in the window: a matplotlib ``Figure`` on a
``FigureCanvasQTAgg``, kept current, with tooltips, a table view of its numbers and saving.

This is the only module of the window that imports matplotlib, and only the Charts page imports
it, when that page is first shown: the window starts without matplotlib.

The drawing functions lay a chart out for the figure's size, so the canvas calls its function
again after a resize (once the resizing pauses) and when the palette changes (dark mode). Data
is fetched again only when told it changed (:meth:`ChartCanvas.invalidate`), and only while the
chart is on screen; a hidden chart catches up when it is shown.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matplotlib.backend_bases import LocationEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCursor, QGuiApplication, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QStackedLayout,
    QTableView,
    QToolTip,
    QWidget,
)

from tracker.charts.palette import ChartPalette
from tracker.charts.render import render_to_bytes
from tracker.i18n import translate
from tracker.store.files import write_private_file
from tracker.ui.chart_export import ImageSizeDialog
from tracker.ui.chart_tables import ChartTable, ChartTableModel
from tracker.ui.folders import documents_folder

_RESIZE_PAUSE_MS = 120  # lay the chart out again once resizing pauses this long
_FORMATS = {".png": "png", ".svg": "svg"}
_FILTERS = {"png": "PNG image (*.png)", "svg": "SVG image (*.svg)"}


@dataclass(frozen=True)
class ChartKind:
    """How one kind of chart is drawn, tabled and explained under the pointer."""

    key: str  # for file names: "timeline"
    title: str  # "Tier timeline"
    draw: Callable[[Figure, Any, ChartPalette], None]
    table: Callable[[Any], ChartTable]
    hover: Callable[[Any, int, float], str | None]  # (data, axes index, x in data coordinates)


def chart_palette(widget: QWidget) -> ChartPalette:
    """The chart colours that go with ``widget``'s palette: its base (where content sits, as in a
    table or a text box), text and highlight colours."""
    palette = widget.palette()
    return ChartPalette.from_colours(
        palette.color(QPalette.ColorRole.Base).name(),
        palette.color(QPalette.ColorRole.Text).name(),
        palette.color(QPalette.ColorRole.Highlight).name(),
    )


class _Canvas(FigureCanvasQTAgg):
    """The figure's canvas, saying when Qt resized it."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # type: ignore[no-untyped-call]
        self.resized.emit()


class ChartCanvas(QWidget):
    """A chart drawn from ``provider()``'s data (None: nothing to draw yet), or its table."""

    drawn = Signal()  # after every redraw
    message = Signal(str)  # a short note for the window's status bar
    view_changed = Signal(bool)  # True: the table is shown

    def __init__(self, kind: ChartKind, provider: Callable[[], object | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._provider = provider
        self._data: object | None = None
        self._stale = True  # the data must be fetched again
        self._palette: ChartPalette | None = None
        self.save_folder = documents_folder()

        self.figure = Figure()
        self.canvas = _Canvas(self.figure)  # type: ignore[no-untyped-call]
        self.canvas.setAccessibleName(translate("Charts", kind.title))
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._on_context_menu)
        self.canvas.resized.connect(self._on_canvas_resized)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("figure_leave_event", self._on_leave)

        self.model = ChartTableModel(self)
        self.table_view = QTableView()
        self.table_view.setModel(self.model)
        self.table_view.setAccessibleName(
            translate("ChartCanvas", "{chart}: the numbers").format(chart=translate("Charts", kind.title))
        )
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setTabKeyNavigation(False)  # Tab leaves it (it wrapped round its cells)
        self.table_view.verticalHeader().setVisible(False)
        self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table_view.horizontalHeader().setStretchLastSection(False)  # numbers stay by their headers
        self.table_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table_view.customContextMenuRequested.connect(self._on_context_menu)

        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.canvas)
        self._stack.addWidget(self.table_view)
        self.setMinimumSize(280, 200)

        self._update_timer = QTimer(self)  # one refresh for a burst of changes
        self._update_timer.setSingleShot(True)
        self._update_timer.setInterval(0)
        self._update_timer.timeout.connect(self.refresh)
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(_RESIZE_PAUSE_MS)
        self._layout_timer.timeout.connect(self.redraw)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_palette_may_have_changed)

    # --- keeping current -------------------------------------------------------------------------

    def invalidate(self) -> None:
        """The data changed: fetch and draw it again now if the chart is on screen, else when shown."""
        self._stale = True
        if self.isVisible():
            self._update_timer.start()

    def data(self) -> object | None:
        """The data last drawn."""
        return self._data

    def palette_used(self) -> ChartPalette | None:
        return self._palette

    def refresh(self) -> None:
        """Fetch the data and draw it now."""
        self._update_timer.stop()
        data = self._provider()
        if data is None:
            return  # nothing to show yet (the records are still loading): stay stale
        self._stale = False
        self._data = data
        self.model.set_table(self.kind.table(data))
        self.redraw()

    def redraw(self) -> None:
        """Draw the last data again: laid out for the canvas's size, in the palette's colours."""
        self._layout_timer.stop()
        if self._data is None:
            return
        self._palette = chart_palette(self)
        self.kind.draw(self.figure, self._data, self._palette)
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]
        self.drawn.emit()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._update_timer.start()
        elif self._palette is not None and self._palette != chart_palette(self):
            self._layout_timer.start()

    def _on_canvas_resized(self) -> None:
        if self._data is not None:
            self._layout_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.StyleChange,
        ):
            self._on_palette_may_have_changed()

    def _on_palette_may_have_changed(self) -> None:
        if self._palette is not None and self._palette != chart_palette(self) and self.isVisible():
            self.redraw()

    # --- the table -------------------------------------------------------------------------------

    def show_table(self, shown: bool) -> None:
        """Show the chart's numbers as a table instead of the chart (or the chart again)."""
        if self._stale and self.isVisible():
            self.refresh()
        self._stack.setCurrentWidget(self.table_view if shown else self.canvas)
        self.view_changed.emit(shown)

    def table_shown(self) -> bool:
        return self._stack.currentWidget() is self.table_view

    def table_text(self) -> str:
        """The table as tab-separated lines, for pasting into a spreadsheet."""
        table = self.model.table()
        lines = ["\t".join(table.headers)]
        lines += ["\t".join(str(cell) for cell in row) for row in table.rows]
        return "\n".join(lines)

    # --- pointer ---------------------------------------------------------------------------------

    def hover_text(self, axis: int, x: float) -> str | None:
        """What the tooltip says with the pointer at ``x`` (data coordinates) over axes ``axis``."""
        if self._data is None:
            return None
        return self.kind.hover(self._data, axis, x)

    def _on_motion(self, event: Any) -> None:
        if event.inaxes is None or event.xdata is None or event.inaxes not in self.figure.axes:
            QToolTip.hideText()
            return
        text = self.hover_text(self.figure.axes.index(event.inaxes), float(event.xdata))
        if not text:
            QToolTip.hideText()
            return
        gui = getattr(event, "guiEvent", None)
        where = gui.globalPosition().toPoint() if gui is not None and hasattr(gui, "globalPosition") else QCursor.pos()
        QToolTip.showText(where + QPoint(12, 12), text, self.canvas)

    def _on_leave(self, event: LocationEvent) -> None:
        QToolTip.hideText()

    # --- menu and saving -------------------------------------------------------------------------

    def actions_menu(self) -> QMenu:
        menu = QMenu(self)
        save = QAction(translate("ChartCanvas", "&Save as image…"), menu)
        save.triggered.connect(self.save_image)
        table = QAction(translate("ChartCanvas", "Show the numbers as a &table"), menu)
        table.setCheckable(True)
        table.setChecked(self.table_shown())
        table.toggled.connect(self.show_table)
        copy = QAction(translate("ChartCanvas", "&Copy the numbers"), menu)
        copy.triggered.connect(self._on_copy)
        menu.addActions([save, table, copy])
        return menu

    def _on_context_menu(self, position: QPoint) -> None:
        source = self.sender()
        widget = source if isinstance(source, QWidget) else self.canvas
        self.actions_menu().exec(widget.mapToGlobal(position))

    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.table_text())
        self.message.emit(
            translate("ChartCanvas", "Copied the numbers of the chart “{chart}”.").format(
                chart=translate("Charts", self.kind.title)
            )
        )

    def save_image(self) -> Path | None:
        """Ask where, then save the chart as it is shown, as PNG or SVG; the file, or None."""
        if self._data is None or self._stale:
            self.refresh()
        if self._data is None:
            return None
        suggested = str(self.save_folder / f"{self.kind.key}.png")
        chosen, selected = QFileDialog.getSaveFileName(
            self,
            translate("ChartCanvas", "Save chart as image"),
            suggested,
            ";;".join(_FILTERS.values()),
            _FILTERS["png"],
        )
        if not chosen:
            return None
        path = Path(chosen)
        fmt = _FORMATS.get(path.suffix.lower())
        if fmt is None:
            fmt = "svg" if selected == _FILTERS["svg"] else "png"
            path = path.with_name(path.name + "." + fmt)
        size = None
        if fmt == "png":
            ratio = self.canvas.devicePixelRatioF()
            size = ImageSizeDialog.ask(self, round(self.canvas.width() * ratio), round(self.canvas.height() * ratio))
            if size is None:
                return None
        palette = self._palette or chart_palette(self)
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        if size is None or size.screen:
            image = io.BytesIO()
            self.figure.savefig(image, format=fmt, facecolor=palette.background, metadata=metadata)
            data = image.getvalue()
        else:
            light = ChartPalette.light() if size.paper else palette
            data = render_to_bytes(
                self.kind.draw, self._data, light, fmt, size_px=(size.width, size.height), dpi=size.dpi
            )
        try:
            write_private_file(path, data)  # whole or not at all, readable by the shopper only
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("ChartCanvas", "Chart not saved"),
                translate("ChartCanvas", "{file} cannot be written: {reason}.").format(
                    file=path, reason=error.strerror or error
                ),
            )
            return None
        self.save_folder = path.parent
        self.message.emit(translate("ChartCanvas", "Saved the chart as {file}.").format(file=path.name))
        return path
