"""The Local server page after a benchmark whose runs found the prompt in the server's cache: no first-token time is
shown for them, and the tooltip says why."""

from __future__ import annotations

import dataclasses

from advisor.qt.pages.server import ServerPage
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle


def _benchmarked(qtbot, benchmark):
    """The Local server page after a check and a benchmark whose result `benchmark` (the fake's, changed) gives."""
    page = make_page(qtbot, ServerPage, state=state_with_profile(), services=fakes.services(benchmark=benchmark))
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.bench.button.isEnabled(), timeout=3000)
    page.bench.run()
    qtbot.waitUntil(lambda: page.state.benchmark is not None, timeout=5000)
    wait_idle(qtbot)
    return page


def test_runs_that_reused_a_cached_prompt_give_no_first_token_time_and_say_why(qtbot):
    def benchmark(url, **kw):
        bench = fakes.benchmark(url, **kw)  # every run's prompt came from the cache: the core leaves them out
        return dataclasses.replace(bench, ttft_ms=None, prompt_tokens_per_second=None, prompt_cached_runs=bench.runs)

    page = _benchmarked(qtbot, benchmark)
    assert "first token after — ·" in page.bench.result.text()
    assert (
        "The server reused the prompt from its cache in 3 of 3 runs: their prompt speed and first-token time are "
        "left out." in page.bench.result.toolTip()
    )


def test_a_server_figure_not_used_as_implausible_is_said_beside_the_figures(qtbot):
    """The CLI said "the server reported an implausible figure, not used: …"; the app showed the client's speed
    without a word that the server's own had been dropped."""

    def benchmark(url, **kw):
        return dataclasses.replace(fakes.benchmark(url, **kw), implausible=("timings.predicted_per_second",))

    page = _benchmarked(qtbot, benchmark)
    assert (
        "the server reported an implausible figure, not used: timings.predicted_per_second" in page.bench.result.text()
    )
