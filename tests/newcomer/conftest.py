"""A newcomer's computer: an empty home folder, no XDG folders set, no POINTS_TRACKER_DB."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("driver.py")
ROOT = Path(__file__).resolve().parents[2]
XDG_VARIABLES = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")


def newcomer_environment(home: Path, *, empty_xdg: bool = False) -> dict[str, str]:
    """This environment less everything that points at existing data; XDG variables unset, or
    set empty (``empty_xdg``), which must mean the same."""
    environ = {key: value for key, value in os.environ.items() if key not in XDG_VARIABLES}
    environ.pop("POINTS_TRACKER_DB", None)
    environ.pop("LANGUAGE", None)
    environ.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    if empty_xdg:
        environ.update(dict.fromkeys(XDG_VARIABLES[:4], ""))
    return environ


def drive(
    python: str, mode: Sequence[str], app_args: Sequence[str], environ: Mapping[str, str], cwd: Path
) -> dict[str, object]:
    """Run the driver in its own process; its JSON report (the test fails with its output if it
    did not exit 0)."""
    finished = subprocess.run(
        [python, str(DRIVER), *mode, *app_args],
        env=dict(environ),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, f"exit {finished.returncode}\n{finished.stdout}\n{finished.stderr}"
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    assert lines, finished.stdout + finished.stderr
    report: dict[str, object] = json.loads(lines[-1])
    return report


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def python() -> str:
    return sys.executable
