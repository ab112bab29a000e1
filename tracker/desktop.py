"""The ``points-tracker`` command (and ``python -m tracker``): starts the desktop app.

A module of its own so that something can be done before the window's modules are imported:
Python's cyclic collector is turned off first. A start allocates some hundreds of thousands of
objects that all stay alive (classes, enums, functions, the records), and the collector would
walk them again and again for nothing — about a twentieth of the time to the first paint
(benchmarks/bench_startup.py). Once the application exists, :mod:`tracker.ui.garbage` collects
on the GUI thread, as it would anyway; it first runs after the window has painted.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    gc.disable()
    from tracker.app import main as run_app  # only now: the point of this module

    return run_app(argv)
