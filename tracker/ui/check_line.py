"""The dashboard's line about the last check against AliExpress, with the button to check.

"Checked against AliExpress on 24 Nov 2026: AliExpress: 1,204 · here: 1,204 · the same." — or,
after a difference not yet resolved or accepted, a warning that the figures shown are unchecked.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from tracker.i18n import translate
from tracker.rules import Status
from tracker.ui.session import Session
from tracker.ui.widgets import Banner, styled_label

if TYPE_CHECKING:
    from tracker.charts.data import CheckMark
    from tracker.report.check import CheckResult

# The checks' modules (tracker.report.check and what it reads) are imported when the line is first
# filled in, not at start-up: the line stays empty until the records have loaded, after the
# window's first paint, and a start saves about 8 ms of imports.


class CheckLine(Banner):
    """When the figures were last checked against AliExpress, and whether they agreed."""

    check_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.latest: CheckResult | None = None
        em = self.fontMetrics().height()
        row = QHBoxLayout(self)
        row.setContentsMargins(em, round(em * 0.45), round(em * 0.5), round(em * 0.45))
        self.icon = QLabel()
        self.label = styled_label()
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.button = QPushButton()
        self.button.clicked.connect(self.check_requested)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    @property
    def unchecked(self) -> bool:
        """True while the figures shown are unchecked: the last check differs."""
        if self.latest is None:
            return False
        from tracker.report.check import CheckState  # imported by then: the line has a check

        return self.latest.state is CheckState.DIFFERS

    def refresh(self, status: Status) -> None:
        """Show the last check as the records stand now (with the window's status of today)."""
        session = self.session
        self.setVisible(not session.provisional)
        if session.provisional:
            return  # the records are still loading (an empty line meanwhile); the session says when
        from tracker.report.check_report import latest_result
        from tracker.report.check_words import dashboard_sentence

        self.latest = latest_result(session.db, session.records(), status.ruleset, session.settings(), status)
        self.label.setText(dashboard_sentence(self.latest))
        if self.latest is None:
            icon, button = QStyle.StandardPixmap.SP_MessageBoxInformation, translate("CheckLine", "&Check…")
        elif self.unchecked:
            icon, button = QStyle.StandardPixmap.SP_MessageBoxWarning, translate("CheckLine", "&Resolve…")
        else:
            icon, button = QStyle.StandardPixmap.SP_DialogApplyButton, translate("CheckLine", "&Check again…")
        size = self.label.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.icon.setAccessibleName(translate("CheckLine", "Warning") if self.unchecked else "")
        self.button.setText(button)
        self.button.setToolTip(translate("CheckLine", "Compare with the points the Member Center shows"))


def check_marks(results: Sequence[CheckResult]) -> tuple[list[CheckMark], date | None]:
    """The checks as the tier timeline shows them, and the day after which it is unchecked."""
    from tracker.charts.data import CheckMark  # the Charts page's, not the dashboard's at start-up
    from tracker.report.check import CheckState, unchecked_since
    from tracker.report.check_words import verdict

    marks = [CheckMark(r.check.date, r.state is not CheckState.DIFFERS, verdict(r)) for r in results]
    unchecked = unchecked_since(results)
    return marks, unchecked.check.date if unchecked else None
