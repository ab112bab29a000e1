"""Checking the figures against AliExpress, and finding where a difference comes from.

Two questions, both answered by pure functions (no database, no Qt, no clock):

- **Does the app agree?** A check is the points (and tier) the Member Center showed on a day.
  :func:`judge` compares it with what the records give for that day (RULES W6 and W4): it
  agrees, differs, or its difference was accepted. The figures after the latest check that
  differs are *unchecked* until the shopper resolves or accepts the difference.
- **Where does a difference come from?** With the Member Center's points history imported,
  :func:`compare` sets what AliExpress credited, month by month and by source (orders, reviews,
  visits, other), beside the app's ledger, pairs the changes that match, and gives each line that
  disagrees its most likely causes — an order missing or not yet confirmed, a refund not
  recorded, a capped visit, a review not credited, a promotion missing — each with a fix
  (:mod:`tracker.report.check_fixes` turns a fix into changes to the records).

The points history is never counted as points: the ledger holds the records it describes, and
a fix changes the records (or adds an adjustment tied to the source it corrects).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from tracker.rules import Credit, LedgerEntry, PointsSeries, Records, RuleSet, Settings, Source, Status, build_ledger
from tracker.rules.dates import month_end, month_index, month_start
from tracker.rules.orders import order_points
from tracker.rules.records import Order, OrderStatus
from tracker.rules.window import last_recalculation_in_effect, tier_in_effect, window_start, window_total
from tracker.store.checks import CheckSource, HistoryRow, StoredCheck

COMPARED = (CheckSource.ORDERS, CheckSource.REVIEWS, CheckSource.VISITS, CheckSource.OTHER)

SOURCE_OF: dict[Source, CheckSource] = {
    Source.ORDER: CheckSource.ORDERS,
    Source.MULTI_CATEGORY: CheckSource.ORDERS,
    Source.PURCHASE_DAY: CheckSource.ORDERS,
    Source.REVIEW: CheckSource.REVIEWS,
    Source.VISIT: CheckSource.VISITS,
    Source.POST: CheckSource.OTHER,
    Source.FOLLOW: CheckSource.OTHER,
    Source.BONUS: CheckSource.OTHER,
    Source.ADJUSTMENT: CheckSource.OTHER,
}
"""Where a ledger entry's points count in the comparison."""

# Words in AliExpress's descriptions (in the languages of the app), tried in this order: a
# "review of an order" is a review. Anything else — games, promotions, tasks, Club posts — is other.
_WORDS: tuple[tuple[CheckSource, tuple[str, ...]], ...] = (
    (CheckSource.REVIEWS, ("review", "feedback", "evaluat", "rating", "reseña", "resena", "valoraci", "avalia",
                           "avis", "évaluation", "отзыв", "оценк", "opini", "recenzj", "ocen")),
    (CheckSource.VISITS, ("visit", "check-in", "check in", "checkin", "sign-in", "sign in", "посещ", "отметк",
                          "wizyt", "odwiedz", "member center")),
    (CheckSource.ORDERS, ("order", "purchase", "shopping", "refund", "pedido", "compra", "reembolso", "devolu",
                          "commande", "achat", "rembours", "заказ", "покуп", "возврат", "zamówien", "zamowien",
                          "zakup", "zwrot", "encomenda")),
)  # fmt: skip


def history_source(description: str) -> CheckSource:
    """The source a points-history row speaks of, from AliExpress's description of it."""
    text = description.casefold()
    for source, words in _WORDS:
        if any(word in text for word in words):
            return source
    return CheckSource.OTHER


# --- does the app agree? -------------------------------------------------------------------------


class CheckState(enum.StrEnum):
    AGREES = "agrees"
    DIFFERS = "differs"
    ACCEPTED = "accepted"  # the shopper accepted the difference (an adjustment records it)


@dataclass(frozen=True, slots=True)
class Figures:
    """What the records give for a day: the window total (W6) and the tier in effect (W4)."""

    points: int
    tier: str


@dataclass(frozen=True, slots=True)
class CheckResult:
    check: StoredCheck
    here: Figures
    state: CheckState

    @property
    def missing(self) -> int:
        """AliExpress's points less the app's: positive when points are missing here."""
        return self.check.points - self.here.points

    @property
    def tier_differs(self) -> bool:
        return bool(self.check.tier) and self.check.tier.casefold() != self.here.tier.casefold()


def figures_from_ledger(ledger: Iterable[LedgerEntry], ruleset: RuleSet, day: date) -> Figures:
    """The figures for ``day`` from a ledger built as of that day (credited entries only)."""
    series = PointsSeries.from_entries(e for e in ledger if e.credit is not Credit.EXPECTED and e.date <= day)
    return Figures(window_total(series, ruleset, day), tier_in_effect(series, ruleset, day).tier.name)


def figures_on(records: Records, ruleset: RuleSet, settings: Settings, day: date) -> Figures:
    """What the app would have shown on ``day`` (RULES P0), from the records that can credit
    anything those figures count (a ten-year history need not be read for one day)."""
    relevant = _records_for(records, ruleset, settings, day)
    return figures_from_ledger(build_ledger(relevant, ruleset, settings, day), ruleset, day)


def _records_for(records: Records, ruleset: RuleSet, settings: Settings, day: date) -> Records:
    """The records that can credit points on a day the figures of ``day`` count: from the start of
    the window of the recalculation in effect (W4), a whole month early for the monthly caps.

    Under L1 an order's slots depend on every earlier order of its products, so all orders stay.
    """
    in_effect = last_recalculation_in_effect(ruleset, day) or day  # None only early in year 1
    first = min(window_start(ruleset, in_effect), window_start(ruleset, day))
    first = month_start(month_index(first))
    lag = timedelta(days=settings.confirmation_lag_days)

    def may_reach(order: Order) -> bool:
        latest = max(
            order.order_date + lag,
            order.confirmed_date or order.order_date,
            order.expected_date or order.order_date,
            order.refund_date or order.order_date,
        )
        return latest >= first

    orders = records.orders
    if not ruleset.shopping.max_orders_per_product:
        orders = tuple(order for order in orders if may_reach(order))
    return Records(
        orders=orders,
        reviews=tuple(r for r in records.reviews if r.date >= first),
        visits=tuple(v for v in records.visits if v.date >= first),
        posts=tuple(p for p in records.posts if p.date >= first),
        follows=tuple(f for f in records.follows if f.date >= first),
        entries=tuple(e for e in records.entries if e.date >= first),
        promotions=records.promotions,
    )


def judge(check: StoredCheck, here: Figures) -> CheckResult:
    """Agrees when the points are the same and so is the tier, if the shopper gave one."""
    tier_agrees = not check.tier or check.tier.casefold() == here.tier.casefold()
    if check.accepted_on is not None and check.points == here.points:
        state = CheckState.ACCEPTED
    elif check.points == here.points and tier_agrees:
        state = CheckState.AGREES
    else:
        state = CheckState.DIFFERS
    return CheckResult(check, here, state)


def evaluate_checks(
    checks: Sequence[StoredCheck],
    records: Records,
    ruleset: RuleSet,
    settings: Settings,
    *,
    status: Status | None = None,
) -> list[CheckResult]:
    """Every check judged against the records as they are now.

    With ``status`` (the status as of today, from the same records) a check of an earlier day is
    read off today's credited points wherever that gives what a ledger built as of that day would:
    only a confirmation date still to be estimated, or a refund not yet made that changes a day's
    bonus, makes a day differ (:func:`_days_that_differ`), and those days get their own ledger.
    """
    figures: dict[date, Figures] = {}
    differ: list[tuple[date, date]] | None = None
    results = []
    for check in checks:
        day = check.date
        if day not in figures:
            if status is not None and day == status.as_of:
                figures[day] = Figures(status.window_points, status.tier.name)
            elif status is not None and day < status.as_of:
                if differ is None:
                    differ = _days_that_differ(records, ruleset, settings)
                if any(first <= day < last for first, last in differ):
                    figures[day] = figures_on(records, ruleset, settings, day)
                else:
                    series = status.credited
                    figures[day] = Figures(
                        window_total(series, ruleset, day), tier_in_effect(series, ruleset, day).tier.name
                    )
            else:
                figures[day] = figures_on(records, ruleset, settings, day)
        results.append(judge(check, figures[day]))
    return results


def _days_that_differ(records: Records, ruleset: RuleSet, settings: Settings) -> list[tuple[date, date]]:
    """The spans of days (first included, last not) on which a ledger built as of that day
    credits something else by then than today's ledger does (RULES P0, P1, R1).

    A confirmed order without its confirmation date is taken as confirmed on the order date plus
    the lag, or on the as-of day when that is earlier; and a refund made later that leaves an
    order under the minimum changes which orders count for a day's bonus (S3, L2), a flat day
    (F1) or a product's slots (L1).
    Everything else a ledger credits by a day stays as it was once that day has passed.
    """
    lag = timedelta(days=settings.confirmation_lag_days)
    shopping = ruleset.shopping
    refunds_matter = (
        ruleset.multi_category.enabled
        or ruleset.purchase_day.enabled
        or shopping.rule == "flat_per_order"
        or shopping.max_orders_per_product > 0
    )
    forfeit = shopping.rule == "flat_per_order" and shopping.partial_refund == "forfeit"
    spans = []
    for order in records.orders:
        if order.status is OrderStatus.CONFIRMED and order.confirmed_date is None:
            spans.append((order.order_date, order.order_date + lag))
        if refunds_matter and order.refund_cents > 0 and order.refund_date is not None:
            kept = order.qualifying_cents - order.refund_cents
            if forfeit or kept < shopping.min_order_cents or kept <= 0:  # the order stops counting
                spans.append((order.order_date, order.refund_date))
    return spans


def unchecked_since(results: Sequence[CheckResult]) -> CheckResult | None:
    """The check after which the figures are unchecked: the latest one, when it differs."""
    if not results:
        return None
    latest = max(results, key=lambda result: (result.check.date, result.check.id))
    return latest if latest.state is CheckState.DIFFERS else None


# --- where does a difference come from? ----------------------------------------------------------


class Cause(enum.StrEnum):
    ORDER_MISSING = "order_missing"
    ORDER_NOT_CONFIRMED = "order_not_confirmed"
    ORDER_CANCELLED_HERE = "order_cancelled_here"
    ORDER_OTHER_DATE = "order_other_date"
    ORDER_NOT_CREDITED = "order_not_credited"
    REFUND_NOT_RECORDED = "refund_not_recorded"
    REFUND_OTHER_DATE = "refund_other_date"
    REFUND_NOT_DEDUCTED = "refund_not_deducted"
    REVIEW_MISSING = "review_missing"
    REVIEW_NOT_CREDITED = "review_not_credited"
    VISITS_MISSING = "visits_missing"
    VISITS_CAPPED = "visits_capped"
    PROMOTION_MISSING = "promotion_missing"
    OTHER_NOT_LISTED = "other_not_listed"
    ADJUSTMENT_NOT_NEEDED = "adjustment_not_needed"
    COUNTED_TWICE = "counted_twice"  # a points-history row imported as a bonus by an earlier version
    ACCEPTED = "accepted"


class FixKind(enum.StrEnum):
    ADD_ORDER = "add_order"  # an order confirmed on ``day`` that earns ``points`` (the form asks the rest)
    MARK_CONFIRMED = "mark_confirmed"  # order ``ref`` confirmed on ``day``
    RECORD_REFUND = "record_refund"  # order ``ref`` refunded ``cents`` on ``day``
    ADJUST = "adjust"  # an adjustment of ``points`` on ``day`` correcting ``source``
    ADD_BONUS = "add_bonus"  # a bonus (or, negative, an adjustment) of ``points`` on ``day``: ``note``
    ADD_REVIEWS = "add_reviews"  # a review on each of ``days``
    ADD_VISITS = "add_visits"  # a visit on each of ``days``
    REMOVE_ENTRY = "remove_entry"  # the check's adjustment ``ref``
    DELETE_ENTRY = "delete_entry"  # points entry ``ref``, a bonus that counts twice


@dataclass(frozen=True, slots=True)
class Fix:
    kind: FixKind
    day: date
    points: int = 0
    ref: str = ""
    cents: int = 0
    days: tuple[date, ...] = ()
    note: str = ""
    source: CheckSource = CheckSource.OTHER


@dataclass(frozen=True, slots=True)
class Finding:
    """Part of a month's difference for one source, its likely cause and the fix for it.

    ``points`` is what it adds to "AliExpress − here": positive when points are missing here.
    ``day`` is the date of the change (AliExpress's, when it is theirs); ``other_day`` the date
    the same change has on the other side, when it is there on another date.
    """

    month: date
    source: CheckSource
    points: int
    cause: Cause
    day: date
    fix: Fix | None
    ref: str = ""
    other_day: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class MonthLine:
    """One month and one source: what AliExpress credited, what the ledger has, and why not."""

    month: date
    source: CheckSource
    aliexpress: int
    here: int
    findings: tuple[Finding, ...] = ()

    @property
    def difference(self) -> int:
        return self.aliexpress - self.here

    @property
    def disagrees(self) -> bool:
        return self.difference != 0 and self.source is not CheckSource.ACCEPTED


@dataclass(frozen=True, slots=True)
class Comparison:
    """The months the points history covers, line by line (months and sources with any points)."""

    first_month: date
    last_month: date
    history_rows: int
    lines: tuple[MonthLine, ...]

    @property
    def disagreeing(self) -> tuple[MonthLine, ...]:
        return tuple(line for line in self.lines if line.disagrees)

    @property
    def accepted(self) -> tuple[MonthLine, ...]:
        return tuple(line for line in self.lines if line.source is CheckSource.ACCEPTED)


@dataclass(slots=True)
class _Item:
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
class _Context:
    ruleset: RuleSet
    as_of: date
    orders: dict[str, Order]
    linked: frozenset[str]  # refs of the entries checks made
    twice: frozenset[str]  # refs of entries an earlier import of the history made
    visit_days: frozenset[date]
    spare: list[_Item] = field(default_factory=list)  # order credits and refunds unmatched, in any month
    credits: list[_Item] = field(default_factory=list)  # every order credit up to the as-of date
    expected: list[LedgerEntry] = field(default_factory=list)  # pending orders' credits
    used: set[str] = field(default_factory=set)  # records a finding already points at

    def ordered_by(self, ref: str, day: date) -> bool:
        order = self.orders.get(ref)
        return order is not None and order.order_date <= day


COMPARED_ORDER = {source: index for index, source in enumerate((*COMPARED, CheckSource.ACCEPTED))}


def compare(
    history: Sequence[HistoryRow],
    ledger: Iterable[LedgerEntry],
    records: Records,
    ruleset: RuleSet,
    *,
    as_of: date,
    entry_sources: Mapping[str, CheckSource] | None = None,
    counted_twice: frozenset[str] = frozenset(),
) -> Comparison | None:
    """AliExpress's points history beside the ledger (built as of ``as_of``), month by month and by
    source, over the months the history covers; None without any history up to ``as_of``.

    ``entry_sources`` says which source each adjustment made by a check corrects (or that it
    accepts a difference); other entries count where :data:`SOURCE_OF` puts them.
    ``counted_twice`` names the entries an earlier version imported from the points history.
    """
    rows = [row for row in history if row.date <= as_of and row.points]
    if not rows:
        return None
    sources = entry_sources or {}
    first, last = min(month_index(row.date) for row in rows), max(month_index(row.date) for row in rows)
    words: dict[str, CheckSource] = {}  # a history's descriptions repeat: read each once
    for row in rows:
        if row.note not in words:
            words[row.note] = history_source(row.note)
    items = [_Item(row.date, row.points, words[row.note], True, note=row.note) for row in rows]
    context = _Context(
        ruleset, as_of, {order.ref: order for order in records.orders}, frozenset(sources), counted_twice,
        frozenset(visit.date for visit in records.visits),
    )  # fmt: skip
    # Order changes outside the months compared matter only near them: an order confirmed here a
    # few months later than AliExpress credited it, or credited within a year before its refund.
    start, end = month_start(first), month_end(last)
    # (clamped to the calendar: a history may hold a day of year 1 or 9999)
    near_start, near_end = month_start(max(first - 12, 12)), month_end(min(last + 3, 9999 * 12 + 11))
    order_source, expected = Source.ORDER, Credit.EXPECTED
    for entry in ledger:
        day = entry.date
        if day < near_start or (day > near_end and entry.credit is not expected):
            continue
        is_order = entry.source is order_source and entry.ref.startswith("order:")
        if entry.credit is expected or day > as_of:
            if is_order:
                context.expected.append(entry)
            continue
        inside = start <= day <= end
        if not inside and not is_order:
            continue
        source = sources.get(entry.ref) or SOURCE_OF[entry.source]
        item = _Item(day, -entry.points, source, False, entry.ref, entry.rule, inside=inside)
        if inside:
            items.append(item)
        else:
            context.spare.append(item)
        if is_order and entry.points > 0 and entry.rule != "S2":
            context.credits.append(item)
    by_line: dict[tuple[int, CheckSource], list[_Item]] = defaultdict(list)
    for item in items:
        by_line[(item.month, item.source)].append(item)
    for line_items in by_line.values():
        _pair(line_items)
    found = _explain(by_line, context)
    lines = []
    for (month, source), line_items in sorted(by_line.items(), key=_line_order):
        aliexpress = sum(item.value for item in line_items if item.history)
        here = -sum(item.value for item in line_items if not item.history)
        line = MonthLine(month_start(month), source, aliexpress, here)
        if line.difference or source is CheckSource.ACCEPTED:
            line = MonthLine(line.month, source, aliexpress, here, tuple(found.get((month, source), ())))
        lines.append(line)
    return Comparison(month_start(first), month_start(last), len(rows), tuple(lines))


def _line_order(pair: tuple[tuple[int, CheckSource], list[_Item]]) -> tuple[int, int]:
    (month, source), _ = pair
    return month, COMPARED_ORDER[source]


def _pair(items: list[_Item]) -> None:
    """Match changes that cancel out within a month and source: each history row with a ledger
    entry of the same points (the nearest in date), then what is left of the ledger among itself
    (an adjustment that corrects an entry)."""
    _pair_between([i for i in items if i.history], [i for i in items if not i.history])
    ledger = [i for i in items if not i.history and not i.matched]
    _pair_between([i for i in ledger if i.value > 0], [i for i in ledger if i.value < 0])


def _pair_between(first: list[_Item], second: list[_Item]) -> None:
    by_value: dict[int, list[_Item]] = defaultdict(list)
    for other in second:
        if not other.matched:
            by_value[other.value].append(other)
    for item in sorted(first, key=lambda i: i.day):
        candidates = by_value.get(-item.value)
        if item.matched or not candidates:
            continue
        best = min(candidates, key=lambda other: abs((other.day - item.day).days))
        candidates.remove(best)
        item.matched = best.matched = True


# --- likely causes -------------------------------------------------------------------------------

Found = dict[tuple[int, CheckSource], list[Finding]]


def _explain(by_line: dict[tuple[int, CheckSource], list[_Item]], context: _Context) -> Found:
    found: Found = defaultdict(list)
    orders: list[_Item] = []
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


def _finding(item: _Item, cause: Cause, fix: Fix | None, *, ref: str = "", other_day: date | None = None) -> Finding:
    return Finding(
        month_start(item.month), item.source, item.value, cause, item.day, fix, ref=ref or item.ref,
        other_day=other_day, note=item.note,
    )  # fmt: skip


def _adjust(item: _Item) -> Fix:
    return Fix(FixKind.ADJUST, item.day, points=item.value, source=item.source)


def _remove(item: _Item) -> Fix:
    return Fix(FixKind.REMOVE_ENTRY, item.day, points=item.value, ref=item.ref, source=item.source)


def _other_finding(item: _Item, context: _Context) -> Finding:
    if item.history:
        return _finding(item, Cause.PROMOTION_MISSING, Fix(FixKind.ADD_BONUS, item.day, item.value, note=item.note))
    if item.ref in context.linked:
        return _finding(item, Cause.ADJUSTMENT_NOT_NEEDED, _remove(item))
    if item.ref in context.twice:
        fix = Fix(FixKind.DELETE_ENTRY, item.day, points=item.value, ref=item.ref, source=item.source)
        return _finding(item, Cause.COUNTED_TWICE, fix)
    return _finding(item, Cause.OTHER_NOT_LISTED, _adjust(item))


def _fan_finding(month: int, source: CheckSource, difference: int, items: list[_Item], context: _Context) -> Finding:
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


def _order_findings(item: _Item, context: _Context) -> list[Finding]:
    """An order change on one side only: find the record it most likely concerns."""
    if item.history:
        return _credited_there(item, context) if item.value > 0 else _refunded_there(item, context)
    item.matched = True
    if item.ref in context.linked:
        return [_finding(item, Cause.ADJUSTMENT_NOT_NEEDED, _remove(item))]
    if item.value < 0:
        return [_finding(item, Cause.ORDER_NOT_CREDITED, _adjust(item))]
    return [_finding(item, Cause.REFUND_NOT_DEDUCTED, _adjust(item))]


def _nearest(candidates: list[_Item], day: date) -> _Item | None:
    return min(candidates, key=lambda other: abs((other.day - day).days), default=None)


def _credited_there(item: _Item, context: _Context) -> list[Finding]:
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


def _refunded_there(item: _Item, context: _Context) -> list[Finding]:
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
