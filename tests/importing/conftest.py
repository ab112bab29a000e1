"""Fixtures for the import tests: the shipped messy files, and a fresh database per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from tracker.store.connection import close_database, open_database

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[SqliteDatabase]:
    database = open_database(tmp_path / "points.sqlite3")
    yield database
    close_database()
