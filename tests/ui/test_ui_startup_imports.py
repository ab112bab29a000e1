"""The window's start imports the store, rules and report before PySide6 (see tracker/app.py):
once PySide6 is imported, its import hook reads the source of every Python module imported after
it, and a start pays for each."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CORE = ("peewee", "filelock", "tracker.store.connection", "tracker.report.figures", "tracker.rules.ledger",
        "logging.handlers", "platformdirs")  # fmt: skip
# The store's writing: a start only reads, and imports them with the first change (tracker/ui/session.py).
WRITING = ("tracker.store.repository", "tracker.store.batches", "tracker.store.crud", "tracker.store.history",
           "tracker.store.demo", "tracker.store.checks", "tracker.store.drafts", "tracker.store.conversion")  # fmt: skip
# Nor Qt's network module: the socket that hands a second start to this window is set up after the
# first paint (tracker/app.py); meanwhile a second start finds the file in use and asks again.
# Nor the checks against AliExpress: the dashboard's check line stays empty until the records have
# loaded, after the first paint (tracker/ui/check_line.py).
CHECKS = ("tracker.report.check", "tracker.report.check_report", "tracker.report.check_words",
          "tracker.report.check_findings", "tracker.store.check_reading")  # fmt: skip
AFTER_THE_FIRST_PAINT = (*WRITING, *CHECKS, "PySide6.QtNetwork", "tracker.ui.single_instance")


def test_the_app_imports_its_core_before_pyside6() -> None:
    code = (
        "import sys, tracker.app; names = list(sys.modules); "
        f"late = [m for m in {CORE!r} if names.index(m) > names.index('PySide6')]; "
        "print(late); sys.exit(1 if late else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_points_tracker_command_turns_the_collector_off_before_it_imports_the_window() -> None:
    """tracker/desktop.py: the collector would walk the start's objects again and again; the
    GUI thread's collector (tracker/ui/garbage.py) takes over once the application exists."""
    code = (
        "import gc, sys, types\n"
        "import tracker.desktop as desktop\n"
        "assert 'tracker.app' not in sys.modules and 'PySide6' not in sys.modules\n"
        "seen = []\n"
        "window = types.ModuleType('tracker.app')\n"  # stands in for the window's module
        "window.main = lambda argv: seen.append(gc.isenabled()) or 7\n"
        "sys.modules['tracker.app'] = window\n"
        "assert gc.isenabled()\n"
        "code = desktop.main([])\n"
        "print(seen, code); sys.exit(0 if seen == [False] and code == 7 else 1)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_start_paints_the_dashboard_without_importing_the_stores_writing(tmp_path: Path) -> None:
    """A start only reads; what writes (some 20 ms of imports) comes with the first change, and the
    second-start socket once the window has painted."""
    code = (
        "import sys\n"
        "from tracker.app import launch\n"
        "app, window = launch(['points-tracker', '--db', sys.argv[1]])\n"
        "window.page('dashboard').repaint()\n"
        f"early = [m for m in {AFTER_THE_FIRST_PAINT!r} if m in sys.modules]\n"
        "print(early); sys.exit(1 if early else 0)\n"
    )
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "points.sqlite3")], capture_output=True, text=True, env=environ
    )
    assert done.returncode == 0, done.stdout + done.stderr
