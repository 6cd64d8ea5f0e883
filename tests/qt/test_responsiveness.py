"""Never frozen: slow detection, search, download and benchmark run while the UI thread keeps ticking."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from advisor.qt.wizard import AdvisorWizard, PageId
from tests.qt import fakes
from tests.qt.helpers import wait_idle

pytestmark = pytest.mark.gui

SLOW_S = 0.6  # every fake service call takes this long (downloads and streams spread it over their chunks)


class GapMeter:
    """A 10 ms timer on the UI thread; the longest time between two ticks is how long the UI was frozen."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1

    def __enter__(self) -> GapMeter:
        self.last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()


def test_the_ui_thread_never_stalls_while_slow_work_runs(qtbot, settings):
    def slow_download(*a, **k):
        return fakes.download(*a, total=64 * 1024**2, chunk=256 * 1024, delay_s=SLOW_S / 256, **k)

    wizard = AdvisorWizard(settings, services=fakes.services(delay_s=SLOW_S, download=slow_download), language="en")
    qtbot.addWidget(wizard)
    wizard.show()
    hardware, models, server = (wizard.page(p) for p in (PageId.HARDWARE, PageId.MODELS, PageId.SERVER))
    t0 = time.perf_counter()
    with GapMeter() as meter:
        hardware.detect()
        qtbot.waitUntil(lambda: wizard.state.profile is not None, timeout=5000)
        wizard.page(PageId.RECOMMENDATION).refresh()
        qtbot.waitUntil(lambda: wizard.state.recommendation is not None, timeout=5000)
        models.search()
        server.check.test_connection()  # search and server check run at the same time
        qtbot.waitUntil(lambda: models.model.rowCount() > 0 and server.bench.button.isEnabled(), timeout=5000)
        models.download()
        server.bench.run()  # a download and a benchmark at the same time
        qtbot.waitUntil(
            lambda: models.download_status.text().startswith("Downloaded") and wizard.state.benchmark is not None,
            timeout=10000,
        )
        wait_idle(qtbot)
    elapsed = time.perf_counter() - t0
    print(f"longest UI gap {meter.longest * 1000:.1f} ms over {elapsed:.1f} s, {meter.ticks} ticks")
    assert elapsed > 3 * SLOW_S  # the work really was slow...
    assert meter.ticks > elapsed / 0.010 * 0.5  # ...the timer really ran...
    assert meter.longest < 0.100, f"the UI thread stalled for {meter.longest * 1000:.0f} ms"  # ...and never stalled
