"""Small input widgets the forms and pages share: money, optional dates, inline messages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPalette, QValidator
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from tracker.i18n import translate
from tracker.importing.errors import ParseError
from tracker.importing.money import parse_money
from tracker.report.summary import money

DATE_FORMAT = "d MMM yyyy"  # as tracker.report.summary.day writes dates: 8 Apr 2027 in every locale
_EMPTY = QDate(2000, 1, 1)  # the "no date" value a DateField shows as its empty text


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def make_date_edit(value: date, parent: QWidget | None = None) -> QDateEdit:
    """A date input with a calendar pop-up, showing dates as the rest of the app does."""
    edit = QDateEdit(to_qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(_EMPTY.addDays(1))
    return edit


# --- money -------------------------------------------------------------------------------------


def read_money(text: str, currencies: tuple[str, ...] = ("USD",)) -> tuple[int | None, str]:
    """``"12,34"`` → ``(1234, "")``; empty → ``(None, "")``; not an amount → ``(None, message)``.

    Reads amounts the way the importer does (``$12.34``, ``12,34``, ``1,234.56``), into integer
    cents with no float on the way. A sign is kept, so the draft's own check can say "Discount
    cannot be negative". A currency marker other than ``currencies`` is a mistake in this box.
    """
    text = text.strip()
    if not text:
        return None, ""
    # A lone separator is the decimal one: in a price box "12.345" is a typo, not twelve thousand.
    decimal = None if "." in text and "," in text else ("," if "," in text else ".")
    try:
        amount = parse_money(text, decimal)
    except ParseError:
        return None, translate("MoneyEdit", "“{text}” is not an amount: type it like 12.34").format(text=text)
    if amount.currency is not None and amount.currency not in currencies:
        return None, translate("MoneyEdit", "This amount is in {currency}; type it in {wanted} here").format(
            currency=amount.currency, wanted=currencies[0]
        )
    if amount.currency is None and amount.symbol:
        return None, translate(
            "MoneyEdit", "“{symbol}” is not a currency this box takes; type an amount like 12.34"
        ).format(symbol=amount.symbol)
    return amount.cents, ""


class _MoneyValidator(QValidator):
    """Lets anything be typed (so a mistake can be named) but says whether it is an amount."""

    def __init__(self, edit: MoneyEdit) -> None:
        super().__init__(edit)
        self._edit = edit

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        if len(text) > 40:
            return QValidator.State.Invalid, text, position
        cents, problem = read_money(text, self._edit.currencies)
        if problem or (cents is None and not self._edit.optional):
            return QValidator.State.Intermediate, text, position
        return QValidator.State.Acceptable, text, position


class MoneyEdit(QLineEdit):
    """An amount in cents: accepts ``12.34``, ``12,34`` and ``$12.34``; right-aligned.

    :meth:`cents` is None when the box is empty or holds no amount; :meth:`problem` says what is
    wrong with the text, in words for the shopper.
    """

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True, placeholder: str = "0.00") -> None:
        super().__init__(parent)
        self.optional = optional
        self.currencies: tuple[str, ...] = ("USD",)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(placeholder)
        self.setValidator(_MoneyValidator(self))
        self.setMaxLength(40)
        width = self.fontMetrics().horizontalAdvance("$ 100,000.00") + 16
        self.setMinimumWidth(width)
        self.setMaximumWidth(width * 2)

    def cents(self) -> int | None:
        return read_money(self.text(), self.currencies)[0]

    def problem(self) -> str:
        return read_money(self.text(), self.currencies)[1]

    def is_empty(self) -> bool:
        return not self.text().strip()

    def set_cents(self, cents: int | None) -> None:
        self.setText("" if cents is None else money(cents))


# --- dates that may be left empty ---------------------------------------------------------------


class _OptionalDateEdit(QDateEdit):
    """A QDateEdit whose minimum stands for "no date" (shown as its special value text).

    When the shopper starts editing an empty one (a click, the calendar button, a key), it
    first jumps to ``fallback()``, so the calendar opens on a sensible month, not on 2000.
    """

    def __init__(self, fallback: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fallback = fallback
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(_EMPTY)
        self.setDate(_EMPTY)

    def is_empty(self) -> bool:
        return self.date() == _EMPTY

    def _wake(self) -> None:
        if self.is_empty():
            self.setDate(to_qdate(self._fallback()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.isEnabled():
            self._wake()
        super().mousePressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab leaves the field (Left and Right move between day, month and year): QDateTimeEdit
        # would step through its sections instead, and never out while the empty text shows.
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        passive = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter}
        if event.key() not in passive and not event.text().isspace():
            self._wake()
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date that may be left empty: a date input and a button that empties it.

    ``empty_text`` is what an empty field shows ("Any date", "Unknown"); ``name`` goes into
    the accessible names ("Clear from date").
    """

    value_changed = Signal(object)  # date | None

    def __init__(
        self,
        name: str,
        empty_text: str,
        *,
        fallback: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edit = _OptionalDateEdit(fallback, self)
        self.edit.setSpecialValueText(empty_text)
        self.edit.setAccessibleName(name.capitalize())
        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        self.clear_button.setAccessibleName(translate("DateField", "Clear {name}").format(name=name))
        self.clear_button.setToolTip(f"Clear {name}")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(self._on_date_changed)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self._on_date_changed()

    def value(self) -> date | None:
        return None if self.edit.is_empty() else to_date(self.edit.date())

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(_EMPTY if value is None else to_qdate(value))

    def _on_date_changed(self) -> None:
        self.clear_button.setEnabled(self.isEnabled() and not self.edit.is_empty())
        self.value_changed.emit(self.value())

    def _on_clear_clicked(self) -> None:
        self.set_value(None)
        self.edit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange:
            self.clear_button.setEnabled(self.isEnabled() and not self.edit.is_empty())
        super().changeEvent(event)


# --- inline messages ---------------------------------------------------------------------------


def error_colour(palette: QPalette) -> QColor:
    """A red that reads on the palette's window colour, light or dark (no fixed colour)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")


class FieldMessage(QLabel):
    """What is wrong with one field, under it; hidden while there is nothing to say.

    The message also becomes the field's accessible description, so a screen reader reads it.
    """

    def __init__(self, buddy: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buddy = buddy
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._recolour()
        self.hide()

    def show_message(self, text: str) -> None:
        if text == self.text() and self.isVisible() == bool(text):
            return
        self.setText(text)
        self.setVisible(bool(text))
        if self._buddy is not None:
            self._buddy.setAccessibleDescription(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        super().changeEvent(event)

    def _recolour(self) -> None:
        palette = self.palette()
        colour = error_colour(palette)
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)


def watch_edits(widget: QObject, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever the user changes ``widget``'s value, whatever kind of input it is."""
    for signal_name in ("value_changed", "textChanged", "currentTextChanged", "dateChanged", "valueChanged", "toggled"):
        signal = getattr(widget, signal_name, None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(slot)
            return
    raise TypeError(f"cannot watch {type(widget).__name__} for edits")
