"""The Models list sizes a mixture of experts in the placement `recommend` tells the user to load it with (its routed
experts of the first N layers in RAM, `placed_estimate_on`), so the two never give two speeds for one file: on an
RTX 4060 8 GB + 32 GB what-if, `models` showed Qwen3-30B-A3B Q4_K_M at ~22 tok/s (split by layers) while the
recommendation's engine sized that quant at ~30 (experts in RAM). The list and the report say the placement."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from advisor.core.catalog import search
from advisor.core.catalog.ranking import _quant_names, build_candidates, is_of_model, same_quant, suggested_file
from advisor.core.catalog.shapes import clean_shape, with_architecture_rules
from advisor.core.catalog.snapshot import load_snapshot
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, sizing
from advisor.core.sizing import TIERS, estimate_on, recommend
from advisor.core.sizing.estimate import placed_estimate_on
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.sizing.memory import weights_bytes
from advisor.core.sizing.quants import QUANT_LADDER
from advisor.core.sizing.tiers import reference_at
from advisor.core.types import FitLevel, HardwareProfile, ModelSpec

G = 2**30
MACHINES = Path(__file__).resolve().parents[2] / "data" / "machines"
FILES = [r["file"] for r in json.loads((MACHINES / "expected.json").read_text(encoding="utf-8"))]
RTX4060_WHAT_IF = {
    "ram": {"total_bytes": 32 * G},
    "gpus": [{"name": "NVIDIA GeForce RTX 4060", "vram_total_bytes": 8 * G}],
}
CLOSE = 0.1  # a file's real size against the reference's bits per weight moves the speed a few per cent, no more


def _reference(name: str) -> ModelSpec:
    return next(ref for t in TIERS for ref in t.references if ref.name == name)


def _ladder_quant(quant: str | None) -> str:
    return next(str(q) for q in _quant_names(quant) if q in QUANT_LADDER)


def _qwen3_moe_repo() -> dict:
    return next(r for r in load_snapshot()["repos"] if r["id"] == "unsloth/Qwen3-30B-A3B-GGUF")


def _profiles() -> list[tuple[str, HardwareProfile]]:
    return [("rtx4060-what-if", load_profile(RTX4060_WHAT_IF))] + [
        (name.removesuffix(".json"), load_profile(MACHINES / name)) for name in FILES
    ]


@pytest.mark.parametrize(("name", "profile"), _profiles(), ids=[n for n, _ in _profiles()])
def test_the_recommended_models_file_runs_at_the_speed_the_recommendation_sizes(name, profile):
    """The file the Models page shows for a repo of the recommended model (`suggested_file`) has the fit, placement
    and speed the recommendation's engine gives that model at that quant; at the recommended quant, the
    recommendation's own speed."""
    rec = recommend(profile)
    assert rec.tier is not None and rec.model is not None and rec.quant is not None  # every machine here runs one
    machine = machine_from_profile(profile)
    listed = search(profile=profile, tier=rec.tier, offline=True, read_headers=False)
    # the bundled list holds a repo of every reference model (Mistral-Nemo-12B's is Mistral-Nemo-Instruct-2407)
    repos = [c for c in listed.candidates if is_of_model(c.repo_id, rec.model)]
    assert repos, f"no repo of {rec.model} in the {rec.tier} list"
    for cand in repos:
        f = suggested_file(cand, rec.quant, rec.model)
        assert f is not None and f.tokens_per_second is not None
        engine = placed_estimate_on(reference_at(_reference(rec.model), _ladder_quant(f.quant)), machine)
        assert engine.tokens_per_second is not None
        said = f"{cand.repo_id} {f.quant}: list {f.fit} {f.tokens_per_second} tok/s n_cpu_moe {f.n_cpu_moe}"
        assert f.fit == engine.fit, said
        assert (f.n_cpu_moe > 0) == (engine.n_cpu_moe > 0) and abs(f.n_cpu_moe - engine.n_cpu_moe) <= 2, said
        assert f.tokens_per_second == pytest.approx(engine.tokens_per_second, rel=CLOSE), said
        if same_quant(f.quant, rec.quant):
            assert f.n_cpu_moe == rec.n_cpu_moe or abs(f.n_cpu_moe - rec.n_cpu_moe) <= 2, said
            assert f.tokens_per_second == pytest.approx(rec.tokens_per_second, rel=CLOSE), said


def test_on_an_8_gb_card_the_moe_file_of_the_recommended_quant_shows_the_recommendations_speed():
    """The snapshot's Qwen3-30B-A3B repo has no Q6_K (the recommendation's quant on this machine): a repo that has
    one, sized from the same header numbers, lists it at the recommendation's speed, in its placement."""
    profile = load_profile(RTX4060_WHAT_IF)
    rec = recommend(profile)
    assert rec.model == "Qwen3-30B-A3B" and rec.n_cpu_moe > 0 and rec.quant is not None
    repo = _qwen3_moe_repo()
    size, _ = weights_bytes(dataclasses.replace(_reference(rec.model), quant=rec.quant))
    entries = [(f["path"], int(f["size"]), None) for f in repo["files"]]
    entries.append((f"Qwen3-30B-A3B-{rec.quant}.gguf", size, None))
    shape = with_architecture_rules(clean_shape(repo["shape"]))
    cand, _, _ = build_candidates(
        repo, entries, profile=profile, context=4096, include_all=True, min_tokens_per_second=5.0, shape=shape
    )
    assert cand is not None
    f = suggested_file(cand, rec.quant, rec.model)
    assert f is not None and f.quant == rec.quant
    assert f.fit == rec.fit == FitLevel.PARTIAL_OFFLOAD and f.n_cpu_moe == rec.n_cpu_moe
    assert f.tokens_per_second == pytest.approx(rec.tokens_per_second, rel=0.03)


def test_on_an_8_gb_card_the_q4_k_m_moe_file_is_sized_with_its_experts_in_ram():
    """The finding itself: Q4_K_M at the experts-in-RAM speed (~30 tok/s), not the layer split's (~26 with the
    output layer on the card, as -ngl N puts it)."""
    profile = load_profile(RTX4060_WHAT_IF)
    listed = search(profile=profile, tier="40B", offline=True, include_all=True, read_headers=False)
    cand = next(c for c in listed.candidates if c.repo_id == "unsloth/Qwen3-30B-A3B-GGUF")
    f = next(f for f in cand.files if f.quant == "Q4_K_M")
    layers = estimate_on(
        dataclasses.replace(_reference("Qwen3-30B-A3B"), quant="Q4_K_M"), machine_from_profile(profile)
    )
    assert layers.n_cpu_moe == 0 and layers.tokens_per_second is not None
    assert 0 < f.n_cpu_moe < (f.total_layers or 0) == 48
    assert f.tokens_per_second is not None and f.tokens_per_second > 1.1 * layers.tokens_per_second
    # said briefly, in the words of the recommendation's "How to load it"
    assert sizing.placed_short(ENGLISH, f.n_cpu_moe, f.total_layers) == f"experts of {f.n_cpu_moe} layers in RAM"
    assert sizing.load_short(ENGLISH, f.load) == f"experts of {f.n_cpu_moe} layers in RAM"
    how = sizing.how_to_load(ENGLISH, f.load)
    assert how is not None and how[1] == f"llama.cpp: -ngl 99 --n-cpu-moe {f.n_cpu_moe}."
    # a dense file split by layers: its own placement, the number of layers the speed assumes
    dense = next(c for c in listed.candidates if "Mistral-Small" in c.repo_id).files[0]
    assert dense.n_cpu_moe == 0 and sizing.placed_short(ENGLISH, 0, dense.total_layers) == ""
    assert dense.fit == FitLevel.PARTIAL_OFFLOAD and dense.load is not None and dense.load.code == "load_layers"
