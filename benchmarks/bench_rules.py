"""How fast the rules engine computes the status of a heavy 10-year history.

Targets (issue #19): a status within 30 ms for 20,000 orders, 3,650 visits and 5,000 reviews;
with 100,000 orders, the dashboard's refresh after one edit within 100 ms for every rule set,
which the LedgerBook answers by recomputing only what the edit touches (under the legacy rule
set, only the orders of the products the edit touches). Each status is timed right after a
yardstick — the records summed by day in the plainest Python — and the ratio taken pair by pair,
so that figures from a busy, shared machine can still be compared.

    uv run python benchmarks/bench_rules.py
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from tracker.rules import (
    Order,
    OrderStatus,
    Records,
    Review,
    RuleSet,
    Settings,
    Status,
    Visit,
    build_ledger,
    builtin_rulesets,
    compute_status,
)
from tracker.rules.book import LedgerBook

CATEGORIES = ["Phones", "Computers", "Home", "Toys", "Beauty", "Tools", "Sports", "Cars", "Jewelry", "Garden"]


def heavy_history(today: date, seed: int = 7, orders_count: int = 20_000) -> Records:
    rng = random.Random(seed)
    start = today - timedelta(days=3650)
    orders = []
    for i in range(orders_count):
        order_date = start + timedelta(days=rng.randrange(3650))
        status = rng.choices(list(OrderStatus), weights=[3, 90, 7])[0]
        confirmed = order_date + timedelta(days=rng.randrange(5, 40)) if status == OrderStatus.CONFIRMED else None
        items = rng.randrange(100, 15_000)
        discount = rng.randrange(0, items // 5 + 1)
        refund = rng.randrange(items - discount) if rng.random() < 0.05 else 0
        orders.append(
            Order(
                ref=f"order:{i}",
                order_date=order_date,
                status=status,
                items_cents=items,
                discount_cents=discount,
                confirmed_date=confirmed if confirmed and confirmed <= today else None,
                refund_cents=refund,
                refund_date=order_date + timedelta(days=rng.randrange(10, 60)) if refund else None,
                categories=frozenset(rng.sample(CATEGORIES, rng.choice([1, 1, 2]))),
                product_ids=(str(rng.randrange(5000)),),
            )
        )
    visits = tuple(Visit(f"visit:{i}", start + timedelta(days=i)) for i in range(3650))
    reviews = tuple(
        Review(
            f"review:{i}",
            start + timedelta(days=rng.randrange(3650)),
            rng.choice([None, rng.randrange(50, 9000)]),
        )
        for i in range(5000)
    )
    return Records(orders=tuple(orders), visits=visits, reviews=reviews)


def _timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def best_of(runs: int, action) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times) * 1000, statistics.median(times) * 1000


def points_by_day(records: Records) -> dict[date, int]:
    """The yardstick: the least a status must do — read every record once and sum its amount by
    day — in the plainest Python. It shows how fast the (shared) machine is in this same run."""
    totals: dict[date, int] = {}
    for order in records.orders:
        totals[order.order_date] = totals.get(order.order_date, 0) + order.items_cents - order.discount_cents
    for event in (*records.visits, *records.reviews):
        totals[event.date] = totals.get(event.date, 0) + 1
    return totals


def main() -> None:
    today = date(2026, 11, 24)
    records = heavy_history(today)
    settings = Settings()
    print("heavy history: 20,000 orders, 3,650 visits, 5,000 reviews (best and median of 15)")
    print("  each status timed right after the yardstick, the ratio taken pair by pair (the machine is shared)")

    def status_of(ruleset: RuleSet) -> Status:
        return compute_status(records, ruleset, settings, today)

    for ruleset in builtin_rulesets().values():
        ledger_ms = best_of(15, lambda r=ruleset: build_ledger(records, r, settings, today))
        pairs = [
            (
                _timed(lambda: points_by_day(records)),
                _timed(lambda r=ruleset: compute_status(records, r, settings, today)),
            )
            for _ in range(15)
        ]
        status = [status for _, status in pairs]
        ratio = statistics.median(status / yardstick for yardstick, status in pairs)
        print(
            f"{ruleset.id:28} ledger {ledger_ms[0]:6.1f} ms (median {ledger_ms[1]:6.1f})"
            f"   status {min(status):6.1f} ms (median {statistics.median(status):6.1f}, {ratio:4.1f}× the"
            " yardstick)   target ≤ 30 ms"
        )
    yardstick = best_of(15, lambda: points_by_day(records))
    print(f"  yardstick: the records summed by day, plainly: {yardstick[0]:.1f} ms (median {yardstick[1]:.1f})")

    huge = heavy_history(today, orders_count=100_000)
    print("\nvery heavy history: 100,000 orders; one order edited, then the status")
    for ruleset in builtin_rulesets().values():
        full_ms = best_of(3, lambda r=ruleset: compute_status(huge, r, settings, today))
        book = LedgerBook(huge, ruleset, settings, today)
        victim = huge.orders[len(huge.orders) // 2]
        edits = iter(range(1, 10**6))

        def edit(book: LedgerBook = book, victim: Order = victim, edits: Iterator[int] = edits) -> None:
            book.put(replace(victim, items_cents=victim.items_cents + 100 * next(edits)))
            book.status()

        edit_ms = best_of(7, edit)
        print(
            f"{ruleset.id:28} full status {full_ms[0]:6.1f} ms   "
            f"book: edit + status {edit_ms[0]:6.1f} ms (median {edit_ms[1]:6.1f})   target ≤ 100 ms"
        )


if __name__ == "__main__":
    main()
