"""Hostile input to the forms and to rule-set loading: whatever is typed or loaded, the answer
is a problem named for the shopper, never a traceback, and a refused record writes nothing."""

from __future__ import annotations

import copy
import sqlite3
import tempfile
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tracker.currency.rates import parse_rate
from tracker.rules.records import EntryKind, OrderStatus
from tracker.rules.ruleset import RuleSet, RuleSetError, builtin_dir, load_ruleset, parse_ruleset
from tracker.store import crud
from tracker.store.connection import close_database, open_database
from tracker.store.drafts import (
    EntryDraft,
    FollowDraft,
    LineDraft,
    OrderDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
    validate,
)
from tracker.store.errors import StoreError
from tracker.ui.forms.promotion_form import read_multiplier
from tracker.ui.forms.widgets import read_money

HUGE = 10**30
texts = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.sampled_from("\x00\r\n\t=+-@\"'\\,;|{}"), max_size=40),
    st.just("x" * 100_000),
)
amounts = st.one_of(st.integers(-HUGE, HUGE), st.integers(-10_000, 10_000))
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
decimals = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from([Decimal("NaN"), Decimal("sNaN"), Decimal("-Infinity"), Decimal("1E+999999"), Decimal(0)]),
)

lines = st.builds(LineDraft, texts, texts, texts, amounts, amounts)
orders = st.builds(
    OrderDraft,
    order_no=st.one_of(st.none(), texts),
    order_date=days,
    status=st.sampled_from(list(OrderStatus)),
    lines=st.lists(lines, max_size=4).map(tuple),
    discount_cents=amounts,
    shipping_cents=amounts,
    confirmed_date=st.one_of(st.none(), days),
    expected_date=st.one_of(st.none(), days),
    refund_cents=amounts,
    refund_date=st.one_of(st.none(), days),
    store=texts,
    currency=texts,
    paid_cents=st.one_of(st.none(), amounts),
    usd_estimated=st.booleans(),
    note=texts,
)
drafts = st.one_of(
    orders,
    st.builds(ReviewDraft, days, st.one_of(st.none(), amounts), texts, texts, st.none()),
    st.builds(PostDraft, days, texts),
    st.builds(FollowDraft, days, texts),
    st.builds(EntryDraft, days, amounts, st.sampled_from(list(EntryKind)), texts),
    st.builds(PromotionDraft, texts, days, days, decimals),
)
_ADD = {
    OrderDraft: crud.add_order,
    ReviewDraft: crud.add_review,
    PostDraft: crud.add_post,
    FollowDraft: crud.add_follow,
    EntryDraft: crud.add_entry,
    PromotionDraft: crud.add_promotion,
}


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        counts = {table: conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}
    conn.close()
    return counts


_DAY = date(2026, 3, 1)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(drafts, min_size=1, max_size=3))
@example([OrderDraft("1", _DAY, OrderStatus.PENDING, (LineDraft("Lamp", "", "", 1, HUGE),))])
@example([OrderDraft("2", _DAY, OrderStatus.PENDING, (LineDraft("Lamp", "", "", HUGE, 1),))])
@example([OrderDraft("3", _DAY, OrderStatus.PENDING, (LineDraft("Lamp", "", "", 1, 100),), shipping_cents=HUGE)])
@example([OrderDraft("4", _DAY, OrderStatus.PENDING, (), paid_cents=HUGE)])
@example([EntryDraft(_DAY, HUGE), EntryDraft(_DAY, -HUGE)])
@example([ReviewDraft(_DAY, HUGE)])
@example([PromotionDraft("x" * 100_000, _DAY, _DAY, Decimal("1E+999999"))])
@example([OrderDraft("\x00", date(9999, 12, 31), OrderStatus.CONFIRMED, (LineDraft("\x00", "", "", 1, 100),))])
def test_any_draft_is_saved_or_refused_with_problems_and_a_refusal_writes_nothing(batch: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "points.sqlite3"
        db = open_database(path)
        try:
            for draft in batch:
                problems = validate(draft)
                assert all(problem.message for problem in problems)
                before = _counts(path)
                try:
                    _ADD[type(draft)](db, draft)
                except StoreError as error:
                    assert problems, f"the checks passed but saving failed: {error}"
                    assert _counts(path) == before
                else:
                    assert problems == [], "a draft with problems was saved"
        finally:
            close_database()


@given(texts)
@example("1e999999999")
@example("-0,00")
@example("$ 1.234,56 EUR")
@example("١٢٣")  # Arabic-Indic digits
def test_typing_anything_in_a_money_box_gives_cents_or_a_message(text: str) -> None:
    cents, message = read_money(text, ("USD", "EUR"))
    assert (cents is None) or isinstance(cents, int)
    assert cents is None or message == ""
    if text.strip() and cents is None:
        assert message


@given(texts)
@example("×1E+999999")
@example("sNaN")
def test_typing_anything_as_a_multiplier_is_read_and_checked_without_a_traceback(text: str) -> None:
    draft = PromotionDraft("11.11", date(2026, 11, 11), date(2026, 11, 11), read_multiplier(text))
    problems = validate(draft)
    assert isinstance(problems, list)


@given(texts)
def test_typing_anything_as_an_exchange_rate_is_a_rate_or_a_reason(text: str) -> None:
    rate = parse_rate(text)
    assert rate is None or (rate.is_finite() and rate > 0)


# --- rule sets ----------------------------------------------------------------------------------

SHIPPED = {path.name: tomllib.loads(path.read_text(encoding="utf-8")) for path in sorted(builtin_dir().glob("*.toml"))}
junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-HUGE, HUGE),
    st.floats(allow_nan=True, allow_infinity=True),
    texts,
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=8), st.integers(), max_size=3),
    st.builds(lambda: [{"name": "x"}]),
    st.dates(),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path inside a parsed TOML document."""
    found = []
    if isinstance(value, dict):
        for key, inner in value.items():
            found.append((*prefix, key))
            found.extend(_paths(inner, (*prefix, key)))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found.append((*prefix, index))
            found.extend(_paths(inner, (*prefix, index)))
    return found


@st.composite
def damaged_rulesets(draw: st.DrawFn) -> dict[str, Any]:
    """A shipped rule set with a few values replaced by junk or removed."""
    data = copy.deepcopy(SHIPPED[draw(st.sampled_from(sorted(SHIPPED)))])
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data)
        if not paths:
            break
        *parent_path, key = draw(st.sampled_from(paths))
        parent: Any = data
        for step in parent_path:
            parent = parent[step]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[key]
        else:
            parent[key] = copy.deepcopy(draw(junk))
    return data


@settings(max_examples=300, deadline=None)
@given(damaged_rulesets())
def test_a_damaged_rule_set_is_refused_with_a_reason_or_loads(data: dict[str, Any]) -> None:
    try:
        ruleset = parse_ruleset(data, "mine.toml")
    except RuleSetError as error:
        assert "mine.toml" in str(error)
    else:
        assert isinstance(ruleset, RuleSet)
        assert ruleset.tiers


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.binary(max_size=4096), texts.map(lambda text: text.encode("utf-8", "surrogatepass"))))
def test_random_bytes_as_a_rule_set_file_are_refused_with_a_reason(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.toml"
        path.write_bytes(raw)
        try:
            load_ruleset(path)
        except RuleSetError as error:
            assert str(path) in str(error)
