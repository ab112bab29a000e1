"""points-tracker-cli import with any shopper's file: flags for every guess, exit 2 for what
cannot be guessed, --dry-run writes nothing, --json says what was done and what was not."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.importing.conftest import fixture_bytes
from tracker.cli.main import main

TODAY = date(2026, 11, 24)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "points.sqlite3"
    monkeypatch.setenv("POINTS_TRACKER_DB", str(path))
    return path


def run(*args: str) -> int:
    return main(list(args), today=TODAY)


def put(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def json_out(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    capsys.readouterr()
    code = run(*args, "--json")
    return code, json.loads(capsys.readouterr().out)


def test_a_collector_file_imports_with_its_preset_found(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = put(tmp_path, "collector.csv", fixture_bytes("collector.csv"))
    code, report = json_out(capsys, "import", str(path))

    assert code == 0
    assert set(report) == {"imported", "dry_run", "batch", "kind", "preset", "mapping", "date_format", "decimal",
                           "rows", "warnings", "new", "updated", "skipped", "rejected"}  # fmt: skip
    assert (report["imported"], report["kind"], report["preset"]) == (True, "orders", "My Purchases Collector")
    assert (report["new"], report["rows"], report["rejected"]) == (3, 4, [])
    assert report["mapping"]["unit_price"] == "Price"
    assert not any("PLN" in warning for warning in report["warnings"])  # converted at the ECB rate of its date


def test_ambiguous_dates_exit_2_naming_the_flag(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = put(tmp_path, "f.csv", fixture_bytes("month_first.csv"))

    assert run("import", str(path)) == 2
    err = capsys.readouterr().err
    assert "--date-format DD/MM/YYYY or --date-format MM/DD/YYYY" in err
    assert not db.exists()  # nothing written, not even a new database

    assert run("import", str(path), "--date-format", "MM/DD/YYYY") == 0


def test_ambiguous_decimals_exit_2_naming_the_flag(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = put(tmp_path, "f.csv", "Order ID,Date,Total,Status\n1,2026-01-01,1.230,Completed\n")

    assert run("import", str(path)) == 2
    assert "--decimal . or --decimal ," in capsys.readouterr().err
    code, report = json_out(capsys, "import", str(path), "--decimal", ",")
    assert code == 0 and report["decimal"] == ","


def test_dry_run_checks_every_row_and_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run("add", "bonus", "--points", "5", "--date", "2026-01-01")
    before = db.read_bytes()
    path = put(tmp_path, "o.csv", fixture_bytes("order_export_orders.csv"))
    code, report = json_out(capsys, "import", str(path), "--dry-run")

    assert code == 0
    assert (report["imported"], report["dry_run"], report["batch"], report["new"]) == (False, True, None, 3)
    assert db.read_bytes() == before
    assert run("imports") == 0 and "No imports yet." in capsys.readouterr().out


def test_dry_run_on_a_database_that_does_not_exist_creates_none(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = put(tmp_path, "o.csv", fixture_bytes("order_export_orders.csv"))
    assert run("import", str(path), "--dry-run") == 0
    assert "3 new" in capsys.readouterr().out and not db.exists()


def test_map_encoding_delimiter_and_default_status_flags(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "sep=|\nwhen|what|paid\n2026-02-20|Lamp|12,50\n".encode("cp1252")
    path = put(tmp_path, "mine.txt", text)
    code, report = json_out(
        capsys, "import", str(path), "--map", "order_date=when", "--map", "item_title=what", "--map",
        "order_total=paid", "--encoding", "cp1252", "--delimiter", "|", "--default-status", "confirmed",
    )  # fmt: skip

    assert code == 0
    assert report["mapping"] == {"order_date": "when", "item_title": "what", "order_total": "paid"}
    assert report["new"] == 1 and report["decimal"] == ","


def test_rejected_rows_are_listed_with_row_column_and_reason(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = "Order ID,Date,Total,Status\n1,2026-02-20,$5.00,Completed\n2,2026-02-30,$5.00,Completed\n"
    path = put(tmp_path, "f.csv", data)

    code, report = json_out(capsys, "import", str(path))
    assert code == 2 and report["imported"] is False
    assert report["rejected"] == [{"row": 3, "column": "Date", "reason": report["rejected"][0]["reason"]}]
    assert "February 2026 has 28 days" in report["rejected"][0]["reason"]
    code, report = json_out(capsys, "import", str(path), "--skip-errors")
    assert code == 0 and (report["new"], len(report["rejected"])) == (1, 1)


def test_text_output_names_file_row_column_and_the_skip_flag(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = put(tmp_path, "f.csv", "Order ID,Date,Total,Status\n2,2026-02-30,$5.00,Completed\n")
    assert run("import", str(path)) == 2
    err = capsys.readouterr().err
    assert "f.csv: Row 2, column “Date”" in err and "--skip-errors" in err


def test_status_flag_maps_a_wording(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = put(tmp_path, "f.csv", "Order ID,Date,Total,Status\n1,2026-02-20,$5.00,Teleported\n")
    assert run("import", str(path)) == 2
    assert run("import", str(path), "--status", "Teleported=cancelled") == 0


def test_update_flag_updates_stored_orders(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = put(tmp_path, "a.csv", "Order ID,Date,Total,Status\n1,2026-02-20,$5.00,Awaiting delivery\n")
    second = put(tmp_path, "b.csv", "Order ID,Date,Total,Status\n1,2026-02-20,$5.00,Completed\n")
    run("import", str(first))
    code, report = json_out(capsys, "import", str(second), "--update")
    assert code == 0 and (report["new"], report["updated"]) == (0, 1)


def test_points_history_with_the_kind_flag(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = put(tmp_path, "h.csv", fixture_bytes("points_history.csv"))
    code, report = json_out(capsys, "import", str(path), "--kind", "points-history")
    assert code == 0 and (report["kind"], report["new"]) == ("points_history", 2)


def test_unknown_preset_and_bad_map_are_bad_input(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = put(tmp_path, "c.csv", fixture_bytes("collector.csv"))
    assert run("import", str(path), "--preset", "Nope") == 2
    assert "There is no preset “Nope”" in capsys.readouterr().err
    assert run("import", str(path), "--map", "order_date") == 2
    assert run("import", str(path), "--map", "colour=Title") == 2
    assert "is not a field" in capsys.readouterr().err


def test_imports_lists_batches_and_undo_import_says_what_it_removed(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run("import", str(put(tmp_path, "collector.csv", fixture_bytes("collector.csv"))))
    capsys.readouterr()

    assert run("imports") == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split() == ["batch", "imported", "new", "updated", "skipped", "rejected", "file"]
    assert listing[1].split()[0] == "1" and "collector.csv  (My Purchases Collector)" in listing[1]
    assert run("undo-import", "1") == 0
    assert capsys.readouterr().out.strip() == "Removed import 1 (collector.csv): 3 orders."
    assert run("undo-import", "1") == 1


def test_importing_never_loads_qt(db: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    path = put(tmp_path, "c.csv", fixture_bytes("collector.csv"))
    code = (
        "import sys; from tracker.cli.main import main; "
        f"assert main(['import', {str(path)!r}, '--dry-run']) == 0; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'matplotlib', 'openpyxl'))]; "
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0
