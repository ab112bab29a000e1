"""Single-record writes and load_records: every kind round-trips into the rules' records."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from peewee import SqliteDatabase

from tests.store.factories import DAY, line, order
from tracker.rules.records import EntryKind, OrderStatus, Settings
from tracker.store import repository as repo
from tracker.store.connection import raw_connection
from tracker.store.drafts import EntryDraft, FollowDraft, PostDraft, PromotionDraft, ReviewDraft, VisitDraft
from tracker.store.errors import InvalidDraftError, RecordNotFoundError


def test_order_round_trips_into_the_rules_order(db: SqliteDatabase) -> None:
    draft = order(
        lines=(
            line(250, "Toys", quantity=2, product_id="P1", title="Robot"),
            line(1_000, "Home", product_id=""),
            line(0, "Toys"),
        ),
        discount_cents=100,
        shipping_cents=199,
        refund_cents=300,
        refund_date=date(2024, 3, 25),
        expected_date=date(2024, 3, 18),
        store="Gadget Store",
        currency="EUR",
        paid_cents=1_400,
        usd_estimated=True,
        note="gift",
    )
    order_id = repo.add_order(db, draft)

    assert repo.get_order(db, order_id) == draft
    (loaded,) = repo.load_records(db).orders
    assert loaded.ref == f"order:{order_id}"
    assert loaded.items_cents == 2 * 250 + 1_000
    assert loaded.categories == frozenset({"Toys", "Home"})
    assert loaded.product_ids == ("P1",)
    assert (loaded.discount_cents, loaded.shipping_cents, loaded.refund_cents) == (100, 199, 300)
    assert (loaded.order_date, loaded.confirmed_date, loaded.expected_date, loaded.refund_date) == (
        DAY,
        date(2024, 3, 20),
        date(2024, 3, 18),
        date(2024, 3, 25),
    )
    assert loaded.status is OrderStatus.CONFIRMED


def test_every_other_kind_round_trips(db: SqliteDatabase) -> None:
    order_id = repo.add_order(db, order())
    review = ReviewDraft(DAY, 350, product_id="P9", title="Socks", order_id=order_id)
    ids = {
        "review": repo.add_review(db, review),
        "unknown price": repo.add_review(db, ReviewDraft(DAY)),
        "visit": repo.add_visit(db, VisitDraft(DAY)),
        "post": repo.add_post(db, PostDraft(DAY, "unboxing")),
        "follow": repo.add_follow(db, FollowDraft(DAY, "Gadget Store")),
        "entry": repo.add_entry(db, EntryDraft(DAY, -40, EntryKind.ADJUSTMENT, "opening balance")),
        "promotion": repo.add_promotion(
            db, PromotionDraft("11.11", date(2024, 11, 11), date(2024, 11, 13), Decimal("1.5"))
        ),
    }
    assert repo.get_review(db, ids["review"]) == review
    assert repo.get_promotion(db, ids["promotion"]).multiplier == Decimal("1.5")

    records = repo.load_records(db)
    assert [(r.ref, r.date, r.item_price_cents) for r in records.reviews] == [
        (f"review:{ids['review']}", DAY, 350),
        (f"review:{ids['unknown price']}", DAY, None),
    ]
    assert [(v.ref, v.date) for v in records.visits] == [(f"visit:{ids['visit']}", DAY)]
    assert [(p.ref, p.date) for p in records.posts] == [(f"post:{ids['post']}", DAY)]
    assert [(f.ref, f.store) for f in records.follows] == [(f"follow:{ids['follow']}", "Gadget Store")]
    (entry,) = records.entries
    assert (entry.ref, entry.points, entry.kind, entry.note) == (
        f"entry:{ids['entry']}",
        -40,
        EntryKind.ADJUSTMENT,
        "opening balance",
    )
    (promotion,) = records.promotions
    assert promotion.ref == f"promotion:{ids['promotion']}"
    assert (promotion.start, promotion.end, promotion.multiplier, promotion.name) == (
        date(2024, 11, 11),
        date(2024, 11, 13),
        Decimal("1.5"),
        "11.11",
    )


def test_records_come_in_date_order(db: SqliteDatabase) -> None:
    repo.add_order(db, order("2", order_date=date(2024, 3, 5), confirmed_date=None))
    repo.add_order(db, order("1", order_date=date(2024, 3, 1), confirmed_date=None))
    assert [o.order_date.day for o in repo.load_records(db).orders] == [1, 5]


def test_update_replaces_the_items_and_delete_removes_the_order(db: SqliteDatabase) -> None:
    order_id = repo.add_order(db, order(lines=(line(100), line(200))))
    changed = order(lines=(line(999, "Tools"),), status=OrderStatus.PENDING)
    repo.update_order(db, order_id, changed)
    assert repo.get_order(db, order_id) == changed
    assert repo.load_records(db).orders[0].items_cents == 999

    assert repo.delete_order(db, order_id) is True
    assert repo.delete_order(db, order_id) is False
    assert raw_connection(db).execute("SELECT count(*) FROM order_line").fetchone()[0] == 0
    with pytest.raises(RecordNotFoundError, match="no longer exists"):
        repo.get_order(db, order_id)
    with pytest.raises(RecordNotFoundError):
        repo.update_order(db, order_id, changed)


def test_an_order_number_is_recorded_only_once(db: SqliteDatabase) -> None:
    first = repo.add_order(db, order("8100"))
    with pytest.raises(InvalidDraftError, match="Order 8100 is already recorded") as caught:
        repo.add_order(db, order(" 8100 "))
    assert caught.value.problems[0].field == "order_no"
    repo.update_order(db, first, order("8100", store="same order, same number"))
    second = repo.add_order(db, order("8200"))
    with pytest.raises(InvalidDraftError):
        repo.update_order(db, second, order("8100"))


def test_orders_without_a_number_are_never_merged(db: SqliteDatabase) -> None:
    repo.add_order(db, order(None))
    repo.add_order(db, order(""))
    assert [o.order_no for o in repo.list_orders(db)] == [None, None]


def test_an_invalid_draft_changes_nothing(db: SqliteDatabase) -> None:
    with pytest.raises(InvalidDraftError, match="Discount cannot be negative"):
        repo.add_order(db, order(discount_cents=-1))
    assert repo.load_records(db).orders == ()


def test_deleting_an_order_keeps_its_reviews_without_the_link(db: SqliteDatabase) -> None:
    order_id = repo.add_order(db, order())
    review_id = repo.add_review(db, ReviewDraft(DAY, 500, order_id=order_id))
    repo.delete_order(db, order_id)
    assert repo.get_review(db, review_id).order_id is None
    with pytest.raises(InvalidDraftError, match="linked order no longer exists"):
        repo.add_review(db, ReviewDraft(DAY, order_id=order_id))


def test_simple_kinds_update_and_delete(db: SqliteDatabase) -> None:
    post_id = repo.add_post(db, PostDraft(DAY, "first"))
    repo.update_post(db, post_id, PostDraft(date(2024, 3, 2), "edited"))
    assert repo.get_post(db, post_id) == PostDraft(date(2024, 3, 2), "edited")
    entry_id = repo.add_entry(db, EntryDraft(DAY, 10))
    with pytest.raises(InvalidDraftError, match="Points cannot be 0"):
        repo.update_entry(db, entry_id, EntryDraft(DAY, 0))
    assert repo.delete_entry(db, entry_id) and repo.delete_post(db, post_id)
    with pytest.raises(RecordNotFoundError):
        repo.update_follow(db, 12345, FollowDraft(DAY, "x"))


def test_a_visit_a_day_adding_twice_returns_the_same_id(db: SqliteDatabase) -> None:
    first = repo.add_visit(db, VisitDraft(DAY))
    assert repo.add_visit(db, VisitDraft(DAY)) == first
    assert len(repo.load_records(db).visits) == 1
    other = repo.add_visit(db, VisitDraft(date(2024, 3, 2)))
    with pytest.raises(InvalidDraftError, match="A visit on 2024-03-01 is already recorded"):
        repo.update_visit(db, other, VisitDraft(DAY))


def test_the_visit_calendar_sets_a_month_exactly(db: SqliteDatabase) -> None:
    repo.add_visit(db, VisitDraft(date(2024, 2, 29)))
    kept = repo.add_visit(db, VisitDraft(date(2024, 3, 2)))
    repo.add_visit(db, VisitDraft(date(2024, 3, 9)))

    assert repo.set_visits_for_month(db, 2024, 3, {2, 3, 31}) == (2, 1)

    days = [v.date for v in repo.load_records(db).visits]
    assert days == [date(2024, 2, 29), date(2024, 3, 2), date(2024, 3, 3), date(2024, 3, 31)]
    assert repo.get_visit(db, kept) == VisitDraft(date(2024, 3, 2))
    with pytest.raises(InvalidDraftError, match="April 2024 has no day 31"):
        repo.set_visits_for_month(db, 2024, 4, {31})


def test_settings_are_text_and_feed_the_rules_settings(db: SqliteDatabase) -> None:
    assert repo.get_settings(db) == {}
    assert repo.load_settings(db) == Settings()
    repo.set_setting(db, repo.SETTING_CONFIRMATION_LAG, "15")
    repo.set_setting(db, repo.SETTING_CONFIRMATION_LAG, "12")
    repo.set_setting(db, repo.SETTING_INCLUDE_PENDING, "false")
    repo.set_setting(db, repo.SETTING_NON_SHOPPING_POINTS, "not a number")
    assert repo.get_settings(db)[repo.SETTING_CONFIRMATION_LAG] == "12"
    assert repo.load_settings(db) == Settings(confirmation_lag_days=12, include_pending=False)


def test_refs_point_back_at_records() -> None:
    assert repo.parse_ref("order:42") == ("order", 42)
    assert repo.parse_ref("entry:7") == ("entry", 7)
    with pytest.raises(ValueError):
        repo.parse_ref("ledger:1")


def test_record_of_a_draft_equals_what_load_records_reads_back(db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date
    from decimal import Decimal

    from tracker.rules.records import EntryKind, OrderStatus
    from tracker.store import repository
    from tracker.store.drafts import (
        EntryDraft,
        FollowDraft,
        LineDraft,
        OrderDraft,
        PostDraft,
        PromotionDraft,
        ReviewDraft,
        VisitDraft,
    )

    drafts = {
        "order": OrderDraft(
            "A1",
            date(2026, 3, 1),
            OrderStatus.CONFIRMED,
            (LineDraft("Lamp", "P9", "Home", 2, 1250), LineDraft("Cable", "", "", 1, 300)),
            discount_cents=100,
            confirmed_date=date(2026, 3, 20),
            refund_cents=200,
            refund_date=date(2026, 4, 1),
        ),
        "review": ReviewDraft(date(2026, 3, 2), 1250),
        "visit": VisitDraft(date(2026, 3, 3)),
        "post": PostDraft(date(2026, 3, 4), "hello"),
        "follow": FollowDraft(date(2026, 3, 5), "Shop"),
        "entry": EntryDraft(date(2026, 3, 6), -5, EntryKind.ADJUSTMENT, "fix"),
        "promotion": PromotionDraft("11.11", date(2026, 11, 11), date(2026, 11, 12), Decimal("2")),
    }
    adders = {kind: getattr(repository, f"add_{kind}") for kind in drafts}
    made = [repository.record_of(kind, adders[kind](db, draft), draft) for kind, draft in drafts.items()]
    records = repository.load_records(db)
    loaded = [*records.orders, *records.reviews, *records.visits, *records.posts, *records.follows,
              *records.entries, *records.promotions]  # fmt: skip
    assert made == loaded
