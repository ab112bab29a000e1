"""How long the window's GUI thread is held after an import (or an undo of one, a rate change, a
settings change): ``Session.records_changed_elsewhere()`` and the dashboard's repaint, with
100,000 orders. The figures come from the derived sums at once and the ledger is built in the
background (issue 19: "right figures at once, whatever the size of the history").

    uv run python benchmarks/bench_reload.py [--orders 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import tracker.app as app_module
from PySide6.QtCore import QTimer

app, window = app_module.launch(["points-tracker", "--db", sys.argv[1]])
dashboard = window.page("dashboard")

def reload_after_an_import():
    session = dashboard.session
    started = time.perf_counter()
    session.records_changed_elsewhere()
    dashboard.repaint()
    app.processEvents()
    print(f"{time.perf_counter() - started:.4f} {int(session.provisional)}")
    app.quit()

def when_ready():  # the start's own background work done: the ledger book is built
    if dashboard.session.provisional or dashboard.session.computing:
        QTimer.singleShot(50, when_ready)
    else:
        reload_after_an_import()

QTimer.singleShot(0, when_ready)
app.exec()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_startup import make_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "points.sqlite3"
        make_database(path, options.orders)
        environment = {**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_DATA_HOME": tmp}
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        held = []
        for _ in range(options.runs):
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, env=environment, check=True
            )
            seconds, provisional = done.stdout.split()[-2:]
            held.append(float(seconds))
    print(
        f"{options.orders:,} orders: the GUI thread held after an import, median of {options.runs}: "
        f"{statistics.median(held) * 1000:.0f} ms (min {min(held) * 1000:.0f}, max {max(held) * 1000:.0f}); "
        f"the figures then from the sums: {provisional == '1'}; target < 100 ms, as for an edit"
    )


if __name__ == "__main__":
    main()
