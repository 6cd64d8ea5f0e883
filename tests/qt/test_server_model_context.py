"""The Local server page lists each model with the context the server loaded it with (llama.cpp's /props n_ctx,
LM Studio's loaded_context_length), else its training context, in the words `llm-advisor server` prints."""

from __future__ import annotations

import dataclasses

import pytest

from advisor.core.servers.types import ServerModel
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui


def test_the_models_say_the_context_they_were_loaded_with_else_their_training_context(qtbot):
    from advisor.qt.pages.server import ServerPage

    def check(url, **kw):
        return dataclasses.replace(
            fakes.server_ok(url),
            models=(
                ServerModel(
                    "qwen2.5-14b-instruct", loaded=True, quant="Q5_K_M", max_context=32768, loaded_context=2048
                ),
                ServerModel("meta-llama-3.1-8b-instruct", loaded=False, quant="Q4_K_M", max_context=131072),
                ServerModel("phi-3-mini"),  # the server says neither
            ),
        )

    page = make_page(qtbot, ServerPage, state=state_with_profile(), services=fakes.services(check_server=check))
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.bench.model_combo.count() == 3, timeout=5000)
    wait_idle(qtbot)
    assert (
        "Models: qwen2.5-14b-instruct (context 2,048), meta-llama-3.1-8b-instruct (training context 131,072), "
        "phi-3-mini" in page.check.diagnosis.text()
    )
    combo = page.bench.model_combo
    assert [combo.itemText(i) for i in range(3)] == [
        "qwen2.5-14b-instruct · Q5_K_M · context 2,048",
        "meta-llama-3.1-8b-instruct · Q4_K_M · training context 131,072",
        "phi-3-mini",
    ]
    assert page.bench.model() == "qwen2.5-14b-instruct"  # the id the benchmark asks for, without the words
