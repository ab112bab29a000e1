"""A damaged data file at start-up: the window offers the latest good backup (issue "data safety")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.safety.helpers import damage, fill
from tracker.store.backup import rolling_backup
from tracker.store.connection import close_database, open_database
from tracker.store.errors import DamagedDatabaseError
from tracker.ui.opening import DatabaseOpener, offer_restore


def damaged_with_backup(path: Path, *, backed_up: bool = True) -> None:
    db = open_database(path)
    fill(db)
    if backed_up:
        rolling_backup(db, path, today=date(2026, 11, 23))
    close_database()
    damage(path)


def opening_error(opener: DatabaseOpener, path: Path) -> DamagedDatabaseError:
    with pytest.raises(DamagedDatabaseError) as caught:
        opener.open(path)
    return caught.value


def test_yes_restores_the_backup_opens_it_and_keeps_the_damaged_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "points.sqlite3"
    damaged_with_backup(path)
    opener = DatabaseOpener(today=lambda: date(2026, 11, 24))
    questions: list[str] = []
    session = offer_restore(opener, path, opening_error(opener, path), lambda q: questions.append(q) or True)
    try:
        assert session is not None
        assert len(session.records().orders) == 300
        assert "points-2026-11-23.sqlite3" in questions[0] and "kept aside" in questions[0]
        assert any(p.name.startswith("points.sqlite3.damaged-") for p in tmp_path.iterdir())
    finally:
        opener.close()


def test_no_changes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "points.sqlite3"
    damaged_with_backup(path)
    before = path.read_bytes()
    opener = DatabaseOpener(today=lambda: date(2026, 11, 24))
    assert offer_restore(opener, path, opening_error(opener, path), lambda q: False) is None
    assert path.read_bytes() == before


def test_without_a_backup_nothing_is_offered(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "points.sqlite3"
    damaged_with_backup(path, backed_up=False)
    opener = DatabaseOpener(today=lambda: date(2026, 11, 24))
    asked: list[str] = []
    assert offer_restore(opener, path, opening_error(opener, path), lambda q: asked.append(q) or True) is None
    assert asked == []


def test_back_up_then_restore_from_the_file_menu(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.conftest import TODAY
    from tests.ui.helpers import confirmed_order, open_window
    from tracker.ui import backups
    from tracker.ui.folders import documents_folder

    path = tmp_path / "points.sqlite3"
    opener = DatabaseOpener(today=lambda: TODAY)
    session = opener.open(path)
    window = open_window(session, qtbot, tmp_path, opener=opener)
    try:
        target = tmp_path / "copy.sqlite3"
        suggested: list[Path] = []
        monkeypatch.setattr(
            backups, "choose_backup_target", lambda parent, suggestion: suggested.append(suggestion) or target
        )
        monkeypatch.setattr(backups, "choose_backup_source", lambda parent, folder: target)
        monkeypatch.setattr(backups, "confirm", lambda parent, question: True)
        window.session.add(confirmed_order())
        window.action_back_up.trigger()
        assert target.is_file()
        assert suggested == [documents_folder() / "points-backup-2026-11-24.sqlite3"]
        assert documents_folder() != path.parent  # not beside the file it guards
        window.session.add(confirmed_order(5_000))
        assert len(window.session.records().orders) == 2
        window.action_restore.trigger()
        assert window.session.db_path == path
        assert len(window.session.records().orders) == 1
        assert "Restored copy.sqlite3" in window.statusBar().currentMessage()
    finally:
        window.close()
        opener.close()
