"""The first page: where the shopper stands, when the tier lapses and what to spend.

Every figure comes from :meth:`Session.status` and every sentence from :mod:`tracker.report.summary`,
the same words the command line prints. The page refreshes on the session's ``changed`` and
``settings_changed`` signals, once per burst of changes (a zero-delay timer). It computes nothing
itself: a refresh reads the status and asks :mod:`tracker.report.reminders` what is coming up (with
100,000 orders that takes most of the ~80 ms a refresh costs).

With no records yet it shows a welcome with three ways to start instead.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import number as i18n_number
from tracker.i18n import translate
from tracker.report.reminders import reminders
from tracker.report.ruleset_words import ruleset_text
from tracker.report.summary import (
    day,
    expected_toward_next,
    lapse_cost,
    lapse_sentence,
    month,
    month_abbreviation,
    next_tier_sentence,
    plan_sentence,
    recalculation_sentence,
    signed_count,
    steady_sentence,
)
from tracker.rules import Status
from tracker.store import reading
from tracker.ui import editing
from tracker.ui.check_line import CheckLine
from tracker.ui.empty_state import EmptyState
from tracker.ui.session import Session
from tracker.ui.uncounted_banner import UncountedBanner
from tracker.ui.widgets import Banner, Card, MonthBars, TierBadge, breakable_path, styled_label

_TWO_COLUMNS_FROM = 46  # in line heights of the page's font: about 700 px at 100 % scaling


def _bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"•  {item}" for item in items)


def short_month(value: date, *, first: bool = False) -> str:
    """``Dec``; the year under a January's name and under the first month's, so that the turn of
    the year shows and no bar reads as a day (``Jan 27`` looked like the 27th)."""
    name = month_abbreviation(value)
    return f"{name}\n{value.year}" if first or value.month == 1 else name


def _points(number: int) -> str:
    return signed_count(_points_of, number)  # a window total can be below zero


def _points_of(number: int) -> str:
    if number == 1:
        return translate("DashboardPage", "1 point")
    return translate("DashboardPage", "%Ln points", None, number)


class DashboardPage(QWidget):
    """Tier, points, next recalculation, lapse, plan, steady spend and benefits, at a glance."""

    import_requested = Signal()  # "Import a CSV…" in the empty state: the window runs its import action
    check_requested = Signal()  # "Check…" on the check line: the window opens its check dialog
    message = Signal(str)  # a short note for the window's status bar
    reminders_found = Signal(list)  # the reminders just listed: the window may notify new ones
    rate_requested = Signal(str)  # "Set a rate for RUB…": the window opens Settings ▸ Currencies on it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._columns = 0
        self._refresh_timer = QTimer(self)  # one refresh for a burst of changes
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        self.empty_state = EmptyState()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop: it would take the focus with nothing to show for it. The wheel, the
        # scroll bar and a focused button inside it (ensureWidgetVisible) still scroll it.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(self._build_content())
        self.computing_label = QLabel(
            translate(
                "DashboardPage",
                "Working out your points from all your records… Your tier and points appear here in a moment.",
            )
        )
        self.computing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.computing_label.setWordWrap(True)
        self.computing_label.setMargin(self.computing_label.fontMetrics().height() * 2)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty_state)
        self._stack.addWidget(self.scroll_area)
        self._stack.addWidget(self.computing_label)

        self.empty_state.add_order_button.clicked.connect(self._on_add_first_order)
        self.empty_state.import_button.clicked.connect(self.import_requested)
        self.empty_state.demo_button.clicked.connect(self._on_try_demo)
        self.remove_demo_button.clicked.connect(self._on_remove_demo)
        session.changed.connect(self._on_session_changed)
        session.settings_changed.connect(self._on_session_changed)
        self.refresh()

    def first_focus(self) -> QWidget | None:
        """The widget to focus when the window opens on this page: on the welcome, its first button
        (drawn as the one Enter presses); otherwise none in particular."""
        return self.empty_state.add_order_button if self._stack.currentWidget() is self.empty_state else None

    # --- building --------------------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        content = QWidget()
        content.setAutoFillBackground(False)
        em = self.fontMetrics().height()
        page = QVBoxLayout(content)
        page.setContentsMargins(round(em * 1.5), round(em * 1.2), round(em * 1.5), round(em * 1.5))
        page.setSpacing(em)

        self.demo_banner = Banner()
        banner_row = QHBoxLayout(self.demo_banner)
        banner_row.setContentsMargins(em, round(em * 0.5), round(em * 0.5), round(em * 0.5))
        self.demo_label = styled_label(
            translate("DashboardPage", "You are looking at demo data: a made-up year of a shopper.")
        )
        self.demo_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.remove_demo_button = QPushButton(translate("DashboardPage", "&Remove demo data"))
        banner_row.addWidget(self.demo_label, 1)
        banner_row.addWidget(self.remove_demo_button)
        page.addWidget(self.demo_banner)

        self.problem_banner = Banner()
        problem_row = QHBoxLayout(self.problem_banner)
        problem_row.setContentsMargins(em, round(em * 0.5), em, round(em * 0.5))
        self.problem_label = styled_label()
        problem_row.addWidget(self.problem_label)
        page.addWidget(self.problem_banner)

        self.uncounted_banner = UncountedBanner()
        self.uncounted_banner.rate_requested.connect(self.rate_requested)
        page.addWidget(self.uncounted_banner)

        page.addWidget(self._build_hero())
        self.check_line = CheckLine(self.session)
        self.check_line.check_requested.connect(self.check_requested)
        page.addWidget(self.check_line)

        self.reminders_card = Card(translate("DashboardPage", "Coming up"))
        self.reminders_label = styled_label()
        self.reminders_card.body.addWidget(self.reminders_label)
        page.addWidget(self.reminders_card)

        self.next_card = Card(translate("DashboardPage", "Next recalculation"))
        self.points_label = styled_label(factor=1.9, bold=True, wrap=False)
        self.expected_label = styled_label(muted=True)
        self.recalculation_label = styled_label()
        for widget in (self.points_label, self.expected_label, self.recalculation_label):
            self.next_card.body.addWidget(widget)

        self.tier_card = Card(translate("DashboardPage", "Next tier"))
        self.tier_progress = QProgressBar()
        self.tier_progress.setTextVisible(False)
        self.tier_progress.setAccessibleName(translate("DashboardPage", "Progress to the next tier"))
        self.tier_progress.setMaximumHeight(round(em * 0.6))
        self.next_tier_label = styled_label(factor=1.1)
        self.tier_card.body.addWidget(self.next_tier_label)
        self.tier_card.body.addWidget(self.tier_progress)
        self.tier_range_label = styled_label(muted=True, factor=0.9)
        self.tier_card.body.addWidget(self.tier_range_label)

        self.plan_card = Card(translate("DashboardPage", "Keep your tier"))
        self.plan_label = styled_label(factor=1.1)
        self.steady_label = styled_label(muted=True)
        self.plan_card.body.addWidget(self.plan_label)
        self.plan_card.body.addWidget(self.steady_label)

        self.benefits_card = Card(translate("DashboardPage", "Benefits"))
        self.benefits_label = styled_label()
        self.loss_label = styled_label(muted=True)
        for widget in (self.benefits_label, self.loss_label):
            self.benefits_card.body.addWidget(widget)

        self.expiring_card = Card(translate("DashboardPage", "Points leaving your window"))
        self.expiring_caption = styled_label(muted=True)
        self.expiring_bars = MonthBars()
        self.expiring_bars.setAccessibleName(translate("DashboardPage", "Points leaving your window, by month"))
        self.expiring_card.body.addWidget(self.expiring_caption)
        self.expiring_card.body.addWidget(self.expiring_bars)

        for card in (self.next_card, self.tier_card, self.plan_card, self.benefits_card):
            card.finish()

        self._grid = QGridLayout()
        self._grid.setSpacing(em)
        page.addLayout(self._grid)
        self._arrange(2)
        page.addWidget(self.expiring_card)
        page.addStretch()
        return content

    def _build_hero(self) -> Card:
        em = self.fontMetrics().height()
        hero = Card()
        self.tier_badge = TierBadge(factor=1.8)
        self.since_label = styled_label(muted=True)
        self.lapse_icon = QLabel()
        self.lapse_label = styled_label(factor=1.15, bold=True)
        self.lapse_icon.setFixedHeight(self.lapse_label.fontMetrics().height())
        self.lapse_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lapse_row = QHBoxLayout()
        lapse_row.addWidget(self.lapse_icon, 0, Qt.AlignmentFlag.AlignTop)
        lapse_row.addWidget(self.lapse_label, 1)
        self._hero_text = QVBoxLayout()
        self._hero_text.setSpacing(round(em * 0.3))
        self._hero_text.addWidget(self.since_label)
        self._hero_text.addLayout(lapse_row)
        self._hero_text.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.window_points_label = styled_label(factor=2.4, bold=True, wrap=False)
        self.window_caption = styled_label(muted=True)
        self._hero_points = QVBoxLayout()
        self._hero_points.setSpacing(0)
        self._hero_points.addWidget(self.window_points_label)
        self._hero_points.addWidget(self.window_caption)
        self._hero_points.setAlignment(Qt.AlignmentFlag.AlignTop)

        self._hero_grid = QGridLayout()
        self._hero_grid.setHorizontalSpacing(round(em * 1.2))
        self._hero_grid.setVerticalSpacing(round(em * 0.6))
        hero.body.addLayout(self._hero_grid)
        return hero

    def _arrange(self, columns: int) -> None:
        """Two columns of cards on a wide page, one on a narrow one; the hero reflows too."""
        if columns == self._columns:
            return
        self._columns = columns
        cards = (self.next_card, self.tier_card, self.plan_card, self.benefits_card)
        for card in cards:
            self._grid.removeWidget(card)
        for index, card in enumerate(cards):
            self._grid.addWidget(card, index // columns, index % columns)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

        grid = self._hero_grid
        grid.removeWidget(self.tier_badge)
        grid.removeItem(self._hero_text)
        grid.removeItem(self._hero_points)
        right = Qt.AlignmentFlag.AlignRight
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.tier_badge, 0, 0, top)
        if columns == 2:  # badge | what it means | points
            grid.addLayout(self._hero_text, 0, 1)
            grid.addLayout(self._hero_points, 0, 2)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(2, 0)
        else:  # badge and points on top, the sentences below across the card
            grid.addLayout(self._hero_points, 0, 1)
            grid.addLayout(self._hero_text, 1, 0, 1, 2)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(2, 0)
        for label in (self.window_points_label, self.window_caption):
            label.setAlignment(right | top if columns == 2 else Qt.AlignmentFlag.AlignLeft | top)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= _TWO_COLUMNS_FROM * self.fontMetrics().height() else 1)

    # --- refreshing ------------------------------------------------------------------------------

    def _on_session_changed(self) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Show the session's status now (called by itself after every change)."""
        self._refresh_timer.stop()
        session = self.session
        if session.db.is_closed():
            return  # another database was opened; this page is on its way out
        if session.computing:  # a first start on a large file: no figure is known yet, so none is shown
            self._stack.setCurrentWidget(self.computing_label)
            return
        status = session.status()
        self.problem_banner.setVisible(bool(session.ruleset_problem))
        self.problem_label.setText(
            translate(
                "DashboardPage", "The chosen rule set cannot be used, so the default one is shown. {problem}"
            ).format(problem=session.ruleset_problem)
        )
        if session.is_empty():
            self.empty_state.where_label.setText(
                translate("DashboardPage", "Your records stay on this computer, in {path}.").format(
                    path=breakable_path(session.db_path)
                )
            )
            self._stack.setCurrentWidget(self.empty_state)
            return
        self.demo_banner.setVisible(reading.has_demo(session.db))
        self.uncounted_banner.refresh(session)
        self._show_hero(status)
        self.check_line.refresh(status)
        self._show_next(status)
        self._show_plan(status)
        self._show_benefits(status)
        self._show_reminders(status)
        self._show_expiring(status)
        self._stack.setCurrentWidget(self.scroll_area)

    def _show_hero(self, status: Status) -> None:
        tier = status.tier
        self.tier_badge.set_tier(ruleset_text(tier.name), tier.colour)
        since = status.in_effect_since
        # The first tier (Silver) is held from the start: the last recalculation's date says
        # nothing about it, so only a higher tier is dated.
        first = tier.name == self.session.ruleset().lowest_tier.name
        self.since_label.setText(
            translate("DashboardPage", "The tier every member starts with")
            if first or not since.points
            else translate("DashboardPage", "Your tier since {date}").format(date=day(since.effective))
        )
        self.lapse_label.setText(lapse_sentence(status))
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning if status.lapse else QStyle.StandardPixmap.SP_DialogApplyButton
        )
        size = self.lapse_label.fontMetrics().height()
        self.lapse_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.lapse_icon.setAccessibleName(
            translate("DashboardPage", "Warning") if status.lapse else translate("DashboardPage", "Safe")
        )
        points = status.window_points
        self.window_points_label.setText(i18n_number(points))
        if points == 1:
            self.window_caption.setText(translate("DashboardPage", "point now"))
        else:
            self.window_caption.setText(translate("DashboardPage", "points now"))
        self.window_points_label.setToolTip(self._window_words(status))

    @staticmethod
    def _window_words(status: Status) -> str:
        window = status.ruleset.window
        if window.kind == "rolling_days":
            days = window.days
            return translate("DashboardPage", "Points credited in your %n-day window up to today", None, days)
        months = window.months
        return translate("DashboardPage", "Points credited in your %n-month window up to today", None, months)

    def _show_next(self, status: Status) -> None:
        nxt = status.next_recalculation
        expected = expected_toward_next(status, self.session.settings().include_pending)
        self.points_label.setText(_points(nxt.points))
        self.expected_label.setVisible(expected > 0)
        self.expected_label.setText(
            translate("DashboardPage", "of which {points} expected from pending orders").format(
                points=_points(expected)
            )
        )
        self.recalculation_label.setText(recalculation_sentence(status))

        self.next_tier_label.setText(next_tier_sentence(status))
        above = status.to_next_tier
        self.tier_progress.setVisible(above is not None)
        self.tier_range_label.setVisible(above is not None)
        if above is not None:
            low, high = nxt.tier.min_points, above.tier.min_points
            self.tier_progress.setRange(0, high - low)
            self.tier_progress.setValue(max(0, min(nxt.points - low, high - low)))
            self.tier_range_label.setText(
                translate("DashboardPage", "{tier} from {low} · {next} from {high} points").format(
                    tier=ruleset_text(nxt.tier.name),
                    low=i18n_number(low),
                    next=ruleset_text(above.tier.name),
                    high=i18n_number(high),
                )
            )

    def _show_plan(self, status: Status) -> None:
        self.plan_card.set_title(translate("DashboardPage", "Keep {tier}").format(tier=ruleset_text(status.tier.name)))
        self.plan_label.setText(plan_sentence(status.keep_plan, status.as_of))
        self.steady_label.setText(steady_sentence(status))

    def _show_benefits(self, status: Status) -> None:
        tier = status.tier
        self.benefits_card.set_title(translate("DashboardPage", "{tier} benefits").format(tier=ruleset_text(tier.name)))
        self.benefits_label.setText(
            _bullets([ruleset_text(benefit) for benefit in tier.benefits])
            if tier.benefits
            else translate("DashboardPage", "No special benefits.")
        )
        lost = lapse_cost(status)
        self.loss_label.setVisible(status.lapse is not None and bool(lost))
        if status.lapse is not None and lost:
            values = {"tier": ruleset_text(status.lapse.tier.name), "date": day(status.lapse.effective)}
            if set(lost) == {ruleset_text(benefit) for benefit in tier.benefits}:
                self.loss_label.setText(
                    translate("DashboardPage", "Dropping to {tier} on {date} ends all of these.").format(**values)
                )
            else:
                self.loss_label.setText(
                    translate("DashboardPage", "Dropping to {tier} on {date} costs you: {lost}.").format(
                        lost="; ".join(lost), **values
                    )
                )

    def _show_reminders(self, status: Status) -> None:
        session = self.session
        if session.provisional:  # reminders need the records, still loading: they follow shortly
            self.reminders_card.setVisible(False)
            return
        found = reminders(status, session.records(), session.settings(), reading.get_settings(session.db))
        self.reminders_card.setVisible(bool(found))
        self.reminders_label.setText(_bullets([reminder.text for reminder in found]))
        self.reminders_found.emit(found)

    def _show_expiring(self, status: Status) -> None:
        bars = [
            (short_month(expiry.recalculation, first=index == 0), expiry.points)
            for index, expiry in enumerate(status.expiring)
        ]
        self.expiring_card.setVisible(any(points for _, points in bars))
        description = ", ".join(f"{month(e.recalculation)}: {e.points}" for e in status.expiring if e.points)
        self.expiring_bars.set_bars(
            bars, translate("DashboardPage", "Points leaving: {months}.").format(months=description)
        )
        if status.ruleset.window.kind == "rolling_days":
            self.expiring_caption.setText(
                translate("DashboardPage", "Each point counts for a year; these leave your total in each coming month.")
            )
        else:
            months = status.ruleset.window.months
            self.expiring_caption.setText(
                translate(
                    "DashboardPage", "At each month end the points earned %n months before drop out.", None, months
                )
            )

    # --- actions ---------------------------------------------------------------------------------

    def _on_add_first_order(self) -> None:
        editing.edit_record(self, self.session, "order")

    def _on_try_demo(self) -> None:
        from tracker.store import demo  # the store's writing: not imported by a start, which only reads

        result = demo.load_demo(self.session.db, self.session.today())
        self.session.records_changed_elsewhere()
        added = result.new
        self.message.emit(translate("DashboardPage", "Demo data loaded: %n records.", None, added))

    def _on_remove_demo(self) -> None:
        from tracker.store import demo

        removed = demo.remove_demo(self.session.db)
        # Undo steps may point at demo records that are gone now.
        self.session.undo_stack.clear()
        self.session.records_changed_elsewhere()
        self.message.emit(translate("DashboardPage", "Demo data removed: %n records.", None, removed))
