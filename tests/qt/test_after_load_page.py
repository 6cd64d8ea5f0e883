"""The Local server page's check after load: predicted against used memory, the predicted speed and, once the
benchmark has run, the measured one beside it; the exported report carries the same check."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_the_page_sets_measured_speed_beside_the_prediction_and_the_report_carries_it(qtbot):
    from advisor.qt.pages.server import ServerPage
    from advisor.qt.pages.summary import SummaryPage
    from tests.qt import fakes
    from tests.qt.helpers import make_page, state_with_profile, wait_idle

    state = state_with_profile()
    page = make_page(qtbot, ServerPage, state=state)
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.check.after_load.isVisibleTo(page), timeout=5000)
    wait_idle(qtbot)
    text = page.check.after_load.text()
    assert (
        "Memory: predicted 5.4 GiB · using 5.4 GiB (process 4242: 410 MiB of RAM + 5.0 GiB on the graphics card)"
        in (text)
    )
    assert "Speed: predicted 42.0 tokens/s · run the benchmark to measure it" in text
    assert "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf (Q4_K_M) at 4,096 tokens of context" in text

    state.set_server(benchmark=fakes.benchmark(state.server.url))  # the Speed panel's benchmark ends
    assert "Speed: predicted 42.0 tokens/s · measured 39.6 tokens/s" in page.check.after_load.text()
    assert state.after_load.measured_tokens_per_second == 39.6 and state.after_load.speed_gap == "close"

    summary = make_page(qtbot, SummaryPage, state=state)
    summary.initializePage()
    qtbot.waitUntil(lambda: "Checked after load" in summary.preview.toPlainText(), timeout=5000)
    report = summary.preview.toPlainText()
    assert "Predicted memory" in report and "Memory in use" in report and "39.6 tokens/s" in report
    wait_idle(qtbot)
