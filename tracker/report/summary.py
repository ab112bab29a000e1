"""A :class:`~tracker.rules.Status` in words and in JSON, shared by the CLI and the dashboard.

No Qt here: the window shows the same sentences the command line prints, so the two never
disagree about what a figure means.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from tracker.i18n import formats, number, translate
from tracker.report.ruleset_words import ruleset_text
from tracker.rules import Plan, Status
from tracker.rules.window import window_start


def money(cents: int) -> str:
    """``4250`` → ``"42.50"``: two decimals, no grouping, no float on the way — for a box the
    shopper edits and for files, never localised."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def dollars(cents: int) -> str:
    """``4200`` → ``"$42"``, ``4250`` → ``"$42.50"``: how a shopper writes a price."""
    return formats().price(cents)


def amount(cents: int) -> str:
    """``123456`` → ``"1,234.56"``: an amount in a table cell, in the user's locale."""
    return formats().amount(cents)


def day(value: date) -> str:
    """``8 Apr 2027``: unambiguous in every locale, unlike 4/8/2027."""
    return formats().date(value)


def short_day(value: date) -> str:
    return formats().short_date(value)


def month(value: date) -> str:
    return formats().month(value)


def month_abbreviation(value: date) -> str:
    """``Apr`` (``avr.``, ``juil.`` …): a month's short name without the year."""
    return formats().month_abbreviation(value)


def signed_count(words: Callable[[int], str], count: int) -> str:
    """``words(count)`` for a count that may be below zero (a window total after a negative
    adjustment): a translation's ``%n`` takes no negative count — Qt leaves ``%Ln`` as it is —
    so the words are those of its size, and the figure in them gets its sign back."""
    if count >= 0:
        return words(count)
    return words(-count).replace(number(-count), number(count), 1)


# --- sentences -----------------------------------------------------------------------------------


def _tier(tier_name: str) -> str:
    return ruleset_text(tier_name)


def lapse_sentence(status: Status) -> str:
    if status.lapse is None:
        if status.ruleset.rank(status.tier) == 0:
            return translate("Summary", "{tier} is the first tier: there is nothing to lose.").format(
                tier=_tier(status.tier.name)
            )
        return translate("Summary", "Your {tier} tier is safe for the coming 12 months.").format(
            tier=_tier(status.tier.name)
        )
    days_left = (status.lapse.effective - status.as_of).days
    return translate(
        "Summary", "{tier} ends {date} (%n days): you drop to {lower} unless you earn more points.", None, days_left
    ).format(tier=_tier(status.tier.name), date=day(status.lapse.effective), lower=_tier(status.lapse.tier.name))


def buy_by_phrase(buy_by: date, today: date) -> str:
    """``by 11 Mar``; ``today``; or ``as soon as you can`` once the usual lag no longer fits."""
    if buy_by < today:
        return translate("Summary", "as soon as you can")
    if buy_by == today:
        return translate("Summary", "today")
    return translate("Summary", "by {date}").format(date=short_day(buy_by))


def plan_sentence(plan: Plan, today: date) -> str:
    """``Spend $42 by 11 Mar to still be Platinum on 8 Apr.`` — the first step; then, as its own
    sentence so that no amount can be read with the wrong date, what the whole year takes."""
    if not plan.steps:
        return translate("Summary", "No spending needed to keep {tier} for the coming 12 months.").format(
            tier=_tier(plan.tier.name)
        )
    first = plan.steps[0]
    values = {
        "amount": dollars(first.spend.cents),
        "when": buy_by_phrase(first.buy_by, today),
        "tier": _tier(plan.tier.name),
        "date": short_day(first.effective),
        "total": dollars(plan.spend_cents),
    }
    first_step = translate("Summary", "Spend {amount} {when} to still be {tier} on {date}.").format(**values)
    purchases = len(plan.steps)
    if purchases > 1:
        year = translate(
            "Summary",
            "Keeping it for the coming 12 months takes %n purchases, {total} in all, starting with this one.",
            None,
            purchases,
        ).format(**values)
        return f"{first_step} {year}"
    return first_step


def next_tier_sentence(status: Status) -> str:
    gap = status.to_next_tier
    if gap is None:
        return translate("Summary", "{tier} is the top tier.").format(tier=_tier(status.next_recalculation.tier.name))
    points = gap.points
    return translate("Summary", "%n more points by {date} reach {tier}.", None, points).format(
        date=day(status.next_recalculation.date), tier=_tier(gap.tier.name)
    )


def steady_sentence(status: Status) -> str:
    spend = status.steady_monthly_spend
    if spend.cents == 0:
        return translate("Summary", "{tier} needs no regular spending.").format(tier=_tier(status.tier.name))
    return translate("Summary", "{amount} a month keeps {tier} for good.").format(
        amount=dollars(spend.cents), tier=_tier(status.tier.name)
    )


def expected_toward_next(status: Status, include_pending: bool) -> int:
    """Of the next recalculation's points, those still expected from pending orders (P1).

    ``status.expected_points`` counts every pending credit; some land after the recalculation.
    From the expected points per day, which a status read from last time's snapshot has too
    (it has no ledger).
    """
    if not include_pending or not status.expected_points:
        return 0
    last = status.next_recalculation.date
    return status.expected.total(window_start(status.ruleset, last), last)


def recalculation_sentence(status: Status) -> str:
    """``Counted on 30 Nov 2026: Platinum from 8 Dec 2026.``"""
    nxt = status.next_recalculation
    if nxt.date == nxt.effective:
        return translate("Summary", "Counted every day: {tier} from {date}.").format(
            tier=_tier(nxt.tier.name), date=day(nxt.effective)
        )
    return translate("Summary", "Counted on {date}: {tier} from {effective}.").format(
        date=day(nxt.date), tier=_tier(nxt.tier.name), effective=day(nxt.effective)
    )


def lapse_cost(status: Status) -> tuple[str, ...]:
    """The benefits of today's tier that the tier after the lapse lacks; empty without a lapse."""
    if status.lapse is None:
        return ()
    tier, lower = status.tier, status.lapse.tier
    lost = [benefit for benefit in tier.benefits if benefit not in lower.benefits]
    mentions_refunds = any("refund" in benefit.casefold() for benefit in lost)
    shown = [ruleset_text(benefit) for benefit in lost]
    if tier.fast_refund_usd > lower.fast_refund_usd and not mentions_refunds:
        shown.append(
            translate("Summary", "Fast refunds up to {amount}").format(amount=dollars(tier.fast_refund_usd * 100))
        )
    return tuple(shown)


# --- the CLI's human-readable status -------------------------------------------------------------


def status_text(status: Status) -> str:
    nxt = status.next_recalculation
    expected = f" (with {status.expected_points} expected from pending orders)" if status.expected_points else ""
    lines = [
        f"As of {day(status.as_of)} — rule set {status.ruleset.id}",
        f"Tier now:            {status.tier.name}",
        f"Points in window:    {status.window_points}",
        f"Next recalculation:  {day(nxt.date)}: {nxt.points} points{expected} → {nxt.tier.name} "
        f"from {day(nxt.effective)}",
        f"Next tier:           {next_tier_sentence(status)}",
        f"Lapse:               {lapse_sentence(status)}",
        f"Keep {status.tier.name}:".ljust(21) + plan_sentence(status.keep_plan, status.as_of),
        f"Steady spend:        {steady_sentence(status)}",
        "Points leaving:      " + ", ".join(f"{month(e.recalculation)} {e.points}" for e in status.expiring if e.points)
        if any(e.points for e in status.expiring)
        else "Points leaving:      none",
    ]
    return "\n".join(lines)


def plan_text(plan: Plan, today: date) -> str:
    if not plan.steps:
        return f"Nothing to add: every coming recalculation reaches {plan.tier.name}."
    lines = [f"To have {plan.tier.name} at every coming recalculation:"]
    for step in plan.steps:
        orders = f"{step.spend.orders} order{'s' if step.spend.orders != 1 else ''}"
        when = f"by {day(step.buy_by)}" if step.buy_by >= today else "as soon as you can"
        lines.append(
            f"  {when}: spend {dollars(step.spend.cents)} ({step.points} points, {orders}) "
            f"for the {day(step.recalculation)} recalculation"
        )
    lines.append(f"In all: {dollars(plan.spend_cents)} for {plan.points} points.")
    return "\n".join(lines)


# --- JSON ----------------------------------------------------------------------------------------


def plan_json(plan: Plan) -> list[dict[str, Any]]:
    return [
        {
            "recalculation": step.recalculation.isoformat(),
            "points": step.points,
            "spend_usd": money(step.spend.cents),
            "buy_by": step.buy_by.isoformat(),
        }
        for step in plan.steps
        if step.points > 0
    ]


def status_json(status: Status) -> dict[str, Any]:
    """Exactly the keys the CLI documents for ``status --json``."""
    nxt = status.next_recalculation
    return {
        "as_of": status.as_of.isoformat(),
        "ruleset": status.ruleset.id,
        "tier": status.tier.name,
        "window_points": status.window_points,
        "next_recalculation": {
            "date": nxt.date.isoformat(),
            "effective": nxt.effective.isoformat(),
            "points": nxt.points,
            "tier": nxt.tier.name,
        },
        "to_next_tier": (
            {"tier": status.to_next_tier.tier.name, "points": status.to_next_tier.points}
            if status.to_next_tier
            else None
        ),
        "lapse": (
            {
                "recalculation": status.lapse.date.isoformat(),
                "effective": status.lapse.effective.isoformat(),
                "tier": status.lapse.tier.name,
            }
            if status.lapse
            else None
        ),
        "expiring": [{"recalculation": e.recalculation.isoformat(), "points": e.points} for e in status.expiring],
        "keep_plan": plan_json(status.keep_plan),
        "steady_monthly_spend_usd": money(status.steady_monthly_spend.cents),
    }
