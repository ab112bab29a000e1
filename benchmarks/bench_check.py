"""How fast the check against AliExpress answers on a heavy 10-year history.

The dashboard judges every check on each refresh (a check of an earlier day needs that day's
ledger; the results are cached for the same records, so this is once per edit), and the dialog
compares the points history with the ledger month by month. A history of the last two years,
row for row what the ledger holds, with an order left out, a refund and a month of visits wrong.

    uv run python benchmarks/bench_check.py
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rules import best_of, heavy_history

from tracker.report.check import evaluate_checks
from tracker.report.check_compare import compare
from tracker.rules import Credit, Settings, build_ledger, builtin_rulesets, compute_status
from tracker.store.checks import HistoryRow, StoredCheck


def measure(orders: int) -> None:
    today = date(2026, 11, 24)
    ruleset = builtin_rulesets()["aliexpress-2023"]
    settings = Settings()
    records = heavy_history(today, orders_count=orders)
    ledger = build_ledger(records, ruleset, settings, today)
    status = compute_status(records, ruleset, settings, today)
    since = today - timedelta(days=730)
    history = [
        HistoryRow(e.date, e.points, "Order confirmed" if e.source == "order" else str(e.source))
        for e in ledger
        if e.credit is not Credit.EXPECTED and since <= e.date <= today
    ]
    del history[len(history) // 3]  # an order AliExpress credited that is missing here
    history.append(HistoryRow(today - timedelta(days=200), -40, "Refund"))  # and a refund not recorded
    checks = [
        StoredCheck(n, today - timedelta(days=30 * n), 1_000, "", 0, "", datetime(2026, 11, 24, 9, 0))
        for n in range(12)
    ]
    one = best_of(3, lambda: evaluate_checks(checks[:1], records, ruleset, settings, status=status))
    twelve = best_of(3, lambda: evaluate_checks(checks, records, ruleset, settings, status=status))
    exact = best_of(3, lambda: evaluate_checks(checks[1:2], records, ruleset, settings))
    compared = best_of(3, lambda: compare(history, ledger, records, ruleset, as_of=today))
    lines = compare(history, ledger, records, ruleset, as_of=today)
    found = len(lines.disagreeing) if lines else 0
    print(
        f"{orders:>7,} orders, {len(history):,} history rows: today's check {one[0]:6.1f} ms · "
        f"12 monthly checks {twelve[0]:6.1f} ms (one past day's own ledger: {exact[0]:6.1f} ms) · "
        f"comparison {compared[0]:6.1f} ms ({found} lines disagree)"
    )


def main() -> None:
    for orders in (20_000, 100_000):
        measure(orders)


if __name__ == "__main__":
    main()
