"""Writing the app's own CSV files (see :mod:`tracker.importing.native` for the formats).

What is written reads back as the same records: every order's items, expected date, note and
amounts as paid (in another currency, with the rate), every review's product and order, every
promotion — so exporting and importing into
an empty file gives the same figures. UTF-8 with a BOM (so Excel reads it), CRLF line ends.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from tracker.importing.native_cells import (
    ACTIVITY_COLUMNS,
    ORDER_COLUMNS,
    PROMOTION_COLUMNS,
    as_paid_json,
    join_categories,
    lines_json,
    money,
    multiplier_text,
    protect,
    simple_lines,
    split_categories,
)
from tracker.store.drafts import (
    EntryDraft,
    FollowDraft,
    LineDraft,
    OrderDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
    VisitDraft,
)


def _write(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _lines_cell(order: OrderDraft, categories: list[str], first: LineDraft) -> str:
    """Blank when the other cells say the items exactly (one priced item, and a zero-price one for
    each further category); else every item as JSON."""
    said = simple_lines(order.items_cents, split_categories(join_categories(categories)), first.title, first.product_id)
    return "" if said == tuple(order.lines) else lines_json(order.lines)


def _order_row(order: OrderDraft) -> list[str]:
    categories = list(dict.fromkeys(line.category for line in order.lines if line.category))
    first = order.lines[0] if order.lines else LineDraft()
    return [
        protect(order.order_no or ""),
        order.order_date.isoformat(),
        order.status.value,
        _iso(order.confirmed_date),
        money(order.items_cents),
        money(order.discount_cents),
        money(order.shipping_cents),
        money(order.refund_cents),
        _iso(order.refund_date),
        join_categories(categories),
        protect(order.store),
        protect(first.title),
        protect(first.product_id),
        _iso(order.expected_date),
        order.currency,
        "" if order.paid_cents is None else money(order.paid_cents),
        protect(order.note),
        _lines_cell(order, categories, first),
        as_paid_json(order.paid),
    ]


def write_orders(orders: Iterable[OrderDraft]) -> bytes:
    return _write(ORDER_COLUMNS, map(_order_row, orders))


def write_activity(
    reviews: Iterable[ReviewDraft] = (),
    visits: Iterable[VisitDraft] = (),
    posts: Iterable[PostDraft] = (),
    follows: Iterable[FollowDraft] = (),
    entries: Iterable[EntryDraft] = (),
    order_numbers: Mapping[int, str] | None = None,
) -> bytes:
    """``order_numbers`` (order id → number) names the order each review is linked to; a review
    of an order without a number is written without its link."""
    numbers = order_numbers or {}
    rows: list[tuple[date, list[str]]] = []
    for review in reviews:
        price = money(review.item_price_cents) if review.item_price_cents is not None else ""
        linked = review.order_no or (numbers.get(review.order_id, "") if review.order_id is not None else "")
        rows.append(
            (
                review.date,
                [
                    review.date.isoformat(),
                    "review",
                    "",
                    price,
                    protect(review.title),
                    protect(review.product_id),
                    protect(linked),
                ],
            )
        )
    rows += [(v.date, [v.date.isoformat(), "visit", "", "", "", "", ""]) for v in visits]
    rows += [(p.date, [p.date.isoformat(), "post", "", "", protect(p.note), "", ""]) for p in posts]
    rows += [(f.date, [f.date.isoformat(), "follow", "", "", protect(f.store), "", ""]) for f in follows]
    rows += [(e.date, [e.date.isoformat(), e.kind.value, str(e.points), "", protect(e.note), "", ""]) for e in entries]
    rows.sort(key=lambda pair: pair[0])
    return _write(ACTIVITY_COLUMNS, (cells for _, cells in rows))


def write_promotions(promotions: Iterable[PromotionDraft]) -> bytes:
    return _write(
        PROMOTION_COLUMNS,
        ([protect(p.name), p.start.isoformat(), p.end.isoformat(), multiplier_text(p.multiplier)] for p in promotions),
    )
