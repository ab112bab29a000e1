"""points-tracker-cli, driven as a script would: arguments in, exit code and output out."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tracker.cli.main import main

TODAY = date(2026, 11, 24)

ORDERS_CSV = """order_no,order_date,status,confirmed_date,items_usd,discount_usd,shipping_usd,refund_usd,refund_date,category,store,item,product_id
8001,2026-01-10,confirmed,2026-01-30,420.00,20.00,3.50,,,Phones | Toys,Gadget Store,Phone,P1
8002,2026-06-02,confirmed,2026-06-20,150.00,0,0,50.00,2026-07-01,Home,Home Store,'=Lamp,P2
8003,2026-11-01,pending,,80.00,0,0,,,Toys,Toy Store,Robot,P3
"""

ACTIVITY_CSV = """date,kind,points,item_price_usd,note
2026-02-01,review,,12.00,Phone review
2026-11-02,visit,,,
2026-11-03,visit,,,
2026-03-05,post,,,Unboxing
2026-03-06,follow,,,Gadget Store
2026-01-01,adjustment,35,,opening balance
"""


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "points.sqlite3"
    monkeypatch.setenv("POINTS_TRACKER_DB", str(path))
    return path


def run(*args: str) -> int:
    return main(list(args), today=TODAY)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def status_json(capsys: pytest.CaptureFixture[str], *extra: str) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert run("status", "--json", *extra) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_empty_database_is_silver_with_nothing_to_lose(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = status_json(capsys)
    assert result["tier"] == "Silver"
    assert result["window_points"] == 0
    assert result["lapse"] is None
    assert result["keep_plan"] == []
    assert result["steady_monthly_spend_usd"] == "0.00"


def test_status_json_has_exactly_the_documented_keys(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = status_json(capsys)
    assert list(result) == [
        "as_of",
        "ruleset",
        "tier",
        "window_points",
        "next_recalculation",
        "to_next_tier",
        "lapse",
        "expiring",
        "keep_plan",
        "steady_monthly_spend_usd",
        "uncounted",
    ]
    assert result["uncounted"] == {"orders": 0, "by_currency": {}}  # orders without an exchange rate
    assert set(result["next_recalculation"]) == {"date", "effective", "points", "tier"}
    assert len(result["expiring"]) == 12


def test_import_native_files_and_status(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("import", str(write(tmp_path, "orders.csv", ORDERS_CSV))) == 0
    assert run("import", str(write(tmp_path, "activity.csv", ACTIVITY_CSV))) == 0
    result = status_json(capsys)
    # 400 (order 8001, 420 - 20) + 2 (two categories on 10 Jan) + 150 - 50 refunded in July
    # + 1 review + 2 visits + 2 post + 1 follow + 35 opening balance.
    assert result["window_points"] == 400 + 2 + 150 - 50 + 1 + 2 + 2 + 1 + 35
    assert result["tier"] == "Platinum"
    # The pending order (1 Nov) is expected on 25 Nov, so the November recalculation counts it.
    assert result["next_recalculation"]["points"] == 543 + 80
    # In January 2027 the January 2026 points (order 8001, its S3 bonus, the opening balance) leave.
    assert result["lapse"] == {"recalculation": "2027-01-31", "effective": "2027-02-08", "tier": "Gold"}
    assert result["keep_plan"][0] == {
        "recalculation": "2027-01-31",
        "points": 501 - (623 - 400 - 2 - 35),
        "spend_usd": "315.00",
        "buy_by": "2027-01-11",
    }


def test_no_pending_leaves_out_expected_credits(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run("import", str(write(tmp_path, "orders.csv", ORDERS_CSV)))
    with_pending = status_json(capsys)["next_recalculation"]["points"]
    without = status_json(capsys, "--no-pending")["next_recalculation"]["points"]
    assert with_pending - without == 80


def test_importing_the_same_file_twice_adds_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "orders.csv", ORDERS_CSV)
    assert run("import", str(path)) == 0
    first = status_json(capsys)
    assert run("import", str(path), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["new"], report["skipped"]) == (0, 3)
    assert status_json(capsys) == first


def test_bad_row_names_file_row_and_column_and_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = ORDERS_CSV.replace("2026-06-02,confirmed", "2026-06-31,confirmed")
    assert run("import", str(write(tmp_path, "bad.csv", bad))) == 2
    err = capsys.readouterr().err
    assert "bad.csv: row 3, column order_date: '2026-06-31' is not a date" in err
    assert len(err.strip().splitlines()) == 1
    assert status_json(capsys)["window_points"] == 0


def test_negative_amount_in_a_file_is_refused(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = ORDERS_CSV.replace("420.00,20.00", "-420.00,20.00")
    assert run("import", str(write(tmp_path, "bad.csv", bad))) == 2
    assert "row 2, column items_usd: -420.00 is negative" in capsys.readouterr().err


def test_unknown_header_is_refused(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("import", str(write(tmp_path, "x.csv", "a,b\n1,2\n"))) == 2
    assert "row 1: not a Points Tracker header" in capsys.readouterr().err


def test_missing_file(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("import", str(tmp_path / "nope.csv")) == 2
    assert "no such file" in capsys.readouterr().err


def test_export_then_import_into_an_empty_database_reproduces_every_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("POINTS_TRACKER_DB", str(tmp_path / "first.sqlite3"))
    run("import", str(write(tmp_path, "orders.csv", ORDERS_CSV)))
    run("import", str(write(tmp_path, "activity.csv", ACTIVITY_CSV)))
    run("add", "promotion", "--start", "2026-01-10", "--end", "2026-01-10", "--multiplier", "2")
    before = status_json(capsys)
    for what in ("orders", "activity", "promotions"):
        assert run("export", what, str(tmp_path / f"out-{what}.csv")) == 0
    assert (tmp_path / "out-orders.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "'=Lamp" in (tmp_path / "out-orders.csv").read_text(encoding="utf-8-sig")

    monkeypatch.setenv("POINTS_TRACKER_DB", str(tmp_path / "second.sqlite3"))
    for what in ("orders", "activity", "promotions"):
        assert run("import", str(tmp_path / f"out-{what}.csv")) == 0
    assert status_json(capsys) == before


def test_add_records_and_see_the_status_change(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("add", "order", "--date", "2026-10-01", "--amount", "120", "--status", "confirmed",
               "--confirmed", "2026-10-20") == 0  # fmt: skip
    assert run("add", "review", "--date", "2026-10-25", "--price", "3") == 0
    assert run("add", "visit") == 0
    assert run("add", "visit") == 0  # the same day twice is one visit
    assert status_json(capsys)["window_points"] == 120 + 1 + 1


def test_add_with_an_impossible_date_exits_2(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("add", "order", "--date", "2026-02-30", "--amount", "5")
    assert exit_info.value.code == 2
    assert "'2026-02-30' is not a date" in capsys.readouterr().err


def test_add_with_inconsistent_fields_says_which(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run("add", "order", "--date", "2026-10-01", "--amount", "10", "--status", "confirmed",
               "--confirmed", "2026-09-01")  # fmt: skip
    assert code == 2
    assert "before" in capsys.readouterr().err.lower()


def test_plan_to_reach_diamond(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run("add", "bonus", "--points", "300", "--date", "2026-06-01")
    capsys.readouterr()
    assert run("plan", "--tier", "Diamond", "--json") == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["tier"] == "Diamond"
    assert plan["plan"][0] == {
        "recalculation": "2026-11-30",
        "points": 1201,
        "spend_usd": "1201.00",
        "buy_by": "2026-11-10",
    }


def test_plan_with_an_unknown_tier(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("plan", "--tier", "Ruby") == 2
    assert "no tier 'Ruby'" in capsys.readouterr().err


def test_rulesets_lists_the_shipped_ones_and_marks_the_active(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("rulesets") == 0
    out = capsys.readouterr().out
    assert "* aliexpress-2023" in out
    assert "aliexpress-legacy-a0-a4" in out and "aliexpress-flat-per-order" in out


def test_status_with_another_ruleset(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run("add", "bonus", "--points", "600", "--date", "2026-06-01")
    assert status_json(capsys, "--ruleset", "aliexpress-legacy-a0-a4")["tier"] == "A3"


def test_settings_change_the_active_ruleset(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("settings", "ruleset", "aliexpress-legacy-a0-a4") == 0
    assert status_json(capsys)["ruleset"] == "aliexpress-legacy-a0-a4"
    assert run("settings", "ruleset", "nonsense") == 2


def test_status_as_of_an_earlier_date(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run("add", "bonus", "--points", "600", "--date", "2026-06-01")
    assert status_json(capsys, "--as-of", "2026-05-31")["window_points"] == 0


def test_a_file_that_is_not_a_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    monkeypatch.setenv("POINTS_TRACKER_DB", str(path))
    assert run("status") == 1
    err = capsys.readouterr().err
    assert "junk.sqlite3" in err and "Traceback" not in err


def test_the_cli_never_imports_qt_or_matplotlib(db: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from tracker.cli.main import main; main(['status', '--json']); "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'matplotlib'))]; "
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0
