"""The app's own CSV files are strict and all or nothing; nothing a file says can make us store
more than it holds (a multiplier of 1E-999999 is not a million digits in the database)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.cli.main import main
from tracker.importing.native import read_native
from tracker.store.batches import write_batch
from tracker.store.connection import close_database, open_database
from tracker.store.drafts import PromotionDraft
from tracker.store.errors import InvalidDraftError
from tracker.store.repository import count_orders, list_promotions, list_reviews

TODAY = date(2026, 11, 24)
ORDERS_V1 = (
    "order_no,order_date,status,confirmed_date,items_usd,discount_usd,shipping_usd,refund_usd,refund_date,"
    "category,store,item,product_id\n"
)
GOOD_ROW = "8001,2026-01-10,confirmed,2026-01-30,42.00,,,,,Toys,,,\n"


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data" / "points.sqlite3"
    monkeypatch.setenv("POINTS_TRACKER_DB", str(path))
    return path


def run(*args: str) -> int:
    code = main(list(args), today=TODAY)
    close_database()
    return code


def orders_in(db_path: Path) -> int:
    db = open_database(db_path)
    try:
        return count_orders(db)
    finally:
        close_database()


def put(tmp_path: Path, text: str, name: str = "orders.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("amount", ["1_000", "١٢٣", "１２３", "1e2", "1E+2", "+5", "12.", "0x10", "12.345", "-3"])
def test_only_plain_digits_are_an_amount(amount: str) -> None:
    parsed = read_native((ORDERS_V1 + GOOD_ROW.replace("42.00", amount)).encode())
    assert parsed.orders == []
    (problem,) = parsed.problems
    assert (problem.row, problem.column) == (2, "items_usd")


@pytest.mark.parametrize("points", ["1_000", "١٢٣", "１２３", "1e2", "+5", " 5x"])
def test_only_plain_digits_are_points(points: str) -> None:
    parsed = read_native(f"date,kind,points,item_price_usd,note\n2026-01-01,bonus,{points},,\n".encode())
    assert parsed.entries == []
    assert [(p.row, p.column) for p in parsed.problems] == [(2, "points")]


@pytest.mark.parametrize("day", ["31/12/99", "20261231", "2026-W01-1", "2026-1-5", "٢٠٢٦-٠١-٠٥"])
def test_a_native_date_is_iso_or_refused(day: str) -> None:
    parsed = read_native((ORDERS_V1 + GOOD_ROW.replace("2026-01-10", day)).encode())
    assert parsed.orders == []
    assert [(p.row, p.column) for p in parsed.problems] == [(2, "order_date")]


def test_a_native_file_is_never_read_as_a_guessed_one(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = put(tmp_path, ORDERS_V1 + GOOD_ROW.replace("2026-01-10", "31/12/99"))
    for extra in (["--map", "order_date=order_date", "--map", "order_total=items_usd", "--map", "status=status"],
                  ["--preset", "My Purchases Collector"]):  # fmt: skip
        for dry_run in ([], ["--dry-run"]):
            assert run("import", str(path), *extra, *dry_run) == 2
            assert "This is a Points Tracker CSV" in capsys.readouterr().err
    assert not db_path.exists() or orders_in(db_path) == 0


def test_a_huge_multiplier_spelling_is_refused_and_never_stored(db_path: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    rows = "".join(f"Promo {n},2026-01-01,2026-01-02,1E-999999\n" for n in range(200))
    path = put(tmp_path, "name,start,end,multiplier\n" + rows, "promotions.csv")
    assert path.stat().st_size < 12_000
    assert run("import", str(path)) == 2
    assert "row 2, column multiplier: '1E-999999' is not a number like 2 or 1.5" in capsys.readouterr().err

    with pytest.raises(SystemExit) as refused:  # the flag's own check, before anything is opened
        run("add", "promotion", "--start", "2026-01-01", "--end", "2026-01-01", "--multiplier", "1E-999999")
    assert refused.value.code == 2
    assert "is below 1" in capsys.readouterr().err
    assert (
        run("add", "promotion", "--start", "2026-01-01", "--end", "2026-01-01", "--multiplier", "1." + "0" * 999 + "1")
        == 2
    )
    assert "Multiplier has too many decimals" in capsys.readouterr().err
    db = open_database(db_path)
    with pytest.raises(InvalidDraftError, match="at least 1"):
        write_batch(db, file_name="p", file_hash="p", kind="promotions",
                    promotions=[PromotionDraft("x", TODAY, TODAY, Decimal("1E-999999"))])  # fmt: skip
    assert list_promotions(db) == []
    close_database()
    assert db_path.stat().st_size < 250_000  # an empty file of schema 5 is about 220 KB


def test_long_text_is_refused_with_the_field_named(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("add", "order", "--date", "2026-01-01", "--amount", "5", "--title", "x" * 1_001) == 2
    assert "Title is too long: at most 1,000 characters" in capsys.readouterr().err
    assert run("add", "order", "--date", "2026-01-01", "--amount", "5", "--title", "x" * 1_000) == 0


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
def test_skip_errors_does_not_import_part_of_a_native_file(
    dry_run: list[str], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = put(tmp_path, ORDERS_V1 + GOOD_ROW + GOOD_ROW.replace("8001", "8002").replace("42.00", "1_000"))

    assert run("import", str(path), "--skip-errors", *dry_run) == 2

    err = capsys.readouterr().err.strip()
    assert err.endswith(
        "row 3, column items_usd: '1_000' is not an amount like 12.34; nothing was imported (a Points Tracker "
        "file is imported whole or not at all: --skip-errors does not apply to it)"
    )
    assert not db_path.exists() or orders_in(db_path) == 0


def test_a_dry_run_exits_as_the_import_would(db_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    # Every row rejected, --skip-errors: the import has nothing left and exits 2; so does the dry run.
    path = put(tmp_path, "Order ID,Date,Total,Status\nA1,2026-01-05,oops,Completed\n", "export.csv")
    codes = [run("import", str(path), "--skip-errors", *extra) for extra in ([], ["--dry-run"])]
    assert codes == [2, 2]
    err = capsys.readouterr().err.strip().split("\n")
    assert all("Nothing to import" in line for line in err)

    empty = put(tmp_path, ORDERS_V1)  # an export of no orders
    codes = [run("import", str(empty), *extra) for extra in (["--dry-run"], [])]
    assert codes == [0, 0]


def test_a_review_names_its_order_and_that_order_must_be_recorded(db_path: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    activity = put(
        tmp_path,
        "date,kind,points,item_price_usd,note,product_id,order_no\n2026-02-01,review,,12.00,Phone review,P1,8001\n",
        "activity.csv",
    )
    assert run("import", str(activity), "--json") == 2
    (rejected,) = json.loads(capsys.readouterr().out)["rejected"]
    assert rejected == {
        "row": 2, "column": "order_no", "reason": "no order 8001 is recorded: import the orders file first",
    }  # fmt: skip

    assert run("import", str(put(tmp_path, ORDERS_V1 + GOOD_ROW))) == 0
    assert run("import", str(activity)) == 0
    db = open_database(db_path)
    (review,) = list_reviews(db)
    close_database()
    assert review.order_no == "8001"


def test_the_lines_cell_must_agree_with_the_amount(tmp_path: Path) -> None:
    header = ORDERS_V1.strip() + ",expected_date,currency,paid,note,lines,as_paid\n"
    lines = (
        '"[{""item"":""Lamp"",""product_id"":"""",""category"":""Toys"",""quantity"":2,""unit_price_usd"":""10.00""}]"'
    )
    parsed = read_native((header + GOOD_ROW.rstrip("\n") + f",,,,,{lines},\n").encode())
    assert [(p.column, p.message.split(":")[0]) for p in parsed.problems] == [
        ("items_usd", "does not match the lines cell (20.00)")
    ]
