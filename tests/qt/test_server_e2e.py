"""The Server page against a real llama.cpp llama-server (tests/support/llama_server.py), with the real core."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from advisor.qt.pages.server import ServerPage
from advisor.qt.services import Services
from tests.qt.helpers import make_page, wait_idle

pytestmark = [pytest.mark.gui, pytest.mark.server]


def test_test_benchmark_and_chat_against_a_real_llama_server(qtbot, llama_server):
    page = make_page(qtbot, ServerPage, services=Services())
    page.check.url.setText(llama_server.base_url + "/v1")
    qtbot.mouseClick(page.check.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state.server is not None, timeout=15000)
    assert page.state.server.problem is None, page.check.diagnosis.text()
    assert "Connected to llama.cpp" in page.check.diagnosis.text()
    assert page.bench.model_combo.count() >= 1

    live = []
    show_progress = page.bench._progress

    def recording(value):  # what the label says after each streamed batch
        show_progress(value)
        live.append(page.bench.result.text())

    page.bench._progress = recording
    qtbot.mouseClick(page.bench.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state.benchmark is not None or page.error.isVisibleTo(page), timeout=60000)
    assert not page.error.isVisibleTo(page), page.error.message.text()
    assert page.state.benchmark.tokens_per_second > 0
    assert any(text.startswith("Measuring… ") and "tok/s now" in text for text in live)  # live figures came first
    assert page.bench.result.text().endswith("· 3 runs")

    page.chat.prompt.setPlainText("Hello")
    page.chat.temperature.setValue(0.0)
    qtbot.mouseClick(page.chat.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.chat.stats.text().endswith("tok/s") or page.error.isVisibleTo(page), timeout=30000)
    assert not page.error.isVisibleTo(page), page.error.message.text()
    assert page.chat.reply.toPlainText().strip()
    wait_idle(qtbot, timeout=15000)


def test_a_stopped_server_is_diagnosed_with_advice(qtbot):
    from tests.support.llama_server import free_port

    page = make_page(qtbot, ServerPage, services=Services())
    page.check.url.setText(f"http://127.0.0.1:{free_port()}/v1")
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.state.server is not None, timeout=15000)
    wait_idle(qtbot)
    assert "the server is not started" in page.check.diagnosis.text()
    assert "Start Server" in page.check.diagnosis.text()
