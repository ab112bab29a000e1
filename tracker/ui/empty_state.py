"""The welcome on the dashboard before anything is recorded: three ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from tracker.i18n import translate
from tracker.ui.widgets import scaled_font, styled_label


class EmptyState(QWidget):
    """The welcome shown before anything is recorded, with three ways to start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = styled_label(translate("EmptyState", "Track your member points"), factor=2.0, bold=True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = styled_label(
            translate(
                "EmptyState",
                "Record your AliExpress orders, reviews and daily Member Center visits. Points Tracker works "
                "out your tier, tells you when it lapses and what to spend to keep it.",
            ),
            factor=1.15,
            muted=True,
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_order_button = QPushButton(translate("EmptyState", "&Add your first order"))
        self.add_order_button.setDefault(True)
        self.import_button = QPushButton(translate("EmptyState", "&Import a file…"))
        self.demo_button = QPushButton(translate("EmptyState", "Try with &demo data"))
        # One above the other, as wide as the widest: three in a row do not fit in every language.
        # The layout makes them so (each stretches to the column the widest needs), from their
        # size hints as the style finally gives them, not as guessed before the window is shown.
        button_column = QWidget()
        buttons = QVBoxLayout(button_column)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_order_button, self.import_button, self.demo_button):
            button.setFont(scaled_font(button, 1.1))
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        button_column.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.where_label = styled_label(factor=0.9, muted=True)
        self.where_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(button_column, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.where_label)
        block = QWidget()
        block.setLayout(column)
        block.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 48)

        # Centred by stretches, not by an alignment flag: an aligned widget gets its plain size
        # hint, which knows nothing of how tall the wrapped text becomes at the width it gets.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(block, 100)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(centred)
        outer.addStretch(3)
