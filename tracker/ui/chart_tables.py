"""Each chart's numbers as a table: the same data object the chart is drawn from, in rows.

A chart and its table can never disagree: both read one :mod:`tracker.charts.data` object. The
table is what a screen reader, a copy into a spreadsheet or a shopper who wants exact figures
uses. No matplotlib here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from tracker.charts.data import ExpiringData, PlanData, SourcesData, TierBand, TimelineData
from tracker.i18n import number, translate
from tracker.report.ruleset_words import ruleset_text
from tracker.report.summary import day, dollars, month

Cell = str | int
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ChartTable:
    """Rows of cells under headers. Whole numbers are points; money and dates come as text."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def column(self, header: str) -> list[Cell]:
        index = self.headers.index(header)
        return [row[index] for row in self.rows]


def _tier_of(points: int, bands: Sequence[TierBand]) -> str:
    name = bands[0].name if bands else ""
    for band in bands:
        if points >= band.low:
            name = band.name
    return name


def timeline_table(data: TimelineData) -> ChartTable:
    """One row per month-end: the counted total, or the projected one (if you earn no more), with
    pending orders and with the plan; the tier the last of them gives, and from when."""
    headers = [
        translate("ChartTable", "Month end"),
        translate("ChartTable", "Total"),
        translate("ChartTable", "Points"),
    ]
    if data.has_expected:
        headers.append(translate("ChartTable", "Plus pending orders"))
    if data.with_plan is not None:
        headers.append(translate("ChartTable", "With the plan"))
    headers += [translate("ChartTable", "Tier"), translate("ChartTable", "From")]
    rows = []
    months = zip(data.recalculations, data.effective, data.points, strict=True)
    for i, (counted, effective, points) in enumerate(months):
        past = i < data.history_count
        row: list[Cell] = [
            day(counted),
            translate("ChartTable", "counted") if past else translate("ChartTable", "projected"),
            points,
        ]
        shown = points
        if data.has_expected:
            row.append("" if past else data.with_expected[i])
            shown = data.with_expected[i]
        if data.with_plan is not None:
            row.append("" if past else data.with_plan[i])
            shown = shown if past else data.with_plan[i]
        row += [ruleset_text(_tier_of(shown, data.bands)), day(effective)]
        rows.append(tuple(row))
    return ChartTable(tuple(headers), tuple(rows))


def expiring_table(data: ExpiringData) -> ChartTable:
    """P6: the points of today's window total leaving at each coming recalculation."""
    rows = tuple(
        (day(when), points, left)
        for when, points, left in zip(data.recalculations, data.points, data.remaining, strict=True)
    )
    headers = (
        translate("ChartTable", "Month end"),
        translate("ChartTable", "Points leaving"),
        translate("ChartTable", "Left of today's {points}").format(points=number(data.window_points)),
    )
    return ChartTable(headers, rows)


def plan_table(data: PlanData) -> ChartTable:
    """P3: what to buy by when, and which recalculation it keeps the tier at."""
    rows = tuple(
        (day(buy_by), dollars(cents), orders, points, day(counted), day(effective))
        for buy_by, cents, orders, points, counted, effective in zip(
            data.buy_by, data.spend_cents, data.orders, data.points, data.recalculations, data.effective, strict=True
        )
    )
    headers = (
        translate("ChartTable", "Buy by"),
        translate("ChartTable", "Spend"),
        translate("ChartTable", "Orders"),
        translate("ChartTable", "Points"),
        translate("ChartTable", "Counted on"),
        translate("ChartTable", "{tier} from").format(tier=ruleset_text(data.tier)),
    )
    return ChartTable(headers, rows)


def sources_table(data: SourcesData) -> ChartTable:
    """Points credited each month, one column per source and the total."""
    headers = (
        translate("ChartTable", "Month"),
        *(series.label for series in data.series),
        translate("ChartTable", "Total"),
    )
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (month(first), *(series.points[i] for series in data.series), data.totals[i])
        for i, first in enumerate(data.months)
    )
    return ChartTable(headers, rows)


class ChartTableModel(QAbstractTableModel):
    """A :class:`ChartTable` for a ``QTableView``: numbers right-aligned with thousands separators."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = ChartTable((), ())

    def set_table(self, table: ChartTable) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> ChartTable:
        return self._table

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}" if isinstance(value, int) else value
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = isinstance(value, int) or (isinstance(value, str) and value.startswith("$"))
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._table.headers[section]
        return None
