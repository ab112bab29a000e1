"""A realistic shopper for the chart tests and for looking at the charts: Platinum today, with the
tier lapsing in a few months as a big February order leaves the window, and two pending orders.
"""

from __future__ import annotations

from datetime import date

from tests.rules.builders import bonus, order, post, records, review, visit
from tracker.rules import OrderStatus, Records
from tracker.rules.records import EntryKind

TODAY = date(2026, 11, 24)


def platinum_shopper() -> Records:
    pending = OrderStatus.PENDING
    items: list[object] = [
        bonus("2025-12-01", 40, EntryKind.ADJUSTMENT),  # opening balance from the Member Center
        order("2025-12-05", "64.00", confirmed="2025-12-20", categories=("Home",)),
        order("2026-01-12", "38.50", confirmed="2026-01-30", categories=("Toys", "Home")),
        order("2026-02-03", "289.90", confirmed="2026-02-21", categories=("Phones", "Computers", "Tools")),
        order("2026-03-15", "54.20", confirmed="2026-04-02"),
        order("2026-04-20", "23.00", confirmed="2026-05-06"),
        order("2026-06-01", "118.00", confirmed="2026-06-19", refund="40.00", refund_date="2026-07-02"),
        order("2026-08-11", "47.60", confirmed="2026-08-30", categories=("Beauty", "Sports")),
        order("2026-09-28", "19.99", confirmed="2026-10-15"),
        order("2026-10-30", "31.00", confirmed="2026-11-16"),
        order("2026-11-08", "42.00", status=pending),
        order("2026-11-19", "26.50", status=pending, expected="2026-12-09"),
        bonus("2026-11-11", 15),
        review("2026-02-25"),
        review("2026-05-08"),
        review("2026-06-21"),
        review("2026-08-31", price="1.50"),  # under $2: earns nothing
        post("2026-03-02"),
        post("2026-07-14"),
    ]
    for month in range(1, 12):
        for day in (2, 9, 16):
            items.append(visit(f"2026-{month:02d}-{day:02d}"))
    return records(*items)
