"""The window's start imports the store, rules and report before PySide6 (see tracker/app.py):
once PySide6 is imported, its import hook reads the source of every Python module imported after
it, and a start pays for each."""

from __future__ import annotations

import subprocess
import sys

CORE = ("peewee", "filelock", "tracker.store.repository", "tracker.report.figures", "tracker.rules.ledger")


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
