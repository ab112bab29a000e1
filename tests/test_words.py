"""Sentences that read right: each amount with its date, one full stop, tier names that fit the grammar.

No Qt here: the sentences come from ``tracker.report.summary`` and the ``.ts`` files are read as XML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tracker import i18n
from tracker.report.summary import plan_sentence
from tracker.rules import Plan, builtin_rulesets
from tracker.rules.projection import PlanStep, Spend

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
TIER_PLACEHOLDER = r"\{(?:tier|lower|next)\}"


def _translations(code: str) -> list[str]:
    root = ET.parse(TRANSLATIONS / f"points_tracker_{code}.ts").getroot()
    texts = []
    for translation in root.iter("translation"):
        texts += [translation.text or ""] + [form.text or "" for form in translation.iter("numerusform")]
    return [text for text in texts if re.search(TIER_PLACEHOLDER, text)]


def test_russian_never_puts_a_tier_name_where_it_would_have_to_be_declined() -> None:
    """«сохранить Платина», «до Серебро» are wrong: after a verb or a preposition the tier is a label,
    «уровень «Платина»», which keeps the noun «уровень» to decline instead."""
    oblique = re.compile(r"(?:уровн\w*|сохран\w*|достич\w*|достиг\w*|\bдо|\bдля|\bна|\bк|\bс)\s+" + TIER_PLACEHOLDER)
    wrong = [text for text in _translations("ru") if oblique.search(text)]
    assert wrong == []
    assert any("уровне «{tier}»" in text for text in _translations("ru"))


def test_polish_names_a_tier_as_a_label_after_the_word_level() -> None:
    """The Polish tier names are adjectives (Złoty): "poziomu Złoty" does not agree, "poziomu „Złoty”" reads."""
    bare = re.compile(r"poziom\w*\s+" + TIER_PLACEHOLDER)
    assert [text for text in _translations("pl") if bare.search(text)] == []


def _plan(steps: int) -> Plan:
    ruleset = builtin_rulesets()["aliexpress-2023"]
    platinum = next(tier for tier in ruleset.tiers if tier.name == "Platinum")
    step = PlanStep(date(2027, 4, 30), date(2027, 5, 8), 37, Spend(3_700, 1), date(2027, 4, 10))
    later = replace(step, recalculation=date(2027, 5, 31), effective=date(2027, 6, 8), spend=Spend(6_200, 1))
    all_steps = (step, *([later] * (steps - 1)))
    return Plan(platinum, all_steps)


def test_the_keep_sentence_puts_the_first_amount_with_its_date_and_the_years_total_apart() -> None:
    text = plan_sentence(_plan(8), date(2027, 3, 1))
    first, rest = text.split(". ", 1)
    assert first == "Spend $37 by 10 Apr to still be Platinum on 8 May"
    assert rest == "Keeping it for the coming 12 months takes 8 purchases, $471 in all, starting with this one."
    assert "($" not in text  # no total in brackets beside the first amount, to be read with its date


def test_a_single_purchase_needs_no_second_sentence() -> None:
    assert plan_sentence(_plan(1), date(2027, 3, 1)) == "Spend $37 by 10 Apr to still be Platinum on 8 May."


@pytest.mark.parametrize(
    ("template", "value", "expected"),
    [
        ("by {date}.", "8 nov.", "by 8 nov."),
        ("до {date}.", "8 нояб.", "до 8 нояб."),
        ("on {date}.", "8 May", "on 8 May."),
        ("Wait{date}", "...", "Wait..."),  # an ellipsis is left alone
        ("{date}.", "1.", "1.."),  # a number's stop is not an abbreviation's
    ],
)
def test_a_sentence_ending_on_an_abbreviated_month_ends_on_one_full_stop(
    template: str, value: str, expected: str
) -> None:
    assert i18n.translate("Test", template).format(date=value) == expected


def test_the_visit_reminder_says_where_to_record_the_visit() -> None:
    """It said "tick it here" on a dashboard with nothing to tick."""
    from tracker.report.reminders import VISIT, reminders
    from tracker.rules import Records, Settings, compute_status

    ruleset = builtin_rulesets()["aliexpress-2023"]
    status = compute_status(Records(), ruleset, Settings(), date(2026, 11, 24))
    found = reminders(status, Records(), Settings(), {})
    text = next(reminder.text for reminder in found if reminder.kind == VISIT)
    assert "Edit ▸ Visited today" in text and "tick it here" not in text
