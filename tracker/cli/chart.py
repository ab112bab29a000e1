"""``points-tracker-cli chart WHICH --out FILE``: the window's charts as PNG or SVG files, for reports.

matplotlib is imported (by tracker.charts.render) only when a chart is drawn, with the Agg renderer.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tracker.cli.arguments import as_of_options, what_is
from tracker.cli.database import open_db
from tracker.cli.errors import EXIT_OK, BadInput

CHARTS = ("timeline", "expiring", "plan", "sources")
FORMATS = {".png": "png", ".svg": "svg"}
SIZE_PX = (900, 500)  # the size the charts are laid out for
DPI = 100


def add_parsers(commands: Any) -> None:
    chart = commands.add_parser("chart", help="draw a chart to a PNG or SVG file")
    chart.add_argument("which", choices=CHARTS)
    chart.add_argument("--out", type=Path, required=True, metavar="FILE.png|FILE.svg", help="the file to write")
    as_of_options(chart)
    chart.add_argument("--tier", help="timeline and plan: the tier to keep or reach (default: today's)")
    chart.add_argument("--dark", action="store_true", help="dark colours")


def output_format(path: Path) -> str:
    """``png`` or ``svg`` from the file name; anything else is the user's mistake."""
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        raise BadInput(f"--out {path}: give a file name ending in .png or .svg")
    return found


def cmd_chart(args: argparse.Namespace, today: date) -> int:
    from tracker.report.status import active_ruleset, load_status

    which: str = args.which
    path: Path = args.out
    fmt = output_format(path)
    if what_is(path.parent) != "folder":
        raise BadInput(f"--out {path}: the folder {path.parent} does not exist")
    if args.tier and which not in ("timeline", "plan"):
        raise BadInput(f"--tier applies to the timeline and plan charts, not to {which}")
    db = open_db(args)
    ruleset = active_ruleset(db, args.ruleset)
    as_of = args.as_of or today
    _check_chart_dates(as_of)
    status, records, settings = load_status(db, as_of, ruleset=ruleset)
    tier = ruleset.tier_named(args.tier) if args.tier else None
    checks: tuple[Any, ...] = ()
    unchecked = None
    if which == "timeline":
        from tracker.charts import CheckMark
        from tracker.report.check import unchecked_since
        from tracker.report.check_report import check_results
        from tracker.report.check_words import verdict

        found = [r for r in check_results(db, records, ruleset, settings, status) if r.check.date <= as_of]
        checks = tuple(CheckMark(r.check.date, r.state.value != "differs", verdict(r)) for r in found)
        latest = unchecked_since(found)
        unchecked = latest.check.date if latest else None
    draw, data = _chart(which, status, settings, tier, checks, unchecked)
    _render(draw, data, path, fmt, dark=args.dark)
    print(f"Wrote the {which} chart as of {as_of.isoformat()} to {path}.")
    return EXIT_OK


def _check_chart_dates(as_of: date) -> None:
    """A chart shows the 12 months before and after ``as_of``: they must lie in years 1 to 9999."""
    from tracker.rules.dates import FIRST_MONTH, LAST_MONTH, month_end, month_start

    first, last = month_start(FIRST_MONTH + 12), month_end(LAST_MONTH - 14)
    if not first <= as_of <= last:
        raise BadInput(
            f"--as-of {as_of.isoformat()}: a chart shows 12 months before and after it, and the calendar "
            f"runs from year 1 to 9999; give a date from {first.isoformat()} to {last.isoformat()}"
        )


def _chart(
    which: str, status: Any, settings: Any, tier: Any, checks: tuple[Any, ...] = (), unchecked: Any = None
) -> tuple[Callable[..., None], object]:
    from tracker.charts import expiring_data, plan_data, plan_for, sources_data, timeline_data
    from tracker.charts.draw import draw_expiring, draw_plan, draw_sources, draw_timeline
    from tracker.rules.dates import add_months

    as_of = status.as_of
    if which == "timeline":
        plan = plan_for(status, settings, tier) if tier is not None else None
        data = timeline_data(
            status.ledger, status.ruleset, settings, as_of, plan, checks=checks, unchecked_from=unchecked
        )
        return draw_timeline, data
    if which == "expiring":
        return draw_expiring, expiring_data(status)
    if which == "plan":
        return draw_plan, plan_data(status, settings, plan_for(status, settings, tier))
    return draw_sources, sources_data(status.ledger, add_months(as_of, -11), as_of)


def _render(draw: Callable[..., None], data: object, path: Path, fmt: str, *, dark: bool) -> None:
    from tracker.charts import ChartPalette
    from tracker.charts.render import render_to_bytes
    from tracker.store.errors import write_error
    from tracker.store.files import is_disk_problem, write_private_file

    palette = ChartPalette.dark() if dark else ChartPalette.light()
    image = render_to_bytes(draw, data, palette, fmt, size_px=SIZE_PX, dpi=DPI)
    existed = what_is(path) is not None
    try:
        write_private_file(path, image)  # whole or not at all, readable by the shopper only
    except OSError as error:
        problem = write_error(path, error, existed=existed)
        if is_disk_problem(error):
            raise problem from None
        raise BadInput(str(problem)) from None


COMMANDS: dict[str, Callable[[argparse.Namespace, date], int]] = {"chart": cmd_chart}
