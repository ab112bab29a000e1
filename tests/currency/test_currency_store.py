"""Orders paid in another currency in the store: converted, converted again, undone, uncounted."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

from peewee import SqliteDatabase

from tests.currency.ecb_oracle import usd_per_unit
from tracker.currency.bundled import BundledRates
from tracker.currency.convert import usd_cents
from tracker.currency.paid import Paid
from tracker.currency.rates import RateBook, RateSource, UserRate
from tracker.rules.records import OrderStatus
from tracker.store import repository as repo
from tracker.store.connection import close_database, open_database
from tracker.store.conversion import convert_order
from tracker.store.drafts import LineDraft, OrderDraft
from tracker.store.user_rates import list_user_rates, replace_user_rates, restore_rates, uncounted_orders

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def paid_order(currency: str, day: date, prices: tuple[int, ...], number: str, **paid: int) -> OrderDraft:
    lines = tuple(LineDraft("Thing", "", "Toys", 1, 0) for _ in prices)
    return OrderDraft(
        number, day, OrderStatus.CONFIRMED, lines, confirmed_date=day, currency=currency,
        paid=Paid(prices, **paid),
    )  # fmt: skip


def test_an_order_in_zloty_is_stored_as_paid_and_counted_in_dollars(db: SqliteDatabase) -> None:
    day = date(2024, 3, 4)
    draft = convert_order(paid_order("PLN", day, (123_450, 5_000), "1", shipping_cents=999), RateBook())
    order_id = repo.add_order(db, draft)
    stored = repo.get_order(db, order_id)
    rate = usd_per_unit("PLN", day)
    assert [line.unit_price_cents for line in stored.lines] == [usd_cents(123_450, rate), usd_cents(5_000, rate)]
    assert stored.shipping_cents == usd_cents(999, rate)
    assert stored.paid is not None and stored.paid.line_prices == (123_450, 5_000)
    assert stored.paid.rate is not None and stored.paid.rate.source is RateSource.ECB
    assert (stored.paid.rate.day, stored.paid.rate.usd_per_unit) == (day, rate)
    assert stored.paid_cents == 123_450 + 5_000 + 999 and stored.usd_estimated
    assert stored == draft


def test_a_rouble_order_after_march_2022_waits_for_a_rate(db: SqliteDatabase) -> None:
    draft = convert_order(paid_order("RUB", date(2023, 5, 1), (123_450,), "1"), RateBook())
    assert draft.uncounted and draft.items_cents == 0
    repo.add_order(db, draft)
    (left,) = uncounted_orders(db)
    assert (left.currency, left.orders, left.paid_cents, left.first_date) == ("RUB", 1, 123_450, date(2023, 5, 1))
    assert repo.load_records(db).orders[0].items_cents == 0


def test_changing_a_rate_converts_again_and_undo_restores_exactly(db: SqliteDatabase) -> None:
    book = RateBook()
    ids = [
        repo.add_order(db, convert_order(paid_order("RUB", date(2023, 5, 1), (123_450,), "1"), book)),
        repo.add_order(db, convert_order(paid_order("PLN", date(2024, 3, 4), (10_001,), "2"), book)),
        repo.add_order(db, convert_order(paid_order("RUB", date(2021, 5, 1), (50_000,), "3"), book)),
    ]
    before = [repo.get_order(db, order_id) for order_id in ids]
    records_before = repo.load_records(db)

    change = replace_user_rates(db, [UserRate("RUB", Decimal("0.0125"), date(2022, 3, 2))])
    assert change.orders_changed == 1  # only the rouble order the ECB no longer covers
    after = repo.get_order(db, ids[0])
    assert after.items_cents == usd_cents(123_450, Decimal("0.0125")) == 1543
    assert after.paid is not None and after.paid.line_prices == (123_450,)  # as paid: never changed
    assert after.currency == "RUB" and after.paid_cents == 123_450
    assert uncounted_orders(db) == []
    assert [repo.get_order(db, i) for i in ids[1:]] == before[1:]

    everyday = replace_user_rates(db, [UserRate("RUB", Decimal("0.01")), UserRate("PLN", Decimal("0.3"))])
    assert everyday.orders_changed == 3
    assert repo.get_order(db, ids[1]).items_cents == 3000

    restore_rates(db, everyday)
    restore_rates(db, change)
    assert [repo.get_order(db, order_id) for order_id in ids] == before
    assert repo.load_records(db) == records_before
    assert list_user_rates(db) == []


def test_the_rates_of_a_small_history_are_used_when_given(db: SqliteDatabase) -> None:
    small = BundledRates("Date,USD,PLN,\n2024-01-09,1.08,4.32,\n")
    repo.add_order(db, convert_order(paid_order("PLN", date(2024, 1, 9), (432,), "1"), RateBook(bundle=small)))
    assert repo.load_records(db).orders[0].items_cents == 108


def _v1_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "points.sqlite3"
    shutil.copyfile(FIXTURES / "schema-v1.sqlite3", copy)
    with sqlite3.connect(copy) as conn:
        conn.execute('INSERT INTO setting (key, value) VALUES (\'exchange_rates\', \'{"PLN": "0.25", "xx": 1}\')')
        note = (
            "Paid in RUB, which had no exchange rate to US$: the US$ amounts are 0 until you set a rate and import "
            "this file again with “update”."
        )
        for number, ordered, text in [("9001", "2023-05-01", note), ("9002", "2021-03-04", note + " mine!")]:
            order_id = conn.execute(
                "INSERT INTO orders (order_no, order_date, status, store, discount_cents, shipping_cents, "
                "refund_cents, currency, paid_cents, usd_estimated, note) "
                "VALUES (?, ?, 'pending', '', 0, 0, 0, 'RUB', 100001, 0, ?)",
                (number, ordered, text),
            ).lastrowid
            conn.execute(
                "INSERT INTO order_line (order_id, position, title, product_id, category, quantity, unit_price_cents)"
                " VALUES (?, 0, 'Thing', '', '', 2, 0)",
                (order_id,),
            )
    conn.close()
    return copy


def test_upgrading_keeps_what_was_paid_moves_the_rates_and_frees_the_notes(tmp_path: Path) -> None:
    db = open_database(_v1_copy(tmp_path))
    try:
        assert list_user_rates(db) == [UserRate("PLN", Decimal("0.25"))]
        assert "exchange_rates" not in repo.get_settings(db)
        orders = {draft.order_no: draft for draft in (repo.get_order(db, row.id) for row in repo.list_orders(db))}
        euro = orders["8106"]  # converted at the shopper's rate before: no US$ amount changes
        assert euro.paid is not None and euro.paid.rate is not None and euro.paid.rate.source is RateSource.YOURS
        assert euro.items_cents == 3_000 and euro.usd_estimated
        ours, mine = orders["9001"], orders["9002"]
        assert ours.note == "" and mine.note.endswith(" mine!")  # the shopper's words are never lost
        assert ours.paid is not None and ours.paid.total_cents((2,)) == 100_001  # nothing paid is lost
        assert ours.uncounted  # the ECB has no rouble rate in May 2023
        rate = mine.paid.rate if mine.paid is not None else None
        assert rate is not None and rate.source is RateSource.ECB and rate.day == date(2021, 3, 4)
        assert not mine.uncounted and mine.items_cents > 0  # converted on opening, at the ECB's rate
    finally:
        close_database()
