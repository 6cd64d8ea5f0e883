"""The size-class table's "needs / has" gives, in every row, the model's whole need against what its layout can really
use, so a row is too large exactly when its need is above its available figure (review "newcomer4", finding 1: on a
32 GB PC with an RTX 5060 Ti 16 GB the 70B row read "41.7 GiB / 41.9 GiB VRAM+RAM — too large", the card's whole
budget counted while only whole layers fit on it); and on unified memory the recommendation's "needs" is the whole
of what `estimate` gives in all (finding 6: a Mac mini M4 was told "needs 8.9 GiB" of a model `estimate` put at
9.5 GiB, the token embeddings kept outside the graphics' share left out of a memory that is the same)."""

from __future__ import annotations

import itertools
import re

import pytest

from advisor.cli import estimate as estimate_cli
from advisor.cli import speech
from advisor.cli.recommend import render_text
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import sizing
from advisor.core.messages.report import report_wording
from advisor.core.messages.speaker import Speaker
from advisor.core.report import assemble_assessment, render
from advisor.core.sizing import TIERS, estimate, recommend
from advisor.core.sizing.quants import MIN_GOOD_QUANT
from advisor.core.sizing.tiers import reference_at
from advisor.core.types import FitLevel

G = 2**30
# the review's machines (/tmp/nc4): the designer's what-if PC, her Mac mini, the student's laptop with its Radeon's
# carve-out set to 2 GB in the BIOS
PC_5060TI = {
    "ram": {"total_bytes": 32 * G},
    "cpu": {"brand": "AMD Ryzen 5 7600 6-Core Processor"},
    "gpus": [{"name": "NVIDIA GeForce RTX 5060 Ti 16 GB", "vram_total_bytes": 16 * G}],
    "battery": False,
}
MAC_MINI_M4 = {
    "ram": {"total_bytes": 16 * G},
    "cpu": {"brand": "Apple M4", "arch": "arm64", "physical_cores": 10, "logical_cores": 10},
    "gpus": [{"name": "Apple M4 (10-core GPU)"}],
    "os": {"system": "Darwin", "release": "24.5.0"},
    "battery": False,
}
LAPTOP_5500U = {
    "ram": {"total_bytes": 16475176960, "available_bytes": 8804682752},
    "cpu": {"brand": "AMD Ryzen 5 5500U with Radeon Graphics", "physical_cores": 6, "logical_cores": 12},
    "gpus": [{"name": "AMD Radeon(TM) Graphics", "vram_total_bytes": 2 * G}],
    "os": {"system": "Windows", "release": "11"},
    "battery": True,
}

# cards × RAM × contexts: none, discrete cards from 8 to 2 × 24 GB, one whose memory another program holds, Apple
# silicon, integrated GPUs sharing RAM (one faster than its processor, one slower)
CARDS = {
    "cpu-only": ("AMD Ryzen 5 7600 6-Core Processor", []),
    "rtx4060-8gb": (
        "AMD Ryzen 5 7600 6-Core Processor",
        [{"name": "NVIDIA GeForce RTX 4060", "vram_total_bytes": 8 * G}],
    ),
    "rtx3060-12gb": (
        "AMD Ryzen 5 5600X 6-Core Processor",
        [{"name": "NVIDIA GeForce RTX 3060", "vram_total_bytes": 12 * G}],
    ),
    "rtx3060-busy": (
        "AMD Ryzen 5 5600X 6-Core Processor",
        [{"name": "NVIDIA GeForce RTX 3060", "vram_total_bytes": 12 * G, "vram_free_bytes": 3 * G}],
    ),
    "rtx5060ti-16gb": (
        "AMD Ryzen 5 7600 6-Core Processor",
        [{"name": "NVIDIA GeForce RTX 5060 Ti 16 GB", "vram_total_bytes": 16 * G}],
    ),
    "rtx4090-24gb": (
        "AMD Ryzen 9 7950X 16-Core Processor",
        [{"name": "NVIDIA GeForce RTX 4090", "vram_total_bytes": 24 * G}],
    ),
    "2x-rtx3090": (
        "AMD Ryzen 9 5950X 16-Core Processor",
        [{"name": "NVIDIA GeForce RTX 3090", "vram_total_bytes": 24 * G}] * 2,
    ),
    "apple-m4": ("Apple M4", [{"name": "Apple M4 (10-core GPU)"}]),
    "radeon-780m": (
        "AMD Ryzen 7 7840HS w/ Radeon 780M Graphics",
        [{"name": "AMD Radeon 780M Graphics", "unified_memory": True, "vram_total_bytes": 2 * G}],
    ),
    "radeon-5500u": (
        "AMD Ryzen 5 5500U with Radeon Graphics",
        [{"name": "AMD Radeon(TM) Graphics", "vram_total_bytes": 2 * G}],
    ),
    "iris-xe": (
        "11th Gen Intel(R) Core(TM) i5-1135G7 @ 2.40GHz",
        [{"name": "Intel(R) Iris(R) Xe Graphics", "unified_memory": True, "vram_total_bytes": G}],
    ),
}
RAM_GB = (8, 16, 24, 32, 64)
CONTEXTS = (4096, 16384, 32768)


def _profile(card: str, ram_gb: int):
    brand, gpus = CARDS[card]
    return load_profile({"ram": {"total_bytes": ram_gb * G}, "cpu": {"brand": brand}, "gpus": gpus})


def _row(rec, tier):
    return next(t for t in rec.tiers if t.tier == tier)


def _spec(rec, row):
    ref = next(s for t in TIERS if t.name == row.tier for s in t.references if s.name == row.model)
    return reference_at(ref, row.best_quant or MIN_GOOD_QUANT)  # sized as its published file, as recommend sizes it


@pytest.fixture(scope="module")
def sweep():
    """Every machine of the sweep with its recommendation at every context (computed once for the tests below)."""
    out = []
    for card, ram_gb, context in itertools.product(CARDS, RAM_GB, CONTEXTS):
        profile = _profile(card, ram_gb)
        out.append((card, ram_gb, context, profile, recommend(profile, context=context)))
    return out


def test_a_row_is_too_large_exactly_when_its_need_is_above_what_it_has(sweep):
    wrong, kinds = [], set()
    for card, ram_gb, context, _, rec in sweep:
        for t in rec.tiers:
            kinds.add((t.memory, t.fit))
            if (t.fit is FitLevel.TOO_LARGE) != (t.needs_bytes > t.available_bytes):
                wrong.append(f"{card} {ram_gb} GB c{context} {t.tier}: {t.needs_bytes} / {t.available_bytes} {t.fit}")
    assert wrong == []
    # the sweep met every kind of row: on the card, split, too large beside a card, in (unified) RAM
    assert {
        ("vram", FitLevel.FULL_GPU),
        ("vram_ram", FitLevel.PARTIAL_OFFLOAD),
        ("vram_ram", FitLevel.TOO_LARGE),
    } <= kinds
    assert {("ram", FitLevel.FULL_GPU), ("ram", FitLevel.CPU_ONLY), ("ram", FitLevel.TOO_LARGE)} <= kinds


def test_what_a_row_has_is_the_budget_its_layout_uses(sweep):
    for card, ram_gb, context, _, rec in sweep:
        budget = rec.budget
        assert budget is not None
        for t in rec.tiers:
            where = f"{card} {ram_gb} GB c{context} {t.tier}"
            if t.memory == "vram":  # on the card alone: the card's budget
                assert (t.available_bytes, t.gpu_bytes) == (budget.gpu_bytes, 0), where
            elif t.memory == "vram_ram":  # the part whole layers fill on the card (never all of it) and the RAM
                assert 0 < t.gpu_bytes <= budget.gpu_bytes, where
                assert t.available_bytes == t.gpu_bytes + budget.usable_bytes, where
            else:  # the processor alone or unified memory: the one RAM budget, the whole need counted in it
                assert (t.memory, t.available_bytes, t.gpu_bytes) == ("ram", budget.usable_bytes, 0), where


def test_the_5060ti_pcs_70b_row_has_what_its_layers_fill_and_says_too_large_with_more_need_than_that():
    profile = load_profile(PC_5060TI)
    rec = recommend(profile)
    row = _row(rec, "70B")
    budget = rec.budget
    assert budget is not None
    assert (row.fit, row.memory) == (FitLevel.TOO_LARGE, "vram_ram")
    # whole layers take less than the card's budget: the rest of the card is no use to the model, not counted
    assert row.gpu_bytes < budget.gpu_bytes
    assert row.available_bytes == row.gpu_bytes + budget.usable_bytes < budget.gpu_bytes + budget.usable_bytes
    assert row.needs_bytes > row.available_bytes
    # what ran out, the reason's words: the RAM the rest needs beside the card's part, the table's figures less it
    need = next(r for r in rec.reasons if r.code == "next_tier_needs_memory").values
    assert (need["gpu_bytes"], need["needs_bytes"], need["available_bytes"], need["memory"]) == (
        row.gpu_bytes,
        row.needs_bytes - row.gpu_bytes,
        row.available_bytes - row.gpu_bytes,
        "ram",
    )


def _number(text: str, language: str) -> float:
    """A figure as printed ("1.234,5 GiB" in Spanish, "1,234.5 GiB" in English) as a number."""
    digits = text.split()[0]
    if language == "es":
        digits = digits.replace(".", "").replace(",", ".")
    return float(digits.replace(",", ""))


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_cli_and_the_report_print_the_70b_row_with_more_need_than_it_has(monkeypatch, language):
    profile = load_profile(PC_5060TI)
    rec = recommend(profile)
    row = _row(rec, "70B")
    say = Speaker(language)
    monkeypatch.setattr(speech, "say", lambda: say)
    needs, has = say.gib(row.needs_bytes), say.gib(row.available_bytes)
    assert _number(needs, language) >= _number(has, language)  # never "41.7 GiB / 41.9 GiB" beside "too large"
    line = next(x for x in render_text(rec, []).splitlines() if x.startswith("70B"))
    assert line.endswith(f"{needs} / {has} VRAM+RAM")
    md = render(assemble_assessment(profile, recommendation=rec), "md", wording=report_wording(say))
    cells = next(x for x in md.splitlines() if x.startswith("| 70B")).split("|")
    assert [c.strip() for c in cells[-3:-1]] == [needs, f"{has} VRAM+RAM"]


UNIFIED = {"mac-mini-m4": MAC_MINI_M4, "ryzen-5500u-radeon": LAPTOP_5500U}


@pytest.mark.parametrize("name", UNIFIED)
def test_on_unified_memory_the_recommendation_needs_what_estimate_gives_in_all(monkeypatch, name):
    profile = load_profile(UNIFIED[name])
    rec = recommend(profile)
    assert rec.fit is FitLevel.FULL_GPU  # the case the review met: on the GPU, with the token embeddings beside it
    row = _row(rec, rec.tier)
    est = estimate(_spec(rec, row), profile, context=rec.context)
    assert est.memory.ram_bytes > 0  # a part outside the graphics' share, in the same memory
    assert row.needs_bytes == est.memory.vram_bytes + est.memory.ram_bytes
    assert abs(row.needs_bytes - est.memory.total_bytes) <= 1  # the estimate's parts, rounded to whole bytes
    assert row.memory == "ram" and rec.budget is not None and row.available_bytes == rec.budget.usable_bytes
    chosen = next(r for r in rec.reasons if r.code == "tier_chosen")
    assert chosen.values["needs_bytes"] == row.needs_bytes

    say = Speaker("es")
    monkeypatch.setattr(speech, "say", lambda: say)
    said = re.search(r"necesita (\S+ \S+)", sizing.reason(say, chosen.code, chosen.values))
    in_all = re.search(r"Memoria\s+(\S+ \S+) en total", estimate_cli.render_text(_spec(rec, row), est, kv_type="f16"))
    assert said is not None and in_all is not None
    assert said.group(1) == in_all.group(1) == say.gib(est.memory.total_bytes)


def test_on_unified_memory_every_row_counts_the_whole_model_in_the_one_memory(sweep):
    unified = ("apple-m4", "radeon-780m", "radeon-5500u", "iris-xe")
    for card, ram_gb, context, profile, rec in sweep:
        for t in rec.tiers if card in unified else ():
            if t.fit is not FitLevel.TOO_LARGE:
                est = estimate(_spec(rec, t), profile, context=context)
                assert abs(t.needs_bytes - est.memory.total_bytes) <= 1, (card, ram_gb, context, t.tier)
