"""How fast the rules engine computes the status of a heavy 10-year history.

Target (issue "headless core"): under 30 ms for 20,000 orders, 3,650 visits and 5,000 reviews.

    uv run python benchmarks/bench_rules.py
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date, timedelta

from tracker.rules import (
    Order,
    OrderStatus,
    Records,
    Review,
    Settings,
    Visit,
    build_ledger,
    builtin_rulesets,
    compute_status,
)

CATEGORIES = ["Phones", "Computers", "Home", "Toys", "Beauty", "Tools", "Sports", "Cars", "Jewelry", "Garden"]


def heavy_history(today: date, seed: int = 7) -> Records:
    rng = random.Random(seed)
    start = today - timedelta(days=3650)
    orders = []
    for i in range(20_000):
        order_date = start + timedelta(days=rng.randrange(3650))
        status = rng.choices(list(OrderStatus), weights=[3, 90, 7])[0]
        confirmed = (
            order_date + timedelta(days=rng.randrange(5, 40)) if status == OrderStatus.CONFIRMED else None
        )
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


def best_of(runs: int, action) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times) * 1000, statistics.median(times) * 1000


def main() -> None:
    today = date(2026, 11, 24)
    records = heavy_history(today)
    settings = Settings()
    print("heavy history: 20,000 orders, 3,650 visits, 5,000 reviews")
    for ruleset in builtin_rulesets().values():
        ledger_ms = best_of(7, lambda r=ruleset: build_ledger(records, r, settings, today))
        status_ms = best_of(7, lambda r=ruleset: compute_status(records, r, settings, today))
        print(
            f"{ruleset.id:28} ledger {ledger_ms[0]:6.1f} ms (median {ledger_ms[1]:6.1f})"
            f"   status {status_ms[0]:6.1f} ms (median {status_ms[1]:6.1f})   target < 30 ms"
        )


if __name__ == "__main__":
    main()
