"""Quitting while background work runs: no error dialog off the GUI thread, no report to a relay
that has gone (a first start that quit at once aborted with "Cannot create a QWidget without
QApplication" about one time in six)."""

from __future__ import annotations

import gc
import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tracker import app
from tracker.ui import worker


def test_an_error_dialog_is_never_made_off_the_gui_thread(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    other = threading.Thread(target=app._show_dialog, args=("Something went wrong", "from a worker", True))
    other.start()
    other.join()
    assert shown == []
    app._show_dialog("Something went wrong", "on the GUI thread", True)
    assert shown == ["on the GUI thread"]


def test_a_job_ending_after_its_relay_is_gone_tells_nobody_and_raises_nothing(qtbot: QtBot) -> None:
    results: list[object] = []
    relay = worker._Relay()
    job = relay.add(worker._Callbacks(results.append, results.append, None))
    task = worker._Task(lambda report, cancelled: 42, relay, job, lambda: False)
    shiboken6.delete(relay)  # what the app's end does to a relay whose job still runs
    task.run()  # raised RuntimeError("Signal source has been deleted") into the excepthook
    assert results == []


def test_jobs_report_through_one_relay_that_outlives_them(qtbot: QtBot) -> None:
    """A relay per job was freed by whichever thread let go of it last, now and then a worker's,
    and a Qt object must be deleted on its own thread. Every job reports through the one relay,
    which the workers never free."""
    results: list[object] = []
    progress: list[tuple[int, int]] = []

    def work(report: worker.Report, cancelled: worker.Cancelled) -> int:
        report(1, 2)
        return 42

    def fail(report: worker.Report, cancelled: worker.Cancelled) -> int:
        raise ValueError("bad row")

    worker.run_in_thread(
        work, done=results.append, failed=results.append, progress=lambda d, t: progress.append((d, t))
    )
    worker.run_in_thread(fail, done=results.append, failed=results.append)
    relay = worker._the_relay()
    qtbot.waitUntil(lambda: len(results) == 2)
    assert 42 in results and any(isinstance(r, ValueError) for r in results)
    assert progress == [(1, 2)]
    assert worker._the_relay() is relay and shiboken6.isValid(relay)
    assert relay.jobs == {}  # nothing kept once a job has reported


def test_the_cyclic_collector_runs_on_the_gui_thread_only(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    from tracker.ui.garbage import GuiThreadCollector

    owner = QObject()
    collecting = gc.isenabled()
    try:
        gc.enable()
        collector = GuiThreadCollector(owner)
        assert not gc.isenabled()  # no collection can start on a worker thread
        gc.collect()
        cycles = []
        for _ in range(collector.threshold[0] + 10):
            cycle: list[object] = []
            cycle.append(cycle)
            cycles.append(cycle)
        cycles.clear()
        assert collector.check() >= collector.threshold[0]  # what the timer does on this thread
    finally:
        if collecting:
            gc.enable()
