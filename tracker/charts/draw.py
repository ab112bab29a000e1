"""The four charts, drawn onto a matplotlib :class:`~matplotlib.figure.Figure`.

Pure drawing: each function draws what its data (:mod:`tracker.charts.data`) holds, in the
palette's colours, replacing what the figure showed. No ``pyplot``, no Qt, no database: the window
wraps the figure in a canvas, the command line saves it with Agg, the tests read its artists back.
Artists that tests and hover tools look for carry a ``gid``: "history", "projection", "expected",
"plan", "effective", "today", "lapse", "band:<tier>", "expiring", "remaining", "plan-spend",
"source:<source>" (bars are collections: see :func:`tracker.charts.frame.bar_heights`),
"check:agrees", "check:differs", "unchecked".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import blended_transform_factory

from tracker.charts.data import SOURCE_LABELS, CheckMark, ExpiringData, PlanData, SourcesData, TierBand, TimelineData
from tracker.charts.frame import (
    Frame,
    arrange,
    axis_height,
    axis_width,
    bars,
    category_month_ticks,
    chart_axes,
    grid,
    hline,
    hspan,
    legend,
    legend_rows,
    line,
    month_ticks,
    num,
    nums,
    steps,
    title,
    vline,
    ylabel,
)
from tracker.charts.palette import ChartPalette
from tracker.i18n import number, translate
from tracker.report.ruleset_words import ruleset_text
from tracker.report.summary import day, dollars, short_day

_DASHED = (0, (4, 2.5))
_LABEL_EM = 0.72  # the lapse label: bold, and its box's padding
_DOTTED = (0, (1, 1.5))


def _thousands(value: float, _position: object = None) -> str:
    return number(int(value))


def _y_ticks(ax: Axes, bottom: float, top: float, palette: ChartPalette, nbins: int = 4) -> str:
    """Integer y ticks with thousands separators and their grid; returns the widest label."""
    ax.set_ylim(bottom, top)
    locator = MaxNLocator(nbins=nbins, integer=True, min_n_ticks=3)
    ticks = [float(t) for t in locator.tick_values(bottom, top) if bottom <= t <= top]
    labels = [_thousands(t) for t in ticks]
    ax.set_yticks(ticks, labels)
    grid(ax, ticks, palette)
    return max(labels, key=len, default="0")


# --- tier timeline -------------------------------------------------------------------------------


def _top(values: list[int], bands: tuple[TierBand, ...]) -> float:
    """The y-axis top: room above the highest total and the threshold of the tier above it."""
    highest = max(max(values, default=0), 1)
    above = [band.low for band in bands if band.low > highest]
    return float(max(highest, above[0] if above else highest)) * 1.18 + 10


def _tier(name: str | None) -> str:
    return ruleset_text(name or "")


def _timeline_labels(data: TimelineData, *, dots: bool = True) -> list[str]:
    """The legend's entries, in the order :func:`_draw_timeline` adds them."""
    h, count = data.history_count, len(data.points)
    labels = []
    if h:
        labels.append(translate("Charts", "Past"))
    if h < count:
        labels.append(translate("Charts", "If you earn no more"))
        if data.has_expected:
            labels.append(translate("Charts", "Plus pending orders"))
        if data.with_plan is not None:
            labels.append(translate("Charts", "With the plan"))
    if dots and data.effective != data.recalculations:
        labels.append(translate("Charts", "Tier from the {day}").format(day=_ordinal(data.effective[0].day)))
    shown = _checks_shown(data)
    if any(mark.agrees for mark in shown):
        labels.append(translate("Charts", "Checked: agrees with AliExpress"))
    if any(not mark.agrees for mark in shown):
        labels.append(translate("Charts", "Checked: differs"))
    return labels


def _checks_shown(data: TimelineData) -> list[CheckMark]:
    """The checks within the chart's dates."""
    first, last = data.effective[0], data.next_effective
    return [mark for mark in data.checks if first <= mark.day < last]


def _on_line(data: TimelineData, when: date) -> float:
    """The height of the history (or projection) line on ``when``: the total whose tier holds then."""
    edges = [*data.effective, data.next_effective]
    for i in range(len(data.points)):
        if edges[i] <= when < edges[i + 1]:
            return float(data.points[i])
    return float(data.points[-1])


def _draw_checks(ax: Axes, data: TimelineData, palette: ChartPalette, frame: Frame, labels: Iterator[str]) -> None:
    """Each check as a point on the line: a round mark where it agrees, a cross where it differs;
    after a difference not yet resolved or accepted, the rest of the chart is marked unchecked."""
    shown = _checks_shown(data)
    agree = [mark for mark in shown if mark.agrees]
    differ = [mark for mark in shown if not mark.agrees]
    for marks, marker, colour, gid in (
        (agree, "o", palette.check_agrees, "check:agrees"),
        (differ, "X", palette.check_differs, "check:differs"),
    ):
        if marks:
            line(
                ax, [num(m.day) for m in marks], [_on_line(data, m.day) for m in marks],
                linestyle="none", marker=marker, markersize=9 if marker == "X" else 8, color=colour,
                markeredgecolor=palette.background, markeredgewidth=1.2, zorder=10, gid=gid, label=next(labels, None),
            )  # fmt: skip
    if data.unchecked_from is None or not data.effective[0] <= data.unchecked_from < data.next_effective:
        return
    start, end = num(data.unchecked_from), num(data.next_effective)
    ax.add_patch(
        Rectangle(
            (start, 0), end - start, 1, transform=blended_transform_factory(ax.transData, ax.transAxes),
            facecolor="none", edgecolor=palette.check_differs, hatch="////", linewidth=0, alpha=0.22, zorder=2,
            gid="unchecked",
        )
    )  # fmt: skip
    # Top right, where the lines leave room (_top keeps a strip above them) and "Today" is not.
    ax.text(
        0.99, 0.985, translate("Charts", "Unchecked since {date}").format(date=short_day(data.unchecked_from)),
        transform=ax.transAxes, ha="right", va="top", fontsize=frame.size - 0.5, color=palette.check_differs,
        zorder=8, gid="unchecked-label",
        bbox={"boxstyle": "round,pad=0.25", "facecolor": palette.background, "edgecolor": "none", "alpha": 0.9},
    )  # fmt: skip


def _ordinal(number: int) -> str:
    """``8th``: each English suffix is its own pattern for translators (as in How points work)."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    if suffix == "st":
        return translate("HowPointsWork", "{n}st").format(n=number)
    if suffix == "nd":
        return translate("HowPointsWork", "{n}nd").format(n=number)
    if suffix == "rd":
        return translate("HowPointsWork", "{n}rd").format(n=number)
    return translate("HowPointsWork", "{n}th").format(n=number)


def _band_label_width(data: TimelineData, frame: Frame) -> float:
    widest = max((frame.text_width(_tier(band.name), em=0.7) for band in data.bands), default=0)
    return widest + frame.px(frame.size) + 8


def _named_bands(bands: tuple[TierBand, ...], bottom: float, top: float, axis_height: float, frame: Frame) -> set[str]:
    """The tier bands whose names fit beside the axis without touching another name: every band
    at least as tall as its name's box, then the thinner ones, taller first, whose box overlaps
    none named and stays within half a box of the axis (at 200 % Silver's 0–100 of 1,800 points
    is thinner than its name)."""
    box = frame.px(frame.size) * 1.5  # the text and its rounded box, measured
    scale = axis_height / (top - bottom)
    spans = {}
    for band in bands:
        if band.low >= top:
            break
        high = min(float(band.high + 1) if band.high is not None else top, top)
        low = max(float(band.low), bottom)
        middle = ((low + high) / 2 - bottom) * scale
        spans[band.name] = ((high - low) * scale, middle - box / 2, middle + box / 2)
    named = {name for name, (height, _, _) in spans.items() if height >= box}
    for name, (_, start, end) in sorted(spans.items(), key=lambda item: -item[1][0]):  # taller first
        clear = all(end <= spans[other][1] or start >= spans[other][2] for other in named)
        if name not in named and clear and start >= -box / 2 and end <= axis_height + box / 2:
            named.add(name)
    return named


def _draw_timeline(
    ax: Axes, data: TimelineData, palette: ChartPalette, frame: Frame, *, lapse_prefix: str = "", dots: bool = True
) -> None:
    """Bands, steps, today and the lapse onto ``ax``, whose limits are already set."""
    size = frame.size
    h = data.history_count
    edges = [*nums(data.effective), num(data.next_effective)]
    left, right = edges[0], edges[-1]
    top = ax.get_ylim()[1]
    band_label_at = blended_transform_factory(ax.transAxes, ax.transData)
    bottom = ax.get_ylim()[0]
    named = _named_bands(data.bands, bottom, top, ax.get_position().height * frame.height, frame)

    # Tier bands, named outside the plot on the right where no line can cross a name.
    for i, band in enumerate(data.bands):
        if band.low >= top:
            break
        high = min(float(band.high + 1) if band.high is not None else top, top)
        colour = palette.tier_bands[min(i, len(palette.tier_bands) - 1)]
        hspan(ax, band.low, high, colour, zorder=0, gid=f"band:{band.name}")
        if band.low > 0:
            hline(ax, band.low, color=palette.muted, linewidth=0.6, linestyle=(0, (1, 2)), zorder=1)
        if band.name in named:
            ax.text(
                1.008, band.low + (high - band.low) / 2, _tier(band.name), transform=band_label_at, ha="left",
                va="center", fontsize=size, color=palette.foreground, fontweight="bold", clip_on=False,
                gid=f"band-label:{band.name}",
                bbox={"boxstyle": "round,pad=0.25", "facecolor": colour, "edgecolor": palette.grid, "linewidth": 0.6},
            )  # fmt: skip

    # Past totals solid, coming ones dashed, then what pending orders and a plan add.
    labels = iter(_timeline_labels(data, dots=dots))
    if h:
        steps(
            ax, data.points[:h], edges[: h + 1], baseline=None, colour=palette.history, linewidth=2.2,
            label=next(labels), gid="history", zorder=5,
        )  # fmt: skip
    if h < len(data.points):
        steps(
            ax, data.points[h:], edges[h:], baseline=None, colour=palette.projection, linewidth=2.2,
            linestyle=_DASHED, label=next(labels), gid="projection", zorder=5,
        )  # fmt: skip
        if h:  # join the two at the step between them
            line(
                ax, [edges[h], edges[h]], [data.points[h - 1], data.points[h]], color=palette.projection,
                linewidth=2.2, linestyle=_DASHED, zorder=5,
            )  # fmt: skip
        if data.has_expected:
            steps(
                ax, data.with_expected[h:], edges[h:], baseline=data.points[h:], fill=True,
                colour=palette.expected, alpha=0.22, zorder=3, gid="expected-area",
            )  # fmt: skip
            steps(
                ax, data.with_expected[h:], edges[h:], baseline=None, colour=palette.expected, linewidth=2,
                linestyle=_DOTTED, zorder=4, gid="expected", label=next(labels),
            )  # fmt: skip
        if data.with_plan is not None:
            steps(
                ax, data.with_plan[h:], edges[h:], baseline=None, colour=palette.plan, linewidth=2.4, zorder=6,
                gid="plan", label=next(labels),
            )  # fmt: skip

    # A dot where each step starts: the day a month-end's tier takes effect (W4).
    line(
        ax, edges[:-1], data.points, linestyle="none", marker="o", markersize=3.5, color=palette.projection,
        zorder=6, gid="effective", label=next(labels, None) if dots and data.effective != data.recalculations else None,
    )  # fmt: skip
    _draw_checks(ax, data, palette, frame, labels)

    today = num(data.today)
    vline(ax, today, color=palette.today, linewidth=1.3, zorder=7, gid="today")
    today_label = " " + translate("Charts", "Today")
    ax.text(
        today, 0.985, today_label, transform=blended_transform_factory(ax.transData, ax.transAxes), ha="left",
        va="top", fontsize=size, color=palette.today, zorder=8,
    )  # fmt: skip

    if data.lapse_effective is not None and data.lapse_points is not None:
        when = num(data.lapse_effective)
        vline(ax, when, color=palette.lapse, linewidth=1.1, linestyle=(0, (3, 2)), zorder=7, gid="lapse-line")
        line(
            ax, [when], [data.lapse_points], linestyle="none", marker="v", markersize=9, color=palette.lapse,
            markeredgecolor=palette.background, zorder=9, gid="lapse",
        )  # fmt: skip
        text, to_left = _lapse_label(data, lapse_prefix, when, (left, right), axis_width(ax, frame), frame)
        if not text:
            return
        y, coordinates, rise = _lapse_label_spot(ax, data, text, when, to_left, edges, frame)
        y_coordinates = "axes fraction" if coordinates == "axes" else "data"
        ax.annotate(
            text,
            xy=(when, y), xycoords=("data", y_coordinates), xytext=(-10 if to_left else 10, rise),
            textcoords="offset points", ha="right" if to_left else "left", va="bottom" if rise > 0 else "top",
            fontsize=size, color=palette.lapse, fontweight="bold", zorder=9, gid="lapse-label", parse_math=False,
            bbox={"boxstyle": "round,pad=0.3", "facecolor": palette.background, "edgecolor": palette.lapse,
                  "linewidth": 0.8, "alpha": 0.92},
        )  # fmt: skip


def _lapse_label_spot(
    ax: Axes, data: TimelineData, text: str, when: float, to_left: bool, edges: list[float], frame: Frame
) -> tuple[float, str, float]:
    """Where the lapse's words go: ``(y, coordinates, offset in points)``, "data" y by the marker
    or "axes" y at the top of the lapse line.

    By the marker, above it (below when it is high up) unless fewer steps (history, projection,
    pending, plan) run behind the words the other way; when both ways cross a step,
    at the top of the lapse line if the strip above every step has room (:func:`_top` leaves one).
    """
    (left, right), (bottom, top) = ax.get_xlim(), ax.get_ylim()
    x_scale = axis_width(ax, frame) / (right - left)  # pixels per day
    y_scale = axis_height(ax, frame) / (top - bottom)  # pixels per point
    offset, lines = frame.px(14), text.count("\n") + 1
    width = frame.text_width(text, em=_LABEL_EM) + frame.px(10 + frame.size * 0.6)
    height = lines * frame.px(frame.size * 1.25) + frame.px(frame.size * 0.6)
    x0, x1 = (when - width / x_scale, when) if to_left else (when, when + width / x_scale)
    y = float(data.lapse_points or 0)
    spans = {
        False: (y + offset / y_scale, y + (offset + height) / y_scale),
        True: (y - (offset + height) / y_scale, y - offset / y_scale),
    }
    h = data.history_count
    coming = [data.points[h:], data.with_expected[h:], *([data.with_plan[h:]] if data.with_plan else [])]
    series = [(edges[: h + 1], data.points[:h]), *((edges[h:], values) for values in coming)]

    def crossings(low: float, high: float) -> int:
        return sum(
            1
            for steps_edges, values in series
            for start, end, value in zip(steps_edges, steps_edges[1:], values, strict=False)
            if start < x1 and end > x0 and low <= value <= high
        )

    preferred = (y - bottom) / (top - bottom) > 0.6  # high up: below, as there is no room above
    choices = [below for below in (preferred, not preferred) if bottom <= spans[below][0] and spans[below][1] <= top]
    best = min(choices, key=lambda below: crossings(*spans[below])) if choices else preferred
    if not choices or crossings(*spans[best]):
        # The top strip, below the "Today" label where the two would meet.
        today_end = num(data.today) + frame.text_width(" " + translate("Charts", "Today")) / x_scale
        drop = frame.px(frame.size * 1.9) if x0 < today_end and x1 > num(data.today) else 0.0
        highest = max(max(values, default=0) for _, values in series)
        if (top - highest) * y_scale >= drop + height + frame.px(6):
            return 1 - (frame.px(3) + drop) / axis_height(ax, frame), "axes", 0.0
    return y, "data", -14.0 if best else 14.0


def _lapse_label(
    data: TimelineData, prefix: str, when: float, xlim: tuple[float, float], axis_px: float, frame: Frame
) -> tuple[str, bool]:
    """The lapse's words ("Platinum ends 8 Apr 2027 → Gold") and whether they go left of the
    marker: to the right on one line or more if they fit, else to the left; no words (``""``)
    when they fit neither way.
    """
    main = (
        translate("Charts", "{tier} ends {date}").format(tier=_tier(data.tier_now), date=day(data.lapse_effective))
        if data.lapse_effective
        else ""
    )
    then = f"→ {_tier(data.lapse_tier)}"
    right_px = (xlim[1] - when) / (xlim[1] - xlim[0]) * axis_px - 20
    left_px = (when - xlim[0]) / (xlim[1] - xlim[0]) * axis_px - 20
    texts = [f"{prefix}{main} {then}", f"{prefix.strip()}\n{main} {then}" if prefix else f"{main}\n{then}"]
    if prefix:
        texts.append(f"{prefix.strip()}\n{main}\n{then}")
    # Right of the marker (over the coming months) before left of it (over the history).
    for text in texts:
        if frame.text_width(text, em=_LABEL_EM) <= right_px:
            return text, False
    for text in texts:
        if frame.text_width(text, em=_LABEL_EM) <= left_px:
            return text, True
    return "", False  # too narrow a chart: the marker stays, and the title or tooltip says when


def _timeline_title(data: TimelineData) -> str:
    if data.with_plan is not None:
        if data.plan_reached is not None:
            return translate("Charts", "With the plan: {tier} from {date}").format(
                tier=_tier(data.plan_tier), date=day(data.plan_reached)
            )
        if data.plan_lapse_effective is not None:
            return translate("Charts", "With the plan, your {tier} tier ends {date}").format(
                tier=_tier(data.tier_now), date=day(data.plan_lapse_effective)
            )
        if not (data.bands and data.tier_now == data.bands[0].name):
            return translate("Charts", "With the plan, your {tier} tier holds for the coming 12 months").format(
                tier=_tier(data.tier_now)
            )
    if data.lapse_effective is not None:
        return translate("Charts", "Your {tier} tier ends {date}").format(
            tier=_tier(data.tier_now), date=day(data.lapse_effective)
        )
    if data.bands and data.tier_now == data.bands[0].name:
        return translate("Charts", "Your points and tier: {tier} now").format(tier=_tier(data.tier_now))
    return translate("Charts", "Your {tier} tier holds for the coming 12 months").format(tier=_tier(data.tier_now))


def _timeline_limits(ax: Axes, data: TimelineData, palette: ChartPalette) -> str:
    ax.set_xlim(num(data.effective[0]), num(data.next_effective))
    return _y_ticks(ax, 0, _top([*data.points, *data.with_expected, *(data.with_plan or ())], data.bands), palette)


def draw_timeline(fig: Figure, data: TimelineData, palette: ChartPalette) -> None:
    """Month-end totals as steps over the tier bands: history, projection, expected, plan, lapse."""
    (ax,), frame = chart_axes(fig, "timeline", palette)
    widest = _timeline_limits(ax, data, palette)
    rows = legend_rows(frame, _timeline_labels(data))
    arrange(fig, [ax], frame, ytick_text=widest, legend_rows=rows, right=_band_label_width(data, frame))
    title(ax, _timeline_title(data), palette, frame)
    ylabel(ax, translate("Charts", "Points ({window})").format(window=data.window_label), palette, frame)
    planned = data.with_plan is not None
    _draw_timeline(ax, data, palette, frame, lapse_prefix=translate("Charts", "Without the plan, ") if planned else "")
    if data.plan_lapse_effective is not None and data.plan_lapse_points is not None:
        # Where the tier ends even with the plan: on the plan's line (the title says when).
        line(
            ax, [num(data.plan_lapse_effective)], [data.plan_lapse_points], linestyle="none", marker="v",
            markersize=9, color=palette.plan, markeredgecolor=palette.background, zorder=9, gid="plan-lapse",
        )  # fmt: skip
    month_ticks(ax, data.effective[0], data.next_effective, frame)
    legend(fig, [ax], palette, frame)


# --- expiring points -----------------------------------------------------------------------------


def draw_expiring(fig: Figure, data: ExpiringData, palette: ChartPalette) -> None:
    """P6 as bars, one per coming recalculation, with what is left of today's points as a line."""
    (ax,), frame = chart_axes(fig, "expiring", palette)
    size = frame.size
    count = len(data.points)
    positions = list(range(count))
    top = max([*data.points, data.window_points, data.tier_min, 1]) * 1.15
    lowest = min([*data.points, *data.remaining, 0])
    widest = _y_ticks(ax, lowest * 1.3 - top * 0.07 if lowest < 0 else 0, top, palette)
    ax.set_xlim(-1.35, count - 0.4)
    bar_label = translate("Charts", "Leaving at the month-end")
    line_label = translate("Charts", "Left of today's {points}").format(points=number(data.window_points))
    arrange(fig, [ax], frame, ytick_text=widest, legend_rows=legend_rows(frame, [bar_label, line_label]))
    title(
        ax,
        translate("Charts", "When today's {points} points leave your window").format(points=number(data.window_points)),
        palette,
        frame,
    )
    ylabel(ax, translate("Charts", "Points"), palette, frame)

    bars(ax, positions, data.points, width=0.62, colour=palette.leaving, label=bar_label, gid="expiring", zorder=3)
    # Each bar's figure on top of it; where the line would cross it there, inside the bar's top,
    # or else just above the line.
    label_height = frame.px(size * 1.3) / (axis_height(ax, frame) or 1) * (top - ax.get_ylim()[0])
    margin = 0.6 * label_height
    for x, points, left in zip(positions, data.points, data.remaining, strict=True):
        if not points:
            continue
        y, va, colour = float(points), "bottom", palette.foreground
        if points < 0:
            va = "top"
        elif points - margin <= left <= points + label_height + margin:
            if points > 2.5 * label_height and not points - label_height - margin <= left <= points + margin:
                va, colour = "top", palette.background
            else:
                y = max(points, left) + margin
        ax.text(
            x, y, number(points), ha="center", va=va, fontsize=size - 0.5, color=colour, gid="expiring-label",
            zorder=8,
        )  # fmt: skip
    # What is left: from today's total (a point left of the first bar) down after each bar.
    start = data.remaining[0] if data.remaining else data.window_points
    line(ax, [-1.0, 0], [data.window_points, start], color=palette.remaining, linewidth=2, zorder=4)
    line(ax, [-1.0], [data.window_points], marker="o", markersize=5, color=palette.remaining, zorder=4)
    line(
        ax, positions, data.remaining, color=palette.remaining, marker="o", markersize=4, linewidth=2,
        label=line_label, gid="remaining", zorder=4,
    )  # fmt: skip
    if lowest < 0:
        hline(ax, 0, color=palette.muted, linewidth=0.8, zorder=2)
    if data.tier_min > 0:
        hline(ax, data.tier_min, color=palette.muted, linewidth=1, linestyle=(0, (4, 3)), zorder=2, gid="tier-min")
        needs = translate("Charts", "{tier} needs {points}").format(tier=_tier(data.tier), points=number(data.tier_min))
        ax.text(
            count - 0.45, data.tier_min, needs, ha="right", va="bottom", fontsize=size, color=palette.muted, zorder=5,
        )  # fmt: skip
    if not data.window_points and not any(data.points):
        empty = translate(
            "Charts", "No points in your window yet:\nthe points of orders, reviews and visits you record show here"
        )
        ax.text(
            0.5, 0.5, empty, transform=ax.transAxes, ha="center", va="center", fontsize=size + 1, color=palette.muted,
        )  # fmt: skip
    category_month_ticks(ax, data.recalculations, frame, extra=(-1.0, translate("Charts", "Today")))
    legend(fig, [ax], palette, frame)


# --- keep / reach plan ---------------------------------------------------------------------------


def _plan_title(data: PlanData) -> str:
    """``Keep Platinum: spend $131 by 8 Feb, $384 in all`` — the next deadline first."""
    names = [band.name for band in data.timeline.bands]
    reach = names.index(data.tier) > names.index(data.timeline.tier_now)
    tier = _tier(data.tier)
    if not data.points:
        if reach:
            return translate("Charts", "Reach {tier}: nothing to buy in the coming 12 months").format(tier=tier)
        return translate("Charts", "Keep {tier}: nothing to buy in the coming 12 months").format(tier=tier)
    first = data.buy_by[0]
    if first > data.today:
        when = translate("Charts", "by {date}").format(date=short_day(first))
    else:
        when = translate("Charts", "now") if first < data.today else translate("Charts", "today")
    if reach:
        text = translate("Charts", "Reach {tier}: spend {amount} {when}")
    else:
        text = translate("Charts", "Keep {tier}: spend {amount} {when}")
    text = text.format(tier=tier, amount=dollars(data.spend_cents[0]), when=when)
    if len(data.points) > 1:
        text += translate("Charts", ", {amount} in all").format(amount=dollars(data.total_spend_cents))
    return text


def _labels_that_fit(xs: list[float], texts: list[str], scale: float, frame: Frame) -> list[bool]:
    """Which labels centred on ``xs`` (× ``scale`` pixels) to show so that none overlap: left to
    right, each one that clears the last one shown.
    """
    end = float("-inf")
    shown = []
    for x, text in zip(xs, texts, strict=True):
        half = frame.text_width(text, frame.size - 0.5, em=0.64) / 2
        fits = end + 3 <= x * scale - half
        if fits:
            end = x * scale + half
        shown.append(fits)
    return shown


def draw_plan(fig: Figure, data: PlanData, palette: ChartPalette) -> None:
    """The plan's spend with buy-by dates (P3) above the timeline with the plan applied.

    Each bar stands at its buy-by date on the timeline's date axis, so the shopper sees which
    purchase lifts which step; a date already past ("as soon as you can") stands just after today.
    """
    (spend_ax, line_ax), frame = chart_axes(fig, "plan", palette, rows=2)
    timeline = data.timeline
    widest = _timeline_limits(line_ax, timeline, palette)
    today = num(data.today)
    positions = [max(x, today + 5) for x in nums(data.buy_by)]
    dollars_each = [cents / 100 for cents in data.spend_cents]  # float only for drawing
    full = [
        f"{dollars(c)}\n{short_day(b) if b > data.today else translate('Charts', 'now')}"
        for c, b in zip(data.spend_cents, data.buy_by, strict=True)
    ]
    short = [dollars(c) for c in data.spend_cents]
    bars_label = translate("Charts", "Spend by the date shown")
    labels = _timeline_labels(timeline, dots=False) + ([bars_label] if data.points else [])
    arrange(
        fig, [spend_ax, line_ax], frame, ytick_text=widest, legend_rows=legend_rows(frame, labels),
        right=_band_label_width(timeline, frame), ratios=(2, 3),
    )  # fmt: skip
    title(spend_ax, _plan_title(data), palette, frame)
    ylabel(spend_ax, translate("Charts", "Spend"), palette, frame)
    ylabel(line_ax, translate("Charts", "Points"), palette, frame)
    without = translate("Charts", "Without the plan, ")
    _draw_timeline(line_ax, timeline, palette, frame, lapse_prefix=without, dots=False)
    month_ticks(line_ax, timeline.effective[0], timeline.next_effective, frame)

    # The bar labels: amount and date if they all fit side by side, else the amounts that fit.
    left, right = line_ax.get_xlim()
    scale = axis_width(line_ax, frame) / (right - left)
    offsets = [x - left for x in positions]
    texts, shown = full, _labels_that_fit(offsets, full, scale, frame)
    if not all(shown):
        texts, shown = short, _labels_that_fit(offsets, short, scale, frame)
        bars_label = translate("Charts", "Spend by the bar's date")
    lines = 2 if texts is full else 1
    needed = frame.px(4 + lines * (frame.size - 0.5) * 1.25)
    room = spend_ax.get_position().height * frame.height * 0.85
    spend_ax.set_ylim(0, max([*dollars_each, 1.0]) / max(0.3, 1 - needed / room))
    # The bars carry their amounts: no scale needed (and its labels would cost a tenth of the draw).
    spend_ax.set_yticks([])
    if data.points:
        bars(
            spend_ax, positions, dollars_each, width=10, colour=palette.plan, gid="plan-spend", zorder=3,
            label=bars_label,
        )  # fmt: skip
    for x, height, text, show in zip(positions, dollars_each, texts, shown, strict=True):
        if show:
            spend_ax.annotate(
                text, (x, height), xytext=(0, 2), textcoords="offset points", ha="center", va="bottom",
                fontsize=frame.size - 0.5, color=palette.foreground, gid="plan-label", parse_math=False, zorder=8,
            )  # fmt: skip
    spend_ax.tick_params(labelbottom=False)
    spend_ax.spines["left"].set_visible(False)
    if not data.points:
        holds = translate("Charts", "{tier} holds without buying anything").format(tier=_tier(data.tier))
        spend_ax.text(
            0.5, 0.5, holds, transform=spend_ax.transAxes,
            ha="center", va="center", fontsize=frame.size + 1, color=palette.muted,
        )  # fmt: skip
    legend(fig, [line_ax, spend_ax], palette, frame)


# --- where points come from ----------------------------------------------------------------------


def draw_sources(fig: Figure, data: SourcesData, palette: ChartPalette) -> None:
    """Monthly points stacked by source; negative months (refunds, corrections) stack downwards."""
    (ax,), frame = chart_axes(fig, "sources", palette)
    count = len(data.months)
    positions = list(range(count))
    up = [0] * count
    down = [0] * count
    for series in data.series:
        up = [a + max(p, 0) for a, p in zip(up, series.points, strict=True)]
        down = [a + min(p, 0) for a, p in zip(down, series.points, strict=True)]
    top = max([*up, 1]) * 1.12
    totals_shown = bool(count <= 24 and data.series)
    if totals_shown:
        # Each month's total stands on its bar: a scale would only repeat it (at a cost in text).
        ax.set_ylim(min([*down, 0]) * 1.15, top)
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        widest = ""
    else:
        ax.spines["left"].set_visible(True)
        widest = _y_ticks(ax, min([*down, 0]) * 1.15, top, palette, nbins=5)
    ax.set_xlim(-0.6, count - 0.4)
    labels = [series.label for series in data.series]
    arrange(fig, [ax], frame, ytick_text=widest, legend_rows=legend_rows(frame, labels))
    title(ax, translate("Charts", "Where your points come from, month by month"), palette, frame)
    ylabel(ax, translate("Charts", "Points credited"), palette, frame)

    order = list(SOURCE_LABELS)
    width = 0.75 if count <= 36 else 0.9
    edge = {"edgecolors": palette.background, "linewidths": 0.5} if count <= 36 else {"linewidths": 0}
    rising, falling = [0] * count, [0] * count
    for series in data.series:
        colour = palette.sources[order.index(series.source) % len(palette.sources)]
        rises = [max(p, 0) for p in series.points]
        bars(
            ax, positions, rises, bottoms=rising, width=width, colour=colour, label=series.label,
            gid=f"source:{series.source.value}", zorder=3, **edge,
        )  # fmt: skip
        rising = [a + b for a, b in zip(rising, rises, strict=True)]
        if any(p < 0 for p in series.points):
            falls = [min(p, 0) for p in series.points]
            bars(
                ax, positions, falls, bottoms=falling, width=width, colour=colour,
                gid=f"source:{series.source.value}:negative", zorder=3, **edge,
            )  # fmt: skip
            falling = [a + b for a, b in zip(falling, falls, strict=True)]
    if totals_shown:
        for x, (total, high) in enumerate(zip(data.totals, up, strict=True)):
            ax.text(
                x, high, number(total), ha="center", va="bottom", fontsize=frame.size - 0.5,
                color=palette.foreground, zorder=5, gid="source-total",
            )  # fmt: skip
    if any(down):
        hline(ax, 0, color=palette.muted, linewidth=0.8, zorder=4)
    if not data.series:
        empty = translate("Charts", "No points in these months:\nrecord orders, reviews or visits and they show here")
        ax.text(
            0.5, 0.5, empty, transform=ax.transAxes, ha="center", va="center",
            fontsize=frame.size + 1, color=palette.muted,
        )  # fmt: skip
    if data.months:
        category_month_ticks(ax, data.months, frame)
    legend(fig, [ax], palette, frame)
