"""What a screenshot cannot be trusted to show: text that is cut, windows too large, English left over.

Used by ``packaging/screenshots.py`` on every page and dialog, in every language, light and dark,
at 100 % and 200 %, and by ``tests/ui/test_ui_screens.py`` on a smaller set. Each check looks at
the live widgets, not at pixels:

- **cut**: a label, button, check box, tab, combo box, placeholder, spin box text or column header
  is narrower (or a wrapped label shorter) than its text needs, or lies partly outside the widget
  that holds it (a scroll area's viewport excepted); a table cell whose text does not fit must
  carry the whole text in its tooltip;
- **too large**: a dialog larger than the screen, or a window whose smallest size is larger than
  the window it should fit in;
- **tab trap**: a table that Tab moves around in without ever leaving it;
- **same key**: in a dialog, two buttons, field labels or tabs on screen with the same Alt+key
  (``&``), so that the key only moves between them;
- **untranslated**: in a language other than English, a visible text that is an English message
  of the ``.ts`` file whose translation is unfinished or different, or that holds English words
  from the app's messages that the translation never uses.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

from tracker import i18n
from tracker.ui.widgets import USER_DATA_ROLE

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SLACK = 1  # pixels: rounding between a size hint and a geometry

# Words that are the same in every language here: names, codes, units.
NAMES = {
    "aliexpress", "points", "tracker", "csv", "excel", "json", "png", "svg", "utf", "usd", "club",
    "weekly", "brands", "top", "member", "center", "diamond", "platinum", "gold", "silver", "demo",
    "sqlite3", "xlsx", "toml", "mit", "qt", "python", "online", "ok",
}  # fmt: skip


@dataclass(frozen=True)
class Problem:
    kind: str  # "cut", "too large", "untranslated"
    where: str  # the widget, by its path and text
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}: {self.detail}"


# --- where a widget is ---------------------------------------------------------------------------


def _plain(text: str) -> str:
    """A label's or button's text as shown: no mnemonic ampersands, no tags, entities decoded."""
    if "<" in text and ">" in text:
        text = re.sub(r"<br\s*/?>|</p>|</li>|</h\d>", "\n", text, flags=re.IGNORECASE)
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def describe(widget: QWidget) -> str:
    """``OrderForm › QLabel “Order no.:”``: enough to find the widget."""
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        name = current.objectName()
        if not name or name.startswith("qt_"):
            name = type(current).__name__
        names.append(name)
        if current.isWindow():
            break
        current = current.parentWidget()
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = _plain(widget.text())
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText() or widget.text()
    elif widget.accessibleName():
        text = widget.accessibleName()
    text = " ".join(text.split())
    shown = f" “{text[:60]}{'…' if len(text) > 60 else ''}”" if text else ""
    return " › ".join(reversed(names)) + shown


def shown_widgets(root: QWidget) -> Iterator[QWidget]:
    """``root`` and every widget in it that is on screen (not hidden, not in a hidden page)."""
    if root.isVisible():
        yield root
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and not widget.isWindow():
            yield widget


# --- cut -----------------------------------------------------------------------------------------


def _advance(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _outside_holder(widget: QWidget) -> QWidget | None:
    """The first widget up the tree that does not hold all of ``widget`` (scrolled content is held)."""
    rect = QRect(QPoint(0, 0), widget.size())
    current = widget
    while not current.isWindow():
        parent = current.parentWidget()
        if parent is None:
            return None
        rect = rect.translated(current.pos())
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and parent is holder.viewport():
            return None  # scrolled: the shopper can scroll to it
        if not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            return parent
        current = parent
    return None


def _label_problem(label: QLabel) -> str:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wrapped text needs {needed} px of height, has {label.height()}"
        words = re.split(r"[\s\u200b]+", _plain(text))  # a zero-width space is where a path may wrap
        widest = max((label.fontMetrics().horizontalAdvance(word) for word in words), default=0)
        room = label.contentsRect().width() - 2 * max(label.margin(), 0)
        if widest > room + SLACK:
            return f"a word needs {widest} px, the label has {room}"
        return ""
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        return f"needs {hint.width()} px of width, has {label.width()}"
    if hint.height() > label.height() + SLACK:
        return f"needs {hint.height()} px of height, has {label.height()}"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    text = _plain(button.text())
    if not text.strip():
        return ""
    metrics = button.fontMetrics()
    if isinstance(button, QPushButton):
        icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
        margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        needed = _advance(metrics, text) + icon + 2 * margin
    elif isinstance(button, (QToolButton, QCheckBox, QRadioButton)):
        needed = button.sizeHint().width() - 2
    else:
        needed = _advance(metrics, text)
    if needed > button.width() + SLACK:
        return f"needs {needed} px of width, has {button.width()}"
    return ""


def _combo_problem(combo: QComboBox) -> str:
    text = combo.currentText()
    if not text or combo.isEditable():
        return ""
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = False
    option.frame = combo.hasFrame()
    field_rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = 0 if combo.itemIcon(combo.currentIndex()).isNull() else combo.iconSize().width() + 4
    needed = combo.fontMetrics().horizontalAdvance(text) + icon
    if needed > field_rect.width() + SLACK:
        return f"the chosen item needs {needed} px, the box shows {field_rect.width()}"
    return ""


def _line_edit_problem(edit: QLineEdit) -> str:
    placeholder = edit.placeholderText()
    if edit.text() or not placeholder:
        return ""
    side = sum(
        1 for action in edit.actions() if action.isVisible() and any(isinstance(w, QWidget) and w.isVisible()
                                                                     for w in action.associatedObjects())
    )  # fmt: skip
    room = edit.width() - 12 - side * (edit.fontMetrics().height() + 6)
    needed = edit.fontMetrics().horizontalAdvance(placeholder)
    if needed > room + SLACK:
        return f"the placeholder needs {needed} px, the field shows {room}"
    return ""


def _spin_problem(spin: QAbstractSpinBox) -> str:
    line = spin.findChild(QLineEdit)
    if line is None:
        return ""
    text = line.text()
    needed = line.fontMetrics().horizontalAdvance(text)
    if needed > line.width() - 4 + SLACK:
        return f"“{text}” needs {needed} px, the box shows {line.width() - 4}"
    return ""


def _tab_bar_problem(bar: QTabBar) -> str:
    scrolling = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    if scrolling:
        return "the tabs do not fit: scroll arrows are shown"
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        hint, rect = bar.tabSizeHint(index), bar.tabRect(index)
        if hint.width() > rect.width() + SLACK or rect.right() > bar.width() + SLACK:
            return f"tab “{_plain(bar.tabText(index))}” needs {hint.width()} px, has {rect.width()}"
    return ""


def _group_problem(box: QGroupBox) -> str:
    needed = box.fontMetrics().horizontalAdvance(_plain(box.title())) + 24
    return f"the title needs {needed} px, the box has {box.width()}" if needed > box.width() + SLACK else ""


def _header_problems(header: QHeaderView) -> list[str]:
    if header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
        return []
    model = header.model()
    if model is None:
        return []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionViewportPosition(section) > header.width():
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == section
        needed = _advance(header.fontMetrics(), text) + 2 * margin + (arrow + margin if sorted_here else 0)
        if needed > header.sectionSize(section) + SLACK:
            found.append(f"column “{text}” needs {needed} px, has {header.sectionSize(section)}")
    return found


def _cell_problems(view: QAbstractItemView) -> list[str]:
    """Cells whose text does not fit and whose tooltip does not hold the whole text."""
    model = view.model()
    if model is None or not isinstance(view, (QTableView, QListView)):
        return []
    viewport = view.viewport()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    found = []
    top = view.indexAt(QPoint(1, 1)).row()
    columns = 1 if isinstance(view, QListView) else model.columnCount()
    for row in range(max(top, 0), min(max(top, 0) + 40, model.rowCount())):
        for column in range(columns):
            if isinstance(view, QTableView) and view.isColumnHidden(column):
                continue
            index = model.index(row, column, QModelIndex())
            rect = view.visualRect(index)
            if rect.isEmpty() or rect.left() > viewport.width() or rect.top() > viewport.height():
                continue
            if view.indexWidget(index) is not None:
                continue
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if font is not None else view.fontMetrics()
            decoration = 0 if index.data(Qt.ItemDataRole.DecorationRole) is None else view.iconSize().width() + 4
            needed = _advance(metrics, text) + margin + decoration
            width = min(rect.width(), viewport.width() - rect.left()) if isinstance(view, QListView) else rect.width()
            if needed <= width + SLACK:
                continue
            tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            if text not in tip:
                found.append(f"cell ({row + 1}, {column + 1}) “{text[:40]}” needs {needed} px, has {width}, no tooltip")
    return found[:5]


def cut_problems(root: QWidget) -> list[Problem]:
    """Text that does not fit where it is shown, in ``root`` and everything on screen in it."""
    found: list[Problem] = []
    for widget in shown_widgets(root):
        details: list[str] = []
        if isinstance(widget, QLabel):
            details.append(_label_problem(widget))
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            details.append(_button_problem(widget))
        elif isinstance(widget, QComboBox):
            details.append(_combo_problem(widget))
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            details.append(_line_edit_problem(widget))
        elif isinstance(widget, QAbstractSpinBox):
            details.append(_spin_problem(widget))
        elif isinstance(widget, QTabBar):
            details.append(_tab_bar_problem(widget))
        elif isinstance(widget, QGroupBox) and widget.title():
            details.append(_group_problem(widget))
        elif isinstance(widget, QHeaderView):
            details += _header_problems(widget)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            details += _cell_problems(widget)
        if _has_text(widget):
            holder = _outside_holder(widget)
            if holder is not None:
                details.append(f"reaches outside {describe(holder)}")
        found += [Problem("cut", describe(widget), detail) for detail in details if detail]
    return found


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return bool(widget.text().strip())
    return isinstance(widget, (QComboBox, QLineEdit, QAbstractSpinBox, QTabBar))


# --- mnemonics -----------------------------------------------------------------------------------

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str:
    """The key that goes with ``text`` (``"Re&move rate"`` → ``"m"``), or ``""``."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else ""


def mnemonic_problems(window: QWidget) -> list[Problem]:
    """Two things on screen in ``window`` answering the same Alt+key: Qt then only moves the focus
    between them, and neither is pressed. Buttons, labels of a field, and tabs are counted."""
    keys: dict[str, list[str]] = {}
    for widget in shown_widgets(window):
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabEnabled(i)]
        for text in texts:
            key = mnemonic(text)
            if key:
                keys.setdefault(key, []).append(_plain(text))
    return _clashes(describe(window), "Alt+", keys)


def menu_mnemonic_problems(window: QMainWindow) -> list[Problem]:
    """Two menus of the menu bar, or two items of one menu, answering the same key: the key then
    only moves the highlight between them. Every item counts (a disabled one becomes enabled)."""
    bar = window.menuBar()
    # The bar's own menus, found as its children: QAction.menu() hands back a wrapper that
    # PySide6 6.10.0 deletes under us ("Internal C++ object (QMenu) already deleted").
    on_bar = bar.actions()
    menus = [menu for menu in bar.findChildren(QMenu) if menu.menuAction() in on_bar]
    menus.sort(key=lambda menu: on_bar.index(menu.menuAction()))
    titles: dict[str, list[str]] = {}
    for menu in menus:
        if mnemonic(menu.title()):
            titles.setdefault(mnemonic(menu.title()), []).append(_plain(menu.title()))
    found = _clashes("menu bar", "Alt+", titles)
    for menu in menus:
        items: dict[str, list[str]] = {}
        for action in menu.actions():
            key = mnemonic(action.text())
            if key and not action.isSeparator() and action.isVisible():
                items.setdefault(key, []).append(_plain(action.text()))
        found += _clashes(f"menu {_plain(menu.title())}", "", items)
    return found


def _clashes(where: str, prefix: str, keys: dict[str, list[str]]) -> list[Problem]:
    return [
        Problem("same key", where, f"{prefix}{key.upper()} is {' and '.join(f'“{t}”' for t in texts)}")
        for key, texts in keys.items()
        if len(texts) > 1
    ]


# --- tab traps -----------------------------------------------------------------------------------


def tab_trap_problems(window: QWidget) -> list[Problem]:
    """A table or list on screen that Tab moves around in (Qt's tables do so by default, and wrap
    from their last cell to their first): a keyboard user never gets past it."""
    return [
        Problem("tab trap", describe(view), "Tab moves between its cells and never leaves it")
        for view in shown_widgets(window)
        if isinstance(view, QAbstractItemView)
        and view.tabKeyNavigation()
        and view.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


# --- too large -----------------------------------------------------------------------------------


def size_problems(window: QWidget, screen: QSize, wanted: QSize | None = None) -> list[Problem]:
    """A dialog larger than ``screen``, or a window that cannot be made as small as ``wanted``."""
    found = []
    frame = window.frameGeometry().size()
    if frame.width() > screen.width() or frame.height() > screen.height():
        found.append(
            Problem(
                "too large",
                describe(window),
                f"{frame.width()}×{frame.height()} on a {screen.width()}×{screen.height()} screen",
            )
        )
    if wanted is not None:
        smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
        if smallest.width() > wanted.width() or smallest.height() > wanted.height():
            found.append(
                Problem(
                    "too large",
                    describe(window),
                    f"cannot be made smaller than {smallest.width()}×{smallest.height()}, "
                    f"needed to fit {wanted.width()}×{wanted.height()}",
                )
            )
    return found


# --- untranslated --------------------------------------------------------------------------------

_WORD = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z']{3,}(?![\w-])")
_PLACEHOLDERS = re.compile(r"\{[A-Za-z_0-9]*\}|%L?n|<[^>]+>")
_NOT_WORDS = re.compile(r"\S*[/\\]\S*|\S+\.(?:csv|xlsx|sqlite3|png|svg|toml|txt|ini)\b|\S+@\S+", re.IGNORECASE)


def _normal(text: str) -> str:
    text = _plain(text).replace("…", "").replace("...", "")
    return " ".join(text.split()).strip(" :")  # case kept: Spanish "may" is not English "May"


@dataclass
class Catalog:
    """One language's messages: English source → translations, and the words each side uses."""

    code: str
    sources: dict[str, set[str]] = field(default_factory=dict)  # normal English → normal translations
    unfinished: set[str] = field(default_factory=set)
    english_words: set[str] = field(default_factory=set)
    local_words: set[str] = field(default_factory=set)

    def suspicious_words(self) -> set[str]:
        return self.english_words - self.local_words - NAMES


@cache
def catalog(code: str) -> Catalog:
    found = Catalog(code)
    path = TRANSLATIONS / f"points_tracker_{code}.ts"
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else [translation.text or ""]
        if translation is not None and message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
        finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished")
        key = _normal(source)
        if not finished or not any(form.strip() for form in forms):
            found.unfinished.add(key)
        found.sources.setdefault(key, set()).update(_normal(form) for form in forms if form.strip())
        found.english_words.update(word.casefold() for word in _WORD.findall(_PLACEHOLDERS.sub(" ", source)))
        for form in forms:
            found.local_words.update(word.casefold() for word in re.findall(r"\w+", _PLACEHOLDERS.sub(" ", form)))
    return found


# A widget property: True, its texts (label, items, headers) are the shopper's data, never translated;
# "name", only its accessible name and tooltip hold data (a box named after a file's column).
USER_DATA = "user_data"


def widget_texts(widget: QWidget) -> list[str]:
    """Every text ``widget`` shows or tells (labels, items, placeholders, tooltips, titles)."""
    texts: list[str] = []
    if widget.isWindow():
        texts.append(widget.windowTitle())
    marked = widget.property(USER_DATA)
    holder = widget.parentWidget()
    data = marked is True or (isinstance(widget, QHeaderView) and holder is not None and holder.property(USER_DATA))
    if isinstance(widget, (QLabel, QAbstractButton)) and not data:
        texts.append(widget.text())
    if isinstance(widget, QComboBox) and not data:
        texts += [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QTabBar):
        texts += [widget.tabText(index) for index in range(widget.count())]
        texts += [widget.tabToolTip(index) for index in range(widget.count())]
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QHeaderView) and widget.model() is not None and not data:
        model = widget.model()
        texts += [
            str(model.headerData(section, widget.orientation()) or "")
            for section in range(widget.count())
            if widget.orientation() == Qt.Orientation.Horizontal
            and not model.headerData(section, widget.orientation(), USER_DATA_ROLE)
        ]
    if isinstance(widget, QAbstractSpinBox):
        texts += [widget.specialValueText()]
        texts += [getattr(widget, "suffix", lambda: "")(), getattr(widget, "prefix", lambda: "")()]
    if not data and marked != "name":
        texts += [widget.toolTip(), widget.accessibleName()]
    texts.append(widget.statusTip())
    return [text for text in texts if text and text.strip()]


def menu_texts(window: QMainWindow) -> list[str]:
    texts = []
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [action.text() for action in menu.actions() if not action.isSeparator()]
    return texts


def untranslated(texts: Iterable[tuple[str, str]], code: str) -> list[Problem]:
    """``texts``: (where, text). In ``code`` (not English), those left in English."""
    if code == "en":
        return []
    language = catalog(code)
    suspicious = language.suspicious_words()
    found: list[Problem] = []
    seen: set[str] = set()
    for where, text in texts:
        for line in _plain(text).split("\n"):
            key = _normal(line)
            if not key or key in seen:
                continue
            seen.add(key)
            translations = language.sources.get(key)
            if translations is not None and (key in language.unfinished or key not in translations):
                found.append(Problem("untranslated", where, f"“{line.strip()}” is the English message"))
                continue
            words = sorted({w for w in _WORD.findall(_NOT_WORDS.sub(" ", line)) if w.casefold() in suspicious})
            if words:
                found.append(Problem("untranslated", where, f"English words {', '.join(words)} in “{line.strip()}”"))
    return found


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text on screen in ``root`` (and its menus, for a main window)."""
    pairs = [(describe(widget), text) for widget in shown_widgets(root) for text in widget_texts(widget)]
    if isinstance(root, QMainWindow):
        pairs += [(f"{describe(root)} menu", text) for text in menu_texts(root)]
    return pairs


def figure_texts(figure: Any, where: str) -> list[tuple[str, str]]:
    """The titles, labels and legends a matplotlib figure draws."""
    from matplotlib.text import Text

    return [(where, text.get_text()) for text in figure.findobj(Text) if text.get_visible() and text.get_text()]


# --- a language for a while ----------------------------------------------------------------------


@contextmanager
def language(app: QCoreApplication, code: str, cache: Path | None = None) -> Iterator[None]:
    """The app in ``code`` (translations, locale, formats) until the block ends, then English.
    ``cache``: where the ``.ts`` files are compiled (default: the user's cache folder)."""
    from tracker.ui.language import apply_language, compiled_translation

    setup = apply_language(
        app,
        code,
        system=QLocale(code if code != "en" else "en_US"),
        find=lambda c: compiled_translation(c, cache=cache),
    )
    try:
        yield
    finally:
        for translator in setup.translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
        i18n.install()
