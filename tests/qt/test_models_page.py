"""The Models page shows each file's speed here and says which models "Only what runs here" hides, and why.

The hidden-models tests run the real catalogue (the bundled snapshot) on a what-if machine from tests/data, so the
fits, speeds and reasons are the core's own, the same `llm-advisor models --offline` prints for that machine.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from advisor.core.catalog import search as real_search
from advisor.core.hardware.profile_io import load_profile
from advisor.qt.pages.models import ModelsPage
from advisor.qt.state import WizardState
from advisor.qt.widgets.candidates_model import CandidatesModel
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui

MACHINES = Path(__file__).parent.parent / "data" / "machines"
# an RTX 4050 laptop (6 GB) asked for the 40B class: 2 repos run, 3 are too slow, 1 too large
LAPTOP = "laptop-rtx4050-6gb-16gb.json"


def _page(qtbot, state, search, tier=None):
    page = make_page(qtbot, ModelsPage, state=state, services=fakes.services(search=search), open_url=lambda url: True)
    page.initializePage()
    if tier is not None:
        page.tier.setCurrentIndex(page.tier.findData(tier))
        page.search()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    wait_idle(qtbot)
    return page


def _real_page(qtbot, machine=LAPTOP, tier="40B", min_speed=5.0):
    state = WizardState()
    state.set_profile(load_profile(json.loads((MACHINES / machine).read_text(encoding="utf-8"))), detected=False)
    state.min_tokens_per_second = min_speed
    seen = []

    def search(**kwargs):
        seen.append(kwargs)
        return real_search(offline=True, **kwargs)

    return _page(qtbot, state, search, tier), seen


def _rows(page) -> list[str]:
    return [page.model.candidate(r).repo_id for r in range(page.model.rowCount())]


# ---------------------------------------------------------------- speed
def test_every_row_and_every_quant_of_the_chosen_model_shows_its_speed_here(qtbot):
    page = _page(qtbot, state_with_profile(), fakes.search)
    assert page.model.headerData(CandidatesModel.SPEED, Qt.Orientation.Horizontal) == "Speed"
    speeds = {
        page.model.candidate(r).repo_id: page.model.index(r, CandidatesModel.SPEED).data()
        for r in range(page.model.rowCount())
    }
    assert speeds == {
        "bartowski/Qwen2.5-14B-Instruct-GGUF": "32.5 tok/s",  # each row's file: the recommendation's pick (core order)
        "lmstudio-community/phi-4-GGUF": "37.5 tok/s",
        "unsloth/gemma-3-12b-it-GGUF": "40.2 tok/s",
        "bartowski/Mistral-Nemo-Instruct-2407-GGUF": "33.3 tok/s",
        "TheBloke/Llama-2-13B-chat-GGUF": "36.0 tok/s",
    }
    assert page.model.index(0, CandidatesModel.SPEED).data(Qt.ItemDataRole.ToolTipRole)
    # the list sorts by speed as a number, fastest first
    page.table.sortByColumn(CandidatesModel.SPEED, Qt.SortOrder.DescendingOrder)
    column = [page.proxy.index(r, CandidatesModel.SPEED).data() for r in range(page.proxy.rowCount())]
    assert column == ["40.2 tok/s", "37.5 tok/s", "36.0 tok/s", "33.3 tok/s", "32.5 tok/s"]
    # every quant of the selected repo, in the file list, with its size, fit and speed, best first (the order
    # `llm-advisor models` lists them in)
    page.table.selectRow(0)
    files = [page.file_combo.itemText(i) for i in range(page.file_combo.count())]
    assert files == [
        "Q5_K_M · 8.4 GiB · Full GPU · 40.2 tok/s",
        "Q4_K_M · 7.3 GiB · Full GPU · 44.8 tok/s",
        "Q8_0 · 12.5 GiB · Partial GPU · 12.6 tok/s",
    ]


# ---------------------------------------------------------------- what "Only what runs here" hides
def test_only_what_runs_here_says_how_many_models_it_hides_and_why(qtbot):
    page, seen = _real_page(qtbot)
    assert seen[-1]["include_all"] is False and seen[-1]["min_tokens_per_second"] == 5.0
    assert page.hidden_label.isVisibleTo(page)
    assert page.hidden_label.text().startswith("4 models hidden: 1 too large, 3 under 5 tok/s. <a ")
    # each hidden model with the reason of its nearest file, in the words `llm-advisor models` uses
    tip = page.hidden_label.toolTip().splitlines()
    assert len(tip) == 4
    assert sum("too slow: under 5 tok/s" in line for line in tip) == 3
    # too large: what ran out, with the figures that failed (the split's system-RAM part against the RAM budget)
    assert sum("too large: with " in line and " of system RAM, only " in line for line in tip) == 1
    hidden = {line.split(" · ")[0] for line in tip}
    shown = set(_rows(page))
    assert len(shown) == 4 and not hidden & shown  # the two Mistral Smalls and the two Qwen3 30B-A3B

    # "Show them" switches the filter off: every model is listed with its fit, and nothing is hidden any more
    page.hidden_label.linkActivated.emit("#all")
    qtbot.waitUntil(lambda: not page.only_here.isChecked() and page.model.rowCount() == 8, timeout=10000)
    wait_idle(qtbot)
    assert seen[-1]["include_all"] is True
    assert set(_rows(page)) == hidden | shown
    assert not page.hidden_label.isVisibleTo(page)


def test_the_hidden_line_follows_the_minimum_speed_chosen_on_the_recommendation(qtbot):
    page, seen = _real_page(qtbot)
    page.state.min_tokens_per_second = 8.0  # the Recommendation page's "minimum speed", raised
    page.initializePage()  # coming back to the page: the list is searched again with the new bar
    qtbot.waitUntil(lambda: seen[-1]["min_tokens_per_second"] == 8.0, timeout=3000)
    wait_idle(qtbot)
    assert page.hidden_label.text().startswith("6 models hidden: 1 too large, 5 under 8 tok/s.")
    assert page.model.rowCount() == 2  # the two mixtures of experts


def test_the_hidden_line_is_cleared_by_a_new_search_and_follows_the_language(qtbot):
    from advisor.qt import i18n

    page, _ = _real_page(qtbot)
    page.text.setText("no such model anywhere")
    page.search()
    assert not page.hidden_label.isVisibleTo(page)  # at once: it belonged to the previous list
    wait_idle(qtbot)
    assert not page.hidden_label.isVisibleTo(page) and page.empty_label.isVisibleTo(page)

    page.text.clear()
    page.search()
    wait_idle(qtbot)
    assert page.hidden_label.text().startswith("4 models hidden")
    try:
        i18n.install_language("es")
        qtbot.waitUntil(lambda: page.hidden_label.text().startswith("4 modelos ocultos"), timeout=2000)
        assert "demasiado lento: menos de 5 tok/s" in page.hidden_label.toolTip()
    finally:
        i18n.install_language("en")
    qtbot.waitUntil(lambda: page.hidden_label.text().startswith("4 models hidden"), timeout=2000)


def test_when_nothing_runs_each_nearest_file_says_why_in_the_file_list(qtbot):
    page, _ = _real_page(qtbot, machine="netbook-n100-4gb.json", tier="7B")
    assert page.near_label.isVisibleTo(page)
    assert not page.hidden_label.isVisibleTo(page)  # the nearest are listed, not hidden
    page.table.selectRow(0)
    files = [page.file_combo.itemText(i) for i in range(page.file_combo.count())]
    assert files and all(" · Too large · — · too large: needs " in text for text in files)


def test_a_file_list_keeps_the_tight_flag_and_one_hidden_model_is_shown_as_one(qtbot):
    """Review "newcomer", findings 5 and 12, on the 8 GB i5-1135G7 laptop asked for the 7B class: the "File:" list
    dropped the "tight" that the table and `llm-advisor models` show, and "1 model hidden" ended in "Show them"."""
    from advisor.core.messages import ENGLISH, sizing

    page, _ = _real_page(qtbot, machine="laptop-i5-1135g7-8gb.json", tier="7B")
    tight = sizing.fit_tight(ENGLISH, "cpu_only", True)  # "CPU only, tight", as `llm-advisor models` prints it
    assert page.model.index(0, CandidatesModel.FIT).data() == tight
    page.table.selectRow(0)
    files = [page.file_combo.itemText(i) for i in range(page.file_combo.count())]
    assert files[0].startswith("Q4_K_M · ") and f" · {tight} · " in files[0], files
    # every line of the list and of the table writes a fit with the same words
    assert all(" · CPU only · " in text or f" · {tight} · " in text for text in files)

    assert page.hidden_label.text().startswith("1 model hidden: ")
    assert page.hidden_label.text().endswith('<a href="#all">Show it</a>')
