"""What an order paid in another currency cost in that currency, and the rate it was converted with."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.currency.rates import Rate


@dataclass(frozen=True, slots=True)
class Paid:
    """An order's amounts as paid, in hundredths of its own currency (never changed by a rate).

    ``line_prices`` are the items' unit prices, one per item in order. The order's US$ amounts —
    what the points rules count — are these converted at ``rate``; ``rate`` None means there was
    no rate for the order's currency and date, so its US$ amounts are unknown and it is not
    counted until the shopper gives one.
    """

    line_prices: tuple[int, ...]
    discount_cents: int = 0
    shipping_cents: int = 0
    refund_cents: int = 0
    rate: Rate | None = None

    def items_cents(self, quantities: tuple[int, ...]) -> int:
        return sum(quantity * price for quantity, price in zip(quantities, self.line_prices, strict=False))

    def total_cents(self, quantities: tuple[int, ...]) -> int:
        """What was paid: items less discount plus shipping."""
        return self.items_cents(quantities) - self.discount_cents + self.shipping_cents


__all__ = ["Paid"]
