""" "The next size up needs X GiB but only Y" names what ran out, with the figures that failed: a class too large for
a machine with a graphics card is measured as the Models list measures a file too large (`sizing.shortfall`: with A
on the card, the rest needs B of system RAM, only C free), never its all-on-GPU total against GPU and RAM added
together, a sum a split by whole layers cannot use (the total could even be below it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.core.catalog.ranking import too_large_by
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, sizing
from advisor.core.sizing import TIERS, recommend
from advisor.core.sizing.quants import MIN_GOOD_QUANT
from advisor.core.sizing.tiers import reference_at
from advisor.core.types import FitLevel

G = 2**30
MACHINES = Path(__file__).resolve().parents[2] / "data" / "machines"
FILES = [r["file"] for r in json.loads((MACHINES / "expected.json").read_text(encoding="utf-8"))]


def _need(rec):
    return next((r for r in rec.reasons if r.code == "next_tier_needs_memory"), None)


def _with_a_next_size() -> list[str]:
    """The machines whose next size up does not fit (on the others the class above runs, or there is none)."""
    return [f for f in FILES if _need(recommend(load_profile(MACHINES / f))) is not None]


NEXT_SIZE_FILES = _with_a_next_size()


def test_most_machines_are_told_what_the_next_size_up_needs():
    assert len(NEXT_SIZE_FILES) >= len(FILES) // 2


@pytest.mark.parametrize("name", NEXT_SIZE_FILES, ids=[f.removesuffix(".json") for f in NEXT_SIZE_FILES])
def test_the_next_size_up_is_measured_against_the_ram_that_ran_out(name):
    profile = load_profile(MACHINES / name)
    rec = recommend(profile)
    need = _need(rec)
    assert need is not None
    v = need.values
    assert rec.budget is not None
    assert v["memory"] == "ram" and v["available_bytes"] == rec.budget.usable_bytes  # the Memory line's figure
    assert v["needs_bytes"] > v["available_bytes"]  # what is said to have run out did run out
    assert 0 <= v["gpu_bytes"] <= rec.budget.gpu_bytes
    # the same figures the Models list gives a file of that class's model too large here
    tier = next(t for t in TIERS if t.name == v["tier"])
    row = next(t for t in rec.tiers if t.tier == v["tier"])
    spec = next(r for r in tier.references if r.name == row.model)
    listed = too_large_by(reference_at(spec, MIN_GOOD_QUANT), profile, rec.context).values
    assert (v["needs_bytes"], v["available_bytes"], v["gpu_bytes"]) == (
        listed["needs_bytes"],
        listed["available_bytes"],
        listed["gpu_bytes"],
    )
    # the table row of that class gives the whole of that layout, the card's part and the RAM that ran out, against
    # all the machine has for it (test_needs_column_one_quantity.py), when it shows the quant the reason names
    if row.fit is FitLevel.TOO_LARGE:
        assert (row.needs_bytes - row.gpu_bytes, row.gpu_bytes) == (v["needs_bytes"], v["gpu_bytes"])


def test_on_an_8_gb_card_the_sentence_names_the_cards_part_and_the_ram_the_rest_needs():
    profile = load_profile(MACHINES / "gaming-rtx4060-8gb-32gb.json")
    rec = recommend(profile)
    need = _need(rec)
    assert need is not None
    v = need.values
    assert v["tier"] == "70B" and v["gpu_bytes"] > 0
    gib = ENGLISH.gib
    assert sizing.reason(ENGLISH, need.code, v) == (
        "The next size up (70B at Q4_K_M) does not fit: with the graphics card full"
        f" ({gib(v['gpu_bytes'])}: whole layers and their buffers), the rest "
        f"needs {gib(v['needs_bytes'])} of system RAM, but only {gib(v['available_bytes'])} is free."
    )
    # a report saved before (GPU and RAM together, no card part) still reads as it did
    old = {**{k: v[k] for k in ("tier", "quant", "needs_bytes", "available_bytes")}, "memory": "vram_ram"}
    assert "GPU memory and system RAM together" in sizing.reason(ENGLISH, need.code, old)


def test_without_a_graphics_card_the_ram_the_model_needs_is_the_figure():
    profile = load_profile(MACHINES / "desktop-ryzen7-7700-32gb.json")
    need = _need(recommend(profile))
    assert need is not None and need.values["gpu_bytes"] == 0 and need.values["memory"] == "ram"
    said = sizing.reason(ENGLISH, need.code, need.values)
    assert said.startswith("The next size up (70B at Q4_K_M) needs ") and "graphics card" not in said


def test_when_nothing_fits_the_sentence_names_what_ran_out_too():
    # 1.5 GB of RAM beside a 2 GB card: not even the smallest class fits, though part of it would go on the card
    profile = load_profile(
        {"ram": {"total_bytes": 3 * G // 2}, "gpus": [{"name": "NVIDIA GeForce GTX 1650", "vram_total_bytes": 2 * G}]}
    )
    rec = recommend(profile)
    assert rec.tier is None and rec.budget is not None
    why = next(r for r in rec.reasons if r.code == "nothing_runs")
    v = why.values
    assert v["memory"] == "ram" and v["available_bytes"] == rec.budget.usable_bytes < v["needs_bytes"]
    assert 0 < v["gpu_bytes"] <= rec.budget.gpu_bytes
    gib = ENGLISH.gib
    assert sizing.reason(ENGLISH, why.code, v) == (
        "Not even a 3B-class model fits: at Q4_K_M, with the graphics card full"
        f" ({gib(v['gpu_bytes'])}: whole layers and their buffers), the rest needs "
        f"{gib(v['needs_bytes'])} of system RAM, and {gib(v['available_bytes'])} is free."
    )
