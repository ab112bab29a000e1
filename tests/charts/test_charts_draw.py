"""The drawn charts hold the rules' figures, read back from their artists on the Agg renderer."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from itertools import combinations

import pytest
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import StepPatch
from matplotlib.text import Text

from tests.charts.shopper import TODAY
from tracker.charts import (
    ChartPalette,
    expiring_data,
    plan_data,
    plan_for,
    sources_data,
    timeline_data,
)
from tracker.charts.draw import draw_expiring, draw_plan, draw_sources, draw_timeline
from tracker.charts.frame import bar_centres, bar_heights, num, nums
from tracker.report.summary import day
from tracker.rules import Credit, RuleSet, Settings, Status, compute_status
from tracker.rules.dates import add_months
from tracker.rules.records import Records

MakeFigure = Callable[..., Figure]


def by_gid(fig: Figure, gid: str) -> list[Artist]:
    return [a for a in fig.findobj(lambda a: a.get_gid() == gid)]


def one(fig: Figure, gid: str) -> Artist:
    found = by_gid(fig, gid)
    assert len(found) == 1, f"{len(found)} artists with gid {gid!r}"
    return found[0]


def chart_cases(status: Status, ruleset: RuleSet, settings: Settings) -> dict[str, tuple[object, object]]:
    return {
        "timeline": (draw_timeline, timeline_data(status.ledger, ruleset, settings, TODAY)),
        "timeline-keep-plan": (
            draw_timeline,
            timeline_data(status.ledger, ruleset, settings, TODAY, plan_for(status, settings)),
        ),
        "expiring": (draw_expiring, expiring_data(status)),
        "plan": (draw_plan, plan_data(status, settings)),
        "plan-diamond": (
            draw_plan,
            plan_data(status, settings, plan_for(status, settings, ruleset.tier_named("Diamond"))),
        ),
        "sources": (draw_sources, sources_data(status.ledger, add_months(TODAY, -11), TODAY)),
    }


# --- tier timeline -------------------------------------------------------------------------------


def test_timeline_steps_hold_the_month_end_recalculation_totals(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    data = timeline_data(status.ledger, ruleset, settings, TODAY)
    fig = figure()
    draw_timeline(fig, data, ChartPalette.light())
    h = data.history_count
    history, projection = one(fig, "history"), one(fig, "projection")
    assert isinstance(history, StepPatch) and isinstance(projection, StepPatch)
    assert list(history.get_data().values) == list(data.points[:h])
    assert list(projection.get_data().values) == list(data.points[h:])
    # Each step starts on the day its tier takes effect (W4: the 8th).
    edges = [*nums(data.effective), num(data.next_effective)]
    assert list(history.get_data().edges) == edges[: h + 1]
    assert list(projection.get_data().edges) == edges[h:]
    assert history.get_linestyle() != projection.get_linestyle()  # history solid, projection dashed


def test_timeline_effective_dates_are_marked(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    data = timeline_data(status.ledger, ruleset, settings, TODAY)
    fig = figure()
    draw_timeline(fig, data, ChartPalette.light())
    dots = one(fig, "effective")
    assert isinstance(dots, Line2D)
    assert list(dots.get_xdata()) == nums(data.effective)
    assert list(dots.get_ydata()) == list(data.points)


def test_timeline_expected_credits_are_drawn_apart_from_the_projection_P1(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    data = timeline_data(status.ledger, ruleset, settings, TODAY)
    fig = figure()
    draw_timeline(fig, data, ChartPalette.light())
    expected, projection = one(fig, "expected"), one(fig, "projection")
    assert isinstance(expected, StepPatch) and isinstance(projection, StepPatch)
    assert list(expected.get_data().values) == list(data.with_expected[data.history_count :])
    assert expected.get_edgecolor() != projection.get_edgecolor()
    assert expected.get_linestyle() != projection.get_linestyle()


def test_P2_lapse_marker_sits_at_the_lapse_effective_date_and_says_so(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    assert status.lapse is not None
    fig = figure()
    draw_timeline(fig, timeline_data(status.ledger, ruleset, settings, TODAY), ChartPalette.light())
    marker = one(fig, "lapse")
    assert isinstance(marker, Line2D)
    assert list(marker.get_xdata()) == [num(status.lapse.effective)]
    assert list(marker.get_ydata()) == [status.lapse.points]
    label = one(fig, "lapse-label")
    assert isinstance(label, Text)
    assert "Platinum ends 8 Mar 2027" in label.get_text() and "Gold" in label.get_text()


def test_timeline_has_today_and_named_tier_bands(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    fig = figure()
    draw_timeline(fig, timeline_data(status.ledger, ruleset, settings, TODAY), ChartPalette.light())
    today = one(fig, "today")
    assert isinstance(today, Line2D) and list(today.get_xdata()) == [num(TODAY)] * 2
    names = {a.get_text() for a in fig.findobj(Text) if str(a.get_gid()).startswith("band-label:")}
    assert names == {"Silver", "Gold", "Platinum", "Diamond"}
    assert len([a for a in fig.findobj() if str(a.get_gid()).startswith("band:")]) == 4


# --- expiring points -----------------------------------------------------------------------------


def test_P6_expiring_bar_heights_equal_the_compute_status_figures(figure: MakeFigure, status: Status) -> None:
    fig = figure()
    draw_expiring(fig, expiring_data(status), ChartPalette.light())
    bars = one(fig, "expiring")
    assert isinstance(bars, PolyCollection)
    assert bar_heights(bars) == [float(e.points) for e in status.expiring]
    remaining = one(fig, "remaining")
    assert isinstance(remaining, Line2D)
    left = list(remaining.get_ydata())
    assert left[-1] == 0
    assert left[0] == status.window_points - status.expiring[0].points


# --- plan ----------------------------------------------------------------------------------------


def test_P3_plan_bars_are_the_spend_at_the_buy_by_dates(figure: MakeFigure, status: Status, settings: Settings) -> None:
    data = plan_data(status, settings)
    fig = figure()
    draw_plan(fig, data, ChartPalette.light())
    bars = one(fig, "plan-spend")
    assert isinstance(bars, PolyCollection)
    assert bar_heights(bars) == [s.spend.cents / 100 for s in status.keep_plan.steps]
    assert bar_centres(bars) == [max(num(s.buy_by), num(TODAY) + 5) for s in status.keep_plan.steps]
    labels = [a.get_text() for a in by_gid(fig, "plan-label")]
    assert "$131\n8 Feb" in labels  # the first purchase, and the date to buy it by
    line = one(fig, "plan")
    assert isinstance(line, StepPatch)
    assert all(points >= 501 for points in line.get_data().values[:12])


# --- where points come from ----------------------------------------------------------------------


def test_stacked_source_bars_add_up_to_the_monthly_ledger_totals(figure: MakeFigure, status: Status) -> None:
    data = sources_data(status.ledger, add_months(TODAY, -11), TODAY)
    fig = figure()
    draw_sources(fig, data, ChartPalette.light())
    per_month = [0.0] * len(data.months)
    for bars in fig.findobj(PolyCollection):
        if str(bars.get_gid()).startswith("source:"):
            for i, height in enumerate(bar_heights(bars)):
                per_month[i] += height
    for i, month in enumerate(data.months):
        ledger_total = sum(
            e.points
            for e in status.ledger
            if e.credit is not Credit.EXPECTED and (e.date.year, e.date.month) == (month.year, month.month)
        )
        assert per_month[i] == ledger_total
    legend = {a.get_text() for a in by_gid(fig, "legend-label")}
    assert {"Orders", "Visits", "Reviews"} <= legend


# --- every chart ---------------------------------------------------------------------------------


def png(fig: Figure) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()


def test_rendered_png_is_non_empty_and_differs_between_light_and_dark(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    data = timeline_data(status.ledger, ruleset, settings, TODAY)
    light, dark = figure(), figure()
    draw_timeline(light, data, ChartPalette.light())
    draw_timeline(dark, data, ChartPalette.dark())
    light_png, dark_png = png(light), png(dark)
    assert light_png.startswith(b"\x89PNG") and len(light_png) > 10_000
    assert light_png != dark_png


def test_redrawing_a_figure_replaces_what_it_showed(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    data = timeline_data(status.ledger, ruleset, settings, TODAY)
    fig = figure()
    for _ in range(2):
        draw_timeline(fig, data, ChartPalette.light())
    assert len(by_gid(fig, "history")) == 1 and len(by_gid(fig, "legend-label")) == 4
    draw_timeline(fig, data, ChartPalette.dark())
    assert fig.axes[0].get_facecolor() != ChartPalette.light().background
    draw_expiring(fig, expiring_data(status), ChartPalette.light())
    assert by_gid(fig, "history") == [] and len(by_gid(fig, "expiring")) == 1


def test_every_chart_draws_for_a_shopper_with_nothing_recorded(
    figure: MakeFigure, ruleset: RuleSet, settings: Settings
) -> None:
    empty = compute_status(Records(), ruleset, settings, TODAY)
    for draw, data in chart_cases(empty, ruleset, settings).values():
        fig = figure(600, 350)
        draw(fig, data, ChartPalette.light())  # type: ignore[operator]
        assert png(fig).startswith(b"\x89PNG")


def _drawn_texts(fig: Figure) -> list[Text]:
    """Every text drawn: tick labels only for ticks inside the view (matplotlib keeps others)."""
    tick_labels: set[int] = set()
    drawn: list[Text] = []
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            for tick in [*axis.get_major_ticks(), *axis.get_minor_ticks()]:
                tick_labels.update((id(tick.label1), id(tick.label2)))
                if low - 1e-9 <= tick.get_loc() <= high + 1e-9:
                    drawn += [label for label in (tick.label1, tick.label2) if label.get_visible()]
    drawn += [t for t in fig.findobj(Text) if id(t) not in tick_labels and t.get_visible()]
    return [t for t in drawn if t.get_text().strip()]


def _boxes(fig: Figure) -> list[tuple[str, object]]:
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    return [(t.get_text(), t.get_window_extent(renderer)) for t in _drawn_texts(fig)]


@pytest.mark.parametrize("size", [(900, 500), (600, 350)])
@pytest.mark.parametrize("name", ["timeline", "timeline-keep-plan", "expiring", "plan", "plan-diamond", "sources"])
def test_no_text_is_clipped_or_overlaps_another(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings, name: str, size: tuple[int, int]
) -> None:
    draw, data = chart_cases(status, ruleset, settings)[name]
    fig = figure(*size)
    draw(fig, data, ChartPalette.light())  # type: ignore[operator]
    boxes = _boxes(fig)
    width, height = size
    for text, box in boxes:
        assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= width and box.y1 <= height, f"{text!r} is clipped"  # type: ignore[attr-defined]
    for (a, box_a), (b, box_b) in combinations(boxes, 2):
        assert not box_a.overlaps(box_b), f"{a!r} overlaps {b!r}"  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["timeline", "plan", "plan-diamond"])
def test_no_tier_names_overlap_at_200_percent(status: Status, ruleset: RuleSet, settings: Settings, name: str) -> None:
    """At 200 % (twice the dots per inch) on an 800×500 screen the plan's points axis is short:
    Silver's band (0–100 of 1,800 points) is thinner than its name, which sat on Gold's."""
    draw, data = chart_cases(status, ruleset, settings)[name]
    fig = Figure(figsize=(7.7, 3.4), dpi=200)
    FigureCanvasAgg(fig)
    draw(fig, data, ChartPalette.light())  # type: ignore[operator]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    names = [t for t in fig.findobj(Text) if str(t.get_gid()).startswith("band-label:")]
    assert names, "no tier is named at all"
    for a, b in combinations(names, 2):
        box_a, box_b = a.get_bbox_patch(), b.get_bbox_patch()
        assert box_a is not None and box_b is not None
        assert not box_a.get_window_extent(renderer).overlaps(box_b.get_window_extent(renderer)), (
            f"{a.get_text()!r} overlaps {b.get_text()!r}"
        )


# --- a plan on the timeline, and drawing again -----------------------------------------------------


def test_timeline_with_a_plan_says_what_the_plan_does_and_what_happens_without_it(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    keep = timeline_data(status.ledger, ruleset, settings, TODAY, plan_for(status, settings))
    assert keep.lapse_effective is not None and keep.plan_reached is None
    # P3 keeps Platinum at the coming 12 recalculations; the 13th, past the plan, drops it.
    assert keep.plan_lapse_effective == date(2027, 12, 8)
    fig = figure()
    draw_timeline(fig, keep, ChartPalette.light())
    assert (
        fig.axes[0].get_title(loc="left") == f"With the plan, your Platinum tier ends {day(keep.plan_lapse_effective)}"
    )
    label = one(fig, "lapse-label")
    assert isinstance(label, Text) and label.get_text().startswith("Without the plan,")
    marker = one(fig, "plan-lapse")
    assert isinstance(marker, Line2D) and list(marker.get_xdata()) == [num(keep.plan_lapse_effective)]

    reach = timeline_data(
        status.ledger, ruleset, settings, TODAY, plan_for(status, settings, ruleset.tier_named("Diamond"))
    )
    assert reach.plan_reached is not None and reach.plan_tier == "Diamond"
    draw_timeline(fig, reach, ChartPalette.light())
    assert fig.axes[0].get_title(loc="left") == f"With the plan: Diamond from {day(reach.plan_reached)}"


def test_drawing_again_leaves_nothing_of_the_last_drawing_behind(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    """The hand-drawn legend's samples too: a legend of five entries after one of four has five."""
    fig = figure()
    draw_timeline(fig, timeline_data(status.ledger, ruleset, settings, TODAY), ChartPalette.light())
    first = len(fig.get_children())
    draw_timeline(fig, timeline_data(status.ledger, ruleset, settings, TODAY), ChartPalette.light())
    assert len(fig.get_children()) == first
    draw_timeline(
        fig, timeline_data(status.ledger, ruleset, settings, TODAY, plan_for(status, settings)), ChartPalette.light()
    )
    labels = [t.get_text() for t in by_gid(fig, "legend-label")]
    assert "With the plan" in labels
    assert len(fig.artists) == len(labels)  # one sample per entry, no stale ones


def test_a_title_too_long_for_a_narrow_chart_shrinks_then_wraps(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    keep = timeline_data(status.ledger, ruleset, settings, TODAY, plan_for(status, settings))
    fig = figure(380, 420)
    draw_timeline(fig, keep, ChartPalette.light())
    title = fig.axes[0]._left_title
    fig.canvas.draw()
    box = title.get_window_extent(fig.canvas.get_renderer())  # type: ignore[attr-defined]
    assert "\n" in title.get_text() and box.x1 <= 380
