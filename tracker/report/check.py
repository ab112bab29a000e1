"""Checking the figures against AliExpress: does the app agree, and where does a difference come from.

Both questions are answered by pure functions (no database, no Qt, no clock):

- **Does the app agree?** (here) A check is the points (and tier) the Member Center showed on a
  day. :func:`judge` compares it with what the records give for that day (RULES W6 and W4): it
  agrees, differs, or its difference was accepted. The figures after the latest check that
  differs are *unchecked* until the shopper resolves or accepts the difference.
- **Where does a difference come from?** With the Member Center's points history imported,
  :func:`tracker.report.check_compare.compare` sets what AliExpress credited beside the app's
  ledger, month by month and by source, and :mod:`tracker.report.check_causes` gives each line
  that disagrees its most likely causes, each with a fix (:mod:`tracker.report.check_findings`
  holds what it finds; :mod:`tracker.report.check_fixes` turns a fix into changes to the records).
- :mod:`tracker.report.check_report` puts both together for the front ends, and
  :mod:`tracker.report.check_words` says them in words.

The points history is never counted as points: the ledger holds the records it describes, and
a fix changes the records (or adds an adjustment tied to the source it corrects).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.rules import Credit, LedgerEntry, PointsSeries, Records, RuleSet, Settings, Status, build_ledger
from tracker.rules.dates import month_index, month_start
from tracker.rules.records import Order, OrderStatus
from tracker.rules.window import last_recalculation_in_effect, tier_in_effect, window_start, window_total
from tracker.store.check_reading import StoredCheck


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
