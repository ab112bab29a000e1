"""One shopper's 2026, as recorded here and as AliExpress's points history has it.

Three things went wrong, one of each kind the check must find:

- an order confirmed on 12 Mar (24 points on AliExpress) was never recorded here;
- order 8102 (55 points, confirmed 25 Feb) was refunded on 3 Apr: AliExpress took the points back,
  but the refund was not recorded here;
- ten visits are recorded in June, but AliExpress credited only eight of them.

Everything else agrees: AliExpress shows 103 points on 24 Nov 2026, the records give 136.
"""

from __future__ import annotations

from datetime import date

from tracker.rules.records import OrderStatus
from tracker.store.checks import HistoryRow
from tracker.store.drafts import LineDraft, OrderDraft, ReviewDraft, VisitDraft

TODAY = date(2026, 11, 24)
ALIEXPRESS_POINTS = 103
HERE_POINTS = 136


def confirmed(number: str, ordered: date, cents: int, on: date) -> OrderDraft:
    return OrderDraft(number, ordered, OrderStatus.CONFIRMED, (LineDraft("Item", "", "", 1, cents),), confirmed_date=on)


ORDERS = (
    confirmed("8101", date(2026, 1, 5), 4_000, date(2026, 1, 20)),
    confirmed("8102", date(2026, 2, 10), 5_530, date(2026, 2, 25)),
    confirmed("8104", date(2026, 5, 2), 3_000, date(2026, 5, 20)),
)
REVIEWS = (ReviewDraft(date(2026, 1, 25), 4_000),)
VISITS = tuple(VisitDraft(date(2026, 6, day)) for day in range(1, 11))

HISTORY = (
    HistoryRow(date(2026, 1, 20), 40, "Order confirmed: 8101"),
    HistoryRow(date(2026, 1, 25), 1, "Product review"),
    HistoryRow(date(2026, 2, 25), 55, "Order confirmed: 8102"),
    HistoryRow(date(2026, 3, 12), 24, "Order confirmed: 8103"),
    HistoryRow(date(2026, 4, 3), -55, "Refund: 8102"),
    HistoryRow(date(2026, 5, 20), 30, "Order confirmed: 8104"),
    *(HistoryRow(date(2026, 6, day), 1, "Daily check-in") for day in range(1, 9)),
)
