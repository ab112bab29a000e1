"""The what-if planner's arithmetic: a plan of spending, visits and reviews → what the tier does.

No Qt here: the Charts page's planner panel (:mod:`tracker.ui.planner`) edits a :class:`WhatIf`,
and :class:`Evaluator` turns it into hypothetical records, earns their points with the rules'
own functions, and adds those points to the shopper's real ones.

Why not simply ``compute_status(records + planned, …, today)``: the rules see a record only once
it is dated on or before the as-of date (RULES P0), so a purchase planned for March would not
exist today. The planned records are therefore earned as of the end of the plan (each purchase
confirmed its confirmation lag after its date, each visit and review on its day), together with
this month's real visits so that the monthly caps (S5) count both, and their entries are added to
today's ledger as credits to come. The status is then computed from the two, as of today.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from tracker.i18n import number, translate
from tracker.report.ruleset_words import ruleset_text
from tracker.report.summary import buy_by_phrase, day, dollars, month, plan_sentence, short_day
from tracker.rules import (
    Credit,
    LedgerEntry,
    Order,
    OrderStatus,
    Plan,
    PlanStep,
    Records,
    Review,
    RuleSet,
    Settings,
    Source,
    Spend,
    Status,
    Tier,
    Visit,
    build_ledger,
    plan_for_tier,
)
from tracker.rules.dates import month_end, month_index, month_start
from tracker.rules.projection import status_from_totals
from tracker.rules.window import PointsSeries, Recalculation, effective_date, is_daily, recalculate

MONTHS = 12
SETTING_PLANS = "whatif_plans"  # the saved plans: a JSON list in the settings table
_PLAN_REF = "plan:"
_DAY_SOURCES = (Source.MULTI_CATEGORY, Source.PURCHASE_DAY)


# --- the plan ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MonthInput:
    """What the shopper means to do in one month."""

    spend_cents: int = 0
    visits: int = 0
    reviews: int = 0

    @property
    def is_empty(self) -> bool:
        return not (self.spend_cents or self.visits or self.reviews)


@dataclass(frozen=True, slots=True)
class Purchase:
    """One planned purchase on a date."""

    day: date
    cents: int


@dataclass(frozen=True, slots=True)
class WhatIf:
    """Twelve months of planned spending, visits and reviews from ``first_month``, extra purchases
    on dates, and the tier to keep or reach (``None``: today's)."""

    first_month: date  # the 1st of the first month: today's month when the plan was made
    months: tuple[MonthInput, ...] = field(default=tuple(MonthInput() for _ in range(MONTHS)))
    purchases: tuple[Purchase, ...] = ()
    target: str | None = None

    @classmethod
    def starting(cls, today: date, target: str | None = None) -> WhatIf:
        return cls(month_start(month_index(today)), target=target)

    @property
    def month_starts(self) -> list[date]:
        first = month_index(self.first_month)
        return [month_start(first + k) for k in range(len(self.months))]

    @property
    def is_empty(self) -> bool:
        return all(m.is_empty for m in self.months) and not any(p.cents for p in self.purchases)

    @property
    def spend_cents(self) -> int:
        return sum(m.spend_cents for m in self.months) + sum(p.cents for p in self.purchases)

    def with_month(self, index: int, **changes: int) -> WhatIf:
        months = list(self.months)
        months[index] = replace(months[index], **changes)
        return replace(self, months=tuple(months))

    def moved_to(self, today: date) -> WhatIf:
        """The same plan with months before today's dropped (a new month has begun since)."""
        gone = month_index(today) - month_index(self.first_month)
        if gone <= 0:
            return self
        kept = self.months[gone:] + tuple(MonthInput() for _ in range(min(gone, len(self.months))))
        return replace(
            self,
            first_month=month_start(month_index(today)),
            months=kept[: len(self.months)],
            purchases=tuple(p for p in self.purchases if p.day > today),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "first_month": self.first_month.isoformat(),
            "months": [[m.spend_cents, m.visits, m.reviews] for m in self.months],
            "purchases": [[p.day.isoformat(), p.cents] for p in self.purchases],
            "target": self.target,
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> WhatIf:
        months = tuple(MonthInput(int(s), int(v), int(r)) for s, v, r in value["months"])
        return cls(
            first_month=date.fromisoformat(value["first_month"]),
            months=months,
            purchases=tuple(Purchase(date.fromisoformat(d), int(c)) for d, c in value.get("purchases", ())),
            target=value.get("target"),
        )


# --- hypothetical records ------------------------------------------------------------------------


def _spread(days: Sequence[date], count: int) -> list[date]:
    """``count`` days spread evenly over ``days`` (the same day more than once if there are more)."""
    if not days or count <= 0:
        return []
    return [days[min(len(days) - 1, (2 * k + 1) * len(days) // (2 * count))] for k in range(count)]


def _order_amounts(ruleset: RuleSet, cents: int) -> list[int]:
    """A month's spend as orders: split where one order would pass the per-order cap (S1)."""
    shopping = ruleset.shopping
    if cents <= 0:
        return []
    if shopping.rule != "per_dollar" or not shopping.max_points_per_order:
        return [cents]
    largest = -(-shopping.max_points_per_order * 100 // shopping.points_per_usd)
    count = -(-cents // largest)
    share, extra = divmod(cents, count)
    return [share + (1 if k < extra else 0) for k in range(count)]


def _planned_order(ref: str, day: date, cents: int, settings: Settings) -> Order:
    confirmed = day + timedelta(days=settings.confirmation_lag_days)
    return Order(ref, day, OrderStatus.CONFIRMED, cents, confirmed_date=confirmed)


def planned_records(whatif: WhatIf, ruleset: RuleSet, settings: Settings, today: date) -> Records:
    """The plan as records dated after today.

    A month's spend is bought on its 1st (this month's: tomorrow) and confirmed after the
    confirmation lag; its visits and reviews are spread over its days still to come. Reviews are
    of items at the rule set's minimum price or more, so each one counts.
    """
    tomorrow = today + timedelta(days=1)
    orders: list[Order] = []
    reviews: list[Review] = []
    visits: list[Visit] = []
    review_cents = max(ruleset.reviews.min_item_cents, 200)
    for index, (start, planned) in enumerate(zip(whatif.month_starts, whatif.months, strict=True)):
        last = month_end(month_index(start))
        first = max(start, tomorrow)
        if first > last and planned.spend_cents:
            first = tomorrow  # today is the month's last day: its spend goes in tomorrow
        for k, cents in enumerate(_order_amounts(ruleset, planned.spend_cents)):
            orders.append(_planned_order(f"{_PLAN_REF}order:{index}:{k}", first, cents, settings))
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        for k, when in enumerate(_spread(days, min(planned.visits, len(days)))):
            visits.append(Visit(f"{_PLAN_REF}visit:{index}:{k}", when))
        for k, when in enumerate(_spread(days, planned.reviews)):
            reviews.append(Review(f"{_PLAN_REF}review:{index}:{k}", when, review_cents))
    for index, purchase in enumerate(whatif.purchases):
        if purchase.cents > 0 and purchase.day > today:
            orders.append(_planned_order(f"{_PLAN_REF}purchase:{index}", purchase.day, purchase.cents, settings))
    return Records(orders=tuple(orders), reviews=tuple(reviews), visits=tuple(visits))


def planned_entries(
    whatif: WhatIf, records: Records, ruleset: RuleSet, settings: Settings, today: date
) -> list[LedgerEntry]:
    """The points the plan earns: ledger entries dated after today, from the rules' own functions.

    ``records`` are the shopper's real ones: this month's visits share the monthly cap with the
    planned ones, and promotions multiply planned orders as they would real ones.
    """
    planned = planned_records(whatif, ruleset, settings, today)
    if not (planned.orders or planned.reviews or planned.visits):
        return []
    this_month = month_start(month_index(today))
    real_visits = tuple(v for v in records.visits if this_month <= v.date <= today)
    combined = replace(planned, visits=real_visits + planned.visits, promotions=records.promotions)
    last = max(
        [o.confirmed_date or o.order_date for o in planned.orders]
        + [r.date for r in planned.reviews]
        + [v.date for v in planned.visits]
    )
    entries = build_ledger(combined, ruleset, settings, last)
    return [
        entry
        for entry in entries
        if entry.date > today and (entry.ref.startswith(_PLAN_REF) or entry.source in _DAY_SOURCES)
    ]


# --- what the plan does --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """A plan's effect: the status with it (as of today) and what is still needed for the target."""

    whatif: WhatIf
    target: Tier
    status: Status  # with the plan's points
    entries: tuple[LedgerEntry, ...]  # the plan's own
    residual: Plan  # P3 for the target on top of the plan
    reached: date | None  # a higher target: when it takes effect with the plan
    rise: tuple[date, Tier] | None  # the first tier above today's the plan gives, and from when
    monthly_points: tuple[int, ...]  # points credited in each plan month (real, pending and planned)

    @property
    def today(self) -> date:
        return self.status.as_of

    @property
    def points(self) -> int:
        return sum(entry.points for entry in self.entries)

    def as_plan(self) -> Plan | None:
        """The plan's points as a :class:`Plan` for :func:`tracker.charts.timeline_data`: each step
        adds what the plan earns by a recalculation (monthly windows count whole months, so a
        month's credits are as good at its end). ``None`` for an empty plan."""
        if not self.entries:
            return None
        ruleset = self.status.ruleset
        by_recalculation: dict[date, int] = {}
        for entry in self.entries:
            when = entry.date if is_daily(ruleset) else month_end(month_index(entry.date))
            by_recalculation[when] = by_recalculation.get(when, 0) + entry.points
        steps = tuple(
            PlanStep(when, effective_date(ruleset, when), points, Spend(0, 0), when)
            for when, points in sorted(by_recalculation.items())
        )
        return Plan(self.target, steps)

    def lapse_within_plan(self) -> Recalculation | None:
        """The lapse (P2) if it takes effect by the plan's last recalculation: the planner speaks
        of the plan's twelve months, and P2, which has no horizon, finds the day every plan's
        points run out."""
        lapse, ruleset = self.status.lapse, self.status.ruleset
        last = month_end(month_index(self.whatif.month_starts[-1]))
        return lapse if lapse is not None and lapse.effective <= effective_date(ruleset, last) else None

    # --- in words --------------------------------------------------------------------------------

    def headline(self) -> str:
        """``With this plan: Platinum holds until 8 Apr 2027, then Gold.`` (``As things stand: …``
        before anything is planned)."""
        status, lapse = self.status, self.lapse_within_plan()
        tier = ruleset_text(status.tier.name)
        if self.reached is not None:
            rest = translate("Planning", "{tier} from {date}.").format(
                tier=ruleset_text(self.target.name), date=day(self.reached)
            )
        elif lapse is not None:
            rest = translate("Planning", "{tier} holds until {date}, then {lower}.").format(
                tier=tier, date=day(lapse.effective), lower=ruleset_text(lapse.tier.name)
            )
        elif self.rise is not None:
            rise = {"next": ruleset_text(self.rise[1].name), "date": day(self.rise[0])}
            if status.ruleset.rank(status.tier) == 0:
                rest = translate("Planning", "{next} from {date}.").format(**rise)
            else:
                rest = translate("Planning", "{tier} holds, and {next} from {date}.").format(tier=tier, **rise)
        elif status.ruleset.rank(status.tier) == 0:
            rest = translate("Planning", "you stay {tier}.").format(tier=tier)
        else:
            rest = translate("Planning", "{tier} holds for the coming 12 months.").format(tier=tier)
        if self.whatif.is_empty:
            return translate("Planning", "As things stand: {outlook}").format(outlook=rest)
        return translate("Planning", "With this plan: {outlook}").format(outlook=rest)

    def target_sentence(self) -> str:
        """What else the target needs on top of the plan: the plan sentence (P3)."""
        ruleset, today, target = self.status.ruleset, self.today, self.target
        tier = ruleset_text(target.name)
        steps = self.residual.steps
        if ruleset.rank(target) <= ruleset.rank(self.status.tier):
            if not steps:
                return translate("Planning", "That is enough to keep {tier} at every recalculation.").format(tier=tier)
            sentence = plan_sentence(self.residual, today)
            return translate("Planning", "Still needed: {plan}").format(plan=sentence[0].lower() + sentence[1:])
        if self.reached is not None:
            later = [step for step in steps if step.effective > self.reached]
            if not later:
                return translate("Planning", "{tier} then holds for the rest of the coming 12 months.").format(
                    tier=tier
                )
            first = later[0]
            values = {"tier": tier, "amount": dollars(first.spend.cents), "when": buy_by_phrase(first.buy_by, today)}
            sentence = translate("Planning", "To keep {tier} after that, also spend {amount} {when}.").format(**values)
            return _with_rest(sentence, later[1:], today, keep=False)
        first = steps[0]
        values = {
            "tier": tier,
            "date": short_day(first.effective),
            "amount": dollars(first.spend.cents),
            "when": buy_by_phrase(first.buy_by, today),
        }
        sentence = translate("Planning", "To reach {tier} on {date}, also spend {amount} {when}.").format(**values)
        return _with_rest(sentence, steps[1:], today, keep=True)

    def summary_sentence(self) -> str:
        """``This plan: $240 of orders, 120 visits and 12 reviews, 372 points by Oct 2027.``"""
        whatif = self.whatif
        if whatif.is_empty:
            return translate(
                "Planning", "Type what you mean to spend, and how often you visit and review, month by month."
            )
        parts = []
        if whatif.spend_cents:
            parts.append(translate("Planning", "{amount} of orders").format(amount=dollars(whatif.spend_cents)))
        visits = sum(m.visits for m in whatif.months)
        reviews = sum(m.reviews for m in whatif.months)
        if visits:
            parts.append(
                translate("Planning", "1 visit") if visits == 1 else translate("Planning", "%n visits", None, visits)
            )
        if reviews:
            parts.append(
                translate("Planning", "1 review")
                if reviews == 1
                else translate("Planning", "%n reviews", None, reviews)
            )
        what = parts[-1]
        if len(parts) > 1:
            what = translate("Planning", "{list} and {last}").format(list=", ".join(parts[:-1]), last=parts[-1])
        last = whatif.month_starts[-1]
        return translate("Planning", "This plan: {what}, earning {points} points by the end of {month}.").format(
            what=what, points=number(self.points), month=month(last)
        )


def _with_rest(sentence: str, rest: Sequence[PlanStep], today: date, *, keep: bool) -> str:
    """``sentence`` and, as a sentence of its own, what the later purchases take and by when —
    so that each amount is read with its own date (#16): ``Then $442 more by 8 Dec, over 7 purchases.``"""
    if not rest:
        return sentence
    values = {"total": dollars(sum(step.spend.cents for step in rest)), "last": buy_by_phrase(rest[-1].buy_by, today)}
    purchases = len(rest)
    if purchases == 1:
        if keep:
            then = translate("Planning", "Keeping it then takes {total} more {last}.")
        else:
            then = translate("Planning", "Then {total} more {last}.")
    elif keep:
        then = translate("Planning", "Keeping it then takes {total} more {last}, over %n purchases.", None, purchases)
    else:
        then = translate("Planning", "Then {total} more {last}, over %n purchases.", None, purchases)
    return f"{sentence} {then.format(**values)}"


class Evaluator:
    """Evaluates plans against one status, keeping what every evaluation of it shares."""

    def __init__(self) -> None:
        self._base: tuple[Status, dict[date, int], dict[date, int]] | None = None

    def _totals(self, status: Status) -> tuple[dict[date, int], dict[date, int]]:
        if self._base is None or self._base[0] is not status:
            credited: dict[date, int] = {}
            expected: dict[date, int] = {}
            is_expected = Credit.EXPECTED
            for entry in status.ledger:
                into = expected if entry[5] is is_expected else credited
                into[entry[0]] = into.get(entry[0], 0) + entry[1]
            self._base = (status, credited, expected)
        return self._base[1], self._base[2]

    def evaluate(self, whatif: WhatIf, status: Status, records: Records, settings: Settings) -> Outcome:
        """The status with ``whatif``'s points added (as of ``status.as_of``), and the rest."""
        today, ruleset = status.as_of, status.ruleset
        whatif = whatif.moved_to(today)
        target = _tier(ruleset, whatif.target, default_target(ruleset, status.tier))
        entries = tuple(planned_entries(whatif, records, ruleset, settings, today))
        credited, expected = self._totals(status)
        if entries:
            credited = dict(credited)
            for entry in entries:
                credited[entry.date] = credited.get(entry.date, 0) + entry.points
        planned = status_from_totals(credited, expected, status.ledger + entries, ruleset, settings, today)
        series = PointsSeries(credited)
        if settings.include_pending and expected:
            series = series.plus(expected.items())
        residual = plan_for_tier(series, ruleset, settings, today, target)
        now = ruleset.rank(status.tier)
        reached = _first_at(series, ruleset, today, ruleset.rank(target)) if ruleset.rank(target) > now else None
        return Outcome(
            whatif=whatif,
            target=target,
            status=planned,
            entries=entries,
            residual=residual,
            reached=reached[0] if reached is not None else None,
            rise=_first_at(series, ruleset, today, now + 1) if now + 1 < len(ruleset.tiers) else None,
            monthly_points=_by_month(series, whatif),
        )


def default_target(ruleset: RuleSet, now: Tier) -> Tier:
    """Today's tier, or the one above it when today's is the first (there is nothing to keep)."""
    return ruleset.tier_above(now) or now if ruleset.rank(now) == 0 else now


def _tier(ruleset: RuleSet, name: str | None, default: Tier) -> Tier:
    if name:
        for tier in ruleset.tiers:
            if tier.name.casefold() == name.casefold():
                return tier
    return default


def _first_at(series: PointsSeries, ruleset: RuleSet, today: date, rank: int) -> tuple[date, Tier] | None:
    """The first tier of ``rank`` or above to take effect after today, within the coming 12 months."""
    first = month_index(today) - 1  # last month's total may take effect after today
    days = (
        [today + timedelta(days=n) for n in range(1, 366)]
        if is_daily(ruleset)
        else [month_end(first + k) for k in range(MONTHS + 1)]
    )
    for when in days:
        result = recalculate(series, ruleset, when)
        if result.effective > today and ruleset.rank(result.tier) >= rank:
            return result.effective, result.tier
    return None


def _by_month(series: PointsSeries, whatif: WhatIf) -> tuple[int, ...]:
    return tuple(series.total(start, month_end(month_index(start))) for start in whatif.month_starts)


# --- saved plans ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SavedPlan:
    """A plan as saved: its name, the day, and the points it expected each month."""

    name: str
    saved_on: date
    whatif: WhatIf
    planned_points: tuple[int, ...]  # per month of ``whatif``, as expected on ``saved_on``

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "saved_on": self.saved_on.isoformat(),
            "plan": self.whatif.to_json(),
            "planned_points": list(self.planned_points),
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> SavedPlan:
        return cls(
            name=str(value["name"]),
            saved_on=date.fromisoformat(value["saved_on"]),
            whatif=WhatIf.from_json(value["plan"]),
            planned_points=tuple(int(p) for p in value["planned_points"]),
        )


def saved_plan(name: str, outcome: Outcome) -> SavedPlan:
    return SavedPlan(name, outcome.today, outcome.whatif, outcome.monthly_points)


def parse_saved_plans(text: str) -> list[SavedPlan]:
    """The saved plans from the setting's JSON; a damaged value reads as none, never an error."""
    try:
        values = json.loads(text) if text else []
        return [SavedPlan.from_json(value) for value in values]
    except (ValueError, TypeError, KeyError):
        return []


def dump_saved_plans(plans: Iterable[SavedPlan]) -> str:
    return json.dumps([plan.to_json() for plan in plans], separators=(",", ":"))


def with_saved(plans: Sequence[SavedPlan], plan: SavedPlan) -> list[SavedPlan]:
    """``plans`` with ``plan`` added, replacing one of the same name (newest first)."""
    return [plan, *(p for p in plans if p.name.casefold() != plan.name.casefold())]


@dataclass(frozen=True, slots=True)
class MonthComparison:
    month: date  # the 1st
    planned: int
    actual: int
    complete: bool  # False: the month is still going on

    @property
    def difference(self) -> int:
        return self.actual - self.planned


def compare(plan: SavedPlan, ledger: Iterable[LedgerEntry], today: date) -> list[MonthComparison]:
    """Planned against credited points for each plan month that has begun by today (from the
    month the plan was saved in); the current month so far."""
    starts = plan.whatif.month_starts
    first, current = month_index(plan.saved_on), month_index(today)
    wanted = {month_index(start): i for i, start in enumerate(starts) if first <= month_index(start) <= current}
    if not wanted:
        return []
    actual = dict.fromkeys(wanted, 0)
    low, high = month_start(min(wanted)), month_end(max(wanted))
    is_expected = Credit.EXPECTED
    for entry in ledger:
        when = entry[0]
        if low <= when <= high and entry[5] is not is_expected and when <= today:
            index = when.year * 12 + when.month - 1
            if index in actual:
                actual[index] += entry[1]
    return [
        MonthComparison(month_start(m), plan.planned_points[i], actual[m], m < current)
        for m, i in sorted(wanted.items())
    ]
