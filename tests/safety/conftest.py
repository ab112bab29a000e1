"""Fixtures for the data-safety tests: a fresh database file per test, closed afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from tracker.store.connection import close_database, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "points.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[SqliteDatabase]:
    database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture(autouse=True)
def _nothing_left_open() -> Iterator[None]:
    yield
    close_database()
