"""Check against AliExpress: type what the Member Center shows, learn in one screen whether the app
agrees, and if not, which months and which records to look at — each with its fix.

The figures, causes and fixes come from :mod:`tracker.report.check` and its companions (the
command line says the same); every change made here is one step on the session's undo stack
(:mod:`tracker.ui.check_commands`). The dialog is not modal, so the window stays usable beside it,
and it follows the session: after an edit, an import or an undo it shows the new figures.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import number, translate
from tracker.report.check import CheckResult, CheckState, Figures
from tracker.report.check_findings import Finding, FixKind
from tracker.report.check_fixes import AddRecord, plan_fix
from tracker.report.check_report import CheckReport, acceptance, check_problems, load_report, record_check
from tracker.report.check_words import fix_label, state_sentence, verdict
from tracker.report.ruleset_words import ruleset_text
from tracker.report.summary import day
from tracker.store.checks import FIRST_CHECK_DAY
from tracker.store.drafts import OrderDraft
from tracker.store.errors import StoreError
from tracker.ui import check_commands
from tracker.ui.check_findings import FindingsView
from tracker.ui.forms.widgets import make_date_edit, to_date, to_qdate
from tracker.ui.session import Session
from tracker.ui.widgets import Card, FittingScrollArea, fit_to_screen, set_tab_order, styled_label

_SEPARATORS = re.compile(r"[\s,.'’\u00a0\u202f]")


def read_points(text: str) -> int | None:
    """``1204``, ``1,204``, ``1 204``, ``1.204``: the whole number typed, or None."""
    digits = _SEPARATORS.sub("", text)
    return int(digits) if digits.isdigit() and len(digits) <= 9 else None


class CheckDialog(QDialog):
    """The check form, the verdict, where a difference comes from, and the earlier checks."""

    import_requested = Signal()  # "Import the points history…": the window runs its import action

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("CheckDialog", "Check against AliExpress"))
        self._shown_id: int | None = None  # the check shown; None: the latest
        self._report: CheckReport | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        # Everything but the bottom row scrolls: at 200 % (or on a small screen) the dialog is as
        # tall as the screen lets it be and Close stays in reach.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(self.fontMetrics().height() * 0.5))
        layout.addWidget(self._build_form())
        layout.addWidget(self._build_result())
        self.where_label = styled_label(translate("CheckDialog", "Where the difference comes from"), bold=True)
        layout.addWidget(self.where_label)
        self.no_history_label = styled_label(
            translate(
                "CheckDialog",
                "Import the points history the Member Center lists (date, points, description) to compare it month "
                "by month with your records. Its rows are kept apart: they add no points of their own.",
            ),
            muted=True,
        )
        self.import_button = QPushButton(translate("CheckDialog", "&Import the points history…"))
        self.import_button.clicked.connect(self.import_requested)
        import_row = QHBoxLayout()
        import_row.addWidget(self.no_history_label, 1)
        import_row.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(import_row)
        self.findings = FindingsView()
        self.findings.fix_requested.connect(self._on_fix)
        layout.addWidget(self.findings, 1)
        layout.addWidget(styled_label(translate("CheckDialog", "Your checks"), bold=True))
        self.history_list = QListWidget()
        self.history_list.setAccessibleName(translate("CheckDialog", "Your checks"))
        em = self.fontMetrics().height()
        self.history_list.setMaximumHeight(em * 6)
        self.history_list.currentItemChanged.connect(self._on_check_picked)
        layout.addWidget(self.history_list)
        layout.addStretch(0)  # takes the room the findings would (see refresh): no gaps between the rest
        self._body_layout = layout
        self.scroll_area = FittingScrollArea()
        self.scroll_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addLayout(self._build_bottom())

        session.changed.connect(self._on_session_changed)
        session.settings_changed.connect(self._on_session_changed)
        session.undo_stack.indexChanged.connect(self._show_undo)
        session.destroyed.connect(self.close)  # another database was opened: this one is gone
        self.resize(em * 50, em * 42)
        self.refresh()
        self.points_edit.setFocus()  # what the shopper types first

    # --- building --------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            styled_label(
                translate(
                    "CheckDialog",
                    "Open AliExpress ▸ Account ▸ Member Center and type the points (and the tier) it shows. "
                    "Each check is kept with its date.",
                ),
                muted=True,
            )
        )
        row = QHBoxLayout()
        self.points_edit = QLineEdit()
        self.points_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[\d ,.'’\x{00a0}\x{202f}]{0,13}"))
        )
        self.points_edit.setPlaceholderText("1204")
        self.points_edit.setAccessibleName(translate("CheckDialog", "Points the Member Center shows"))
        self.points_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 14)
        self.tier_combo = QComboBox()
        self.tier_combo.setAccessibleName(translate("CheckDialog", "Tier the Member Center shows"))
        self._fill_tiers()
        today = self.session.today()
        self.date_edit = make_date_edit(today)
        self.date_edit.setMinimumDate(to_qdate(FIRST_CHECK_DAY))
        self.date_edit.setMaximumDate(to_qdate(max(today, FIRST_CHECK_DAY)))
        self.date_edit.setAccessibleName(translate("CheckDialog", "Day the Member Center showed them"))
        self.check_button = QPushButton(translate("CheckDialog", "&Check"))
        self.check_button.setDefault(True)  # Enter in Points checks (once: the field has no handler of its own)
        self.check_button.clicked.connect(self._on_check)
        for text, widget in (
            (translate("CheckDialog", "&Points:"), self.points_edit),
            (translate("CheckDialog", "&Tier:"), self.tier_combo),
            (translate("CheckDialog", "&On:"), self.date_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(self.check_button)
        row.addStretch(1)
        column.addLayout(row)
        self.problem_label = styled_label()
        self.problem_label.setStyleSheet("color: palette(link);")  # no colour of our own: the palette's
        self.problem_label.setVisible(False)
        column.addWidget(self.problem_label)
        return box

    def _fill_tiers(self) -> None:
        """The rule set's tiers (again after the rule set changed), keeping the one chosen."""
        names = [tier.name for tier in self.session.ruleset().tiers]
        shown = [self.tier_combo.itemData(i) for i in range(1, self.tier_combo.count())]
        if names == shown:
            return
        chosen = self.tier_combo.currentData()
        self.tier_combo.clear()
        self.tier_combo.addItem(translate("CheckDialog", "not given"), "")
        for name in names:
            self.tier_combo.addItem(ruleset_text(name), name)
        self.tier_combo.setCurrentIndex(max(0, self.tier_combo.findData(chosen)))

    def _build_result(self) -> Card:
        card = Card(translate("CheckDialog", "Last check"))
        self.result_card = card
        self.verdict_label = styled_label(factor=1.35, bold=True)
        self.verdict_label.setAccessibleName(translate("CheckDialog", "Result of the check"))
        self.state_label = styled_label()
        card.body.addWidget(self.verdict_label)
        card.body.addWidget(self.state_label)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(translate("CheckDialog", "&Accept the difference…"))
        self.accept_button.setToolTip(
            translate("CheckDialog", "Record the difference as an adjustment dated the check's day, with a note")
        )
        self.accept_button.clicked.connect(self._on_accept)
        self.delete_button = QPushButton(translate("CheckDialog", "&Delete this check"))
        self.delete_button.clicked.connect(self._on_delete)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        card.body.addLayout(buttons)
        card.finish()
        return card

    def _build_bottom(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.note_label = styled_label(muted=True)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.session.undo_stack.undo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.note_label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.buttons)
        self._show_undo()
        return row

    # --- showing ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)

    def _on_session_changed(self) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Read the checks and the comparison again and show them."""
        self._refresh_timer.stop()
        session = self.session
        if session.db.is_closed():
            return
        self._fill_tiers()
        records = session.records()  # builds the ledger if the window was still showing a snapshot
        status = session.status()
        self._report = report = load_report(session.db, records, session.ruleset(), session.settings(), status)
        self._fill_history(report)
        self._show_result(self.shown())
        comparison = report.comparison
        self.no_history_label.setVisible(comparison is None)
        self.import_button.setVisible(comparison is None)
        ordered = {order.ref: order.order_date for order in records.orders}
        self.findings.show_comparison(comparison, report.order_numbers, ordered)
        self.findings.setVisible(comparison is not None)
        self._body_layout.setStretch(self._body_layout.count() - 1, 0 if comparison is not None else 1)
        self._apply_tab_order()

    def _apply_tab_order(self) -> None:
        """Tab in reading order: the fix buttons are made anew with each refresh, and would otherwise
        come after Close."""
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        set_tab_order([
            self.points_edit, self.tier_combo, self.date_edit, self.check_button, self.accept_button,
            self.delete_button, self.import_button, self.findings, *self.findings.fix_buttons, self.history_list,
            self.undo_button, close,
        ])  # fmt: skip

    def shown(self) -> CheckResult | None:
        """The check the dialog shows: the one picked in the list, else the latest."""
        report = self._report
        if report is None:
            return None
        picked = [result for result in report.results if result.check.id == self._shown_id]
        return picked[0] if picked else report.latest

    def _fill_history(self, report: CheckReport) -> None:
        self.history_list.blockSignals(True)
        self.history_list.clear()
        shown = self.shown()
        for result in sorted(report.results, key=lambda r: (r.check.date, r.check.id), reverse=True):
            item = QListWidgetItem(_history_text(result))
            item.setData(Qt.ItemDataRole.UserRole, result.check.id)
            self.history_list.addItem(item)
            if shown is not None and result.check.id == shown.check.id:
                self.history_list.setCurrentItem(item)
        self.history_list.blockSignals(False)

    def _show_result(self, result: CheckResult | None) -> None:
        if result is None:
            self.result_card.set_title(translate("CheckDialog", "Last check"))
            self.verdict_label.setText(translate("CheckDialog", "Not checked yet"))
            self.state_label.setText(
                translate("CheckDialog", "Type the points above and choose Check to see whether the figures agree.")
            )
        else:
            self.result_card.set_title(translate("CheckDialog", "Check of {date}").format(date=day(result.check.date)))
            self.verdict_label.setText(verdict(result))
            self.state_label.setText(state_sentence(result))
        self.accept_button.setVisible(result is not None and result.state is CheckState.DIFFERS)
        self.delete_button.setVisible(result is not None)

    def _show_undo(self, _index: int = 0) -> None:
        stack = self.session.undo_stack
        try:
            can_undo, what = stack.canUndo(), stack.undoText()
        except RuntimeError:  # the stack went first (the session is closing): nothing to show
            return
        self.undo_button.setEnabled(can_undo)
        self.undo_button.setText(
            translate("CheckDialog", "&Undo {what}").format(what=what) if what else translate("CheckDialog", "&Undo")
        )

    def _say(self, text: str) -> None:
        self.note_label.setText(text)

    # --- acting ----------------------------------------------------------------------------------

    def _on_check(self) -> None:
        session = self.session
        points = read_points(self.points_edit.text())
        tier = str(self.tier_combo.currentData() or "")
        when = to_date(self.date_edit.date())
        if points is None:
            problems = [translate("CheckDialog", "Type the points the Member Center shows, e.g. 1204")]
        else:
            problems = check_problems(points, tier, when, session.today(), session.ruleset())
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        if problems or points is None:
            return
        records, status = session.records(), session.status()
        here = Figures(status.window_points, status.tier.name) if when == status.as_of else None
        try:
            check_id = record_check(
                session.db, points, tier, when, records, session.ruleset(), session.settings(), here=here
            )
        except StoreError as error:
            QMessageBox.warning(self, translate("CheckDialog", "The check was not kept"), str(error))
            return
        self._shown_id = check_id
        check_commands.keep_check(session, translate("CheckDialog", "Check against AliExpress"), check_id)
        self.points_edit.clear()
        self._say(translate("CheckDialog", "Check kept."))
        self.refresh()

    def _on_check_picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        self._shown_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._show_result(self.shown())

    def _on_accept(self) -> None:
        result = self.shown()
        if result is None or result.state is not CheckState.DIFFERS:
            return
        note = self.ask_note(self, result)
        if note is None:
            return
        text = translate("CheckDialog", "Accept the difference")
        try:
            check_commands.accept_check(self.session, text, result.check, note.strip(), acceptance(result, note))
        except StoreError as error:
            QMessageBox.warning(self, text, str(error))
            return
        self._say(
            translate("CheckDialog", "Difference accepted: an adjustment of {points} on {date}.").format(
                points=_signed(result.missing), date=day(result.check.date)
            )
        )

    @classmethod
    def ask_note(cls, parent: QWidget, result: CheckResult) -> str | None:
        """The note for an accepted difference; None when the shopper cancels. Tests replace it."""
        dialog = note_dialog(parent, result)
        try:
            return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _on_delete(self) -> None:
        result = self.shown()
        if result is None:
            return
        text = translate("CheckDialog", "Delete check")
        try:
            check_commands.delete_check(self.session, text, result.check.id)
        except StoreError as error:
            QMessageBox.warning(self, text, str(error))
            return
        self._shown_id = None
        self._say(translate("CheckDialog", "Check of {date} deleted.").format(date=day(result.check.date)))
        self.refresh()

    def _on_fix(self, finding: Finding) -> None:
        fix = finding.fix
        if fix is None:
            return
        session = self.session
        label = fix_label(fix).rstrip("…")
        try:
            plan = plan_fix(session.db, fix, session.ruleset())
            if fix.kind is FixKind.ADD_ORDER:
                (step,) = plan.steps
                assert isinstance(step, AddRecord)
                if not self.complete_order(step):
                    return
            else:
                check_commands.apply_plan(session, plan, label)
        except StoreError as error:
            QMessageBox.warning(self, label, str(error))
            return
        self._say(translate("CheckDialog", "Done: {fix}. Undo takes it back.").format(fix=label))
        self.refresh()

    def complete_order(self, step: AddRecord) -> bool:
        """The order form, filled in with what AliExpress's history says; saving adds the order
        (one undoable step). True if it was saved."""
        from tracker.ui.forms.order_form import OrderForm
        from tracker.ui.record_words import phrase

        draft = step.draft
        assert isinstance(draft, OrderDraft)

        def save(order: OrderDraft) -> None:
            self.session.add(order)

        form = OrderForm(self.session, draft, save=save, parent=self)
        form.editing = False  # a new order, only filled in
        form.setWindowTitle(phrase("order", "add_title"))
        try:
            return form.exec() == QDialog.DialogCode.Accepted
        finally:
            form.deleteLater()


def note_dialog(parent: QWidget | None, result: CheckResult) -> QInputDialog:
    """Asks why an accepted difference is all right. Its question wraps: on one line it is wider
    than a screen at 200 % in most languages."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("CheckDialog", "Accept the difference"))
    dialog.setLabelText(
        translate(
            "CheckDialog", "An adjustment of {points} dated {date} will make the figures agree. Why is the "
            "difference all right? (kept as its note)",
        ).format(points=_signed(result.missing), date=day(result.check.date))
    )  # fmt: skip
    label = dialog.findChild(QLabel)
    if label is not None:
        label.setWordWrap(True)
        label.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 40)
    return dialog


def _signed(value: int) -> str:
    return f"+{number(value)}" if value > 0 else f"−{number(-value)}" if value < 0 else number(0)


def _history_text(result: CheckResult) -> str:
    state = {
        CheckState.AGREES: translate("CheckDialog", "agrees"),
        CheckState.DIFFERS: translate("CheckDialog", "differs"),
        CheckState.ACCEPTED: translate("CheckDialog", "difference accepted"),
    }[result.state]
    return translate("CheckDialog", "{date} · {verdict} · {state}").format(
        date=day(result.check.date), verdict=verdict(result), state=state
    )


def show_check_dialog(parent: QWidget, session: Session) -> CheckDialog:
    """Show the window's check dialog (one at a time), made anew for another database."""
    for existing in parent.findChildren(CheckDialog):
        if existing.session is session and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        existing.close()
        existing.deleteLater()
    dialog = CheckDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    # Not modal, so not brought forward by Qt: asked for, the keys typed next go to its Points field.
    dialog.activateWindow()
    return dialog


__all__ = ["CheckDialog", "read_points", "show_check_dialog"]
