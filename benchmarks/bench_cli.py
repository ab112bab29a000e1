"""End-to-end timings of points-tracker-cli on a heavy 10-year history.

Targets (issue "headless core"): importing the history through the CLI under 1 s, and
`status --json` under 0.5 s, each as a fresh process (so Python start-up and imports count).
Issue 19: `status --json` at most 4x a bare Python process reading the orders table with
`sqlite3`, at 2,000 and at 100,000 orders (the files of ``bench_startup.py``), each pair timed in
turn, the ratio taken run by run; the first status after a file is filled computes and saves
the derived sums, the next ones read them.

    uv run python benchmarks/bench_cli.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_rules import heavy_history

from tracker.importing import native
from tracker.store.drafts import OrderDraft, ReviewDraft, VisitDraft


def write_native_files(folder: Path, today: date) -> tuple[Path, Path]:
    records = heavy_history(today)
    orders = [
        OrderDraft(
            order_no=str(8_000_000_000 + i),
            order_date=o.order_date,
            status=o.status,
            lines=native.simple_lines(o.items_cents, sorted(o.categories), f"Item {i}", o.product_ids[0]),
            discount_cents=o.discount_cents,
            confirmed_date=o.confirmed_date,
            refund_cents=o.refund_cents,
            refund_date=o.refund_date,
            store="Store",
        )
        for i, o in enumerate(records.orders)
    ]
    orders_file, activity_file = folder / "orders.csv", folder / "activity.csv"
    orders_file.write_bytes(native.write_orders(orders))
    activity_file.write_bytes(
        native.write_activity(
            reviews=[ReviewDraft(r.date, r.item_price_cents) for r in records.reviews],
            visits=[VisitDraft(v.date) for v in records.visits],
        )
    )
    return orders_file, activity_file


# As on a user's machine: Python may cache bytecode (some sandboxes set PYTHONDONTWRITEBYTECODE).
ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def timed(*args: str) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "tracker.cli", *args], capture_output=True, text=True, env=ENVIRONMENT
    )
    if result.returncode:
        raise SystemExit(f"points-tracker-cli {' '.join(args)} failed: {result.stderr.strip()}")
    return time.perf_counter() - started


BARE_READ = "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('SELECT * FROM orders').fetchall()"


def bare_read(path: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", BARE_READ, str(path)], check=True, env=ENVIRONMENT)
    return time.perf_counter() - started


def status_against_bare_read(orders: int, runs: int = 7) -> None:
    """``status --json`` beside the bare ``sqlite3`` read of the orders table, in turn."""
    import shutil

    from bench_startup import make_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "points.sqlite3"
        make_database(path, orders)
        shutil.rmtree(Path(tmp) / "backups", ignore_errors=True)
        first = timed("--db", str(path), "status", "--json")  # computes and saves the sums (and the day's backup)
        pairs = [(timed("--db", str(path), "status", "--json"), bare_read(path)) for _ in range(runs)]
    status = statistics.median(a for a, _ in pairs)
    bare = statistics.median(b for _, b in pairs)
    ratio = statistics.median(a / b for a, b in pairs)
    print(
        f"{orders:>7,} orders: status --json {status * 1000:6.0f} ms, bare sqlite3 read {bare * 1000:5.0f} ms: "
        f"{ratio:.1f}x (target <= 4x); the first status, computing the sums: {first * 1000:.0f} ms"
    )


def main() -> None:
    today = date(2026, 11, 24)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        orders_file, activity_file = write_native_files(folder, today)
        print("heavy history: 20,000 orders, 3,650 visits, 5,000 reviews (native CSV files)")
        db = str(folder / "points.sqlite3")
        imported = timed("--db", db, "import", str(orders_file)) + timed("--db", db, "import", str(activity_file))
        print(f"import through the CLI (two processes)  {imported * 1000:7.0f} ms   target < 1000 ms")
        runs = [timed("--db", db, "status", "--json") for _ in range(5)]
        print(f"status --json, end to end (best of 5)   {min(runs) * 1000:7.0f} ms   target <  500 ms")
        bare = min(
            (
                lambda: (
                    t := time.perf_counter(),
                    subprocess.run([sys.executable, "-c", "pass"]),
                    time.perf_counter() - t,
                )[2]
            )()
            for _ in range(5)
        )
        print(f"  (a bare Python process here takes      {bare * 1000:7.0f} ms)")
    print("status --json against the bare sqlite3 read of the orders table (medians of 7, in turn):")
    for orders in (2_000, 100_000):
        status_against_bare_read(orders)


if __name__ == "__main__":
    main()
