"""Files that keep a mixture's experts in MXFP4 whatever their name (every published gpt-oss quant; llama-quantize's
MXFP4_MOE type, which writes the other weights in Q8_0) decode those experts with the MXFP4 kernel. Rating the whole
read by the name gave gpt-oss-20b's Q8_0 127 tokens/s, its MXFP4 119 and its Q4_K_M 120 on one card, for files of
nearly one size, and the Models list ranked the Q8_0 above the format LM Studio downloads."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from advisor.cli.main import main
from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing.estimate import estimate
from advisor.core.sizing.memory import output_bytes
from advisor.core.sizing.shape import complete_shape
from advisor.core.sizing.speed import expert_quants
from advisor.core.sizing.tiers import GPT_OSS_20B, QWEN_3_30B_A3B, reference_at

MACHINES = Path(__file__).parents[2] / "data" / "machines"


def _listed_speeds(capsys) -> dict[tuple[str, str], float]:
    """(repo, quant) → tokens/s of the gpt-oss-20b files the offline Models list offers a 24 GB RX 7900 XTX."""
    argv = ["models", "--offline", "--search", "gpt-oss-20b", "--json"]
    assert main([*argv, "--hardware", str(MACHINES / "desktop-rx7900xtx-24gb-32gb.json")]) == 0
    speeds = {}
    for repo in json.loads(capsys.readouterr().out)["candidates"]:
        for f in repo["files"]:
            assert f["fit"] == "full_gpu"
            speeds[(repo["repo_id"], f["quant"])] = f["tokens_per_second"]
    return speeds


def test_gpt_oss_files_of_one_size_decode_at_one_speed(capsys):
    speeds = _listed_speeds(capsys)
    q8 = speeds[("unsloth/gpt-oss-20b-GGUF", "Q8_0")]
    mxfp4 = speeds[("bartowski/openai_gpt-oss-20b-GGUF", "MXFP4")]
    q4 = speeds[("unsloth/gpt-oss-20b-GGUF", "Q4_K_M")]
    # Q8_0 and MXFP4 are 12.1 GB each, experts in MXFP4 and the rest in Q8_0: one speed, not 6 % apart
    assert abs(q8 - mxfp4) <= 0.01 * mxfp4
    # the Q4_K_M is 4 % lighter in its attention only: never slower than the Q8_0, never faster by more than that
    assert q8 <= q4 <= 1.05 * q8


def test_the_experts_kernel_weighs_only_where_the_file_keeps_them_apart():
    assert expert_quants(reference_at(GPT_OSS_20B, "Q8_0")) == ("MXFP4", "Q8_0")
    assert expert_quants(reference_at(GPT_OSS_20B, "Q4_K_M")) == ("MXFP4", "Q4_K_M")
    # MXFP4_MOE on any mixture: the experts' 3-D tensors in MXFP4, every other weight in Q8_0 (llama-quant.cpp)
    assert expert_quants(dataclasses.replace(QWEN_3_30B_A3B, quant="MXFP4_MOE")) == ("MXFP4", "Q8_0")
    # a Qwen3 mixture at Q8_0 has its experts at Q8_0; a dense model has no experts to weigh apart
    assert expert_quants(reference_at(QWEN_3_30B_A3B, "Q8_0")) is None
    dense = dataclasses.replace(GPT_OSS_20B, experts=None, active_experts=None, active_parameters=None)
    assert expert_quants(dataclasses.replace(dense, quant="Q8_0")) is None


def test_a_q8_0_mixture_keeps_its_own_speed():
    """Only files whose experts sit at another quant move: a Qwen3-30B-A3B Q8_0 is read with the Q8_0 kernel alone,
    so it keeps its lead over its Q4_K_M per byte read (the same speed per byte as before this rule)."""
    profile = load_profile(MACHINES / "desktop-rx7900xtx-24gb-32gb.json")
    q8 = estimate(reference_at(QWEN_3_30B_A3B, "Q8_0"), profile)
    q4 = estimate(reference_at(QWEN_3_30B_A3B, "Q4_K_M"), profile)
    assert q8.tokens_per_second and q4.tokens_per_second
    assert q4.tokens_per_second > q8.tokens_per_second  # fewer bytes, a slower kernel, still faster


def test_an_mxfp4_files_output_matrix_is_q8_0():
    """llama-quantize's MXFP4_MOE writes the output matrix in Q8_0 (it was sized at Q6_K, 0.14 GB light, and the
    layers read that much more per token)."""
    spec = reference_at(GPT_OSS_20B, "MXFP4")
    shape = complete_shape(spec)
    q8 = output_bytes(reference_at(GPT_OSS_20B, "Q8_0"), shape, 0)
    assert output_bytes(spec, shape, 0) == q8 == int(201088 * 2880 * 8.5 / 8)
