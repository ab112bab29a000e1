"""The Charts page: the four charts in tabs, and the what-if planner beside them.

Tier timeline (with the planner's plan when there is one), the points leaving today's window,
what to buy by when to keep or reach a tier, and where the points come from. Every chart's data
comes from :mod:`tracker.charts.data` over the session's status; after an edit only the chart
on screen is drawn again, the others when they are next shown (:class:`ChartCanvas`).

This module imports matplotlib (through :mod:`tracker.ui.chart_canvas` and
:mod:`tracker.charts.draw`); the window loads it only when the page is first shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.charts import expiring_data, plan_data, plan_for, sources_data, timeline_data
from tracker.charts.data import ExpiringData, PlanData, SourcesData, TimelineData
from tracker.charts.draw import draw_expiring, draw_plan, draw_sources, draw_timeline
from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.report.check_report import check_results
from tracker.report.planning import default_target
from tracker.report.ruleset_words import ruleset_text
from tracker.rules import Status
from tracker.rules.dates import add_months
from tracker.ui.chart_canvas import ChartCanvas, ChartKind
from tracker.ui.chart_export import ImageSizeDialog
from tracker.ui.chart_hover import expiring_hover, plan_hover, sources_hover, timeline_hover
from tracker.ui.chart_tables import expiring_table, plan_table, sources_table, timeline_table
from tracker.ui.check_line import check_marks
from tracker.ui.planner import PlannerPanel
from tracker.ui.session import Session

TIMELINE = ChartKind(
    "timeline",
    QT_TRANSLATE_NOOP("Charts", "Tier timeline"),
    draw_timeline,
    timeline_table,
    lambda d, _a, x: timeline_hover(d, x),
)
EXPIRING = ChartKind(
    "expiring",
    QT_TRANSLATE_NOOP("Charts", "Points leaving"),
    draw_expiring,
    expiring_table,
    lambda d, _a, x: expiring_hover(d, x),
)
PLAN = ChartKind("plan", QT_TRANSLATE_NOOP("Charts", "What to buy"), draw_plan, plan_table, plan_hover)
SOURCES = ChartKind(
    "sources",
    QT_TRANSLATE_NOOP("Charts", "Where points come from"),
    draw_sources,
    sources_table,
    lambda d, _a, x: sources_hover(d, x),
)

_CHART_MIN_EM = 38  # the narrowest chart worth showing beside the planner, in line heights

_TAB_TIPS = {
    "timeline": QT_TRANSLATE_NOOP("Charts", "Your points at every month end, past and coming, and when your tier ends"),
    "expiring": QT_TRANSLATE_NOOP("Charts", "When today's points leave your 12-month window"),
    "plan": QT_TRANSLATE_NOOP("Charts", "What to buy by when to keep your tier, or reach another"),
    "sources": QT_TRANSLATE_NOOP("Charts", "Where your points came from, month by month"),
}


class ChartsPage(QWidget):
    """The charts and the planner on one session."""

    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._tier_names: tuple[str, ...] = ()
        self._picked_tier: str | None = None  # the plan chart's tier; None: the default
        self._planner_pinned = False  # shown or hidden by the shopper, not by the page's width

        self.planner = PlannerPanel(session)
        self.timeline = ChartCanvas(TIMELINE, self._timeline_data)
        self.expiring = ChartCanvas(EXPIRING, self._expiring_data)
        self.plan = ChartCanvas(PLAN, self._plan_data)
        self.sources = ChartCanvas(SOURCES, self._sources_data)
        self.canvases = (self.timeline, self.expiring, self.plan, self.sources)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, translate("ChartsPage", "Tier &timeline"))
        self.tabs.addTab(self.expiring, translate("ChartsPage", "Points &leaving"))
        self.tabs.addTab(self._plan_tab(), translate("ChartsPage", "What to &buy"))
        self.tabs.addTab(self.sources, translate("ChartsPage", "Point &sources"))
        for index, canvas in enumerate(self.canvases):
            self.tabs.setTabToolTip(index, translate("Charts", _TAB_TIPS[canvas.kind.key]))
        self.corner = self._corner_buttons()
        self.tabs.setCornerWidget(self.corner, Qt.Corner.TopRightCorner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.planner)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        em = self.fontMetrics().height()
        self.planner.setMaximumWidth(max(em * 26, self.planner.minimumWidth()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Where the buttons go when the tabs and they do not fit in one row (a narrow window, a long
        # language): above the tabs, on the right.
        self.buttons_row = QHBoxLayout()
        self.buttons_row.setContentsMargins(0, 2, 0, 2)
        self.buttons_row.addStretch(1)
        layout.addLayout(self.buttons_row)
        layout.addWidget(self.splitter)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tier_picker.currentIndexChanged.connect(self._on_tier_picked)
        self.planner.outcome_changed.connect(self._on_plan_changed)
        self.planner.target_changed.connect(self._on_planner_target)
        self.planner.message.connect(self.message)
        for canvas in self.canvases:
            canvas.message.connect(self.message)
            canvas.view_changed.connect(self._on_view_changed)
        session.changed.connect(self._on_session_changed)
        session.settings_changed.connect(self._on_session_changed)
        self.refresh()

    # --- building --------------------------------------------------------------------------------

    def _plan_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        row = QHBoxLayout()
        em = self.fontMetrics().height()
        row.setContentsMargins(round(em * 0.6), round(em * 0.4), round(em * 0.6), 0)
        label = QLabel(translate("ChartsPage", "&Keep or reach"))
        self.tier_picker = QComboBox()
        self.tier_picker.setAccessibleName(translate("ChartsPage", "Tier to keep or reach"))
        label.setBuddy(self.tier_picker)
        row.addWidget(label)
        row.addWidget(self.tier_picker)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.plan, 1)
        return tab

    def _corner_buttons(self) -> QWidget:
        corner = QWidget()
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 4, 0)
        row.setSpacing(2)
        self.planner_button = QToolButton()
        self.planner_button.setText(translate("ChartsPage", "What &if…"))
        self.planner_button.setCheckable(True)
        self.planner_button.setChecked(True)
        self.planner_button.setToolTip(translate("ChartsPage", "Show or hide the what-if planner"))
        self.planner_button.clicked.connect(self._on_planner_button)
        row.addWidget(self.planner_button)
        self.table_button = QToolButton()
        self.table_button.setText(translate("ChartsPage", "Ta&ble"))
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(translate("ChartsPage", "Show the chart's numbers as a table"))
        self.table_button.toggled.connect(self._on_table_toggled)
        self.save_button = QToolButton()
        self.save_button.setText(translate("ChartsPage", "Sa&ve…"))
        self.save_button.setToolTip(translate("ChartsPage", "Save the chart as a PNG or SVG image"))
        self.save_button.clicked.connect(self._on_save)
        row.addWidget(self.table_button)
        row.addWidget(self.save_button)
        return corner

    # --- data for the charts ---------------------------------------------------------------------

    def _status(self) -> Status | None:
        session = self.session
        if session.db.is_closed() or getattr(session, "provisional", False):
            return None  # another database was opened, or the records are still loading
        return session.status()

    def _timeline_data(self) -> TimelineData | None:
        status = self._status()
        if status is None:
            return None
        outcome = self.planner.outcome()
        plan = outcome.as_plan() if outcome is not None else None
        session = self.session
        results = check_results(session.db, session.records(), status.ruleset, session.settings(), status)
        marks, unchecked = check_marks(results)
        return timeline_data(
            status.ledger, status.ruleset, session.settings(), status.as_of, plan, checks=marks,
            unchecked_from=unchecked,
        )  # fmt: skip

    def _expiring_data(self) -> ExpiringData | None:
        status = self._status()
        return expiring_data(status) if status is not None else None

    def _plan_data(self) -> PlanData | None:
        status = self._status()
        if status is None:
            return None
        settings = self.session.settings()
        tier = self.plan_tier(status)
        return plan_data(status, settings, plan_for(status, settings, tier))

    def _sources_data(self) -> SourcesData | None:
        status = self._status()
        if status is None:
            return None
        return sources_data(status.ledger, add_months(status.as_of, -11), status.as_of)

    def plan_tier(self, status: Status) -> Any:
        """The tier the plan chart is for: the one picked, else today's (the next for the first tier)."""
        ruleset = status.ruleset
        for tier in ruleset.tiers:
            if tier.name == self._picked_tier:
                return tier
        return default_target(ruleset, status.tier)

    # --- keeping current -------------------------------------------------------------------------

    def current_canvas(self) -> ChartCanvas:
        return self.canvases[self.tabs.currentIndex()]

    def refresh(self) -> None:
        """After a change of records or settings: the tier pickers, then every chart (the one on
        screen now, the others when shown)."""
        self._refresh_timer.stop()
        status = self._status()
        if status is not None:
            self._fill_tiers(status)
            self.planner.fill_tiers(status.ruleset, status.tier.name)
        for canvas in self.canvases:
            canvas.invalidate()

    def _fill_tiers(self, status: Status) -> None:
        names = tuple(tier.name for tier in status.ruleset.tiers)
        chosen = self.plan_tier(status).name
        self.tier_picker.blockSignals(True)
        if names != self._tier_names:
            self.tier_picker.clear()
            for name in names:
                self.tier_picker.addItem(ruleset_text(name), name)
            self._tier_names = names
        for index, name in enumerate(names):
            self.tier_picker.setItemText(
                index,
                translate("ChartsPage", "{tier} (now)").format(tier=ruleset_text(name))
                if name == status.tier.name
                else ruleset_text(name),
            )
        self.tier_picker.setCurrentIndex(names.index(chosen))
        self.tier_picker.blockSignals(False)

    def _on_session_changed(self) -> None:
        self._refresh_timer.start()

    def _on_plan_changed(self) -> None:
        self.timeline.invalidate()

    def _on_tab_changed(self, _index: int) -> None:
        canvas = self.current_canvas()
        self.table_button.blockSignals(True)
        self.table_button.setChecked(canvas.table_shown())
        self.table_button.blockSignals(False)

    def _on_tier_picked(self, _index: int) -> None:
        name = str(self.tier_picker.currentData() or "")
        self._picked_tier = name
        self.plan.invalidate()
        self.planner.set_target(name)

    def _on_planner_target(self, name: str) -> None:
        index = self.tier_picker.findData(name)
        if index >= 0 and index != self.tier_picker.currentIndex():
            self.tier_picker.blockSignals(True)
            self.tier_picker.setCurrentIndex(index)
            self.tier_picker.blockSignals(False)
            self._picked_tier = name
            self.plan.invalidate()

    def _on_table_toggled(self, shown: bool) -> None:
        self.current_canvas().show_table(shown)

    def _on_view_changed(self, shown: bool) -> None:
        if self.sender() is self.current_canvas():
            self._on_tab_changed(self.tabs.currentIndex())

    def _on_save(self) -> None:
        self.current_canvas().save_image()

    def dialogs(self) -> list[tuple[str, QWidget]]:
        """The dialogs this page opens besides the file chooser (for the screenshot checks)."""
        canvas = self.current_canvas().canvas
        return [("png-size", ImageSizeDialog(canvas.width(), canvas.height(), self))]

    # --- room for the planner --------------------------------------------------------------------

    def show_planner(self, shown: bool) -> None:
        """The planner beside the charts when both have room; on a narrower page it takes the
        page, and "What if…" (above, with the other buttons) brings the charts back."""
        both = shown and self._both_fit(self.width())
        were_both = self.planner.isVisibleTo(self) and self.tabs.isVisibleTo(self)
        self.planner.setVisible(shown)
        self.tabs.setVisible(not shown or both)
        if both and not (were_both and self._charts_keep_their_width()):
            # The charts keep the width their tabs and buttons need; the planner takes the rest. Only
            # when the two come together, or the charts were squeezed: a width the shopper dragged
            # the handle to stays as the window is resized.
            handle = self.splitter.handleWidth()
            planner = min(self.planner.maximumWidth(), self.width() - handle - self._chart_width())
            self.splitter.setSizes([self.width() - handle - planner, planner])
        self.planner_button.setChecked(shown)
        self.place_buttons(self.splitter.sizes()[0] if both else self.width())  # the charts' own width

    def planner_alone(self) -> bool:
        """Whether the planner is shown instead of the charts (a page too narrow for both)."""
        return self.planner.isVisibleTo(self) and not self.tabs.isVisibleTo(self)

    def _charts_keep_their_width(self) -> bool:
        charts, _planner = self.splitter.sizes()
        return charts >= self._chart_width()

    def _chart_width(self) -> int:
        """The narrowest the charts go beside the planner: their buttons go above the tabs if need
        be, rather than the planner taking the charts' place."""
        return max(self.fontMetrics().height() * _CHART_MIN_EM, self.narrowest_width())

    def _both_fit(self, width: int) -> bool:
        return width >= self.planner.minimumWidth() + self.splitter.handleWidth() + self._chart_width()

    def _on_planner_button(self, checked: bool) -> None:
        self._planner_pinned = True
        self.show_planner(checked)

    def _tabs_only_width(self) -> int:
        bar = self.tabs.tabBar()
        return sum(bar.tabSizeHint(index).width() for index in range(bar.count())) + 8

    def tabs_width(self) -> int:
        """How wide the charts must be for their tabs and buttons to show whole in one row (in this
        language)."""
        return self._tabs_only_width() + self.corner.sizeHint().width()

    def narrowest_width(self) -> int:
        """How wide the charts must be for their tabs and buttons to show whole, the buttons above
        the tabs if need be."""
        return max(self._tabs_only_width(), self.corner.sizeHint().width() + 8)

    def buttons_beside_tabs(self) -> bool:
        return self.tabs.cornerWidget(Qt.Corner.TopRightCorner) is self.corner

    def place_buttons(self, width: int) -> None:
        """The buttons beside the tabs while both fit in ``width``, else in a row above them (and
        always above while the planner is shown alone)."""
        beside = width >= self.tabs_width() and not self.planner_alone()
        if beside == self.buttons_beside_tabs():
            return
        if beside:
            self.buttons_row.removeWidget(self.corner)
            self.tabs.setCornerWidget(self.corner, Qt.Corner.TopRightCorner)
        else:
            self.tabs.setCornerWidget(None, Qt.Corner.TopRightCorner)  # type: ignore[arg-type]  # Qt: no corner
            self.buttons_row.addWidget(self.corner)
        self.corner.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._planner_pinned:
            self.show_planner(self.planner_button.isChecked())  # beside the charts, or alone
        else:
            # Beside the charts when both have room; on a narrow window the charts come first and
            # "What if…" brings the planner in.
            self.show_planner(self._both_fit(event.size().width()))
