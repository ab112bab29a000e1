"""Writing an import: one batch, one transaction; cancel leaves nothing; undo removes it all."""

from __future__ import annotations

import csv
import io
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from tests.importing.conftest import fixture_bytes
from tracker.currency.rates import UserRate
from tracker.importing.engine import (
    prepare,
    rejected_csv,
    run_import,
    stored_order_numbers,
    stored_rates,
)
from tracker.importing.errors import ImportProblem
from tracker.importing.options import ImportOptions
from tracker.store import repository
from tracker.store.batches import list_batches, undo_batch
from tracker.store.errors import ImportCancelled
from tracker.store.user_rates import replace_user_rates

HEADER = "Order ID,Date,Title,Qty,Price,Status\n"


def many_orders(count: int) -> bytes:
    rows = "".join(
        f"{9000 + n},2026-02-{n % 28 + 1:02d},Item {n},1,US ${n % 90 + 1}.25,Completed\n" for n in range(count)
    )
    return (HEADER + rows).encode()


def snapshot(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every row of every table, through a separate connection (what another program would see)."""
    connection = sqlite3.connect(path)
    try:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [(table, connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()) for table in sorted(tables)]
    finally:
        connection.close()


def test_an_import_is_one_batch_with_the_file_name_hash_and_counts(db: SqliteDatabase) -> None:
    prepared = prepare(fixture_bytes("collector.csv"), None, {"PLN": "0.25"}, file_name="collector.csv")
    report = run_import(db, prepared)

    batch = list_batches(db)[0]
    assert (report.new, report.updated, report.skipped, report.rejected) == (3, 0, 0, 0)
    assert (batch.id, batch.file_name, batch.file_hash, batch.new) == (report.batch_id, "collector.csv",
                                                                       prepared.file_hash, 3)  # fmt: skip
    assert batch.preset == "My Purchases Collector"
    orders = repository.list_orders(db)
    assert sorted(order.order_no for order in orders) == ["8123456789012345", "8123456789077777", "8123456789099999"]


def test_importing_the_same_file_again_adds_nothing(db: SqliteDatabase) -> None:
    data = fixture_bytes("collector.csv")
    run_import(db, prepare(data, file_name="c.csv"))
    again = prepare(data, None, {}, stored_order_numbers(db), file_name="c.csv")

    assert again.counts() == (0, 0, 3, 0)
    report = run_import(db, again)
    assert (report.new, report.skipped) == (0, 3)


def test_update_overwrites_stored_orders_with_the_files_data(db: SqliteDatabase) -> None:
    first = b"Order ID,Date,Total,Status\n77,2026-02-20,$5.00,Awaiting delivery\n"
    second = b"Order ID,Date,Total,Status\n77,2026-02-20,$5.00,Completed\n"
    run_import(db, prepare(first))
    report = run_import(db, prepare(second, ImportOptions(on_duplicate="update"), None, stored_order_numbers(db)))

    assert (report.new, report.updated) == (0, 1)
    assert repository.list_orders(db)[0].status.value == "confirmed"


def test_cancelling_midway_leaves_the_database_exactly_as_before(db: SqliteDatabase, tmp_path: Path) -> None:
    run_import(db, prepare(fixture_bytes("collector.csv"), file_name="first.csv"))
    before = snapshot(tmp_path / "points.sqlite3")
    prepared = prepare(many_orders(3500), file_name="big.csv")
    seen: list[tuple[int, int]] = []

    with pytest.raises(ImportCancelled):
        run_import(db, prepared, progress=lambda done, total: seen.append((done, total)), cancel=lambda: len(seen) >= 3)

    assert seen[-1][0] > 0 and seen[-1][0] < 3500  # it really was midway
    assert snapshot(tmp_path / "points.sqlite3") == before
    assert [batch.file_name for batch in list_batches(db)] == ["first.csv"]


def test_undo_removes_exactly_that_import(db: SqliteDatabase) -> None:
    kept = run_import(db, prepare(fixture_bytes("order_export_orders.csv"), file_name="a.csv"))
    undone = run_import(db, prepare(many_orders(5), file_name="b.csv"))

    removed = undo_batch(db, undone.batch_id)

    assert removed.orders == 5
    assert [batch.id for batch in list_batches(db)] == [kept.batch_id]
    assert len(repository.list_orders(db)) == 3


def test_rejected_rows_refuse_the_import_unless_skipping_them_was_chosen(db: SqliteDatabase) -> None:
    data = (HEADER + "1,2026-02-20,A,1,US $5.00,Completed\n2,2026-02-31,B,1,US $5.00,Completed\n").encode()
    prepared = prepare(data, file_name="f.csv")

    with pytest.raises(ImportProblem, match="1 row has a problem"):
        run_import(db, prepared)
    assert list_batches(db) == []
    report = run_import(db, prepared, prepared.options.but(skip_errors=True))
    assert (report.new, report.rejected) == (1, 1)
    assert list_batches(db)[0].rejected == 1


def test_rejected_rows_save_as_csv_to_fix_and_import_again(db: SqliteDatabase) -> None:
    data = fixture_bytes("excel_cp1252_semicolon.csv").replace(b"14.03.2024", b"31.02.2024")
    prepared = prepare(data, file_name="excel.csv")
    saved = rejected_csv(prepared)

    assert saved.startswith(b"\xef\xbb\xbfsep=;")
    rows = list(csv.reader(io.StringIO(saved.decode("utf-8-sig")), delimiter=";"))
    assert rows[1] == [" Order ID ", "Date ", "Title", "Price ", "Status ", "problem"]  # as the file wrote them
    assert rows[2][:5] == ["1002", "31.02.2024", "Tasse", "12,50 €", "Storniert"]
    assert rows[2][5].startswith("Row 4: Date: ") and "February 2024 has 29 days" in rows[2][5]

    run_import(db, prepared, prepared.options.but(skip_errors=True))
    fixed = saved.replace(b"31.02.2024", b"14.03.2024")
    report = run_import(db, prepare(fixed, None, {"EUR": Decimal("1.08")}, stored_order_numbers(db)))
    assert report.new == 1
    assert len(repository.list_orders(db)) == 3


def test_stored_rates_are_the_shoppers_over_the_ecbs(db: SqliteDatabase) -> None:
    assert stored_rates(db).user_rates == []
    replace_user_rates(db, [UserRate("EUR", Decimal("1.08"))])
    assert stored_rates(db).user_rates == [UserRate("EUR", Decimal("1.08"))]


def test_native_files_still_import_strictly(db: SqliteDatabase) -> None:
    data = (
        b"order_no,order_date,status,confirmed_date,items_usd,discount_usd,shipping_usd,refund_usd,refund_date,"
        b"category,store,item,product_id\n8001,2026-01-10,confirmed,2026-01-30,420.00,20.00,3.50,,,Phones | Toys,S,P,1\n"
        b"8001,2026-01-10,confirmed,2026-01-30,420.00,20.00,3.50,,,Phones | Toys,S,P,1\n"
    )
    prepared = prepare(data, file_name="orders.csv")

    assert prepared.native and prepared.kind == "orders"
    assert prepared.duplicate_lines == [3]
    report = run_import(db, prepared)
    assert (report.new, report.skipped) == (1, 1)
    assert list_batches(db)[0].preset == "native"


def test_native_problems_name_the_native_column(db: SqliteDatabase) -> None:
    data = b"date,kind,points,item_price_usd,note\n2026-02-01,review,,12.00,x\n2026-02-30,visit,,,\n"
    rejected = prepare(data).rejected

    assert [(row.line, row.problems[0].column) for row in rejected] == [(3, "date")]
    assert rejected[0].cells == ("2026-02-30", "visit", "", "", "")


def test_the_write_checks_each_imported_order_once_and_a_changed_one_again(
    db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from tracker.store import batches, drafts

    prepared = prepare(many_orders(30), None, file_name="orders.csv")
    checked: list[str | None] = []
    real = drafts.validate_order

    def counting(draft: drafts.OrderDraft) -> list[drafts.FieldProblem]:
        checked.append(draft.order_no)
        return real(draft)

    monkeypatch.setattr(batches, "ORDERS", dataclasses.replace(batches.ORDERS, validate=counting))
    # an order changed after prepare() checked it (as converting at a rate given later does)
    changed = dataclasses.replace(prepared.orders[3].draft, store="Changed after the check")
    prepared.orders[3] = dataclasses.replace(prepared.orders[3], draft=changed)
    report = run_import(db, prepared)
    assert report.new == 30
    assert checked == [changed.order_no]


def test_the_write_does_not_check_a_native_files_orders_again(
    db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from tracker.store import batches

    data = (
        b"order_no,order_date,status,confirmed_date,items_usd,discount_usd,shipping_usd,refund_usd,refund_date,"
        b"category,store,item,product_id\n8001,2026-01-10,confirmed,2026-01-30,420.00,20.00,3.50,,,Phones,S,P,1\n"
        b"8002,2026-01-11,pending,,12.00,,,,,Toys,S,Q,2\n"
    )
    prepared = prepare(data, file_name="orders.csv")
    checked: list[str | None] = []
    monkeypatch.setattr(
        batches, "ORDERS", dataclasses.replace(batches.ORDERS, validate=lambda draft: checked.append(draft.order_no))
    )
    assert run_import(db, prepared).new == 2
    assert checked == []  # read_native kept only orders the store's validation accepted


def test_a_changed_order_that_is_no_longer_valid_is_refused_at_the_write(db: SqliteDatabase) -> None:
    import dataclasses

    from tracker.store.errors import InvalidDraftError

    prepared = prepare(many_orders(5), None, file_name="orders.csv")
    broken = dataclasses.replace(prepared.orders[2].draft, discount_cents=-1)
    prepared.orders[2] = dataclasses.replace(prepared.orders[2], draft=broken)
    with pytest.raises(InvalidDraftError, match="Order 3"):
        run_import(db, prepared)
    assert repository.list_orders(db) == []
