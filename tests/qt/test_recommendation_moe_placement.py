"""The Recommendation page tells someone with an 8 GB card and 32 GB of RAM how to load the mixture of experts it
recommends (its routed experts in RAM, the speed it shows assumes that), in one short line under the verdict; a
mixture of experts that fits the card whole gets no such line (every placement: tests/qt/test_how_to_load_line.py).
The page still asks no more height than MAX_MIN_HEIGHT: the rest scrolls."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from advisor.core.hardware.profile_io import load_profile
from advisor.core.types import HardwareProfile
from advisor.qt.pages.recommendation import MAX_MIN_HEIGHT, RecommendationPage
from advisor.qt.services import Services
from advisor.qt.state import WizardState
from tests.qt import fakes
from tests.qt.helpers import make_page, wait_idle

pytestmark = pytest.mark.gui

GIB = 1024**3
MACHINES = Path(__file__).resolve().parents[1] / "data" / "machines"


def _what_if(gpu: str, vram_gib: int, ram_gib: int) -> HardwareProfile:
    return load_profile(
        {"ram": {"total_bytes": ram_gib * GIB}, "gpus": [{"name": gpu, "vram_total_bytes": vram_gib * GIB}]}
    )


def _page(qtbot, profile: HardwareProfile, min_tokens_per_second: float | None = None):
    state = WizardState()
    state.set_profile(profile, detected=False, what_if=True)
    real = Services()
    services = dataclasses.replace(fakes.services(), recommend=real.recommend, tier_estimate=real.tier_estimate)
    page = make_page(qtbot, RecommendationPage, services=services, state=state)
    if min_tokens_per_second is not None:
        state.min_tokens_per_second = min_tokens_per_second
    page.initializePage()
    qtbot.waitUntil(page.isComplete, timeout=10000)
    wait_idle(qtbot)
    return page, state.recommendation


def test_an_8_gb_card_is_told_how_to_load_the_recommended_moe(qtbot):
    page, rec = _page(qtbot, _what_if("NVIDIA GeForce RTX 4060", 8, 32))
    n = rec.n_cpu_moe
    assert rec.model == "Qwen3-30B-A3B" and 0 < n < 48
    assert not page.placement.isHidden()
    doc = QTextDocument()
    doc.setHtml(page.placement.text())
    text = doc.toPlainText()
    assert text.startswith("How to load it: LM Studio:")
    assert (
        f"“GPU Offload” to the maximum (48) and “Number of layers for which to force MoE weights onto CPU” to {n}."
        in text
    )
    assert text.endswith(f"\nllama.cpp: -ngl 99 --n-cpu-moe {n}.")
    assert f"the routed experts of the first {n} of its 48 layers" in page.reasons.text()
    # the memory bar is of the same placement as the verdict and the table
    assert page._estimate.n_cpu_moe == n and page._estimate.tokens_per_second == rec.tokens_per_second
    assert page.scroll_area.minimumSizeHint().height() <= MAX_MIN_HEIGHT


def test_a_moe_that_fits_the_card_whole_gets_no_placement_line(qtbot):
    page, rec = _page(qtbot, _what_if("NVIDIA GeForce RTX 3090", 24, 64), min_tokens_per_second=30.0)
    assert rec.model == "Qwen3-30B-A3B" and rec.n_cpu_moe == 0
    assert page.placement.isHidden() and page.placement.text() == ""


def test_a_dense_model_split_by_layers_is_told_its_layers(qtbot):
    page, rec = _page(qtbot, load_profile(MACHINES / "gaming-rtx4070-12gb-32gb.json"))
    assert next(t for t in rec.tiers if t.tier == rec.tier).active_parameters is None  # a dense model
    assert rec.fit.value == "partial_offload" and rec.n_cpu_moe == 0
    assert not page.placement.isHidden()
    n = rec.load.values["gpu_layers"]
    assert page.placement.text().endswith(f">llama.cpp: -ngl {n}.</p>")
