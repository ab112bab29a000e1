"""Orders left uncounted for want of an exchange rate: one query, apart from
:mod:`tracker.store.user_rates` so that ``status`` need not import the currency data."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peewee import SqliteDatabase


@dataclass(frozen=True, slots=True)
class Uncounted:
    """Orders (not cancelled) in one currency that have no rate: not counted until they get one."""

    currency: str
    orders: int
    paid_cents: int  # what they cost, in hundredths of ``currency``
    first_date: date
    last_date: date


def uncounted_orders(db: SqliteDatabase) -> list[Uncounted]:
    """Per currency, the orders left uncounted for want of a rate (none: an empty list)."""
    from tracker.store.connection import read_transaction

    with read_transaction(db) as conn:
        return uncounted_in(conn)


def uncounted_in(conn: sqlite3.Connection) -> list[Uncounted]:
    """:func:`uncounted_orders` on a connection already in a read transaction."""
    rows = conn.execute(
        "SELECT o.currency, count(*), coalesce(sum(o.paid_cents), 0), min(o.order_date), max(o.order_date) "
        "FROM order_conversion AS c JOIN orders AS o ON o.id = c.order_id "
        "WHERE c.rate IS NULL AND o.status <> 'cancelled' GROUP BY o.currency ORDER BY o.currency"
    ).fetchall()
    return [
        Uncounted(c, n, paid, date.fromisoformat(first), date.fromisoformat(last)) for c, n, paid, first, last in rows
    ]
