"""What a chart's tooltip says where the pointer is: exact figures from the chart's data object.

The pointer's position arrives in data coordinates (matplotlib's ``xdata``: a day number on the
date axes, a bar's index on the month axes), so the figures come from the data, never from
guessing at pixels. No matplotlib here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tracker.charts.data import ExpiringData, PlanData, SourcesData, TimelineData
from tracker.i18n import number, translate
from tracker.report.ruleset_words import ruleset_text
from tracker.report.summary import day, dollars, month, signed_count

_EPOCH = date(1970, 1, 1).toordinal()  # matplotlib's date epoch, as tracker.charts.frame.num
_BAR_REACH_DAYS = 12  # how close to a plan bar's date the pointer must be


def day_number(value: date) -> float:
    return float(value.toordinal() - _EPOCH)


def _points(number: int) -> str:
    return signed_count(_points_of, number)  # a month-end total can be below zero


def _points_of(number: int) -> str:
    return translate("ChartHover", "1 point") if number == 1 else translate("ChartHover", "%Ln points", None, number)


def _tier(name: str | None) -> str:
    return ruleset_text(name or "")


def _index_at(edges: Sequence[float], x: float) -> int | None:
    for i in range(len(edges) - 1):
        if edges[i] <= x < edges[i + 1]:
            return i
    return None


def _check_near(data: TimelineData, x: float) -> str | None:
    """The check against AliExpress under the pointer (within a hundredth of the chart's width)."""
    reach = max(2.0, (day_number(data.next_effective) - day_number(data.effective[0])) / 100)
    near = [mark for mark in data.checks if abs(day_number(mark.day) - x) <= reach]
    if not near:
        return None
    mark = min(near, key=lambda m: abs(day_number(m.day) - x))
    return translate("ChartHover", "Checked {date}: {verdict}").format(date=day(mark.day), verdict=mark.words)


def timeline_hover(data: TimelineData, x: float) -> str | None:
    """The month-end total whose step is under the pointer, and the tier it gives from when; a
    check against AliExpress first when the pointer is on one."""
    check = _check_near(data, x)
    text = _timeline_step(data, x)
    if check is None or text is None:
        return check or text
    return f"{check}\n{text}"


def _timeline_step(data: TimelineData, x: float) -> str | None:
    edges = [*(day_number(d) for d in data.effective), day_number(data.next_effective)]
    i = _index_at(edges, x)
    if i is None:
        return None
    counted, effective = data.recalculations[i], data.effective[i]
    if i < data.history_count:
        tier = data.tiers[i] if data.points[i] == data.with_expected[i] else None
        lines = [
            translate("ChartHover", "Counted {date}: {points}").format(
                date=day(counted), points=_points(data.points[i])
            )
        ]
        if tier:
            lines.append(translate("ChartHover", "{tier} from {date}").format(tier=_tier(tier), date=day(effective)))
        return "\n".join(lines)
    lines = [
        translate("ChartHover", "{date}, for the tier from {effective}").format(
            date=day(counted), effective=day(effective)
        ),
        translate("ChartHover", "If you earn no more: {points}").format(points=_points(data.points[i])),
    ]
    if data.has_expected:
        lines.append(
            translate("ChartHover", "Plus pending orders: {points} ({tier})").format(
                points=_points(data.with_expected[i]), tier=_tier(data.tiers[i])
            )
        )
    else:
        lines[-1] += f" ({_tier(data.tiers[i])})"
    if data.with_plan is not None:
        lines.append(translate("ChartHover", "With the plan: {points}").format(points=_points(data.with_plan[i])))
    if data.lapse is not None and counted == data.lapse:
        lines.append(
            translate("ChartHover", "{tier} ends {date} → {lower}").format(
                tier=_tier(data.tier_now), date=day(effective), lower=_tier(data.lapse_tier)
            )
        )
    return "\n".join(lines)


def expiring_hover(data: ExpiringData, x: float) -> str | None:
    """Today's total left of the bars, or the bar under the pointer and what is left after it."""
    i = round(x)
    if i == -1:
        return translate("ChartHover", "Today: {points} in your window").format(points=_points(data.window_points))
    if not 0 <= i < len(data.points):
        return None
    return translate("ChartHover", "{date}: {points} leave\n{left} of today's {total} left").format(
        date=day(data.recalculations[i]),
        points=_points(data.points[i]),
        left=number(data.remaining[i]),
        total=number(data.window_points),
    )


def plan_hover(data: PlanData, axis: int, x: float) -> str | None:
    """A spend bar near the pointer (top axes), else the timeline with the plan (bottom axes)."""
    today = day_number(data.today)
    positions = [max(day_number(b), today + 5) for b in data.buy_by]
    near = [i for i, position in enumerate(positions) if abs(position - x) <= _BAR_REACH_DAYS]
    if near:
        i = min(near, key=lambda k: abs(positions[k] - x))
        count = data.orders[i]
        orders = translate("ChartHover", "1 order") if count == 1 else translate("ChartHover", "%n orders", None, count)
        if data.buy_by[i] > data.today:
            when = translate("ChartHover", "by {date}").format(date=day(data.buy_by[i]))
        else:
            when = translate("ChartHover", "as soon as you can")
        return translate(
            "ChartHover", "Spend {amount} {when}\n{orders}, {points}, counted {date}\nKeeps {tier} from {effective}"
        ).format(
            amount=dollars(data.spend_cents[i]),
            when=when,
            orders=orders,
            points=_points(data.points[i]),
            date=day(data.recalculations[i]),
            tier=_tier(data.tier),
            effective=day(data.effective[i]),
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
