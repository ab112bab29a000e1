"""The built wheel, installed into a fresh virtual environment (not ``uv run``), starts the
window and the command line on an empty home folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from tests.newcomer.conftest import ROOT, drive, newcomer_environment
from tracker.store.errors import DatabaseInUseError
from tracker.store.lock import AppLock
from tracker.ui.single_instance import instance_name

pytestmark = pytest.mark.slow


def _uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")
    assert found, "uv is needed to build the wheel (CI installs it)"
    return found


def _scripts(venv: Path) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel built from this checkout; its scripts folder."""
    where = tmp_path_factory.mktemp("wheel")
    uv = _uv()
    quiet = {"capture_output": True, "text": True, "timeout": 600}
    built = subprocess.run([uv, "build", "--wheel", "--out-dir", str(where / "dist"), str(ROOT)], **quiet)  # type: ignore[call-overload]
    assert built.returncode == 0, built.stderr
    (wheel,) = (where / "dist").glob("points_tracker-*.whl")
    venv = where / "venv"
    made = subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], **quiet)  # type: ignore[call-overload]
    assert made.returncode == 0, made.stderr
    python = _scripts(venv) / ("python.exe" if sys.platform == "win32" else "python")
    added = subprocess.run([uv, "pip", "install", "--quiet", "--python", str(python), str(wheel)], **quiet)  # type: ignore[call-overload]
    assert added.returncode == 0, added.stderr
    return _scripts(venv)


def test_the_installed_command_line_works_on_an_empty_home(installed: Path, home: Path) -> None:
    finished = subprocess.run(
        [str(installed / "points-tracker-cli"), "status", "--json"],
        env=newcomer_environment(home), cwd=home, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stderr
    assert "window_points" in json.loads(finished.stdout)


def test_the_installed_window_starts_on_an_empty_home(installed: Path, home: Path) -> None:
    python = installed / ("python.exe" if sys.platform == "win32" else "python")
    report = drive(str(python), ["shown"], [], newcomer_environment(home), cwd=home)
    assert report["shown"] is True
    assert Path(str(report["tracker"])).is_relative_to(installed.parent)  # the wheel's copy, not this checkout


@pytest.mark.skipif(sys.platform == "win32", reason="the POSIX script names")
def test_the_installed_gui_script_starts_and_a_second_start_hands_over(installed: Path, home: Path) -> None:
    environ = newcomer_environment(home)
    db = home / ".local" / "share" / "PointsTracker" / "points.sqlite3"
    first = subprocess.Popen(
        [str(installed / "points-tracker")], env=environ, cwd=home, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while True:  # the window holds its file's lock once it has started
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the installed window never opened its file"
            if not db.exists():  # the lock is tried only then: taking it would make the folder
                time.sleep(0.2)
                continue
            try:
                with AppLock(db):
                    pass
            except DatabaseInUseError:
                break
            time.sleep(0.2)
        second = subprocess.run(
            [str(installed / "points-tracker")], env=environ, cwd=home, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # still running, now in front
    finally:
        first.terminate()
        first.communicate(timeout=30)
        QLocalServer.removeServer(instance_name(db))  # what the killed window left in the temporary folder
