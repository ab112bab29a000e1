"""Before the window on Linux: a missing library of Qt's X11 plugin is named, with the packages
to install, instead of Qt's abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.ui import platform_check
from tracker.ui.platform_check import INSTALL_LINE, missing_libraries_message, uses_xcb

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's X11 plugin")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:display=:1"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_the_check_runs_only_where_qt_will_use_x11(environ: dict[str, str], platform: str, expected: bool) -> None:
    assert uses_xcb(environ, platform) is expected


def test_the_message_names_the_missing_library_and_the_packages_of_both_families() -> None:
    message = missing_libraries_message(
        "/x/plugins/platforms/libqxcb.so: libxcb-cursor.so.0: cannot open shared object file: No such file"
    )
    assert "the library libxcb-cursor.so.0 is missing" in message
    assert message.endswith(INSTALL_LINE)
    assert "sudo apt install libxcb-cursor0 " in INSTALL_LINE and "sudo dnf install xcb-util-cursor " in INSTALL_LINE


def _run(code: str, *args: str, environ: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """In a process of its own: loading the X11 plugin here would stay loaded for every test."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT, env=environ or dict(os.environ), capture_output=True, text=True, timeout=60,
    )  # fmt: skip


@linux_only
def test_qt_s_own_plugin_loads_on_this_machine() -> None:
    code = "from tracker.ui.platform_check import xcb_plugin, load_problem; print(xcb_plugin().is_file(), load_problem(xcb_plugin()))"
    finished = _run(code)
    assert finished.stdout.split() == ["True", "None"], finished.stderr


@linux_only
def test_a_plugin_that_cannot_load_stops_the_start_with_the_message_and_exit_1(tmp_path: Path) -> None:
    # A copy of the real plugin away from Qt's folder cannot find libQt6XcbQpa.so.6: a real failure
    # of the loader, as a missing libxcb-cursor0 would be.
    copy = tmp_path / "libqxcb.so"
    code_find = "from tracker.ui.platform_check import xcb_plugin; print(xcb_plugin())"
    shutil.copy(_run(code_find).stdout.strip(), copy)
    code = (
        "import sys; from pathlib import Path; import tracker.ui.platform_check as check; "
        "check.xcb_plugin = lambda: Path(sys.argv[1]); from tracker.app import main; sys.exit(main(['points-tracker']))"
    )
    environ = {key: value for key, value in os.environ.items() if key not in ("WAYLAND_DISPLAY", "DISPLAY")}
    environ["QT_QPA_PLATFORM"] = "xcb"
    finished = _run(code, str(copy), environ=environ)
    assert finished.returncode == 1
    assert finished.stderr.startswith("Points Tracker cannot open its window: Qt's X11 plugin does not load")
    assert "libQt6XcbQpa.so.6 is missing" in finished.stderr and INSTALL_LINE in finished.stderr
    assert "Traceback" not in finished.stderr and "Aborted" not in finished.stderr


def test_a_plugin_that_is_not_there_is_left_to_qt(tmp_path: Path) -> None:
    assert platform_check.load_problem(tmp_path / "libqxcb.so") is None


def test_the_readme_names_the_same_packages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"sudo apt install {platform_check.DEBIAN_PACKAGES}`" in readme
    assert f"sudo dnf install {platform_check.FEDORA_PACKAGES}`" in readme
