"""The Local server page's check after load follows the calibration: once a benchmark calibrates this machine's
estimates (or the calibration is reset on the Recommendation page), the prediction set beside what the server uses
is the new estimate every other page shows, worked out again off the UI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from advisor.core.sizing import calibration, estimate
from advisor.qt import wording
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui


def _predicted(profile) -> str:
    """What the estimate says now for LM Studio's loaded file (the saved calibration, if any, applied)."""
    speed = estimate(fakes._loaded_spec(profile), profile, context=4096).tokens_per_second
    return f"Speed: predicted {wording.say().speed(speed)}"


def test_a_calibrating_benchmark_and_a_reset_bring_the_prediction_after_load_up_to_date(qtbot, monkeypatch, tmp_path):
    from advisor.qt.pages.recommendation import RecommendationPage
    from advisor.qt.pages.server import ServerPage

    monkeypatch.setenv("LLM_ADVISOR_CONFIG_DIR", str(tmp_path))

    def calibrate(url, bench, profile, **kw):  # the core's calibrate, past reading the file: it saves a correction
        cal = calibration.Calibration(
            model="Qwen2.5-14B-Instruct-Q5_K_M.gguf",
            date="2026-05-14",
            where="gpu",
            factor=1.5,
            measured_tokens_per_second=bench.tokens_per_second,
            predicted_tokens_per_second=16.4,
            fingerprint=calibration.fingerprint(profile),
        )
        return calibration.CalibrationOutcome(cal, saved_to=str(calibration.save(cal)))

    services = fakes.services(calibrate=calibrate, reset_calibration=lambda: calibration.reset())
    state = state_with_profile()
    page = make_page(qtbot, ServerPage, state=state, services=services)
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.check.after_load.isVisibleTo(page), timeout=5000)
    wait_idle(qtbot)
    before = _predicted(state.detected)
    assert before in page.check.after_load.text()

    page.bench.run()  # the benchmark ends and calibrates: the estimates speed up
    qtbot.waitUntil(lambda: page.bench.calibration.text() != "", timeout=5000)
    calibrated = _predicted(state.detected)
    assert calibrated != before
    qtbot.waitUntil(lambda: calibrated in page.check.after_load.text(), timeout=5000)
    wait_idle(qtbot)
    assert calibrated in page.check.after_load.text() and "measured 24.6 tokens/s" in page.check.after_load.text()
    assert f"{state.after_load.predicted_tokens_per_second:.1f}" in calibrated  # what the report carries too

    rec = make_page(qtbot, RecommendationPage, state=state, services=services)
    rec.initializePage()
    qtbot.waitUntil(rec.isComplete, timeout=5000)
    wait_idle(qtbot)
    rec.reset_calibration.show()
    qtbot.mouseClick(rec.reset_calibration, Qt.MouseButton.LeftButton)  # back to the usual figures
    qtbot.waitUntil(lambda: before in page.check.after_load.text(), timeout=5000)
    wait_idle(qtbot)
    assert calibrated not in page.check.after_load.text()
