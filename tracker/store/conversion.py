"""Orders paid in another currency: their US$ amounts converted from what was paid.

An order in another currency than US$ keeps its amounts as paid (:class:`~tracker.currency.paid.Paid`,
table ``order_conversion``) and stores, in its usual columns, their US$ value at the rate the
:class:`~tracker.currency.rates.RateBook` gives for its currency and date — the numbers the
points rules count. Without a rate the US$ amounts are 0 and the order is *uncounted*: it is
marked wherever it shows, never silently worth nothing.

The shopper's rates live in ``user_rate`` (:mod:`tracker.store.user_rates` changes them and
converts the orders again). This module works on an open connection, inside the caller's
transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from tracker.currency.convert import usd_cents
from tracker.currency.paid import Paid
from tracker.currency.rates import USD, Rate, RateBook, RateSource, UserRate
from tracker.rules.records import OrderStatus
from tracker.store.bulk import insert_rows
from tracker.store.drafts import LineDraft, OrderDraft, new_line, new_order
from tracker.store.models import OrderConversionModel, columns_of
from tracker.store.rates_bundle import SETTING_RATES_BUNDLE

_CONVERSION_TABLE = OrderConversionModel._meta.table_name
CONVERSION_COLUMNS = ", ".join(columns_of(OrderConversionModel, leave_out=("order_id",)))
"""An order's amounts as paid and its rate, as :func:`paid_from_row` reads them."""
INSERT_CONVERSION_SQL = (
    f"INSERT INTO {_CONVERSION_TABLE} (order_id, {CONVERSION_COLUMNS}) "
    f"VALUES ({', '.join('?' * len(columns_of(OrderConversionModel)))})"
)

# --- converting a draft ------------------------------------------------------------------------


def with_rate(draft: OrderDraft, rate: Rate | None) -> OrderDraft:
    """``draft`` (which has :attr:`~OrderDraft.paid`) with its US$ amounts converted at ``rate``.

    Without a rate every US$ amount is 0 and the draft is uncounted. The refund is held to the
    converted total, so that rounding each amount on its own cannot make it exceed the total.
    """
    paid = draft.paid
    if paid is None or draft.currency == USD:
        return draft
    # Made directly, not with dataclasses.replace (several times slower): an import converts thousands.
    paid = Paid(paid.line_prices, paid.discount_cents, paid.shipping_cents, paid.refund_cents, rate)
    if rate is None:
        convert = _zero
    else:
        usd_per_unit = rate.usd_per_unit

        def convert(hundredths: int) -> int:
            return usd_cents(hundredths, usd_per_unit) if hundredths else 0  # most orders have no discount

    # Lines made positionally, and their total summed on the way: an import converts 100,000 lines.
    lines = []
    items = 0
    for line, price in zip(draft.lines, paid.line_prices, strict=False):
        cents = convert(price)
        lines.append(new_line(line.title, line.product_id, line.category, line.quantity, cents))
        items += line.quantity * cents
    discount, shipping = convert(paid.discount_cents), convert(paid.shipping_cents)
    total = items - discount + shipping
    return new_order(  # made directly, not with dataclasses.replace (several times slower)
        order_no=draft.order_no,
        order_date=draft.order_date,
        status=draft.status,
        lines=tuple(lines),
        discount_cents=discount,
        shipping_cents=shipping,
        confirmed_date=draft.confirmed_date,
        expected_date=draft.expected_date,
        refund_cents=min(convert(paid.refund_cents), max(total, 0)),
        refund_date=draft.refund_date,
        store=draft.store,
        currency=draft.currency,
        paid_cents=draft.paid_cents
        if draft.paid_cents is not None
        else paid.total_cents(tuple(line.quantity for line in draft.lines)),
        usd_estimated=rate is not None,
        note=draft.note,
        paid=paid,
    )


# with_rate makes converted lines and Paid field by field: a new field of either must be added there too.
assert [f.name for f in fields(LineDraft)] == ["title", "product_id", "category", "quantity", "unit_price_cents"]
assert [f.name for f in fields(Paid)] == ["line_prices", "discount_cents", "shipping_cents", "refund_cents", "rate"]


def _zero(hundredths: int) -> int:
    return 0


def convert_order(draft: OrderDraft, book: RateBook) -> OrderDraft:
    """``draft`` converted at the book's rate for its currency and order date (as it is without
    :attr:`~OrderDraft.paid`)."""
    if draft.paid is None or draft.currency == USD:
        return draft
    return with_rate(draft, book.rate_for(draft.currency, draft.order_date))


# --- rows ↔ drafts -----------------------------------------------------------------------------


def conversion_params(order_id: int, draft: OrderDraft) -> tuple[object, ...] | None:
    """The ``order_conversion`` row of a draft, or None when it has none."""
    paid = draft.paid
    if paid is None:
        return None
    rate = paid.rate
    return (
        order_id,
        json.dumps(list(paid.line_prices)),
        paid.discount_cents,
        paid.shipping_cents,
        paid.refund_cents,
        None if rate is None else str(rate.usd_per_unit),
        None if rate is None else rate.source.value,
        None if rate is None or rate.day is None else rate.day.isoformat(),
        int(rate is not None and rate.after_data),
    )


def rate_from_row(rate: str | None, source: str | None, rate_date: str | None, after_data: int) -> Rate | None:
    if rate is None:
        return None
    return Rate(
        Decimal(rate),
        RateSource(source or RateSource.YOURS),
        None if rate_date is None else date.fromisoformat(rate_date),
        bool(after_data),
    )


def paid_from_row(row: Sequence[object]) -> Paid:
    """A row of :data:`CONVERSION_COLUMNS` as :class:`Paid`."""
    line_prices, discount, shipping, refund, rate, source, rate_date, after_data = row
    return Paid(
        tuple(int(price) for price in json.loads(str(line_prices))),
        int(discount),  # type: ignore[call-overload]
        int(shipping),  # type: ignore[call-overload]
        int(refund),  # type: ignore[call-overload]
        rate_from_row(rate, source, rate_date, int(after_data)),  # type: ignore[arg-type, call-overload]
    )


def write_conversions(conn: sqlite3.Connection, orders: Iterable[tuple[int, OrderDraft]], *, replacing: bool) -> None:
    """Store the conversions of orders just written (``replacing``: drop the ones they had)."""
    orders = list(orders)
    if replacing:
        conn.executemany("DELETE FROM order_conversion WHERE order_id = ?", [(order_id,) for order_id, _ in orders])
    # Only orders with amounts as paid have a conversion, asked before the call: most are in US$.
    rows = [
        params
        for order_id, draft in orders
        if draft.paid is not None and (params := conversion_params(order_id, draft)) is not None
    ]
    insert_rows(conn, INSERT_CONVERSION_SQL, rows)


def read_paid(conn: sqlite3.Connection, order_id: int) -> Paid | None:
    row = conn.execute(f"SELECT {CONVERSION_COLUMNS} FROM order_conversion WHERE order_id = ?", (order_id,)).fetchone()
    return None if row is None else paid_from_row(row)


# --- the shopper's rates -----------------------------------------------------------------------


def user_rates(conn: sqlite3.Connection) -> list[UserRate]:
    rows = conn.execute("SELECT currency, rate, start_date FROM user_rate ORDER BY currency, start_date").fetchall()
    return [
        UserRate(code, Decimal(rate), None if start is None else date.fromisoformat(start))
        for code, rate, start in rows
    ]


@dataclass(frozen=True, slots=True)
class OrderState:
    """What converting again may change in one order: enough to put it back exactly."""

    order_id: int
    discount_cents: int
    shipping_cents: int
    refund_cents: int
    usd_estimated: int
    unit_prices: tuple[int, ...]  # by position
    rate: str | None
    source: str | None
    rate_date: str | None
    after_data: int


def write_user_rates(conn: sqlite3.Connection, rates: Iterable[UserRate]) -> None:
    conn.execute("DELETE FROM user_rate")
    conn.executemany(
        "INSERT INTO user_rate (currency, start_date, rate) VALUES (?, ?, ?)",
        [(r.currency, None if r.start is None else r.start.isoformat(), str(r.rate)) for r in rates],
    )


def refresh(conn: sqlite3.Connection, fingerprint: str) -> int:
    """Convert every order again with the shipped data of ``fingerprint``; how many changed."""
    changed = reconvert(conn, RateBook(user_rates(conn)), shipped_only=True)
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (SETTING_RATES_BUNDLE, fingerprint),
    )
    return len(changed)


_CONVERTED_SQL = f"""
SELECT c.order_id, o.currency, o.order_date, o.discount_cents, o.shipping_cents, o.refund_cents,
       o.usd_estimated, {", ".join("c." + column.strip() for column in CONVERSION_COLUMNS.split(","))}
FROM order_conversion AS c JOIN orders AS o ON o.id = c.order_id
"""


def reconvert(
    conn: sqlite3.Connection, book: RateBook, *, currencies: Collection[str] | None = None, shipped_only: bool = False
) -> list[OrderState]:
    """Convert again, at ``book``'s rates, the orders with amounts as paid — in ``currencies``
    (None: all), or only those converted at a shipped rate or waiting for one (``shipped_only``).
    Returns the changed ones as they were."""
    rows = conn.execute(_CONVERTED_SQL).fetchall()
    changed: list[OrderState] = []
    for row in rows:
        order_id, currency, ordered, discount, shipping, refund, estimated = row[:7]
        if currencies is not None and currency not in currencies:
            continue
        if shipped_only and row[12] not in (None, RateSource.ECB.value):
            continue
        paid = paid_from_row(row[7:])
        rate = book.rate_for(currency, date.fromisoformat(ordered))
        if rate == paid.rate:
            continue
        lines = conn.execute(
            "SELECT quantity, unit_price_cents FROM order_line WHERE order_id = ? ORDER BY position", (order_id,)
        ).fetchall()
        changed.append(
            OrderState(order_id, discount, shipping, refund, estimated, tuple(price for _, price in lines), *row[11:])
        )
        draft = OrderDraft(
            order_no=None,
            order_date=date.fromisoformat(ordered),
            status=OrderStatus.PENDING,  # a stand-in: only the amounts are written back
            lines=tuple(LineDraft(quantity=quantity) for quantity, _ in lines),
            currency=currency,
            paid=paid,
        )
        converted = with_rate(draft, rate)
        put_state(conn, _state_of(order_id, converted))
    return changed


def _state_of(order_id: int, draft: OrderDraft) -> OrderState:
    params = conversion_params(order_id, draft)
    assert params is not None
    return OrderState(
        order_id,
        draft.discount_cents,
        draft.shipping_cents,
        draft.refund_cents,
        int(draft.usd_estimated),
        tuple(line.unit_price_cents for line in draft.lines),
        *params[5:],  # type: ignore[arg-type]
    )


def put_state(conn: sqlite3.Connection, state: OrderState) -> None:
    conn.execute(
        "UPDATE orders SET discount_cents = ?, shipping_cents = ?, refund_cents = ?, usd_estimated = ? WHERE id = ?",
        (state.discount_cents, state.shipping_cents, state.refund_cents, state.usd_estimated, state.order_id),
    )
    conn.executemany(
        "UPDATE order_line SET unit_price_cents = ? WHERE order_id = ? AND position = ?",
        [(price, state.order_id, position) for position, price in enumerate(state.unit_prices)],
    )
    conn.execute(
        "UPDATE order_conversion SET rate = ?, source = ?, rate_date = ?, after_data = ? WHERE order_id = ?",
        (state.rate, state.source, state.rate_date, state.after_data, state.order_id),
    )


__all__ = [
    "CONVERSION_COLUMNS",
    "INSERT_CONVERSION_SQL",
    "SETTING_RATES_BUNDLE",
    "OrderState",
    "conversion_params",
    "convert_order",
    "paid_from_row",
    "put_state",
    "read_paid",
    "reconvert",
    "refresh",
    "user_rates",
    "with_rate",
    "write_conversions",
    "write_user_rates",
]
