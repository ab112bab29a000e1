"""How fast the window shows true figures, against a bare window holding a matplotlib canvas.

    uv run python benchmarks/bench_startup.py [--orders 2000,100000] [--runs 3]

Each measurement is a fresh process (offscreen Qt, its own settings folder), timed from just
before the process is spawned, with Python's bytecode cache on as on a shopper's machine. For
each size, three starts on a fresh copy of the file each time:

* **first start of a day**: the derived sums were brought up to date yesterday (the window or
  ``status`` does that, and makes that day's backup), so today's start computes only the months
  whose meaning changes with the date (pending orders, refunds to come) and makes today's backup
  — the old snapshot had nothing to offer here; the file is as that session closed it, so its
  pages are not checked again;
* **after another program wrote**: one order added through another connection (as the command
  line or a script would) since the sums were brought up to date today: the file changed, so the
  start checks its pages;
* **never summed**: a file whose sums were never computed (just upgraded to schema 5, or filled
  by an import of everything): above 1,000 orders the first paint shows the status computed from
  the recent records alone, while a background worker sums every month (were even the recent
  records too many, it would say it is working the figures out until then).

Printed beside the **matplotlib floor** of the same run: a bare PySide6 window holding one
``FigureCanvasQTAgg``, until painted. Targets (issue 19): true figures painted at 100,000 orders
≤ 0.6 s and below the floor; at 2,000 orders ≤ half the floor. The first start of a day also
measures the Orders page switch, a dashboard refresh after an added order and peak memory.
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
import gc
gc.disable()  # as the points-tracker command does (tracker/desktop.py) before it imports the window
import tracker.app as app_module  # first, as that command imports it
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
marks["imports"] = time.time() - t0

launched = app_module.launch(["points-tracker", "--db", sys.argv[1]])
marks["window_built"] = time.time() - t0
app, window = launched
dashboard = window.page("dashboard")
result = {}

def after_paint():
    marks["dashboard_painted"] = time.time() - t0
    result["computing_at_first_paint"] = window.session.computing
    result["matplotlib_loaded"] = "matplotlib" in sys.modules
    wait_for_figures()

def wait_for_figures():
    # "Working out your points" until the sums are computed; then the true figures.
    if window.session.computing:
        QTimer.singleShot(5, wait_for_figures)
        return
    if dashboard._refresh_timer.isActive():
        dashboard.refresh()  # the refresh the end of the computation queued, done now
    dashboard.repaint()  # painted with the true figures
    marks["figures_shown"] = time.time() - t0
    wait_for_ledger()

def wait_for_ledger():
    if window.session.provisional:  # the ledger book is built in the background after the paint
        QTimer.singleShot(5, wait_for_ledger)
        return
    marks["ledger_ready"] = time.time() - t0
    if os.environ.get("BENCH_REST"):
        measure_the_rest()
    else:
        window.close()
        app.quit()

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


def prepared(base: Path, folder: Path, variant: str) -> Path:
    """A fresh copy of ``base`` as the variant's start finds it."""
    import shutil
    import sqlite3

    from tracker.report.figures import figures
    from tracker.report.status import active_ruleset
    from tracker.store.backup import daily_backup
    from tracker.store.connection import close_database, open_database
    from tracker.store.paths import daily_backup_path
    from tracker.store.reading import load_settings

    copy = folder / f"{variant}.sqlite3"
    for end in ("", "-wal", "-shm"):
        Path(f"{copy}{end}").unlink(missing_ok=True)
    shutil.copyfile(base, copy)
    if variant == "never summed":
        return copy
    db = open_database(copy)
    today = date.today()
    as_of = today - timedelta(days=1) if variant == "first start of a day" else today
    figures(db, active_ruleset(db), load_settings(db), as_of)
    # That session's daily backup, as the window and the command line make on opening: closing
    # then notes the file as checked (tracker/store/checked.py), so the next start need not check
    # its pages again unless the file changed since.
    daily_backup(db, copy, today=as_of)
    close_database()
    if variant == "first start of a day":
        daily_backup_path(copy, today).unlink(missing_ok=True)  # made by the last run: today's start makes it
    if variant == "after another program wrote":
        other = sqlite3.connect(copy)
        with other:
            row = other.execute(
                "INSERT INTO orders (order_no, order_date, status, confirmed_date, store, discount_cents, "
                "shipping_cents, refund_cents, currency, usd_estimated, note) "
                "VALUES ('other', ?, 'confirmed', ?, '', 0, 0, 0, 'USD', 0, '')",
                ((today - timedelta(days=40)).isoformat(), (today - timedelta(days=20)).isoformat()),
            )
            other.execute(
                "INSERT INTO order_line (order_id, position, title, product_id, category, quantity, unit_price_cents) "
                "VALUES (?, 0, 'Lamp', '', 'Home', 1, 4200)",
                (row.lastrowid,),
            )
        other.close()
    return copy


VARIANTS = ("first start of a day", "after another program wrote", "never summed")


def run_child(code: str, argument: str, config: Path, *, rest: bool = False) -> dict[str, object]:
    # As on a user's machine: Python may cache bytecode (some sandboxes set PYTHONDONTWRITEBYTECODE).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config), MPLBACKEND="QtAgg", PYTHONPATH=str(ROOT))
    if rest:
        env["BENCH_REST"] = "1"
    env["BENCH_T0"] = repr(time.time())
    finished = subprocess.run(
        [sys.executable, "-c", code, argument], env=env, capture_output=True, text=True, check=False, timeout=180
    )
    if finished.returncode != 0 or "Traceback" in finished.stderr:
        raise SystemExit(f"child failed ({finished.returncode}):\n{finished.stderr}")
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    return dict(json.loads(lines[-1]))


def median(values: list[float]) -> float:
    return statistics.median(values)


def measure(orders: int, runs: int, folder: Path, config: Path) -> None:
    base = folder / f"points-{orders}-{date.today()}-v5.sqlite3"
    if not base.exists():
        start = time.perf_counter()
        make_database(base, orders)
        print(f"generated {base} ({base.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - start:.1f} s")
    run_child(FLOOR_CHILD, "", config)  # warm-up: caches, fonts, bytecode
    run_child(APP_CHILD, str(prepared(base, folder, VARIANTS[0])), config)
    results: dict[str, list[dict[str, object]]] = {variant: [] for variant in VARIANTS}
    floors = []
    for _ in range(runs):  # in turn, so that the machine's drift touches each alike
        floors.append(run_child(FLOOR_CHILD, "", config))
        for variant in VARIANTS:
            path = prepared(base, folder, variant)
            results[variant].append(run_child(APP_CHILD, str(path), config, rest=variant == VARIANTS[0]))
    floor = median([float(run["painted"]) for run in floors])  # type: ignore[arg-type]
    print(f"{orders:,} orders, median of {runs} runs (seconds from process start)")
    print(f"  matplotlib floor (bare PySide6 window + FigureCanvasQTAgg painted)  {floor:.3f}")
    target = 0.6 if orders >= 100_000 else floor / 2
    for variant, apps in results.items():

        def mark(name: str, apps: list[dict[str, object]] = apps) -> float:
            return median([float(run["marks"][name]) for run in apps])  # type: ignore[index]

        computing = any(run["computing_at_first_paint"] for run in apps)
        shown = mark("figures_shown")
        print(f"  {variant}:")
        print(f"    imports done {mark('imports'):.3f}, window built {mark('window_built'):.3f}")
        print(
            f"    first paint {mark('dashboard_painted'):.3f}   "
            + ("(says it is working the figures out)" if computing else "(the true figures)")
        )
        print(
            f"    true figures painted {shown:.3f}   {shown / floor:.2f}x the floor; "
            f"target <= {target:.3f} s{' and below the floor' if orders >= 100_000 else ' (half the floor)'}"
        )
        print(f"    ledger ready (tables, charts) {mark('ledger_ready'):.3f}")
    first = results[VARIANTS[0]]
    print(f"  Orders page switch      {median([float(r['orders_page_s']) for r in first]):.3f}   target < 0.3 s")  # type: ignore[arg-type]
    print(f"  refresh after an edit   {median([float(r['refresh_after_edit_s']) for r in first]):.3f}   target < 0.1 s")  # type: ignore[arg-type]
    print(f"  peak memory             {median([float(r['maxrss_mb']) for r in first]):.0f} MB   target < 250 MB")  # type: ignore[arg-type]
    print(f"  floor peak memory       {median([float(r['maxrss_mb']) for r in floors]):.0f} MB")  # type: ignore[arg-type]
    print(f"  matplotlib imported by the app: {any(run['matplotlib_loaded'] for run in first)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", default="2000,100000", help="sizes, comma-separated (default 2000,100000)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / "points-tracker-bench"  # the daily backup goes beside it
    folder.mkdir(exist_ok=True)
    config = Path(tempfile.mkdtemp(prefix="points-tracker-bench-config-"))
    for orders in (int(size) for size in args.orders.split(",")):
        measure(orders, args.runs, folder, config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
