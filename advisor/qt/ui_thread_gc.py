"""Python's cyclic garbage collector, run on the UI thread only.

The collector runs on whichever thread happens to allocate when a threshold is crossed. If that is a worker of
`advisor.qt.tasks` and the garbage holds a Qt widget (a closed dialog, a page in a reference cycle), Qt destroys the
widget off the UI thread and the process crashes (seen in the test suite as a segfault inside a report task).
So automatic collection is switched off and a timer on the UI thread collects with the same thresholds — the
recipe calibre and other long-lived PyQt apps use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class UiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first, as CPython would."""
        counts = gc.get_count()
        if counts[0] > self.thresholds[0]:
            generation = 0
            if counts[1] > self.thresholds[1]:
                generation = 2 if counts[2] > self.thresholds[2] else 1
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


_installed: UiThreadGarbageCollector | None = None


def install(app: QObject) -> UiThreadGarbageCollector:
    """Once per process, owned by the QApplication (call it from the UI thread)."""
    global _installed
    if _installed is None:
        _installed = UiThreadGarbageCollector(app)
    return _installed
