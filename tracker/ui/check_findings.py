"""The months and sources that disagree with AliExpress's points history, each likely cause with
the button that fixes it: the lower half of the check dialog."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from tracker.i18n import translate
from tracker.report.check_findings import Comparison, Finding, MonthLine
from tracker.report.check_words import cause_sentence, fix_label, line_heading
from tracker.report.summary import month
from tracker.ui.widgets import styled_label


class FindingsView(QScrollArea):
    """One block per month and source that disagrees, then the accepted differences."""

    fix_requested = Signal(object)  # the Finding whose fix was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("CheckDialog", "Where the difference comes from"))
        self.fix_buttons: list[QPushButton] = []
        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self.setWidget(self._content)

    def sizeHint(self) -> QSize:
        """A few findings' height: the dialog scrolls (rather than this list) only when even that
        does not fit, and the list takes whatever room the dialog has beyond it."""
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self.fontMetrics().height() * 8))

    def show_comparison(
        self, comparison: Comparison | None, numbers: Mapping[str, str], ordered: Mapping[str, date]
    ) -> None:
        """List what ``comparison`` found (``numbers``: order numbers, ``ordered``: order dates)."""
        self.fix_buttons = []
        content = QWidget()
        layout = QVBoxLayout(content)
        em = self.fontMetrics().height()
        layout.setContentsMargins(round(em * 0.6), round(em * 0.5), round(em * 0.6), round(em * 0.5))
        layout.setSpacing(round(em * 0.5))
        if comparison is not None:
            layout.addWidget(styled_label(_coverage(comparison), muted=True))
            if not comparison.disagreeing:
                layout.addWidget(
                    styled_label(translate("CheckDialog", "Every month agrees with AliExpress's history."))
                )
            for line in (*comparison.disagreeing, *comparison.accepted):
                layout.addWidget(self._line_block(line, numbers, ordered))
        layout.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()  # later: a fix button of it may be the one being clicked
        self._content, self._layout = content, layout
        self.setWidget(content)

    def _line_block(self, line: MonthLine, numbers: Mapping[str, str], ordered: Mapping[str, date]) -> QWidget:
        block = QWidget()
        rows = QVBoxLayout(block)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(round(self.fontMetrics().height() * 0.25))
        rows.addWidget(styled_label(line_heading(line), bold=True))
        for finding in line.findings:
            row = QHBoxLayout()
            text = styled_label("•  " + cause_sentence(finding, numbers, ordered.get(finding.ref)))
            row.addWidget(text, 1)
            if finding.fix is not None:
                button = QPushButton(fix_label(finding.fix))
                button.setAccessibleDescription(text.text())
                button.clicked.connect(lambda _checked=False, found=finding: self._on_fix(found))
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                self.fix_buttons.append(button)
            rows.addLayout(row)
        return block

    def _on_fix(self, finding: Finding) -> None:
        self.fix_requested.emit(finding)


def _coverage(comparison: Comparison) -> str:
    rows = comparison.history_rows
    count = translate("CheckDialog", "1 row") if rows == 1 else translate("CheckDialog", "%Ln rows", None, rows)
    return translate("CheckDialog", "Points history from {first} to {last} ({rows}):").format(
        first=month(comparison.first_month), last=month(comparison.last_month), rows=count
    )
