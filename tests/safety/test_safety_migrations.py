"""Every schema version ever released opens in this version with its records and figures.

``tests/fixtures/db/schema-vN.sqlite3`` is a file as version N wrote it (made by
``tests/fixtures/db/make_fixtures.py`` with that version's code, and never remade). Each test
opens a *copy*, so the checked-in file stays as it was. A file from a newer version is refused
unchanged: ``tests/store/test_store_connection.py::test_a_newer_file_is_refused_and_left_unchanged``.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from peewee import TextField
from playhouse.migrate import SqliteMigrator, migrate

from tracker.report.status import load_status
from tracker.rules import find_ruleset
from tracker.rules.records import OrderStatus
from tracker.store import migrations
from tracker.store import repository as repo
from tracker.store.backup_files import list_backups
from tracker.store.connection import close_database, open_database
from tracker.store.export import export_drafts
from tracker.store.migrations import SCHEMA_VERSION, read_version
from tracker.store.paths import BACKUP_BEFORE_UPGRADE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
DATABASES = sorted(FIXTURES.glob("schema-v*.sqlite3"))


def _version(fixture: Path) -> int:
    match = re.fullmatch(r"schema-v(\d+)\.sqlite3", fixture.name)
    assert match, fixture
    return int(match.group(1))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    assert {_version(fixture) for fixture in DATABASES} == set(range(1, SCHEMA_VERSION + 1))


@pytest.fixture(params=DATABASES, ids=lambda fixture: fixture.stem)
def copied(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, Path]:
    """(the checked-in fixture, a copy of it in the test's own folder)."""
    fixture: Path = request.param
    copy = tmp_path / "points.sqlite3"
    shutil.copyfile(fixture, copy)  # a fixture, not a live database: no -wal beside it
    return fixture, copy


def test_a_past_version_upgrades_and_keeps_every_record(copied: tuple[Path, Path]) -> None:
    fixture, copy = copied
    checked_in = hashlib.sha256(fixture.read_bytes()).hexdigest()

    db = open_database(copy)
    assert read_version(db) == SCHEMA_VERSION
    records = repo.load_records(db)
    counts = [len(kind) for kind in (records.orders, records.reviews, records.visits, records.posts,
                                     records.follows, records.entries, records.promotions)]  # fmt: skip
    assert counts == [8, 2, 10, 1, 1, 2, 1]

    exported = export_drafts(db)
    by_number = {draft.order_no: draft for draft in exported.orders}
    phone = by_number["8102"]
    assert (phone.items_cents, phone.discount_cents, phone.shipping_cents) == (42_700, 2_000, 350)
    assert {line.category for line in phone.lines} == {"Phones", "Toys"}
    assert (by_number["8103"].refund_cents, by_number["8103"].refund_date) == (5_000, date(2026, 3, 10))
    euro = by_number["8106"]
    assert (euro.status, euro.currency, euro.paid_cents, euro.usd_estimated) == (
        OrderStatus.PENDING,
        "EUR",
        2_790,
        True,
    )
    assert by_number["8105"].note == "gift for Dad"
    assert by_number[None].store == "'=Formula Store"
    assert sum(draft.items_cents for draft in exported.orders) == 89_190
    assert [(e.points, e.note) for e in exported.entries] == [(120, "opening balance"), (50, "618 game")]

    (batch,) = repo.list_batches(db)
    assert (batch.file_name, batch.new, batch.rejected) == ("orders-2026.csv", 15, 1)
    settings = {key: value for key, value in repo.get_settings(db).items() if key != "data_version"}
    assert settings == {"confirmation_lag_days": "15", "include_pending": "true"}  # data_version counts writes
    close_database()

    if _version(fixture) < SCHEMA_VERSION:
        assert [b.kind for b in list_backups(copy)] == [BACKUP_BEFORE_UPGRADE]
    assert hashlib.sha256(fixture.read_bytes()).hexdigest() == checked_in


@pytest.mark.parametrize(("as_of", "tier", "window_points"), [(date(2026, 6, 30), "Platinum", 833),
                                                             (date(2026, 12, 1), "Platinum", 1031)])  # fmt: skip
def test_a_past_version_gives_the_same_figures(
    copied: tuple[Path, Path], as_of: date, tier: str, window_points: int
) -> None:
    # Worked out by the aliexpress-2023 rules when the fixture was made; they change only if
    # the rules do (docs/rules/), never because of an upgrade.
    _, copy = copied
    db = open_database(copy)
    status, _, _ = load_status(db, as_of, ruleset=find_ruleset("aliexpress-2023"))
    close_database()
    assert (status.tier.name, status.window_points) == (tier, window_points)


def test_upgrading_the_oldest_fixture_backs_it_up_first(
    copied: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A next schema version (simulated here) upgrades a real old file after copying it aside."""
    _, copy = copied
    version = read_version_of_file(copy)

    def next_step(migrator: SqliteMigrator) -> None:
        migrate(migrator.add_column("orders", "tracking_no", TextField(default="")))

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(migrations, "_STEPS", (*migrations._STEPS, (SCHEMA_VERSION + 1, next_step)))
    db = open_database(copy)
    assert read_version(db) == SCHEMA_VERSION + 1
    assert len(repo.load_records(db).orders) == 8
    close_database()

    (backup,) = list_backups(copy)  # one copy, made before the first step, in the version it had
    assert backup.path.name.startswith(f"points-before-upgrade-v{version}-")
    assert read_version_of_file(backup.path) == version
    with sqlite3.connect(backup.path) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 8
        assert "tracking_no" not in {row[1] for row in conn.execute("PRAGMA table_info(orders)")}
    conn.close()


def read_version_of_file(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.close()
    return version
