"""The Models page offers the model the Recommendation page just recommended, lists the repos in the order
`llm-advisor models` prints them, and keeps what the user picks.

A designer's what-if PC (32 GB + RTX 5060 Ti 16 GB) was recommended Mistral-Small-24B at Q4_K_M; the page re-sorted
the core's list by downloads and selected its first row, a 30 GiB Qwen3-30B-A3B Q8_0 that needs special loading
settings, so "Download" right after the recommendation fetched another model. These run the real catalogue (the
bundled snapshot) and the real recommendation for the machine, as the app does offline.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from advisor.core.catalog import search as real_search
from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing import recommend
from advisor.qt.pages.models import ModelsPage
from advisor.qt.state import WizardState
from advisor.qt.widgets.candidates_model import CandidatesModel
from tests.qt import fakes
from tests.qt.helpers import make_page, wait_idle
from tests.support.typed_machines import M4_16GB, RTX5060TI_32GB

pytestmark = pytest.mark.gui

PC, MAC = RTX5060TI_32GB, M4_16GB  # the designer's what-if PC and Mac


def _page(qtbot, machine, *, recommended=True):
    """The page on `machine` after the Recommendation page: the real recommendation in the state, the real offline
    search behind it; (page, the recommendation, the searches' results in order)."""
    state = WizardState()
    profile = load_profile(machine)
    state.set_profile(profile, detected=False, what_if=True)
    rec = recommend(profile)
    if recommended:
        state.set_recommendation(rec)
    results = []

    def searched(**kwargs):
        result = real_search(offline=True, **kwargs)
        results.append(result)
        return result

    page = make_page(qtbot, ModelsPage, state=state, services=fakes.services(search=searched), open_url=lambda u: True)
    page.initializePage()
    qtbot.waitUntil(lambda: len(results) == 1 and page.model.rowCount() > 0, timeout=20000)
    wait_idle(qtbot)
    return page, rec, results


def _shown(page) -> list[str]:
    """The repos as the table shows them, top to bottom."""
    return [
        page.model.candidate(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).repo_id
        for r in range(page.proxy.rowCount())
    ]


def _selected(page) -> tuple[str, str]:
    row = page.selected_row()
    assert row is not None
    return page.model.candidate(row).repo_id, page.file_combo.currentData().path


def _click_row(qtbot, page, repo_id: str) -> None:
    row = _shown(page).index(repo_id)
    rect = page.table.visualRect(page.proxy.index(row, CandidatesModel.MODEL))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _search_again(qtbot, page, results, **change) -> None:
    before = len(results)
    if "text" in change:
        page.text.setText(change["text"])
        page.search()
    else:
        page.only_here.setChecked(not page.only_here.isChecked())  # searches again
    qtbot.waitUntil(lambda: len(results) == before + 1, timeout=20000)
    wait_idle(qtbot)


@pytest.mark.parametrize("machine", [PC, MAC], ids=["pc-rtx5060ti", "mac-m4"])
def test_the_page_offers_the_recommended_file_in_the_cli_order(qtbot, machine):
    page, rec, results = _page(qtbot, machine)
    listed = [c.repo_id for c in results[-1].candidates]
    assert _shown(page) == listed  # the order `llm-advisor models` prints, not re-sorted by downloads
    repo, path = _selected(page)
    chosen = results[-1].candidates[listed.index(repo)]
    file = next(f for f in chosen.files if f.path == path)
    assert (file.quant, file.fit) == (rec.quant, rec.fit)  # the recommendation's own file, ready to download
    words = "".join(ch for ch in rec.model.lower() if ch.isalnum())
    assert words in "".join(ch for ch in repo.lower() if ch.isalnum())  # of the recommended model
    assert page.download_button.isEnabled()
    assert not page.quant_note.isVisibleTo(page)  # nothing to explain: it is the recommendation


def test_the_most_downloaded_repo_is_not_offered_over_the_recommended_one(qtbot):
    """The PC of the review: Qwen3-30B-A3B has the most downloads; the recommended Mistral-Small-24B is offered."""
    page, rec, results = _page(qtbot, PC)
    most = max(results[-1].candidates, key=lambda c: c.downloads).repo_id
    assert _selected(page)[0] != most
    assert "Mistral-Small-24B" in _selected(page)[0] and rec.model == "Mistral-Small-24B"


def test_without_a_recommendation_the_first_row_of_the_core_order_is_offered(qtbot):
    page, _rec, results = _page(qtbot, MAC, recommended=False)
    assert _selected(page)[0] == results[-1].candidates[0].repo_id == _shown(page)[0]


def test_the_users_pick_survives_a_new_search_and_gives_way_where_it_is_not_listed(qtbot):
    page, _rec, results = _page(qtbot, MAC)
    offered = _selected(page)
    other = next(r for r in _shown(page) if r != offered[0] and len(_files(page, r)) > 1)
    _click_row(qtbot, page, other)
    assert _selected(page)[0] == other
    page.file_combo.setFocus()
    qtbot.keyClick(page.file_combo, Qt.Key.Key_Down)  # the user picks its second file
    picked = _selected(page)
    assert picked == (other, _files(page, other)[1])
    _search_again(qtbot, page, results)  # "Only what runs here" off: a new list, the pick still in it
    assert other in _shown(page)
    assert _selected(page) == picked
    # a search that does not list the picked repo: the recommendation's file again
    _search_again(qtbot, page, results, text=offered[0].split("/")[1].split("-")[0])
    assert other not in _shown(page)
    assert _selected(page) == offered


def test_the_user_can_sort_by_a_column_and_get_the_core_order_back(qtbot):
    page, _rec, results = _page(qtbot, MAC)
    offered = _selected(page)
    header = page.table.horizontalHeader()
    header_pos = header.sectionViewportPosition(CandidatesModel.SPEED) + header.sectionSize(CandidatesModel.SPEED) // 2
    for _ in range(2):  # speed, ascending then descending
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header_pos, 5))
    speeds = [
        page.proxy.index(r, CandidatesModel.SPEED).data(Qt.ItemDataRole.UserRole) for r in range(page.proxy.rowCount())
    ]
    assert speeds == sorted(speeds, reverse=True)
    assert _selected(page) == offered  # sorting moves the rows, not the choice
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header_pos, 5))
    assert _shown(page) == [c.repo_id for c in results[-1].candidates]


def _files(page, repo_id: str) -> list[str]:
    row = [page.model.candidate(r).repo_id for r in range(page.model.rowCount())].index(repo_id)
    return [f.path for f in page.model.candidate(row).files]
