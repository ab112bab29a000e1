"""The shopper's exchange rates: reading them, changing them (every order they apply to is
converted again in the same transaction, undoably), and the orders left uncounted for want of one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peewee import SqliteDatabase

from tracker.currency import bundled
from tracker.currency.rates import RateBook, UserRate
from tracker.store.connection import read_transaction, write_transaction
from tracker.store.conversion import OrderState, put_state, reconvert, user_rates, write_user_rates
from tracker.store.uncounted import Uncounted, uncounted_orders


def list_user_rates(db: SqliteDatabase) -> list[UserRate]:
    """The shopper's rates, by currency and start (every-day ones first)."""
    with read_transaction(db) as conn:
        return user_rates(conn)


def load_rate_book(db: SqliteDatabase) -> RateBook:
    """The shopper's rates over the shipped ECB rates (read only if a look-up needs them)."""
    return RateBook(list_user_rates(db))


@dataclass(frozen=True, slots=True)
class RatesChange:
    """One change of the shopper's rates: the rates before and after, and the orders it converted
    again as they were before (for undo)."""

    before: tuple[UserRate, ...]
    after: tuple[UserRate, ...]
    orders_before: tuple[OrderState, ...]

    @property
    def orders_changed(self) -> int:
        return len(self.orders_before)


def _changed_currencies(before: Sequence[UserRate], after: Sequence[UserRate]) -> set[str]:
    """The currencies whose rates differ between ``before`` and ``after``: only their orders change."""

    def by_currency(rates: Sequence[UserRate]) -> dict[str, set[UserRate]]:
        found: dict[str, set[UserRate]] = {}
        for rate in rates:
            found.setdefault(rate.currency, set()).add(rate)
        return found

    old, new = by_currency(before), by_currency(after)
    return {code for code in old.keys() | new.keys() if old.get(code) != new.get(code)}


def _check_unique(rates: Sequence[UserRate]) -> None:
    seen = set()
    for rate in rates:
        key = (rate.currency, rate.start)
        if key in seen:
            raise ValueError(f"two rates for {rate.currency} from the same day")
        seen.add(key)


def replace_user_rates(db: SqliteDatabase, rates: Sequence[UserRate], book: RateBook | None = None) -> RatesChange:
    """Make the shopper's rates exactly ``rates`` and convert again every order they change, in
    one transaction. ``book`` supplies the shipped rates (tests); by default the app's own."""
    _check_unique(rates)
    with write_transaction(db) as conn:
        before = user_rates(conn)
        write_user_rates(conn, rates)
        new_book = RateBook(rates, book.bundle if book is not None else bundled.load)
        changed = reconvert(conn, new_book, currencies=_changed_currencies(before, rates))
    return RatesChange(tuple(before), tuple(rates), tuple(changed))


def restore_rates(db: SqliteDatabase, change: RatesChange) -> None:
    """Undo ``change``: the rates before it, and the orders it converted exactly as they were."""
    with write_transaction(db) as conn:
        write_user_rates(conn, change.before)
        for state in change.orders_before:
            put_state(conn, state)


def convert_stored_orders(db: SqliteDatabase, book: RateBook | None = None) -> int:
    """Convert every stored order in another currency again at today's rates; how many changed."""
    with write_transaction(db) as conn:
        current = RateBook(user_rates(conn), book.bundle if book is not None else bundled.load)
        return len(reconvert(conn, current))


def last_order_currency(db: SqliteDatabase) -> str | None:
    """The currency of the order recorded last — one typed by hand before an imported one —
    or None when there is no order yet: the order form starts in it."""
    with read_transaction(db) as conn:
        row = conn.execute("SELECT currency FROM orders ORDER BY batch_id IS NOT NULL, id DESC LIMIT 1").fetchone()
    return None if row is None else str(row[0])


# --- what is not counted -----------------------------------------------------------------------


__all__ = [
    "RatesChange",
    "Uncounted",
    "convert_stored_orders",
    "last_order_currency",
    "list_user_rates",
    "load_rate_book",
    "replace_user_rates",
    "restore_rates",
    "uncounted_orders",
]
