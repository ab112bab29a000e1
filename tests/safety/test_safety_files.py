"""Every file we write — export, chart, backup — is complete or absent, readable by its owner only
whatever the umask, and a full disk or a killed process leaves the previous file whole."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tracker.cli.main import main
from tracker.store import files
from tracker.store.connection import close_database, open_database
from tracker.store.errors import StoreError
from tracker.ui.exporting import EXPORT_FILE_NAMES, export_native

TODAY = date(2026, 11, 24)


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data" / "points.sqlite3"
    monkeypatch.setenv("POINTS_TRACKER_DB", str(path))
    return path


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask: a file made with default permissions would be world-writable."""
    before = os.umask(0)
    yield
    os.umask(before)


def run(*args: str) -> int:
    code = main(list(args), today=TODAY)
    close_database()
    return code


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _disk_full_after(monkeypatch: pytest.MonkeyPatch, good_writes: int) -> None:
    """The disk fills up after ``good_writes`` writes of the file helper."""
    real_write = os.write
    calls = {"n": 0}

    def write(descriptor: int, data: bytes | memoryview) -> int:
        calls["n"] += 1
        if calls["n"] > good_writes:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(descriptor, data)

    monkeypatch.setattr(files.os, "write", write)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_exports_charts_backups_and_the_database_are_readable_by_their_owner_only(
    db_path: Path, tmp_path: Path, open_umask: None
) -> None:
    assert run("add", "order", "--date", "2026-11-02", "--amount", "42.50") == 0
    assert run("export", "orders", str(tmp_path / "orders.csv")) == 0
    assert run("chart", "sources", "--out", str(tmp_path / "sources.svg")) == 0
    assert run("backup", str(tmp_path / "copy.sqlite3")) == 0

    written = [tmp_path / "orders.csv", tmp_path / "sources.svg", tmp_path / "copy.sqlite3", db_path]
    assert {path.name: oct(mode(path)) for path in written} == {path.name: "0o600" for path in written}
    assert all(oct(mode(path)) == "0o600" for path in (db_path.parent / "backups").iterdir())


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_export_replacing_a_world_readable_file_leaves_it_private(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "orders.csv"
    target.write_text("old")
    target.chmod(0o666)
    assert run("export", "orders", str(target)) == 0
    assert mode(target) == 0o600
    assert target.read_text(encoding="utf-8-sig").startswith("order_no,")


def test_export_on_a_full_disk_keeps_the_previous_export_and_says_so(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("add", "order", "--date", "2026-11-02", "--amount", "42.50") == 0
    target = tmp_path / "orders.csv"
    assert run("export", "orders", str(target)) == 0
    before = target.read_bytes()
    assert run("add", "order", "--date", "2026-11-03", "--amount", "7") == 0
    capsys.readouterr()
    _disk_full_after(monkeypatch, 0)

    assert run("export", "orders", str(target)) == 1

    err = capsys.readouterr().err.strip()
    assert err == (
        f"points-tracker-cli: export: Cannot write {target}: the disk is full. "
        "The file that was there before is unchanged."
    )
    assert target.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data", "orders.csv"]  # no partial left


def test_the_window_export_replaces_all_three_files_or_none(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    db = open_database(db_path)
    export_native(db, folder)
    before = {name: (folder / name).read_bytes() for name in EXPORT_FILE_NAMES}
    _disk_full_after(monkeypatch, 2)  # the third file does not fit

    with pytest.raises(StoreError, match=r"the disk is full\. The file that was there before is unchanged"):
        export_native(db, folder)

    assert {name: (folder / name).read_bytes() for name in EXPORT_FILE_NAMES} == before
    assert sorted(path.name for path in folder.iterdir()) == sorted(EXPORT_FILE_NAMES)


def test_a_chart_on_a_full_disk_keeps_the_previous_image(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"the previous chart")
    _disk_full_after(monkeypatch, 0)
    assert run("chart", "expiring", "--out", str(target)) == 1
    assert "the disk is full" in capsys.readouterr().err
    assert target.read_bytes() == b"the previous chart"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["chart.png", "data"]


def test_a_killed_backup_leaves_a_hidden_partial_that_the_next_write_removes(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "points-backup.sqlite3"
    target.parent.mkdir()
    pid = _dead_pid()
    left = [target.parent / f".points-backup.sqlite3.points-tracker-partial-{pid}", target.parent / "x.partial-1"]
    left.append(Path(f"{left[0]}-journal"))
    for path in left:
        path.write_bytes(b"half a copy")

    assert run("backup", str(target)) == 0

    # Only our own partial of a process that is gone is removed; "x.partial-1" is not ours.
    assert sorted(path.name for path in target.parent.iterdir()) == ["points-backup.sqlite3", "x.partial-1"]


def test_a_partial_of_a_running_write_is_left_alone_until_it_is_a_day_old(tmp_path: Path) -> None:
    running = tmp_path / f".orders.csv.points-tracker-partial-{os.getppid()}"
    running.write_bytes(b"being written")
    assert files.remove_stale_partials(tmp_path) == []
    assert files.remove_stale_partials(tmp_path, now=running.stat().st_mtime + 2 * 24 * 3600) == [running]


def test_the_partial_name_says_what_it_is_and_is_hidden(tmp_path: Path) -> None:
    partial = files.partial_path(tmp_path / "orders.csv")
    assert partial.parent == tmp_path
    assert partial.name == f".orders.csv.points-tracker-partial-{os.getpid()}"
