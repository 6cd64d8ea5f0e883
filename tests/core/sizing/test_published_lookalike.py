"""gpt-oss-20b keeps its experts at MXFP4 in every published quant, so its "Q8_0" file is 11.3 GiB, not 20.9 B
parameters × 8.5 bits. `estimate --params 21B --experts 32 --active-experts 4 --quant Q8_0` said "too large, would
read its weights from disk" on a 16 GB Mac whose recommendation named that same file at ~29 tokens/s (newcomer
round). Typed by its size, experts and quant, it is sized as its published file, and says so."""

from __future__ import annotations

import json

import pytest

from advisor.cli.main import main
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import Speaker, sizing
from advisor.core.sizing import estimate, recommend
from advisor.core.sizing.tiers import GPT_OSS_20B, QWEN_3_30B_A3B, REFERENCE_FILE_BYTES
from advisor.core.types import FitLevel, ModelSpec

M3_16 = {
    "ram": {"total_bytes": 16 * 2**30},
    "gpus": [{"name": "Apple M3"}],
    "cpu": {"brand": "Apple M3"},
    "os": "macOS",
}


def _typed(parameters: float, quant: str, **more: object) -> ModelSpec:
    return ModelSpec(parameters=parameters, quant=quant, experts=32, active_experts=4, **more)


def _published(est):
    return [r for r in est.remarks if r.code == "published_file"]


def test_gpt_oss_20b_typed_by_its_size_is_its_published_file_as_the_recommendation_sizes_it():
    mac = load_profile(M3_16)
    est = estimate(_typed(21e9, "Q8_0"), mac)
    (said,) = _published(est)
    assert said.values == {
        "model": "gpt-oss-20b",
        "quant": "Q8_0",
        "file_bytes": REFERENCE_FILE_BYTES["gpt-oss-20b"]["Q8_0"],
    }
    assert est.fit != FitLevel.TOO_LARGE and est.memory.weights_bytes == REFERENCE_FILE_BYTES["gpt-oss-20b"]["Q8_0"]
    # the recommendation's figure for the same file on the same Mac
    named = next(r for r in recommend(mac).reasons if r.values.get("model") == "gpt-oss-20b")
    assert named.values["quant"] == "Q8_0" and named.values["tokens_per_second"] == est.tokens_per_second
    english = sizing.remark(Speaker("en"), said.code, said.values)
    assert english.startswith(
        "No file size was given: gpt-oss-20b's published Q8_0 file (11.3 GiB) and gpt-oss-20b's architecture are sized"
    )
    assert "archivo Q8_0 publicado de gpt-oss-20b" in sizing.remark(Speaker("es"), said.code, said.values)


@pytest.mark.parametrize(
    ("typed", "published"),
    [("MXFP4", "Q8_0"), ("Q6_K", "Q8_0"), ("Q3_K_M", "Q4_K_M"), ("Q4_0", "Q4_K_M"), ("IQ2_XXS", "Q4_K_M")],
)
def test_a_quant_no_one_publishes_is_the_next_larger_published_file(typed, published):
    est = estimate(_typed(GPT_OSS_20B.parameters, typed), load_profile(M3_16))
    (said,) = _published(est)
    assert said.values["quant"] == published and est.quant == published


@pytest.mark.parametrize(
    "spec",
    [
        _typed(21e9, "Q8_0", file_size_bytes=13 * 2**30),  # its own size given
        ModelSpec(parameters=21e9, quant="Q8_0"),  # no experts: the mixture look-alike's remark, not this
        _typed(23e9, "Q8_0"),  # not that model's size
        _typed(21e9, "Q8_0", layers=36),  # a layout of its own: another model (code review)
        _typed(21e9, "F16"),  # larger than any file the table has: sized as typed
        ModelSpec(parameters=QWEN_3_30B_A3B.parameters, quant="Q8_0", experts=128, active_experts=8),  # no MXFP4
    ],
)
def test_anything_else_is_sized_as_typed(spec):
    assert not _published(estimate(spec, load_profile(M3_16)))


def test_the_cli_says_it_beside_the_weights(capsys, tmp_path):
    hardware = tmp_path / "mac.json"
    hardware.write_text(json.dumps(M3_16), encoding="utf-8")
    argv = ["estimate", "--hardware", str(hardware), "--params", "21B", "--experts", "32", "--active-experts", "4"]
    assert main([*argv, "--quant", "Q8_0", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "weights 11.3 GiB" in out and "gpt-oss-20b's published Q8_0 file" in out and "too large" not in out


def test_typed_by_its_size_it_is_placed_as_the_models_list_places_that_file(capsys):
    """gpt-oss-20b's Q8_0 typed by its size on a 12 GB RTX 3060 with 16 GB was "-ngl 23" (its shape borrowed
    without the sliding window, a KV cache 1.7x as large) where the Models list's file said "--n-cpu-moe 2":
    one file, two ways to load it. With that model's architecture both say the same."""
    hardware = "tests/data/machines/gaming-rtx3060-12gb-16gb.json"
    typed = ["--params", "21B", "--experts", "32", "--active-experts", "4", "--quant", "Q8_0"]
    assert main(["estimate", "--hardware", hardware, *typed, "--json"]) == 0
    est = json.loads(capsys.readouterr().out)
    assert main(["models", "--hardware", hardware, "--search", "gpt-oss 20b", "--offline", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    (q8,) = [
        f
        for c in listed["candidates"]
        if c["repo_id"] == "unsloth/gpt-oss-20b-GGUF"
        for f in c["files"]
        if f["quant"] == "Q8_0"
    ]
    assert q8["size_bytes"] == est["memory"]["weights_bytes"]  # the same file
    assert (est["fit"], est["n_cpu_moe"]) == (q8["fit"], q8["n_cpu_moe"]) == ("partial_offload", 2)
    assert est["tokens_per_second"] == pytest.approx(q8["tokens_per_second"], rel=0.01)
    assert not [r for r in est["remarks"] if r["code"] == "shape_from_reference"]
