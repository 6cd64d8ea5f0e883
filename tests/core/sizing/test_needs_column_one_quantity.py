"""The size-class table's "needs / has" is one quantity in every row and on every machine: the model's whole need
against all the machine can give it (VRAM, VRAM + RAM, RAM, unified memory), while the reason under it still names
what ran out (review "newcomer3", finding 3: the 70B row said "needs 30.9 GiB" on a 16 GB PC with an RTX 3060,
only the part left for RAM, beside the 40B row's whole model, and "41.1 GiB" for the same model on a laptop)."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.cli import speech
from advisor.cli.recommend import render_text
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, sizing
from advisor.core.messages.report import report_wording
from advisor.core.messages.speaker import Speaker
from advisor.core.report import assemble_assessment, render
from advisor.core.sizing import TIERS, estimate, recommend
from advisor.core.sizing.quants import MIN_GOOD_QUANT
from advisor.core.sizing.tiers import reference_at
from advisor.core.types import FitLevel

MACHINES = Path(__file__).resolve().parents[2] / "data" / "machines"
PC = "gaming-rtx3060-12gb-16gb.json"  # Ryzen 5 5600X, 16 GB DDR4, RTX 3060 12 GB
LAPTOP = "laptop-i5-1135g7-8gb.json"  # 8 GB, no graphics card
MAC = "apple-m2-16gb.json"  # 16 GB of unified memory


def _row(rec, tier):
    return next(t for t in rec.tiers if t.tier == tier)


def _spec(row):
    tier = next(t for t in TIERS if t.name == row.tier)
    return reference_at(next(r for r in tier.references if r.name == row.model), MIN_GOOD_QUANT)


@pytest.mark.parametrize(
    ("name", "memory"), [(PC, "vram_ram"), (LAPTOP, "ram"), (MAC, "ram")], ids=["rtx3060", "laptop", "m2"]
)
def test_the_same_70b_shows_its_whole_need_against_all_the_machine_has(name, memory):
    profile = load_profile(MACHINES / name)
    rec = recommend(profile)
    row = _row(rec, "70B")
    assert (row.model, row.fit, row.best_quant) == ("Llama-3.1-70B", FitLevel.TOO_LARGE, None)
    # the whole model: at least its weights, wherever they would go (the PC's row gave only the RAM part)
    assert row.needs_bytes >= estimate(_spec(row), profile).memory.weights_bytes
    budget = rec.budget
    assert budget is not None
    # beside a card, the part its whole layers fill (review "newcomer4", finding 1)
    whole_budget = budget.usable_bytes + (row.gpu_bytes if memory == "vram_ram" else 0)
    assert (row.memory, row.available_bytes) == (memory, whole_budget)
    assert row.needs_bytes > row.available_bytes


def test_the_same_70b_needs_about_the_same_on_the_three_machines():
    needs = [_row(recommend(load_profile(MACHINES / n)), "70B").needs_bytes for n in (PC, LAPTOP, MAC)]
    # each is the whole model in its own layout (a split keeps a compute buffer on each side): within 2 GiB,
    # never the 11 GiB the card's part left out
    assert max(needs) - min(needs) < 2 * 2**30


def test_the_40b_and_70b_rows_of_one_table_count_the_same_quantity():
    profile = load_profile(MACHINES / PC)
    rec = recommend(profile)
    forty, seventy = _row(rec, "40B"), _row(rec, "70B")
    assert forty.fit is FitLevel.PARTIAL_OFFLOAD and seventy.fit is FitLevel.TOO_LARGE
    # both the card's part plus the system RAM's, against what each fills of the card plus the RAM's budget
    assert forty.memory == seventy.memory == "vram_ram"
    assert forty.gpu_bytes > 0 and seventy.gpu_bytes > 0
    assert rec.budget is not None
    for row in (forty, seventy):
        assert row.available_bytes == row.gpu_bytes + rec.budget.usable_bytes
    assert rec.budget is not None and max(forty.gpu_bytes, seventy.gpu_bytes) <= rec.budget.gpu_bytes
    assert forty.needs_bytes <= forty.available_bytes < seventy.needs_bytes
    # the rows without part on the card say so: the rest of the table counts the graphics card alone
    assert {t.memory for t in rec.tiers if t.gpu_bytes == 0} == {"vram"}


def test_the_reason_still_names_what_ran_out_beside_the_whole_need():
    profile = load_profile(MACHINES / PC)
    rec = recommend(profile)
    row = _row(rec, "70B")
    need = next(r for r in rec.reasons if r.code == "next_tier_needs_memory")
    v = need.values
    assert rec.budget is not None
    # the table's whole need is the card's part and the system RAM that ran out, the reason's two figures
    assert (v["gpu_bytes"], v["needs_bytes"], v["available_bytes"], v["memory"]) == (
        row.gpu_bytes,
        row.needs_bytes - row.gpu_bytes,
        rec.budget.usable_bytes,
        "ram",
    )
    assert v["needs_bytes"] > v["available_bytes"]
    gib = ENGLISH.gib
    assert sizing.reason(ENGLISH, need.code, v) == (
        "The next size up (70B at Q4_K_M) does not fit: with the graphics card full"
        f" ({gib(row.gpu_bytes)}: whole layers and their buffers), the rest "
        f"needs {gib(row.needs_bytes - row.gpu_bytes)} of system RAM, but only {gib(rec.budget.usable_bytes)} is free."
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_cli_and_the_report_show_the_70b_row_alike(monkeypatch, language):
    profile = load_profile(MACHINES / PC)
    rec = recommend(profile)
    row = _row(rec, "70B")
    say = Speaker(language)
    monkeypatch.setattr(speech, "say", lambda: say)
    needs, has = say.gib(row.needs_bytes), say.gib(row.available_bytes)
    line = next(x for x in render_text(rec, []).splitlines() if x.startswith("70B"))
    assert line.endswith(f"{needs} / {has} VRAM+RAM")

    md = render(assemble_assessment(profile, recommendation=rec), "md", wording=report_wording(say))
    cells = next(x for x in md.splitlines() if x.startswith("| 70B")).split("|")
    assert [c.strip() for c in cells[-3:-1]] == [needs, f"{has} VRAM+RAM"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_model_whole_on_the_card_names_what_stays_in_ram_beside_it(monkeypatch, language):
    """On a 24 GB RTX 3090 the recommended Qwen2.5-32B runs whole on the card: the reason gives the card's part (the
    table's "needs / has" quantity) and the ~0.5 GiB that stays in system RAM (token embeddings, buffers), the two
    parts `estimate` gives for the same model, so the two commands never seem to disagree on its need."""
    profile = load_profile(MACHINES / "workstation-rtx3090-24gb-64gb.json")
    rec = recommend(profile)
    row = _row(rec, rec.tier)
    assert row.fit == FitLevel.FULL_GPU and row.memory == "vram"
    (chosen,) = [r for r in rec.reasons if r.code == "tier_chosen"]
    spec = reference_at(
        next(r for t in TIERS if t.name == rec.tier for r in t.references if r.name == rec.model), rec.quant
    )
    parts = estimate(spec, profile, context=rec.context).memory
    assert chosen.values["needs_bytes"] == row.needs_bytes == parts.vram_bytes
    assert chosen.values["ram_bytes"] == parts.ram_bytes > 0
    say = Speaker(language)
    text = sizing.reason(say, chosen.code, chosen.values)
    assert say.gib(parts.vram_bytes) in text and say.gib(parts.ram_bytes) in text
    assert ("system RAM beside it" if language == "en" else "de la RAM del sistema a su lado") in text
    # a Mac's unified memory has no second place: the sentence stays one figure
    mac = recommend(load_profile(MACHINES / MAC))
    (mac_chosen,) = [r for r in mac.reasons if r.code == "tier_chosen"]
    assert mac_chosen.values["ram_bytes"] == 0
    assert "beside it" not in sizing.reason(ENGLISH, mac_chosen.code, mac_chosen.values)
