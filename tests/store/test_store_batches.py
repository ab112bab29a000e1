"""Imports as batches: duplicates, update, cancel, undo."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from peewee import SqliteDatabase

from tests.store.factories import DAY, line, order
from tracker.store import batches
from tracker.store import repository as repo
from tracker.store.batches import BatchResult
from tracker.store.connection import read_transaction
from tracker.store.drafts import EntryDraft, FollowDraft, PostDraft, PromotionDraft, ReviewDraft, VisitDraft
from tracker.store.errors import ImportCancelled, InvalidDraftError, RecordNotFoundError

ORDERS = [order(f"81{n:04}", order_date=DAY + timedelta(days=n % 5)) for n in range(30)]
VISITS = [VisitDraft(DAY + timedelta(days=n)) for n in range(10)]
REVIEWS = [ReviewDraft(DAY, 500, title="same day"), ReviewDraft(DAY, 500, title="same day"), ReviewDraft(DAY)]


def _import(db: SqliteDatabase, file_hash: str = "hash-1", **drafts: Any) -> BatchResult:
    drafts.setdefault("orders", ORDERS)
    drafts.setdefault("visits", VISITS)
    drafts.setdefault("reviews", REVIEWS)
    return repo.write_batch(db, file_name="orders.csv", file_hash=file_hash, kind="orders", **drafts)


def _counts(db: SqliteDatabase) -> tuple[int, ...]:
    records = repo.load_records(db)
    return tuple(
        len(group)
        for group in (
            records.orders,
            records.visits,
            records.reviews,
            records.posts,
            records.follows,
            records.entries,
            records.promotions,
        )
    )


def test_a_batch_writes_everything_and_is_recorded(db: SqliteDatabase) -> None:
    stamp = datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
    result = repo.write_batch(
        db,
        file_name="orders.csv",
        file_hash="abc",
        kind="orders",
        preset="aliexpress-2024",
        orders=ORDERS,
        visits=VISITS,
        reviews=REVIEWS,
        posts=[PostDraft(DAY, "hi")],
        follows=[FollowDraft(DAY, "Shop")],
        entries=[EntryDraft(DAY, 5)],
        promotions=[PromotionDraft("11.11", DAY, DAY, Decimal("2"))],
        rejected=2,
        imported_at=stamp,
    )
    assert result == BatchResult(batch_id=result.batch_id, new=47, updated=0, skipped=0)
    assert _counts(db) == (30, 10, 3, 1, 1, 1, 1)
    (batch,) = repo.list_batches(db)
    assert (batch.id, batch.file_name, batch.file_hash, batch.kind, batch.preset) == (
        result.batch_id,
        "orders.csv",
        "abc",
        "orders",
        "aliexpress-2024",
    )
    assert (batch.new, batch.updated, batch.skipped, batch.rejected) == (47, 0, 0, 2)
    assert batch.imported_at == stamp
    assert repo.find_batch(db, "abc") == batch
    assert repo.find_batch(db, "other") is None
    assert {row.batch_id for row in repo.list_orders(db)} == {result.batch_id}


def test_importing_the_same_file_again_adds_nothing(db: SqliteDatabase) -> None:
    first = _import(db, orders=[*ORDERS, order(None)])
    second = _import(db, orders=[*ORDERS, order(None)])
    assert first.new == 44
    assert (second.new, second.updated, second.skipped) == (0, 0, 44)
    assert _counts(db)[:3] == (31, 10, 3)


def test_an_overlapping_file_adds_only_what_is_new(db: SqliteDatabase) -> None:
    _import(db, orders=ORDERS[:20], visits=VISITS[:5], reviews=REVIEWS[:1])
    later = _import(db, "hash-2", orders=ORDERS[10:], visits=VISITS[3:], reviews=REVIEWS)
    assert (later.new, later.skipped) == (10 + 5 + 2, 10 + 2 + 1)
    assert _counts(db)[:3] == (30, 10, 3)


def test_orders_without_a_number_in_a_different_file_are_added(db: SqliteDatabase) -> None:
    _import(db, orders=[order(None)], visits=[], reviews=[])
    result = _import(db, "hash-2", orders=[order(None)], visits=[], reviews=[])
    assert result.new == 1
    assert _counts(db)[0] == 2


def test_duplicates_within_one_file_keep_the_first(db: SqliteDatabase) -> None:
    result = _import(
        db,
        orders=[order("1", store="first"), order("1", store="second")],
        visits=[VisitDraft(DAY), VisitDraft(DAY)],
        reviews=[],
    )
    assert (result.new, result.skipped) == (2, 2)
    assert [row.store for row in repo.list_orders(db)] == ["first"]


def test_update_overwrites_duplicate_orders_but_keeps_a_note(db: SqliteDatabase) -> None:
    order_id = repo.add_order(db, order("1", note="my note", lines=(line(100),)))
    result = _import(
        db,
        orders=[order("1", lines=(line(700, "Tools"), line(300, "Home")), store="new")],
        on_duplicate="update",
        visits=[],
        reviews=[],
    )
    assert (result.new, result.updated, result.skipped) == (0, 1, 0)
    stored = repo.get_order(db, order_id)
    assert (stored.store, stored.note, stored.items_cents) == ("new", "my note", 1_000)
    assert repo.load_records(db).orders[0].categories == frozenset({"Tools", "Home"})


def test_an_order_added_after_a_batch_gets_a_fresh_id(db: SqliteDatabase) -> None:
    _import(db, visits=[], reviews=[])
    order_id = repo.add_order(db, order("9999"))
    assert order_id == 31


def test_cancelling_rolls_everything_back(db: SqliteDatabase) -> None:
    repo.add_visit(db, VisitDraft(date(2020, 1, 1)))
    before = _counts(db)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 30

    with pytest.raises(ImportCancelled):
        _import(db, progress=progress)

    assert _counts(db) == before
    assert repo.list_batches(db) == []
    assert calls[0] == (0, 43) and calls[-1] == (30, 43)


def test_progress_reaches_the_total(db: SqliteDatabase) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    _import(db, progress=progress)
    assert calls[0] == (0, 43)
    assert calls[-1] == (43, 43)


def test_one_bad_draft_stops_the_whole_batch(db: SqliteDatabase) -> None:
    with pytest.raises(InvalidDraftError, match="Order 2: Discount cannot be negative"):
        _import(db, orders=[order("1"), order("2", discount_cents=-5)])
    assert _counts(db) == (0, 0, 0, 0, 0, 0, 0)


def test_undo_removes_what_the_batch_created(db: SqliteDatabase) -> None:
    manual = repo.add_order(db, order("manual"))
    first = _import(db)
    second = _import(db, "hash-2", orders=[order("810000", store="updated")], on_duplicate="update")
    review_id = repo.add_review(db, ReviewDraft(DAY, order_id=repo.list_orders(db)[-1].id))

    counts = repo.undo_batch(db, first.batch_id)

    assert (counts.orders, counts.visits, counts.reviews, counts.total) == (30, 10, 3, 43)
    assert [o.ref for o in repo.load_records(db).orders] == [f"order:{manual}"]
    assert repo.get_review(db, review_id).order_id is None
    assert [b.id for b in repo.list_batches(db)] == [second.batch_id]
    assert repo.undo_batch(db, second.batch_id).total == 0  # it only updated rows
    with pytest.raises(RecordNotFoundError, match="no longer recorded"):
        repo.undo_batch(db, first.batch_id)


def test_undo_then_reimport_brings_the_records_back(db: SqliteDatabase) -> None:
    result = _import(db)
    repo.undo_batch(db, result.batch_id)
    assert _import(db).new == 43


def test_on_duplicate_must_be_skip_or_update(db: SqliteDatabase) -> None:
    with pytest.raises(ValueError):
        _import(db, on_duplicate="merge")


def test_duplicate_lookups_use_the_indexes(db: SqliteDatabase) -> None:
    """What an import reads to find duplicates goes through an index, not every row of a long
    history: stored order numbers and visit days (covering indexes), and the stored rows an
    incoming review, post, follow, entry or history row may repeat (the date index, for the
    incoming rows' dates only)."""
    from tracker.store._rows import ENTRIES, FOLLOWS, POSTS, REVIEWS
    from tracker.store._sqlite import raw_connection
    from tracker.store.batches import stored_rows_query
    from tracker.store.checks import HISTORY

    conn = raw_connection(db)

    def plan(sql: str, params: tuple[object, ...] = ()) -> str:
        return " ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))

    assert "USING COVERING INDEX" in plan("SELECT order_no, id FROM orders WHERE order_no IS NOT NULL")
    assert "USING COVERING INDEX" in plan("SELECT date FROM visit")
    assert "USING COVERING INDEX" in plan("SELECT 1 FROM import_batch WHERE file_hash = ?", ("x",))
    for kind, draft in (
        (REVIEWS, ReviewDraft(DAY, 500)),
        (POSTS, PostDraft(DAY)),
        (FOLLOWS, FollowDraft(DAY, "Store")),
        (ENTRIES, EntryDraft(DAY, 5)),
        (HISTORY, EntryDraft(DAY, 5)),
    ):
        sql, params = stored_rows_query(kind, [kind.to_params(draft)])  # type: ignore[arg-type]
        assert f"SEARCH {kind.table} USING INDEX {kind.table}_date (date>? AND date<?)" in plan(sql, params)


def test_identical_rows_are_found_among_a_long_history_of_other_days(db: SqliteDatabase) -> None:
    history = [ReviewDraft(DAY + timedelta(days=n), 500, title=f"review {n}") for n in range(-200, 200)]
    repo.write_batch(db, file_name="a.csv", file_hash="a", kind="activity", reviews=history)
    again = [history[0], history[-1], ReviewDraft(DAY + timedelta(days=500), 1), history[0]]
    result = repo.write_batch(db, file_name="b.csv", file_hash="b", kind="activity", reviews=again)
    assert (result.new, result.skipped) == (2, 2)  # the second copy of history[0] is new: stored once
    assert len(repo.load_records(db).reviews) == 402


def _indexes(db: SqliteDatabase) -> list[tuple[str, str]]:
    with read_transaction(db) as conn:
        return conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").fetchall()


def test_a_first_import_makes_the_indexes_after_its_rows_as_they_were(db: SqliteDatabase) -> None:
    from tracker.store import bulk

    indexes = _indexes(db)
    seen: list[list[str]] = []
    real = bulk.indexes_made_after

    @contextmanager
    def watched(conn: sqlite3.Connection, tables: tuple[str, ...]) -> Iterator[None]:
        with real(conn, tables):
            seen.append([name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")])
            yield

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batches, "indexes_made_after", watched)
        _import(db)  # into empty tables: written before their indexes
        _import(db, file_hash="another", orders=[order("77")])  # into filled ones: kept as they are
    assert "orders_order_date" not in seen[0] and "order_line_order_id_position" not in seen[0]
    assert "orders_order_date" in seen[1] and "order_line_order_id_position" in seen[1]
    assert _indexes(db) == indexes
    with read_transaction(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_cancelled_first_import_leaves_the_indexes_in_place(db: SqliteDatabase) -> None:
    indexes = _indexes(db)
    with pytest.raises(ImportCancelled):
        _import(db, progress=lambda done, total: done == 0)
    assert _indexes(db) == indexes
