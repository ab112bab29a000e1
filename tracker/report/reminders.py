"""What the shopper should do soon: claim coupons, set a birthday, visit, confirm, spend.

Pure functions of the status, the records and a few profile settings (no Qt, no clock): the
dashboard lists them and the window may also show them as desktop notifications. Each kind
has an id so the shopper can turn it off (setting ``reminders_off``, ids separated by commas).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.report.ruleset_words import ruleset_text
from tracker.report.summary import buy_by_phrase, day, dollars, short_day
from tracker.rules import OrderStatus, Records, Settings, Status
from tracker.rules.dates import month_index
from tracker.rules.rewards import birthday_deadline, levelup_coupons, registration_anniversary, tier_rises

SETTING_BIRTHDAY = "birthday"
SETTING_REGISTRATION = "registration_date"
SETTING_REMINDERS_OFF = "reminders_off"

LEVEL_UP_COUPONS = "level_up_coupons"
BIRTHDAY = "birthday"
ANNIVERSARY = "anniversary"
VISIT = "visit"
OVERDUE = "overdue_confirmation"
LAPSE = "lapse"

# Each kind as the settings list it (translate("Reminders", label) where shown).
KINDS: dict[str, str] = {
    LEVEL_UP_COUPONS: QT_TRANSLATE_NOOP("Reminders", "Level-up coupons after a tier rise"),
    BIRTHDAY: QT_TRANSLATE_NOOP("Reminders", "Birthday gift: set your birthday in time"),
    ANNIVERSARY: QT_TRANSLATE_NOOP("Reminders", "Registration-anniversary voucher"),
    VISIT: QT_TRANSLATE_NOOP("Reminders", "Today's Member Center visit"),
    OVERDUE: QT_TRANSLATE_NOOP("Reminders", "Orders overdue for confirmation"),
    LAPSE: QT_TRANSLATE_NOOP("Reminders", "Tier lapsing within 30 days"),
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


Finder = Callable[[Status, Records, Settings, Mapping[str, str]], list[Reminder]]


def reminders(status: Status, records: Records, settings: Settings, profile: Mapping[str, str]) -> list[Reminder]:
    """Everything worth telling the shopper today, soonest first, without the kinds turned off."""
    off = turned_off(profile)
    found = [
        reminder
        for kind, find in FINDERS.items()
        if kind not in off
        for reminder in find(status, records, settings, profile)
    ]
    return sorted(found, key=lambda r: (not r.urgent, r.due or status.as_of))


def coupons_after_a_rise(
    status: Status, records: Records, settings: Settings, profile: Mapping[str, str]
) -> list[Reminder]:
    """C1: coupons after a tier rise, from the day the new tier holds until they expire."""
    today, ruleset = status.as_of, status.ruleset
    month = month_index(today)
    found = []
    for rise in tier_rises(status.credited, ruleset, month - 2, month - 1):
        coupons = levelup_coupons(ruleset, rise)
        valid_days = ruleset.calendar.levelup_coupon_valid_days
        if rise.effective <= today <= coupons.use_by:
            text = translate(
                "Reminders",
                "You reached {tier}: claim your level-up coupons between {first} and {last}, "
                "and use each within %n days.",
                None,
                valid_days,
            ).format(
                tier=ruleset_text(rise.tier.name),
                first=short_day(coupons.first_issue),
                last=short_day(coupons.last_issue),
            )
            found.append(Reminder(LEVEL_UP_COUPONS, text, coupons.last_issue, urgent=today >= coupons.last_issue))
    return found


def birthday_gift(status: Status, records: Records, settings: Settings, profile: Mapping[str, str]) -> list[Reminder]:
    """C2: the birth date must be in the AliExpress profile a few days before the birthday."""
    today = status.as_of
    birthday = _profile_date(profile, SETTING_BIRTHDAY)
    if birthday is None:
        return []
    deadline = birthday_deadline(status.ruleset, birthday, today)
    if deadline - today > BIRTHDAY_NOTICE:
        return []
    text = translate(
        "Reminders", "Birthday gift: make sure your birthday is set in your AliExpress profile by {date}."
    ).format(date=day(deadline))
    return [Reminder(BIRTHDAY, text, deadline, urgent=deadline - today <= timedelta(days=2))]


def anniversary_voucher(
    status: Status, records: Records, settings: Settings, profile: Mapping[str, str]
) -> list[Reminder]:
    """C3: the registration-anniversary voucher."""
    today = status.as_of
    registered = _profile_date(profile, SETTING_REGISTRATION)
    if registered is None:
        return []
    anniversary = registration_anniversary(status.ruleset, registered, today)
    if anniversary is None or anniversary - today > ANNIVERSARY_NOTICE:
        return []
    if anniversary == today:
        text = translate("Reminders", "Your registration-anniversary voucher comes today.")
    else:
        text = translate("Reminders", "Your registration-anniversary voucher comes on {date}.").format(
            date=day(anniversary)
        )
    return [Reminder(ANNIVERSARY, text, anniversary)]


def todays_visit(status: Status, records: Records, settings: Settings, profile: Mapping[str, str]) -> list[Reminder]:
    """S5: today's visit, while the month's visits still count."""
    today, rule = status.as_of, status.ruleset.visits
    if not rule.points:
        return []
    month = month_index(today)
    visits_this_month = {v.date for v in records.visits if month_index(v.date) == month and v.date <= today}
    if today in visits_this_month or (rule.monthly_cap and len(visits_this_month) >= rule.monthly_cap):
        return []
    text = translate(
        "Reminders", "Visit the Member Center today for a point, then record the visit with Edit ▸ Visited today."
    )
    return [Reminder(VISIT, text, today)]


def overdue_confirmations(
    status: Status, records: Records, settings: Settings, profile: Mapping[str, str]
) -> list[Reminder]:
    """P1: pending orders past the date they were expected to be confirmed."""
    today = status.as_of
    lag = timedelta(days=settings.confirmation_lag_days)
    overdue = [
        o
        for o in records.orders
        if o.status == OrderStatus.PENDING and o.order_date <= today and (o.expected_date or o.order_date + lag) < today
    ]
    count = len(overdue)
    if not count:
        return []
    if count == 1:
        text = translate(
            "Reminders",
            "1 order is past the expected confirmation date: confirm receipt on AliExpress "
            "(or mark them confirmed or cancelled here).",
        )
    else:
        text = translate(
            "Reminders",
            "%n orders are past the expected confirmation date: confirm receipt on AliExpress "
            "(or mark them confirmed or cancelled here).",
            None,
            count,
        )
    return [Reminder(OVERDUE, text, min(o.expected_date or o.order_date + lag for o in overdue))]


def tier_lapse(status: Status, records: Records, settings: Settings, profile: Mapping[str, str]) -> list[Reminder]:
    """P2 + P3: the tier lapses soon; say what to spend."""
    today, lapse = status.as_of, status.lapse
    if lapse is None or lapse.effective - today > LAPSE_NOTICE:
        return []
    step = status.keep_plan.steps[0] if status.keep_plan.steps else None
    text = translate("Reminders", "{tier} ends {date}: you drop to {lower}.").format(
        tier=ruleset_text(status.tier.name), date=day(lapse.effective), lower=ruleset_text(lapse.tier.name)
    )
    if step:
        text += " " + translate("Reminders", "Spend {amount} {when} to keep it.").format(
            amount=dollars(step.spend.cents), when=buy_by_phrase(step.buy_by, today)
        )
    return [Reminder(LAPSE, text, lapse.effective, urgent=True)]


FINDERS: dict[str, Finder] = {
    LEVEL_UP_COUPONS: coupons_after_a_rise,
    BIRTHDAY: birthday_gift,
    ANNIVERSARY: anniversary_voucher,
    VISIT: todays_visit,
    OVERDUE: overdue_confirmations,
    LAPSE: tier_lapse,
}
"""Each kind of reminder and the function that finds it; a new kind is a function and a line here
(and a label in :data:`KINDS`)."""
