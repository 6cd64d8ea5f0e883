"""The "How to load it" line of an estimate sized with a quantized KV cache carries that cache: LM Studio's "K/V
Cache Quantization Type" settings and llama.cpp's -ctk/-ctv. Newcomer round: on an 8 GB M1 the q8_0 tip said "29 of
its 32 layers on the GPU … -ctk q8_0 -ctv q8_0", and the estimate with `--kv-type q8_0` then said only "-ngl 29 -c
16384": pasted as shown, the f16 cache (twice as large) overflowed the layout the speed was sized for."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.messages import Speaker, sizing
from advisor.core.servers.command_line import parse

MACHINES = Path(__file__).resolve().parents[2] / "data" / "machines"
MAC_8GB = MACHINES / "apple-m1-8gb.json"
MOE_SPLIT = MACHINES / "gaming-rtx4060-8gb-32gb.json"


def _how_rows(out: str) -> tuple[str, str]:
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(("How to load it", "Cómo cargarlo")))
    return lines[start], lines[start + 1]


def _flags(llama_row: str) -> list[str]:
    """The flags of "llama.cpp: -ngl 29 -c 16384 -ctk q8_0 -ctv q8_0." as a person pastes them."""
    return shlex.split(llama_row.split("llama.cpp:", 1)[1].strip().removesuffix("."))


@pytest.mark.parametrize(
    ("machine", "model", "context", "cache"),
    [
        (MAC_8GB, "Llama-3.1-8B", "16384", ["--kv-type", "q8_0"]),
        (MOE_SPLIT, "Qwen3-30B-A3B", "32768", ["--kv-type", "q8_0"]),
        (MOE_SPLIT, "Qwen3-30B-A3B", "32768", ["-ctk", "q8_0", "-ctv", "q4_0"]),
        (MAC_8GB, "Llama-3.2-3B", "4096", ["-ctk", "q8_0"]),  # loads as usual: the cache alone
        # bf16 is no quantization: no flash attention asked for (code review: "Turn Flash Attention on" for bf16)
        (MAC_8GB, "Llama-3.2-3B", "8192", ["--kv-type", "bf16", "--flash-attn", "off"]),
    ],
)
def test_the_flags_pasted_load_the_cache_and_placement_that_were_sized(machine, model, context, cache, capsys):
    argv = ["estimate", "--hardware", str(machine), "--model", model, "--context", context, *cache]
    assert main([*argv, "--json"]) == 0
    sized = json.loads(capsys.readouterr().out)
    assert main([*argv, "--lang", "en"]) == 0
    lm_studio, llama = _how_rows(capsys.readouterr().out)
    pasted = parse(["llama-server", "-m", "model.gguf", *_flags(llama)])
    assert not pasted.problems
    assert (pasted.cache_type_k or "f16", pasted.cache_type_v or "f16") == (
        sized["cache_type_k"],
        sized["cache_type_v"],
    )
    if sized["n_cpu_moe"]:
        assert pasted.n_cpu_moe == sized["n_cpu_moe"]
    elif sized["fit"] == "partial_offload":
        assert pasted.gpu_layers == sized["gpu_layers"]
    assert pasted.ctx_size == (int(context) if context != "4096" else None)
    k, v = sized["cache_type_k"].upper(), sized["cache_type_v"].upper()
    if k == v:
        assert f"“K Cache Quantization Type” and “V Cache Quantization Type” to {k}" in lm_studio
    else:
        assert f"“K Cache Quantization Type” to {k}" in lm_studio
        assert ("“V Cache Quantization Type”" in lm_studio) == (v != "F16")
    quantized_v = v not in ("F16", "BF16", "F32")  # llama.cpp quantizes V only with flash attention
    assert ("Turn “Flash Attention” on" in lm_studio) == quantized_v
    assert (pasted.flash_attn == "on") == quantized_v


def test_an_f16_cache_adds_nothing_and_the_spanish_line_says_the_same(capsys):
    argv = ["estimate", "--hardware", str(MAC_8GB), "--model", "Llama-3.1-8B", "--context", "16384"]
    assert main([*argv, "--lang", "en"]) == 0
    lm_studio, llama = _how_rows(capsys.readouterr().out)
    assert "Cache Quantization" not in lm_studio and "-ctk" not in llama
    assert main([*argv, "--kv-type", "q8_0", "--lang", "es"]) == 0
    lm_studio, llama = _how_rows(capsys.readouterr().out)
    assert "Pon también “K Cache Quantization Type” y “V Cache Quantization Type” en Q8_0." in lm_studio
    assert "Activa “Flash Attention”" in lm_studio and llama.rstrip().endswith("-ctk q8_0 -ctv q8_0 -fa on.")


def test_a_model_that_does_not_run_is_not_told_its_cache_settings():
    said = sizing.how_to_load(Speaker("en"), None, 16384, runs=False, kv_types=("q8_0", "q8_0"))
    assert said is None
