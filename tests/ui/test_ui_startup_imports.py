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
