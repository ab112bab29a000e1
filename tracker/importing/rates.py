"""Rates an import still needs: which currencies of a prepared file (its orders, its reviews'
prices) have no rate, and filling them in once the shopper gives one (the dialog's rate boxes,
the command line's ``--rate``).

Nothing is imported at US$ 0: the front ends ask first, and only then write.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from tracker.currency.convert import usd_cents
from tracker.currency.rates import RateBook
from tracker.importing.build_orders import fill_rates
from tracker.importing.prepared import Prepared


@dataclass(frozen=True, slots=True)
class MissingRate:
    """Orders and review prices of a file in ``currency`` that have no rate for their dates."""

    currency: str
    orders: int
    paid_cents: int  # what the orders cost, in hundredths of ``currency``
    first_date: date
    last_date: date
    suggested_start: date | None  # from when a rate given for them should apply (None: every day)
    reviews: int = 0  # reviews whose item price is in ``currency``
    review_cents: int = 0  # those prices, in hundredths of ``currency``


def missing_rates(prepared: Prepared, book: RateBook) -> list[MissingRate]:
    """Per currency, the prepared orders and review prices still without a rate; empty when
    every one has a rate.

    A Points Tracker file says itself which orders had no rate when it was written (an export):
    they come back as they were, uncounted, like everything else in it — not asked about.
    """
    if prepared.native:
        return []
    orders: dict[str, list[tuple[date, int]]] = {}
    for order in prepared.orders:
        draft = order.draft
        if draft.uncounted:
            orders.setdefault(draft.currency, []).append((draft.order_date, draft.paid_cents or 0))
    reviews: dict[str, list[tuple[date, int]]] = {}
    for review in prepared.unpriced_reviews:
        reviews.setdefault(review.currency, []).append((review.day, review.hundredths))
    found = []
    for currency in sorted(orders.keys() | reviews.keys()):
        mine, priced = orders.get(currency, []), reviews.get(currency, [])
        days = [day for day, _ in mine + priced]
        start = book.suggested_start(currency)
        paid, prices = sum(cents for _, cents in mine), sum(cents for _, cents in priced)
        found.append(MissingRate(currency, len(mine), paid, min(days), max(days), start, len(priced), prices))
    return found


def give_rates(prepared: Prepared, book: RateBook) -> None:
    """Convert the prepared orders and review prices that had no rate at ``book``'s rates (which
    now include the shopper's new ones); those still without one stay uncounted (orders) or
    unpriced (reviews), and are still asked about."""
    prepared.orders = fill_rates(prepared.orders, book)
    waiting = []
    for review in prepared.unpriced_reviews:
        rate = book.rate_for(review.currency, review.day)
        if rate is None:
            waiting.append(review)
            continue
        price = usd_cents(review.hundredths, rate.usd_per_unit)
        prepared.reviews[review.index] = replace(prepared.reviews[review.index], item_price_cents=price)
    prepared.unpriced_reviews = waiting
    prepared.unrated_currencies = {
        missing.currency: missing.orders + missing.reviews for missing in missing_rates(prepared, book)
    }


__all__ = ["MissingRate", "give_rates", "missing_rates"]
