"""points-tracker-cli import with any shopper's file: flags for every guess, exit 2 for what
cannot be guessed, --dry-run writes nothing, --json says what was done and what was not."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from tests.importing.conftest import fixture_bytes
from tests.importing.exporters import EXPORTERS, RATES
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


DOTTED = "Order ID,Date,Total,Status,Updated\n1,07.03.2024,$5.00,Completed,20.03.2024\n2,08.03.2024,$7.00,Completed,21.03.2024\n"
DASHED = "Order ID,Date,Total,Status\n1,07-03-2024,$5.00,Completed\n2,03-08-2024,$7.00,Completed\n"


@pytest.mark.parametrize("flag", ["DD.MM.YYYY", "DD-MM-YYYY", "DD/MM/YYYY", "D.M.YY", "d.m.yyyy", "%d.%m.%Y",
                                  "%d-%m-%Y", "DD.MM.YYYY HH:MM"])  # fmt: skip
def test_date_format_takes_every_spelling_of_day_first(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    path = put(tmp_path, "d.csv", DASHED)
    code, report = json_out(capsys, "import", str(path), "--date-format", flag, "--dry-run")

    assert code == 0, capsys.readouterr().err
    assert (report["date_format"], report["new"]) == ("DD/MM/YYYY", 2)


@pytest.mark.parametrize(("flag", "format_id"), [("MM/DD/YYYY", "MM/DD/YYYY"), ("%m-%d-%Y", "MM/DD/YYYY"),
                                                 ("M/D/YY", "MM/DD/YYYY"), ("YYYY/MM/DD", "YYYY-MM-DD"),
                                                 ("%Y.%m.%d", "YYYY-MM-DD"), ("iso", "YYYY-MM-DD")])  # fmt: skip
def test_date_format_takes_month_first_and_year_first_spelled_any_way(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, format_id: str
) -> None:
    rows = "1,03/07/2024,$5.00,Completed\n" if format_id == "MM/DD/YYYY" else "1,2024.03.07,$5.00,Completed\n"
    path = put(tmp_path, "d.csv", "Order ID,Date,Total,Status\n" + rows)
    code, report = json_out(capsys, "import", str(path), "--date-format", flag, "--dry-run")

    assert code == 0 and report["date_format"] == format_id


def test_map_corrects_one_field_and_keeps_the_other_guesses(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = put(tmp_path, "d.csv", DOTTED)
    code, report = json_out(capsys, "import", str(path), "--map", "confirmed_date=Updated", "--dry-run")

    assert code == 0
    assert report["mapping"] == {
        "order_no": "Order ID", "order_date": "Date", "order_total": "Total", "status": "Status",
        "confirmed_date": "Updated",
    }  # fmt: skip
    code, report = json_out(capsys, "import", str(path), "--map", "status=", "--default-status", "pending",
                            "--dry-run")  # fmt: skip
    assert code == 0 and "status" not in report["mapping"] and report["mapping"]["order_total"] == "Total"


def test_map_moves_a_column_from_the_field_it_was_guessed_for(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = put(tmp_path, "d.csv", DOTTED)
    code, report = json_out(capsys, "import", str(path), "--map", "unit_price=Total", "--dry-run")

    assert code == 0
    assert report["mapping"]["unit_price"] == "Total" and "order_total" not in report["mapping"]


def test_a_dry_run_says_what_it_would_import(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = put(tmp_path, "d.csv", DOTTED)
    assert run("import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "would import 2 new" in out and "Nothing was written." in out


BAD_FLAG_VALUES = [
    ("--preset", "No such exporter"),
    ("--map", "order_date"),
    ("--map", "=Date"),
    ("--map", "colour=Date"),
    ("--map", "order_date=No such column"),
    ("--kind", "furniture"),
    ("--date-format", "DD.MM"),
    ("--date-format", "%Q"),
    ("--date-format", "YY-MM-DD"),
    ("--date-format", ""),
    ("--decimal", ";"),
    ("--encoding", "klingon-8"),
    ("--encoding", "utf-16"),
    ("--delimiter", "ab"),
    ("--delimiter", ""),
    ("--sheet", "Orders"),
    ("--header-line", "-1"),
    ("--header-line", "x"),
    ("--header-line", "99999999999999999999"),
    ("--skip-lines", "-3"),
    ("--skip-lines", "many"),
    ("--skip-lines", "1000000"),
    ("--skip-trailing", "-1"),
    ("--skip-trailing", "1000000"),
    ("--currency", "dollars"),
    ("--currency", "€"),
    ("--currency", ""),
    ("--default-status", "lost"),
    ("--status", "Completed"),
    ("--status", "Completed=lost"),
    ("--status", "=confirmed"),
]


@pytest.mark.parametrize(("flag", "value"), BAD_FLAG_VALUES)
def test_every_import_flag_with_a_bad_value_exits_2_with_one_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str
) -> None:
    path = put(tmp_path, "d.csv", DOTTED)
    capsys.readouterr()
    try:
        code = run("import", str(path), flag, value)
    except SystemExit as stop:  # argparse's own checks (choices, numbers)
        code = stop.code  # type: ignore[assignment]
    out, err = capsys.readouterr()

    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err and out == ""
    assert not db.exists()  # nothing written, not even a new database


def stored_summary(path: Path, kind: str) -> tuple[int, int, tuple[int, int, int]]:
    """Orders, their US$ total (for a refunds file: the refunds) and statuses, as the database holds them."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT o.status, o.refund_cents, o.shipping_cents - o.discount_cents + "
            "COALESCE((SELECT SUM(quantity * unit_price_cents) FROM order_line l WHERE l.order_id = o.id), 0) "
            "FROM orders o" + (" WHERE o.refund_cents > 0" if kind == "refunds" else "")
        ).fetchall()
    finally:
        connection.close()
    statuses = Counter(status for status, _, _ in rows)
    money = sum(refund if kind == "refunds" else total for _, refund, total in rows)
    return len(rows), money, (statuses["confirmed"], statuses["pending"], statuses["cancelled"])


def with_rates(path: Path) -> None:
    from decimal import Decimal

    from tracker.currency.rates import UserRate
    from tracker.store.connection import close_database, open_database
    from tracker.store.user_rates import replace_user_rates

    replace_user_rates(open_database(path), [UserRate(code, Decimal(rate)) for code, rate in RATES.items()])
    close_database()


@pytest.mark.parametrize("named", [False, True], ids=["automatic", "flags"])
@pytest.mark.parametrize("key", list(EXPORTERS))
def test_every_exporters_file_imports_from_the_command_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, named: bool
) -> None:
    exporter = EXPORTERS[key]
    with_rates(db)
    if exporter.before is not None:
        before = EXPORTERS[exporter.before]
        assert run("import", str(put(tmp_path, before.file_name, before.make()))) == 0
    path = put(tmp_path, exporter.file_name, exporter.make())
    code, report = json_out(capsys, "import", str(path), *(exporter.flags if named else ()))

    assert code == 0, report
    assert (report["preset"], report["kind"], report["rejected"]) == (exporter.preset, exporter.kind, [])
    assert stored_summary(db, exporter.kind) == (exporter.orders, exporter.usd_cents, exporter.statuses)


def test_the_import_pauses_the_cyclic_collector_once_and_resumes_it_after(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from tracker.importing import engine

    seen: list[bool] = []
    real_prepare, real_run = engine.prepare, engine.run_import

    def prepare(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real_prepare(*args, **kwargs)  # type: ignore[arg-type]

    def run_import(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real_run(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "prepare", prepare)
    monkeypatch.setattr(engine, "run_import", run_import)
    path = put(tmp_path, "collector.csv", fixture_bytes("collector.csv"))
    assert run("import", str(path), "--rate", "PLN=0.25") == 0
    assert seen == [False, False]  # paused from reading the file to writing it, not resumed between
    assert gc.isenabled()
    assert run("import", str(tmp_path / "missing.csv")) != 0
    assert gc.isenabled()


def test_importing_loads_neither_the_rule_sets_nor_the_checks(tmp_path: Path) -> None:
    """Only what a command needs is imported (issue 19): the rule sets (their TOML reader and
    nine classes) and the checks against AliExpress are not for writing a file's records."""
    import subprocess
    import sys

    path = put(tmp_path, "c.csv", fixture_bytes("collector.csv"))
    code = (
        "import sys; from tracker.cli.main import main; "
        f"assert main(['--db', {str(tmp_path / 'p.sqlite3')!r}, 'import', {str(path)!r}]) == 0; "
        "loaded = [m for m in ('tracker.rules.ruleset', 'tomllib', 'tracker.store.checks') if m in sys.modules]; "
        "print(loaded); sys.exit(1 if loaded else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
