"""The Models page sizes a mixture of experts in the placement the Recommendation page tells the user to load it
with, and says so: on an RTX 4060 8 GB + 32 GB machine Qwen3-30B-A3B's row and file list show its experts-in-RAM
speed (what `recommend` computes for that quant, ~30 tok/s, not the layer split's ~22), the placement beside the
fit, and, for the file chosen, the Recommendation page's "How to load it" line."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from advisor.core.catalog import search as real_search
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, sizing
from advisor.core.sizing import TIERS
from advisor.core.sizing.estimate import placed_estimate_on
from advisor.core.sizing.machine import machine_from_profile
from advisor.qt import fmt
from advisor.qt.pages.models import ModelsPage
from advisor.qt.state import WizardState
from advisor.qt.widgets.candidates_model import CandidatesModel
from tests.qt import fakes
from tests.qt.helpers import make_page, wait_idle

pytestmark = pytest.mark.gui

G = 2**30
RTX4060 = {"ram": {"total_bytes": 32 * G}, "gpus": [{"name": "NVIDIA GeForce RTX 4060", "vram_total_bytes": 8 * G}]}
REPO = "unsloth/Qwen3-30B-A3B-GGUF"


def plain_text(label) -> str:
    """What the rich-text label shows, as plain text (its paragraphs on lines of their own)."""
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def _page(qtbot):
    state = WizardState()
    profile = load_profile(RTX4060)
    state.set_profile(profile, detected=False, what_if=True)

    def search(**kwargs):
        return real_search(offline=True, **kwargs)

    page = make_page(qtbot, ModelsPage, state=state, services=fakes.services(search=search), open_url=lambda url: True)
    page.initializePage()
    page.tier.setCurrentIndex(page.tier.findData("40B"))
    page.search()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    wait_idle(qtbot)
    return page, profile


def test_the_moe_row_shows_the_recommendations_speed_and_placement(qtbot):
    page, profile = _page(qtbot)
    row = next(r for r in range(page.model.rowCount()) if page.model.candidate(r).repo_id == REPO)
    f = page.model.shown_file(row)
    assert f.quant == "Q4_K_M" and f.n_cpu_moe > 0
    ref = next(r for t in TIERS for r in t.references if r.name == "Qwen3-30B-A3B")
    engine = placed_estimate_on(dataclasses.replace(ref, quant="Q4_K_M"), machine_from_profile(profile))
    assert f.tokens_per_second == pytest.approx(engine.tokens_per_second, rel=0.1)
    assert page.model.index(row, CandidatesModel.SPEED).data() == fmt.tokens_per_second(f.tokens_per_second)
    placed = f"experts of {f.n_cpu_moe} layers in RAM"
    assert page.model.index(row, CandidatesModel.FIT).data() == f"Partial GPU · {placed}"
    how = sizing.how_to_load(ENGLISH, f.load)
    assert how is not None
    assert "\n".join(how) in page.model.index(row, CandidatesModel.FIT).data(Qt.ItemDataRole.ToolTipRole)
    # the file list says it beside each file, and how to load the one chosen, as the Recommendation page does
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())
    files = [page.file_combo.itemText(i) for i in range(page.file_combo.count())]
    assert any(text.startswith("Q4_K_M · ") and f" · Partial GPU · {placed} · " in text for text in files), files
    assert page.placement_note.isVisibleTo(page)
    assert plain_text(page.placement_note) == f"How to load it: {how[0]}\n{how[1]}"
    assert how[1] == f"llama.cpp: -ngl 99 --n-cpu-moe {f.n_cpu_moe}."
    # another file of the repo: its own placement
    other = next(i for i in range(page.file_combo.count()) if page.file_combo.itemData(i) is not f)
    page.file_combo.setCurrentIndex(other)
    n = page.file_combo.itemData(other).n_cpu_moe
    assert plain_text(page.placement_note).endswith(f"\nllama.cpp: -ngl 99 --n-cpu-moe {n}.")


def test_a_dense_model_split_by_layers_is_told_its_number_of_layers(qtbot):
    """A dense model split between the card and the processor: the speed assumes that many layers on the card, the
    number LM Studio's GPU Offload and llama.cpp's -ngl take."""
    page, _ = _page(qtbot)
    page.only_here.setChecked(False)  # the dense 24–32B models are too slow here: list them too
    qtbot.waitUntil(
        lambda: any(page.model.candidate(r).experts is None for r in range(page.model.rowCount())), timeout=10000
    )
    wait_idle(qtbot)
    row = next(r for r in range(page.model.rowCount()) if page.model.candidate(r).experts is None)
    assert "experts" not in page.model.index(row, CandidatesModel.FIT).data()
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())
    f = page.file_combo.currentData()
    assert f.fit.value == "partial_offload" and f.load.code == "load_layers"
    n, layers = f.load.values["gpu_layers"], f.load.values["total_layers"]
    assert 0 < n < layers
    assert page.placement_note.isVisibleTo(page)
    assert plain_text(page.placement_note) == (
        f"How to load it: LM Studio: in the model's load settings, set “GPU Offload” to {n} of its {layers} layers."
        f"\nllama.cpp: -ngl {n}."
    )
