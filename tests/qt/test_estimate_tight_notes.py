"""The app's notes on an estimate (the Recommendation page's "Models already in LM Studio") say why a tight model is
tight with the figures of the recommendation's reason, not a generic "close other programs"."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing import estimate, recommend
from advisor.core.sizing.reasons import TIGHT
from advisor.core.sizing.tiers import tier_by_name

pytestmark = pytest.mark.gui

LAPTOP = Path(__file__).parents[1] / "data" / "machines" / "laptop-i5-1135g7-8gb.json"


def test_a_tight_estimates_notes_give_the_recommendations_figures(qtbot):
    from advisor.qt import wording

    profile = load_profile(LAPTOP)
    rec = recommend(profile)
    spec = next(s for s in tier_by_name(rec.tier).references if s.name == rec.model)
    notes = wording.estimate_notes(estimate(dataclasses.replace(spec, quant=rec.quant), profile, context=rec.context))
    [reason] = [r for r in rec.reasons if r.code == TIGHT]
    assert wording.reason(reason) in notes  # the sentence the page's "Why" list shows for the recommendation
    assert any("take 5.2 GiB of the 8.0 GiB of memory and leave 2.8 GiB" in n for n in notes)
    assert not any("comfortable use (close other programs)" in n for n in notes)
