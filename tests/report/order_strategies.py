"""Hypothesis strategies for the orders the figures tests write: items of a few products and
categories, every status, confirmations and refunds some days after the order."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from tracker.rules.records import OrderStatus
from tracker.store.drafts import LineDraft, OrderDraft

CATEGORIES = ("Home", "Toys", "Phones", "Tools")
PRODUCTS = ("", "p1", "p2")

lines = st.lists(
    st.builds(
        LineDraft,
        title=st.just("Thing"),
        product_id=st.sampled_from(PRODUCTS),
        category=st.sampled_from(CATEGORIES),
        quantity=st.integers(1, 3),
        unit_price_cents=st.integers(50, 60_000),
    ),
    min_size=1,
    max_size=3,
).map(tuple)


def day_range(today: date, first: int, last: int) -> st.SearchStrategy[date]:
    """Days from ``first`` to ``last`` days after ``today`` (negative: before)."""
    return st.integers(min_value=first, max_value=last).map(lambda n: today + timedelta(days=n))


def order_drafts_of(
    days: st.SearchStrategy[date], *, confirmed_within: int, refunded_within: int, expected: bool = False
) -> st.SearchStrategy[OrderDraft]:
    """Orders dated by ``days``, confirmed up to ``confirmed_within`` days and refunded up to
    ``refunded_within`` days after; with ``expected``, some with an expected confirmation date."""

    @st.composite
    def drafts(draw: st.DrawFn) -> OrderDraft:
        ordered = draw(days)
        status = draw(st.sampled_from(OrderStatus))
        confirmed = None
        if status is OrderStatus.CONFIRMED:
            confirmed = draw(st.none() | st.integers(0, confirmed_within).map(lambda n: ordered + timedelta(days=n)))
        expected_date = None
        if expected:
            expected_date = draw(st.none() | st.integers(0, 60).map(lambda n: ordered + timedelta(days=n)))
        items = draw(lines)
        total = sum(line.quantity * line.unit_price_cents for line in items)
        refund = draw(st.sampled_from((0, 0, 0, total // 2, total)))
        refund_date = None
        if refund:
            refund_date = draw(st.none() | st.integers(0, refunded_within).map(lambda n: ordered + timedelta(days=n)))
        return OrderDraft(
            None,
            ordered,
            status,
            items,
            confirmed_date=confirmed,
            expected_date=expected_date,
            refund_cents=refund,
            refund_date=refund_date,
        )

    return drafts()
