"""The status from the recent records alone is the status from every record.

A first start on a file whose sums were never computed shows, at once, the status that
:func:`tracker.report.figures.recent_figures` computes from only the months whose records can
have entries on or after :func:`tracker.rules.projection.first_day_read` — the window of the
recalculation in effect (W2, W4), today's window (W6), and what leaves or comes later (P1, P2,
P3, P6). These tests hold it to the full computation, for histories longer than that window.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import SqliteDatabase

from tests.report.order_strategies import day_range, order_drafts_of
from tracker.report import figures as figures_module
from tracker.report.figures import recent_figures
from tracker.report.sums import status_of
from tracker.rules import builtin_rulesets
from tracker.rules.ledger import build_ledger
from tracker.rules.projection import first_day_read, status_from_ledger
from tracker.rules.records import EntryKind, OrderStatus, Settings
from tracker.store import derived
from tracker.store import repository as repo
from tracker.store.connection import close_database, open_database, read_transaction
from tracker.store.drafts import EntryDraft, LineDraft, OrderDraft, PromotionDraft, ReviewDraft, VisitDraft

TODAY = date(2026, 5, 20)
RULESETS = sorted(builtin_rulesets())

# Three years back and a little ahead: well beyond the 14 months or so the status reads.
days = day_range(TODAY, -1_100, 30)


histories = st.fixed_dictionaries(
    {
        "orders": st.lists(
            order_drafts_of(days, confirmed_within=400, refunded_within=500, expected=True), max_size=25
        ),
        "reviews": st.lists(st.tuples(days, st.none() | st.integers(0, 5_000)), max_size=5),
        "visits": st.sets(days, max_size=15),
        "entries": st.lists(st.tuples(days, st.integers(-300, 300).filter(bool)), max_size=4),
        "promotions": st.lists(st.tuples(days, st.integers(0, 30), st.sampled_from(("1.5", "2"))), max_size=2),
    }
)


def _written(path: Path, history: dict[str, list]) -> SqliteDatabase:  # type: ignore[type-arg]
    db = open_database(path)
    for number, draft in enumerate(history["orders"]):
        repo.add_order(db, replace(draft, order_no=f"n{number}"))
    for day, price in history["reviews"]:
        repo.add_review(db, ReviewDraft(day, price))
    for day in sorted(history["visits"]):
        repo.add_visit(db, VisitDraft(day))
    for day, points in history["entries"]:
        repo.add_entry(db, EntryDraft(day, points, EntryKind.ADJUSTMENT if points < 0 else EntryKind.BONUS))
    for start, length, multiplier in history["promotions"]:
        repo.add_promotion(db, PromotionDraft("Sale", start, start + timedelta(days=length), Decimal(multiplier)))
    return db


@given(
    history=histories,
    ruleset_name=st.sampled_from(RULESETS),
    product_limit=st.sampled_from((None, 1, 2)),
    lag=st.integers(0, 40),
    pending=st.booleans(),
    later=st.integers(-400, 60),
)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_status_from_the_recent_records_is_the_full_status(
    history: dict[str, list],  # type: ignore[type-arg]
    ruleset_name: str,
    product_limit: int | None,
    lag: int,
    pending: bool,
    later: int,
) -> None:
    ruleset = builtin_rulesets()[ruleset_name]
    if product_limit is not None:  # L1 with a limit a short history reaches (the legacy rules: 10)
        ruleset = replace(ruleset, shopping=replace(ruleset.shopping, max_orders_per_product=product_limit))
    rules_settings = Settings(confirmation_lag_days=lag, include_pending=pending)
    as_of = TODAY + timedelta(days=later)
    with tempfile.TemporaryDirectory() as folder:
        db = _written(Path(folder) / "points.sqlite3", history)
        try:
            full = status_from_ledger(
                build_ledger(repo.load_records(db), ruleset, rules_settings, as_of),
                ruleset,
                rules_settings,
                as_of,
            )
            recent = recent_figures(db, ruleset, rules_settings, as_of)
        finally:
            close_database()
    assert recent is not None and recent.since == first_day_read(ruleset, as_of)
    assert recent.expected == full.expected.by_day
    assert recent.credited == {day: points for day, points in full.credited.by_day.items() if day >= recent.since}
    assert replace(status_of(recent, ruleset, rules_settings), ledger=()) == replace(full, ledger=())


def test_the_first_day_read_is_the_window_of_the_recalculation_in_effect() -> None:
    """W4: until the 8th, the recalculation of two months back is in effect, whose window (W2)
    began 13 months back; from the 8th, last month's; L3 reads the last 365 days."""
    monthly = builtin_rulesets()["aliexpress-2023"]
    assert first_day_read(monthly, date(2026, 5, 7)) == date(2025, 4, 1)
    assert first_day_read(monthly, date(2026, 5, 8)) == date(2025, 5, 1)
    assert first_day_read(builtin_rulesets()["aliexpress-legacy-a0-a4"], date(2026, 5, 7)) == date(2025, 5, 8)


def test_only_the_months_that_reach_the_status_are_read(db: SqliteDatabase) -> None:
    """An old order confirmed, refunded or still pending within the window counts; one long
    settled, or a visit of two years ago, is not read at all."""
    old = TODAY - timedelta(days=700)
    item = (LineDraft("Lamp", "", "Home", 1, 4_200),)
    repo.add_order(db, OrderDraft("settled", old, OrderStatus.CONFIRMED, item, confirmed_date=old))
    repo.add_order(
        db,
        OrderDraft("late", old.replace(day=1), OrderStatus.CONFIRMED, item, confirmed_date=TODAY - timedelta(days=30)),
    )
    repo.add_order(db, OrderDraft("waiting", date(2023, 2, 3), OrderStatus.PENDING, item))
    repo.add_order(
        db,
        OrderDraft(
            "refunded", date(2022, 9, 9), OrderStatus.CONFIRMED, item, confirmed_date=date(2022, 9, 30),
            refund_cents=1_000, refund_date=TODAY - timedelta(days=3),
        ),
    )  # fmt: skip
    repo.add_visit(db, VisitDraft(old))
    repo.add_visit(db, VisitDraft(TODAY))
    with read_transaction(db) as conn:
        months = derived.months_reaching(conn, first_day_read(builtin_rulesets()["aliexpress-2023"], TODAY), 20)
    assert months == {"order": {old.isoformat()[:7], "2023-02", "2022-09"}, "visit": {TODAY.isoformat()[:7]}}


def test_l1_reads_the_orders_that_share_a_product_with_the_recent_ones_and_no_others(db: SqliteDatabase) -> None:
    """The slots of a product tie its orders together (L1), and an order of two products ties
    those: the months of such orders are read too; an unrelated old order's month is not."""

    def bought(number: str, ordered: date, *products: str) -> None:
        lines = tuple(LineDraft("Thing", product, "Home", 1, 500) for product in products)
        repo.add_order(db, OrderDraft(number, ordered, OrderStatus.CONFIRMED, lines, confirmed_date=ordered))

    bought("a", date(2023, 1, 5), "p1")
    bought("b", date(2023, 6, 5), "p1", "p2")
    bought("c", date(2024, 2, 5), "p2")
    bought("d", date(2023, 9, 5), "p3")
    bought("e", date(2023, 10, 5), "")
    with read_transaction(db) as conn:
        assert derived.months_sharing_products(conn, {"2024-02"}) == {"2023-01", "2023-06", "2024-02"}
        assert derived.months_sharing_products(conn, {"2023-09"}) == {"2023-09"}
        assert derived.months_sharing_products(conn, {"2023-10"}) == {"2023-10"}


def test_too_many_recent_orders_are_left_to_the_background(db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    repo.add_order(db, OrderDraft("1", TODAY, OrderStatus.PENDING, (LineDraft("Lamp", "", "Home", 1, 4_200),)))
    ruleset = builtin_rulesets()["aliexpress-2023"]
    assert recent_figures(db, ruleset, Settings(), TODAY) is not None
    monkeypatch.setattr(figures_module, "RECENT_ORDERS", 0)
    assert recent_figures(db, ruleset, Settings(), TODAY) is None
