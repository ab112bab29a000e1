"""Window tests: Qt offscreen, a fresh database per test, and a fixed "today"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tracker.store.connection import close_database, open_database
from tracker.ui.session import Session

TODAY = date(2026, 11, 24)


@pytest.fixture
def session(qtbot: object, tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / "points.sqlite3"
    db = open_database(path)
    yield Session(db, path, today=lambda: TODAY)
    close_database()
