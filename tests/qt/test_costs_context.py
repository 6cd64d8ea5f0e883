"""The Costs page costs the model the Recommendation page recommends at its context, as `cost --context` and the
report do (newcomer round: the report at 32K costed Llama-3.1-8B, the costs at their own 4,096 tokens Mistral-Nemo).
The real core defaults and sizing engine."""

from __future__ import annotations

import pytest

from advisor.core.costs import default_inputs
from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing import recommend
from advisor.qt.pages.costs import CostsPage
from advisor.qt.state import WizardState
from tests.qt import fakes
from tests.qt.helpers import make_page, wait_idle

pytestmark = pytest.mark.gui

M2_AIR = {"ram": {"total_bytes": 16 * 2**30}, "gpus": [{"name": "Apple M2 (8-core GPU)"}]}


@pytest.mark.parametrize("context", [4096, 32768])
def test_the_costs_follow_the_recommendation_s_context(qtbot, settings, context):
    state = WizardState()
    profile = load_profile(M2_AIR)
    state.set_profile(profile, detected=True)
    state.context = context
    page = make_page(
        qtbot, CostsPage, state=state, settings=settings, services=fakes.services(default_cost_inputs=default_inputs)
    )
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=15000)
    wait_idle(qtbot)
    rec = recommend(profile, context=context)
    assert page.spins["tokens_per_second"].value() == pytest.approx(rec.tokens_per_second, abs=0.05)
    assert rec.model in page.spins["tokens_per_second"].toolTip()
    assert recommend(profile, context=32768).model != recommend(profile).model  # the two contexts pick two models


def test_coming_back_after_the_context_changed_costs_the_new_recommendation(qtbot, settings):
    """Code review: the page recomputed only for another machine or benchmark; a visit, a longer context on the
    Recommendation page (another model), then a second visit still costed the first model."""
    state = WizardState()
    profile = load_profile(M2_AIR)
    state.set_profile(profile, detected=True)
    page = make_page(
        qtbot, CostsPage, state=state, settings=settings, services=fakes.services(default_cost_inputs=default_inputs)
    )
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=15000)
    wait_idle(qtbot)
    first = state.costs
    state.context = 32768  # back on the Recommendation page, a longer context
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not first, timeout=15000)
    wait_idle(qtbot)
    rec = recommend(profile, context=32768)
    assert page.spins["tokens_per_second"].value() == pytest.approx(rec.tokens_per_second, abs=0.05)
