"""``status`` read from the stored sums without computing (:mod:`tracker.report.stored_status`):
it answers only when the file needs nothing done, its answer is the full path's, it writes
nothing, and when it declines the command line takes the full path, which says what is wrong.

That its answer always equals a full computation, after any sequence of changes, is held by the
state machine of ``tests/report/test_figures_property.py``.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.currency.test_currency_store import paid_order
from tracker.cli import report as cli_report
from tracker.cli.main import main
from tracker.currency.rates import RateBook
from tracker.report.stored_status import stored_status
from tracker.store import repository as repo
from tracker.store.connection import close_database, open_database
from tracker.store.conversion import convert_order
from tracker.store.paths import daily_backup_path

TODAY = date(2026, 11, 24)
BACKUP_DAY = date.today()  # the command line backs up by the clock, whatever day a test says it is


def status(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(["--db", str(path), "status", "--json", *extra], today=TODAY) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def add(path: Path, *args: str) -> None:
    assert main(["--db", str(path), "add", *args], today=TODAY) == 0


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A file with some history, whose sums the first ``status`` computed (and whose day's backup
    it made), as a shopper's would be after any use."""
    path = tmp_path / "points.sqlite3"
    add(path, "order", "--date", "2026-03-01", "--amount", "420", "--status", "confirmed", "--confirmed", "2026-03-20")
    add(path, "order", "--date", "2026-11-10", "--amount", "80")
    add(path, "visit", "--date", "2026-11-20")
    return path


@pytest.fixture
def full_path_only(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records each time ``status`` opened the file in full."""
    opened: list[str] = []
    real = cli_report.open_db
    monkeypatch.setattr(cli_report, "open_db", lambda args: opened.append(args.db) or real(args))
    return opened


def test_status_reads_the_stored_sums_once_they_are_current(
    path: Path, capsys: pytest.CaptureFixture[str], full_path_only: list[str]
) -> None:
    first = status(path, capsys)  # computes the sums
    assert len(full_path_only) == 1
    assert status(path, capsys) == first  # read from them
    assert len(full_path_only) == 1
    assert stored_status(path, TODAY, BACKUP_DAY) is not None


def test_the_quick_answer_is_the_full_one_with_pending_left_out_and_uncounted_orders(
    path: Path, capsys: pytest.CaptureFixture[str], full_path_only: list[str]
) -> None:
    db = open_database(path)
    repo.add_order(db, convert_order(paid_order("RUB", date(2026, 6, 1), (123_450,), "R1"), RateBook()))
    close_database()
    full = status(path, capsys)
    full_text = _text(path, capsys)
    assert full["uncounted"]["by_currency"]["RUB"]["orders"] == 1
    without_pending = status(path, capsys, "--no-pending")
    opened = len(full_path_only)
    assert status(path, capsys) == full
    assert status(path, capsys, "--no-pending") == without_pending
    assert _text(path, capsys) == full_text
    assert len(full_path_only) == opened  # every one of them from the stored sums


def _text(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--db", str(path), "status"], today=TODAY) == 0
    return capsys.readouterr().out


def test_a_quick_look_writes_nothing(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status(path, capsys)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert stored_status(path, TODAY, BACKUP_DAY) is not None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_change_since_the_sums_goes_the_full_way_and_is_counted(
    path: Path, capsys: pytest.CaptureFixture[str], full_path_only: list[str]
) -> None:
    before = status(path, capsys)["window_points"]
    add(path, "order", "--date", "2026-11-01", "--amount", "100", "--status", "confirmed", "--confirmed", "2026-11-15")
    assert stored_status(path, TODAY, BACKUP_DAY) is None
    after = status(path, capsys)
    assert after["window_points"] > before
    assert len(full_path_only) == 2
    assert status(path, capsys, "--ruleset", "aliexpress-2023") == after  # computed from every record


def test_another_programs_insert_goes_the_full_way(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = status(path, capsys)["window_points"]
    with sqlite3.connect(path) as other:  # above the table's mark: no trigger logs it
        other.execute("INSERT INTO visit (date) VALUES ('2026-11-21')")
    other.close()
    assert stored_status(path, TODAY, BACKUP_DAY) is None
    assert status(path, capsys)["window_points"] > before


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda path: daily_backup_path(path, BACKUP_DAY).unlink(), "today's backup is not made yet"),
        (
            lambda path: _sql(path, "INSERT OR REPLACE INTO setting VALUES ('ruleset', 'aliexpress-flat-per-order')"),
            "another rule set chosen",
        ),
        (
            lambda path: _sql(path, "INSERT OR REPLACE INTO setting VALUES ('confirmation_lag_days', '3')"),
            "another confirmation lag",
        ),
        (
            lambda path: _sql(path, "INSERT OR REPLACE INTO setting VALUES ('ruleset', 'no-such-rules')"),
            "a rule set that cannot be found",
        ),
        (lambda path: _sql(path, "PRAGMA user_version = 4"), "an older schema to upgrade"),
        (lambda path: _sql(path, "PRAGMA user_version = 99"), "a newer program's file"),
        (lambda path: _sql(path, "PRAGMA application_id = 7"), "another program's file"),
        (lambda path: _sql(path, "PRAGMA journal_mode = DELETE"), "not in write-ahead-log mode"),
        (lambda path: path.write_bytes(b""), "an empty file"),
        (lambda path: path.unlink(), "no file"),
    ],
)
def test_the_quick_look_declines_when_the_file_needs_anything(
    path: Path, capsys: pytest.CaptureFixture[str], change: object, why: str
) -> None:
    status(path, capsys)
    change(path)  # type: ignore[operator]
    assert stored_status(path, TODAY, BACKUP_DAY) is None, why


def _sql(path: Path, sql: str) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute(sql)
        connection.commit()
    finally:
        connection.close()


def test_another_day_or_a_one_off_rule_set_goes_the_full_way(
    path: Path, capsys: pytest.CaptureFixture[str], full_path_only: list[str]
) -> None:
    status(path, capsys)
    assert stored_status(path, TODAY + timedelta(days=1), BACKUP_DAY) is None
    status(path, capsys, "--as-of", "2026-10-01")
    status(path, capsys, "--ruleset", "aliexpress-legacy-a0-a4")
    assert len(full_path_only) == 3


def test_newer_exchange_rates_go_the_full_way(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(path)
    repo.add_order(db, convert_order(paid_order("PLN", date(2026, 6, 1), (123_450,), "P1"), RateBook()))
    close_database()
    status(path, capsys)  # converted with this package's rates, and said so
    assert stored_status(path, TODAY, BACKUP_DAY) is not None
    _sql(path, "UPDATE setting SET value = 'an older package' WHERE key = 'rates_bundle'")
    assert stored_status(path, TODAY, BACKUP_DAY) is None


def test_a_damaged_file_is_reported_by_the_full_way(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status(path, capsys)
    data = bytearray(path.read_bytes())
    page = 4096
    data[page : len(data)] = b"\xff" * (len(data) - page)  # every page but the first
    path.write_bytes(bytes(data))
    assert stored_status(path, TODAY, BACKUP_DAY) is None
    capsys.readouterr()
    assert main(["--db", str(path), "status", "--json"], today=TODAY) == 1
    assert "damaged" in capsys.readouterr().err


def test_status_from_stored_sums_imports_neither_peewee_nor_the_ledger(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess
    import sys

    status(path, capsys)  # the sums computed, the file checked and noted
    code = (
        "import sys; from tracker.cli.main import main; "
        f"code = main(['--db', {str(path)!r}, 'status', '--json', '--as-of', '{TODAY}']); "
        "heavy = [m for m in ('peewee', 'tracker.rules.ledger', 'tracker.rules.records', 'tracker.store.connection') "
        "if m in sys.modules]; "
        "print(heavy, file=sys.stderr); sys.exit(code or (1 if heavy else 0))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
