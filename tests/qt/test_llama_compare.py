"""'Compare with llama.cpp' under the models already in LM Studio: the real llama-fit-params, off the UI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.sizing import estimate
from advisor.core.sizing.llama_fit import find_fit_params
from advisor.core.sizing.local import LocalModelEstimate
from advisor.core.types import ModelFile
from advisor.qt.pages.recommendation import RecommendationPage
from advisor.qt.tasks import TaskRunner
from advisor.qt.widgets.llama_compare import LlamaCompare
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle
from tests.support.gguf_factory import write_gemma3_gguf, write_llama_gguf


@pytest.mark.skipif(find_fit_params(env={"PATH": ""}) is None, reason="llama-fit-params not installed")
def test_the_selected_local_file_is_compared_with_llama_cpp(qtbot, tmp_path):
    path = write_llama_gguf(tmp_path / "tiny-Q8_0.gguf")
    state = state_with_profile()

    def local(profile, *, context=4096):
        spec = spec_from_gguf(read_gguf(path))
        return [LocalModelEstimate(ModelFile(str(path), path.stat().st_size), spec, estimate(spec, profile))]

    page = make_page(qtbot, RecommendationPage, state=state, services=fakes.services(estimate_local_models=local))
    page.initializePage()
    qtbot.waitUntil(lambda: page.local.rowCount() == 1, timeout=5000)
    button = page.llama_compare.button
    assert not button.isEnabled() and "Select a model file" in button.toolTip()  # nothing chosen yet
    page.local.selectRow(0)
    qtbot.waitUntil(button.isEnabled, timeout=5000)  # the binary was looked for on a worker
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # running: the UI thread went on at once
    qtbot.waitUntil(lambda: " · llama.cpp " in page.llama_compare.result.text(), timeout=10000)
    text = page.llama_compare.result.text()
    assert text.startswith("<b>advisor ") and "-c 4096 -ngl" in text
    assert button.isEnabled()
    wait_idle(qtbot)


def test_without_llama_cpp_the_action_is_disabled_and_says_why(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    calls = []
    widget = LlamaCompare(owner, runner=TaskRunner(owner), find=lambda: None, compare=lambda *a, **k: calls.append(a))
    widget.set_model("/models/a.gguf", fakes.profile(), 4096)
    qtbot.waitUntil(lambda: widget.result.text() != "", timeout=3000)
    assert not widget.button.isEnabled()
    assert "llama-fit-params was not found" in widget.result.text()
    assert widget.button.toolTip() == widget.result.text()
    widget.run()  # a stray call (a shortcut) does nothing
    assert calls == []


def test_the_selected_local_file_says_what_a_long_chat_adds(qtbot, tmp_path):
    """A sliding-window file (Gemma 3 layout): the page names the context checkpoints llama-server keeps, which the
    fit leaves out; a plain llama file has no such line."""
    gemma = write_gemma3_gguf(tmp_path / "gemma-Q8_0.gguf")
    plain = write_llama_gguf(tmp_path / "tiny-Q8_0.gguf")
    state = state_with_profile()

    def local(profile, *, context=4096):
        rows = []
        for path in (gemma, plain):
            spec = spec_from_gguf(read_gguf(path))
            rows.append(LocalModelEstimate(ModelFile(str(path), path.stat().st_size), spec, estimate(spec, profile)))
        return rows

    page = make_page(qtbot, RecommendationPage, state=state, services=fakes.services(estimate_local_models=local))
    page.initializePage()
    qtbot.waitUntil(lambda: page.local.rowCount() == 2, timeout=5000)
    page.local.selectRow(0)
    assert page.local_notes.isVisibleTo(page)
    assert "A long chat in llama-server can add up to" in page.local_notes.text()
    page.local.selectRow(1)
    assert "long chat" not in page.local_notes.text()
    wait_idle(qtbot)
