"""Translations: the shapes lupdate can read, the English default, and the rule-set words.

The ``.ts`` files themselves are checked in ``tests/test_translations.py``.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from tracker import i18n
from tracker.i18n import Formats, translate
from tracker.report.ruleset_words import SHIPPED_TEXTS, ruleset_text
from tracker.rules.ruleset import builtin_rulesets

TRACKER = Path(__file__).resolve().parents[1] / "tracker"
_CALLS = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    if isinstance(node.func, ast.Name):
        return node.func.id
    return None


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _problems(path: Path) -> list[str]:
    """Calls lupdate would misread: an f-string or expression as the text, a context that is
    not a literal, a count passed by keyword."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name not in _CALLS:
            continue
        where = f"{path.relative_to(TRACKER.parent)}:{node.lineno}"
        if name == "tr" and not (isinstance(node.func, ast.Attribute) and node.args):
            continue  # some other tr, e.g. a local variable
        if name == "translate" and isinstance(node.func, ast.Attribute) and node.func.attr != "translate":
            continue
        args = node.args
        text_index = _CALLS[name]
        if len(args) <= text_index:
            continue  # e.g. str.translate(table)
        if name in ("translate", "QT_TRANSLATE_NOOP") and not _literal(args[0]):
            if len(args) > 1 and _literal(args[1]):
                # translate(CONTEXT, "text"): lupdate cannot see the context of a literal text
                found.append(f"{where}: the context must be a string literal")
            continue
        text = args[text_index]
        if isinstance(text, ast.JoinedStr | ast.BinOp):
            found.append(f"{where}: {name}() of an f-string or expression; use a literal and .format()")
        elif name != "translate" and not _literal(text):
            found.append(f"{where}: {name}() needs a literal text")
        if any(keyword.arg == "n" for keyword in node.keywords):
            found.append(f"{where}: pass the count positionally; lupdate ignores n=")
        count_index = text_index + 2
        if len(args) > count_index and _literal(text) and not ("%n" in text.value or "%Ln" in text.value):  # type: ignore[attr-defined]
            # a count makes Qt look up a plural form, which only a %n message has: it shows English
            found.append(f"{where}: a count is passed but the text has no %n or %Ln")
        if len(args) > count_index and not isinstance(args[count_index], ast.Name | ast.Constant):
            # lupdate silently drops the whole message when the count is e.g. result.new or len(x)
            found.append(f"{where}: pass the count as a plain name (count = ...; translate(..., count))")
    return found


_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _format_mismatches(path: Path) -> list[str]:
    """``translate(c, "… {a} …").format(b=…)``: a placeholder without a value raises KeyError in
    front of the shopper (often on a rare error path no test walks), a value without a
    placeholder is lost."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"):
            continue
        inner = node.func.value
        if not (isinstance(inner, ast.Call) and _call_name(inner) in ("translate", "tr")):
            continue
        text_index = 1 if _call_name(inner) == "translate" else 0
        if len(inner.args) <= text_index or not _literal(inner.args[text_index]):
            continue
        if node.args or any(keyword.arg is None for keyword in node.keywords):
            continue  # positional or **values: not checked
        wanted = set(_FIELD.findall(inner.args[text_index].value))  # type: ignore[attr-defined]
        given = {keyword.arg for keyword in node.keywords}
        if wanted != given:
            found.append(f"{path.relative_to(TRACKER.parent)}:{node.lineno}: {sorted(wanted)} vs {sorted(given)}")
    return found


def test_every_placeholder_gets_a_value_and_every_value_a_placeholder() -> None:
    problems = [problem for path in sorted(TRACKER.rglob("*.py")) for problem in _format_mismatches(path)]
    assert problems == []


def test_every_translation_call_has_a_shape_lupdate_extracts() -> None:
    problems = [problem for path in sorted(TRACKER.rglob("*.py")) for problem in _problems(path)]
    assert problems == []


def test_english_is_the_source_text_with_the_count_filled_in() -> None:
    assert translate("Summary", "Gold") == "Gold"
    assert translate("Summary", "%n points", None, 3) == "3 points"
    assert translate("Summary", "100%") == "100%"
    assert translate("Summary", "%Ln orders", None, 12345) == "12,345 orders"


def test_an_installed_translator_and_formats_are_used_and_can_be_removed() -> None:
    class Loud(Formats):
        def number(self, value: int) -> str:
            return f"<{value}>"

    i18n.install(lambda context, text, _d, _n: f"{context}:{text.upper()}", Loud())
    try:
        assert translate("Summary", "gold") == "Summary:GOLD"
        assert i18n.number(5) == "<5>"
        assert i18n.formats().amount(123456) == "<1234>.56"
    finally:
        i18n.install()
    assert translate("Summary", "gold") == "gold"
    assert i18n.number(1234) == "1,234"


@pytest.mark.parametrize(
    ("cents", "amount", "price"),
    [
        (0, "0.00", "$0"),
        (4250, "42.50", "$42.50"),
        (4200, "42.00", "$42"),
        (123456789, "1,234,567.89", "$1,234,567.89"),
        (-5, "-0.05", "-$0.05"),
    ],
)
def test_english_formats_write_amounts_and_prices(cents: int, amount: str, price: str) -> None:
    assert Formats().amount(cents) == amount
    assert Formats().price(cents) == price


def test_english_formats_write_unambiguous_dates() -> None:
    formats = Formats()
    assert formats.date(date(2027, 4, 8)) == "8 Apr 2027"
    assert formats.short_date(date(2027, 4, 8)) == "8 Apr"
    assert formats.month(date(2027, 12, 1)) == "Dec 2027"


def test_every_text_of_every_shipped_rule_set_is_listed_for_translators() -> None:
    texts = set()
    for ruleset in builtin_rulesets().values():
        texts |= {ruleset.name, ruleset.description}
        for tier in ruleset.tiers:
            texts |= {tier.name, *tier.benefits}
    texts.discard("")
    assert texts - set(SHIPPED_TEXTS) == set(), "add them to tracker/ruleset_words.py"


def test_a_shoppers_own_rule_set_words_show_as_written() -> None:
    assert ruleset_text("Bronze") == "Bronze"
    assert ruleset_text("") == ""
