"""How fast the four charts redraw for a heavy 10-year history, on the Agg renderer.

Target (issue "charts and planner"): redrawing all four charts after an edit under 150 ms, with
10 years of data. "Redrawing" is what the window does after an edit: compute each chart's data
from the status, draw it onto its (existing) figure, and render the canvas. The status itself
is computed once per edit for the dashboard too (benchmarks/bench_rules.py times it); the charts'
data is computed from a fresh copy of its ledger, so no cache from an earlier draw helps.

    uv run python benchmarks/bench_charts.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rules import heavy_history

from tracker.charts import ChartPalette, expiring_data, plan_data, plan_for, sources_data, timeline_data
from tracker.charts.draw import draw_expiring, draw_plan, draw_sources, draw_timeline
from tracker.rules import Settings, Status, builtin_rulesets, compute_status
from tracker.rules.dates import add_months

RUNS = 15
TARGET_MS = 150


def best_and_median(
    runs: int, action: Callable[[], object], clock: Callable[[], float] = time.perf_counter
) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = clock()
        action()
        times.append(clock() - started)
    return min(times) * 1000, statistics.median(times) * 1000


def main() -> None:
    today = date(2026, 11, 24)
    ruleset = builtin_rulesets()["aliexpress-2023"]
    settings = Settings()
    status = compute_status(heavy_history(today), ruleset, settings, today)
    palette = ChartPalette.light()
    # The heavy shopper is deep in Diamond and needs no plan; a much higher bar gives the plan
    # chart its worst case, a purchase every month.
    demanding = plan_for(status, settings, replace(ruleset.tiers[-1], min_points=150_000))
    print(
        f"heavy history: 20,000 orders, 3,650 visits, 5,000 reviews ({len(status.ledger):,} ledger entries); "
        f"plan of {len(demanding.steps)} purchases"
    )

    def edited() -> Status:
        """The status after an edit: a new ledger, so nothing computed from the old one is reused."""
        return replace(status, ledger=tuple(list(status.ledger)))

    charts: dict[str, tuple[Callable[[Status], object], Callable[[Figure, Any, ChartPalette], None]]] = {
        "timeline": (lambda s: timeline_data(s.ledger, ruleset, settings, today), draw_timeline),
        "expiring": (expiring_data, draw_expiring),
        "plan": (lambda s: plan_data(s, settings, demanding), draw_plan),
        "keep-plan": (lambda s: plan_data(s, settings), draw_plan),
        "sources": (lambda s: sources_data(s.ledger, add_months(today, -11), today), draw_sources),
        "sources-10y": (lambda s: sources_data(s.ledger, add_months(today, -119), today), draw_sources),
    }
    figures = {}
    for name in charts:
        figures[name] = Figure(figsize=(9, 5), dpi=100)
        FigureCanvasAgg(figures[name])

    print(f"{'chart':12} {'data':>14} {'draw':>14} {'render':>14}   (best, median of {RUNS}, ms; 900x500 px)")
    for name, (compute, draw) in charts.items():
        figure = figures[name]
        data = compute(edited())
        data_ms = best_and_median(RUNS, lambda c=compute: c(edited()))  # type: ignore[misc]
        draw_ms = best_and_median(RUNS, lambda f=figure, d=data, dr=draw: dr(f, d, palette))  # type: ignore[misc]
        render_ms = best_and_median(RUNS, lambda f=figure: f.canvas.draw())  # type: ignore[misc]
        print(
            f"{name:12} {data_ms[0]:6.1f} ({data_ms[1]:5.1f}) {draw_ms[0]:6.1f} ({draw_ms[1]:5.1f}) "
            f"{render_ms[0]:6.1f} ({render_ms[1]:5.1f})"
        )

    def redraw_all(plan_chart: str = "plan") -> None:
        """What the window does after an edit: every chart's data, drawing and rendering."""
        fresh = edited()
        for name in ("timeline", "expiring", plan_chart, "sources"):
            compute, draw = charts[name]
            draw(figures[name], compute(fresh), palette)
            figures[name].canvas.draw()

    for plan_chart, what in (("plan", "a plan of 10 purchases"), ("keep-plan", "the shopper's own keep plan")):
        best, median = best_and_median(RUNS, lambda p=plan_chart: redraw_all(p))  # type: ignore[misc]
        cpu_best, cpu_median = best_and_median(RUNS, lambda p=plan_chart: redraw_all(p), time.process_time)  # type: ignore[misc]
        print(
            f"redraw all four charts after an edit ({what}): best {best:.1f} ms, median {median:.1f} ms "
            f"wall clock; best {cpu_best:.1f} ms, median {cpu_median:.1f} ms CPU   target < {TARGET_MS} ms"
        )


if __name__ == "__main__":
    main()
