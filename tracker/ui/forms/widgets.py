"""Small input widgets the forms and pages share: money, optional dates, inline messages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QColor, QPalette, QValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

from tracker.i18n import translate
from tracker.importing.errors import ParseError
from tracker.importing.money import parse_money
from tracker.report.summary import money
from tracker.ui.forms.date_edit import DISPLAY_FORMAT, DateEdit, to_date, to_qdate

__all__ = [
    "DATE_FORMAT",
    "DateEdit",
    "DateField",
    "FieldMessage",
    "MoneyEdit",
    "currency_mark",
    "make_date_edit",
    "to_date",
    "to_qdate",
]

DATE_FORMAT = DISPLAY_FORMAT


def make_date_edit(value: date, parent: QWidget | None = None) -> DateEdit:
    """A date input with a calendar pop-up, showing dates as the rest of the app does."""
    return DateEdit(value, parent, fallback=lambda: value)


# --- money -------------------------------------------------------------------------------------


def decimal_point() -> str:
    """The user's decimal separator: ``,`` in French or Russian. Amounts are shown with it, and
    read with either."""
    return QLocale().decimalPoint() or "."


def amount_example(cents: int = 1234) -> str:
    """``12.34`` or ``12,34``: an amount as the shopper types it here."""
    return money(cents).replace(".", decimal_point())


def currency_mark(code: str) -> str:
    """How a label names the currency its amounts are typed in: ``$`` for US$, else the code (``PLN``)."""
    return "$" if code == "USD" else code


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
        return None, translate("MoneyEdit", "“{text}” is not an amount: type it like {example}").format(
            text=text, example=amount_example()
        )
    if amount.currency is not None and amount.currency not in currencies:
        return None, translate("MoneyEdit", "This amount is in {currency}; type it in {wanted} here").format(
            currency=amount.currency, wanted=currencies[0]
        )
    if amount.currency is None and amount.symbol:
        return None, translate(
            "MoneyEdit", "“{symbol}” is not a currency this box takes; type an amount like {example}"
        ).format(symbol=amount.symbol, example=amount_example())
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

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True, placeholder: str = "") -> None:
        super().__init__(parent)
        self.optional = optional
        self.currencies: tuple[str, ...] = ("USD",)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(placeholder or amount_example(0))
        self.setValidator(_MoneyValidator(self))
        self.setMaxLength(40)
        width = (
            max(self.fontMetrics().horizontalAdvance("$ 100,000.00"), self.fontMetrics().horizontalAdvance(placeholder))
            + 16
        )
        self.setMinimumWidth(width)
        self.setMaximumWidth(width * 2)

    def cents(self) -> int | None:
        return read_money(self.text(), self.currencies)[0]

    def problem(self) -> str:
        return read_money(self.text(), self.currencies)[1]

    def is_empty(self) -> bool:
        return not self.text().strip()

    def set_cents(self, cents: int | None) -> None:
        self.setText("" if cents is None else amount_example(cents))


# --- dates that may be left empty ---------------------------------------------------------------


class DateField(DateEdit):
    """A date that may be left empty (its clear button, or deleting the text, empties it).

    ``empty_text`` is what an empty field shows ("Any date", "Unknown"); ``name`` is its
    accessible name ("confirmation date").
    """

    def __init__(
        self,
        name: str,
        empty_text: str,
        *,
        fallback: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(None, parent, optional=True, empty_text=empty_text, fallback=fallback)
        self.setAccessibleName(name[:1].upper() + name[1:])
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        clear = translate("DateField", "Clear {name}").format(name=name)
        self.clear_button.setAccessibleName(clear)
        self.clear_button.setToolTip(clear)

    @property
    def edit(self) -> DateField:
        """The field itself (it used to be a date edit and a button)."""
        return self

    @property
    def clear_button(self) -> QWidget:
        """The button in the field that empties it (shown while there is a date)."""
        action = self.findChild(QAction, "_q_qlineeditclearaction")
        found = [obj for obj in action.associatedObjects() if isinstance(obj, QWidget)] if action else []
        if not found:
            raise LookupError("the field has no clear button")
        return found[0]


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
