"""The change log of the derived points: every write to what the rules read is logged, or found."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

from peewee import SqliteDatabase

from tests.store.factories import line, order
from tracker.report.figures import figures
from tracker.rules import builtin_rulesets
from tracker.rules.records import OrderStatus, Settings
from tracker.store import derived
from tracker.store import repository as repo
from tracker.store.connection import read_transaction
from tracker.store.drafts import ReviewDraft, VisitDraft

RULESET = builtin_rulesets()["aliexpress-2023"]
TODAY = date(2024, 6, 1)


def _changed(db: SqliteDatabase) -> dict[str, set[str] | None]:
    derived.take_in_new_rows(db)
    with read_transaction(db) as conn:
        return derived.read_seen(conn).changed


def test_a_new_file_computes_everything_once_then_only_what_changed(db: SqliteDatabase) -> None:
    repo.add_order(db, order())
    first = figures(db, RULESET, Settings(), TODAY)
    assert first is not None and first.recomputed
    again = figures(db, RULESET, Settings(), TODAY, quick_only=True)
    assert again is not None and not again.recomputed
    assert again.credited == first.credited and again.credited


def test_rows_inserted_above_the_mark_are_found_without_a_log_row(db: SqliteDatabase) -> None:
    figures(db, RULESET, Settings(), TODAY)
    repo.add_visit(db, VisitDraft(date(2024, 2, 3)))  # a new id: above the mark, no trigger row
    with read_transaction(db) as conn:
        assert conn.execute("SELECT count(*) FROM derived_change").fetchone()[0] == 0
    assert _changed(db) == {"visit": {"2024-02"}}


def test_another_connection_s_update_delete_and_item_are_logged_with_their_months(
    db: SqliteDatabase, db_path: Path
) -> None:
    order_id = repo.add_order(db, order(order_date=date(2024, 3, 1)))
    review_id = repo.add_review(db, ReviewDraft(date(2024, 1, 9), 500))
    figures(db, RULESET, Settings(), TODAY)
    other = sqlite3.connect(db_path)
    with other:
        other.execute("UPDATE orders SET order_date = '2024-05-02' WHERE id = ?", (order_id,))
        other.execute("DELETE FROM review WHERE id = ?", (review_id,))
    other.close()
    assert _changed(db) == {"order": {"2024-03", "2024-05"}, "review": {"2024-01"}}
    figures(db, RULESET, Settings(), TODAY)
    other = sqlite3.connect(db_path)
    with other:
        other.execute(
            "INSERT INTO order_line (order_id, position, title, product_id, category, quantity, unit_price_cents) "
            "VALUES (?, 5, 'x', '', 'Home', 1, 100)",
            (order_id,),
        )
    other.close()
    assert _changed(db) == {"order": {"2024-05"}}


def test_a_promotion_changes_every_order_month(db: SqliteDatabase) -> None:
    from decimal import Decimal

    from tracker.store.drafts import PromotionDraft

    figures(db, RULESET, Settings(), TODAY)
    promotion = repo.add_promotion(db, PromotionDraft("Sale", date(2024, 1, 1), date(2024, 1, 2), Decimal(2)))
    assert _changed(db) == {"order": None}
    figures(db, RULESET, Settings(), TODAY)
    repo.delete_promotion(db, promotion)
    assert _changed(db) == {"order": None}


def test_while_another_program_writes_the_figures_are_right_and_nothing_waits_or_is_saved(
    db: SqliteDatabase, db_path: Path
) -> None:
    figures(db, RULESET, Settings(), TODAY)
    repo.add_visit(db, VisitDraft(date(2024, 5, 30)))  # above the mark: found by id, not logged
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        found = figures(db, RULESET, Settings(), TODAY)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert found is not None and found.credited == {date(2024, 5, 30): 1}
    assert _changed(db) == {"visit": {"2024-05"}}  # not taken as done: computed again next time


def _triggers(db: SqliteDatabase) -> list[tuple[str, str]]:
    with read_transaction(db) as conn:
        return conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()


def _logged(db: SqliteDatabase) -> set[tuple[str, str | None]]:
    with read_transaction(db) as conn:
        return set(conn.execute("SELECT kind, month FROM derived_change").fetchall())


def test_an_import_logs_its_rows_at_or_below_the_marks_as_the_triggers_it_pauses_would(
    db: SqliteDatabase, db_path: Path
) -> None:
    repo.add_order(db, order("1", order_date=date(2024, 1, 5), confirmed_date=None, status=OrderStatus.PENDING))
    repo.add_order(
        db, order("2", order_date=date(2024, 2, 5), status=OrderStatus.PENDING, lines=(line(), line(title="Other")))
    )
    figures(db, RULESET, Settings(), TODAY)  # the marks: the largest ids
    other = sqlite3.connect(db_path)  # another program deletes the last order: its items' ids come free
    with other:
        other.execute("DELETE FROM order_line WHERE order_id = (SELECT max(id) FROM orders)")
        other.execute("DELETE FROM orders WHERE id = (SELECT max(id) FROM orders)")
    other.close()
    figures(db, RULESET, Settings(), TODAY)
    triggers = _triggers(db)
    assert _logged(db) == set()

    repo.write_batch(
        db, file_name="a.csv", file_hash="a", kind="orders",
        orders=[order("3", order_date=date(2024, 4, 5), status=OrderStatus.PENDING, lines=(line(), line(title="X")))],
        visits=[VisitDraft(date(2024, 4, 6))],
    )  # fmt: skip

    # A record's id is never used again, but its items' are: they took ids at or below the mark,
    # and are logged as the insert trigger would have logged them. The order and the visit are
    # above their marks: found by their ids.
    assert _logged(db) == {("order", "2024-04")}
    assert _triggers(db) == triggers
    assert _changed(db) == {"order": {"2024-04"}, "visit": {"2024-04"}}


def test_a_cancelled_import_leaves_the_insert_triggers_in_place(db: SqliteDatabase) -> None:
    import pytest

    from tracker.store.errors import ImportCancelled

    triggers = _triggers(db)
    assert sum(name.endswith("_logs_insert") for name, _ in triggers) == 8
    with pytest.raises(ImportCancelled):
        repo.write_batch(
            db, file_name="a.csv", file_hash="a", kind="orders", orders=[order("1"), order("2")],
            progress=lambda done, total: done == 0,
        )  # fmt: skip
    assert _triggers(db) == triggers


def test_an_import_that_updates_an_order_logs_its_month_though_its_new_items_reuse_ids(db: SqliteDatabase) -> None:
    first = order("1", order_date=date(2024, 3, 5), status=OrderStatus.PENDING, lines=(line(), line(title="B")))
    repo.write_batch(db, file_name="a.csv", file_hash="a", kind="orders", orders=[first])
    figures(db, RULESET, Settings(), TODAY)
    assert _changed(db) == {}
    again = replace(first, lines=(line(price_cents=2_000), line(title="B")))
    repo.write_batch(db, file_name="b.csv", file_hash="b", kind="orders", orders=[again], on_duplicate="update")
    with read_transaction(db) as conn:  # the new items took the deleted ones' ids, under the mark
        assert (
            conn.execute("SELECT min(id) FROM order_line").fetchone()[0]
            <= conn.execute("SELECT mark FROM derived_mark WHERE table_name = 'order_line'").fetchone()[0]
        )
    assert _changed(db) == {"order": {"2024-03"}}
