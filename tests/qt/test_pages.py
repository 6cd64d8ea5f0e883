"""Each wizard page driven as a user drives it, with fake services (realistic data, the real core types)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from advisor.qt.pages.costs import CostsPage
from advisor.qt.pages.hardware import HardwarePage
from advisor.qt.pages.models import ModelsPage
from advisor.qt.pages.recommendation import CONTEXTS, RecommendationPage
from advisor.qt.pages.server import ServerPage
from advisor.qt.pages.summary import SummaryPage
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui


# ---------------------------------------------------------------- hardware
def test_hardware_page_detects_in_background_and_shows_what_it_found(qtbot):
    page = make_page(qtbot, HardwarePage)
    assert not page.isComplete()
    page.detect()
    assert page.busy_bar.isVisible() is False or page.busy_bar.isVisibleTo(page)
    with qtbot.waitSignal(page.completeChanged, timeout=3000):
        pass
    wait_idle(qtbot)
    assert page.isComplete()
    assert "32.0 GiB total" in page.ram_value.text()
    assert "NVIDIA GeForce RTX 4070: 12.0 GiB VRAM, 10.9 GiB free" in page.gpu_value.text()
    assert page.cpu_value.text() == "AMD Ryzen 7 7700 (8 cores)"
    assert fakes.MODELS_DIR in page.lms_value.text() and "2 models" in page.lms_value.text()
    assert page.disk_value.text() == "412.7 GiB"
    assert not page.busy_bar.isVisibleTo(page)
    assert all(value.toolTip() for _label, value in page._rows())


def test_a_failed_detection_shows_inline_error_and_retry_detects_again(qtbot):
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) == 1:
            raise PermissionError("cannot read /sys/class/drm")
        return fakes.profile()

    page = make_page(qtbot, HardwarePage, services=fakes.services(detect=flaky))
    page.detect()
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=3000)
    assert "PermissionError: cannot read /sys/class/drm" in page.error.message.text()
    assert not page.isComplete()
    qtbot.mouseClick(page.error.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.isComplete, timeout=3000)
    wait_idle(qtbot)
    assert not page.error.isVisibleTo(page)
    assert len(calls) == 2


def test_what_if_replaces_the_gpu_and_ram_for_every_later_page(qtbot):
    page = make_page(qtbot, HardwarePage)
    page.detect()
    qtbot.waitUntil(lambda: page.gpu_combo.count() > 2, timeout=3000)
    wait_idle(qtbot)
    changes = []
    page.state.profile_changed.connect(lambda: changes.append(page.state.profile))
    page.what_if_box.setChecked(True)
    page.ram_spin.setValue(64)
    page.gpu_combo.setCurrentIndex(page.gpu_combo.findText("GeForce RTX 4090 — 24 GiB"))
    profile = page.state.profile
    assert page.state.what_if_active
    assert profile.ram.total_bytes == 64 * fakes.GIB
    assert [g.name for g in profile.gpus] == ["GeForce RTX 4090"]
    assert profile.gpus[0].vram_total_bytes == 24 * fakes.GIB
    assert "GeForce RTX 4090: 24.0 GiB VRAM" in page.gpu_value.text()
    assert page.found_box.title() == "What-if hardware (not this computer)"
    page.what_if_box.setChecked(False)
    assert page.state.profile is page.state.detected
    assert len(changes) >= 3


# ---------------------------------------------------------------- recommendation
def test_recommendation_shows_class_badge_memory_reasons_and_local_models(qtbot):
    page = make_page(qtbot, RecommendationPage, state=state_with_profile())
    page.initializePage()
    qtbot.waitUntil(page.isComplete, timeout=3000)
    assert page.headline.text() == "Recommended: Qwen2.5-14B (13B class) at Q4_K_M"
    assert page.badge.text() == "Full GPU"
    assert page.tiers.item(2, 0).text().startswith("13B · Qwen2.5-14B")
    assert page.tiers.rowCount() == 5
    fits = [page.tiers.item(r, 2).text() for r in range(5)]
    assert fits == ["Full GPU", "Full GPU", "Full GPU", "Partial GPU", "Too large"]
    assert all(page.tiers.item(r, c).toolTip() for r in range(5) for c in range(5))
    assert [s.label for s in page.memory_bar.segments] == ["Weights", "KV cache", "Overhead"]
    assert page.memory_bar.capacity_bytes == int(10.9 * fakes.GIB)
    assert "runs at about 37.6 tokens per second" in page.reasons.text()
    assert "would fit but run at only 0.6 tokens per second" in page.reasons.text()
    assert page.local.rowCount() == 2
    assert page.local.item(0, 0).text() == "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"


def test_context_changes_recompute_once_after_the_slider_stops(qtbot):
    calls = []

    def counting(profile, *, context=4096, **kw):
        calls.append(context)
        return fakes.recommend(profile, context=context, **kw)

    page = make_page(qtbot, RecommendationPage, state=state_with_profile(), services=fakes.services(recommend=counting))
    page.initializePage()
    qtbot.waitUntil(page.isComplete, timeout=3000)
    kv_before = page.memory_bar.segments[1].n_bytes
    for index in range(2, len(CONTEXTS)):  # dragging across five stops
        page.context_slider.setValue(index)
    qtbot.waitUntil(lambda: page.state.recommendation.context == CONTEXTS[-1], timeout=3000)
    wait_idle(qtbot)
    assert calls == [4096, CONTEXTS[-1]]
    assert page.memory_bar.segments[1].n_bytes > kv_before
    assert page.context_value.text() == "131,072 tokens"


def test_recommendation_error_is_inline_with_retry(qtbot):
    state = state_with_profile()
    page = make_page(qtbot, RecommendationPage, state=state, services=fakes.services(recommend=lambda *a, **k: 1 / 0))
    page.initializePage()
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=3000)
    assert "ZeroDivisionError" in page.error.message.text()
    assert page.error.retry_button.isVisibleTo(page)
    assert not page.isComplete()


# ---------------------------------------------------------------- models
def _models_page(qtbot, **service_overrides):
    state = state_with_profile()
    state.set_recommendation(fakes.recommend(state.profile))
    opened = []
    page = make_page(
        qtbot,
        ModelsPage,
        state=state,
        services=fakes.services(**service_overrides),
        open_url=lambda url: opened.append(url) or True,
    )
    page.initializePage()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=3000)
    wait_idle(qtbot)
    return page, opened


def test_models_search_is_prefilled_with_the_recommended_class_and_fills_the_table(qtbot):
    seen = []

    def recording(**kwargs):
        seen.append(kwargs)
        return fakes.search(**kwargs)

    page, _ = _models_page(qtbot, search=recording)
    assert page.tier.currentData() == "13B"
    assert seen[0]["tier"] == "13B" and seen[0]["include_all"] is False and seen[0]["min_tokens_per_second"] == 5.0
    assert page.model.rowCount() == 5
    first = [page.proxy.index(0, c).data() for c in range(page.proxy.columnCount())]
    assert first == [
        "bartowski/Qwen2.5-14B-Instruct-GGUF",
        "Full GPU",
        "38.0 tok/s",
        "Q4_K_M",
        "9.0 GiB",
        "412,553",
        "apache-2.0",
    ]
    assert page.source_label.text() == "Live from Hugging Face, 26 November 2026"
    qtbot.mouseClick(page.only_here, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    wait_idle(qtbot)
    assert seen[1]["include_all"] is True


def test_offline_results_say_so(qtbot):
    def offline(**kwargs):
        return dataclasses.replace(fakes.search(**kwargs), source="offline", retrieved_at="2026-10-15")

    page, _ = _models_page(qtbot, search=offline)
    assert page.source_label.text() == "Offline: bundled list from 15 October 2026"
    assert page.source_label.toolTip()


def test_download_shows_progress_and_finishes(qtbot):
    page, _ = _models_page(qtbot)
    qtbot.mouseClick(page.download_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isVisibleTo(page)
    qtbot.waitUntil(lambda: page.download_status.text().startswith("Downloaded to"), timeout=5000)
    assert "Qwen2.5-14B-Instruct-Q4_K_M.gguf" in page.download_status.text()
    assert page.progress.value() == page.progress.maximum()
    assert not page.cancel_button.isVisibleTo(page)
    assert page.download_button.isEnabled()


def test_download_can_be_cancelled(qtbot):
    def slow(*a, **k):
        return fakes.download(*a, delay_s=0.05, total=200 * 1024**2, chunk=1024**2, **k)

    page, _ = _models_page(qtbot, download=slow)
    page.download()
    qtbot.waitUntil(lambda: "left" in page.progress_text.text(), timeout=3000)
    assert " of 200 MiB · " in page.progress_text.text()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.download_status.text() == "Download cancelled.", timeout=3000)
    assert page.download_button.isEnabled()


def test_open_in_lmstudio_uses_the_deep_link_of_the_chosen_file(qtbot):
    page, opened = _models_page(qtbot)
    page.file_combo.setCurrentIndex(page.file_combo.findText("Q5_K_M", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(page.lmstudio_button, Qt.MouseButton.LeftButton)
    assert opened == [
        "lmstudio://open_from_hf?model=bartowski/Qwen2.5-14B-Instruct-GGUF&file=Qwen2.5-14B-Instruct-Q5_K_M.gguf"
    ]


def test_candidates_model_passes_qt_model_tester(qtmodeltester):
    from advisor.qt.widgets.candidates_model import CandidatesModel

    model = CandidatesModel()
    model.set_candidates(fakes.candidates(), "Q4_K_M")
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)


def test_the_bundled_lists_rough_download_counts_are_not_shown_as_facts():
    """The offline list's downloads are rough figures kept only to order it: "—" there, the Hub's count live."""
    from advisor.qt.widgets.candidates_model import CandidatesModel

    model = CandidatesModel()
    column = model.DOWNLOADS
    model.set_candidates(fakes.candidates(), "Q4_K_M")
    assert model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole) not in ("—", None)
    model.set_candidates(fakes.candidates(), "Q4_K_M", offline=True)
    assert model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole) == "—"


def test_the_models_page_hides_the_downloads_column_for_the_bundled_list(qtbot):
    def bundled(**kwargs):
        return dataclasses.replace(fakes.search(**kwargs), source="offline")

    page, _ = _models_page(qtbot)
    assert not page.table.isColumnHidden(page.model.DOWNLOADS)
    page, _ = _models_page(qtbot, search=bundled)
    assert page.table.isColumnHidden(page.model.DOWNLOADS)


def test_models_page_says_why_the_recommended_models_repo_suggests_another_quant(qtbot):
    """The recommendation is Qwen2.5-14B at Q4_K_M; a search whose Qwen2.5-14B repo has no Q4_K_M file suggests
    that repo's best (Q5_K_M) and says why under the file list, in the catalogue's words; another model's repo
    has no such line."""

    def without_q4(**kwargs):
        result = fakes.search(**kwargs)
        first, *rest = result.candidates
        first = dataclasses.replace(first, files=tuple(f for f in first.files if f.quant != "Q4_K_M"))
        return dataclasses.replace(result, candidates=(first, *rest))

    page, _ = _models_page(qtbot, search=without_q4)
    assert page.proxy.index(0, 0).data() == "bartowski/Qwen2.5-14B-Instruct-GGUF"
    assert page.proxy.index(0, 3).data() == "Q5_K_M"
    assert page.file_combo.currentText().startswith("Q5_K_M")
    assert page.quant_note.isVisibleTo(page)
    assert page.quant_note.text() == (
        "The recommendation is Qwen2.5-14B at Q4_K_M, but this repository has no Q4_K_M file that runs here: it "
        "suggests Q5_K_M, picked as the recommendation picks (the best quality that runs at twice the usable speed or "
        "more)."
    )
    page.table.selectRow(1)  # lmstudio-community/phi-4-GGUF: another model
    assert not page.quant_note.isVisibleTo(page)
    page.table.selectRow(0)
    assert page.quant_note.isVisibleTo(page)


# ---------------------------------------------------------------- server
def test_server_page_tests_the_default_url_and_lists_servers(qtbot, settings):
    page = make_page(qtbot, ServerPage, settings=settings)
    assert page.check.url.text() == "http://localhost:1234/v1"
    page.initializePage()
    qtbot.waitUntil(lambda: page.state.server is not None and page.check.found.count() == 2, timeout=3000)
    wait_idle(qtbot)
    assert "Connected to LM Studio 0.3.31" in page.check.diagnosis.text()
    assert page.bench.model_combo.currentData() == "qwen2.5-14b-instruct"
    assert page.bench.button.isEnabled() and page.chat.send_button.isEnabled()
    assert settings.value("server/url") == "http://localhost:1234/v1"


def test_server_problem_shows_diagnosis_and_advice(qtbot):
    page = make_page(qtbot, ServerPage, services=fakes.services(check_server=fakes.server_refused))
    page.check.url.setText("http://localhost:1235/v1")
    qtbot.mouseClick(page.check.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state.server is not None, timeout=3000)
    assert "Nothing is listening on" in page.check.diagnosis.text()
    assert "Start Server" in page.check.diagnosis.text()
    assert not page.bench.button.isEnabled()


def test_benchmark_and_streamed_prompt(qtbot):
    page = make_page(qtbot, ServerPage)
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.bench.button.isEnabled(), timeout=3000)
    qtbot.mouseClick(page.bench.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state.benchmark is not None, timeout=3000)
    # 2,340 J over 3 × 128 tokens generated at 24.6 tok/s (the fake NVML meter): 6.09 J/token, 150 W
    assert page.bench.result.text() == (
        "24.6 tok/s · first token after 182 ms · 3 runs · 6.09 J/token, 150 W on average"
    )
    assert "(nvml)" in page.bench.result.toolTip()
    page.chat.system.setText("Answer in Spanish.")
    page.chat.prompt.setPlainText("¿Por qué ejecutar un modelo en local?")
    qtbot.mouseClick(page.chat.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.chat.stats.text() == "23.9 tok/s", timeout=3000)
    assert page.chat.reply.toPlainText() == "Un modelo local responde sin enviar tus datos a nadie."


def test_a_running_prompt_can_be_stopped(qtbot):
    def slow_chat(*a, **k):
        return fakes.stream_chat(*a, delay_s=0.2, **k)

    page = make_page(qtbot, ServerPage, services=fakes.services(stream_chat=slow_chat))
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.chat.send_button.isEnabled(), timeout=3000)
    page.chat.prompt.setPlainText("hola")
    page.chat.send()
    qtbot.waitUntil(lambda: page.chat.reply.toPlainText() != "", timeout=3000)
    qtbot.mouseClick(page.chat.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.chat.stats.text() == "Stopped.", timeout=3000)
    assert len(page.chat.reply.toPlainText()) < len("Un modelo local responde sin enviar tus datos a nadie.")


def test_benchmark_shows_each_runs_live_speed_and_opens_the_meter_off_the_ui_thread(qtbot):
    import threading

    opened_on = []

    def open_meter():
        opened_on.append(threading.current_thread())
        return fakes.energy_meter()

    page = make_page(qtbot, ServerPage, services=fakes.services(delay_s=0.6, open_energy_meter=open_meter))
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.bench.button.isEnabled(), timeout=3000)
    shown = []
    page.bench._progress = lambda p, show=page.bench._progress: (show(p), shown.append(page.bench.result.text()))
    page.bench.run()
    assert not page.bench.button.isEnabled() and page.bench.stop_button.isEnabled()
    qtbot.waitUntil(lambda: page.state.benchmark is not None, timeout=5000)
    assert opened_on and opened_on[0] is not threading.main_thread()
    assert any(t.startswith("Measuring… run 1 of 3") for t in shown)
    assert "Measuring… run 3 of 3: 24.6 tok/s now" in shown  # the last run's live figure reached the page
    assert not page.bench.stop_button.isEnabled()
    assert "J/token" in page.bench.result.text()


def test_a_running_benchmark_can_be_stopped(qtbot):
    cancelled = []

    def slow_benchmark(*a, **k):
        result = fakes.benchmark(*a, delay_s=3.0, **k)
        cancelled.append(result.cancelled)
        return result

    page = make_page(qtbot, ServerPage, services=fakes.services(benchmark=slow_benchmark))
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.bench.button.isEnabled(), timeout=3000)
    page.bench.run()
    qtbot.waitUntil(lambda: page.bench.result.text().startswith("Measuring… run 1 of 3:"), timeout=3000)
    qtbot.mouseClick(page.bench.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.bench.result.text() == "Stopped.", timeout=1000)  # well before its 3 s
    wait_idle(qtbot)
    assert cancelled == [True] and page.state.benchmark is None
    assert page.bench.button.isEnabled() and not page.bench.stop_button.isEnabled()
    assert not page.error.isVisibleTo(page)


def test_a_benchmark_without_an_energy_counter_says_why_no_energy_is_shown(qtbot):
    page = make_page(qtbot, ServerPage, services=fakes.services(open_energy_meter=lambda: None))
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.bench.button.isEnabled(), timeout=3000)
    page.bench.run()
    qtbot.waitUntil(lambda: page.state.benchmark is not None, timeout=3000)
    assert page.bench.result.text() == "24.6 tok/s · first token after 182 ms · 3 runs"
    assert "Energy could not be measured here" in page.bench.result.toolTip()


# ---------------------------------------------------------------- costs
def _costs_page(qtbot, settings, state=None):
    """A Costs page shown with the defaults computed (as when the user reaches it)."""
    state = state or state_with_profile()
    page = make_page(qtbot, CostsPage, state=state, settings=settings)
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=5000)
    wait_idle(qtbot)
    return page, state


def test_costs_prefilled_editable_and_remembered(qtbot, settings):
    page, state = _costs_page(qtbot, settings)
    assert page.spins["tokens_per_second"].value() == 38.0
    assert page.local_month.text().endswith(" EUR") and page.api_month.text() == "115.00 EUR"
    assert "pays for itself after" in page.verdict.text()
    assert "API prices as of 3 November 2026" in page.dates.text()
    assert "electricity prices as of 10 November 2026" in page.dates.text()
    assert page._chart is not None and len(page._chart.chart().series()) == 2
    before = state.costs.local.electricity_per_month
    page.spins["electricity_price_per_kwh"].setValue(0.40)
    qtbot.waitUntil(lambda: state.costs.local.electricity_per_month > before, timeout=3000)
    wait_idle(qtbot)
    assert state.cost_inputs.origin("electricity_price_per_kwh").code == "user"
    assert float(settings.value("costs/electricity_price")) == pytest.approx(0.40)
    page.spins["api_price_output"].setValue(20.0)
    qtbot.waitUntil(lambda: state.costs.api.price_output_per_million == pytest.approx(20.0), timeout=3000)
    wait_idle(qtbot)


def test_a_break_even_after_the_hardwares_lifetime_is_not_called_paying_for_itself(qtbot, settings):
    page, state = _costs_page(qtbot, settings)
    assert state.costs.break_even_months < 24  # pays for itself well within its life
    page.spins["lifetime_years"].setValue(0.5)
    qtbot.waitUntil(lambda: state.costs.inputs.lifetime_years == 0.5, timeout=3000)
    wait_idle(qtbot)
    assert state.costs.break_even_months > 6  # the same break-even, now after the hardware is replaced
    assert "pays for itself after" not in page.verdict.text()
    assert "in practice, never" in page.verdict.text()


def test_choosing_another_api_model_prices_it_from_the_dated_data(qtbot, settings):
    page, state = _costs_page(qtbot, settings)
    qtbot.waitUntil(lambda: page.api_combo.count() == 2, timeout=5000)
    assert [page.api_combo.itemText(i) for i in range(2)] == ["openai/gpt-4o", "openai/gpt-4o-mini"]
    page.api_combo.setCurrentIndex(1)
    page.api_combo.activated.emit(1)
    qtbot.waitUntil(lambda: state.costs.inputs.api_model_id == "openai/gpt-4o-mini", timeout=5000)
    wait_idle(qtbot)
    cheap = state.costs.api
    assert cheap.price_date  # the genai-prices data's date, shown on the page
    assert cheap.price_input_per_million < 1.0 and cheap.total_per_month < 115.0
    # prices per million keep three decimals (0.138 EUR is not 0.14), in the field and in the tooltip
    assert page.spins["api_price_input"].value() == pytest.approx(cheap.price_input_per_million, abs=0.001)
    assert page.spins["api_price_input"].decimals() == 3
    shown = page.api_month.toolTip().split(": ", 1)[1].split(" ")[0]
    assert float(shown) == pytest.approx(cheap.price_input_per_million, abs=0.001)


def test_costs_use_the_measured_benchmark_and_saved_usage(qtbot, settings):
    settings.setValue("costs/tokens_per_month", 5e6)
    state = state_with_profile()
    state.set_server(benchmark=fakes.benchmark("http://x"))
    page, state = _costs_page(qtbot, settings, state)
    assert page.spins["tokens_per_second"].value() == pytest.approx(24.6)
    assert page.spins["tokens_per_month"].value() == pytest.approx(5.0)


def test_currency_change_reloads_defaults_in_that_currency(qtbot, settings):
    page, state = _costs_page(qtbot, settings)
    page.currency.setCurrentText("MXN")
    qtbot.waitUntil(lambda: state.costs.currency == "MXN", timeout=3000)
    wait_idle(qtbot)
    assert page.api_month.text().endswith(" MXN")
    assert settings.value("costs/currency") == "MXN"


def test_an_unknown_currency_is_an_inline_message_and_is_not_remembered(qtbot, settings):
    settings.setValue("costs/electricity_price", 0.30)
    page, state = _costs_page(qtbot, settings)
    page.currency.setCurrentText("XYZ")
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=3000)
    assert "XYZ" in page.error.message.text() and "MXN" in page.error.message.text()
    assert not page.error.retry_button.isVisibleTo(page)  # retrying the same code cannot help
    assert settings.value("costs/currency", "") == ""  # a bad code saved would break the page at every start
    assert float(settings.value("costs/electricity_price")) == pytest.approx(0.30)
    assert state.costs.currency == "EUR"
    page.currency.setCurrentText("EUR")  # back to the currency shown: the message goes
    assert not page.error.isVisibleTo(page)
    page.currency.setCurrentText("MXN")
    qtbot.waitUntil(lambda: state.costs.currency == "MXN", timeout=3000)
    wait_idle(qtbot)
    assert not page.error.isVisibleTo(page)
    assert settings.value("costs/currency") == "MXN"
    assert settings.value("costs/electricity_price") is None  # it was a price in euros


def test_a_bad_saved_currency_is_dropped_and_another_can_be_chosen(qtbot, settings):
    """A currency this version has no rate for (saved by another version, or edited by hand) is dropped: the page
    computes in the country's currency at once (it used to open on an error until one was chosen), and a currency
    chosen then is remembered."""
    settings.setValue("costs/currency", "XYZ")
    state = state_with_profile()
    page = make_page(qtbot, CostsPage, state=state, settings=settings)
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=3000)
    assert not page.error.isVisibleTo(page) and state.costs.currency != "XYZ"
    page.currency.setCurrentText("USD")
    qtbot.waitUntil(lambda: state.costs is not None and state.costs.currency == "USD", timeout=3000)
    wait_idle(qtbot)
    assert settings.value("costs/currency") == "USD"


# ---------------------------------------------------------------- summary
def _summary_page(qtbot, tmp_path, answers):
    state = state_with_profile()
    state.set_recommendation(fakes.recommend(state.profile))
    state.set_server(fakes.server_ok(), fakes.benchmark("http://x"))
    asked = []
    target = tmp_path / "report.md"

    def ask(_parent, title, text):
        asked.append(text)
        return answers.pop(0)

    page = make_page(qtbot, SummaryPage, state=state, ask=ask, ask_save_path=lambda *a: str(target))
    page.initializePage()
    qtbot.waitUntil(lambda: page.buttons["md"].isEnabled(), timeout=5000)
    return page, target, asked


def test_summary_previews_and_exports_markdown(qtbot, tmp_path):
    page, target, asked = _summary_page(qtbot, tmp_path, [])
    assert "13B" in page.preview.toPlainText()
    qtbot.mouseClick(page.buttons["md"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved to"), timeout=5000)
    assert target.read_text(encoding="utf-8").startswith("#")
    assert asked == []


def test_summary_asks_before_overwriting_and_keeps_the_file_on_no(qtbot, tmp_path):
    page, target, asked = _summary_page(qtbot, tmp_path, [False, True])
    target.write_text("keep me", encoding="utf-8")
    page.export("md")
    assert asked == ["report.md already exists. Replace it?"]
    assert target.read_text(encoding="utf-8") == "keep me"
    assert page.status.text() == "Not exported: the file was kept."
    page.export("md")
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved to"), timeout=5000)
    assert target.read_text(encoding="utf-8") != "keep me"


def test_summary_exports_pdf_and_copies_markdown(qtbot, tmp_path):
    from PySide6.QtGui import QGuiApplication

    page, _target, _ = _summary_page(qtbot, tmp_path, [])
    pdf = tmp_path / "report.pdf"
    page.ask_save_path = lambda *a: str(pdf)
    page.export("pdf")
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved to"), timeout=10000)
    assert pdf.read_bytes().startswith(b"%PDF")
    page.copy()
    assert QGuiApplication.clipboard().text().startswith("#")


def test_export_failure_is_inline_with_retry(qtbot, tmp_path):
    page, _target, _ = _summary_page(qtbot, tmp_path, [])
    page.ask_save_path = lambda *a: str(tmp_path / "missing-folder" / "r.json")
    page.export("json")
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=5000)
    assert "could not be saved" in page.error.message.text()
    assert page.error.retry_button.isVisibleTo(page)


def test_the_report_speaks_spanish_when_the_app_does(qtbot, tmp_path):
    from advisor.qt import i18n

    i18n.install_language("es")
    try:
        page, _target, _ = _summary_page(qtbot, tmp_path, [])
        text = page.preview.toPlainText()
        assert "Informe de Local LLM Advisor" in text and "Recomendación" in text
        assert (
            "Un modelo de la clase 13B (Qwen2.5-14B) en Q4_K_M necesita" in text
        )  # the sizing reasons as the pages word them
        i18n.install_language("en")  # and switching back re-words the preview at once
        qtbot.waitUntil(lambda: "Local LLM Advisor report" in page.preview.toPlainText(), timeout=3000)
    finally:
        i18n.install_language("en")


def test_costs_keep_the_users_edits_when_a_new_benchmark_changes_the_defaults(qtbot, settings):
    page, state = _costs_page(qtbot, settings)
    page.spins["hardware_cost"].setValue(900)
    qtbot.waitUntil(lambda: state.cost_inputs.hardware_cost == 900, timeout=3000)
    wait_idle(qtbot)
    state.set_server(benchmark=fakes.benchmark("http://x"))  # the user went back and ran the benchmark
    page.initializePage()
    qtbot.waitUntil(lambda: state.cost_inputs.tokens_per_second == pytest.approx(24.6), timeout=3000)
    wait_idle(qtbot)
    assert state.cost_inputs.hardware_cost == 900
    assert page.spins["hardware_cost"].value() == 900


def test_a_server_problem_during_benchmark_or_chat_is_worded_with_advice(qtbot):
    from advisor.core.servers import ProblemCode, ServerProblemError
    from advisor.core.servers.types import ChatResult, Problem

    no_model = Problem(ProblemCode.NO_MODEL_LOADED, {"url": "http://localhost:1234/v1"})

    def failing_benchmark(*_a, **_k):
        raise ServerProblemError(no_model)

    def empty_chat(*_a, **_k):
        return ChatResult(
            model="",
            text="",
            finish_reason=None,
            ttft_ms=None,
            tokens_per_second=None,
            completion_tokens=None,
            prompt_tokens=None,
            problem=no_model,
        )

    page = make_page(qtbot, ServerPage, services=fakes.services(benchmark=failing_benchmark))
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.bench.button.isEnabled(), timeout=3000)
    page.bench.run()
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=3000)
    assert "The benchmark failed.\nThe server is running but has no model loaded." in page.error.message.text()
    assert "lms load" in page.error.message.text()
    page.services = fakes.services(stream_chat=empty_chat)
    page.chat.prompt.setPlainText("hola")
    page.chat.send()
    qtbot.waitUntil(lambda: page.error.message.text().startswith("The prompt could not be sent."), timeout=3000)
    assert page.error.retry_button.isVisibleTo(page)
    wait_idle(qtbot)


def test_an_api_key_no_header_can_carry_is_refused_inline_and_a_pasted_one_is_sent_trimmed(qtbot):
    """A pasted 'ñ' or typographic dash crashed the request in the core (UnicodeEncodeError); spaces around a
    token made an illegal header. The page checks the key as the CLI does, before any request."""
    from advisor.qt import i18n

    keys: list[str | None] = []

    def recording_check(url, *, api_key=None, **_):
        keys.append(api_key)
        return fakes.server_ok(url)

    chats: list[str | None] = []

    def recording_chat(*args, api_key=None, **kwargs):
        chats.append(api_key)
        return fakes.stream_chat(*args, api_key=api_key, **kwargs)

    page = make_page(
        qtbot, ServerPage, services=fakes.services(check_server=recording_check, stream_chat=recording_chat)
    )
    page.check.api_key.setText("  lms-token  ")
    qtbot.mouseClick(page.check.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.chat.send_button.isEnabled(), timeout=3000)
    assert keys == ["lms-token"]

    page.check.api_key.setText("clave\u2011ñ")
    qtbot.mouseClick(page.check.test_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisibleTo(page) and "The API key has characters" in page.error.message.text()
    assert not page.error.retry_button.isVisibleTo(page)  # retrying the same key cannot help
    page.chat.prompt.setPlainText("hola")
    qtbot.mouseClick(page.chat.send_button, Qt.MouseButton.LeftButton)  # the other requests are refused as well
    page.bench.run()
    wait_idle(qtbot)
    assert keys == ["lms-token"] and chats == [] and page.state.benchmark is None
    i18n.install_language("es")
    try:
        qtbot.mouseClick(page.check.test_button, Qt.MouseButton.LeftButton)
        assert "La clave de API tiene caracteres" in page.error.message.text()
    finally:
        i18n.install_language("en")


def test_recommendation_page_shows_the_real_verdict_its_budget_and_assumptions_in_both_languages(qtbot):
    """The real engine on an 8 GB laptop what-if: 7B fits tight; the page says the budget line and what it assumed,
    and the memory bar is the chosen model's own estimate, so bar, headline and table agree."""
    from pathlib import Path

    from advisor.core.hardware.profile_io import load_profile
    from advisor.qt import i18n
    from advisor.qt.services import Services
    from advisor.qt.state import WizardState

    machines = Path(__file__).resolve().parents[1] / "data" / "machines"
    state = WizardState()
    state.set_profile(load_profile(machines / "laptop-i5-1135g7-8gb.json"), detected=False)
    real = Services()
    services = dataclasses.replace(fakes.services(), recommend=real.recommend, tier_estimate=real.tier_estimate)
    page = make_page(qtbot, RecommendationPage, services=services, state=state)
    page.initializePage()
    qtbot.waitUntil(page.isComplete, timeout=10000)
    rec = state.recommendation
    assert (rec.tier, rec.model, rec.tight) == ("7B", "Llama-3.1-8B", True)
    assert page.headline.text() == "Recommended: Llama-3.1-8B (7B class) at Q4_K_M"
    assert page.budget.text().startswith(
        "8.0 GiB in all − at least 1.2 GiB for the system = at most 6.8 GiB for the model"
    )
    assert page.speed.text().endswith(" · tight")
    assert "Tight: the model and what runs it take 5.2 GiB of the 8.0 GiB of memory and leave 2.8 GiB" in (
        page.reasons.text()
    )
    assert "with your open programs (a browser, an editor) it needs about 4.0 GiB" in page.reasons.text()
    assert "Assumed" in page.reasons.text() and "Memory speed 38.4 GB/s" in page.reasons.text()
    row = next(r for r in range(page.tiers.rowCount()) if page.tiers.item(r, 0).text().startswith("7B"))
    assert page.tiers.item(row, 2).text().endswith(", tight")
    seven = next(t for t in rec.tiers if t.tier == "7B")
    bar_total = sum(s.n_bytes for s in page.memory_bar.segments)
    assert abs(bar_total - page._estimate.memory.total_bytes) <= 1 and page._estimate.tight == seven.tight
    i18n.install_language("es")
    try:
        qtbot.waitUntil(lambda: "para el sistema" in page.budget.text(), timeout=3000)
        assert "Al límite: el modelo y lo que lo ejecuta ocupan 5,2 GiB de los 8,0 GiB de memoria y dejan 2,8 GiB" in (
            page.reasons.text()
        )
        assert "Supuesto" in page.reasons.text() and "Velocidad de memoria 38,4 GB/s" in page.reasons.text()
    finally:
        i18n.install_language("en")


def test_models_page_shows_the_nearest_files_with_a_word_when_nothing_runs_here(qtbot):
    """The real catalogue (bundled snapshot) on a 4 GiB CPU-only what-if, 13B class: nothing runs, so the nearest
    files are listed under a note instead of an empty table."""
    import functools

    from advisor.core.catalog import search as real_search
    from advisor.core.hardware.profile_io import load_profile
    from advisor.core.sizing import recommend as real_recommend
    from advisor.qt.state import WizardState

    state = WizardState()
    state.set_profile(load_profile({"ram": {"total_bytes": 4 * fakes.GIB}, "gpus": []}), detected=False)
    state.set_recommendation(real_recommend(state.profile))
    page = make_page(
        qtbot,
        ModelsPage,
        state=state,
        services=fakes.services(search=functools.partial(real_search, offline=True)),
        open_url=lambda url: True,
    )
    page.initializePage()
    index = page.tier.findData("13B")
    page.tier.setCurrentIndex(index)
    page.search()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    wait_idle(qtbot)
    assert page.near_label.isVisibleTo(page) and not page.empty_label.isVisibleTo(page)
    assert "These come closest" in page.near_label.text()
    assert all(page.model.shown_file(r).fit is not None for r in range(page.model.rowCount()))


# ---------------------------------------------------------------- models: verify downloaded files, download notes
def test_verify_shows_hashing_progress_and_names_the_files_with_problems(qtbot):
    seen = []

    def recording(*a, **k):
        seen.append((a, k))
        return fakes.verify_models(*a, delay_s=0.4, **k)

    page, _ = _models_page(qtbot, verify_models=recording)
    assert page.verify_button.isEnabled() and not page.verify_progress.isVisibleTo(page)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.verify_progress.isVisibleTo(page) and not page.verify_button.isEnabled()
    qtbot.waitUntil(lambda: page.verify_status.text().startswith("Checking Meta-Llama"), timeout=3000)
    qtbot.waitUntil(lambda: page.verify_status.text().startswith("1 OK"), timeout=5000)
    text = page.verify_status.text()
    assert text.startswith("1 OK, 0 out of date, 0 damaged, 1 incomplete.")
    assert "Incomplete: bartowski/Qwen2.5-14B-Instruct-GGUF/Qwen2.5-14B-Instruct-Q5_K_M.gguf (3.0 GiB)" in text
    assert seen[0][0] == (fakes.MODELS_DIR,) and seen[0][1]["cancel"] is not None
    assert page.verify_button.isEnabled() and not page.verify_cancel_button.isVisibleTo(page)


def test_verify_can_be_stopped(qtbot):
    def slow(*a, **k):
        return fakes.verify_models(*a, delay_s=5.0, steps=100, **k)

    page, _ = _models_page(qtbot, verify_models=slow)
    page.verify()
    qtbot.waitUntil(lambda: page.verify_status.text().startswith("Checking Meta-Llama"), timeout=3000)
    qtbot.mouseClick(page.verify_cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verify_status.text() == "Check cancelled.", timeout=3000)
    assert page.verify_button.isEnabled()


def test_verify_in_spanish(qtbot):
    from advisor.qt import i18n

    page, _ = _models_page(qtbot)
    i18n.install_language("es")
    try:
        page.verify()
        qtbot.waitUntil(lambda: "incompleto" in page.verify_status.text(), timeout=5000)
        assert "Incompleto: bartowski/" in page.verify_status.text()
        assert page.verify_button.text().replace("&", "") != "Verify downloaded models"
    finally:
        i18n.install_language("en")


def test_verify_names_a_split_model_s_missing_part_as_the_cli_does(qtbot, tmp_path, capsys):
    """Code review: for a split model with its last part missing the CLI named that part, while the app said
    "Incomplete: …-00002-of-00003.gguf (0 MiB). Download it again." of each whole part and never named the missing
    one. Real parts written with the gguf package, checked by the real verify."""
    from advisor.cli.main import main
    from advisor.core.catalog.verify import verify_models as real_verify
    from tests.core.gguf.test_model_completeness import _split

    models = tmp_path / "models"
    _split(models / "pub" / "Repo-GGUF", "m", 3, (1, 2))

    def checked(*_a, progress=None, cancel=None, **_k):
        return real_verify(str(models), offline=True, hash_files=False)

    page, _ = _models_page(qtbot, verify_models=checked)
    page.verify()
    qtbot.waitUntil(lambda: "incomplete" in page.verify_status.text(), timeout=5000)
    shown = page.verify_status.text()
    assert "m-00003-of-00003.gguf" in shown and "Download it again" not in shown
    assert main(["verify", "--models-dir", str(models), "--offline", "--no-hash"]) == 1
    cli = capsys.readouterr().out
    assert "m-00003-of-00003.gguf" in cli
    # both say the same sentence of the catalogue for the first part
    first = next(line for line in shown.splitlines() if "m-00001-of-00003.gguf:" in line)
    assert first.split(": ", 1)[1] in cli


def test_a_download_says_what_it_resumed_and_what_leftovers_it_freed(qtbot):
    from advisor.core.catalog.fetch import DownloadOutcome
    from advisor.core.catalog.types import CatalogProblem

    def resumed(repo_id, filename, **k):
        return DownloadOutcome(
            repo_id,
            filename,
            fakes.MODELS_DIR,
            paths=(f"{fakes.MODELS_DIR}/{filename}",),
            size_bytes=8 * fakes.GIB,
            verified=True,
            resumed_bytes=3 * fakes.GIB,
            freed_bytes=512 * 1024**2,
            leftovers_removed=1,
        )

    page, _ = _models_page(qtbot, download=resumed)
    page.download()
    qtbot.waitUntil(lambda: page.download_status.text().startswith("Downloaded to"), timeout=3000)
    notes = [
        "Resumed an interrupted download: 3.0 GiB were already there.",
        "Removed the leftovers of an interrupted download: 512 MiB freed.",
    ]
    assert page.download_status.text().splitlines()[1:] == notes
    # one sentence, from the catalogue: `llm-advisor download` says exactly the same
    from advisor.cli.download import housekeeping_lines

    assert housekeeping_lines(resumed("r/x", "x.gguf")) == notes

    def stalled(repo_id, filename, **k):
        return DownloadOutcome(
            repo_id,
            filename,
            fakes.MODELS_DIR,
            problem=CatalogProblem(
                "stalled", repo_id, {"file": filename, "stall_timeout_s": 60.0, "done_bytes": 1, "total_bytes": 2}
            ),
        )

    page2, _ = _models_page(qtbot, download=stalled)
    page2.download()
    qtbot.waitUntil(lambda: page2.error.isVisibleTo(page2), timeout=3000)
    assert "nothing arrived for 60 s" in page2.error.message.text()


def test_recommendation_headline_blames_memory_where_no_class_fits(qtbot):
    """Newcomer round: "No model size runs at a usable speed" where not even a 3B fits an 8 GB Mac at 128K."""
    from pathlib import Path

    from advisor.core.hardware.profile_io import load_profile
    from advisor.qt.services import Services
    from advisor.qt.state import WizardState

    machines = Path(__file__).resolve().parents[1] / "data" / "machines"
    state = WizardState()
    state.set_profile(load_profile(machines / "apple-m1-8gb.json"), detected=False)
    real = Services()
    services = dataclasses.replace(fakes.services(), recommend=real.recommend, tier_estimate=real.tier_estimate)
    page = make_page(qtbot, RecommendationPage, services=services, state=state)
    page.initializePage()
    qtbot.waitUntil(page.isComplete, timeout=10000)
    page.context_slider.setValue(len(CONTEXTS) - 1)
    qtbot.waitUntil(lambda: page.state.recommendation.context == CONTEXTS[-1], timeout=10000)
    wait_idle(qtbot)
    assert page.state.recommendation.tier is None
    assert page.headline.text() == "No model size fits this computer's memory at this context length."
