"""Suite-wide: Qt draws offscreen, so window tests run without a display (CI has none), and a
fresh database file per test for the store and data-safety tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from tracker.store.connection import close_database, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "points.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[SqliteDatabase]:
    database = open_database(db_path)
    yield database
    close_database()
