"""The memory model for MoE, MLA and hybrid-recurrent architectures against a real llama-server.

Each case writes a small random-weight GGUF of that architecture (tests/support/gguf_factory.py), starts
llama-server on it (CPU, one slot), generates a few tokens after a prompt longer than one micro-batch, and compares
what the server logs (KV cache, recurrent state `RS`, compute buffer) and its resident memory with the estimate.
"""

from __future__ import annotations

import json
import re
import urllib.request

import pytest

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.sizing import estimate
from advisor.core.sizing.memory import compute_bytes, kv_cache_bytes, recurrent_state_bytes
from advisor.core.sizing.shape import complete_shape
from tests.core.sizing.profiles import machine
from tests.support.gguf_factory import (
    write_deepseek2_gguf,
    write_falcon_h1_gguf,
    write_gemma3_gguf,
    write_gpt_oss_gguf,
    write_granitehybrid_gguf,
    write_jamba_gguf,
    write_lfm2_gguf,
    write_nemotron_h_gguf,
    write_plamo2_gguf,
    write_qwen3moe_gguf,
    write_qwen3next_gguf,
)
from tests.support.llama_server import LlamaServer

MiB = 2**20
CTX = 4096
PROMPT = "hola modelo local servidor texto resumen datos prueba rápido memoria " * 9


def _logged_mib(log: str, what: str) -> float:
    """The server's own load (after its fitting pass, which logs the same lines): a sliding-window model logs two
    KV buffers (full-context and sliding-window layers), summed here."""
    last_load = log[log.rfind("output buffer size") :]
    return sum(float(v) for v in re.findall(rf"CPU\s+{what} buffer size =\s+([\d.]+) MiB", last_load))


def _run(path, binary) -> tuple[int, str]:
    with LlamaServer(path, ctx_size=CTX, extra_args=["-v"], binary=binary) as server:
        body = json.dumps({"prompt": PROMPT, "n_predict": 8}).encode()
        req = urllib.request.Request(
            server.base_url + "/completion", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=60) as resp:
            assert resp.status == 200
        return server.rss_bytes(), server.log_text()


# (writer, KV-cache layers, recurrent layers, compute buffer modelled: never below, within 5 % or 1.5 MiB;
# hybrids: the larger of the feed-forward and the recurrent block, with the attention mask)
CASES = {
    "qwen3moe": (write_qwen3moe_gguf, 2, 0, True),
    "qwen3next": (write_qwen3next_gguf, 2, 6, True),
    "granitehybrid": (write_granitehybrid_gguf, 2, 4, True),
    # a wider recurrent block (d_inner 1024 against a feed-forward of 512) sets the compute buffer's peak
    "granitehybrid-wide": (lambda p: write_granitehybrid_gguf(p, n_embd=512), 2, 4, True),
    "deepseek2-mla": (lambda p: write_deepseek2_gguf(p, mla=True), 3, 0, True),
    "deepseek2-old": (lambda p: write_deepseek2_gguf(p, mla=False), 3, 0, True),
    # Nemotron-H "M-M*-M": Mamba-2, MLP-only and attention-only layers; the MLP layers have neither memory
    "nemotron_h": (write_nemotron_h_gguf, 1, 3, True),
    # a wide squared-ReLU MLP (n_ff 3072 against d_inner 512) sets the compute buffer's peak
    "nemotron_h-wide-mlp": (lambda p: write_nemotron_h_gguf(p, n_ff=3072), 1, 3, True),
    # Jamba: Mamba-1 layers, one attention layer, routed experts on every other layer
    "jamba": (write_jamba_gguf, 1, 5, True),
    # a narrow feed-forward (n_ff 128) leaves the Mamba-1 block as the peak
    "jamba-narrow-ffn": (lambda p: write_jamba_gguf(p, n_ff=128), 1, 5, True),
    # Falcon-H1: attention and Mamba-2 side by side in every layer, so every layer has both memories
    "falcon-h1": (write_falcon_h1_gguf, 4, 4, True),
    # LFM2: short-convolution layers (a state of l_cache - 1 columns) and attention layers
    "lfm2": (write_lfm2_gguf, 2, 4, True),
    # a narrow feed-forward (n_ff 256 against embd 512) leaves the short-convolution block as the peak
    "lfm2-narrow-ffn": (lambda p: write_lfm2_gguf(p, n_embd=512, n_ff=256), 2, 4, True),
    # Granite 4 hybrid with a feed-forward 2× and 4× d_inner (4× and 8× the embedding): the SwiGLU tensors stack
    # above the Mamba-2 block's freed memory
    "granitehybrid-ffn-2x": (lambda p: write_granitehybrid_gguf(p, n_ff=1024), 2, 4, True),
    "granitehybrid-ffn-4x": (lambda p: write_granitehybrid_gguf(p, n_ff=2048), 2, 4, True),
    # Nemotron-H MoE (Nemotron 3 Nano): Mamba-2, routed squared-ReLU experts + a shared expert, attention
    "nemotron_h_moe": (lambda p: write_nemotron_h_gguf(p, pattern="ME*ME"), 1, 2, True),
    # LFM2-MoE: two leading dense layers (n_ff 768) wider than the two active experts (2 × 256) set the peak
    "lfm2moe": (lambda p: write_lfm2_gguf(p, n_expert=8), 2, 4, True),
    # gpt-oss: every other layer attends over a 128-token window (its own KV cells and mask), attention sinks
    "gpt-oss": (write_gpt_oss_gguf, 4, 0, True),
    # Gemma 3: 5 of 6 layers slide over a 512-token window
    "gemma3": (write_gemma3_gguf, 6, 0, True),
    # PLaMo 2: Mamba layers without groups, attention with a fused QKV
    "plamo2": (write_plamo2_gguf, 2, 2, True),
}


def test_header_reading_for_these_architectures(tmp_path):
    """No server needed: the layer split, the recurrent state and the expert width read from each header."""
    for name, (write, kv_layers, recurrent_layers, _) in CASES.items():
        info = read_gguf(write(tmp_path / f"{name}.gguf"))
        assert info.attention_layers == kv_layers, name
        assert info.recurrent_layers == recurrent_layers, name
    qwen = read_gguf(tmp_path / "qwen3next.gguf")
    # n_embd_r = (d_conv - 1)(d_inner + 2·n_group·d_state) = 3·(512 + 512); n_embd_s = d_state·d_inner = 64·512
    assert qwen.recurrent_state_elements == 3 * 1024 + 64 * 512
    assert spec_from_gguf(qwen).recurrent_state_bytes == 6 * 4 * (3 * 1024 + 64 * 512)
    # the recurrent block's widths that size its part of the compute buffer
    assert (qwen.ssm_inner, qwen.ssm_state, qwen.ssm_groups, qwen.ssm_heads) == (512, 64, 4, 8)
    granite = spec_from_gguf(read_gguf(tmp_path / "granitehybrid.gguf"))
    assert (granite.ssm_inner, granite.ssm_state, granite.ssm_groups, granite.ssm_heads) == (512, 64, 1, 8)
    assert read_gguf(tmp_path / "qwen3moe.gguf").ssm_inner is None
    assert read_gguf(tmp_path / "qwen3moe.gguf").expert_feed_forward == 256
    assert read_gguf(tmp_path / "deepseek2-mla.gguf").kv_lora_rank == 128
    assert read_gguf(tmp_path / "deepseek2-old.gguf").kv_lora_rank is None  # no *_mla keys: full K and V
    # llama_hparams::n_embd_r() + n_embd_s(), f32, per recurrent layer (src/llama-hparams.cpp):
    # Mamba-2 (d_conv - 1)(d_inner + 2·n_group·d_state) + d_state·d_inner; Nemotron-H: d_inner 8·64, 2 groups of 64
    nemotron = read_gguf(tmp_path / "nemotron_h.gguf")
    assert nemotron.recurrent_state_elements == 3 * (512 + 2 * 2 * 64) + 64 * 512
    assert spec_from_gguf(nemotron).recurrent_state_bytes == 3 * 4 * (3 * 768 + 64 * 512)
    # Mamba-1 (no groups): (d_conv - 1)·d_inner + d_state·d_inner, d_inner = 2 × embd 256
    assert read_gguf(tmp_path / "jamba.gguf").recurrent_state_elements == 3 * 512 + 16 * 512
    falcon = read_gguf(tmp_path / "falcon-h1.gguf")
    assert falcon.recurrent_state_elements == 3 * (512 + 2 * 64) + 64 * 512
    # LFM2's short convolution: n_embd·(l_cache - 1), no second state
    assert read_gguf(tmp_path / "lfm2.gguf").recurrent_state_elements == 256 * 2
    # Nemotron-H MoE: the MoE layers (head_count_kv 0 but a feed-forward) are neither attention nor recurrent
    moe = spec_from_gguf(read_gguf(tmp_path / "nemotron_h_moe.gguf"))
    assert (moe.architecture, moe.experts, moe.active_experts, moe.expert_feed_forward) == ("nemotron_h_moe", 8, 2, 256)
    lfm2moe = spec_from_gguf(read_gguf(tmp_path / "lfm2moe.gguf"))
    assert lfm2moe.expert_layer_bytes is not None and lfm2moe.expert_layer_bytes[:2] == (0, 0)  # the dense lead
    # gpt-oss: layers 0 and 2 slide over 128 tokens (llama.cpp's pattern 2: every second layer keeps the context)
    oss = read_gguf(tmp_path / "gpt-oss.gguf")
    assert (oss.sliding_window, oss.sliding_window_layers) == (128, 2)
    # PLaMo 2 writes no groups: (d_conv - 1)·d_inner + d_state·d_inner, d_inner = 2 × embd 256
    assert read_gguf(tmp_path / "plamo2.gguf").recurrent_state_elements == 3 * 512 + 64 * 512


@pytest.mark.server
@pytest.mark.parametrize("name", list(CASES))
def test_buffers_and_resident_memory_match_llama_server(tmp_path, llama_server_bin, name):
    write, _, _, compute_modelled = CASES[name]
    path = write(tmp_path / f"{name}.gguf")
    spec = spec_from_gguf(read_gguf(path))
    shape = complete_shape(spec)
    rss, log = _run(path, llama_server_bin)
    assert kv_cache_bytes(spec, shape, CTX, "f16") / MiB == pytest.approx(_logged_mib(log, "KV"), abs=0.01)
    assert recurrent_state_bytes(spec) / MiB == pytest.approx(_logged_mib(log, "RS"), abs=0.01)
    if compute_modelled:
        logged = _logged_mib(log, "compute")
        assert compute_bytes(spec, shape, CTX) / MiB == pytest.approx(logged, rel=0.05, abs=1.5)
        assert compute_bytes(spec, shape, CTX) / MiB >= logged - 0.01  # an under-estimate is the dangerous side
    predicted = estimate(spec, machine(), context=CTX).memory.ram_bytes
    assert abs(predicted - rss) <= max(0.10 * rss, 150 * MiB), (predicted / MiB, rss / MiB)
    print(f"{name}: predicted {predicted / MiB:.1f} MiB, RSS {rss / MiB:.1f} MiB")
