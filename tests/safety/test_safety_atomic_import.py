"""An import is one transaction: killing the process half-way leaves the file as it was."""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tests.store.factories import order
from tracker.store.connection import close_database, open_database
from tracker.store.repository import add_order, load_records

ROOT = Path(__file__).resolve().parents[2]
ROWS = 100_000

# Runs in the child: build 100,000 orders and import them as one batch. Half-way, the progress
# callback tells the parent and then waits, so that the kill lands inside the open transaction.
IMPORTER = """
import sys, time
from datetime import date, timedelta
from pathlib import Path

from tracker.rules.records import OrderStatus
from tracker.store.batches import write_batch
from tracker.store.connection import open_database
from tracker.store.drafts import LineDraft, OrderDraft

path, rows = Path(sys.argv[1]), int(sys.argv[2])
db = open_database(path)
items = (LineDraft("Phone case", "1005001", "Phones", 1, 1_234),)
first = date(2016, 1, 1)
orders = [
    OrderDraft(f"9{n:010}", first + timedelta(days=n % 3650), OrderStatus.PENDING, items) for n in range(rows)
]


def progress(done, total):
    if done >= total // 2:
        print("midway", done, flush=True)
        time.sleep(60)
    return True


write_batch(db, file_name="huge.csv", file_hash="huge", kind="orders", orders=orders, progress=progress)
print("committed", flush=True)
"""


def _wait_for_line(process: subprocess.Popen[str], seconds: float) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], seconds)
    if not ready:
        process.kill()
        pytest.fail(f"the importer said nothing within {seconds} seconds")
    return process.stdout.readline()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and select on pipes are POSIX")
def test_killing_a_100000_row_import_half_way_leaves_none_of_it(tmp_path: Path) -> None:
    db_path = tmp_path / "points.sqlite3"
    db = open_database(db_path)
    kept = [add_order(db, order(f"80{n}", store="kept")) for n in range(3)]
    before = load_records(db)
    close_database()

    started = time.monotonic()
    importer = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(db_path), str(ROWS)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        said = _wait_for_line(importer, 60)
        assert said.startswith("midway"), f"importer: {said!r} {importer.stderr.read() if importer.stderr else ''}"
        wal = Path(f"{db_path}-wal")
        # Half the batch has spilled from SQLite's page cache into the WAL: writes reached the disk.
        assert wal.stat().st_size > 1_000_000, wal.stat().st_size
        os.kill(importer.pid, signal.SIGKILL)
        assert importer.wait(10) == -signal.SIGKILL
    finally:
        if importer.poll() is None:
            importer.kill()
            importer.wait()
    took = time.monotonic() - started

    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        orders = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
        batches = conn.execute("SELECT count(*) FROM import_batch").fetchone()[0]
    conn.close()
    assert orders in (len(kept), len(kept) + ROWS)  # all of the batch or none of it …
    assert (orders, batches) == (len(kept), 0)  # … and it was killed before its commit: none

    db = open_database(db_path)
    assert load_records(db) == before
    assert [o.order_date for o in load_records(db).orders] == [date(2024, 3, 1)] * 3
    close_database()
    assert took < 20, f"the import took {took:.1f} s to reach half-way"
