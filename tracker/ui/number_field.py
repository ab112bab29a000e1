"""A small box for a whole count or an amount of money, quick to type into: the planner's grid."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QWheelEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class NumberField(QLineEdit):
    """A small box for a whole count, or an amount of money in cents (``money=True``: ``49.99``).

    Empty reads as 0 (the placeholder shows it). Up and Down, or the wheel over a focused box,
    step by ``step`` (whole units).
    """

    valueChanged = Signal(int)

    def __init__(self, *, money: bool = False, step: int = 1, maximum: int = 99_999, parent: QWidget | None = None):
        super().__init__(parent)
        self.money = money
        self.step = step
        self.maximum = maximum
        pattern = r"\d{0,6}([.,]\d{0,2})?" if money else r"\d{0,4}"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.setPlaceholderText("0")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00000.00" if money else "0000") + 18)
        self.textChanged.connect(lambda _text: self.valueChanged.emit(self.value()))

    def value(self) -> int:
        """Cents for money, else the count; 0 when empty."""
        text = self.text().strip().replace(",", ".")
        if not text or text == ".":
            return 0
        try:
            number = Decimal(text)
        except InvalidOperation:
            return 0
        return int(number * 100) if self.money else min(int(number), self.maximum)

    def set_value(self, value: int) -> None:
        """Show ``value`` (cents for money); 0 shows as empty."""
        if not value:
            text = ""
        elif self.money:
            point = QLocale().decimalPoint() or "."
            text = f"{value // 100}" if value % 100 == 0 else f"{value // 100}{point}{value % 100:02d}"
        else:
            text = str(value)
        if text != self.text():
            self.setText(text)

    def _step_by(self, units: int) -> None:
        unit = 100 if self.money else 1
        whole = self.value() // unit
        self.set_value(max(0, min(self.maximum, whole + units * self.step)) * unit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Up:
            self._step_by(1)
        elif event.key() == Qt.Key.Key_Down:
            self._step_by(-1)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.hasFocus():
            event.ignore()  # let the scroll area scroll
            return
        self._step_by(1 if event.angleDelta().y() > 0 else -1)
