"""Importing a big, messy shopper's CSV: the command line against SQLite's own ``.import``.

A 100,000-row "My Purchases Collector" file (one row per item, order ids repeated, ``US $1,382.11``
and ``€12,34`` prices, ``Feb 10, 2026`` dates, CRLF) is imported end to end by
``points-tracker-cli import`` in a fresh process, and by the ``sqlite3`` shell's ``.import`` of
the same file, in the same run. Targets (issue "CSV import"): the CLI within 6× of the shell,
its memory under 300 MB, and the dialog's preview (``analyse``) under 300 ms.

    uv run python benchmarks/bench_import.py
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

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


def run_child(command: list[str]) -> tuple[float, float]:
    """Seconds and peak memory (MB) of one child process; exits on failure."""
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
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = collector_csv(ROWS)
        csv_file = folder / "collector.csv"
        csv_file.write_bytes(data)
        print(f"{ROWS:,}-row My Purchases Collector CSV, {len(data) / 1e6:.1f} MB")

        shell = shutil.which("sqlite3")
        shell_best = None
        if shell is None:
            print("sqlite3 shell: not installed (apt-get install sqlite3), no comparison")
        else:
            shell_runs = []
            for run in range(3):
                target = folder / f"shell-{run}.db"
                shell_runs.append(run_child([shell, str(target), f".import --csv {csv_file} items"])[0])
            shell_best = min(shell_runs)
            print(f"sqlite3 shell .import (best of 3)        {shell_best * 1000:7.0f} ms")

        cli_runs = []
        for run in range(3):
            database = folder / f"points-{run}.sqlite3"
            command = [sys.executable, "-m", "tracker.cli", "--db", str(database), "import", str(csv_file)]
            cli_runs.append(run_child(command))
        best, memory = min(t for t, _ in cli_runs), max(m for _, m in cli_runs)
        ratio = f"  ({best / shell_best:.1f}× the shell, target ≤ 6×)" if shell_best else ""
        print(f"points-tracker-cli import (best of 3)   {best * 1000:7.0f} ms{ratio}")
        print(f"  peak memory of the import process     {memory:7.0f} MB   target < 300 MB")

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
