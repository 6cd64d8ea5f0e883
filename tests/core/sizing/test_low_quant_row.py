"""The class table and the reasons under it tell one story: on a 16 GiB Apple M2, where 40B runs usably only at
Q2_K, its row says so (that quant, its fit and speed) instead of "Too large" with no quant."""

from __future__ import annotations

from pathlib import Path

from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing.quants import is_good_quant
from advisor.core.sizing.recommend import recommend
from advisor.core.types import FitLevel

M2_16 = Path(__file__).resolve().parents[2] / "data" / "machines" / "apple-m2-16gb.json"


def test_a_class_that_runs_only_at_a_low_quant_says_so_in_its_row():
    profile = load_profile(M2_16)
    assert profile.gpus and profile.gpus[0].name.startswith("Apple M2")
    rec = recommend(profile)
    low = [r for r in rec.reasons if r.code == "next_tier_low_quant_only"]
    assert rec.tier == "13B" and rec.quant == "Q4_K_M" and len(low) == 1
    row = next(t for t in rec.tiers if t.tier == low[0].values["tier"])
    assert row.runs == "low_quant" and row.best_quant == low[0].values["quant"]
    assert not row.fits  # not at Q4_K_M or better: the class is not advised
    assert row.fit != FitLevel.TOO_LARGE and row.tokens_per_second is not None
    assert row.needs_bytes <= row.available_bytes


def test_every_row_that_runs_only_at_a_low_quant_names_a_quant_below_q4():
    for context in (4096, 32768):
        rec = recommend(load_profile(M2_16), context=context)
        for row in rec.tiers:
            if row.runs == "low_quant":
                assert row.best_quant is not None and not is_good_quant(row.best_quant), row
            elif row.runs == "no":
                assert row.best_quant is None, row
