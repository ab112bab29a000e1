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
from typing import Any, Protocol

from peewee import SqliteDatabase
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

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


class _Relay(QObject):
    """Lives on the GUI thread: signals emitted by the worker are queued to its slots."""

    finished = Signal(object)
    errored = Signal(object)
    advanced = Signal(int, int)

    def __init__(
        self,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        progress: Callable[[int, int], None] | None,
    ) -> None:
        super().__init__()
        self._done, self._failed, self._progress = done, failed, progress
        self.cancel = _Cancel()
        self.finished.connect(self._on_finished)
        self.errored.connect(self._on_errored)
        self.advanced.connect(self._on_advanced)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        _running.discard(self)
        self._done(result)

    @Slot(object)
    def _on_errored(self, error: object) -> None:
        _running.discard(self)
        assert isinstance(error, BaseException)
        self._failed(error)

    @Slot(int, int)
    def _on_advanced(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)


_running: set[_Relay] = set()  # keeps each relay alive until its job has reported back


class _Task(QRunnable):
    def __init__(self, work: Work, relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        relay = self._relay
        try:
            result = self._work(relay.advanced.emit, relay.cancel.is_cancelled)
        except Exception as error:  # handed to the GUI thread, which shows it or re-raises it
            _report(relay.errored, error)
        else:
            _report(relay.finished, result)


def _report(signal: Any, value: object) -> None:
    """Hand ``value`` to the GUI thread, unless the window has gone meanwhile: a job still
    running when the app quits finds its relay deleted, and there is nobody left to tell."""
    with contextlib.suppress(RuntimeError):  # "Signal source has been deleted"
        signal.emit(value)


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
    relay = _Relay(done, failed, progress)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Task(work, relay))
    return _Handle(relay.cancel)


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
