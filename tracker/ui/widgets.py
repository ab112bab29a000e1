"""Small widgets the pages share: the tier badge, a card, text styles that follow the palette.

No colour is written here except a tier's own (from the rule set) and the black or white text
chosen to be readable on it; everything else comes from the palette, so dark mode just works.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from tracker.i18n import translate

USER_DATA_ROLE = Qt.ItemDataRole.UserRole + 64
"""A model's header answers True in this role for a column named by the shopper's file (its
name is data, never translated): the screen checks leave it out (``packaging/ui_check.py``)."""


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background`` (WCAG contrast ratio)."""
    luminance = relative_luminance(background)
    on_white = 1.05 / (luminance + 0.05)
    on_black = (luminance + 0.05) / 0.05
    return QColor(Qt.GlobalColor.white) if on_white > on_black else QColor(Qt.GlobalColor.black)


def scaled_font(widget: QWidget, factor: float = 1.0, *, bold: bool = False) -> QFont:
    """The widget's font, ``factor`` times as large: follows the user's font size and scaling."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def styled_label(text: str = "", *, factor: float = 1.0, bold: bool = False, muted: bool = False,
                 wrap: bool = True, parent: QWidget | None = None) -> QLabel:  # fmt: skip
    """A label with a size and weight relative to the app font; ``muted`` for secondary text."""
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, factor, bold=bold))
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # not centred when given more height
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class TierBadge(QWidget):
    """A tier's name on its rule-set colour, in text chosen to be readable on it."""

    def __init__(self, factor: float = 1.6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = ""
        self._colour = QColor("#888888")
        self.setFont(scaled_font(self, factor, bold=True))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_tier(self, name: str, colour: str) -> None:
        self._name = name
        self._colour = QColor(colour) if QColor.isValidColorName(colour) else QColor("#888888")
        self.setAccessibleName(translate("TierBadge", "Tier: {tier}").format(tier=name))
        self.setToolTip(translate("TierBadge", "Your tier: {tier}").format(tier=name))
        self.updateGeometry()
        self.update()

    def name(self) -> str:
        return self._name

    def text_colour(self) -> QColor:
        return text_colour_on(self._colour)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        height = metrics.height()
        return QSize(metrics.horizontalAdvance(self._name) + height * 2, round(height * 1.8))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2
        painter.setPen(QPen(self._colour.darker(115), 1))
        painter.setBrush(self._colour)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(self.text_colour())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._name)
        painter.end()


def paint_rounded(widget: QWidget, fill: QColor, border: QColor, radius: float) -> None:
    """``widget`` as a rounded panel: ``fill`` inside a 1-pixel ``border``.

    Only the border is antialiased. An antialiased fill of a whole dashboard card took about a
    sixth of a millisecond each, a tenth of the first paint; filled plainly, its jagged corner
    pixels lie under the smooth border."""
    painter = QPainter(widget)
    rect = QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, radius, radius)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(border, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, radius, radius)
    painter.end()


class Card(QFrame):
    """A rounded panel on the palette's base colour, with a muted title above its content."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout(self)
        spacing = self.fontMetrics().height()
        self.body.setContentsMargins(spacing, round(spacing * 0.8), spacing, spacing)
        self.body.setSpacing(round(spacing * 0.35))
        self.title_label: QLabel | None = None
        if title:
            self.title_label = styled_label(title.upper(), factor=0.85, bold=True, muted=True, wrap=False)
            self.title_label.setAccessibleName(title)
            self.body.addWidget(self.title_label)

    def finish(self) -> None:
        """Call after adding the content: it stays at the top when the card is taller (a grid row).

        An alignment, not a stretch: a stretch would make the card want extra height itself.
        """
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)

    def set_title(self, title: str) -> None:
        if self.title_label is not None:
            self.title_label.setText(title.upper())
            self.title_label.setAccessibleName(title)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        border = QColor(palette.color(QPalette.ColorRole.WindowText))
        border.setAlphaF(0.12)
        paint_rounded(self, palette.color(QPalette.ColorRole.Base), border, self.fontMetrics().height() * 0.5)


class Banner(QFrame):
    """A strip across the top of a page for a notice, tinted with the palette's highlight."""

    def paintEvent(self, event: QPaintEvent) -> None:
        highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        fill = QColor(highlight)
        fill.setAlphaF(0.14)
        highlight.setAlphaF(0.5)
        paint_rounded(self, fill, highlight, self.fontMetrics().height() * 0.4)


class MonthBars(QWidget):
    """A small bar chart of one number per month, drawn in the palette's highlight colour.

    Painted directly (no matplotlib) because it sits on the dashboard, which must appear fast.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.fontMetrics().height() * 8)

    def set_bars(self, bars: list[tuple[str, int]], description: str) -> None:
        """``bars``: (month label, value); ``description`` is read out by screen readers."""
        self._bars = bars
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(max(len(self._bars), 1) * em * 3, em * 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        em = metrics.height()
        lines = max((label.count("\n") + 1 for label, _ in self._bars), default=1)
        chart_top, chart_bottom = em * 1.2, self.height() - em * (0.3 + lines)
        slot = self.width() / len(self._bars)
        highest = max((value for _, value in self._bars), default=0) or 1
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        for index, (label, value) in enumerate(self._bars):
            left = index * slot
            height = (chart_bottom - chart_top) * max(value, 0) / highest
            if value > 0:
                bar = QRectF(left + slot * 0.2, chart_bottom - max(height, 1.0), slot * 0.6, max(height, 1.0))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bar_colour)
                painter.drawRoundedRect(bar, 2, 2)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            value_box = QRectF(left, chart_bottom - height - em * 1.15, slot, em)
            painter.drawText(value_box, Qt.AlignmentFlag.AlignCenter, f"{value:,}")
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(left, chart_bottom + em * 0.2, slot, em * lines),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        baseline = QColor(palette.color(QPalette.ColorRole.WindowText))
        baseline.setAlphaF(0.25)
        painter.setPen(QPen(baseline, 1))
        painter.drawLine(0, round(chart_bottom), self.width(), round(chart_bottom))
        painter.end()


def tab_chain(container: QWidget) -> list[QWidget]:
    """The widgets Tab should stop at in ``container``, in reading order: as its layouts hold them,
    and a table's own boxes (index widgets) left to right before the table itself."""
    layout = container.layout()
    return _chain_of_layout(layout) if layout is not None else []


def _chain_of_widget(widget: QWidget) -> list[QWidget]:
    if widget.isHidden():
        return []
    if isinstance(widget, QAbstractItemView):
        boxes = sorted(
            (child for child in widget.viewport().findChildren(QWidget) if child.parentWidget() is widget.viewport()),
            key=lambda child: (child.y(), child.x()),
        )
        return [box for box in boxes if box.focusPolicy() & Qt.FocusPolicy.TabFocus] + [widget]
    if isinstance(widget, QStackedWidget):
        current = widget.currentWidget()
        return _chain_of_widget(current) if current is not None else []
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return [widget]
    layout = widget.layout()
    return _chain_of_layout(layout) if layout is not None else []


def _chain_of_layout(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found += _chain_of_widget(widget)
        elif inner is not None:
            found += _chain_of_layout(inner)
    return found


def set_tab_order(widgets: list[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def breakable_path(path: object) -> str:
    """A file's path that may wrap after each folder (a zero-width space after each separator):
    a long path in a label wraps instead of running past its edge."""
    return str(path).replace("/", "/\u200b").replace("\\", "\\\u200b")


class FittingScrollArea(QScrollArea):
    """A scroll area that asks for all its content's room (no scroll bar while the screen has it)
    and scrolls once its window is smaller: a long form on a small or 200 % screen keeps its
    buttons in reach."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the inputs inside, which scroll into view
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll to the input that took the focus, also from outside the area: Qt does so only when
        Tab moves between two inputs inside, not from the buttons below or round from the last one."""
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # a click: the field is in view already, and scrolling would move it from under the mouse
        content = self.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.ensureWidgetVisible(new)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        smallest = content.minimumSizeHint()
        return QSize(smallest.width() + self._bar(), min(smallest.height(), self.fontMetrics().height() * 8))


def fit_to_screen(window: QWidget) -> None:
    """Make ``window`` no larger than the screen it is on (its title bar and a panel left room)."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame_w = max(window.frameGeometry().width() - window.width(), 0)
    frame_h = max(window.frameGeometry().height() - window.height(), 0) or 32
    width = min(window.width(), available.width() - frame_w)
    height = min(window.height(), available.height() - frame_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


# --- disabled controls -------------------------------------------------------------------------

_TEXT_ON = (
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
)
_SAME_LIGHTNESS = 48  # disabled text closer than this to the enabled text does not look disabled
_TOWARD_BACKGROUND = 0.45  # how far a dimmed text moves toward its background: dim, still readable


def with_visible_disabled(palette: QPalette) -> QPalette | None:
    """``palette`` with disabled text dimmed where it looks like enabled text, or None if it
    already differs.

    A dark theme's palette often sets each colour for every state at once, so a disabled Save
    button looks exactly like an enabled one. Its disabled text then becomes the enabled text
    moved part-way toward its background: plainly dimmer, and still readable.
    """
    active, disabled = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled
    mended = QPalette(palette)
    changed = False
    for role, background in _TEXT_ON:
        text = palette.color(active, role)
        if abs(palette.color(disabled, role).lightness() - text.lightness()) >= _SAME_LIGHTNESS:
            continue
        behind = palette.color(active, background)
        channels = zip(
            (text.red(), text.green(), text.blue()), (behind.red(), behind.green(), behind.blue()), strict=True
        )
        red, green, blue = (round(a + (b - a) * _TOWARD_BACKGROUND) for a, b in channels)
        mended.setColor(disabled, role, QColor(red, green, blue))
        changed = True
    return mended if changed else None


class _DisabledColours(QWidget):
    """Mends the application palette whenever it changes (a theme switched to dark, say).

    A widget that is never shown: Qt tells every widget of a new application palette. An event
    filter on the application would see every event of every object instead, each one a call
    into Python (a thousand of them before the window's first paint)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            mend_application_palette()
        return super().event(event)


def mend_application_palette() -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        mended = with_visible_disabled(app.palette())
        if mended is not None:
            app.setPalette(mended)


_keeper: _DisabledColours | None = None


def keep_disabled_visible(app: QApplication) -> QWidget:
    """Disabled controls visibly disabled, yet readable, in every palette, now and after a change.

    Returns the watcher (deleting it stops it); one per application."""
    global _keeper
    if _keeper is None or not isValid(_keeper):
        _keeper = _DisabledColours()
    mend_application_palette()
    return _keeper
