"""The Local server page's check after load: predicted against used memory, the predicted speed and, once the
benchmark of that model has run, the measured one beside it (a benchmark of another model is said, not compared);
where the loaded file is not what the recommendation gives its size class, that is said apart from the reasons
for a gap; the exported report carries the same check."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _checked_page(qtbot):
    from advisor.qt.pages.server import ServerPage
    from tests.qt.helpers import make_page, state_with_profile, wait_idle

    state = state_with_profile()
    page = make_page(qtbot, ServerPage, state=state)
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.check.after_load.isVisibleTo(page), timeout=5000)
    wait_idle(qtbot)
    return page, state


def test_the_page_sets_measured_speed_beside_the_prediction_and_the_report_carries_it(qtbot):
    from advisor.qt.pages.summary import SummaryPage
    from tests.qt import fakes
    from tests.qt.helpers import make_page, wait_idle

    page, state = _checked_page(qtbot)
    text = page.check.after_load.text()
    assert (
        "Memory: predicted 10.1 GiB · using 10.3 GiB (process 4242: 410 MiB of RAM + 9.9 GiB on the graphics card)"
        in text
    )
    assert "Speed: predicted 33.5 tokens/s · run the benchmark to measure it" in text
    assert "Qwen2.5-14B-Instruct-Q5_K_M.gguf (Q5_K_M) at 4,096 tokens of context" in text

    state.set_server(benchmark=fakes.benchmark(state.server.url))  # the Speed panel's benchmark of that model ends
    assert "Speed: predicted 33.5 tokens/s · measured 39.6 tokens/s" in page.check.after_load.text()
    assert state.after_load.measured_tokens_per_second == 39.6 and state.after_load.speed_gap == "close"

    summary = make_page(qtbot, SummaryPage, state=state)
    summary.initializePage()
    qtbot.waitUntil(lambda: "Checked after load" in summary.preview.toPlainText(), timeout=5000)
    report = summary.preview.toPlainText()
    assert "Predicted memory" in report and "Memory in use" in report and "39.6 tokens/s" in report
    wait_idle(qtbot)


def test_a_benchmark_of_another_model_is_said_not_set_beside_the_loaded_one(qtbot):
    from tests.qt import fakes

    page, state = _checked_page(qtbot)
    other = fakes.benchmark(state.server.url, model="meta-llama-3.1-8b-instruct")
    state.set_server(benchmark=other)
    text = page.check.after_load.text()
    assert "measured" not in text.split("Speed:")[1].split("\n")[0]  # no 39.6 beside Qwen's 33.5
    assert (
        "The last benchmark measured meta-llama-3.1-8b-instruct, not the model loaded now: benchmark this one to "
        "compare its speed." in text
    )
    assert state.after_load.measured_tokens_per_second is None and state.after_load.speed_gap is None


def test_the_quant_is_compared_with_the_advice_for_the_loaded_models_own_size(qtbot):
    """The recommendation is a 40B model at Q6_K; the loaded 14B file is set against the 13B class's Q4_K_M, under
    its own heading, never as a reason for a gap that is not there."""
    import dataclasses

    from advisor.qt.pages.server import ServerPage
    from tests.qt import fakes
    from tests.qt.helpers import make_page, state_with_profile, wait_idle

    state = state_with_profile()
    rec = fakes.recommend(state.profile)
    state.set_recommendation(dataclasses.replace(rec, tier="40B", quant="Q6_K", model="Qwen3-30B-A3B"))
    page = make_page(qtbot, ServerPage, state=state)
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.check.after_load.isVisibleTo(page), timeout=5000)
    wait_idle(qtbot)
    text = page.check.after_load.text()
    assert "Why they differ" not in text  # memory and speed agree: nothing to explain
    assert (
        "Against the recommendation:\n  • The file is Q5_K_M; for a 13B model the recommendation here is Q4_K_M, which "
        "needs a different amount of memory and runs at another speed." in text
    )
    assert "Q6_K" not in text  # the 40B model's quant says nothing about a 14B file
