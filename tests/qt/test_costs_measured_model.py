"""The Costs page and the Summary never contradict the Recommendation page: the chart's time axis shows its months
(in both languages), a benchmark of another model than the recommended one does not pass for the recommended
model's speed, and every measured speed names the model it is of.

The Costs page here runs the real core defaults and the real sizing engine on the fake desktop (RTX 4070), as a user
who benchmarked the model LM Studio had loaded (qwen2.5-14b-instruct) and not the recommended one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from advisor.core.costs import cumulative_series, default_inputs
from advisor.core.costs.defaults import SIZING_CONTEXT
from advisor.core.sizing import recommend
from advisor.qt import i18n
from advisor.qt.pages.costs import CostsPage
from advisor.qt.pages.summary import SummaryPage
from advisor.qt.widgets.cost_chart import CostChart
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    i18n.install_language(request.param, "ES" if request.param == "es" else "US")
    yield request.param
    i18n.install_language("en", "")


def _dark_pixels_under_the_plot(chart: CostChart, qapp) -> int:
    """Dark pixels in the band just under the plot area, where the time axis writes its month numbers (the axis
    title is left empty, so nothing else is drawn there)."""
    qapp.processEvents()
    image = chart.grab().toImage()
    plot = chart.chart().plotArea()
    top = int(plot.bottom()) + 1
    band = range(top, min(image.height(), top + chart.fontMetrics().height() + 8))
    columns = range(int(plot.left()) + 3, int(plot.right()) - 3)
    return sum(1 for y in band for x in columns if QColor(image.pixel(x, y)).lightness() < 128)


def test_the_cost_chart_shows_the_months_on_its_time_axis(qtbot, qapp, language):
    inputs = fakes.default_cost_inputs(fakes.profile())
    chart = CostChart()
    qtbot.addWidget(chart)
    chart.resize(520, 380)
    chart.show()
    chart.set_series(cumulative_series(inputs, months=36), local_label="Local", title="Cost", month_label="")
    [months] = chart.chart().axes(Qt.Orientation.Horizontal)
    assert months.labelsVisible() and months.max() == 36
    drawn = _dark_pixels_under_the_plot(chart, qapp)
    months.setLabelsVisible(False)  # the same band without the labels: what is measured above is the months
    bare = _dark_pixels_under_the_plot(chart, qapp)
    assert drawn > 10 * (bare + 1), "no month number is drawn under the chart"


@pytest.fixture
def after_benchmark_of_another_model():
    state = state_with_profile()
    recommendation = recommend(state.profile, context=SIZING_CONTEXT)
    bench = fakes.benchmark("http://127.0.0.1:1234/v1")  # LM Studio's loaded model: qwen2.5-14b-instruct
    assert recommendation.model and not recommendation.model.lower().startswith("qwen2.5-14b")
    state.set_recommendation(recommendation)
    state.set_server(benchmark=bench)
    return state, recommendation, bench


def test_the_costs_page_uses_the_recommended_models_estimate_and_says_the_benchmark_was_of_another(
    qtbot, settings, after_benchmark_of_another_model
):
    state, rec, bench = after_benchmark_of_another_model
    page = make_page(
        qtbot, CostsPage, state=state, settings=settings, services=fakes.services(default_cost_inputs=default_inputs)
    )
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=15000)
    wait_idle(qtbot)
    speed = page.spins["tokens_per_second"]
    assert speed.value() == pytest.approx(rec.tokens_per_second, abs=0.05)
    assert speed.value() != pytest.approx(bench.tokens_per_second, abs=0.05)
    assert f"estimate for {rec.model}" in speed.toolTip()
    assert f"the benchmark measured {bench.model}, another model" in speed.toolTip()
    assert state.costs.inputs.prompt_tokens_per_second == rec.prompt_tokens_per_second


def test_the_summary_names_the_recommended_model_and_the_model_measured(
    qtbot, settings, after_benchmark_of_another_model
):
    state, rec, bench = after_benchmark_of_another_model
    page = make_page(qtbot, SummaryPage, state=state, settings=settings)
    page.initializePage()
    qtbot.waitUntil(lambda: page.buttons["pdf"].isEnabled(), timeout=10000)
    text = page.preview.toPlainText()
    assert f"{rec.model} ({rec.tier} class) at {rec.quant}" in text
    assert f"{rec.tier} models at" not in text
    assert f"{bench.model}, another model than the recommended one" in text
