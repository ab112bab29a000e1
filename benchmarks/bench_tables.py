"""How fast the Orders page opens and refreshes with 100,000 orders in the database.

A generated history (100,000 orders, about 1.5 items each, plus visits and reviews) is written
with ``write_batch`` into a temporary file by a separate process (so that this one holds only
what the window would). Then it times:

* in the main window, with the dashboard shown: switching to the Orders page, which imports its
  module and builds the page the first time, until the first rows are painted — the target is
  under 300 ms;
* the rest of the orders arriving chunk by chunk, and the longest the window waits meanwhile;
* one edit made through the session until the table shows it, and the same for an added order;
* sorting 100,000 rows by amount, and filtering them by a word.

``--compare-proxy`` also times a ``QSortFilterProxyModel`` sorting the same rows (about 20 s),
which is why the models sort in Python instead.

    uv run python benchmarks/bench_tables.py [--orders 100000] [--compare-proxy]
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication

from tracker.rules.records import OrderStatus
from tracker.store.connection import close_database, open_database
from tracker.store.drafts import LineDraft, OrderDraft, ReviewDraft, VisitDraft
from tracker.store.repository import get_order, write_batch
from tracker.ui.session import Session

TODAY = date(2026, 11, 24)
FIRST_DAY = TODAY - timedelta(days=3_650)
CATEGORIES = ("Phones", "Home", "Toys", "Tools", "Clothing", "Beauty", "Sports", "Auto", "Garden")
WORDS = ("cable", "lamp", "case", "socks", "holder", "mat", "light", "stand", "brush", "clip", "jacket")


def make_orders(count: int, rng: random.Random) -> list[OrderDraft]:
    orders = []
    for number in range(count):
        ordered = FIRST_DAY + timedelta(days=rng.randrange(3_640))
        lines = tuple(
            LineDraft(f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {number}", str(rng.randrange(10**12, 10**13)),
                      rng.choice(CATEGORIES), rng.choice((1, 1, 1, 2)), rng.randrange(50, 8_000))
            for _ in range(rng.choice((1, 1, 2)))
        )  # fmt: skip
        status = rng.choices((OrderStatus.CONFIRMED, OrderStatus.PENDING, OrderStatus.CANCELLED), (90, 5, 5))[0]
        confirmed = ordered + timedelta(days=rng.randrange(5, 30)) if status is OrderStatus.CONFIRMED else None
        orders.append(
            OrderDraft(
                order_no=str(8_000_000_000_000_000 + number),
                order_date=ordered,
                status=status,
                lines=lines,
                confirmed_date=confirmed if confirmed is None or confirmed <= TODAY else None,
                store=f"Store {rng.randrange(400)}",
                note="gift" if number % 50 == 0 else "",
            )
        )
    return orders


class FirstPaint(QObject):
    """Notes when a widget is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def until(app: QApplication, done: object, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done() and time.perf_counter() < deadline:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.0005)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--compare-proxy", action="store_true")
    parser.add_argument("--make", type=Path, help=argparse.SUPPRESS)  # write the history there and stop
    arguments = parser.parse_args()
    if arguments.make:
        make_database(arguments.make, arguments.orders)
        return

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "points.sqlite3"
        # Written by another process, so that this one holds only what the window would.
        command = [sys.executable, __file__, "--make", str(path), "--orders", str(arguments.orders)]
        subprocess.run(command, check=True)
        measure(path, arguments.compare_proxy)


def make_database(path: Path, count: int) -> None:
    rng = random.Random(20_261_124)
    db = open_database(path)
    orders = make_orders(count, rng)
    visits = [VisitDraft(FIRST_DAY + timedelta(days=day)) for day in range(0, 3_650, 2)]
    reviews = [ReviewDraft(FIRST_DAY + timedelta(days=rng.randrange(3_640)), 1_000) for _ in range(5_000)]
    write_batch(db, file_name="h.csv", file_hash="h", kind="orders", orders=orders, visits=visits, reviews=reviews)
    print(f"history: {len(orders):,} orders, {len(visits):,} visits, {len(reviews):,} reviews")
    close_database()


def rss_mb() -> float:
    """This process's resident memory now (Linux), in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(path: Path, compare_proxy: bool) -> None:
    app = QApplication(sys.argv[:1])
    from tracker.ui.main_window import MainWindow  # the window the shopper switches pages in

    db = open_database(path)
    session = Session(db, path, today=lambda: TODAY)
    folder = path.parent
    start = time.perf_counter()
    window = MainWindow(session, settings=QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    until(app, lambda: window.isVisible() and not window.size().isEmpty())
    for _ in range(5):
        app.processEvents()
    print(f"window with the dashboard (computes the status): {ms(time.perf_counter() - start)}")
    before = rss_mb()

    # --- switching to the Orders page ---------------------------------------------------------
    painted = FirstPaint()
    start = time.perf_counter()
    page = window.show_page("orders")  # imports the page's module and builds the page, the first time
    built = time.perf_counter()
    page.view.viewport().installEventFilter(painted)
    until(app, lambda: painted.painted)
    shown = time.perf_counter()
    print(f"switch to Orders in the window, first rows painted: {ms(shown - start)}  "
          f"(import and build {ms(built - start).strip()}, paint {ms(shown - built).strip()})")  # fmt: skip
    print(f"  rows shown at first paint: {page.model.rowCount():,}; count line: {page.count_label.text()!r}")
    longest, last = 0.0, time.perf_counter()
    while page.orders.loading:  # how long the event loop is kept from other events
        app.processEvents()
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    print(f"all {page.model.rowCount():,} orders in the table: {ms(time.perf_counter() - start)}; "
          f"longest pause meanwhile {ms(longest).strip()}")  # fmt: skip
    loaded = rss_mb()
    print(f"memory: {loaded:.0f} MB; the Orders page with every order {loaded - before:+.0f} MB of it")

    window.show_page("dashboard")
    app.processEvents()
    painted.painted = False
    start = time.perf_counter()
    window.show_page("orders")
    until(app, lambda: painted.painted)
    print(f"switch to Orders again (page built): {ms(time.perf_counter() - start)}")

    # A page of its own, as the module is loaded: what building one costs.
    module = importlib.import_module("tracker.ui.tables.orders_page")
    painted_alone = FirstPaint()
    start = time.perf_counter()
    alone = module.OrdersPage(session)
    built = time.perf_counter()
    alone.view.viewport().installEventFilter(painted_alone)
    alone.resize(1280, 800)
    alone.show()
    until(app, lambda: painted_alone.painted)
    print(f"an Orders page on its own, first rows painted: {ms(time.perf_counter() - start)} "
          f"(build {ms(built - start).strip()})")  # fmt: skip
    alone.orders.finish_loading()
    alone.view.viewport().removeEventFilter(painted_alone)
    alone.close()
    alone.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # --- refreshing after an edit -------------------------------------------------------------
    page.view.selectRow(3)
    row = page.model.row_at(3)
    row_number = page.model.row_number_of(row.id)
    assert row_number == 3
    draft = get_order(db, row.id)
    edited = replace(draft, lines=(replace(draft.lines[0], unit_price_cents=draft.lines[0].unit_price_cents + 100),))
    painted.painted = False
    start = time.perf_counter()
    session.edit("order", row.id, edited)
    written = time.perf_counter()
    until(app, lambda: painted.painted)
    done = time.perf_counter()
    assert page.model.row_at(3).items_cents == edited.items_cents  # updated in place
    print(f"edit one order until the table shows it: {ms(done - start)}  (session.edit with every listener's "
          f"update, the dashboard's too: {ms(written - start).strip()}; repaint with the points "
          f"{ms(done - written).strip()})")  # fmt: skip
    print(f"  selection kept: {page.selected_row().id == row.id}")

    painted.painted = False
    start = time.perf_counter()
    session.add(replace(draft, order_no=None, order_date=TODAY, status=OrderStatus.PENDING, confirmed_date=None))
    until(app, lambda: painted.painted)
    print(f"add one order until the table shows it: {ms(time.perf_counter() - start)}")

    # --- sorting and filtering ----------------------------------------------------------------
    items_column = [column.header for column in page.model.columns].index("Items $")
    start = time.perf_counter()
    page.model.sort(items_column, Qt.SortOrder.DescendingOrder)
    print(f"sort {page.model.rowCount():,} rows by amount: {ms(time.perf_counter() - start)}")
    start = time.perf_counter()
    page.search.setText("lamp")
    page._on_filter_changed()  # what the search box's pause timer calls
    print(f"filter by a word ({page.model.rowCount():,} left): {ms(time.perf_counter() - start)}")
    start = time.perf_counter()
    page.search.clear()
    page._on_filter_changed()
    print(f"clear the filter: {ms(time.perf_counter() - start)}")

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory at the end: {rss_mb():.0f} MB (peak {peak:.0f} MB)")

    if compare_proxy:
        from PySide6.QtCore import QSortFilterProxyModel

        from tracker.ui.tables.base import SORT_ROLE

        proxy = QSortFilterProxyModel()
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(page.model)
        start = time.perf_counter()
        proxy.sort(items_column, Qt.SortOrder.AscendingOrder)
        print(f"for comparison, QSortFilterProxyModel sorting the same rows: {ms(time.perf_counter() - start)}")

    page.view.viewport().removeEventFilter(painted)
    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    close_database()


if __name__ == "__main__":
    main()
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every call that returns nothing,
    # so tearing down a process that made a few thousand such calls aborts ("none_dealloc").
    # The figures are printed by now; leave without the teardown.
    sys.stdout.flush()
    os._exit(0)
