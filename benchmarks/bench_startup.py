"""How fast the window starts with 100,000 orders, against a bare window holding a matplotlib canvas.

    uv run python benchmarks/bench_startup.py [--orders 100000] [--runs 3]

Each measurement is a fresh process (offscreen Qt, its own settings folder), timed from just
before the process is spawned:

* **app**: ``points-tracker --db <file>`` until the dashboard has painted (the event loop's
  next turn after its first paint event), then the Orders page switch, a dashboard refresh after
  an added order, and the peak memory (``ru_maxrss``). Checks matplotlib was not imported.
* **matplotlib floor**: a bare PySide6 window holding one ``FigureCanvasQTAgg``, until painted.

The database (100,000 orders, a visit every day for 10 years, 5,000 reviews) is generated
once into the temporary folder and reused. Prints the median of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_DAY = date(2016, 12, 1)
DAYS = 3_650
CATEGORIES = ("Phones", "Home", "Toys", "Tools", "Clothing", "Beauty", "Sports", "Auto", "Garden")

APP_CHILD = r"""
import json, os, sys, time
t0 = float(os.environ["BENCH_T0"])
marks = {"interpreter": time.time() - t0}
import resource
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import tracker.app as app_module
marks["imports"] = time.time() - t0

launched = app_module.launch(["points-tracker", "--db", sys.argv[1]])
marks["window_built"] = time.time() - t0
app, window = launched
dashboard = window.page("dashboard")
result = {}

def after_paint():
    marks["dashboard_painted"] = time.time() - t0
    result["from_snapshot"] = window.session.provisional
    result["matplotlib_loaded"] = "matplotlib" in sys.modules
    wait_for_figures()

def wait_for_figures():
    # With a snapshot the first paint shows last time's figures; the ledger is built meanwhile.
    if window.session.provisional:
        QTimer.singleShot(5, wait_for_figures)
        return
    marks["figures_ready"] = time.time() - t0
    measure_the_rest()

def measure_the_rest():
    start = time.perf_counter()
    window.show_page("orders")
    app.processEvents()
    result["orders_page_s"] = time.perf_counter() - start
    window.show_page("dashboard")
    app.processEvents()
    from tracker.rules import OrderStatus
    from tracker.store.drafts import LineDraft, OrderDraft
    session = window.session
    today = session.today()
    draft = OrderDraft(None, today, OrderStatus.CONFIRMED, (LineDraft("Lamp", "", "Home", 1, 4200),),
                       confirmed_date=today)
    start = time.perf_counter()
    session.add(draft)  # the store and the ledger book; pages refresh on the next turn of the loop
    added = time.perf_counter()
    app.processEvents()  # the dashboard (and any other built page) refreshes and repaints
    refreshed = time.perf_counter()
    result["refresh_after_edit_s"] = refreshed - start
    session.status()
    start_refresh = time.perf_counter()
    dashboard.refresh()
    result["edit_parts_s"] = {"add": added - start, "refresh_and_paint": refreshed - added,
                              "dashboard_refresh_alone": time.perf_counter() - start_refresh}
    session.undo_stack.undo()
    app.processEvents()
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    app.quit()

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            marks["first_paint_event"] = time.time() - t0
            QTimer.singleShot(0, after_paint)  # once this paint is done and shown
        return False

watcher = FirstPaint()
# Qt does not paint a widget hidden behind opaque children: watch the page and everything on it.
from PySide6.QtWidgets import QWidget
for widget in [dashboard, *dashboard.findChildren(QWidget)]:
    widget.installEventFilter(watcher)
app.exec()
result["marks"] = marks
print(json.dumps(result))
"""

FLOOR_CHILD = r"""
import json, os, sys, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
app = QApplication([sys.argv[0]])
window = QMainWindow()
figure = Figure()
figure.add_subplot().plot([1, 2, 3], [3, 1, 2])
canvas = FigureCanvasQTAgg(figure)
window.setCentralWidget(canvas)
marks = {}

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, done)
        return False

def done():
    marks["painted"] = time.time() - t0
    import resource
    marks["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    app.quit()

watcher = FirstPaint()
canvas.installEventFilter(watcher)
window.resize(1000, 700)
window.show()
app.exec()
print(json.dumps(marks))
"""


def make_database(path: Path, orders: int) -> None:
    """A heavy history written as one batch: ``orders`` orders over 10 years, visits, reviews."""
    from tracker.rules.records import OrderStatus
    from tracker.store.connection import close_database, open_database
    from tracker.store.drafts import LineDraft, OrderDraft, ReviewDraft, VisitDraft
    from tracker.store.repository import write_batch

    rng = random.Random(7)
    today = date.today()
    first = today - timedelta(days=DAYS)
    drafts = []
    for number in range(orders):
        ordered = first + timedelta(days=rng.randrange(DAYS))
        lines = tuple(
            LineDraft(
                f"Item {number}-{n}",
                str(rng.randrange(10**12, 10**13)),
                rng.choice(CATEGORIES),
                rng.choice((1, 1, 1, 2)),
                rng.randrange(50, 8_000),
            )
            for n in range(rng.choice((1, 1, 2)))
        )
        age = (today - ordered).days
        if age < 20:
            status = OrderStatus.PENDING
        else:
            status = rng.choices((OrderStatus.CONFIRMED, OrderStatus.CANCELLED), (95, 5))[0]
        confirmed = (
            min(ordered + timedelta(days=rng.randrange(5, 30)), today) if status is OrderStatus.CONFIRMED else None
        )
        drafts.append(OrderDraft(f"{8_000_000_000_000_000 + number}", ordered, status, lines, confirmed_date=confirmed))
    visits = [VisitDraft(first + timedelta(days=n)) for n in range(DAYS)]
    reviews = [ReviewDraft(first + timedelta(days=rng.randrange(DAYS)), rng.randrange(50, 8_000)) for _ in range(5_000)]
    path.unlink(missing_ok=True)
    db = open_database(path)
    write_batch(
        db, file_name="bench", file_hash=f"bench-{orders}", kind="native", orders=drafts, visits=visits, reviews=reviews
    )
    close_database()


def breakdown(database: Path) -> dict[str, float]:
    """Where the start-up time goes, measured in this process: the store and the rules."""
    from tracker.report.status import active_ruleset
    from tracker.rules.book import LedgerBook
    from tracker.store.connection import close_database, open_database
    from tracker.store.repository import load_records, load_settings

    times: dict[str, float] = {}
    start = time.perf_counter()
    db = open_database(database)
    times["open_database (quick_check, migrations)"] = time.perf_counter() - start
    start = time.perf_counter()
    records = load_records(db)
    times["load_records"] = time.perf_counter() - start
    start = time.perf_counter()
    book = LedgerBook(records, active_ruleset(db), load_settings(db), date.today())
    times["LedgerBook (the ledger of every record)"] = time.perf_counter() - start
    start = time.perf_counter()
    book.status()
    times["status from the book"] = time.perf_counter() - start
    close_database()
    return times


def run_child(code: str, argument: str, config: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config), MPLBACKEND="QtAgg")
    env["PYTHONPATH"] = str(ROOT)
    env["BENCH_T0"] = repr(time.time())
    finished = subprocess.run(
        [sys.executable, "-c", code, argument], env=env, capture_output=True, text=True, check=False, timeout=120
    )
    if finished.returncode != 0 or "Traceback" in finished.stderr:
        raise SystemExit(f"child failed ({finished.returncode}):\n{finished.stderr}")
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    return dict(json.loads(lines[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    folder = Path(tempfile.gettempdir()) / "points-tracker-bench"  # the daily backup goes beside it
    folder.mkdir(exist_ok=True)
    database = folder / f"points-{args.orders}-{date.today()}.sqlite3"
    if not database.exists():
        start = time.perf_counter()
        make_database(database, args.orders)
        print(f"generated {database} ({database.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - start:.1f} s")
    config = Path(tempfile.mkdtemp(prefix="points-tracker-bench-config-"))

    # The first start reads everything and saves a snapshot as it quits; later starts paint from it.
    cold = run_child(APP_CHILD, str(database), config)
    apps = [run_child(APP_CHILD, str(database), config) for _ in range(args.runs)]
    floors = [run_child(FLOOR_CHILD, "", config) for _ in range(args.runs)]

    def median(values: list[float]) -> float:
        return statistics.median(values)

    def mark(name: str) -> float:
        return median([float(run["marks"][name]) for run in apps])  # type: ignore[index]

    painted = mark("dashboard_painted")
    floor = median([float(run["painted"]) for run in floors])  # type: ignore[arg-type]
    memory = median([float(run["maxrss_mb"]) for run in apps])  # type: ignore[arg-type]
    print(f"{args.orders:,} orders, median of {args.runs} runs (seconds from process start)")
    print(f"  interpreter up          {mark('interpreter'):.3f}")
    print(f"  imports done            {mark('imports'):.3f}")
    print(f"  window built            {mark('window_built'):.3f}   (database opened, status computed)")
    print(f"  first paint event       {mark('first_paint_event'):.3f}")
    print(
        f"  dashboard painted       {painted:.3f}   target < 0.6 s and < floor"
        f"   (from last time's snapshot: {all(run['from_snapshot'] for run in apps)})"
    )
    print(f"  real figures shown      {mark('figures_ready'):.3f}   (ledger built in the background)")
    print(f"  first start ever        {float(cold['marks']['dashboard_painted']):.3f}   (no snapshot yet)")  # type: ignore[index]
    print(f"  matplotlib floor        {floor:.3f}   (bare window + FigureCanvasQTAgg painted)")
    print(f"  Orders page switch      {median([float(r['orders_page_s']) for r in apps]):.3f}   target < 0.3 s")  # type: ignore[arg-type]
    print(f"  refresh after an edit   {median([float(r['refresh_after_edit_s']) for r in apps]):.3f}   target < 0.1 s")  # type: ignore[arg-type]
    parts = {key: median([float(run["edit_parts_s"][key]) for run in apps]) for key in apps[0]["edit_parts_s"]}  # type: ignore[index]
    print("    " + ", ".join(f"{key} {seconds:.3f}" for key, seconds in parts.items()))
    print(f"  peak memory             {memory:.0f} MB   target < 250 MB")
    print(f"  floor peak memory       {median([float(r['maxrss_mb']) for r in floors]):.0f} MB")  # type: ignore[arg-type]
    print(f"  matplotlib imported by the app: {any(run['matplotlib_loaded'] for run in apps)}")
    print("where the window-built time goes (this process, warm):")
    for name, seconds in breakdown(database).items():
        print(f"  {name:40} {seconds:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
