"""What the shopper should do soon: claim coupons, set a birthday, visit, confirm, spend.

Pure functions of the status, the records and a few profile settings (no Qt, no clock): the
dashboard lists them and the window may also show them as desktop notifications. Each kind
has an id so the shopper can turn it off (setting ``reminders_off``, ids separated by commas).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.rules import OrderStatus, Records, Settings, Status
from tracker.rules.dates import month_index
from tracker.rules.rewards import birthday_deadline, levelup_coupons, registration_anniversary, tier_rises
from tracker.summary import buy_by_phrase, day, dollars, short_day

SETTING_BIRTHDAY = "birthday"
SETTING_REGISTRATION = "registration_date"
SETTING_REMINDERS_OFF = "reminders_off"

LEVEL_UP_COUPONS = "level_up_coupons"
BIRTHDAY = "birthday"
ANNIVERSARY = "anniversary"
VISIT = "visit"
OVERDUE = "overdue_confirmation"
LAPSE = "lapse"

KINDS: dict[str, str] = {
    LEVEL_UP_COUPONS: "Level-up coupons after a tier rise",
    BIRTHDAY: "Birthday gift: set your birthday in time",
    ANNIVERSARY: "Registration-anniversary voucher",
    VISIT: "Today's Member Center visit",
    OVERDUE: "Orders overdue for confirmation",
    LAPSE: "Tier lapsing within 30 days",
}

BIRTHDAY_NOTICE = timedelta(days=21)
ANNIVERSARY_NOTICE = timedelta(days=14)
LAPSE_NOTICE = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: str  # one of KINDS
    text: str
    due: date | None = None  # the date it is about, for sorting: soonest first
    urgent: bool = False


def turned_off(profile: Mapping[str, str]) -> set[str]:
    return {kind.strip() for kind in profile.get(SETTING_REMINDERS_OFF, "").split(",") if kind.strip()}


def _profile_date(profile: Mapping[str, str], key: str) -> date | None:
    try:
        return date.fromisoformat(profile.get(key, ""))
    except ValueError:
        return None


def reminders(status: Status, records: Records, settings: Settings, profile: Mapping[str, str]) -> list[Reminder]:
    """Everything worth telling the shopper today, soonest first, without the kinds turned off."""
    today, ruleset = status.as_of, status.ruleset
    found: list[Reminder] = []

    # C1: coupons after a tier rise, from the day the new tier holds until they expire.
    month = month_index(today)
    for rise in tier_rises(status.credited, ruleset, month - 2, month - 1):
        coupons = levelup_coupons(ruleset, rise)
        if rise.effective <= today <= coupons.use_by:
            found.append(
                Reminder(
                    LEVEL_UP_COUPONS,
                    f"You reached {rise.tier.name}: claim your level-up coupons between "
                    f"{short_day(coupons.first_issue)} and {short_day(coupons.last_issue)}, "
                    f"and use each within {ruleset.calendar.levelup_coupon_valid_days} days.",
                    coupons.last_issue,
                    urgent=today >= coupons.last_issue,
                )
            )

    # C2: the birth date must be in the AliExpress profile a few days before the birthday.
    birthday = _profile_date(profile, SETTING_BIRTHDAY)
    if birthday is not None:
        deadline = birthday_deadline(ruleset, birthday, today)
        if deadline - today <= BIRTHDAY_NOTICE:
            found.append(
                Reminder(
                    BIRTHDAY,
                    f"Birthday gift: make sure your birthday is set in your AliExpress profile by {day(deadline)}.",
                    deadline,
                    urgent=deadline - today <= timedelta(days=2),
                )
            )

    # C3: the registration-anniversary voucher.
    registered = _profile_date(profile, SETTING_REGISTRATION)
    if registered is not None:
        anniversary = registration_anniversary(ruleset, registered, today)
        if anniversary is not None and anniversary - today <= ANNIVERSARY_NOTICE:
            when = "today" if anniversary == today else f"on {day(anniversary)}"
            found.append(Reminder(ANNIVERSARY, f"Your registration-anniversary voucher comes {when}.", anniversary))

    # S5: today's visit, while the month's visits still count.
    if ruleset.visits.points:
        visits_this_month = {v.date for v in records.visits if month_index(v.date) == month and v.date <= today}
        cap = ruleset.visits.monthly_cap
        if today not in visits_this_month and (not cap or len(visits_this_month) < cap):
            found.append(Reminder(VISIT, "Visit the Member Center today for a point, then tick it here.", today))

    # P1: pending orders past the date they were expected to be confirmed.
    lag = timedelta(days=settings.confirmation_lag_days)
    overdue = [
        o
        for o in records.orders
        if o.status == OrderStatus.PENDING and o.order_date <= today and (o.expected_date or o.order_date + lag) < today
    ]
    if overdue:
        count = len(overdue)
        noun = "order is" if count == 1 else "orders are"
        found.append(
            Reminder(
                OVERDUE,
                f"{count} {noun} past the expected confirmation date: confirm receipt on AliExpress "
                f"(or mark them confirmed or cancelled here).",
                min(o.expected_date or o.order_date + lag for o in overdue),
            )
        )

    # P2 + P3: the tier lapses soon; say what to spend.
    lapse = status.lapse
    if lapse is not None and lapse.effective - today <= LAPSE_NOTICE:
        step = status.keep_plan.steps[0] if status.keep_plan.steps else None
        spend = f" Spend {dollars(step.spend.cents)} {buy_by_phrase(step.buy_by, today)} to keep it." if step else ""
        found.append(
            Reminder(
                LAPSE,
                f"{status.tier.name} ends {day(lapse.effective)}: you drop to {lapse.tier.name}.{spend}",
                lapse.effective,
                urgent=True,
            )
        )

    off = turned_off(profile)
    chosen = [r for r in found if r.kind not in off]
    return sorted(chosen, key=lambda r: (not r.urgent, r.due or today))
