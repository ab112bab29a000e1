"""The table model behind every record page: store rows, filtered and sorted in Python.

Why not a ``QSortFilterProxyModel``: it sorts by calling ``data()`` for every comparison, and
with a Python model that is a Python call each time — 17 s to sort 100,000 orders, 18 s to clear
a filter (measured, see ``benchmarks/bench_tables.py``). Here a column carries its sort key (the
same value :data:`SORT_ROLE` returns: dates as ordinals, money in cents, never display text) and
the model sorts its row list with it, which takes milliseconds. Filtering and sorting are
announced as a layout change with the persistent indexes moved along, so the view keeps its
selection and current row, as it would behind a proxy.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from tracker.i18n import number, translate
from tracker.ui.session import Session
from tracker.ui.tables.earned import Earned, EarnedIndex, earned_for

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""What a cell sorts by: a date's ordinal, an amount in cents, points, or case-folded text."""
REF_ROLE = Qt.ItemDataRole.UserRole + 2
"""The row's ledger ref (``"order:42"``), for pages that act on the selected record."""

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, the text of a cell, and what the cell sorts by."""

    header: str
    text: Callable[[R], str]
    key: Callable[[R], Any]
    numeric: bool = False  # money and points: right-aligned
    ledger: bool = False  # read off the ledger: italic and muted when the credit is not certain
    tooltip: Callable[[R], str] | None = None
    sample: str = ""  # a typical widest cell, for the column's first width
    elide: bool = False  # long text is cut short with "…" and shown whole in the tooltip
    hidden: bool = False  # left out until the shopper shows it (right-click on the header)
    optional: bool = False  # shown only while the table is wide enough to keep the stretching column readable
    header_tip: str = ""  # what the column means, on its header (translated where shown)


@dataclass(frozen=True)
class RowFilter:
    """The search box and the date range; every word of ``text`` must occur in a row."""

    text: str = ""
    start: date | None = None
    end: date | None = None

    @property
    def words(self) -> list[str]:
        return self.text.casefold().split()

    def is_empty(self) -> bool:
        return not self.words and self.start is None and self.end is None


def date_key(value: date | None) -> int:
    return value.toordinal() if value is not None else 0


def text_key(value: str | None) -> str:
    return (value or "").casefold()


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind of record; subclasses say how to read, show, find and date them."""

    contents_changed = Signal()  # rows, filter or counts changed: the page updates its count line

    default_sort_column = 0
    stretch_column: int | None = None  # takes the width left over (tables narrow enough to fit)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: dict[Hashable, R] = {}  # every row, by key, in the store's order
        self._shown: list[R] = []  # the rows passing the filter, sorted
        self._filter = RowFilter()
        self._sort_column = self.default_sort_column
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._earned: EarnedIndex | None = None  # indexed when a ledger cell is first painted
        self._italic = QFont()
        self._italic.setItalic(True)
        self.columns: list[Column[R]] = self._make_columns()
        self._ledger_columns = [number for number, column in enumerate(self.columns) if column.ledger]
        session.changed.connect(self._on_records_changed)
        session.settings_changed.connect(self._on_settings_changed)

    # --- what subclasses provide ---------------------------------------------------------------

    def _make_columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def key_of(self, row: R) -> Hashable:
        """What identifies a row across reloads (its id)."""
        raise NotImplementedError

    def ref_of(self, row: R) -> str:
        """The row's ledger ref, ``"order:42"``."""
        raise NotImplementedError

    def date_of(self, row: R) -> date:
        raise NotImplementedError

    def search_text(self, row: R) -> str:
        """The case-folded text the search box looks in."""
        raise NotImplementedError

    def read_rows(self) -> list[R]:
        """Every row from the store, oldest first."""
        raise NotImplementedError

    def summary(self) -> str:
        """The page's count line: ``120 orders, 3 pending``."""
        raise NotImplementedError

    # --- reading -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tip:
            return translate("Columns", column.header_tip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role == SORT_ROLE:
            return column.key(row)
        if role == REF_ROLE:
            return self.ref_of(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column) or None
        if column.ledger and role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            earned = self.earned(row)
            if earned is not None and not earned.uncertain:
                return None
            if role == Qt.ItemDataRole.FontRole:
                return self._italic if earned is not None else None
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)  # uncertain, or nothing
        return None

    def _tooltip(self, row: R, column: Column[R]) -> str:
        parts: list[str] = []
        if column.ledger:
            earned = self.earned(row)
            if earned is None or earned.points == 0:  # nothing, or given and taken back: say why
                parts.append(self.unearned_reason(row))
            elif earned.uncertain:
                parts.append(earned.explanation())
        if column.tooltip is not None:
            parts.append(column.tooltip(row))
        if column.elide:
            text = column.text(row)
            if text and not any(text in part for part in parts):
                parts.insert(0, text)
        return "\n".join(part for part in parts if part)

    def unearned_reason(self, row: R) -> str:
        """Why a row earned nothing, for its tooltip (empty when there is nothing useful to say)."""
        return ""

    def unearned_word(self, row: R) -> str:
        """The same in a word or two, for the Credit column: ``cancelled``, ``below $2``."""
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def row_at(self, number: int) -> R:
        return self._shown[number]

    def shown_rows(self) -> list[R]:
        return list(self._shown)

    def all_rows(self) -> list[R]:
        return list(self._rows.values())

    def row_number_of(self, key: Hashable) -> int | None:
        """Where the row with ``key`` is shown, or None when it is filtered out or gone."""
        row = self._rows.get(key)
        if row is None:
            return None
        try:
            return self._shown.index(row)
        except ValueError:
            return None

    def earned(self, row: R) -> Earned | None:
        """What the row's record earned according to the ledger; None if it earned nothing."""
        if self._earned is None:
            self._earned = earned_for(self._session.status())
        return self._earned.get(self.ref_of(row))

    @property
    def row_filter(self) -> RowFilter:
        return self._filter

    def shown_count(self) -> int:
        return len(self._shown)

    def total_count(self) -> int:
        return len(self._rows)

    def counts_text(self, singular: str, plural: str) -> str:
        """``120 orders`` or, while filtering, ``12 of 120 orders``; ``plural`` names the kind
        (orders, reviews, entries, promotions) and picks the translated phrase."""
        total = len(self._rows)
        if self._filter.is_empty():
            return _count_phrase(plural, total)
        return translate("Tables", "{shown} of {all}").format(
            shown=number(len(self._shown)), all=_count_phrase(plural, total)
        )

    # --- changing what is shown ----------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort_column, self._sort_order = column, order
        self._relayout(self._sort_shown)

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def set_filter(self, row_filter: RowFilter) -> None:
        if row_filter == self._filter:
            return
        self._filter = row_filter
        self._relayout(self._select)

    def reload(self) -> None:
        """Read every row again (small tables do this after every change)."""
        self._replace(self.read_rows())

    # --- plumbing ------------------------------------------------------------------------------

    def _on_records_changed(self) -> None:
        self._forget_earned()
        self.reload()

    def _on_settings_changed(self) -> None:
        self._forget_earned()  # another rule set: other points, same rows

    def _forget_earned(self) -> None:
        self._earned = None
        if self._sort_column in self._ledger_columns:
            self._relayout(self._sort_shown)
        elif self._shown and self._ledger_columns:
            first, last = min(self._ledger_columns), max(self._ledger_columns)
            self.dataChanged.emit(self.index(0, first), self.index(len(self._shown) - 1, last))

    def _replace(self, rows: Iterable[R]) -> None:
        def replace() -> None:
            self._rows = {self.key_of(row): row for row in rows}
            self._select()

        self._relayout(replace)

    def _passes(self, row: R) -> bool:
        row_filter = self._filter
        if row_filter.start is not None or row_filter.end is not None:
            day = self.date_of(row)
            if (row_filter.start is not None and day < row_filter.start) or (
                row_filter.end is not None and day > row_filter.end
            ):
                return False
        words = row_filter.words
        if words:
            text = self.search_text(row)
            return all(word in text for word in words)
        return True

    def _select(self) -> None:
        if self._filter.is_empty():
            self._shown = list(self._rows.values())
        else:
            passes = self._passes
            self._shown = [row for row in self._rows.values() if passes(row)]
        self._sort_shown()

    def _sort_shown(self) -> None:
        # Python's sort is stable: rows with equal keys stay in the store's order (date, then id).
        key = self.columns[self._sort_column].key
        self._shown.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _relayout(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to the shown rows as one layout change, keeping the selection."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(self.key_of(self._shown[index.row()]), index.column()) for index in old]
        change()
        if old:
            where = {self.key_of(row): number for number, row in enumerate(self._shown)}
            new = [self.index(where[key], column) if key in where else QModelIndex() for key, column in kept]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
        self.contents_changed.emit()

    # --- one row at a time (after an edit) -----------------------------------------------------

    def _put(self, row: R) -> None:
        """Add ``row``, or replace the row with its key, where the sort order wants it."""
        key = self.key_of(row)
        old = self._rows.get(key)
        self._rows[key] = row
        old_at = self._shown_position(old)
        if not self._passes(row):
            if old_at is not None:
                self._remove_shown(old_at)
            return
        sort_key = self.columns[self._sort_column].key
        if old is not None and old_at is not None and sort_key(old) == sort_key(row):
            at = old_at  # still in order where it is: an edited row does not jump among its equals
        else:
            at = self._insertion_point(row, old_at)
        if old_at is None:
            self.beginInsertRows(QModelIndex(), at, at)
            self._shown.insert(at, row)
            self.endInsertRows()
        elif at == old_at:
            self._shown[at] = row
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))
        else:
            # beginMoveRows counts the destination in the list before the move.
            self.beginMoveRows(QModelIndex(), old_at, old_at, QModelIndex(), at if at < old_at else at + 1)
            del self._shown[old_at]
            self._shown.insert(at, row)
            self.endMoveRows()
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))

    def _drop(self, key: Hashable) -> None:
        old = self._rows.pop(key, None)
        at = self._shown_position(old)
        if at is not None:
            self._remove_shown(at)

    def _shown_position(self, row: R | None) -> int | None:
        if row is None:
            return None
        try:
            return self._shown.index(row)
        except ValueError:
            return None

    def _remove_shown(self, at: int) -> None:
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._shown[at]
        self.endRemoveRows()

    def _insertion_point(self, row: R, skip: int | None) -> int:
        """Where ``row`` belongs in the shown rows without the one at ``skip``: after its equals."""
        key = self.columns[self._sort_column].key
        wanted = key(row)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        shown = self._shown
        low, high = 0, len(shown) - (1 if skip is not None else 0)
        while low < high:
            middle = (low + high) // 2
            there = key(shown[middle + 1 if skip is not None and middle >= skip else middle])
            if (there < wanted) if descending else (there > wanted):
                high = middle
            else:
                low = middle + 1
        return low


def _count_phrase(kind: str, count: int) -> str:
    """``1 order``, ``1,234 orders``: whole phrases, so that each language gets its plural forms."""
    if kind == "orders":
        return translate("Tables", "1 order") if count == 1 else translate("Tables", "%Ln orders", None, count)
    if kind == "reviews":
        return translate("Tables", "1 review") if count == 1 else translate("Tables", "%Ln reviews", None, count)
    if kind == "entries":
        return translate("Tables", "1 entry") if count == 1 else translate("Tables", "%Ln entries", None, count)
    if kind == "promotions":
        if count == 1:
            return translate("Tables", "1 promotion")
        return translate("Tables", "%Ln promotions", None, count)
    return f"{number(count)} {kind}"
