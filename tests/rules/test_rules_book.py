"""A ledger kept up to date record by record always equals a full computation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.builders import SETTINGS, bonus, d, order, records, visit
from tests.rules.test_rules_properties import RULESETS, days, orders, shopper_records
from tracker.rules import Records, RuleSet, Settings, Status, Visit, compute_status
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
