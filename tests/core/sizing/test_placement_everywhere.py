"""A mixture of experts already in LM Studio is sized in the placement `recommend` tells the user to load it with
(its routed experts of the first N layers in RAM), as the recommendation and the Models list size theirs, and every
list that shows such a file says so: `recommend`'s "In LM Studio" lines, `models`, and the report's tables."""

from __future__ import annotations

import dataclasses

from advisor.cli import models as models_cli
from advisor.cli import recommend as recommend_cli
from advisor.core.catalog import search
from advisor.core.hardware.profile_io import load_profile
from advisor.core.report import assemble_assessment, render
from advisor.core.sizing import TIERS, estimate_local_models, estimate_on, local, recommend
from advisor.core.sizing.estimate import placed_estimate_on
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.types import FitLevel, HardwareProfile, ModelFile, ModelSpec

G = 2**30
RTX4060_WHAT_IF = {
    "ram": {"total_bytes": 32 * G},
    "gpus": [{"name": "NVIDIA GeForce RTX 4060", "vram_total_bytes": 8 * G}],
}
FILE_BYTES = 18_560_000_000  # Qwen3-30B-A3B-Q4_K_M.gguf, as the bundled catalogue lists it


def _qwen3_moe() -> ModelSpec:
    ref = next(r for t in TIERS for r in t.references if r.name == "Qwen3-30B-A3B")
    return dataclasses.replace(ref, quant="Q4_K_M", file_size_bytes=FILE_BYTES)


def _with_local_moe(tmp_path, monkeypatch) -> tuple[HardwareProfile, ModelSpec]:
    """The what-if machine with the MoE file in LM Studio's folder; its header reads as Qwen3-30B-A3B's (the real
    reader's answer, `spec_from_gguf`, for that file: a 30B file is too big to write in a test)."""
    path = tmp_path / "models" / "unsloth" / "Qwen3-30B-A3B-GGUF" / "Qwen3-30B-A3B-Q4_K_M.gguf"
    spec = _qwen3_moe()
    monkeypatch.setattr(local, "spec_from_gguf", lambda _info: spec)
    profile = load_profile(RTX4060_WHAT_IF)
    lmstudio = dataclasses.replace(profile.lmstudio, models=(ModelFile(str(path), FILE_BYTES),))
    return dataclasses.replace(profile, lmstudio=lmstudio), spec


def test_a_moe_in_lm_studio_is_sized_with_its_experts_in_ram_as_the_recommendation_would(tmp_path, monkeypatch):
    profile, spec = _with_local_moe(tmp_path, monkeypatch)
    [item] = estimate_local_models(profile, reader=lambda _path: None)  # type: ignore[arg-type,return-value]
    est = item.estimate
    assert est is not None and item.error is None
    machine = machine_from_profile(profile)
    placed = placed_estimate_on(spec, machine)
    layers = estimate_on(spec, machine)
    # the recommendation's placement (the same N, the same speed), faster than the split by layers it replaces
    assert layers.n_cpu_moe == 0 and 0 < est.n_cpu_moe == placed.n_cpu_moe < est.total_layers
    assert est.fit == FitLevel.PARTIAL_OFFLOAD and est.tokens_per_second == placed.tokens_per_second
    assert est.tokens_per_second is not None and layers.tokens_per_second is not None
    assert est.tokens_per_second > 1.1 * layers.tokens_per_second  # 24.3 vs 20.5 tok/s here
    # `recommend`'s "In LM Studio" line says the placement and its flags
    text = recommend_cli.render_text(recommend(profile), [item])
    line = next(x for x in text.splitlines() if "Qwen3-30B-A3B-Q4_K_M.gguf" in x)
    n = est.n_cpu_moe
    assert f"experts of {n} layers in RAM (-ngl 99 --n-cpu-moe {n})" in line, line  # the recommendation's flags
    assert f"~{est.tokens_per_second:.0f}" in line or f"~{est.tokens_per_second}" in line, line


def test_models_says_the_placement_under_each_moe_file_it_sized_so():
    profile = load_profile(RTX4060_WHAT_IF)
    result = search(profile=profile, tier="40B", offline=True, include_all=True, read_headers=False)
    text = models_cli.render_text(result, tier="40B", text=None, context=4096, include_all=True)
    lines = text.splitlines()
    cand = next(c for c in result.candidates if c.repo_id == "unsloth/Qwen3-30B-A3B-GGUF")
    for f in cand.files:
        at = next(i for i, x in enumerate(lines) if x.rstrip().endswith(f.path))
        assert f.n_cpu_moe > 0
        assert lines[at + 1].strip() == f"↳ experts of {f.n_cpu_moe} layers in RAM (-ngl 99 --n-cpu-moe {f.n_cpu_moe})"
    # a dense model's file split by layers: the layers its speed assumes on the card, and llama.cpp's -ngl
    dense = next(c for c in result.candidates if c.experts is None).files[0]
    assert dense.fit == FitLevel.PARTIAL_OFFLOAD and dense.load is not None
    k, total = dense.load.values["gpu_layers"], dense.load.values["total_layers"]
    at = next(i for i, x in enumerate(lines) if x.rstrip().endswith(dense.path))
    assert lines[at + 1].strip() == f"↳ {k} of {total} layers on the GPU (-ngl {k})"


def test_the_report_says_the_placement_beside_the_fit_of_a_moe_file(tmp_path, monkeypatch):
    profile, _ = _with_local_moe(tmp_path, monkeypatch)
    local_models = estimate_local_models(profile, reader=lambda _path: None)  # type: ignore[arg-type,return-value]
    result = search(profile=profile, tier="40B", offline=True, read_headers=False)
    assessment = assemble_assessment(
        profile, recommendation=recommend(profile), local_models=local_models, search=result
    )
    md = render(assessment, "md")
    f = next(c for c in result.candidates if c.repo_id == "unsloth/Qwen3-30B-A3B-GGUF").files[0]
    assert f"Partial GPU · experts of {f.n_cpu_moe} layers in RAM" in md
    n = local_models[0].estimate.n_cpu_moe  # type: ignore[union-attr]
    row = next(x for x in md.splitlines() if "Qwen3-30B-A3B-Q4_K_M.gguf" in x and "unsloth/" in x)
    assert f"Partial GPU · experts of {n} layers in RAM" in row, row
