"""One verdict everywhere: on every realistic machine (tests/data/machines/), the class `recommend` picks and the
Models list (the bundled catalogue, each file judged from its own model's shape) never contradict each other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.core.catalog import search
from advisor.core.catalog.ranking import runs_here
from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing import TIERS, recommend, tier_for_parameters
from advisor.core.sizing.quants import is_good_quant, is_known_quant
from advisor.core.types import FitLevel

MACHINES = Path(__file__).resolve().parents[2] / "data" / "machines"
FILES = [r["file"] for r in json.loads((MACHINES / "expected.json").read_text(encoding="utf-8"))]
ORDER = [t.name for t in TIERS]


def _good(quant: str | None) -> bool:
    plain = (quant or "").removeprefix("UD-")
    return bool(plain) and is_known_quant(plain) and is_good_quant(plain)


@pytest.mark.parametrize("name", FILES, ids=[f.removesuffix(".json") for f in FILES])
def test_the_models_list_never_runs_a_class_above_the_recommended_one(name):
    profile = load_profile(MACHINES / name)
    rec = recommend(profile)
    listed = search(profile=profile, offline=True, include_all=True, limit=1000)
    assert listed.candidates
    # a bigger class the recommendation itself names as "runs, but split and tight" is no contradiction, as long as
    # the list shows those files as split between GPU and CPU and tight too
    named = {r.values["tier"] for r in rec.reasons if r.code == "bigger_tight_split"}
    above = []
    for cand in listed.candidates:
        tier = tier_for_parameters(float(cand.parameters or 0)).name
        for f in cand.files:
            if ORDER.index(tier) > ORDER.index(rec.tier) and _good(f.quant) and runs_here(f):
                if tier in named and f.tight and f.fit == FitLevel.PARTIAL_OFFLOAD:
                    continue
                above.append(f"{cand.repo_id} {f.quant} ({tier}): {f.fit} {f.tokens_per_second} tok/s")
    assert above == [], f"recommend says {rec.tier} ({rec.model}) but the Models list runs: {above}"


@pytest.mark.parametrize("name", FILES, ids=[f.removesuffix(".json") for f in FILES])
def test_the_recommended_class_has_files_that_run_here(name):
    profile = load_profile(MACHINES / name)
    rec = recommend(profile)
    shown = search(profile=profile, tier=rec.tier, offline=True, limit=1000)
    assert shown.candidates, f"recommend says {rec.tier} but the Models list of {rec.tier} is empty"
