"""Rates an import still needs: which currencies of a prepared file have no rate, and filling
them in once the shopper gives one (the dialog's rate boxes, the command line's ``--rate``).

Nothing is imported at US$ 0: the front ends ask first, and only then write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.currency.rates import RateBook
from tracker.importing.build_orders import fill_rates
from tracker.importing.prepared import Prepared


@dataclass(frozen=True, slots=True)
class MissingRate:
    """Orders of a file in ``currency`` that have no rate for their dates."""

    currency: str
    orders: int
    paid_cents: int  # what they cost, in hundredths of ``currency``
    first_date: date
    last_date: date
    suggested_start: date | None  # from when a rate given for them should apply (None: every day)


def missing_rates(prepared: Prepared, book: RateBook) -> list[MissingRate]:
    """Per currency, the prepared orders still without a rate; empty when every order has one."""
    found: dict[str, list[tuple[date, int]]] = {}
    for order in prepared.orders:
        draft = order.draft
        if draft.uncounted:
            found.setdefault(draft.currency, []).append((draft.order_date, draft.paid_cents or 0))
    return [
        MissingRate(
            currency,
            len(orders),
            sum(paid for _, paid in orders),
            min(day for day, _ in orders),
            max(day for day, _ in orders),
            book.suggested_start(currency),
        )
        for currency, orders in sorted(found.items())
    ]


def give_rates(prepared: Prepared, book: RateBook) -> None:
    """Convert the prepared orders that had no rate at ``book``'s rates (which now include the
    shopper's new ones); those still without one stay uncounted."""
    prepared.orders = fill_rates(prepared.orders, book)
    prepared.unrated_currencies = {missing.currency: missing.orders for missing in missing_rates(prepared, book)} | {
        code: n for code, n in prepared.unrated_currencies.items() if prepared.kind != "orders"
    }


__all__ = ["MissingRate", "give_rates", "missing_rates"]
