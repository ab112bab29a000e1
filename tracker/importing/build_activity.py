"""Rows of an activity or points-history file → review, visit, post, follow and points-entry drafts.

An activity file has a date and a kind per row (review, visit, Club post, store follow, bonus,
adjustment — in several languages), or one kind chosen for the whole file; bonus and adjustment
rows need points, a review may have the item's price. A points-history file is what the Member
Center's history lists: date, points and a description. Its rows are read as points entries
(a bonus for points gained, an adjustment for points taken away) but stored apart, as
AliExpress's history to check the records against (:mod:`tracker.store.checks`): they are
never counted on top of the orders, reviews and visits they describe.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tracker.currency.convert import usd_cents
from tracker.currency.rates import RateBook
from tracker.i18n import translate
from tracker.importing.columns import Collected, add_problem, bad_cells, read_column
from tracker.importing.dates import parse_date
from tracker.importing.errors import CellProblem
from tracker.importing.fields import label
from tracker.importing.money import Money
from tracker.importing.options import POINTS_HISTORY, ImportOptions
from tracker.importing.prepared import UnpricedReview
from tracker.importing.values import activity_kind, parse_amount, parse_points, plain_text
from tracker.rules.records import EntryKind
from tracker.store.drafts import (
    EntryDraft,
    FollowDraft,
    PostDraft,
    ReviewDraft,
    VisitDraft,
    validate_entry,
    validate_review,
)


@dataclass
class ActivityResult:
    reviews: list[ReviewDraft] = field(default_factory=list)
    visits: list[VisitDraft] = field(default_factory=list)
    posts: list[PostDraft] = field(default_factory=list)
    follows: list[FollowDraft] = field(default_factory=list)
    entries: list[EntryDraft] = field(default_factory=list)
    problems: dict[int, list[CellProblem]] = field(default_factory=dict)
    unrated: Counter[str] = field(default_factory=Counter)
    unpriced: list[UnpricedReview] = field(default_factory=list)


def build_activity(
    collected: Collected,
    target: str,
    headers: list[str],
    field_columns: dict[str, int],
    options: ImportOptions,
    date_format: str,
    decimal: str | None,
    rates: RateBook,
) -> ActivityResult:
    result = ActivityResult()
    lines, raw = collected.lines, collected.values

    def column(name: str) -> str:
        index = field_columns.get(name)
        return label(name, target) if index is None else headers[index]

    def problem(index: int, name: str, message: str) -> None:
        add_problem(result.problems, index, CellProblem(lines[index], column(name), message))

    dates = read_column(raw["date"], lambda v: parse_date(v, date_format))
    points = read_column(raw["points"], parse_points) if "points" in raw else None
    kinds = read_column(raw["kind"], activity_kind) if "kind" in raw and target != POINTS_HISTORY else None
    prices = (
        read_column(raw["item_price"], lambda v: parse_amount(v, decimal, options.amounts_in_cents))
        if "item_price" in raw and target != POINTS_HISTORY
        else None
    )
    notes = [plain_text(v) for v in raw["note"]] if "note" in raw else None
    for name, parsed in (("date", dates), ("points", points), ("kind", kinds), ("item_price", prices)):
        if parsed is not None:
            bad_cells(parsed, lines, column(name), result.problems)
    if collected.too_wide:
        for index, count in collected.too_wide.items():
            message = translate("Import", "The row has {count} cells but the header only {width}.").format(
                count=count, width=collected.width
            )
            add_problem(result.problems, index, CellProblem(lines[index], f"column {collected.width + 1}", message))

    for index in range(len(collected)):
        day = dates[index]
        if day is None:
            problem(index, "date", translate("Import", "The date is empty."))
        if index in result.problems:
            continue
        note = notes[index] if notes is not None else ""
        if target == POINTS_HISTORY:
            kind = "bonus"
        elif kinds is not None and kinds[index] is not None:
            kind = kinds[index]
        elif options.activity_kind is not None:
            kind = options.activity_kind
        else:
            problem(
                index,
                "kind",
                translate("Import", "The kind is empty: write review, visit, post, follow, bonus or adjustment."),
            )
            continue
        if kind in ("bonus", "adjustment"):
            amount = points[index] if points is not None else None
            if amount is None:
                problem(index, "points", translate("Import", "The points are empty."))
                continue
            if target == POINTS_HISTORY:
                kind = "bonus" if amount > 0 else "adjustment"
            entry = EntryDraft(day, amount, EntryKind(kind), note)
            found = validate_entry(entry)
            if found:
                for each in found:
                    problem(index, "points", each.message + ".")
                continue
            result.entries.append(entry)
        elif kind == "review":
            price, pending = _usd(prices[index] if prices is not None else None, day, options, rates)
            review = ReviewDraft(day, price, title=note)
            found = validate_review(review)
            if pending is not None and pending[1] < 0:
                found = [*found, *validate_review(ReviewDraft(day, -1))]
            if found:
                for each in found:
                    problem(index, "item_price", each.message + ".")
                continue
            if pending is not None:
                result.unrated[pending[0]] += 1
                result.unpriced.append(UnpricedReview(len(result.reviews), pending[0], pending[1], day))
            result.reviews.append(review)
        elif kind == "visit":
            result.visits.append(VisitDraft(day))
        elif kind == "post":
            result.posts.append(PostDraft(day, note))
        else:
            result.follows.append(FollowDraft(day, note))
    return result


def _usd(price: Any, day: date, options: ImportOptions, rates: RateBook) -> tuple[int | None, tuple[str, int] | None]:
    """A review's item price in US cents at the rate of its day, or ``None`` (unknown); and,
    when its currency has no rate for that day, the currency and price as written (to ask)."""
    if not isinstance(price, Money):
        return None, None
    currency = price.currency or options.currency or "USD"
    if currency == "USD":
        return price.cents, None
    rate = rates.rate_for(currency, day)
    if rate is None:
        return None, (currency, price.cents)
    return usd_cents(price.cents, rate.usd_per_unit), None
