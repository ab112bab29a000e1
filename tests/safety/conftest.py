"""Data-safety tests: every test leaves no database open (``db`` and ``db_path`` come from
tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tracker.store.connection import close_database


@pytest.fixture(autouse=True)
def _nothing_left_open() -> Iterator[None]:
    yield
    close_database()
