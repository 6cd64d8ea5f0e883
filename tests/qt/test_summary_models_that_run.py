"""The report's "Models that run here" in the app is what `llm-advisor report` lists: every repo the Models page found
that runs here, with the files that run. App review: the app's report listed only the repo picked (the CLI's five),
and with "show everything" on, a Q8_0 "too large" under that heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.core.catalog import search
from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing import recommend
from advisor.qt.pages.summary import SummaryPage
from advisor.qt.state import WizardState
from tests.qt.helpers import make_page

pytestmark = pytest.mark.gui

MACHINE = Path(__file__).resolve().parents[1] / "data" / "machines" / "gaming-rtx4060-8gb-32gb.json"


def _files(candidates) -> list[tuple[str, str]]:
    return [(c.repo_id, f.path) for c in candidates for f in c.files]


@pytest.mark.parametrize("everything", [False, True], ids=["only-what-runs", "show-everything"])
def test_the_report_lists_what_runs_here_as_the_command_line_does(qtbot, everything):
    profile = load_profile(MACHINE)
    state = WizardState()
    state.set_profile(profile, detected=False)
    state.set_recommendation(recommend(profile))
    shown = search(profile=profile, offline=True, include_all=everything, read_headers=False)
    state.set_candidates(shown.candidates, shown.source, shown.retrieved_at, (profile, 4096, 5.0))
    state.set_chosen(shown.candidates[-1])  # the person picked one; the report still lists every one that runs
    page = make_page(qtbot, SummaryPage, state=state)
    page.initializePage()
    qtbot.waitUntil(lambda: page._assessment is not None, timeout=10000)
    listed = page._assessment.candidates
    cli = search(profile=profile, offline=True, read_headers=False)  # what `llm-advisor report` lists
    assert len(cli.candidates) > 1
    assert _files(listed) == _files(cli.candidates)
    assert all(f.fit.value != "too_large" for c in listed for f in c.files)


def test_a_list_found_for_another_context_is_not_reported(qtbot):
    """Code review: with the context changed and the Models page's new search still running (or failed), the report
    listed files sized for the old context under "Models that run here"."""
    profile = load_profile(MACHINE)
    state = WizardState()
    state.set_profile(profile, detected=False)
    state.set_recommendation(recommend(profile))
    shown = search(profile=profile, offline=True, read_headers=False)
    state.set_candidates(shown.candidates, shown.source, shown.retrieved_at, (profile, 4096, 5.0))
    state.context = 32768  # the Recommendation page's slider moved; no new list yet
    page = make_page(qtbot, SummaryPage, state=state)
    page.initializePage()
    qtbot.waitUntil(lambda: page._assessment is not None, timeout=10000)
    assert page._assessment.candidates == () and page._assessment.catalog_source is None
