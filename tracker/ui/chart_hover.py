"""What a chart's tooltip says where the pointer is: exact figures from the chart's data object.

The pointer's position arrives in data coordinates (matplotlib's ``xdata``: a day number on the
date axes, a bar's index on the month axes), so the figures come from the data, never from
guessing at pixels. No matplotlib here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tracker.charts.data import ExpiringData, PlanData, SourcesData, TimelineData
from tracker.summary import day, dollars, month

_EPOCH = date(1970, 1, 1).toordinal()  # matplotlib's date epoch, as tracker.charts.frame.num
_BAR_REACH_DAYS = 12  # how close to a plan bar's date the pointer must be


def day_number(value: date) -> float:
    return float(value.toordinal() - _EPOCH)


def _points(number: int) -> str:
    return f"{number:,} point{'s' if number != 1 else ''}"


def _index_at(edges: Sequence[float], x: float) -> int | None:
    for i in range(len(edges) - 1):
        if edges[i] <= x < edges[i + 1]:
            return i
    return None


def timeline_hover(data: TimelineData, x: float) -> str | None:
    """The month-end total whose step is under the pointer, and the tier it gives from when."""
    edges = [*(day_number(d) for d in data.effective), day_number(data.next_effective)]
    i = _index_at(edges, x)
    if i is None:
        return None
    counted, effective = data.recalculations[i], data.effective[i]
    if i < data.history_count:
        tier = data.tiers[i] if data.points[i] == data.with_expected[i] else None
        lines = [f"Counted {day(counted)}: {_points(data.points[i])}"]
        if tier:
            lines.append(f"{tier} from {day(effective)}")
        return "\n".join(lines)
    lines = [f"{day(counted)}, for the tier from {day(effective)}", f"If you earn no more: {_points(data.points[i])}"]
    if data.has_expected:
        lines.append(f"Plus pending orders: {_points(data.with_expected[i])} ({data.tiers[i]})")
    else:
        lines[-1] += f" ({data.tiers[i]})"
    if data.with_plan is not None:
        lines.append(f"With the plan: {_points(data.with_plan[i])}")
    if data.lapse is not None and counted == data.lapse:
        lines.append(f"{data.tier_now} ends {day(effective)} → {data.lapse_tier}")
    return "\n".join(lines)


def expiring_hover(data: ExpiringData, x: float) -> str | None:
    """Today's total left of the bars, or the bar under the pointer and what is left after it."""
    i = round(x)
    if i == -1:
        return f"Today: {_points(data.window_points)} in your window"
    if not 0 <= i < len(data.points):
        return None
    return (
        f"{day(data.recalculations[i])}: {_points(data.points[i])} leave\n"
        f"{data.remaining[i]:,} of today's {data.window_points:,} left"
    )


def plan_hover(data: PlanData, axis: int, x: float) -> str | None:
    """A spend bar near the pointer (top axes), else the timeline with the plan (bottom axes)."""
    today = day_number(data.today)
    positions = [max(day_number(b), today + 5) for b in data.buy_by]
    near = [i for i, position in enumerate(positions) if abs(position - x) <= _BAR_REACH_DAYS]
    if near:
        i = min(near, key=lambda k: abs(positions[k] - x))
        orders = f"{data.orders[i]} order{'s' if data.orders[i] != 1 else ''}"
        when = f"by {day(data.buy_by[i])}" if data.buy_by[i] > data.today else "as soon as you can"
        return (
            f"Spend {dollars(data.spend_cents[i])} {when}\n"
            f"{orders}, {_points(data.points[i])}, counted {day(data.recalculations[i])}\n"
            f"Keeps {data.tier} from {day(data.effective[i])}"
        )
    if axis == 1:
        return timeline_hover(data.timeline, x)
    return None


def sources_hover(data: SourcesData, x: float) -> str | None:
    """The month under the pointer: its total and each source's share."""
    i = round(x)
    if not 0 <= i < len(data.months):
        return None
    lines = [f"{month(data.months[i])}: {_points(data.totals[i])}"]
    lines += [f"{series.label}: {series.points[i]:,}" for series in data.series if series.points[i]]
    return "\n".join(lines)
