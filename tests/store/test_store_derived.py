"""The change log of the derived points: every write to what the rules read is logged, or found."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from peewee import SqliteDatabase

from tests.store.factories import order
from tracker.report.figures import figures
from tracker.rules import builtin_rulesets
from tracker.rules.records import Settings
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
