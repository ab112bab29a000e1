"""The first minute on a new computer, in real processes: the window starts on an empty home
folder (and on ``--db`` in a folder that does not exist), an order typed into the form is there
at the next start, and a second start hands over to the first window."""

from __future__ import annotations

import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.newcomer.conftest import DRIVER, drive, newcomer_environment

pytestmark = pytest.mark.slow


def _data_folder(home: Path) -> Path:
    return home / ".local" / "share" / "PointsTracker"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG data folder")
@pytest.mark.parametrize("empty_xdg", [False, True], ids=["XDG unset", "XDG empty"])
def test_first_start_on_an_empty_home_shows_the_window_and_keeps_an_order(
    home: Path, python: str, empty_xdg: bool
) -> None:
    environ = newcomer_environment(home, empty_xdg=empty_xdg)
    first = drive(python, ["add-order", "8100000000000042"], [], environ, cwd=home)
    assert first["shown"] is True and first["form_filled"] is True
    assert first["db"] == str(_data_folder(home) / "points.sqlite3")
    assert "8100000000000042" in first["orders"]  # type: ignore[operator]

    again = drive(python, ["orders"], [], environ, cwd=home)
    assert again["shown"] is True
    assert "8100000000000042" in again["orders"]  # type: ignore[operator]
    for folder in (home / ".local", home / ".local" / "share", _data_folder(home)):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_db_in_a_folder_that_does_not_exist_is_created_and_kept(home: Path, python: str, tmp_path: Path) -> None:
    environ = newcomer_environment(home)
    db = Path("new") / "folder" / "points.sqlite3"  # relative, as typed in a terminal
    first = drive(python, ["add-order", "8100000000000043"], ["--db", str(db)], environ, cwd=tmp_path)
    assert first["db"] == str(tmp_path / db)
    assert (tmp_path / db).is_file()
    if sys.platform != "win32":
        assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700

    again = drive(python, ["orders"], ["--db", str(db)], environ, cwd=tmp_path)
    assert "8100000000000043" in again["orders"]  # type: ignore[operator]


@pytest.mark.skipif(sys.platform == "win32", reason="one process at a time is enough there")
def test_a_second_start_hands_its_file_to_the_first_window_and_exits_0(home: Path, tmp_path: Path) -> None:
    environ = newcomer_environment(home)
    log = tmp_path / "requests.txt"
    first = subprocess.Popen(
        [sys.executable, str(DRIVER), "listen", "2", str(log)],
        env=environ,
        cwd=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "listening"
        orders = tmp_path / "orders.csv"
        orders.write_text("order_no,order_date,total\n8100000000000044,2026-11-02,12.50\n", encoding="utf-8")

        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "tracker", "orders.csv"], env=environ, cwd=tmp_path,
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 15  # it handed over, it did not wait for a timeout
        third = subprocess.run(
            [sys.executable, "-m", "tracker"], env=environ, cwd=tmp_path, capture_output=True, text=True, timeout=60
        )
        assert third.returncode == 0, third.stderr
        assert first.wait(30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert log.read_text().splitlines() == [f"{orders} dialog=True front=True", "- front=True"]
