"""Suite-wide: Qt draws offscreen, so window tests run without a display (CI has none), a fresh
database file per test for the store and data-safety tests, and a log file of each test's own."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from tracker import logs
from tracker.store.connection import close_database, open_database


@pytest.fixture(autouse=True)
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Where the front ends log during a test: never the data folder of whoever runs the tests,
    and nothing left set up for the next test."""
    path = tmp_path / "log" / logs.LOG_FILE_NAME
    monkeypatch.setattr(logs, "log_path", lambda: path)
    yield path
    logs.stop_logging()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "points.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[SqliteDatabase]:
    database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture
def qtbot(qtbot: Any) -> Iterator[Any]:
    """pytest-qt's ``qtbot``, holding every widget given to ``addWidget`` until the test is torn
    down. pytest-qt keeps only weak references: once a test function returns, a page held by
    nothing but its own signal connections could be garbage-collected in the middle of the
    paint pytest-qt's last event processing gives it, and Qt then crashes in that paint."""
    kept: list[Any] = []
    add_widget = qtbot.addWidget

    def add_and_keep(widget: Any, **options: Any) -> None:
        kept.append(widget)
        add_widget(widget, **options)

    qtbot.addWidget = add_and_keep
    # As the app does (tracker/ui/garbage.py): no cyclic collection on a worker thread, where
    # freeing a widget's wrapper crashes Qt; the test's garbage is collected here, on this one.
    collecting = gc.isenabled()
    gc.disable()
    yield qtbot
    kept.clear()  # pytest-qt has closed them by now (its teardown hook runs before fixtures')
    gc.collect()
    if collecting:
        gc.enable()
