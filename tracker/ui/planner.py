"""The what-if planner beside the charts: what the shopper means to spend, visit and review each
month, and what that does to the tier.

The numbers are typed into a 12-row grid (a row for "each month" fills them all), with one-off
purchases on dates below it. About 150 ms after the last keystroke the plan is evaluated
(:class:`tracker.report.planning.Evaluator`: the rules' own functions, a few milliseconds) and
:attr:`PlannerPanel.outcome_changed` tells the Charts page to redraw the timeline with it. The
sentences at the top say what the plan does. Plans are saved and compared with what happened
in :mod:`tracker.ui.saved_plans`.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import translate
from tracker.report.planning import MONTHS, Evaluator, MonthInput, Outcome, Purchase, WhatIf, default_target
from tracker.report.ruleset_words import ruleset_text
from tracker.report.summary import day, dollars, month, month_abbreviation
from tracker.rules import RuleSet, Status
from tracker.ui.forms.date_edit import DateEdit
from tracker.ui.number_field import NumberField
from tracker.ui.saved_plans import SavedPlansBox
from tracker.ui.session import Session
from tracker.ui.widgets import Card, styled_label

DEBOUNCE_MS = 150  # evaluate this long after the last keystroke


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _month_label(first: date, index: int) -> str:
    name = month(first)
    return name if index == 0 or first.month == 1 else month_abbreviation(first)


class PlannerPanel(QWidget):
    """The what-if planner: inputs, what the plan does, and saved plans."""

    outcome_changed = Signal()  # the plan's numbers changed (after the debounce)
    target_changed = Signal(str)  # the shopper picked another tier to keep or reach
    message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._evaluator = Evaluator()
        self._whatif = WhatIf.starting(session.today())
        self._outcome: Outcome | None = None
        self._outcome_status: Status | None = None
        self._tier_names: tuple[str, ...] = ()
        self._picked_target: str | None = None  # None: follow today's tier
        self._stale = True

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_inputs)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        self._build()
        self.saved.load_requested.connect(self._on_load_saved)
        self.saved.message.connect(self.message)
        session.changed.connect(self._on_session_changed)
        session.settings_changed.connect(self._on_session_changed)

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        em = self.fontMetrics().height()
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(round(em * 0.5))

        top = QVBoxLayout()
        top.setContentsMargins(round(em * 0.8), round(em * 0.6), round(em * 0.8), 0)
        top.setSpacing(round(em * 0.4))
        top.addWidget(styled_label(translate("PlannerPanel", "What if…"), factor=1.25, bold=True, wrap=False))
        target_label = styled_label(translate("PlannerPanel", "&Tier to keep or reach"))
        target_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # the & shows as a mnemonic
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(translate("PlannerPanel", "Tier to keep or reach"))
        target_label.setBuddy(self.target_combo)
        top.addWidget(target_label)  # above its box: a long label in any language, and the box wide enough
        top.addWidget(self.target_combo)

        self.result_card = Card()
        self.headline_label = styled_label(bold=True)
        self.target_label = styled_label()
        self.summary_label = styled_label(muted=True, factor=0.92)
        for label in (self.headline_label, self.target_label, self.summary_label):
            self.result_card.body.addWidget(label)
        self.result_card.finish()
        top.addWidget(self.result_card)
        root.addLayout(top)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inputs = QWidget()
        form = QVBoxLayout(inputs)
        form.setContentsMargins(round(em * 0.8), 0, round(em * 0.8), round(em * 0.8))
        form.setSpacing(round(em * 0.5))
        form.addLayout(self._build_months())
        self.hint_label = styled_label(muted=True, factor=0.88)
        form.addWidget(self.hint_label)
        form.addWidget(self._build_purchases())
        self.clear_button = QPushButton(translate("PlannerPanel", "C&lear the plan"))
        self.clear_button.clicked.connect(self._on_clear)
        clear_row = QHBoxLayout()
        clear_row.addStretch()
        clear_row.addWidget(self.clear_button)
        form.addLayout(clear_row)
        self.saved = SavedPlansBox(self.session, self.outcome)
        form.addWidget(self.saved)
        form.addStretch()
        self.scroll_area.setWidget(inputs)
        root.addWidget(self.scroll_area, 1)
        # Never narrower than the inputs: the scroll area scrolls down, never sideways.
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(inputs.minimumSizeHint().width() + scroll_bar + 2)

        self.target_combo.currentIndexChanged.connect(self._on_target_picked)

    def _build_months(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(round(self.fontMetrics().height() * 0.5))
        grid.setVerticalSpacing(2)
        for column, (text, tip) in enumerate(
            (
                (translate("PlannerPanel", "Month"), ""),
                (
                    translate("PlannerPanel", "Spend $"),
                    translate(
                        "PlannerPanel", "What you mean to spend on orders that month (in US dollars, after discounts)"
                    ),
                ),
                (
                    translate("PlannerPanel", "Visits"),
                    translate("PlannerPanel", "Days you visit the Member Center that month"),
                ),
                (translate("PlannerPanel", "Reviews"), translate("PlannerPanel", "Reviews you write that month")),
            )
        ):
            header = styled_label(text, bold=True, factor=0.9, wrap=False)
            header.setToolTip(tip)
            if column:
                header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(header, 0, column)
        self.each_fields = self._field_row(translate("Dialogs", "Each month"))
        each_label = styled_label(translate("PlannerPanel", "Each month"), muted=True, wrap=False)
        each_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(each_label, 1, 0)
        for column, field in enumerate(self.each_fields, start=1):
            field.setToolTip(translate("PlannerPanel", "Type here to fill every month below"))
            grid.addWidget(field, 1, column, Qt.AlignmentFlag.AlignRight)
            field.textEdited.connect(lambda _text, c=column - 1: self._on_each_month(c))
        self.month_labels: list[QLabel] = []
        self.month_fields: list[tuple[NumberField, NumberField, NumberField]] = []
        for row in range(MONTHS):
            label = QLabel()
            fields = self._field_row(f"month {row + 1}")
            grid.addWidget(label, row + 2, 0)
            for column, field in enumerate(fields, start=1):
                grid.addWidget(field, row + 2, column, Qt.AlignmentFlag.AlignRight)
                field.valueChanged.connect(self._on_input)
            self.month_labels.append(label)
            self.month_fields.append(fields)
        grid.setColumnStretch(0, 1)
        self._label_months()
        return grid

    def _field_row(self, name: str) -> tuple[NumberField, NumberField, NumberField]:
        spend = NumberField(money=True, step=10)
        visits = NumberField(maximum=31)
        reviews = NumberField(maximum=999)
        spend.setAccessibleName(translate("PlannerPanel", "Spend, {month}").format(month=name))
        visits.setAccessibleName(translate("PlannerPanel", "Visits, {month}").format(month=name))
        reviews.setAccessibleName(translate("PlannerPanel", "Reviews, {month}").format(month=name))
        return spend, visits, reviews

    def _build_purchases(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(
            styled_label(translate("PlannerPanel", "A purchase on a date"), bold=True, factor=0.9, wrap=False)
        )
        row = QHBoxLayout()
        self.purchase_date = DateEdit(fallback=self.session.today)
        self.purchase_date.setAccessibleName(translate("PlannerPanel", "Purchase date"))
        self.purchase_amount = NumberField(money=True, step=10)
        self.purchase_amount.setAccessibleName(translate("PlannerPanel", "Purchase amount"))
        self.add_purchase_button = QPushButton(translate("PlannerPanel", "&Add"))
        self.add_purchase_button.clicked.connect(self._on_add_purchase)
        self.purchase_amount.returnPressed.connect(self._on_add_purchase)
        row.addWidget(self.purchase_date, 1)
        row.addWidget(QLabel("$"))
        row.addWidget(self.purchase_amount)
        row.addWidget(self.add_purchase_button)
        layout.addLayout(row)
        self.purchase_list = QListWidget()
        self.purchase_list.setAccessibleName(translate("PlannerPanel", "Planned purchases"))
        self.purchase_list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.purchase_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.remove_purchase_button = QPushButton(translate("PlannerPanel", "Remove"))
        self.remove_purchase_button.clicked.connect(self._on_remove_purchase)
        layout.addWidget(self.purchase_list)
        remove_row = QHBoxLayout()
        remove_row.addStretch()
        remove_row.addWidget(self.remove_purchase_button)
        layout.addLayout(remove_row)
        self._show_purchases()
        return box

    # --- the plan --------------------------------------------------------------------------------

    def whatif(self) -> WhatIf:
        """The plan as typed so far (including keystrokes still inside the debounce)."""
        months = tuple(
            MonthInput(spend.value(), visits.value(), reviews.value()) for spend, visits, reviews in self.month_fields
        )
        return WhatIf(self._whatif.first_month, months, self._whatif.purchases, self._picked_target)

    def set_whatif(self, whatif: WhatIf) -> None:
        """Show ``whatif`` in the inputs and evaluate it now."""
        whatif = whatif.moved_to(self.session.today())
        self._whatif = whatif
        for fields, planned in zip(self.month_fields, whatif.months, strict=True):
            for field, value in zip(fields, (planned.spend_cents, planned.visits, planned.reviews), strict=True):
                field.blockSignals(True)
                field.set_value(value)
                field.blockSignals(False)
        for field in self.each_fields:
            field.clear()
        if whatif.target:
            self.set_target(whatif.target)
        self._label_months()
        self._show_purchases()
        self.apply_inputs()

    def outcome(self) -> Outcome | None:
        """What the plan does, as of the session's status now; None while the records load."""
        status = self._status()
        if status is None:
            return None
        if self._outcome is None or self._outcome_status is not status:
            records = self.session.records()
            self._outcome = self._evaluator.evaluate(self._whatif, status, records, self.session.settings())
            self._outcome_status = status
        return self._outcome

    def apply_inputs(self) -> None:
        """Take the inputs as they are now (the debounce's end): evaluate, show, tell the page."""
        self._debounce.stop()
        self._whatif = self.whatif()
        self._outcome = None
        self.refresh()
        self.outcome_changed.emit()

    def _status(self) -> Status | None:
        session = self.session
        if session.db.is_closed() or getattr(session, "provisional", False):
            return None
        return session.status()

    # --- target tier -----------------------------------------------------------------------------

    def fill_tiers(self, ruleset: RuleSet, now: str) -> None:
        """The rule set's tiers in the picker, today's marked; keeps the shopper's pick if it exists."""
        names = tuple(tier.name for tier in ruleset.tiers)
        default = default_target(ruleset, ruleset.tier_named(now)).name
        wanted = self._picked_target if self._picked_target in names else default
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for name in names:
            label = (
                translate("PlannerPanel", "{tier} (now)").format(tier=ruleset_text(name))
                if name == now
                else ruleset_text(name)
            )
            self.target_combo.addItem(label, name)
        self.target_combo.setCurrentIndex(names.index(wanted))
        self.target_combo.blockSignals(False)
        self._tier_names = names

    def target(self) -> str:
        return str(self.target_combo.currentData() or "")

    def set_target(self, name: str) -> None:
        """Pick ``name`` (from the plan chart's picker, or a loaded plan) without echoing it back."""
        index = self.target_combo.findData(name)
        if index < 0 or name == self._picked_target:
            return
        self.target_combo.blockSignals(True)
        self.target_combo.setCurrentIndex(index)
        self.target_combo.blockSignals(False)
        self._picked_target = name
        self.apply_inputs()

    def _on_target_picked(self, _index: int) -> None:
        self._picked_target = self.target()
        self.apply_inputs()
        self.target_changed.emit(self.target())

    # --- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what the plan does now."""
        self._refresh_timer.stop()
        outcome = self.outcome()
        if outcome is None:
            self.headline_label.setText(translate("PlannerPanel", "Your records are loading…"))
            return
        self._stale = False
        status = outcome.status
        if tuple(tier.name for tier in status.ruleset.tiers) != self._tier_names:
            self.fill_tiers(status.ruleset, self.session.status().tier.name)
        if outcome.whatif.first_month != self._whatif.first_month:
            self.set_whatif(outcome.whatif)  # a new month has begun: the rows move up
            return
        self.headline_label.setText(outcome.headline())
        self.target_label.setText(outcome.target_sentence())
        self.summary_label.setText(outcome.summary_sentence())
        lag = self.session.settings().confirmation_lag_days
        visits = status.ruleset.visits
        shopping = status.ruleset.shopping
        if shopping.rule == "per_dollar" and shopping.max_points_per_order:
            largest = -(-shopping.max_points_per_order * 100 // shopping.points_per_usd)
            hint = translate(
                "PlannerPanel",
                "Each month's spend is bought on its 1st (this month's tomorrow), in orders of up to {amount}, "
                "and counts once confirmed, %n days later.",
                None,
                lag,
            ).format(amount=dollars(largest))
        else:
            hint = translate(
                "PlannerPanel",
                "Each month's spend is bought on its 1st (this month's tomorrow) and counts once confirmed, "
                "%n days later.",
                None,
                lag,
            )
        if visits.points and visits.monthly_cap:
            cap = visits.monthly_cap
            hint += " " + translate("PlannerPanel", "Visits count up to %n a month.", None, cap)
        self.hint_label.setText(hint)
        tomorrow = self.session.today() + timedelta(days=1)
        if self.purchase_date.minimumDate() != _qdate(tomorrow):
            self.purchase_date.setMinimumDate(_qdate(tomorrow))
            self.purchase_date.setMaximumDate(_qdate(self._whatif.month_starts[-1] + timedelta(days=40)))
            self.purchase_date.setDate(_qdate(tomorrow + timedelta(days=30)))
        self.saved.refresh()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self._refresh_timer.start()

    def _on_session_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def _label_months(self) -> None:
        for index, (label, first) in enumerate(zip(self.month_labels, self._whatif.month_starts, strict=True)):
            label.setText(_month_label(first, index))
            for field in self.month_fields[index]:
                field.setAccessibleName(f"{field.accessibleName().split(',')[0]}, {month(first)}")

    def _show_purchases(self) -> None:
        self.purchase_list.clear()
        for purchase in sorted(self._whatif.purchases, key=lambda p: p.day):
            item = QListWidgetItem(f"{day(purchase.day)}: {dollars(purchase.cents)}")
            item.setData(Qt.ItemDataRole.UserRole, (purchase.day.isoformat(), purchase.cents))
            self.purchase_list.addItem(item)
        self.purchase_list.setVisible(bool(self._whatif.purchases))
        self.remove_purchase_button.setVisible(bool(self._whatif.purchases))

    # --- input -----------------------------------------------------------------------------------

    def _on_input(self) -> None:
        self._debounce.start()

    def _on_each_month(self, column: int) -> None:
        value = self.each_fields[column].value()
        for fields in self.month_fields:
            fields[column].blockSignals(True)
            fields[column].set_value(value)
            fields[column].blockSignals(False)
        self._debounce.start()

    def add_purchase(self, when: date, cents: int) -> None:
        if cents <= 0 or when <= self.session.today():
            return
        self._whatif = self.whatif()
        self._whatif = WhatIf(
            self._whatif.first_month, self._whatif.months, (*self._whatif.purchases, Purchase(when, cents)),
            self._whatif.target,
        )  # fmt: skip
        self._show_purchases()
        self.apply_inputs()

    def _on_add_purchase(self) -> None:
        chosen = self.purchase_date.value()
        if chosen is None:  # typed, and not a date: say so, keep what was typed
            self.message.emit(self.purchase_date.problem())
            self.purchase_date.setFocus()
            return
        self.add_purchase(chosen, self.purchase_amount.value())
        self.purchase_amount.clear()

    def _on_remove_purchase(self) -> None:
        item = self.purchase_list.currentItem()
        if item is None:
            return
        when, cents = item.data(Qt.ItemDataRole.UserRole)
        purchases = list(self._whatif.purchases)
        purchases.remove(Purchase(date.fromisoformat(when), cents))
        self._whatif = WhatIf(self._whatif.first_month, self.whatif().months, tuple(purchases), self._picked_target)
        self._show_purchases()
        self.apply_inputs()

    def _on_clear(self) -> None:
        self.set_whatif(WhatIf.starting(self.session.today(), self._picked_target))

    def _on_load_saved(self, whatif: WhatIf) -> None:
        self.set_whatif(whatif)
