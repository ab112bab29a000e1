"""Saved what-if plans: save the plan under a name, load one back, and compare one with what
actually happened since it was saved.

The plans are JSON in the settings table (:data:`tracker.report.planning.SETTING_PLANS`), written with
:func:`tracker.store.repository.set_setting` directly: a plan is not a setting the status
depends on, so the session's ``settings_changed`` (which reloads everything) is not emitted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import number, translate
from tracker.report.planning import (
    SETTING_PLANS,
    MonthComparison,
    Outcome,
    SavedPlan,
    compare,
    dump_saved_plans,
    parse_saved_plans,
    saved_plan,
    with_saved,
)
from tracker.report.summary import day, month
from tracker.store import repository
from tracker.ui.chart_tables import ChartTable, ChartTableModel
from tracker.ui.session import Session
from tracker.ui.widgets import styled_label


def comparison_table(rows: list[MonthComparison]) -> ChartTable:
    return ChartTable(
        (
            translate("SavedPlans", "Month"),
            translate("SavedPlans", "Planned"),
            translate("SavedPlans", "Actual"),
            translate("SavedPlans", "Difference"),
        ),
        tuple(
            (
                month(row.month)
                if row.complete
                else translate("SavedPlans", "{month} (so far)").format(month=month(row.month)),
                row.planned,
                row.actual,
                f"{row.difference:+,}".replace("-", "−"),
            )
            for row in rows
        ),
    )


def comparison_sentence(plan: SavedPlan, rows: list[MonthComparison]) -> str:
    if not rows:
        return translate("SavedPlans", "“{plan}” covers no month up to today.").format(plan=plan.name)
    planned, actual = sum(r.planned for r in rows), sum(r.actual for r in rows)
    gap = actual - planned
    if gap == 0:
        how = translate("SavedPlans", "as planned")
    elif gap > 0:
        how = translate("SavedPlans", "{count} more than planned").format(count=number(gap))
    else:
        how = translate("SavedPlans", "{count} fewer than planned").format(count=number(-gap))
    return translate("SavedPlans", "Since {date}: {actual} points earned, {how} ({planned}).").format(
        date=day(plan.saved_on), actual=number(actual), how=how, planned=number(planned)
    )


class SavedPlansBox(QWidget):
    """Save, load and compare plans."""

    load_requested = Signal(object)  # the WhatIf to show
    message = Signal(str)

    def __init__(self, session: Session, outcome: Callable[[], Outcome | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._outcome = outcome
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(styled_label(translate("SavedPlansBox", "Saved plans"), bold=True, factor=0.9, wrap=False))

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("SavedPlansBox", "Name, e.g. Keep Platinum"))
        self.name_edit.setAccessibleName(translate("SavedPlansBox", "Plan name"))
        self.save_button = QPushButton(translate("SavedPlansBox", "&Save plan"))
        layout.addWidget(self.name_edit)  # the whole width: its example reads in every language
        save_row = QHBoxLayout()
        save_row.addStretch()
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)

        self.plans_combo = QComboBox()
        self.plans_combo.setAccessibleName(translate("SavedPlansBox", "Saved plans"))
        self.plans_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plans_combo.setMinimumContentsLength(12)
        layout.addWidget(self.plans_combo)
        buttons = QHBoxLayout()
        self.load_button = QPushButton(translate("SavedPlansBox", "L&oad"))
        self.delete_button = QPushButton(translate("SavedPlansBox", "Delete"))
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.compare_button = QPushButton(translate("SavedPlansBox", "&Compare with what happened"))
        layout.addWidget(self.compare_button)

        self.compare_label = styled_label()
        self.compare_model = ChartTableModel(self)
        self.compare_view = QTableView()
        self.compare_view.setModel(self.compare_model)
        self.compare_view.setAccessibleName(translate("SavedPlansBox", "Planned and actual points by month"))
        self.compare_view.verticalHeader().setVisible(False)
        self.compare_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.compare_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.compare_view.horizontalHeader().setStretchLastSection(True)
        self.compare_view.setMaximumHeight(self.fontMetrics().height() * 10)
        layout.addWidget(self.compare_label)
        layout.addWidget(self.compare_view)
        self.compare_label.hide()
        self.compare_view.hide()

        self.save_button.clicked.connect(self._on_save)
        self.name_edit.returnPressed.connect(self._on_save)
        self.load_button.clicked.connect(self._on_load)
        self.compare_button.clicked.connect(self._on_compare)
        self.delete_button.clicked.connect(self._on_delete)
        self.plans_combo.currentIndexChanged.connect(self._on_plan_picked)
        self.refresh()

    def plans(self) -> list[SavedPlan]:
        return parse_saved_plans(self.session.setting(SETTING_PLANS))

    def selected(self) -> SavedPlan | None:
        plans = self.plans()
        index = self.plans_combo.currentIndex()
        return plans[index] if 0 <= index < len(plans) else None

    def refresh(self) -> None:
        plans = self.plans()
        current = self.plans_combo.currentText()
        self.plans_combo.blockSignals(True)
        self.plans_combo.clear()
        for index, plan in enumerate(plans):  # the name alone, so that it fits the planner's width
            self.plans_combo.addItem(plan.name)
            saved = translate("SavedPlans", "Saved {date}").format(date=day(plan.saved_on))
            self.plans_combo.setItemData(index, saved, Qt.ItemDataRole.ToolTipRole)
        index = self.plans_combo.findText(current)
        self.plans_combo.setCurrentIndex(max(index, 0) if plans else -1)
        self.plans_combo.blockSignals(False)
        for widget in (self.plans_combo, self.load_button, self.compare_button, self.delete_button):
            widget.setEnabled(bool(plans))
        if not plans:
            self.plans_combo.setPlaceholderText(translate("SavedPlansBox", "No saved plans yet"))

    def save(self, name: str) -> SavedPlan | None:
        """Save the plan shown now as ``name`` (a default name when empty); replaces a plan of that name."""
        outcome = self._outcome()
        if outcome is None:
            return None
        name = name.strip() or translate("SavedPlans", "Plan of {date}").format(date=day(outcome.today))
        plan = saved_plan(name, outcome)
        self._store(with_saved(self.plans(), plan))
        self.refresh()
        self.plans_combo.setCurrentIndex(0)
        self.message.emit(translate("SavedPlans", "Saved the plan “{plan}”.").format(plan=name))
        return plan

    def comparison(self, plan: SavedPlan) -> list[MonthComparison]:
        return compare(plan, self.session.status().ledger, self.session.today())

    def _store(self, plans: list[SavedPlan]) -> None:
        repository.set_setting(self.session.db, SETTING_PLANS, dump_saved_plans(plans))

    def _on_save(self) -> None:
        if self.save(self.name_edit.text()) is not None:
            self.name_edit.clear()

    def _on_load(self) -> None:
        plan = self.selected()
        if plan is not None:
            self.load_requested.emit(plan.whatif)
            self.message.emit(translate("SavedPlans", "Loaded the plan “{plan}”.").format(plan=plan.name))

    def _on_compare(self) -> None:
        plan = self.selected()
        if plan is None:
            return
        rows = self.comparison(plan)
        self.compare_model.set_table(comparison_table(rows))
        self.compare_label.setText(comparison_sentence(plan, rows))
        self.compare_label.show()
        self.compare_view.setVisible(bool(rows))

    def _on_delete(self) -> None:
        plan = self.selected()
        if plan is None:
            return
        self._store([p for p in self.plans() if p.name != plan.name])
        self.refresh()
        self._on_plan_picked()
        self.message.emit(translate("SavedPlans", "Deleted the plan “{plan}”.").format(plan=plan.name))

    def _on_plan_picked(self, _index: int = 0) -> None:
        self.compare_label.hide()
        self.compare_view.hide()
