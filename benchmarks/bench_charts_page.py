"""How fast the Charts page follows an edit and the what-if planner follows a keystroke.

Two shoppers in temporary databases: a typical one (the demo year, about 100 orders) and a heavy
10-year history (20,000 orders, 1,825 visits, 5,000 reviews: ``bench_tables.make_database``).
The page is shown at 1200×800 (offscreen) and, each timed several times:

* an edit of one order until the chart on screen is drawn again and rendered (the session's
  status after the edit, the chart's data, drawing, Agg rendering) — only that chart redraws;
* the same for all four charts, as if each were on screen (target: under 150 ms in all);
* a planner update: the debounce's end (the plan read from the inputs, evaluated with the
  rules, the sentences shown) and the timeline drawn again with the plan and rendered (target:
  under 100 ms).

And the first visit to the Charts page in a fresh window (a new process each time, the demo
year), from the click until the page shows something (target: under 100 ms) and until the first
chart is drawn: at once after start-up, before matplotlib is loaded; and once the window has
preloaded it while idle. Beside them, what the click used to cost: the whole page built at once.

    uv run python benchmarks/bench_charts_page.py
    uv run python benchmarks/bench_charts_page.py --first-visit    # only the first visit
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_tables import make_database

from tracker.store import demo
from tracker.store.connection import close_database, open_database
from tracker.store.repository import get_order
from tracker.ui.charts_page import ChartsPage
from tracker.ui.session import Session

TODAY = date(2026, 11, 24)
RUNS = 12


def timed(action: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """Best and median of ``runs``, in ms."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times) * 1000, statistics.median(times) * 1000


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def measure(app: QApplication, path: Path, label: str) -> None:
    db = open_database(path)
    session = Session(db, path, today=lambda: TODAY)
    page = ChartsPage(session)
    page.resize(1200, 800)
    page.show()
    settle(app)
    page.timeline.refresh()
    status = session.status()
    print(f"\n{label}: {len(session.records().orders):,} orders, {len(status.ledger):,} ledger entries")

    order_id = max(int(entry.ref.split(":")[1]) for entry in status.ledger if entry.ref.startswith("order:"))
    draft = get_order(db, order_id)
    cents = [draft.lines[0].unit_price_cents]

    def edit() -> None:
        cents[0] += 100
        session.edit("order", order_id, replace(draft, lines=(replace(draft.lines[0], unit_price_cents=cents[0]),)))

    def edit_and_redraw(canvases: tuple[object, ...]) -> Callable[[], None]:
        def run() -> None:
            edit()
            session.status()  # what the dashboard computes anyway
            for canvas in canvases:
                canvas.refresh()  # type: ignore[attr-defined]
                canvas.canvas.draw()  # type: ignore[attr-defined]

        return run

    best, median = timed(edit_and_redraw(()))
    print(f"  edit one order, status after it:                         best {best:6.1f}  median {median:6.1f} ms")
    for canvas in page.canvases:
        page.tabs.setCurrentWidget(canvas if canvas is not page.plan else page.tabs.widget(2))
        settle(app)
        best, median = timed(edit_and_redraw((canvas,)))
        what = f"… and the {canvas.kind.title.lower()} chart on screen redrawn:"
        print(f"  {what:56} best {best:6.1f}  median {median:6.1f} ms")
    page.tabs.setCurrentIndex(0)
    settle(app)
    best, median = timed(edit_and_redraw(page.canvases))
    print(f"  … and all four charts redrawn (target < 150 ms):       best {best:6.1f}  median {median:6.1f} ms")

    planner = page.planner
    spend = planner.each_fields[0]
    amounts = iter(range(10, 10_000))

    def keystroke_then_pause() -> None:
        spend.setText(str(next(amounts)))
        planner._on_each_month(0)  # what typing in "each month" does at once
        planner.apply_inputs()  # the debounce's end: evaluate and show the sentences
        page.timeline.refresh()
        page.timeline.canvas.draw()

    def evaluate_only() -> None:
        spend.setText(str(next(amounts)))
        planner._on_each_month(0)
        planner.apply_inputs()
        planner.outcome()

    best, median = timed(evaluate_only)
    print(f"  planner: plan evaluated, sentences shown:                best {best:6.1f}  median {median:6.1f} ms")
    best, median = timed(keystroke_then_pause)
    print(f"  planner update with the timeline redrawn (target < 100): best {best:6.1f}  median {median:6.1f} ms")
    page.close()
    page.deleteLater()
    settle(app)
    close_database()


FIRST_VISIT = r"""
import json, sys, time, tempfile
from datetime import date
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
import tracker.ui.main_window as main_window
from tracker.store import demo
from tracker.store.connection import open_database
from tracker.ui.session import Session

mode = sys.argv[1]
main_window.PRELOAD_CHARTS_AFTER_MS = 10 if mode == "preloaded" else 600_000
app = QApplication(["bench", "-platform", "offscreen"])
folder = Path(tempfile.mkdtemp())
db = open_database(folder / "points.sqlite3")
demo.load_demo(db, date(2026, 11, 24))
session = Session(db, folder / "points.sqlite3", today=lambda: date(2026, 11, 24))
window = main_window.MainWindow(session, settings=QSettings(str(folder / "w.ini"), QSettings.Format.IniFormat))
window.resize(1200, 800)
window.show()
for _ in range(20):
    app.processEvents()
if mode == "preloaded":
    from tracker.ui import charts_host
    while charts_host._preloading is None:
        app.processEvents()
        time.sleep(0.002)
    charts_host._preloading.join()
marks = {}

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "shown" not in marks:
            marks["shown"] = time.perf_counter() - start
        return False

start = time.perf_counter()
if mode == "all at once":  # what the click cost before: import, build and draw the page on the spot
    from tracker.ui.charts_page import ChartsPage
    page = ChartsPage(session)
    window.stack.addWidget(page)
    window.stack.setCurrentWidget(page)
    page.timeline.refresh()
    page.timeline.canvas.draw()
    app.processEvents()
    marks["shown"] = marks["drawn"] = time.perf_counter() - start
else:
    host = window.page("charts")
    watcher = Painted()
    host.placeholder.installEventFilter(watcher)
    window.show_page("charts")
    while host.charts() is None or host.charts().timeline.data() is None:
        app.processEvents()
        time.sleep(0.002)  # an event loop waits when there is nothing to do: so does this one
    host.charts().timeline.canvas.draw()
    marks["drawn"] = time.perf_counter() - start
print(json.dumps(marks))
"""


def first_visit() -> None:
    import json
    import subprocess

    print("\nfirst visit to Charts in a fresh window (the demo year; 5 runs each, a new process each):")
    root = Path(__file__).resolve().parent.parent
    for mode, what in (
        ("cold", "at once after start-up (matplotlib not loaded)"),
        ("preloaded", "after the idle preload"),
        ("all at once", "the page built on the click, as before"),
    ):
        shown, drawn = [], []
        for _ in range(5):
            out = subprocess.run([sys.executable, "-c", FIRST_VISIT, mode], capture_output=True, text=True,
                                 cwd=root, check=True).stdout  # fmt: skip
            marks = json.loads(out.strip().splitlines()[-1])
            shown.append(marks["shown"] * 1000)
            drawn.append(marks["drawn"] * 1000)
        print(
            f"  {what:48} something shown: median {statistics.median(shown):6.1f} ms (worst {max(shown):6.1f});"
            f"  chart drawn: median {statistics.median(drawn):6.1f} ms"
        )


def main() -> None:
    if "--first-visit" in sys.argv:
        first_visit()
        return
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        typical = Path(folder) / "typical.sqlite3"
        db = open_database(typical)
        demo.load_demo(db, TODAY)
        close_database()
        measure(app, typical, "typical shopper (the demo year)")
        heavy = Path(folder) / "heavy.sqlite3"
        make_database(heavy, 20_000)
        measure(app, heavy, "heavy 10-year history")
    first_visit()


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # PySide6 6.12 on Python 3.11 can abort while tearing down: see bench_tables.py
