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
        "Memory: predicted 11.2 GiB · using 11.6 GiB (process 4242: 1.7 GiB of RAM + 9.9 GiB on the graphics card)"
        in text
    )
    assert "Speed: predicted 27.1 tokens/s · run the benchmark to measure it" in text
    assert "Qwen2.5-14B-Instruct-Q5_K_M.gguf (Q5_K_M) at 4,096 tokens of context" in text

    state.set_server(benchmark=fakes.benchmark(state.server.url))  # the Speed panel's benchmark of that model ends
    assert "Speed: predicted 27.1 tokens/s · measured 24.6 tokens/s" in page.check.after_load.text()
    assert state.after_load.measured_tokens_per_second == 24.6 and state.after_load.speed_gap == "close"

    summary = make_page(qtbot, SummaryPage, state=state)
    summary.initializePage()
    qtbot.waitUntil(lambda: "Checked after load" in summary.preview.toPlainText(), timeout=5000)
    report = summary.preview.toPlainText()
    assert "Predicted memory" in report and "Memory in use" in report and "24.6 tokens/s" in report
    wait_idle(qtbot)


def test_a_benchmark_of_another_model_is_said_not_set_beside_the_loaded_one(qtbot):
    from tests.qt import fakes

    page, state = _checked_page(qtbot)
    other = fakes.benchmark(state.server.url, model="meta-llama-3.1-8b-instruct")
    state.set_server(benchmark=other)
    text = page.check.after_load.text()
    assert "measured" not in text.split("Speed:")[1].split("\n")[0]  # no 24.6 beside Qwen's 27.1
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
        "Against the recommendation:\n  • The file is Q5_K_M; for its size class (13B) the recommendation here is "
        "Q4_K_M, which needs a different amount of memory and runs at another speed." in text
    )
    assert "Q6_K" not in text  # the 40B model's quant says nothing about a 14B file


def test_the_prediction_after_load_is_what_the_recommendation_page_lists_for_that_file(qtbot):
    """One file, one estimate: the Local server page's "predicted" for LM Studio's loaded Qwen2.5-14B Q5_K_M is the
    fit and speed the Recommendation page lists for it under "Models already in LM Studio" (on the 12 GiB card it
    keeps 1 of its 48 layers on the processor), and the report gives each file its own layer count (Llama-3.1-8B
    has 32)."""
    from advisor.qt.pages.recommendation import RecommendationPage
    from advisor.qt.pages.summary import SummaryPage
    from tests.qt.helpers import make_page, wait_idle

    page, state = _checked_page(qtbot)
    rec = make_page(qtbot, RecommendationPage, state=state)
    rec.initializePage()
    qtbot.waitUntil(lambda: rec.local.rowCount() == 2, timeout=5000)
    wait_idle(qtbot)
    row = next(r for r in range(2) if rec.local.item(r, 0).text() == "Qwen2.5-14B-Instruct-Q5_K_M.gguf")
    assert [rec.local.item(row, c).text() for c in (2, 3)] == ["Partial GPU", "27.1 tok/s"]
    assert "Speed: predicted 27.1 tokens/s" in page.check.after_load.text()
    assert (state.after_load.gpu_layers, state.after_load.total_layers) == (47, 48)

    summary = make_page(qtbot, SummaryPage, state=state)
    summary.initializePage()
    qtbot.waitUntil(lambda: "Models already in LM Studio" in summary.preview.toPlainText(), timeout=5000)
    wait_idle(qtbot)
    report = summary.preview.toPlainText()
    llama = report.split("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", 1)[1]
    qwen = report.split("Qwen2.5-14B-Instruct-Q5_K_M.gguf", 1)[1]
    assert llama.startswith("\n4.6 GiB\nFull GPU\n32 / 32\n68.2\n")  # size, fit, GPU layers, tokens/s
    assert qwen.startswith("\n9.8 GiB\nPartial GPU\n47 / 48\n27.1\n")


def test_the_flags_a_llama_server_was_started_with_are_said_with_what_could_not_be_used(qtbot):
    import dataclasses

    from advisor.core.servers.command_line import BAD_VALUE
    from advisor.core.types import Reason

    page, state = _checked_page(qtbot)
    assert "As started" not in page.check.after_load.text()  # LM Studio's check: no command line read
    state.after_load = dataclasses.replace(
        state.after_load,
        started_with=("-ctk q8_0", "--mmproj mmproj-F16.gguf"),
        command_line=(Reason(BAD_VALUE, {"flag": "-ngl", "value": "-5"}),),
    )
    page.check.show_after_load()
    text = page.check.after_load.text()
    assert "As started: -ctk q8_0, --mmproj mmproj-F16.gguf (in the prediction)" in text
    assert "Not measured:\n  • -ngl -5: not a value llama-server accepts for it: left out of the prediction." in text
