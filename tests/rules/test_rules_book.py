"""A ledger kept up to date record by record always equals a full computation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.builders import SETTINGS, bonus, d, order, records, visit
from tests.rules.test_rules_properties import RULESETS, days, orders, shopper_records
from tracker.rules import (
    ClubPost,
    Credit,
    Order,
    PointsEntry,
    Records,
    Review,
    RuleSet,
    Settings,
    Status,
    StoreFollow,
    Visit,
    build_ledger,
    compute_status,
)
from tracker.rules.book import LedgerBook, Record


def comparable(status: Status) -> Status:
    return replace(status, ledger=tuple(sorted(status.ledger)))


def full(book: LedgerBook) -> Status:
    return compute_status(book.records(), book.ruleset, book.settings, book.as_of)


def test_a_new_order_updates_the_window_and_its_days_bonus(ae2023: RuleSet) -> None:
    first = order("2026-10-01", "40", categories=("Toys",))
    book = LedgerBook(records(first), ae2023, SETTINGS, d("2026-11-24"))
    assert book.status().window_points == 40
    book.put(order("2026-10-01", "15", categories=("Home",)))
    assert book.status().window_points == 40 + 15 + 2  # S3: two categories that day
    assert comparable(book.status()) == comparable(full(book))


def test_editing_and_removing_records(ae2023: RuleSet) -> None:
    first = order("2026-10-01", "40")
    book = LedgerBook(records(first, bonus("2026-06-01", 100)), ae2023, SETTINGS, d("2026-11-24"))
    book.put(replace(first, items_cents=9000))
    assert book.status().window_points == 190
    book.remove(first.ref)
    assert book.status().window_points == 100
    book.remove("order:nothing")
    assert comparable(book.status()) == comparable(full(book))


def test_an_eleventh_visit_day_counts_again_when_an_earlier_one_is_removed(ae2023: RuleSet) -> None:
    visits = [visit(f"2026-10-{day:02d}") for day in range(1, 12)]
    book = LedgerBook(records(*visits), ae2023, SETTINGS, d("2026-11-24"))
    assert book.status().window_points == 10
    book.remove(visits[0].ref)
    assert book.status().window_points == 10
    assert {e.ref for e in book.entries()} == {v.ref for v in visits[1:]}


def mutations() -> st.SearchStrategy[list[tuple[str, object]]]:
    new_record = st.one_of(
        orders("order:x").map(lambda o: ("put", o)),
        days.map(lambda day: ("put", Visit("visit:x", day))),
    )
    return st.lists(st.one_of(new_record, st.just(("remove", None))), max_size=8)


@settings(max_examples=60, deadline=None)
@given(shopper_records(), st.sampled_from(list(RULESETS.values())), days, mutations(), st.randoms())
def test_the_book_equals_a_full_computation_after_any_changes(
    data: Records, ruleset: RuleSet, as_of: date, changes: list[tuple[str, object]], rng: object
) -> None:
    book = LedgerBook(data, ruleset, Settings(), as_of)
    assert comparable(book.status()) == comparable(full(book))
    for number, (what, record) in enumerate(changes):
        existing = [*book.records().orders, *book.records().visits]
        if what == "remove":
            if existing:
                book.remove(rng.choice(existing).ref)  # type: ignore[attr-defined]
        else:
            assert isinstance(record, Record.__args__)  # type: ignore[attr-defined]
            same_kind = [r for r in existing if type(r) is type(record)]
            # Half the time replace an existing record of the same kind, else add a new one.
            ref = rng.choice(same_kind).ref if same_kind and rng.random() < 0.5 else f"new:{number}"  # type: ignore[attr-defined]
            book.put(replace(record, ref=ref))  # type: ignore[type-var]
        assert comparable(book.status()) == comparable(full(book))


def test_l1_moving_an_order_to_another_product_frees_its_slot_for_the_eleventh(legacy: RuleSet) -> None:
    eleven = [order(f"2026-03-{day:02d}", "10", products=("p1",)) for day in range(1, 12)]
    book = LedgerBook(records(*eleven), legacy, SETTINGS, d("2026-11-24"))
    assert eleven[-1].ref not in {entry.ref for entry in book.entries()}  # L1: past the first ten
    book.put(replace(eleven[0], product_ids=("p2",)))
    assert {entry.ref for entry in book.entries()} == {o.ref for o in eleven} | {
        f"day:2026-03-{day:02d}" for day in range(1, 12)
    }
    assert comparable(book.status()) == comparable(full(book))
    book.put(replace(eleven[0], product_ids=("p2", "p1")))  # back among p1's ten, through p2
    assert eleven[-1].ref not in {entry.ref for entry in book.entries()}
    assert comparable(book.status()) == comparable(full(book))


# --- any sequence of adds, edits and deletes, every shipped rule set ---------------------------------

near_days = st.dates(min_value=date(2025, 6, 1), max_value=date(2026, 12, 31))
products = st.lists(st.sampled_from(["p1", "p2", "p3"]), max_size=2).map(tuple)


@st.composite
def near_orders(draw: st.DrawFn, ref: str) -> Order:
    """An order of the months around the as-of dates below, of a few shared products."""
    drawn = draw(orders(ref))
    moved = date.fromordinal(date(2025, 6, 1).toordinal() + (drawn.order_date - date(2023, 1, 1)).days % 580)
    delta = moved - drawn.order_date
    return replace(
        drawn,
        order_date=moved,
        confirmed_date=drawn.confirmed_date and drawn.confirmed_date + delta,
        refund_date=drawn.refund_date and drawn.refund_date + delta,
        product_ids=draw(products),
    )


@st.composite
def any_record(draw: st.DrawFn, ref: str) -> Record:
    """A record of any kind; orders share a few products, so L1's slots tie them together."""
    kind = draw(st.sampled_from(["order"] * 6 + ["review", "visit", "post", "follow", "entry"]))
    day = draw(near_days)
    if kind == "order":
        return draw(near_orders(ref))
    if kind == "review":
        return Review(ref, day, draw(st.none() | st.integers(0, 5000)))
    if kind == "visit":
        return Visit(ref, day)
    if kind == "post":
        return ClubPost(ref, day)
    if kind == "follow":
        return StoreFollow(ref, day)
    return PointsEntry(ref, day, draw(st.integers(-50, 300)))


@st.composite
def history_and_changes(draw: st.DrawFn) -> tuple[Records, list[tuple[str, int, Record | None]]]:
    """A starting history and a sequence of (what, pick, record): ``pick`` chooses which existing
    record an edit or a delete applies to."""
    start = [draw(any_record(f"r:{number}")) for number in range(draw(st.integers(0, 40)))]
    # a crowd of one product's orders, so that L1's ten slots are often all taken
    crowd = draw(st.integers(0, 30))
    start += [replace(draw(near_orders(f"crowd:{n}")), product_ids=("p1",)) for n in range(crowd)]
    by_kind: dict[type[Any], list[Record]] = {}
    for record in start:
        by_kind.setdefault(type(record), []).append(record)
    data = Records(
        orders=tuple(by_kind.get(Order, ())),  # type: ignore[arg-type]
        reviews=tuple(by_kind.get(Review, ())),  # type: ignore[arg-type]
        visits=tuple(by_kind.get(Visit, ())),  # type: ignore[arg-type]
        posts=tuple(by_kind.get(ClubPost, ())),  # type: ignore[arg-type]
        follows=tuple(by_kind.get(StoreFollow, ())),  # type: ignore[arg-type]
        entries=tuple(by_kind.get(PointsEntry, ())),  # type: ignore[arg-type]
    )
    changes: list[tuple[str, int, Record | None]] = []
    for number in range(draw(st.integers(1, 12))):
        what = draw(st.sampled_from(["add", "edit", "edit", "delete"]))
        record = None if what == "delete" else draw(any_record(f"new:{number}"))
        changes.append((what, draw(st.integers(0, 10**6)), record))
    return data, changes


def _all_records(book: LedgerBook) -> list[Record]:
    everything = book.records()
    return [
        *everything.orders,
        *everything.reviews,
        *everything.visits,
        *everything.posts,
        *everything.follows,
        *everything.entries,
    ]


@pytest.mark.parametrize("ruleset_id", sorted(RULESETS))
@settings(max_examples=50, deadline=None)
@given(history=history_and_changes(), as_of=st.dates(min_value=date(2026, 3, 1), max_value=date(2027, 3, 1)))
def test_the_incremental_ledger_equals_a_full_rebuild_after_any_adds_edits_and_deletes(
    ruleset_id: str, history: tuple[Records, list[tuple[str, int, Record | None]]], as_of: date
) -> None:
    data, changes = history
    ruleset = RULESETS[ruleset_id]
    book = LedgerBook(data, ruleset, Settings(), as_of)
    for what, pick, record in changes:
        existing = _all_records(book)
        if what == "delete":
            book.remove(existing[pick % len(existing)].ref if existing else "r:none")
        elif what == "edit" and existing:
            # an edit keeps the record's ref (and so its kind, as the store does)
            target = existing[pick % len(existing)]
            assert record is not None
            if type(record) is not type(target):
                record = replace(target)  # an unchanged save is an edit too
            book.put(replace(record, ref=target.ref))  # type: ignore[type-var]
        else:
            assert record is not None
            book.put(record)
        rebuilt = build_ledger(book.records(), ruleset, book.settings, as_of)
        assert sorted(book.entries()) == sorted(rebuilt)
        assert comparable(book.status()) == comparable(full(book))


def test_a_flat_days_entry_is_marked_as_in_a_full_rebuild_after_an_edit(flat: RuleSet) -> None:
    """F1 marks a day's entry as the day's first order (in the order of the records) confirmed on
    its date is: the book hands a day's orders over in that order, so an edit that recomputes the
    day marks it as a full rebuild does, when an estimated and a credited order share the date."""
    estimated = order("2025-03-01", "10", confirmed=None)  # 20 days' lag: 21 March
    credited = order("2025-03-01", "10", confirmed="2025-03-21")
    for pair in ((estimated, credited), (credited, estimated)):
        book = LedgerBook(records(*pair), flat, SETTINGS, d("2025-03-30"))
        book.put(replace(pair[1], items_cents=2000))  # the first of them stays first
        f1 = [entry for entry in book.entries() if entry.rule == "F1"]
        assert [entry.credit for entry in f1] == [Credit.ESTIMATED if pair[0] is estimated else Credit.CREDITED]
        assert comparable(book.status()) == comparable(full(book))
