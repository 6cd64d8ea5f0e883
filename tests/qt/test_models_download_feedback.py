"""The Models page's download feedback: a slow line shows its speed ("410 KiB/s", "1.5 MiB/s", never "0 MiB/s"),
and a cancelled download leaves no half-full progress bar beside "Download cancelled."."""

from __future__ import annotations

import threading
import time

import pytest

from advisor.core.catalog.types import CatalogProblem
from advisor.qt import fmt
from advisor.qt.wizard import AdvisorWizard, PageId
from tests.qt import fakes
from tests.qt.helpers import wait_idle

pytestmark = pytest.mark.gui

MIB = 1024**2


@pytest.mark.parametrize(
    ("bytes_per_second", "shown"),
    [(0.4 * MIB, "410 KiB"), (1.5 * MIB, "1.5 MiB"), (9.4 * MIB, "9.4 MiB"), (25 * MIB, "25 MiB"), (0, "0 KiB")],
)
def test_a_slow_download_speed_is_never_rounded_to_nothing(qapp, bytes_per_second, shown):
    assert fmt.rate(bytes_per_second) == shown


def test_a_slow_download_shows_its_speed_and_a_cancel_resets_the_bar(qtbot, settings):
    started = threading.Event()

    def slow_download(repo_id, filename, *, progress=None, cancel=None, **_kw):
        total = 8 * MIB
        progress(int(0.08 * total), total, 0.4 * MIB, 19.0)  # 8 % after 2 s on a 0.4 MiB/s line
        started.set()
        deadline = time.monotonic() + 10
        while not cancel.is_set() and time.monotonic() < deadline:
            time.sleep(0.01)
        return fakes.DownloadResult(repo_id, filename, fakes.MODELS_DIR, problem=CatalogProblem("cancelled", repo_id))

    wizard = AdvisorWizard(settings, services=fakes.services(download=slow_download), language="en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_background_work()
    qtbot.waitUntil(lambda: wizard.state.profile is not None, timeout=3000)
    while wizard.currentId() != PageId.MODELS:
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=5000)
        wizard.next()
    wait_idle(qtbot)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.download_button.isEnabled(), timeout=3000)
    page.download()
    qtbot.waitUntil(lambda: "/s" in page.progress_text.text(), timeout=3000)
    assert "410 KiB/s" in page.progress_text.text()
    assert page.progress.value() > 0 and page.progress.isVisibleTo(page)

    page.cancel_download()
    wait_idle(qtbot)
    assert "cancelled" in page.download_status.text().lower()
    assert page.progress.value() <= 0 and not page.progress.isVisibleTo(page)
