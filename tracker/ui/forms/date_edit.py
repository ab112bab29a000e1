"""A date typed as a shopper writes it, with a calendar to pick it from.

Why not ``QDateEdit``: it makes each date cost three Tabs (day, month, year), and it drops
letters typed into it without a word, so "8 nov" or a pasted "2026-11-08" vanish. This is a
line edit that reads what is typed when the field is left (or Enter is pressed):

- ISO dates, ``2026-11-08`` (also with ``/`` or ``.``);
- the locale's numeric order, ``08/11/2026``, ``8.11.26`` or ``11/8/2026`` (from
  :meth:`QLocale.dateFormat`), with the year left out meaning the year of the date shown;
- a month's name in the locale's language or in English, in any order: ``8 nov. 2026``,
  ``Nov 8``, ``8 ноября 2026``.

What cannot be read stays as typed and :meth:`DateEdit.problem` says so in words; the forms show
it under the field. The little arrow in the field (or Alt+Down, F4) opens a calendar.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QIcon, QKeyEvent, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from tracker.i18n import translate

DISPLAY_FORMAT = "d MMM yyyy"  # as tracker.report.summary.day writes dates: 8 Apr 2027
_ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
Day = date  # the class has a method named date()
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,4})[-/. ](\d{1,2})(?:[-/. ](\d{1,4}))?\.?$")
_TOKENS = re.compile(r"\d+|[^\W\d_]+")


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _fold(word: str) -> str:
    return word.casefold().replace(".", "").strip()


def month_names(locale: QLocale) -> dict[str, int]:
    """Every way ``locale`` (and English) names a month, folded: ``{"nov": 11, "novembre": 11, …}``."""
    names: dict[str, int] = {}
    for month in range(1, 13):
        english = _ENGLISH_MONTHS[month - 1]
        forms = [english, english[:3]]
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            forms += [locale.monthName(month, kind), locale.standaloneMonthName(month, kind)]
        for form in forms:
            names.setdefault(_fold(form), month)
    return names


def _month_of(word: str, names: dict[str, int]) -> int | None:
    """The month ``word`` names: exactly, or as the start of one name only (``"sept"``, ``"нояб"``)."""
    folded = _fold(word)
    if folded in names:
        return names[folded]
    if len(folded) < 3:
        return None
    found = {month for name, month in names.items() if name.startswith(folded)}
    return found.pop() if len(found) == 1 else None


def _numeric_order(locale: QLocale) -> str:
    """``"dmy"``, ``"mdy"`` or ``"ymd"``: the order of the locale's short date format."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    positions = {part: pattern.find(letter) for part, letter in (("d", "d"), ("m", "M"), ("y", "y"))}
    return "".join(sorted(positions, key=lambda part: positions[part] if positions[part] >= 0 else 99))


def _year(text: str) -> int:
    number = int(text)
    return 2000 + number if len(text) <= 2 else number


def _made(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, locale: QLocale, default_year: int) -> date | None:
    """The date ``text`` means (see the module docstring), or None when it is not one."""
    text = " ".join(text.split())
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        return _made(int(iso[1]), int(iso[2]), int(iso[3]))
    numeric = _NUMERIC.match(text)
    if numeric:
        return _numeric(numeric.groups(), _numeric_order(locale), default_year)
    tokens = _TOKENS.findall(text)
    words = [token for token in tokens if not token.isdigit()]
    numbers = [token for token in tokens if token.isdigit()]
    if len(words) != 1 or not 1 <= len(numbers) <= 2:
        return None
    month = _month_of(words[0], month_names(locale))
    if month is None:
        return None
    if len(numbers) == 1:
        return _made(default_year, month, int(numbers[0])) if len(numbers[0]) <= 2 else None
    first, second = numbers
    if len(first) > 2:  # "2026 nov 8"
        first, second = second, first
    return _made(_year(second), month, int(first)) if len(first) <= 2 else None


def _numeric(groups: Iterable[str | None], order: str, default_year: int) -> date | None:
    parts = [part for part in groups if part is not None]
    if len(parts) == 2:  # day and month, in the locale's order
        order = "".join(part for part in order if part != "y")
        values = dict(zip(order, parts, strict=True))
        return _made(default_year, int(values["m"]), int(values["d"]))
    if len(parts[0]) == 4:
        order = "ymd"
    values = dict(zip(order, parts, strict=True))
    return _made(_year(values["y"]), int(values["m"]), int(values["d"]))


def shown(value: date) -> str:
    """``8 nov. 2026``: a date as the field writes it back, in the user's locale."""
    return QLocale().toString(to_qdate(value), DISPLAY_FORMAT)


class _CalendarPopup(QFrame):
    """The calendar under the field; a click or Enter picks a day, Esc closes it."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._on_picked)
        self.calendar.clicked.connect(self._on_picked)

    def _on_picked(self, value: QDate) -> None:
        self.picked.emit(value)
        self.close()


class DateEdit(QLineEdit):
    """A date field: one Tab to pass it, typed dates read as the shopper writes them.

    ``date()``/``setDate()``/``dateChanged`` work as on a ``QDateEdit`` (``date()`` is the last
    date read, so a form can still be checked while the text is being corrected); ``value()``
    is None when the field is empty or unreadable, and :meth:`problem` says what is wrong.
    An ``optional`` field may be left empty; its placeholder says what empty means.
    """

    dateChanged = Signal(QDate)
    value_changed = Signal(object)  # Day | None, also when the field is emptied

    def __init__(
        self,
        value: Day | None = None,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        empty_text: str = "",
        fallback: Callable[[], Day] = Day.today,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self._fallback = fallback
        self._value: Day | None = None
        self._last = value or fallback()
        self._minimum: Day | None = None
        self._maximum: Day | None = None
        self.field = ""  # the draft field its problem belongs to (set by the forms)
        self.setPlaceholderText(empty_text)
        self.setClearButtonEnabled(optional)
        self._popup: _CalendarPopup | None = None
        self.calendar_action = QAction(self._calendar_icon(), translate("DateEdit", "Choose from a calendar"), self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setToolTip(self._hint())
        metrics = self.fontMetrics()
        text = max(metrics.horizontalAdvance(shown(Day(2026, 9, 28)) + "MM"), metrics.horizontalAdvance(empty_text))
        icons = (metrics.height() + 8) * (2 if optional else 1)  # the calendar, and the clear button
        self.setMinimumWidth(text + icons + 16)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # a date is never wider
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(self._on_text_edited)
        if value is not None:
            self.set_value(value)

    def sizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), super().sizeHint().height())

    def _calendar_icon(self) -> QIcon:
        """The desktop theme's calendar, else a small arrow in the palette's text colour (readable
        light or dark, and drawn again when the palette changes)."""
        icon = QIcon.fromTheme("x-office-calendar")
        if not icon.isNull():
            return icon
        side = self.fontMetrics().height()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Text))
        third = side / 3
        painter.drawPolygon(QPolygonF([QPointF(third * 0.7, third * 1.2), QPointF(side - third * 0.7, third * 1.2),
                                       QPointF(side / 2, side - third * 1.0)]))  # fmt: skip
        painter.end()
        return QIcon(pixmap)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        action = getattr(self, "calendar_action", None)  # not yet while it is being built
        if action is not None and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            action.setIcon(self._calendar_icon())

    def _hint(self) -> str:
        example = self._fallback()
        return translate("DateEdit", "Type a date like {example} or {iso}, or press Alt+Down for a calendar").format(
            example=shown(example), iso=example.isoformat()
        )

    # --- reading and writing ---------------------------------------------------------------------

    def value(self) -> Day | None:
        """The date in the field; None when empty or unreadable."""
        return self._read()

    def date(self) -> QDate:
        """As ``QDateEdit.date()``: the field's date, or the last good one while it cannot be read."""
        return to_qdate(self._read() or self._last)

    def setDate(self, value: QDate) -> None:
        self.set_value(to_date(value))

    def set_value(self, value: Day | None) -> None:
        if value is not None:
            value = self._clamped(value)
        self.setText(shown(value) if value is not None else "")
        self._changed(value)

    def is_empty(self) -> bool:
        return not self.text().strip()

    def problem(self) -> str:
        """What is wrong with the text, in words; empty when it is a date (or empty and optional)."""
        text = self.text().strip()
        if not text:
            return "" if self.optional else translate("DateEdit", "Enter a date")
        found = parse_date(text, QLocale(), self._last.year)
        example = self._fallback()
        if found is None:
            return translate("DateEdit", "“{text}” is not a date: type it like {example} or {iso}").format(
                text=text, example=shown(example), iso=example.isoformat()
            )
        if self._minimum is not None and found < self._minimum:
            return translate("DateEdit", "Choose {date} or later").format(date=shown(self._minimum))
        if self._maximum is not None and found > self._maximum:
            return translate("DateEdit", "Choose {date} or earlier").format(date=shown(self._maximum))
        return ""

    def setMinimumDate(self, value: QDate) -> None:
        self._minimum = to_date(value)
        self._recheck()

    def setMaximumDate(self, value: QDate) -> None:
        self._maximum = to_date(value)
        self._recheck()

    def minimumDate(self) -> QDate:
        return to_qdate(self._minimum or Day(1, 1, 1))

    def maximumDate(self) -> QDate:
        return to_qdate(self._maximum or Day(9999, 12, 31))

    def _clamped(self, value: Day) -> Day:
        if self._minimum is not None and value < self._minimum:
            return self._minimum
        if self._maximum is not None and value > self._maximum:
            return self._maximum
        return value

    def _recheck(self) -> None:
        value = self._read()
        if value is not None and self._clamped(value) != value:
            self.set_value(value)

    def _read(self) -> Day | None:
        found = parse_date(self.text(), QLocale(), self._last.year)
        if found is None or self._clamped(found) != found:
            return None
        return found

    def commit(self) -> None:
        """Write a readable date the way the field shows dates (on leaving it, or Enter)."""
        value = self._read()
        if value is not None and self.text() != shown(value):
            self.setText(shown(value))
        self._changed(value)

    def _on_text_edited(self) -> None:
        value = self._read()
        if value is not None:
            self._changed(value)
        elif self.is_empty():
            self._changed(None)

    def _changed(self, value: Day | None) -> None:
        if value == self._value:
            return
        self._value = value
        if value is not None:
            self._last = value
            self.dateChanged.emit(to_qdate(value))
        self.value_changed.emit(value)

    # --- the calendar ----------------------------------------------------------------------------

    def show_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._on_calendar_picked)
        calendar = self._popup.calendar
        calendar.setMinimumDate(to_qdate(self._minimum or Day(1900, 1, 1)))
        calendar.setMaximumDate(to_qdate(self._maximum or Day(2999, 12, 31)))
        calendar.setSelectedDate(to_qdate(self._read() or self._fallback_date()))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        calendar.setFocus()

    def _fallback_date(self) -> Day:
        return self._clamped(self._value or self._fallback())

    def _on_calendar_picked(self, value: QDate) -> None:
        self.set_value(to_date(value))
        self.setFocus()
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()
