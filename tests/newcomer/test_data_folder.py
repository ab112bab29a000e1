"""Making the data folder: user-only whatever the umask, and plain words when it cannot be made."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from tracker.cli.main import main as cli_main
from tracker.store.paths import FolderError, make_private_folder, real_db_path

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@posix_only
def test_every_folder_made_is_the_users_only_even_under_umask_000(tmp_path: Path) -> None:
    (tmp_path / "existing").mkdir(mode=0o755)
    old = os.umask(0)
    try:
        make_private_folder(tmp_path / "existing" / "a" / "b")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "existing").stat().st_mode) == 0o755  # not ours to change
    for made in (tmp_path / "existing" / "a", tmp_path / "existing" / "a" / "b"):
        assert stat.S_IMODE(made.stat().st_mode) == 0o700


@posix_only
def test_the_command_line_makes_the_data_folder_users_only_under_umask_000(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("POINTS_TRACKER_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    old = os.umask(0)
    try:
        assert cli_main(["add", "visit", "--date", "2026-11-02"]) == 0
    finally:
        os.umask(old)
    for made in (tmp_path / "data", tmp_path / "data" / "PointsTracker"):
        assert stat.S_IMODE(made.stat().st_mode) == 0o700


def test_a_folder_that_exists_is_fine(tmp_path: Path) -> None:
    make_private_folder(tmp_path)
    make_private_folder(tmp_path)


def test_a_file_in_the_way_is_named_in_plain_words(tmp_path: Path) -> None:
    (tmp_path / "PointsTracker").write_text("not a folder")
    with pytest.raises(FolderError) as caught:
        make_private_folder(tmp_path / "PointsTracker" / "inner")
    message = str(caught.value)
    assert caught.value.folder == tmp_path / "PointsTracker" / "inner"
    assert message == (
        f"Points Tracker cannot create the folder {tmp_path / 'PointsTracker' / 'inner'} for your records: "
        f"{tmp_path / 'PointsTracker'} is a file, not a folder."
    )
    assert (tmp_path / "PointsTracker").read_text() == "not a folder"


def test_the_folder_itself_being_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "PointsTracker").write_text("")
    with pytest.raises(FolderError, match="PointsTracker is a file, not a folder"):
        make_private_folder(tmp_path / "PointsTracker")


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "you are not allowed to create folders in"),
        (OSError(errno.EROFS, "Read-only file system"), "is on a disk that can only be read"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
    ],
)
def test_a_place_where_no_folder_can_be_made_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, words: str
) -> None:
    def refuse(self: Path, mode: int = 0o777, parents: bool = False, exist_ok: bool = False) -> None:
        raise error

    monkeypatch.setattr(Path, "mkdir", refuse)  # root (CI) may write anywhere: the refusal is staged
    with pytest.raises(FolderError) as caught:
        make_private_folder(tmp_path / "read-only" / "PointsTracker")
    assert str(caught.value).startswith(f"Points Tracker cannot create the folder {tmp_path / 'read-only'}")
    assert words in str(caught.value) and "lock" not in str(caught.value)


@posix_only
def test_a_link_and_its_target_are_one_real_path(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert real_db_path(tmp_path / "link" / "p.sqlite3") == real_db_path(tmp_path / "real" / "p.sqlite3")
