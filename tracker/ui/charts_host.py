"""The Charts page as the window shows it: at once, whatever matplotlib costs.

Importing matplotlib and building four figures takes a second or more the first time; done when
the page is clicked, the window froze and the sidebar's highlight did not even move. So the page
the window builds is this host: it paints a placeholder at once, and builds the real
:class:`~tracker.ui.charts_page.ChartsPage` only after that paint. Meanwhile the window preloads
matplotlib in the background once it is idle (:func:`preload_charts`), so that a later first
visit finds it loaded.

Before anything is recorded there is nothing to draw: the host then says how to start instead
of showing empty frames, and builds the charts once records arrive.

This module imports no matplotlib.
"""

from __future__ import annotations

import importlib
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import translate
from tracker.ui import editing
from tracker.ui.session import Session
from tracker.ui.widgets import styled_label

if TYPE_CHECKING:
    from tracker.ui.charts_page import ChartsPage

CHARTS_MODULE = "tracker.ui.charts_page"
# What the background thread imports: matplotlib and our drawing code, the slow part (about a
# second), none of which touches Qt. The Qt side (the QtAgg canvas, our chart widgets) is then
# imported on the GUI thread when the page is built, in tens of milliseconds: Qt objects made
# off the GUI thread (fonts, pixmaps, widgets' class set-up) crash the window later.
PRELOADED_MODULES = ("matplotlib.figure", "matplotlib.backends.backend_agg", "tracker.charts.draw")
_LOADING_POLL_MS = 25
_preloading: threading.Thread | None = None


def preload_charts() -> threading.Thread | None:
    """Import matplotlib and the drawing code (:data:`PRELOADED_MODULES`) on a background thread,
    once; the thread, or None when they are loaded already. Python's import lock makes a page
    built meanwhile wait for it."""
    global _preloading
    if all(name in sys.modules for name in PRELOADED_MODULES) or _preloading is not None:
        return _preloading
    _preloading = threading.Thread(target=_import_charts, name="preload-charts", daemon=True)
    _preloading.start()
    return _preloading


def _import_charts() -> None:
    try:
        for name in PRELOADED_MODULES:
            importlib.import_module(name)
    except Exception:
        return


class _PaintWatcher(QObject):
    """Starts ``then`` after each paint of the widget it watches (the placeholder)."""

    def __init__(self, watched: QWidget, then: QTimer) -> None:
        super().__init__(watched)
        self._then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._then.start(0)
        return False


class ChartsHost(QWidget):
    """A placeholder, then the charts; a note with two ways to start while nothing is recorded."""

    message = Signal(str)  # the charts' notes for the window's status bar
    import_requested = Signal()  # "Import a file…" in the note: the window runs its import action
    built = Signal()  # the charts are on the page

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._charts: ChartsPage | None = None
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._on_build_due)

        self.placeholder = styled_label(translate("ChartsHost", "Drawing your charts…"), factor=1.2, muted=True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty = self._empty_note()
        self.scroll_area = QScrollArea()  # a narrow window scrolls the charts rather than cutting them
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._stack = QStackedLayout(self)
        for widget in (self.placeholder, self.empty, self.scroll_area):
            self._stack.addWidget(widget)
        self._watcher = _PaintWatcher(self.placeholder, self._build_timer)
        session.changed.connect(self._on_session_changed)
        self._show_state()

    def _empty_note(self) -> QWidget:
        note = QWidget()
        title = styled_label(translate("ChartsHost", "No charts yet"), factor=1.5, bold=True)
        text = styled_label(
            translate(
                "ChartsHost",
                "Your charts show how your points and tier move month by month. Add an order or import "
                "your AliExpress orders, and they appear here.",
            ),
            muted=True,
        )
        for label in (title, text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton(translate("ChartsHost", "&Add an order…"))
        self.import_button = QPushButton(translate("ChartsHost", "&Import a file…"))
        self.add_button.clicked.connect(lambda: editing.edit_record(self, self.session, "order"))
        self.import_button.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        em = self.fontMetrics().height()
        block = QWidget()
        block.setMaximumWidth(em * 36)  # a readable line, centred
        column = QVBoxLayout(block)
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(em // 2)
        column.addLayout(buttons)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(block, 100)
        centred.addStretch(1)
        outer = QVBoxLayout(note)
        outer.addStretch(2)
        outer.addLayout(centred)
        outer.addStretch(3)
        return note

    # --- what the window and tests use -----------------------------------------------------------

    def charts(self) -> ChartsPage | None:
        """The charts, once built."""
        return self._charts

    def ready(self) -> ChartsPage:
        """The charts, built now if they were not yet (tests, screenshots)."""
        if self._charts is None:
            self._build()
        assert self._charts is not None
        self._show_state()
        return self._charts

    # --- building --------------------------------------------------------------------------------

    def _wanted(self) -> bool:
        """Charts are worth building: there are records (or last time's figures say there were)."""
        return not self.session.is_empty()

    def _show_state(self) -> None:
        if self._charts is not None:
            self._stack.setCurrentWidget(self.scroll_area)
        elif self._wanted():
            self._stack.setCurrentWidget(self.placeholder)
            self.placeholder.update()  # painted, then built (see _PaintWatcher)
        else:
            self._stack.setCurrentWidget(self.empty)

    def _on_build_due(self) -> None:
        if self._charts is None and self._wanted() and self.isVisible():
            loading = preload_charts()
            if loading is not None and loading.is_alive():
                # matplotlib is still loading on its thread: the window keeps answering meanwhile.
                self._build_timer.start(_LOADING_POLL_MS)
                return
            self._build()
            self._show_state()

    def _build(self) -> None:
        module = importlib.import_module(CHARTS_MODULE)
        charts: ChartsPage = module.ChartsPage(self.session)
        charts.message.connect(self.message)
        em = self.fontMetrics().height()
        charts.setMinimumSize(max(em * 30, charts.narrowest_width()), em * 26)  # narrower: the page scrolls
        self.scroll_area.setWidget(charts)
        self._charts = charts
        self.placeholder.removeEventFilter(self._watcher)
        self.built.emit()

    def _on_session_changed(self) -> None:
        if self._charts is None:
            self._show_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_state()
