"""Importing a big, messy shopper's CSV: the command line against SQLite's own ``.import``.

A 100,000-row "My Purchases Collector" file (one row per item, order ids repeated, ``US $1,382.11``
and ``€12,34`` prices, ``Feb 10, 2026`` dates, CRLF) is imported end to end by
``points-tracker-cli import`` in a fresh process, and by the ``sqlite3`` shell's ``.import`` of
the same file, in the same run, in turn (CLI, shell, CLI, shell …) so that the ratio is taken
pair by pair on a shared machine. Targets (issues "CSV import", #19): the CLI within 6× of the
shell, its peak memory at most 300 MB, and the dialog's preview (``analyse``) under 300 ms.

    uv run python benchmarks/bench_import.py [--rows 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from statistics import median
from typing import NamedTuple

from tracker.importing.engine import analyse

ROWS = 100_000
HEADER = (
    "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,Status,"
    "Product Url,Product Image Url,Store Url,Tags"
)
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_STATUSES = ("Completed", "Completed", "Completed", "Finished", "Awaiting delivery", "Closed")

# As on a user's machine: Python may cache bytecode (some sandboxes set PYTHONDONTWRITEBYTECODE).
ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def collector_csv(rows: int, seed: int = 1) -> bytes:
    """A My Purchases Collector export: 1-3 items per order, 10 % of orders in euros."""
    rnd = random.Random(seed)
    lines = [HEADER]
    order_id = 8_100_000_000_000_000
    written = 0
    while written < rows:
        order_id += rnd.randint(1, 999)
        day = date(2016, 1, 1) + timedelta(days=rnd.randint(0, 3650))
        when = f'"{_MONTHS[day.month - 1]} {day.day}, {day.year}"'
        status = rnd.choice(_STATUSES)
        euro = rnd.random() < 0.1
        store = rnd.randint(1, 500)
        for _ in range(min(rnd.randint(1, 3), rows - written)):
            cents = rnd.randint(50, 150_000)
            price = f"€{cents // 100},{cents % 100:02d}" if euro else f"US ${cents // 100:,}.{cents % 100:02d}"
            currency = "EUR" if euro else "USD"
            product = rnd.randint(1005000000000000, 1005009999999999)
            lines.append(
                f'{when},{order_id},"Item {written}, wireless earbuds",{rnd.randint(1, 3)},"{price}",Store {store},'
                f'{product},{rnd.randint(10**13, 10**14)},"Color: Red","{price}|{cents // 100}|{cents % 100:02d}",'
                f"{currency},{status},https://www.aliexpress.com/item/{product}.html,"
                f"https://ae01.alicdn.com/kf/{product}.jpg,https://www.aliexpress.com/store/{store},"
            )
            written += 1
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


class Run(NamedTuple):
    wall: float  # seconds
    cpu: float  # user + system seconds: steadier than the wall clock on a shared machine
    peak: float  # MB


def run_child(command: list[str]) -> Run:
    """Seconds, processor seconds and peak memory (MB) of one child process; exits on failure."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENVIRONMENT)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.stderr is not None
    errors = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed: {errors.strip()}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def _ms(times: list[float]) -> str:
    return f"median {median(times) * 1000:6.0f} ms   (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS, help="item rows in the file (default 100,000)")
    parser.add_argument("--runs", type=int, default=5, help="pairs of runs, CLI and shell in turn (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = collector_csv(args.rows)
        csv_file = folder / "collector.csv"
        csv_file.write_bytes(data)
        print(f"{args.rows:,}-row My Purchases Collector CSV, {len(data) / 1e6:.1f} MB")

        shell = shutil.which("sqlite3")
        if shell is None:
            print("sqlite3 shell: not installed (apt-get install sqlite3), no yardstick")

        def cli(run: int) -> Run:
            database = folder / f"points-{run}.sqlite3"
            return run_child([sys.executable, "-m", "tracker.cli", "--db", str(database), "import", str(csv_file)])

        def yardstick(run: int) -> Run:
            assert shell is not None
            return run_child([shell, str(folder / f"shell-{run}.db"), f".import --csv {csv_file} items"])

        cli(-1)  # warm: bytecode written, the file in the page cache
        # In turn, so that the machine's drift (it is shared) moves both alike; the ratio pair by pair.
        pairs = [(cli(run), yardstick(run) if shell else None) for run in range(args.runs)]
        print(f"points-tracker-cli import   {_ms([run.wall for run, _ in pairs])}")
        if shell:
            shells = [shell_run for _, shell_run in pairs if shell_run is not None]
            print(f"sqlite3 shell .import       {_ms([run.wall for run in shells])}")
            for what in ("wall", "cpu"):
                ratios = [getattr(run, what) / getattr(shell_run, what) for run, shell_run in pairs if shell_run]
                print(
                    f"  the CLI / the shell, {what:4} time, pair by pair: median {median(ratios):.1f}×"
                    f" (min {min(ratios):.1f}×, max {max(ratios):.1f}×)   target ≤ 6×"
                )
        memory = max(run.peak for run, _ in pairs)
        print(f"  peak memory of the import process     {memory:5.0f} MB   target ≤ 300 MB")

        analyse(data, csv_file.name)  # warm: imports and regular expressions compiled
        previews = []
        for _ in range(5):
            started = time.perf_counter()
            analysis = analyse(data, csv_file.name)
            previews.append(time.perf_counter() - started)
        print(f"analyse(): the dialog's preview (best of 5) {min(previews) * 1000:4.0f} ms   target < 300 ms")
        print(f"  recognised as {analysis.preset!r}, {analysis.row_estimate:,} rows, dates {analysis.date_format}")


if __name__ == "__main__":
    main()
