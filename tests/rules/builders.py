"""Small builders so a rules test reads like the rule it checks."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

from tracker.rules import (
    ClubPost,
    Order,
    OrderStatus,
    PointsEntry,
    Promotion,
    Records,
    Review,
    Settings,
    StoreFollow,
    Visit,
)
from tracker.rules.records import EntryKind

_refs = itertools.count(1)


def d(text: str) -> date:
    return date.fromisoformat(text)


def usd(amount: str) -> int:
    return int(Decimal(amount) * 100)


def order(
    order_date: str,
    amount: str,
    *,
    confirmed: str | None = "same",
    status: OrderStatus = OrderStatus.CONFIRMED,
    discount: str = "0",
    shipping: str = "0",
    refund: str = "0",
    refund_date: str | None = None,
    categories: tuple[str, ...] = (),
    products: tuple[str, ...] = (),
    expected: str | None = None,
) -> Order:
    """A confirmed order by default, confirmed on its order date unless told otherwise."""
    if status != OrderStatus.CONFIRMED and confirmed == "same":
        confirmed = None
    confirmed_date = d(order_date) if confirmed == "same" else (d(confirmed) if confirmed else None)
    return Order(
        ref=f"order:{next(_refs)}",
        order_date=d(order_date),
        status=status,
        items_cents=usd(amount),
        discount_cents=usd(discount),
        shipping_cents=usd(shipping),
        confirmed_date=confirmed_date,
        expected_date=d(expected) if expected else None,
        refund_cents=usd(refund),
        refund_date=d(refund_date) if refund_date else None,
        categories=frozenset(categories),
        product_ids=products,
    )


def review(day: str, price: str | None = "10") -> Review:
    return Review(f"review:{next(_refs)}", d(day), usd(price) if price is not None else None)


def visit(day: str) -> Visit:
    return Visit(f"visit:{next(_refs)}", d(day))


def post(day: str) -> ClubPost:
    return ClubPost(f"post:{next(_refs)}", d(day))


def follow(day: str) -> StoreFollow:
    return StoreFollow(f"follow:{next(_refs)}", d(day), "a store")


def bonus(day: str, points: int, kind: EntryKind = EntryKind.BONUS) -> PointsEntry:
    return PointsEntry(f"entry:{next(_refs)}", d(day), points, kind)


def promotion(start: str, end: str, multiplier: str) -> Promotion:
    return Promotion(f"promotion:{next(_refs)}", d(start), d(end), Decimal(multiplier), "sale")


def records(*items: object) -> Records:
    """Sort loose records into a :class:`Records`."""
    kinds: dict[type, list[object]] = {}
    for item in items:
        kinds.setdefault(type(item), []).append(item)

    def of(cls: type) -> tuple:  # type: ignore[type-arg]
        return tuple(kinds.get(cls, []))

    return Records(
        orders=of(Order),
        reviews=of(Review),
        visits=of(Visit),
        posts=of(ClubPost),
        follows=of(StoreFollow),
        entries=of(PointsEntry),
        promotions=of(Promotion),
    )


SETTINGS = Settings()
