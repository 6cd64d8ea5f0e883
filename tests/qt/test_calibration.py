"""The app after a benchmark: the Local server page says the estimates are calibrated (or why not), the
Recommendation page shows the calibration line with a Reset button that goes back to the usual figures."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from advisor.core.sizing.calibration import Calibration, CalibrationOutcome
from advisor.core.types import CalibrationUsed
from advisor.qt.pages.recommendation import RecommendationPage
from advisor.qt.pages.server import ServerPage
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

USED = CalibrationUsed("Qwen2.5-14B-Instruct-Q4_K_M.gguf", "2026-05-14", "gpu", 1.25)


def test_the_recommendation_says_it_is_calibrated_and_reset_goes_back(qtbot):
    saved = {"calibration": True}
    calls = []

    def recommend(profile, **kw):
        calls.append(1)
        rec = fakes.recommend(profile, **kw)
        return dataclasses.replace(rec, calibration=USED if saved["calibration"] else None)

    def reset():
        removed, saved["calibration"] = saved["calibration"], False
        return removed

    services = fakes.services(recommend=recommend, reset_calibration=reset)
    page = make_page(qtbot, RecommendationPage, state=state_with_profile(), services=services)
    page.initializePage()
    qtbot.waitUntil(page.isComplete, timeout=3000)
    assert page.calibration.text() == (
        "Calibrated by your benchmark of Qwen2.5-14B-Instruct-Q4_K_M.gguf on 14 May 2026 (GPU speeds ×1.25)."
    )
    assert page.calibration.isVisibleTo(page) and page.reset_calibration.isVisibleTo(page)

    qtbot.mouseClick(page.reset_calibration, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=3000)  # every estimate recomputed without the correction
    wait_idle(qtbot)
    assert saved["calibration"] is False
    assert page.state.recommendation.calibration is None
    assert page.calibration.text() == "Calibration reset: the estimates use the usual figures again."
    assert not page.reset_calibration.isVisibleTo(page)


def test_without_a_calibration_there_is_no_line_and_no_button(qtbot):
    page = make_page(qtbot, RecommendationPage, state=state_with_profile())
    page.initializePage()
    qtbot.waitUntil(page.isComplete, timeout=3000)
    assert not page.calibration.isVisibleTo(page) and not page.reset_calibration.isVisibleTo(page)


def _bench(qtbot, services):
    state = state_with_profile()
    page = make_page(qtbot, ServerPage, state=state, services=services)
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.bench.button.isEnabled(), timeout=3000)
    changes = []
    state.profile_changed.connect(lambda: changes.append(1))
    page.bench.run()
    qtbot.waitUntil(lambda: page.bench.calibration.text() != "", timeout=5000)
    wait_idle(qtbot)
    return page, changes


def test_a_benchmark_that_calibrates_says_so_and_the_estimates_are_recomputed(qtbot):
    asked = []

    def calibrate(url, bench, profile, **kw):
        asked.append((url, bench.tokens_per_second, profile, kw.get("kind")))
        cal = Calibration(
            model="qwen2.5-14b-instruct-q4_k_m.gguf",
            date="2026-05-14",
            where="gpu",
            factor=1.25,
            measured_tokens_per_second=39.6,
            predicted_tokens_per_second=31.7,
            fingerprint="sha256:" + "0" * 32,
        )
        earlier = dataclasses.replace(cal, model="older.gguf", date="2026-05-01", factor=0.9)
        return CalibrationOutcome(cal, saved_to="/tmp/x/calibration.json", previous=earlier)

    page, changes = _bench(qtbot, fakes.services(calibrate=calibrate))
    [(url, tps, profile, kind)] = asked
    assert url == page.state.server_url and tps == 24.6 and profile is page.state.detected and kind == "lmstudio"
    assert page.bench.calibration.text() == (
        "Estimates on this computer are now calibrated by this benchmark: "
        "measured 39.6 tokens/s, estimated 31.7 tokens/s before any calibration. "
        "Calibrated by your benchmark of qwen2.5-14b-instruct-q4_k_m.gguf on 14 May 2026 (GPU speeds ×1.25). "
        "It replaces the calibration saved before: your benchmark of older.gguf on 1 May 2026 (×0.90)."
    )
    assert changes  # the Recommendation page (listening to the profile) recomputes with the correction


def test_a_refused_benchmark_says_the_saved_calibration_stays(qtbot):
    def calibrate(url, bench, profile, **kw):
        kept = Calibration("older.gguf", "2026-05-01", "gpu", 0.9, 30.0, 33.3, "sha256:" + "0" * 32)
        refused = fakes.calibrate_refused(url, bench, profile)
        return dataclasses.replace(refused, previous=kept)

    page, changes = _bench(qtbot, fakes.services(calibrate=calibrate))
    assert page.bench.calibration.text().endswith(
        "was not found (llama.cpp's server names it; for LM Studio and Ollama it must be in their models folder, and "
        "the only file with that name and quant). "
        "The calibration saved before stays: your benchmark of older.gguf on 1 May 2026 (×0.90)."
    )
    assert not changes  # nothing was recalibrated: the estimates stay as they were


def test_a_benchmark_that_cannot_calibrate_says_why_and_changes_nothing(qtbot):
    page, changes = _bench(qtbot, fakes.services(calibrate=fakes.calibrate_refused))  # no single file found
    assert page.bench.calibration.text().startswith(
        "This benchmark cannot calibrate the estimates: the model file of qwen2.5-14b-instruct was not found"
    )
    assert not changes


def test_a_model_split_between_gpu_and_processor_cannot_calibrate_and_says_so(qtbot):
    """LM Studio's loaded Qwen2.5-14B Q5_K_M keeps 1 of its 48 layers on the processor of the 12 GiB card (the
    core's own `derive` for that file): the time on each side cannot be told apart, so nothing is corrected."""
    page, changes = _bench(qtbot, fakes.services())
    assert page.bench.calibration.text() == (
        "This benchmark cannot calibrate the estimates: the estimate splits Qwen2.5-14B-Instruct-Q5_K_M.gguf between "
        "the GPU and the processor (47 of 48 layers on the GPU), so the time spent on each cannot be told apart."
    )
    assert not changes


def test_the_models_page_says_its_speeds_are_calibrated_too(qtbot):
    """The list's speeds come from the same corrected estimates: the page says so, and says nothing without one."""
    from advisor.qt.pages.models import ModelsPage

    state = state_with_profile()
    rec = fakes.recommend(state.profile)
    state.set_recommendation(dataclasses.replace(rec, calibration=USED))
    page = make_page(qtbot, ModelsPage, state=state)
    page.initializePage()
    assert page.calibration_label.isVisibleTo(page)
    assert page.calibration_label.text().startswith("Calibrated by your benchmark of Qwen2.5-14B-Instruct-Q4_K_M.gguf")
    state.set_recommendation(rec)
    page.initializePage()
    assert not page.calibration_label.isVisibleTo(page)
    wait_idle(qtbot)


def test_a_damaged_calibration_file_is_said_on_the_recommendation_page(qtbot, tmp_path):
    """The CLI says an ignored calibration file on stderr; the app says it where the calibration line would be."""
    from advisor.core.sizing import calibration

    bad = tmp_path / "calibration.json"
    bad.write_text("{ not json")
    services = fakes.services(saved_calibration=lambda: calibration.load(bad))
    page = make_page(qtbot, RecommendationPage, state=state_with_profile(), services=services)
    page.initializePage()
    qtbot.waitUntil(lambda: "is ignored" in page.calibration.text(), timeout=3000)
    assert str(bad) in page.calibration.text() and page.calibration.isVisibleTo(page)
    assert not page.reset_calibration.isVisibleTo(page)
    wait_idle(qtbot)
