"""A realistic, generated year of one shopper, to try the app before entering anything.

The year is shaped so that the dashboard has something to say: the shopper bought a lot about
a year ago and less since, so they hold Platinum today (aliexpress-2023) and drop a tier a few
months ahead unless they buy more. Everything is written as one import batch of kind
``"demo"``, so it is clearly marked and :func:`remove_demo` takes it all out again in one step.

No Qt here; the dashboard's "Try with demo data" button and tests call these functions.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from peewee import SqliteDatabase

from tracker.rules.dates import month_end, month_index, month_start
from tracker.rules.records import EntryKind, OrderStatus
from tracker.store.batches import BatchResult, BatchRow, list_batches, undo_batch, write_batch
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
from tracker.store.export import ExportedDrafts
from tracker.store.reading import DEMO_KIND, has_demo

__all__ = ["DEMO_FILE_NAME", "DEMO_KIND", "demo_batches", "demo_drafts", "has_demo", "load_demo", "remove_demo"]
DEMO_FILE_NAME = "Demo data"

# US$ spent in each calendar month, this month first: heavy a year ago, light lately.
_MONTHLY_SPEND_USD = (20, 30, 30, 25, 30, 30, 35, 40, 140, 160, 130, 90)

_CATALOGUE: dict[str, tuple[tuple[str, int, int], ...]] = {  # category: (title, min cents, max cents)
    "Phone accessories": (("USB-C cable 2 m", 149, 399), ("Silicone phone case", 120, 590),
                          ("Magnetic car mount", 290, 890), ("65 W GaN charger", 1190, 2290)),
    "Home & Garden": (("LED strip lights 5 m", 490, 1290), ("Drawer organiser", 290, 990),
                      ("Kitchen scale", 590, 1190), ("Seed starter trays", 199, 690)),
    "Clothing": (("Merino wool socks", 390, 990), ("Rain jacket", 1890, 3490), ("Linen shirt", 990, 1990)),
    "Tools": (("Precision screwdriver set", 690, 1690), ("Digital caliper", 590, 1290),
              ("Soldering iron kit", 1190, 2490)),
    "Beauty": (("Hair clips (10 pieces)", 99, 290), ("Makeup brush set", 290, 990), ("Nail stickers", 99, 199)),
    "Sports": (("Resistance bands", 390, 1190), ("Cycling gloves", 490, 1190), ("Yoga mat", 990, 2290)),
    "Computer": (("Mechanical keyboard", 2490, 4990), ("Wireless mouse", 490, 1390), ("USB hub", 690, 1590)),
    "Toys": (("Building blocks set", 690, 2490), ("Puzzle 1000 pieces", 490, 990), ("Fidget cube", 99, 299)),
}  # fmt: skip
_STORES = ("UGREEN Official Store", "Baseus Store", "Home Joy Store", "Outdoor Life Store", "Maker Tools Store",
           "Lovely Beauty Store", "Keychron Store", "Kids Fun Store")  # fmt: skip

_PENDING_DAYS = 18  # orders younger than this are still waiting for confirmed receipt
_TRIES = 12


def _line(rng: random.Random, category: str) -> LineDraft:
    title, low, high = rng.choice(_CATALOGUE[category])
    quantity = rng.choices((1, 2, 3), (85, 12, 3))[0]
    return LineDraft(
        title=title,
        product_id=str(rng.randrange(10**15, 10**16)),
        category=category,
        quantity=quantity,
        unit_price_cents=rng.randrange(low, high + 1),
    )


def _order(rng: random.Random, number: int, ordered: date, today: date) -> OrderDraft:
    categories = list(_CATALOGUE)
    first = rng.choice(categories)
    lines = [_line(rng, first)]
    if rng.random() < 0.25:  # a few orders span categories (the S3 bonus)
        lines.append(_line(rng, rng.choice([c for c in categories if c != first])))
    items = sum(line.total_cents for line in lines)
    discount = rng.choice((0, 0, 0, 50, 100, 200, 300)) if items > 600 else 0
    age = (today - ordered).days
    confirmed_on = ordered + timedelta(days=rng.randrange(7, 24))
    pending = age < _PENDING_DAYS or confirmed_on >= today
    return OrderDraft(
        order_no=f"80{number:02d}{rng.randrange(10**13, 10**14)}",
        order_date=ordered,
        status=OrderStatus.PENDING if pending else OrderStatus.CONFIRMED,
        lines=tuple(lines),
        discount_cents=discount,
        shipping_cents=rng.choice((0, 0, 0, 0, 99, 199)),
        confirmed_date=None if pending else confirmed_on,
        store=rng.choice(_STORES),
    )


def _orders(rng: random.Random, today: date, singles_day: date) -> list[OrderDraft]:
    orders: list[OrderDraft] = []
    this_month = month_index(today)
    for months_ago, spend_usd in enumerate(_MONTHLY_SPEND_USD):
        month = this_month - months_ago
        first, last = month_start(month), min(month_end(month), today)
        # The 11.11 festival's orders come out of that month's budget, like a real shopper's.
        festival = [singles_day, singles_day] if first <= singles_day <= last else []
        left = spend_usd * 100
        while left > 0:
            ordered = festival.pop() if festival else first + timedelta(days=rng.randrange((last - first).days + 1))
            for _ in range(_TRIES):  # an order far over what is left of the month's budget: another
                order = _order(rng, len(orders), ordered, today)
                if order.items_cents - order.discount_cents <= left + 500:
                    break
            orders.append(order)
            left -= order.items_cents - order.discount_cents
    return sorted(orders, key=lambda order: order.order_date)


def _with_troubles(rng: random.Random, orders: list[OrderDraft], today: date) -> list[OrderDraft]:
    """Two orders cancelled, one refunded in full and one in part: what a real year has."""
    older = [i for i, order in enumerate(orders) if order.status is OrderStatus.CONFIRMED]
    cancelled, full, partial = set(), None, None
    if len(older) >= 4:
        picked = rng.sample(older, 4)
        cancelled, full, partial = set(picked[:2]), picked[2], picked[3]
    result = []
    for index, order in enumerate(orders):
        if index in cancelled:
            order = replace(order, status=OrderStatus.CANCELLED, confirmed_date=None)
        elif index in (full, partial) and order.confirmed_date is not None:
            refund = order.total_cents if index == full else order.lines[0].unit_price_cents // 2
            refund_date = min(order.confirmed_date + timedelta(days=rng.randrange(2, 9)), today)
            order = replace(order, refund_cents=max(refund, 1), refund_date=refund_date)
        result.append(order)
    return result


def _latest_singles_day(today: date) -> date:
    this_year = date(today.year, 11, 11)
    return this_year if this_year <= today else date(today.year - 1, 11, 11)


def demo_drafts(today: date, seed: int = 1) -> ExportedDrafts:
    """A year of one shopper up to ``today``: about 80 orders, reviews, visits, posts, follows,
    a bonus and an 11.11 promotion. The same ``today`` and ``seed`` give the same year."""
    rng = random.Random(seed)
    singles_day = _latest_singles_day(today)
    orders = _with_troubles(rng, _orders(rng, today, singles_day), today)
    year_ago = today - timedelta(days=365)

    reviews = []
    for order in orders:
        if order.confirmed_date is not None and order.refund_cents == 0 and rng.random() < 0.45:
            reviewed = min(order.confirmed_date + timedelta(days=rng.randrange(0, 5)), today)
            line = order.lines[0]
            reviews.append(ReviewDraft(reviewed, line.unit_price_cents, line.product_id, line.title))
    # Most days, but not today: "Visited today" is the first thing to try.
    visits = [VisitDraft(year_ago + timedelta(days=n)) for n in range(365) if rng.random() < 0.75]
    posts = [
        PostDraft(year_ago + timedelta(days=rng.randrange(365)), note)
        for note in ("Unboxing: mechanical keyboard", "Which USB-C cable lasts?", "My balcony garden setup",
                     "Rain jacket after a month", "Best organiser for small drawers", "Haul from 11.11")
    ]  # fmt: skip
    follows = [FollowDraft(year_ago + timedelta(days=rng.randrange(365)), store) for store in rng.sample(_STORES, 5)]
    entries = [EntryDraft(year_ago + timedelta(days=rng.randrange(30, 300)), 10, EntryKind.BONUS, "Coin game")]
    promotions = [PromotionDraft("11.11 Global Shopping Festival", singles_day, singles_day, Decimal(2))]
    return ExportedDrafts(
        orders=tuple(orders),
        reviews=tuple(sorted(reviews, key=lambda review: review.date)),
        visits=tuple(visits),
        posts=tuple(sorted(posts, key=lambda post: post.date)),
        follows=tuple(sorted(follows, key=lambda follow: follow.date)),
        entries=tuple(entries),
        promotions=tuple(promotions),
    )


def load_demo(db: SqliteDatabase, today: date, seed: int = 1) -> BatchResult:
    """Write the demo year as one batch of kind ``"demo"`` (one transaction)."""
    drafts = demo_drafts(today, seed)
    return write_batch(
        db,
        file_name=DEMO_FILE_NAME,
        file_hash=f"demo:{seed}:{today.isoformat()}",
        kind=DEMO_KIND,
        preset=DEMO_KIND,
        orders=drafts.orders,
        reviews=drafts.reviews,
        visits=drafts.visits,
        posts=drafts.posts,
        follows=drafts.follows,
        entries=drafts.entries,
        promotions=drafts.promotions,
    )


def demo_batches(db: SqliteDatabase) -> list[BatchRow]:
    """The demo batches in the database (normally none or one)."""
    return [batch for batch in list_batches(db) if batch.kind == DEMO_KIND]


def remove_demo(db: SqliteDatabase) -> int:
    """Remove every demo batch and everything it added; returns how many records went."""
    return sum(undo_batch(db, batch.id).total for batch in demo_batches(db))
