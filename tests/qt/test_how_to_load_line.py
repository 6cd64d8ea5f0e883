"""The Recommendation and Models pages say how to load the pick in the placement its speed assumes — a mixture of
experts partly in RAM (GPU Offload at its maximum + the MoE setting, -ngl 99 --n-cpu-moe N), a model run on the
processor beside a slower Radeon 780M (GPU Offload 0, -ngl 0), a dense model split by layers (GPU Offload N, -ngl N)
— and nothing for a model that fits the card whole. In the wizard at its default size, llama.cpp's flags sit on a
line of their own that Qt never breaks (it broke "--n-cpu-moe 27" after "--n-", and a newcomer retyped
"--n- cpu-moe"), and copying the line gives them as typed: plain ASCII, no non-breaking hyphen or space. The pages
still ask no more height than their scroll limits."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument

from advisor.core.catalog import search as real_search
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import Speaker, sizing
from advisor.qt import i18n
from advisor.qt.pages.recommendation import MAX_MIN_HEIGHT
from advisor.qt.services import Services
from advisor.qt.wizard import AdvisorWizard, PageId
from tests.qt import fakes
from tests.qt.helpers import wait_idle

pytestmark = pytest.mark.gui

G = 2**30
MACHINES = Path(__file__).resolve().parents[1] / "data" / "machines"
RYZEN_7840U = {
    "ram": {"total_bytes": 32 * G},
    "cpu": {"brand": "AMD Ryzen 7 7840U w/ Radeon 780M Graphics"},
    "gpus": [{"name": "AMD Radeon 780M", "unified_memory": True}],
    "battery": True,
}
PLACEMENTS = {  # machine → the placement its pick is loaded in
    "rtx3060-moe": (MACHINES / "gaming-rtx3060-12gb-16gb.json", "load_experts_in_ram"),
    "ryzen-7840u": (RYZEN_7840U, "load_cpu_only"),
    "rtx4070-dense": (MACHINES / "gaming-rtx4070-12gb-32gb.json", "load_layers"),
    "rtx3090-whole": (MACHINES / "workstation-rtx3090-24gb-64gb.json", None),
}


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    """The app's language (Mexico's numbers for Spanish, as most of its users have them)."""
    i18n.install_language(request.param, "MX" if request.param == "es" else "US")
    yield request.param
    i18n.install_language("en", "")


def _wizard(qtbot, settings, language: str, machine) -> AdvisorWizard:
    real = Services()

    def search(**kwargs):
        return real_search(offline=True, read_headers=False, **{k: v for k, v in kwargs.items() if k != "offline"})

    services = dataclasses.replace(
        fakes.services(search=search), recommend=real.recommend, tier_estimate=real.tier_estimate
    )
    wizard = AdvisorWizard(settings, services=services, language=language)
    qtbot.addWidget(wizard)
    wizard.show()  # the default size: no window geometry saved yet
    wizard.state.set_profile(load_profile(machine), detected=False, what_if=True)
    return wizard


def _recommendation(qtbot, wizard: AdvisorWizard):
    wizard.setCurrentId(PageId.RECOMMENDATION)
    page = wizard.page(PageId.RECOMMENDATION)
    qtbot.waitUntil(lambda: page.isComplete() and page.tiers.rowCount() > 0, timeout=10000)
    wait_idle(qtbot)
    return page


def plain_text(label) -> str:
    """What the rich-text label shows, as plain text (its paragraphs on lines of their own)."""
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def _laid_out(label, width: int) -> list[list[str]]:
    """The label's paragraphs as Qt lays them out at `width`: each paragraph's lines."""
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    doc.setHtml(label.text())
    doc.setTextWidth(width)
    doc.documentLayout().documentSize()  # lays it out
    paragraphs, block = [], doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        paragraphs.append([text[ln.textStart() : ln.textStart() + ln.textLength()] for ln in lines])
        block = block.next()
    return paragraphs


def _copied(qtbot, label) -> str:
    """What the clipboard holds after selecting the whole label and pressing Ctrl+C, as a user copies it."""
    label.setFocus()
    label.setSelection(0, len(plain_text(label)))
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return QGuiApplication.clipboard().text()


def _check_line(qtbot, label, how: tuple[str, str], heading: str) -> None:
    """The label says `how` under `heading`, its command unbroken at the label's width (and at any width), and
    copies as typed."""
    lm_studio, command = how
    assert plain_text(label) == f"{heading}{lm_studio}\n{command}"
    for width in (label.contentsRect().width(), 160):
        sentence, flags = _laid_out(label, width)
        assert flags == [command.replace(" ", "\u00a0")] or flags == [command], (width, flags)
        assert not any(line.rstrip().endswith("-") for line in sentence), sentence
    copied = _copied(qtbot, label)
    assert copied == plain_text(label) and copied.endswith(f"\n{command}")
    assert command.isascii()


@pytest.mark.parametrize("name", list(PLACEMENTS))
def test_the_recommendation_page_says_how_to_load_every_placement(qtbot, settings, name, language):
    machine, code = PLACEMENTS[name]
    wizard = _wizard(qtbot, settings, language, machine)
    page = _recommendation(qtbot, wizard)
    rec = wizard.state.recommendation
    assert (rec.load.code if rec.load else None) == code
    assert page.scroll_area.minimumSizeHint().height() <= MAX_MIN_HEIGHT
    if code is None:
        assert page.placement.isHidden() and page.placement.text() == ""
        return
    assert page.placement.isVisibleTo(page)
    how = sizing.how_to_load(Speaker(language), rec.load)
    assert how is not None
    heading = {"en": "How to load it: ", "es": "Cómo cargarlo: "}[language]
    _check_line(qtbot, page.placement, how, heading)
    flags = {
        "load_experts_in_ram": f"-ngl 99 --n-cpu-moe {rec.n_cpu_moe}",
        "load_cpu_only": "-ngl 0",
        "load_layers": f"-ngl {rec.load.values.get('gpu_layers')}",
    }
    assert how[1] == f"llama.cpp: {flags[code]}."
    if language == "es":  # LM Studio's own Spanish name for GPU Offload, beside its English one
        assert "“GPU Offload” («Descarga a GPU»" in how[0]


def test_the_models_page_says_how_to_load_the_chosen_file_with_its_flags_unbroken(qtbot, settings, language):
    wizard = _wizard(qtbot, settings, language, PLACEMENTS["rtx3060-moe"][0])
    _recommendation(qtbot, wizard)
    wizard.next()
    page = wizard.currentPage()
    assert wizard.currentId() == PageId.MODELS
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    wait_idle(qtbot)
    row = next(
        r for r in range(page.model.rowCount()) if page.model.candidate(r).repo_id.endswith("Qwen3-30B-A3B-GGUF")
    )
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())
    f = page.file_combo.currentData()
    assert f.load is not None and f.load.code == "load_experts_in_ram"
    how = sizing.how_to_load(Speaker(language), f.load)
    assert how is not None and how[1] == f"llama.cpp: -ngl 99 --n-cpu-moe {f.n_cpu_moe}."
    assert page.placement_note.isVisibleTo(page)
    heading = {"en": "How to load it: ", "es": "Cómo cargarlo: "}[language]
    _check_line(qtbot, page.placement_note, how, heading)


def test_a_listed_file_too_large_is_not_told_the_context_to_load_it_with():
    """The Models list's fit tooltip: a file too large here gets its fit's explanation alone, never "set “Context
    Length” to 8192" (code review); one that runs is told it."""
    from types import SimpleNamespace

    from advisor.core.types import FitLevel
    from advisor.qt.widgets.candidates_model import _how_to_load

    too_large = SimpleNamespace(load=None, fit=FitLevel.TOO_LARGE)
    assert _how_to_load("Not enough memory", too_large, 8192) == "Not enough memory"
    runs = SimpleNamespace(load=None, fit=FitLevel.FULL_GPU)
    assert "8192" in _how_to_load("Runs on the graphics card", runs, 8192)
