"""A long context's f16 KV cache that keeps a model off the GPU is said, with what a q8_0 cache would do (newcomer
round: a 14B on a 16 GB M1 Pro ran split at 30K and fell to the processor at 32K, 10 tokens/s, never told that LM
Studio's KV cache quantisation keeps it on the GPU)."""

from __future__ import annotations

import dataclasses

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import Speaker, sizing
from advisor.core.sizing import estimate
from advisor.core.sizing.tiers import QWEN_2_5_14B
from advisor.core.types import FitLevel

G = 2**30
MAC = load_profile({"ram": {"total_bytes": 16 * G}, "gpus": [{"name": "Apple M1 Pro (16-core GPU)"}], "os": "macOS"})
QWEN3_14B = dataclasses.replace(QWEN_2_5_14B, layers=40, heads=40, kv_heads=8, head_dim=128, parameters=14.8e9)
CODES = ("kv_q8_0_full_gpu", "kv_q8_0_more_gpu", "kv_q8_0_experts_in_ram")


def _hint(est):
    return [r for r in est.remarks if r.code in CODES]


def test_a_model_the_f16_cache_keeps_on_the_processor_is_told_what_q8_0_does():
    est = estimate(QWEN3_14B, MAC, context=32768)
    assert est.fit == FitLevel.CPU_ONLY
    (hint,) = _hint(est)
    q8 = estimate(QWEN3_14B, MAC, context=32768, kv_type="q8_0")
    # the figures are those of the estimate with that cache
    assert hint.values["gpu_layers"] == q8.gpu_layers and hint.values["tokens_per_second"] == q8.tokens_per_second
    assert (
        hint.values["kv_bytes"] == q8.memory.kv_cache_bytes < hint.values["f16_kv_bytes"] == est.memory.kv_cache_bytes
    )
    assert q8.tokens_per_second is not None and q8.tokens_per_second > (est.tokens_per_second or 0)
    said = sizing.remark(Speaker("es"), hint.code, hint.values)
    assert said.startswith("Con una caché KV q8_0 (") and "“K Cache Quantization Type”" in said


@pytest.mark.parametrize(
    ("context", "kv_type", "profile"),
    [
        (4096, "f16", MAC),  # a short context: the cache does not decide where the model runs
        (32768, "q8_0", MAC),  # already quantised
        (32768, "f16", load_profile({"ram": {"total_bytes": 32 * G}, "gpus": []})),  # no GPU to move it to
    ],
)
def test_nothing_is_said_where_the_cache_type_would_not_move_the_model(context, kv_type, profile):
    assert not _hint(estimate(QWEN3_14B, profile, context=context, kv_type=kv_type))


def test_a_mixture_is_told_the_experts_placement_its_q8_0_cache_runs_with_and_that_it_is_tight(tmp_path, capsys):
    """Newcomer round (a 24 GB M4 Pro, Qwen3-Coder-30B-A3B at 32K): the hint said "48 of its 48 layers run on the
    GPU" where `--kv-type q8_0` ran with the experts of 11 layers in RAM, tight; following the hint alone, the whole
    model went onto a 15.8 GiB Metal share and did not load."""
    import json

    from advisor.cli.main import main

    hw = tmp_path / "m4pro.json"
    hw.write_text(json.dumps({"ram": {"total_bytes": 24 * G}, "gpus": [{"name": "Apple M4 Pro"}], "battery": True}))
    argv = ["estimate", "--hardware", str(hw), "--model", "Qwen3-Coder-30B-A3B", "-c", "32768", "--json"]
    assert main(argv) == 0
    (hint,) = [r for r in json.loads(capsys.readouterr().out)["remarks"] if r["code"] in CODES]
    assert main([*argv, "--kv-type", "q8_0"]) == 0
    q8 = json.loads(capsys.readouterr().out)
    assert q8["n_cpu_moe"] > 0 and hint["code"] == "kv_q8_0_experts_in_ram"
    v = hint["values"]
    assert (v["n_cpu_moe"], v["tokens_per_second"], v["tight"]) == (
        q8["n_cpu_moe"],
        q8["tokens_per_second"],
        q8["tight"],
    )
    said = sizing.remark(Speaker("en"), hint["code"], v)
    assert f"-ngl 99 --n-cpu-moe {q8['n_cpu_moe']} -ctk q8_0 -ctv q8_0" in said and "48 of its 48" not in said
    assert said.endswith("It would be tight: close what you can before loading it.") == q8["tight"]
    spanish = sizing.remark(Speaker("es"), hint["code"], v)
    assert "los expertos de" in spanish and f"--n-cpu-moe {q8['n_cpu_moe']}" in spanish


def test_a_split_is_told_its_layers_in_lm_studio_and_llama_cpp():
    est = estimate(QWEN3_14B, MAC, context=32768)
    (hint,) = _hint(est)
    q8 = estimate(QWEN3_14B, MAC, context=32768, kv_type="q8_0")
    said = sizing.remark(Speaker("en"), hint.code, hint.values)
    if hint.code == "kv_q8_0_more_gpu":
        assert f"“GPU Offload” to {q8.gpu_layers}" in said and f"-ngl {q8.gpu_layers} -ctk q8_0" in said
    else:
        assert hint.code == "kv_q8_0_full_gpu" and q8.fit == FitLevel.FULL_GPU


@pytest.mark.parametrize("bad", [float("nan"), -3, 1e25, "11"])
def test_a_saved_report_s_layer_count_no_flag_could_carry_gives_no_flags(bad):
    values = {"kv_bytes": 1, "f16_kv_bytes": 2, "n_cpu_moe": bad, "total_layers": 48, "tokens_per_second": 5.0}
    said = sizing.remark(Speaker("en"), "kv_q8_0_experts_in_ram", {**values, "tight": False})
    assert "--n-cpu-moe" not in said
