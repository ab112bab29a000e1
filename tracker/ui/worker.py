"""Run one long job off the GUI thread, with progress and cancel; hand back result or error.

The house pattern (Picard's ``run_task``, Anki's ``QueryOp``): the GUI thread calls
``runner(work, done=…, failed=…, progress=…)``; ``work(report, cancelled)`` runs on Qt's thread
pool; ``done(result)``, ``failed(error)`` and ``progress(done, total)`` are called on the GUI
thread. Tests pass :func:`run_now`, which does it all at once on the calling thread (Picard's
``FakeThreadPool``), so a dialog test needs no waiting.

Database connections are per thread (peewee): work that touches the database gets its own
connection to the same file on first use and should close it when it ends
(:func:`close_thread_connection`).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from peewee import SqliteDatabase

Report = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Report, Cancelled], Any]


class Job(Protocol):
    def cancel(self) -> None: ...

    def is_cancelled(self) -> bool: ...


class Runner(Protocol):
    def __call__(
        self,
        work: Work,
        *,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        progress: Callable[[int, int], None] | None = None,
    ) -> Job: ...


class _Cancel:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def is_cancelled(self) -> bool:
        return self._event.is_set()


class _Callbacks:
    """What one job hands its result, error and progress to, on the GUI thread."""

    __slots__ = ("cancel", "done", "failed", "progress")

    def __init__(
        self,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        progress: Callable[[int, int], None] | None,
    ) -> None:
        self.done, self.failed, self.progress = done, failed, progress
        self.cancel = _Cancel()


class _Relay(QObject):
    """Lives on the GUI thread for as long as the program: signals emitted by the workers are
    queued to its slots, which call the job's callbacks there.

    One relay for every job, never freed while a worker might still hold it: a relay made per job
    was freed by whichever thread dropped the last reference to it — a worker's, when the thread
    pool deleted the finished task after the GUI thread had let go — and a Qt object must be
    deleted on its own thread."""

    finished = Signal(int, object)
    errored = Signal(int, object)
    advanced = Signal(int, int, int)

    def __init__(self) -> None:
        super().__init__()
        self.jobs: dict[int, _Callbacks] = {}
        self._next = 0
        self.finished.connect(self._on_finished)
        self.errored.connect(self._on_errored)
        self.advanced.connect(self._on_advanced)

    def add(self, callbacks: _Callbacks) -> int:
        self._next += 1
        self.jobs[self._next] = callbacks
        return self._next

    @Slot(int, object)
    def _on_finished(self, job: int, result: object) -> None:
        callbacks = self.jobs.pop(job, None)
        if callbacks is not None:
            callbacks.done(result)

    @Slot(int, object)
    def _on_errored(self, job: int, error: object) -> None:
        callbacks = self.jobs.pop(job, None)
        if callbacks is not None:
            assert isinstance(error, BaseException)
            callbacks.failed(error)

    @Slot(int, int, int)
    def _on_advanced(self, job: int, done: int, total: int) -> None:
        callbacks = self.jobs.get(job)
        if callbacks is not None and callbacks.progress is not None:
            callbacks.progress(done, total)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    """The relay, made on first use — by the GUI thread, which is the only one that starts jobs."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Task(QRunnable):
    def __init__(self, work: Work, relay: _Relay, job: int, cancelled: Cancelled) -> None:
        super().__init__()
        self._work, self._relay, self._job, self._cancelled = work, relay, job, cancelled

    def run(self) -> None:
        relay, job = self._relay, self._job

        def report(done: int, total: int) -> None:
            _report(relay.advanced, job, done, total)

        try:
            result = self._work(report, self._cancelled)
        except Exception as error:  # handed to the GUI thread, which shows it or re-raises it
            _report(relay.errored, job, error)
        else:
            _report(relay.finished, job, result)


def _report(signal: Any, *values: object) -> None:
    """Hand ``values`` to the GUI thread, unless the relay has gone meanwhile: a job still
    running when the app quits may find it deleted, and there is nobody left to tell."""
    with contextlib.suppress(RuntimeError):  # "Signal source has been deleted"
        signal.emit(*values)


class _Handle:
    def __init__(self, cancel: _Cancel) -> None:
        self._cancel = cancel

    def cancel(self) -> None:
        self._cancel.cancel()

    def is_cancelled(self) -> bool:
        return self._cancel.is_cancelled()


def run_in_thread(
    work: Work,
    *,
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    progress: Callable[[int, int], None] | None = None,
) -> Job:
    """Start ``work`` on the global thread pool; the callbacks come back on the GUI thread."""
    relay = _the_relay()
    callbacks = _Callbacks(done, failed, progress)
    job = relay.add(callbacks)
    QThreadPool.globalInstance().start(_Task(work, relay, job, callbacks.cancel.is_cancelled))
    return _Handle(callbacks.cancel)


def run_now(
    work: Work,
    *,
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    progress: Callable[[int, int], None] | None = None,
) -> Job:
    """Run ``work`` at once on this thread: for tests, like Picard's ``FakeThreadPool``."""
    cancel = _Cancel()
    try:
        result = work(progress or (lambda done, total: None), cancel.is_cancelled)
    except Exception as error:
        failed(error)
    else:
        done(result)
    return _Handle(cancel)


def close_thread_connection(db: SqliteDatabase) -> None:
    """Close this thread's connection to ``db`` — unless this is the GUI thread, whose
    connection the window keeps using (work run at once, in tests)."""
    if threading.current_thread() is not threading.main_thread() and not db.is_closed():
        db.close()
