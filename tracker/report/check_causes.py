"""The likely cause of each part of a month's difference, and the fix for it.

:func:`explain` gets the changes of both sides that :func:`tracker.report.check_compare.compare`
could not pair, and looks for the record each most likely concerns: an order confirmed here on
another date or not at all, cancelled here, or not recorded; a refund recorded on another date
or not at all; reviews and visits missing or past a cap; a promotion missing; an adjustment no
longer needed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from tracker.report.check_findings import Cause, Finding, Fix, FixKind
from tracker.rules import LedgerEntry, RuleSet
from tracker.rules.dates import month_end, month_index, month_start
from tracker.rules.orders import order_points
from tracker.rules.records import Order, OrderStatus
from tracker.store.checks import CheckSource


@dataclass(slots=True)
class Change:
    """One change on one side: a history row (``value`` = its points) or a ledger entry
    (``value`` = minus its points), so that a pair that matches adds up to zero."""

    day: date
    value: int
    source: CheckSource
    history: bool
    ref: str = ""
    rule: str = ""
    note: str = ""
    inside: bool = True  # within the months compared
    matched: bool = False

    @property
    def month(self) -> int:
        return month_index(self.day)


@dataclass
class Context:
    """What the causes are looked for in: the records, and the changes not paired yet."""

    ruleset: RuleSet
    as_of: date
    orders: dict[str, Order]
    linked: frozenset[str]  # refs of the entries checks made
    twice: frozenset[str]  # refs of entries an earlier import of the history made
    visit_days: frozenset[date]
    spare: list[Change] = field(default_factory=list)  # order credits and refunds unmatched, in any month
    credits: list[Change] = field(default_factory=list)  # every order credit up to the as-of date
    expected: list[LedgerEntry] = field(default_factory=list)  # pending orders' credits
    used: set[str] = field(default_factory=set)  # records a finding already points at

    def ordered_by(self, ref: str, day: date) -> bool:
        order = self.orders.get(ref)
        return order is not None and order.order_date <= day


Found = dict[tuple[int, CheckSource], list[Finding]]


def explain(by_line: dict[tuple[int, CheckSource], list[Change]], context: Context) -> Found:
    """The findings of every month line, from the changes that :mod:`~tracker.report.check_compare`
    left unpaired."""
    found: Found = defaultdict(list)
    orders: list[Change] = []
    for (month, source), items in by_line.items():
        left = [item for item in items if not item.matched]
        if source is CheckSource.ORDERS:
            orders += left
        elif source is CheckSource.OTHER:
            found[(month, source)] += [_other_finding(item, context) for item in left]
        elif source is CheckSource.ACCEPTED:
            found[(month, source)] += [_finding(item, Cause.ACCEPTED, _remove(item)) for item in left]
        else:
            difference = sum(item.value for item in items)
            if difference:
                found[(month, source)].append(_fan_finding(month, source, difference, items, context))
    context.spare += [item for item in orders if not item.history]
    for item in sorted(orders, key=lambda i: (not i.history, i.day)):
        if not item.matched:
            for finding in _order_findings(item, context):
                found[(month_index(finding.day), CheckSource.ORDERS)].append(finding)
    return found


def _finding(item: Change, cause: Cause, fix: Fix | None, *, ref: str = "", other_day: date | None = None) -> Finding:
    return Finding(
        month_start(item.month), item.source, item.value, cause, item.day, fix, ref=ref or item.ref,
        other_day=other_day, note=item.note,
    )  # fmt: skip


def _adjust(item: Change) -> Fix:
    return Fix(FixKind.ADJUST, item.day, points=item.value, source=item.source)


def _remove(item: Change) -> Fix:
    return Fix(FixKind.REMOVE_ENTRY, item.day, points=item.value, ref=item.ref, source=item.source)


def _other_finding(item: Change, context: Context) -> Finding:
    if item.history:
        return _finding(item, Cause.PROMOTION_MISSING, Fix(FixKind.ADD_BONUS, item.day, item.value, note=item.note))
    if item.ref in context.linked:
        return _finding(item, Cause.ADJUSTMENT_NOT_NEEDED, _remove(item))
    if item.ref in context.twice:
        fix = Fix(FixKind.DELETE_ENTRY, item.day, points=item.value, ref=item.ref, source=item.source)
        return _finding(item, Cause.COUNTED_TWICE, fix)
    return _finding(item, Cause.OTHER_NOT_LISTED, _adjust(item))


def _fan_finding(month: int, source: CheckSource, difference: int, items: list[Change], context: Context) -> Finding:
    """Reviews and visits: one finding for the month's whole difference, capped or missing."""
    left = [item for item in items if not item.matched]
    day = max((item.day for item in left), default=min(month_end(month), context.as_of))
    fix = Fix(FixKind.ADJUST, day, points=difference, source=source)
    reviews = source is CheckSource.REVIEWS
    if difference < 0:
        cause = Cause.REVIEW_NOT_CREDITED if reviews else Cause.VISITS_CAPPED
        return Finding(month_start(month), source, difference, cause, day, fix)
    days = [item.day for item in left if item.history and item.value > 0]
    if reviews:
        points = context.ruleset.reviews.points
        if points and len(days) * points == difference:
            fix = Fix(FixKind.ADD_REVIEWS, day, points=difference, days=tuple(sorted(days)), source=source)
        return Finding(month_start(month), source, difference, Cause.REVIEW_MISSING, day, fix)
    rule = context.ruleset.visits
    new_days = sorted(set(days) - context.visit_days)
    counted = sum(1 for item in items if not item.history and item.value < 0)
    fits = not rule.monthly_cap or counted + len(new_days) <= rule.monthly_cap
    if rule.points and len(new_days) * rule.points == difference and fits:
        fix = Fix(FixKind.ADD_VISITS, day, points=difference, days=tuple(new_days), source=source)
    return Finding(month_start(month), source, difference, Cause.VISITS_MISSING, day, fix)


def _order_findings(item: Change, context: Context) -> list[Finding]:
    """An order change on one side only: find the record it most likely concerns."""
    if item.history:
        return _credited_there(item, context) if item.value > 0 else _refunded_there(item, context)
    item.matched = True
    if item.ref in context.linked:
        return [_finding(item, Cause.ADJUSTMENT_NOT_NEEDED, _remove(item))]
    if item.value < 0:
        return [_finding(item, Cause.ORDER_NOT_CREDITED, _adjust(item))]
    return [_finding(item, Cause.REFUND_NOT_DEDUCTED, _adjust(item))]


def _nearest(candidates: list[Change], day: date) -> Change | None:
    return min(candidates, key=lambda other: abs((other.day - day).days), default=None)


def _credited_there(item: Change, context: Context) -> list[Finding]:
    """AliExpress credited an order that the ledger has not credited that month: one confirmed
    here on another date, one not confirmed (or cancelled) here, or one not recorded at all."""
    points, day = item.value, item.day
    item.matched = True
    partner = _nearest(
        [s for s in context.spare if not s.matched and s.value == -points and s.rule != "S2"
         and s.month != item.month and context.ordered_by(s.ref, day)],
        day,
    )  # fmt: skip
    if partner is not None:
        partner.matched = True
        context.used.add(partner.ref)
        fix = Fix(FixKind.MARK_CONFIRMED, day, points=points, ref=partner.ref)
        found = [_finding(item, Cause.ORDER_OTHER_DATE, fix, ref=partner.ref, other_day=partner.day)]
        if partner.inside:
            found.append(_finding(partner, Cause.ORDER_OTHER_DATE, fix, other_day=day))
        return found
    for entry in sorted(context.expected, key=lambda e: abs((e.date - day).days)):
        if entry.points == points and entry.ref not in context.used and context.ordered_by(entry.ref, day):
            context.used.add(entry.ref)
            fix = Fix(FixKind.MARK_CONFIRMED, day, points=points, ref=entry.ref)
            return [_finding(item, Cause.ORDER_NOT_CONFIRMED, fix, ref=entry.ref, other_day=entry.date)]
    shopping = context.ruleset.shopping
    for order in context.orders.values():
        if (
            order.status is OrderStatus.CANCELLED
            and order.ref not in context.used
            and order.order_date <= day
            and order_points(shopping, order.qualifying_cents - order.refund_cents) == points
        ):
            context.used.add(order.ref)
            fix = Fix(FixKind.MARK_CONFIRMED, day, points=points, ref=order.ref)
            return [_finding(item, Cause.ORDER_CANCELLED_HERE, fix, ref=order.ref)]
    return [_finding(item, Cause.ORDER_MISSING, Fix(FixKind.ADD_ORDER, day, points=points))]


def _refunded_there(item: Change, context: Context) -> list[Finding]:
    """AliExpress took points back for an order that the ledger has not: a refund recorded here
    on another date, a refund not recorded, or points taken back for an order not recorded."""
    points, day = -item.value, item.day
    item.matched = True
    partner = _nearest(
        [s for s in context.spare if not s.matched and s.value == points and s.rule == "S2" and s.month != item.month],
        day,
    )
    if partner is not None:
        partner.matched = True
        order = context.orders.get(partner.ref)
        fix = Fix(FixKind.RECORD_REFUND, day, points=-points, ref=partner.ref,
                  cents=order.refund_cents if order is not None else 0)  # fmt: skip
        found = [_finding(item, Cause.REFUND_OTHER_DATE, fix, ref=partner.ref, other_day=partner.day)]
        if partner.inside:
            found.append(_finding(partner, Cause.REFUND_OTHER_DATE, fix, other_day=day))
        return found
    credits = [
        c for c in context.credits
        if c.value == -points and c.day <= day and c.ref not in context.used and not context.orders[c.ref].refund_cents
        and context.orders[c.ref].status is OrderStatus.CONFIRMED
    ]  # fmt: skip
    if credits:
        credit = max(credits, key=lambda c: c.day)
        context.used.add(credit.ref)
        order = context.orders[credit.ref]
        fix = Fix(FixKind.RECORD_REFUND, day, points=-points, ref=credit.ref, cents=order.qualifying_cents)
        return [_finding(item, Cause.REFUND_NOT_RECORDED, fix, ref=credit.ref, other_day=credit.day)]
    return [_finding(item, Cause.REFUND_NOT_RECORDED, _adjust(item))]
