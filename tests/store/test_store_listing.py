"""Rows for the UI tables, and the export of everything as drafts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from peewee import SqliteDatabase

from tests.store.factories import DAY, line, order
from tracker.rules.records import EntryKind, OrderStatus
from tracker.store import repository as repo
from tracker.store.connection import close_database, open_database
from tracker.store.drafts import EntryDraft, FollowDraft, PostDraft, PromotionDraft, ReviewDraft, VisitDraft
from tracker.store.export import export_drafts
from tracker.store.listing import ActivityKind


def test_order_rows_summarise_the_items(db: SqliteDatabase) -> None:
    order_id = repo.add_order(
        db,
        order(
            "77",
            lines=(line(250, "Toys", 2, title="Robot"), line(100, "", title="Box"), line(50, "Toys"), line(5, "Home")),
            discount_cents=30,
            store="Gadgets",
        ),
    )
    repo.add_order(db, order(None, order_date=date(2024, 2, 1), status=OrderStatus.PENDING))

    first, second = repo.list_orders(db)
    assert first.order_date == date(2024, 2, 1) and first.status is OrderStatus.PENDING
    assert second.id == order_id and second.ref == f"order:{order_id}"
    assert (second.item_count, second.items_cents, second.discount_cents) == (5, 655, 30)
    assert second.categories == ("Toys", "Home")
    assert (second.first_title, second.store, second.batch_id) == ("Robot", "Gadgets", None)


def test_review_rows_show_the_linked_order_number(db: SqliteDatabase) -> None:
    order_id = repo.add_order(db, order("555"))
    repo.add_review(db, ReviewDraft(DAY, 300, "P1", "Lamp", order_id))
    (row,) = repo.list_reviews(db)
    assert (row.date, row.item_price_cents, row.title, row.order_id, row.order_no) == (
        DAY,
        300,
        "Lamp",
        order_id,
        "555",
    )


def test_activity_merges_visits_posts_follows_and_entries_by_date(db: SqliteDatabase) -> None:
    repo.add_entry(db, EntryDraft(date(2024, 3, 4), -10, EntryKind.ADJUSTMENT, "fix"))
    repo.add_follow(db, FollowDraft(date(2024, 3, 3), "Shop"))
    repo.add_post(db, PostDraft(date(2024, 3, 2), "hello"))
    visit_id = repo.add_visit(db, VisitDraft(date(2024, 3, 1)))
    repo.add_entry(db, EntryDraft(date(2024, 3, 5), 20))

    rows = repo.list_activity(db)

    assert [(r.kind, r.detail, r.points) for r in rows] == [
        (ActivityKind.VISIT, "", None),
        (ActivityKind.POST, "hello", None),
        (ActivityKind.FOLLOW, "Shop", None),
        (ActivityKind.ADJUSTMENT, "fix", -10),
        (ActivityKind.BONUS, "", 20),
    ]
    assert rows[0].ref == f"visit:{visit_id}"
    assert rows[3].ref.startswith("entry:")


def test_promotions_are_listed_with_their_ids(db: SqliteDatabase) -> None:
    promotion = PromotionDraft("Anniversary", date(2024, 3, 25), date(2024, 3, 29), Decimal("2.0"))
    promotion_id = repo.add_promotion(db, promotion)
    assert repo.list_promotions(db) == [(promotion_id, promotion)]


def test_export_then_import_into_a_new_file_gives_the_same_records(db: SqliteDatabase, tmp_path: Path) -> None:
    repo.add_order(db, order("1", lines=(line(100, "A"), line(200, "B")), note="n"))
    repo.add_order(db, order(None, status=OrderStatus.CANCELLED))
    repo.add_review(db, ReviewDraft(DAY, 300))
    repo.add_visit(db, VisitDraft(DAY))
    repo.add_post(db, PostDraft(DAY, "p"))
    repo.add_follow(db, FollowDraft(DAY, "s"))
    repo.add_entry(db, EntryDraft(DAY, 3))
    repo.add_promotion(db, PromotionDraft("x", DAY, DAY, Decimal("3")))
    exported = export_drafts(db)
    assert len(exported.orders) == 2 and exported.orders[0].note == "n"

    copy = open_database(tmp_path / "copy.sqlite3")
    repo.write_batch(
        copy,
        file_name="export",
        file_hash="h",
        kind="all",
        orders=exported.orders,
        reviews=exported.reviews,
        visits=exported.visits,
        posts=exported.posts,
        follows=exported.follows,
        entries=exported.entries,
        promotions=exported.promotions,
    )
    assert export_drafts(copy) == exported
    again = repo.write_batch(copy, file_name="export", file_hash="h2", kind="all", reviews=exported.reviews)
    assert again.new == 0
    close_database()


def test_orders_come_in_pages_too(db: SqliteDatabase) -> None:
    for number in range(7):
        repo.add_order(db, order(str(number), order_date=date(2024, 1, 7 - number), confirmed_date=None))
    everything = repo.list_orders(db)
    assert repo.count_orders(db) == 7
    assert [row.order_no for row in everything] == ["6", "5", "4", "3", "2", "1", "0"]
    assert repo.list_orders(db, limit=3, offset=2) == everything[2:5]
    assert repo.list_orders(db, offset=5) == everything[5:]
