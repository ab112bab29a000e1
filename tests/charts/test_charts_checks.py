"""The checks against AliExpress on the tier timeline: points on the line, agreeing or not, and the
figures after a difference marked unchecked; the hover says what each check found."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from tests.charts.shopper import TODAY
from tests.charts.test_charts_draw import _boxes, by_gid, one
from tracker.charts import ChartPalette, timeline_data
from tracker.charts.data import TimelineData
from tracker.charts.draw import draw_timeline
from tracker.charts.frame import num
from tracker.report.check import CheckResult, Figures, judge
from tracker.rules import RuleSet, Settings, Status
from tracker.store.checks import StoredCheck
from tracker.ui.chart_hover import day_number, timeline_hover
from tracker.ui.check_line import check_marks

MakeFigure = Callable[..., Figure]


def result(day: date, aliexpress: int, here: int, check_id: int = 1) -> CheckResult:
    stored = StoredCheck(check_id, day, aliexpress, "", here, "", datetime(2026, 1, 1, 9, 0))
    return judge(stored, Figures(here, "Platinum"))


def timeline(status: Status, ruleset: RuleSet, settings: Settings, results: list[CheckResult]) -> TimelineData:
    marks, unchecked = check_marks(results)
    return timeline_data(status.ledger, ruleset, settings, TODAY, checks=marks, unchecked_from=unchecked)


def test_checks_are_points_on_the_line_round_where_they_agree_crossed_where_they_differ(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    agreed = result(date(2026, 7, 20), 700, 700)
    differs = result(date(2026, 11, 20), 980, 950, check_id=2)
    data = timeline(status, ruleset, settings, [differs, agreed])
    fig = figure()

    draw_timeline(fig, data, ChartPalette.light())

    good, bad = one(fig, "check:agrees"), one(fig, "check:differs")
    assert isinstance(good, Line2D) and isinstance(bad, Line2D)
    assert list(good.get_xdata()) == [num(date(2026, 7, 20))]
    assert list(bad.get_xdata()) == [num(date(2026, 11, 20))]
    # On the line: the month-end total whose tier holds that day (October's, from 8 November).
    october = data.recalculations.index(date(2026, 10, 31))
    assert list(bad.get_ydata()) == [data.points[october]]
    legend = [text.get_text() for text in by_gid(fig, "legend-label")]
    assert legend[-2:] == ["Checked: agrees with AliExpress", "Checked: differs"]


def test_after_a_difference_the_rest_of_the_timeline_is_marked_unchecked(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    data = timeline(status, ruleset, settings, [result(date(2026, 11, 20), 980, 950)])
    fig = figure()

    draw_timeline(fig, data, ChartPalette.dark())

    assert data.unchecked_from == date(2026, 11, 20)
    span = one(fig, "unchecked")
    assert isinstance(span, Rectangle) and span.get_x() == num(date(2026, 11, 20))
    assert one(fig, "unchecked-label").get_text() == "Unchecked since 20 Nov"  # type: ignore[attr-defined]


def test_a_later_check_that_agrees_clears_the_mark(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    checks = [result(date(2026, 10, 1), 900, 880), result(date(2026, 11, 20), 950, 950, check_id=2)]
    data = timeline(status, ruleset, settings, checks)
    fig = figure()

    draw_timeline(fig, data, ChartPalette.light())

    assert data.unchecked_from is None and by_gid(fig, "unchecked") == []
    assert len(one(fig, "check:differs").get_xdata()) == 1  # type: ignore[attr-defined]


def test_without_checks_the_timeline_is_as_before(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    fig = figure()
    draw_timeline(fig, timeline_data(status.ledger, ruleset, settings, TODAY), ChartPalette.light())

    assert by_gid(fig, "check:agrees") == by_gid(fig, "check:differs") == by_gid(fig, "unchecked") == []


def test_the_marks_and_their_words_overlap_no_other_text(
    figure: MakeFigure, status: Status, ruleset: RuleSet, settings: Settings
) -> None:
    checks = [result(date(2026, 7, 20), 700, 700), result(date(2026, 11, 20), 980, 950, check_id=2)]
    for size in ((900, 500), (600, 350)):
        fig = figure(*size)
        draw_timeline(fig, timeline(status, ruleset, settings, checks), ChartPalette.light())
        boxes = _boxes(fig)
        for index, (text, box) in enumerate(boxes):
            for other, other_box in boxes[index + 1 :]:
                assert not box.overlaps(other_box), f"{text!r} overlaps {other!r}"  # type: ignore[attr-defined]


def test_hovering_on_a_check_says_what_it_found(status: Status, ruleset: RuleSet, settings: Settings) -> None:
    data = timeline(status, ruleset, settings, [result(date(2026, 11, 20), 980, 950)])

    text = timeline_hover(data, day_number(date(2026, 11, 21)))

    assert text is not None
    first, *rest = text.splitlines()
    assert first == "Checked 20 Nov 2026: AliExpress: 980 · here: 950 · 30 missing"
    assert rest  # the month's total follows
    far = timeline_hover(data, day_number(date(2026, 6, 1)))
    assert far is not None and "Checked" not in far
