"""Lines a page writes after some work (the benchmark's calibration note, the Summary's "Saved to …") are worded
again when the language changes: a Spanish speaker who switches after a benchmark or an export reads no English."""

from __future__ import annotations

import pytest

from advisor.qt.pages.server import ServerPage
from advisor.qt.pages.summary import SummaryPage
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui

REFUSED_EN = "This benchmark cannot calibrate the estimates: the model file of qwen2.5-14b-instruct was not found"


def _benchmarked(qtbot):
    state = state_with_profile()
    page = make_page(qtbot, ServerPage, state=state, services=fakes.services(calibrate=fakes.calibrate_refused))
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.bench.button.isEnabled(), timeout=3000)
    page.bench.run()
    qtbot.waitUntil(lambda: page.bench.calibration.text() != "", timeout=5000)
    wait_idle(qtbot)
    return page, state


def test_the_calibration_note_is_worded_again_in_spanish_and_back(qtbot, switch):
    page, _state = _benchmarked(qtbot)
    assert page.bench.calibration.text().startswith(REFUSED_EN)
    switch("es")
    spanish = page.bench.calibration.text()
    assert spanish and "This benchmark" not in spanish
    assert "qwen2.5-14b-instruct" in spanish  # the same outcome, only its words changed
    switch("en")
    assert page.bench.calibration.text().startswith(REFUSED_EN)


def test_the_calibration_note_goes_when_the_server_changes(qtbot):
    page, state = _benchmarked(qtbot)
    state.set_server(state.server)  # the same server checked again: the note about its benchmark stays
    assert page.bench.calibration.text().startswith(REFUSED_EN)
    state.server_url = "http://127.0.0.1:9"  # another server: its benchmark is not the one the note is about
    state.reset_server()
    assert page.bench.calibration.text() == ""


def test_the_saved_to_line_is_worded_again_in_spanish(qtbot, switch, tmp_path):
    state = state_with_profile()
    state.set_recommendation(fakes.recommend(state.profile))
    target = tmp_path / "report.md"
    page = make_page(qtbot, SummaryPage, state=state, ask_save_path=lambda *a: str(target))
    page.initializePage()
    qtbot.waitUntil(lambda: page.buttons["md"].isEnabled(), timeout=5000)
    page.export("md")
    qtbot.waitUntil(lambda: target.exists() and page.status.text().startswith("Saved to"), timeout=10000)
    assert page.status.text() == f"Saved to {target}"
    switch("es")
    assert page.status.text() == f"Guardado en {target}"
    switch("en")
    assert page.status.text() == f"Saved to {target}"
    wait_idle(qtbot)
