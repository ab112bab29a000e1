"""The words of the shipped rule sets, for translators.

A rule set is data, so its tier names, benefits and descriptions are not in the code for
``pyside6-lupdate`` to find. They are listed here instead; :func:`ruleset_text` shows them in
the user's language, and a shopper's own rule set shows its own words as written.
``tests/test_i18n.py`` checks this list holds every text of every shipped rule set.
"""

from __future__ import annotations

from tracker.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "RuleSet"

SHIPPED_TEXTS = (
    QT_TRANSLATE_NOOP("RuleSet", "AliExpress member program (since 2023)"),
    QT_TRANSLATE_NOOP(
        "RuleSet",
        "Silver, Gold, Platinum and Diamond; 1 point per US$1; month-end recalculation over 12 "
        "months, effective on the 8th.",
    ),
    QT_TRANSLATE_NOOP("RuleSet", "Silver"),
    QT_TRANSLATE_NOOP("RuleSet", "5% off Top Weekly Brands"),
    QT_TRANSLATE_NOOP("RuleSet", "Birthday gift"),
    QT_TRANSLATE_NOOP("RuleSet", "Registration-anniversary voucher"),
    QT_TRANSLATE_NOOP("RuleSet", "Level-up coupons"),
    QT_TRANSLATE_NOOP("RuleSet", "Gold"),
    QT_TRANSLATE_NOOP("RuleSet", "8% off Top Weekly Brands"),
    QT_TRANSLATE_NOOP("RuleSet", "Exclusive member prices"),
    QT_TRANSLATE_NOOP("RuleSet", "Exclusive event discounts"),
    QT_TRANSLATE_NOOP("RuleSet", "Platinum"),
    QT_TRANSLATE_NOOP("RuleSet", "10% off Top Weekly Brands"),
    QT_TRANSLATE_NOOP("RuleSet", "Fast refunds up to US$25"),
    QT_TRANSLATE_NOOP("RuleSet", "Exclusive event benefits"),
    QT_TRANSLATE_NOOP("RuleSet", "Diamond"),
    QT_TRANSLATE_NOOP("RuleSet", "15% off Top Weekly Brands (up to 25% on select items)"),
    QT_TRANSLATE_NOOP("RuleSet", "Fast refunds up to US$100"),
    QT_TRANSLATE_NOOP("RuleSet", "Limited daily coupons"),
    QT_TRANSLATE_NOOP("RuleSet", "AliExpress member program, flat points per order"),
    QT_TRANSLATE_NOOP(
        "RuleSet",
        "The 2023 tiers and window, but 5 points per order of US$2 or more, at most 5 a day (the "
        "other reading of the shopping rule).",
    ),
    QT_TRANSLATE_NOOP("RuleSet", "AliExpress levels A0-A4 (legacy)"),
    QT_TRANSLATE_NOOP(
        "RuleSet",
        "Five levels A0-A4 over the last 365 days; 1 point per US$1 for at most 10 orders of a "
        "product; 5 points per purchase day.",
    ),
    QT_TRANSLATE_NOOP("RuleSet", "A0"),
    QT_TRANSLATE_NOOP("RuleSet", "A1"),
    QT_TRANSLATE_NOOP("RuleSet", "Price-drop notifications"),
    QT_TRANSLATE_NOOP("RuleSet", "A2"),
    QT_TRANSLATE_NOOP("RuleSet", "A3"),
    QT_TRANSLATE_NOOP("RuleSet", "A4"),
    QT_TRANSLATE_NOOP("RuleSet", "Accelerated disputes (reviewed within 5 days)"),
)


def ruleset_text(text: str) -> str:
    """A tier name, benefit or description of a rule set, translated when it is a shipped one."""
    return translate(CONTEXT, text) if text else text
