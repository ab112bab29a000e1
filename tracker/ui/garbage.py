"""Python's cyclic garbage collector, run on the GUI thread only.

A widget's Python wrapper caught in a reference cycle is freed when the cyclic collector runs,
and the collector runs in whichever thread happens to allocate when a threshold is passed: a
worker building the ledger or importing a file, say. A Qt object deleted off the GUI thread can
crash Qt. So, as Anki and pyqtgraph do, the automatic collector is off while the window runs and
a timer on the GUI thread collects each generation once its threshold is passed. Objects without
cycles are still freed at once by reference counting.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

__all__ = ["GuiThreadCollector"]

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Turns the automatic collector off and collects on the GUI thread from now on."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the generations whose thresholds are passed, as the automatic collector would;
        the number of objects found unreachable."""
        young, middle, old = gc.get_count()
        found = 0
        if young > self.threshold[0]:
            found += gc.collect(0)
            if middle > self.threshold[1]:
                found += gc.collect(1)
                if old > self.threshold[2]:
                    found += gc.collect(2)
        return found
