"""How long the shipped ECB rates take to load, and what opening and `status --json` pay for them.

    uv run python benchmarks/bench_rates.py

Prints: reading and splitting the history file, the first currency's column, each further
currency's, a thousand look-ups, and whether importing the command line's status path touches
the data at all (it must not, unless an order needs converting).
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.currency import bundled  # noqa: E402


def best_of(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    path = bundled.bundle_path()
    assert path is not None
    text = bundled.read_text(path)
    print(f"data: {path.name}, {path.stat().st_size / 1024:.0f} KiB zipped, {len(text) / 1e6:.1f} MB of CSV")
    print(f"fingerprint (zip directory only):   {best_of(20, bundled.fingerprint) * 1e3:7.2f} ms")
    whole = best_of(5, lambda: bundled.BundledRates(bundled.read_text(path)))
    print(f"unzip + parse rows (first use):     {whole * 1e3:7.1f} ms")

    def first_currency() -> None:
        bundled.BundledRates(text).rate_on("PLN", date(2024, 3, 4))

    rows_only = best_of(5, lambda: bundled.BundledRates(text))
    print(f"first currency's column (PLN):      {(best_of(5, first_currency) - rows_only) * 1e3:7.1f} ms")
    data = bundled.BundledRates(text)
    data.rate_on("PLN", date(2024, 3, 4))
    print(
        f"another currency's column (BRL):    {best_of(1, lambda: data.rate_on('BRL', date(2024, 3, 4))) * 1e3:7.1f} ms"
    )
    days = [date(2015, 1, 1) + timedelta(days=n) for n in range(1000)]
    lookups = best_of(5, lambda: [data.rate_on("PLN", day) for day in days])
    print(f"1,000 look-ups, cached column:      {lookups * 1e3:7.2f} ms")
    code = (
        "import sys, tracker.cli.main, tracker.store.connection, tracker.report.status; "
        "print('currency data loaded' if any('bundled' in m and 'currency' in m for m in sys.modules) "
        "and __import__('tracker.currency.bundled').currency.bundled.load.cache_info().currsize else 'not loaded')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    print(f"status path at start-up:            {result.stdout.strip()}")


if __name__ == "__main__":
    main()
