"""A file is checked page by page when it is opened, unless it is byte for byte the one last
checked and closed (``tracker/store/checked.py``): then the check is skipped, and any change to
it — damage included — means a full check again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.safety.helpers import damage, fill
from tracker.store import connection
from tracker.store.checked import checked_mark, unchanged_since_checked
from tracker.store.connection import close_database, open_database
from tracker.store.errors import DamagedDatabaseError


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every page check made, by file."""
    made: list[Path] = []
    real = connection._check_pages
    monkeypatch.setattr(connection, "_check_pages", lambda db, path: made.append(path) or real(db, path))
    return made


def _filled(path: Path, orders: int = 400) -> None:
    (path.parent / "backups").mkdir(mode=0o700, exist_ok=True)  # as the first daily backup makes it
    db = open_database(path)
    fill(db, orders)
    close_database()


def test_an_unchanged_file_is_not_checked_twice(tmp_path: Path, checks: list[Path]) -> None:
    path = tmp_path / "points.sqlite3"
    _filled(path)
    assert unchanged_since_checked(path)
    open_database(path)
    close_database()
    assert checks == [path]  # the first open only
    assert unchanged_since_checked(path)


def test_a_damaged_file_is_checked_and_named_damaged(tmp_path: Path, checks: list[Path]) -> None:
    path = tmp_path / "points.sqlite3"
    _filled(path)
    damage(path)
    assert not unchanged_since_checked(path)
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    assert checks == [path, path]


def test_a_file_put_in_place_of_the_open_one_is_not_noted_as_checked(tmp_path: Path) -> None:
    path = tmp_path / "points.sqlite3"
    _filled(path)
    noted = checked_mark(path).read_bytes()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _filled(elsewhere / "points.sqlite3", 450)  # another computer's file, as a sync tool brings it
    open_database(path)
    os.replace(elsewhere / "points.sqlite3", path)
    close_database()
    assert checked_mark(path).read_bytes() == noted  # the file put in its place was never checked here
    assert not unchanged_since_checked(path)


def test_nothing_is_made_beside_a_file_without_backups(tmp_path: Path) -> None:
    path = tmp_path / "points.sqlite3"
    open_database(path)
    close_database()
    assert not (tmp_path / "backups").exists()
    assert not unchanged_since_checked(path)
