"""Plain record types: what the shopper recorded, handed to the rules by the store or the tests.

Money is integer US-dollar cents (the basis AliExpress uses for points); dates are
``datetime.date``. Every record carries an opaque ``ref`` string (the store uses ``"order:42"``
and the like) so ledger entries can point back at the record that earned them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

# Settings live apart so that a status read from stored sums need not build the record types;
# they are named here too, with the records the rules take beside them.
from tracker.rules.settings import Settings as Settings


class OrderStatus(enum.StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class EntryKind(enum.StrEnum):
    """Kinds of hand-entered point entries (RULES S8)."""

    BONUS = "bonus"
    ADJUSTMENT = "adjustment"


@dataclass(frozen=True, slots=True)
class Order:
    """One AliExpress order, reduced to what the points rules need.

    ``items_cents`` is the sum of item prices (price × quantity) in US cents; ``discount_cents``
    covers coupons, store discounts and coins. ``categories`` are the distinct item categories
    (RULES S3) and ``product_ids`` the known product identifiers (legacy rule L1).
    """

    ref: str
    order_date: date
    status: OrderStatus
    items_cents: int
    discount_cents: int = 0
    shipping_cents: int = 0
    confirmed_date: date | None = None
    expected_date: date | None = None
    refund_cents: int = 0
    refund_date: date | None = None
    categories: frozenset[str] = frozenset()
    product_ids: tuple[str, ...] = ()

    @property
    def qualifying_cents(self) -> int:
        """Item prices less discounts; shipping never counts (RULES S1)."""
        return self.items_cents - self.discount_cents


@dataclass(frozen=True, slots=True)
class Review:
    ref: str
    date: date
    item_price_cents: int | None = None


@dataclass(frozen=True, slots=True)
class Visit:
    ref: str
    date: date


@dataclass(frozen=True, slots=True)
class ClubPost:
    ref: str
    date: date


@dataclass(frozen=True, slots=True)
class StoreFollow:
    ref: str
    date: date
    store: str = ""


@dataclass(frozen=True, slots=True)
class PointsEntry:
    """A bonus (promotions, games, tasks) or an adjustment (opening balance, correction)."""

    ref: str
    date: date
    points: int
    kind: EntryKind = EntryKind.BONUS
    note: str = ""


MIN_MULTIPLIER = Decimal(1)
"""S9: a promotion multiplies shopping points by at least this; a smaller multiplier is bad input."""


@dataclass(frozen=True, slots=True)
class Promotion:
    """Orders placed from ``start`` through ``end`` earn shopping points × ``multiplier`` (S9).

    Forms, the command line and imports refuse a multiplier below :data:`MIN_MULTIPLIER`; one
    stored before they did is kept as entered, and multiplies nothing.
    """

    ref: str
    start: date
    end: date
    multiplier: Decimal
    name: str = ""


@dataclass(frozen=True, slots=True)
class Records:
    """Everything the shopper recorded. The rules never look anywhere else."""

    orders: tuple[Order, ...] = ()
    reviews: tuple[Review, ...] = ()
    visits: tuple[Visit, ...] = ()
    posts: tuple[ClubPost, ...] = ()
    follows: tuple[StoreFollow, ...] = ()
    entries: tuple[PointsEntry, ...] = ()
    promotions: tuple[Promotion, ...] = ()
