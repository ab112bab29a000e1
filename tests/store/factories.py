"""Small draft builders with sensible defaults, so a test states only what it is about."""

from __future__ import annotations

from datetime import date
from typing import Any

from tracker.rules.records import OrderStatus
from tracker.store.drafts import LineDraft, OrderDraft

DAY = date(2024, 3, 1)


def line(price_cents: int = 1_000, category: str = "Toys", quantity: int = 1, **fields: Any) -> LineDraft:
    return LineDraft(
        title=fields.pop("title", "Thing"),
        product_id=fields.pop("product_id", ""),
        category=category,
        quantity=quantity,
        unit_price_cents=price_cents,
    )


def order(order_no: str | None = "8100000000000001", **fields: Any) -> OrderDraft:
    values: dict[str, Any] = {
        "order_date": DAY,
        "status": OrderStatus.CONFIRMED,
        "lines": (line(),),
        "confirmed_date": date(2024, 3, 20),
    }
    values.update(fields)
    if values["status"] is not OrderStatus.CONFIRMED and "confirmed_date" not in fields:
        values["confirmed_date"] = None
    return OrderDraft(order_no=order_no, **values)
