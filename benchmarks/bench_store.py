"""How fast the store writes and reads a heavy 10-year history.

20,000 orders (about 1.5 items each), a visit every day for 10 years (3,650) and 5,000 reviews,
generated with a seeded random.Random, written with ``write_batch`` into a fresh temporary file
and read back with ``load_records`` and ``list_orders``. Prints the best of 3 runs.

    uv run python benchmarks/bench_store.py
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from tracker.rules.records import OrderStatus
from tracker.store.connection import close_database, open_database
from tracker.store.drafts import LineDraft, OrderDraft, ReviewDraft, VisitDraft
from tracker.store.repository import list_orders, load_records, write_batch

ORDERS = 20_000
VISIT_DAYS = 3_650
REVIEWS = 5_000
RUNS = 3
FIRST_DAY = date(2015, 1, 1)
CATEGORIES = ("Phones", "Home", "Toys", "Tools", "Clothing", "Beauty", "Sports", "Auto", "Garden")


def make_history(
    rng: random.Random,
) -> tuple[list[OrderDraft], list[VisitDraft], list[ReviewDraft]]:
    orders: list[OrderDraft] = []
    for number in range(ORDERS):
        ordered = FIRST_DAY + timedelta(days=rng.randrange(VISIT_DAYS))
        lines = tuple(
            LineDraft(
                title=f"Item {number}-{position}",
                product_id=str(rng.randrange(10**12, 10**13)),
                category=rng.choice(CATEGORIES),
                quantity=rng.choice((1, 1, 1, 2, 3)),
                unit_price_cents=rng.randrange(50, 8_000),
            )
            for position in range(rng.choice((1, 1, 2)))  # about 1.33 + a few 3-item orders below
        )
        if number % 6 == 0:
            lines += (LineDraft("Extra", "", rng.choice(CATEGORIES), 1, rng.randrange(50, 2_000)),)
        status = rng.choices((OrderStatus.CONFIRMED, OrderStatus.PENDING, OrderStatus.CANCELLED), (90, 5, 5))[0]
        confirmed = ordered + timedelta(days=rng.randrange(5, 40)) if status is OrderStatus.CONFIRMED else None
        items = sum(line.quantity * line.unit_price_cents for line in lines)
        discount = rng.choice((0, 0, 50, 100, 300)) if items > 300 else 0
        refunded = status is OrderStatus.CONFIRMED and rng.random() < 0.05
        refund = rng.randrange(1, items - discount) if refunded else 0
        orders.append(
            OrderDraft(
                order_no=str(8_000_000_000_000_000 + number),
                order_date=ordered,
                status=status,
                lines=lines,
                discount_cents=discount,
                shipping_cents=rng.choice((0, 0, 0, 199)),
                confirmed_date=confirmed,
                refund_cents=refund,
                refund_date=confirmed + timedelta(days=3) if refund and confirmed else None,
                store=f"Store {rng.randrange(400)}",
            )
        )
    visits = [VisitDraft(FIRST_DAY + timedelta(days=day)) for day in range(VISIT_DAYS)]
    reviews = [
        ReviewDraft(
            date=FIRST_DAY + timedelta(days=rng.randrange(VISIT_DAYS)),
            item_price_cents=rng.choice((None, rng.randrange(50, 8_000))),
            product_id=str(rng.randrange(10**12, 10**13)),
        )
        for _ in range(REVIEWS)
    ]
    return orders, visits, reviews


def best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    orders, visits, reviews = make_history(random.Random(20_240_101))
    lines = sum(len(order.lines) for order in orders)
    print(f"history: {len(orders):,} orders ({lines:,} items), {len(visits):,} visits, {len(reviews):,} reviews")

    with tempfile.TemporaryDirectory() as folder:
        write_times: list[float] = []
        for run in range(RUNS):
            db = open_database(Path(folder) / f"bench-{run}.sqlite3")
            start = time.perf_counter()
            write_batch(
                db, file_name="history.csv", file_hash=f"{run}", kind="orders",
                orders=orders, visits=visits, reviews=reviews,
            )  # fmt: skip
            write_times.append(time.perf_counter() - start)
            close_database()
        print(f"write_batch:  {min(write_times) * 1000:7.1f} ms (best of {RUNS})")

        db = open_database(Path(folder) / f"bench-{RUNS - 1}.sqlite3")
        records = load_records(db)
        assert len(records.orders) == ORDERS and len(records.visits) == VISIT_DAYS
        print(f"load_records: {best_of(RUNS, lambda: load_records(db)) * 1000:7.1f} ms (best of {RUNS})")
        print(f"list_orders:  {best_of(RUNS, lambda: list_orders(db)) * 1000:7.1f} ms (best of {RUNS})")
        again = write_batch(
            db, file_name="history.csv", file_hash="again", kind="orders",
            orders=orders, visits=visits, reviews=reviews,
        )  # fmt: skip
        print(f"re-import:    {again.new} new, {again.skipped:,} skipped")
        close_database()


if __name__ == "__main__":
    main()
