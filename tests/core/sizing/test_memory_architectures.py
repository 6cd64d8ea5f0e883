"""The memory model for MoE, MLA and hybrid-recurrent architectures against a real llama-server.

Each case writes a small random-weight GGUF of that architecture (tests/support/gguf_factory.py), starts
llama-server on it (CPU, one slot), generates a few tokens after a prompt longer than one micro-batch, and compares
what the server logs (KV cache, recurrent state `RS`, compute buffer) and its resident memory with the estimate.
"""

from __future__ import annotations

import dataclasses

import pytest

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.sizing import estimate, reasons
from advisor.core.sizing.memory import (
    GPU_RUNTIME_BYTES,
    compute_bytes,
    graph_metadata_bytes,
    host_compute_bytes_with_gpu,
    host_runtime_bytes,
    kv_cache_bytes,
    per_layer_embedding_bytes,
    recurrent_state_bytes,
)
from advisor.core.sizing.shape import complete_shape
from advisor.core.types import FitLevel, GpuVendor
from tests.core.sizing.profiles import machine, nvidia
from tests.support.gguf_factory import (
    write_arch_gguf,
    write_deepseek2_gguf,
    write_deepseek4_gguf,
    write_falcon_h1_gguf,
    write_gemma3_gguf,
    write_gemma3n_gguf,
    write_gemma4_gguf,
    write_gpt_oss_gguf,
    write_granitehybrid_gguf,
    write_jamba_gguf,
    write_kimi_linear_gguf,
    write_lfm2_gguf,
    write_mimo2_gguf,
    write_minimax_m3_gguf,
    write_nemotron_h_gguf,
    write_plamo2_gguf,
    write_qwen3moe_gguf,
    write_qwen3next_gguf,
    write_step35_gguf,
)
from tests.support.llama_server import LlamaServer, logged_mib

MiB = 2**20
CTX = 4096


def _run(path, binary, ctx: int = CTX, threads: int = 2) -> tuple[int, str]:
    with LlamaServer(path, ctx_size=ctx, extra_args=["-v"], binary=binary, threads=threads) as server:
        server.complete()  # more than one 512-token micro-batch: the whole compute buffer is used
        return server.rss_bytes(), server.log_text()


def _gemma4_moe(path):
    return write_gemma4_gguf(path, n_embd_per_layer=0, n_expert=8, n_head_kv_full=1, shared_kv_layers=0)


def _deepseek32(path):
    return write_deepseek2_gguf(path, mla=True, indexer=(4, 64))


def _kimi_wide_kda(path):
    return write_kimi_linear_gguf(path, n_head=4, kda_head_dim=128, n_ff=256, n_ff_exp=64)


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
    # Gemma 3n: 25 layers, of which only the first 20 keep a KV cache (16 sliding, 4 full); per-layer inputs
    # (256 per layer and token) set the compute buffer's peak; at two contexts
    "gemma3n": (write_gemma3n_gguf, 20, 0, True),
    "gemma3n-16k": (write_gemma3n_gguf, 20, 0, True),
    # Gemma 4 E-style: 10 layers, the last 5 share the cache (`shared_kv_layers` from the file), sliding layers
    # with 64-wide heads and full ones with 128-wide heads, per-layer inputs of 64 per layer; at two contexts
    "gemma4": (write_gemma4_gguf, 5, 0, True),
    "gemma4-16k": (write_gemma4_gguf, 5, 0, True),
    # Gemma 4 26B-A4B style: every layer routes to 2 of 8 experts beside its dense feed-forward, the full layers
    # have 1 KV head and the sliding ones 2 (a per-layer head_count_kv)
    "gemma4-moe": (_gemma4_moe, 10, 0, True),
    "gemma4-moe-16k": (_gemma4_moe, 10, 0, True),
    # DeepSeek-V3.2 (deepseek32): the MLA latent plus the lightning indexer's own key cache (one 64-wide head per
    # layer and cell), and the indexer's scores over the whole context in the compute buffer; at two contexts
    "deepseek32": (_deepseek32, 3, 0, True),
    "deepseek32-16k": (_deepseek32, 3, 0, True),
    # DeepSeek-V4 (llama_kv_cache_dsv4): a K-only 128-token window cache on every layer, compressed caches on the
    # ratio-4 (with the indexer's keys) and ratio-128 layers, and the compressors' f32 state; at two contexts
    "deepseek4": (write_deepseek4_gguf, 4, 0, True),
    "deepseek4-16k": (write_deepseek4_gguf, 4, 0, True),
    # Kimi-Linear: 3 Kimi Delta Attention layers (recurrent: q/k/v convolutions and a head_dim² state per head)
    # and 1 MLA layer (the latent only); the dense lead's feed-forward sets the peak; at two contexts
    "kimi-linear": (write_kimi_linear_gguf, 1, 3, True),
    "kimi-linear-16k": (write_kimi_linear_gguf, 1, 3, True),
    # 128-wide KDA heads (d_inner 512) and a narrow feed-forward: the KDA block sets the peak
    "kimi-linear-wide-kda": (_kimi_wide_kda, 1, 3, True),
    # MiniMax-M3 (llama_kv_cache_msa): K and V on every layer, the indexer's key + V after the dense lead, and
    # the block-sparse layers' per-head f32 masks in the compute buffer; at two contexts
    "minimax-m3": (write_minimax_m3_gguf, 4, 0, True),
    "minimax-m3-8k": (write_minimax_m3_gguf, 4, 0, True),
    # MiMo-V2-Flash (mimo2): the file lists the sliding layers (6 of 8, window 128) and the KV heads per layer (2 on
    # the sliding layers, 1 on the full ones), keys 192 wide and values 128; at two contexts
    "mimo2": (write_mimo2_gguf, 8, 0, True),
    "mimo2-16k": (write_mimo2_gguf, 8, 0, True),
    # Step-3.5-Flash (step35): per-layer query heads (6 on the sliding layers, 4 on the full ones), the sliding
    # layers listed in the file, a head-wise attention gate, routed experts beside a shared expert; at two contexts
    "step35": (write_step35_gguf, 8, 0, True),
    "step35-16k": (write_step35_gguf, 8, 0, True),
}
# the context of the cases that do not run at CTX
CONTEXTS = {
    "gemma3n-16k": 16384,
    "gemma4-16k": 16384,
    "gemma4-moe-16k": 16384,
    "deepseek32-16k": 16384,
    "deepseek4-16k": 16384,
    "kimi-linear-16k": 16384,
    "minimax-m3-8k": 8192,
    "mimo2-16k": 16384,
    "step35-16k": 16384,
}
# Gemma 3n's graph has ~4,000 small nodes per token: two threads that wait for each other at every node on a busy
# 2-core machine take a second per token, one thread 8 ms (the buffers do not depend on it)
THREADS = {
    "gemma3n": 1,
    "gemma3n-16k": 1,
    "gemma4": 1,
    "gemma4-16k": 1,
    "gemma4-moe": 1,
    "gemma4-moe-16k": 1,
    "deepseek4": 1,
    "deepseek4-16k": 1,
    "kimi-linear": 1,
    "kimi-linear-16k": 1,
    "kimi-linear-wide-kda": 1,
    "minimax-m3": 1,
    "minimax-m3-8k": 1,
    "mimo2": 1,
    "mimo2-16k": 1,
    "step35": 1,
    "step35-16k": 1,
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
    # Gemma 3n: 25 layers, 20 with a KV cache (llama.cpp's n_layer_kv_from_start), of which 16 slide (pattern
    # 4 in 5); the per-layer token embedding (256 × 25 per token, F16) is counted apart, as a host tensor
    gemma3n = spec_from_gguf(read_gguf(tmp_path / "gemma3n.gguf"))
    assert (gemma3n.layers, gemma3n.attention_layers, gemma3n.sliding_window_layers) == (25, 20, 16)
    assert gemma3n.per_layer_embedding_bytes == 2 * 256 * 25 * gemma3n.vocab
    # Gemma 4: n_layer_kv_from_start = 10 - shared_kv_layers 5 (src/models/gemma4.cpp); of the 5 cached layers 4
    # slide with 2 KV heads of 64 (key_length_swa) and 1 is full with 2 KV heads of 128 (key_length): per cell
    # 4·2·(64 + 64) elements over the window and 2·(128 + 128) over the context (llama_hparams::n_embd_k_gqa(il))
    gemma4 = spec_from_gguf(read_gguf(tmp_path / "gemma4.gguf"))
    assert (gemma4.attention_layers, gemma4.sliding_window_layers) == (5, 4)
    assert (gemma4.kv_swa_cell_elements, gemma4.kv_full_cell_elements) == (4 * 2 * 128, 2 * 256)
    assert gemma4.per_layer_input_width == 64 and complete_shape(gemma4).per_layer_inputs == 640
    # the MoE style: no shared layers, per-layer KV heads (2 on the 8 sliding layers, 1 on the 2 full ones)
    moe = spec_from_gguf(read_gguf(tmp_path / "gemma4-moe.gguf"))
    assert (moe.kv_swa_cell_elements, moe.kv_full_cell_elements) == (8 * 2 * 128, 2 * 1 * 256)
    assert complete_shape(moe).per_layer_inputs == 0
    # DeepSeek-V3.2: per cell the latent (1 head of kv_lora_rank 128 + rope 32) and the indexer's key (64) on each
    # of the 3 layers (src/llama-kv-cache-dsa.cpp: a second llama_kv_cache, one head of indexer_head_size, no V)
    dsa = spec_from_gguf(read_gguf(tmp_path / "deepseek32.gguf"))
    assert (dsa.kv_full_cell_elements, dsa.kv_swa_cell_elements, dsa.indexer_query_width) == (3 * (160 + 64), 0, 256)
    # DeepSeek-V4: all 4 layers in the window cache (one 128-wide K head each); the compressed caches: layers 1
    # and 3 (ratio 4) with the indexer's 64-wide key, layer 2 (ratio 128)
    dsv4 = spec_from_gguf(read_gguf(tmp_path / "deepseek4.gguf"))
    assert (dsv4.sliding_window, dsv4.sliding_window_layers, dsv4.kv_swa_cell_elements) == (128, 4, 4 * 128)
    assert dsv4.kv_compressed_cell_elements == ((4, 2 * (128 + 64)), (128, 128))
    # Kimi-Linear: per KDA layer 3·(4 − 1)·4·64 convolution values + 64²·4 state values (f32); the KDA block's
    # widths (n_head × kda.head_dim) stand in for the SSM ones; the MLA layer's latent: 128 + 32 per cell
    kimi = spec_from_gguf(read_gguf(tmp_path / "kimi-linear.gguf"))
    assert kimi.recurrent_state_bytes == 3 * 4 * (3 * 3 * 4 * 64 + 64 * 64 * 4)
    assert (kimi.ssm_inner, kimi.ssm_state, kimi.ssm_heads, kimi.kv_lora_rank) == (256, 64, 4, 128)
    # MiniMax-M3: 4 layers × 2 KV heads × (64 + 64), and on the 3 sparse layers the indexer's 32-wide key + V 64
    m3 = spec_from_gguf(read_gguf(tmp_path / "minimax-m3.gguf"))
    assert m3.kv_full_cell_elements == 4 * 2 * 128 + 3 * (32 + 64)
    # MiMo-V2 (src/models/mimo2.cpp: `is_swa_impl` from the file's pattern, n_embd_k_gqa(il) from its per-layer KV
    # heads): per cell 6 sliding layers × 2 heads × (192 + 128) over the window, 2 full layers × 1 head × 320
    mimo = spec_from_gguf(read_gguf(tmp_path / "mimo2.gguf"))
    assert (mimo.sliding_window, mimo.sliding_window_layers) == (128, 6)
    assert (mimo.kv_swa_cell_elements, mimo.kv_full_cell_elements) == (6 * 2 * 320, 2 * 1 * 320)
    # Step-3.5 (src/models/step35.cpp): the same KV heads on every layer, 6 of 8 layers slide; the attention's
    # width is the sliding layers' 6 query heads, the widest
    step = spec_from_gguf(read_gguf(tmp_path / "step35.gguf"))
    assert (step.sliding_window, step.sliding_window_layers, step.kv_heads, step.heads) == (128, 6, 2, 6)


def test_gemma3n_per_layer_embeddings_stay_in_host_ram(tmp_path):
    """With every layer on a GPU, Gemma 3n's per-layer token embeddings (an input tensor, like the token
    embedding: llama.cpp keeps it on the CPU) are counted in RAM and not in VRAM, and the CPU's small compute
    buffer holds their look-up; a shape without the file's tensor table gets them from the vocabulary."""
    spec = spec_from_gguf(read_gguf(write_gemma3n_gguf(tmp_path / "g.gguf")))
    shape = complete_shape(spec)
    est = estimate(spec, machine(gpus=(nvidia(),)), context=CTX)
    assert est.fit == FitLevel.FULL_GPU
    assert spec.file_size_bytes and spec.per_layer_embedding_bytes and spec.token_embedding_bytes
    kv, compute = kv_cache_bytes(spec, shape, CTX, "f16"), compute_bytes(spec, shape, CTX)
    # the layers and the output (tied: a GPU copy of the token embedding), not the per-layer embeddings
    on_gpu = spec.file_size_bytes - spec.per_layer_embedding_bytes
    assert est.memory.vram_bytes == on_gpu + kv + compute + GPU_RUNTIME_BYTES[GpuVendor.NVIDIA]
    host = spec.token_embedding_bytes + spec.per_layer_embedding_bytes
    runtime = host_runtime_bytes(shape) + graph_metadata_bytes(spec, CTX)
    assert est.memory.ram_bytes == host + host_compute_bytes_with_gpu(shape, CTX) + runtime
    ub = 512
    assert host_compute_bytes_with_gpu(shape, CTX) == ub * 4 * (2 * 256 + 2 * 256 * 25) + CTX * ub * 2
    without = dataclasses.replace(spec, per_layer_embedding_bytes=None)  # F16: 2 bytes per value, as in the file
    assert per_layer_embedding_bytes(without, shape) == spec.per_layer_embedding_bytes
    assert reasons.NOTE_RECURRENT_STATE not in est.notes  # 5 layers share a cache: no recurrent state


def _header_only(tmp_path, arch: str, md: dict[str, object], layers: int = 8):
    """A header of `arch` with these keys (no server: the layer rules come from llama.cpp's source)."""
    md = {"block_count": layers, "embedding_length": 256, "attention.head_count": 4, **md}
    tensors = [("token_embd.weight", (256, 512)), ("blk.0.attn_q.weight", (256, 256))]
    return spec_from_gguf(read_gguf(write_arch_gguf(tmp_path / f"{arch}.gguf", arch, md, tensors, n_vocab=512)))


def test_layer_rules_read_from_source_for_architectures_without_a_server_row(tmp_path):
    """Sliding-window layouts, multi-token-prediction layers and per-layer head sizes that today's small files
    do not run through llama-server; each assertion cites the rule in llama.cpp's source."""
    # llama_hparams::set_swa_pattern(4, dense_first=true) (src/models/smallthinker.cpp, cohere2moe.cpp,
    # laguna.cpp): layers 0 and 4 keep the context, the other 6 of 8 slide
    for arch in ("smallthinker", "cohere2moe", "laguna"):
        spec = _header_only(tmp_path, arch, {"attention.sliding_window": 4096})
        assert spec.sliding_window_layers == 6, arch
    # load_swa_pattern(ml, 8) (src/models/plamo3.cpp): 7 of every 8 slide; 4 (exaone-moe.cpp, mellum.cpp)
    assert _header_only(tmp_path, "plamo3", {"attention.sliding_window": 2048}, 16).sliding_window_layers == 14
    assert _header_only(tmp_path, "mellum", {"attention.sliding_window": 2048}).sliding_window_layers == 6
    # llama_model::create_memory filters the trunk (`il < n_layer()`, n_layer() = n_layer_all - n_layer_nextn):
    # GLM-4.5's MTP layer keeps no KV cache in the main context
    glm = _header_only(tmp_path, "glm4moe", {"nextn_predict_layers": 1, "attention.head_count_kv": 2})
    assert (glm.layers, glm.attention_layers) == (8, 7)
    # Kimi-Linear (src/models/kimi-linear.cpp: `is_recr[i] = n_head_kv(i) == 0`; llama_hparams::n_embd_r/n_embd_s
    # for `kda.head_dim`): 2 MLA layers with a latent cache, 6 KDA layers each with 3·(d_conv − 1)·n_head·head_dim
    # convolution values and head_dim²·n_head state values
    kimi = _header_only(
        tmp_path,
        "kimi-linear",
        {
            "attention.head_count_kv": [0, 0, 0, 1] * 2,
            "attention.kv_lora_rank": 128,
            "attention.key_length": 160,
            "attention.value_length": 128,
            "attention.key_length_mla": 96,
            "attention.value_length_mla": 64,
            "ssm.conv_kernel": 4,
            "kda.head_dim": 64,
        },
    )
    assert (kimi.attention_layers, kimi.kv_lora_rank) == (2, 128)
    assert kimi.recurrent_state_bytes == 6 * 4 * (3 * 3 * 4 * 64 + 64 * 64 * 4)
    # MiMo-V2 / Step-3.5 style (src/models/mimo2.cpp, step35.cpp: the file's per-layer pattern and KV heads, and
    # `key_length_swa`): per cell, the sliding layers' n_head_kv(il) × (k_swa + v_swa), the full ones' own widths
    mimo = _header_only(
        tmp_path,
        "mimo2",
        {
            "attention.head_count": 16,
            "attention.sliding_window": 128,
            "attention.sliding_window_pattern": [i % 4 != 3 for i in range(8)],
            "attention.head_count_kv": [8 if i % 4 != 3 else 4 for i in range(8)],
            "attention.key_length": 192,
            "attention.value_length": 128,
            "attention.key_length_swa": 192,
            "attention.value_length_swa": 128,
        },
    )
    assert (mimo.sliding_window_layers, mimo.kv_swa_cell_elements, mimo.kv_full_cell_elements) == (
        6,
        6 * 8 * (192 + 128),
        2 * 4 * (192 + 128),
    )


@pytest.mark.server
@pytest.mark.parametrize("name", list(CASES))
def test_buffers_and_resident_memory_match_llama_server(tmp_path, llama_server_bin, name):
    write, _, _, compute_modelled = CASES[name]
    ctx = CONTEXTS.get(name, CTX)
    path = write(tmp_path / f"{name}.gguf")
    spec = spec_from_gguf(read_gguf(path))
    shape = complete_shape(spec)
    rss, log = _run(path, llama_server_bin, ctx, THREADS.get(name, 2))
    assert kv_cache_bytes(spec, shape, ctx, "f16") / MiB == pytest.approx(logged_mib(log, "KV"), abs=0.01)
    # the fixed state: recurrent layers' (RS) and DeepSeek-V4's compressors' (`DSV4 csa|hca|lid state`)
    state = logged_mib(log, "RS", required=False) + logged_mib(log, r"DSV4 \w+ state", required=False)
    assert recurrent_state_bytes(spec) / MiB == pytest.approx(state, abs=0.01)
    if compute_modelled:
        logged = logged_mib(log, "compute")
        assert compute_bytes(spec, shape, ctx) / MiB == pytest.approx(logged, rel=0.05, abs=1.5)
        assert compute_bytes(spec, shape, ctx) / MiB >= logged - 0.01  # an under-estimate is the dangerous side
    predicted = estimate(spec, machine(), context=ctx).memory.ram_bytes
    assert abs(predicted - rss) <= max(0.10 * rss, 150 * MiB), (predicted / MiB, rss / MiB)
    print(f"{name}: predicted {predicted / MiB:.1f} MiB, RSS {rss / MiB:.1f} MiB")


def test_own_cache_classes_read_from_source(tmp_path):
    """The architectures whose caches llama.cpp builds with a class of its own (src/llama-model.cpp
    llama_model::create_memory), each sized from a header as that class's constructor sizes it; KV at f16."""
    # DeepSeek-V4 (llama_kv_cache_dsv4): every layer slides over the window (set_swa_pattern(0)), K only, one
    # 512-wide KV head: 4 × 512 per window cell; the ratio-4 layers (1, 3) add K + one indexer key (128) per
    # compressed cell, pad(ceil(4096 / 4), 256) = 1024 cells; the ratio-128 layer (2) 512 per cell over
    # pad(ceil(4096 / 128), 256) = 256 cells; compressor states f32: per CSA layer 2 × (2·512) × 8 + 2 × (2·128) × 8,
    # per HCA layer 2 × 512 × 128
    dsv4 = _header_only(
        tmp_path,
        "deepseek4",
        {
            "attention.head_count_kv": 1,
            "attention.key_length": 512,
            "attention.value_length": 512,
            "attention.sliding_window": 128,
            "attention.compress_ratios": [0, 4, 128, 4],
            "attention.indexer.key_length": 128,
        },
        layers=4,
    )
    assert (dsv4.sliding_window_layers, dsv4.kv_full_cell_elements, dsv4.kv_swa_cell_elements) == (4, 0, 4 * 512)
    assert dsv4.kv_compressed_cell_elements == ((4, 2 * (512 + 128)), (128, 512))
    window = 768  # pad(128 + 512, 256)
    expected = 2 * (4 * 512 * window + 2 * 640 * 1024 + 512 * 256)
    assert kv_cache_bytes(dsv4, complete_shape(dsv4), CTX, "f16") == expected  # 5.75 MiB, not 32 MiB
    assert recurrent_state_bytes(dsv4) == 4 * (2 * (2 * 1024 * 8 + 2 * 256 * 8) + 2 * 512 * 128)
    # MiniMax-M3 (llama_kv_cache_msa): K and V on every layer, and the indexer's cache (one head of its key length
    # beside a V of value_length: built from the model's hparams, not an MLA model) after the 1 leading dense layer
    m3 = _header_only(
        tmp_path,
        "minimax-m3",
        {
            "attention.head_count_kv": 2,
            "attention.key_length": 64,
            "attention.value_length": 64,
            "attention.indexer.key_length": 32,
            "leading_dense_block_count": 1,
        },
        layers=4,
    )
    assert m3.kv_full_cell_elements == 4 * 2 * 128 + 3 * (32 + 64)
    mla = {
        "attention.head_count_kv": 1,
        "attention.kv_lora_rank": 128,
        "attention.key_length": 160,
        "attention.value_length": 128,
        "attention.key_length_mla": 96,
        "attention.value_length_mla": 64,
        "attention.indexer.key_length": 64,
        "attention.indexer.top_k": 64,
    }
    # Hunyuan V4 (hy_v4, llama_kv_cache_dsa without a filter): the latent on all 8 layers, the indexer's keys on
    # the 4 layers `attention.indexer.types` marks
    hy = _header_only(tmp_path, "hy_v4", {**mla, "attention.indexer.types": [1, 0] * 4})
    assert hy.kv_full_cell_elements == 8 * 160 + 4 * 64
    # a hostile file marking layers with huge or negative numbers: still four marked layers, never a negative cache
    odd = _header_only(tmp_path, "hy_v4", {**mla, "attention.indexer.types": [-(2**31), 0, 2**31 - 1, 0] * 2})
    assert odd.kv_full_cell_elements == 8 * 160 + 4 * 64
    # GLM-5-Next (llama_memory_hybrid_idx): KDA layers (head_count_kv 0) recurrent; the latent on the 2 attention
    # layers, the indexer's keys 3 rows wide (indexer_kpool_row: the k-pool) on both
    kda = {"ssm.conv_kernel": 4, "kda.head_dim": 64}
    glm = _header_only(
        tmp_path, "glm5-next", {**mla, **kda, "attention.head_count_kv": [0, 0, 0, 1] * 2, "attention.indexer.kpool": 4}
    )
    assert (glm.attention_layers, glm.kv_full_cell_elements) == (2, 2 * 160 + 2 * 64 * 3)
    assert glm.recurrent_state_bytes == 6 * 4 * (3 * 3 * 4 * 64 + 64 * 64 * 4)
    # Kimi-K3 and Ling 3 (bailingmoe3): KDA hybrids with the default `!is_recr(il)` filter, which keeps the MTP
    # layer's latent in the main context (2 trunk attention layers + the MTP layer)
    for arch in ("kimi-k3", "bailingmoe3"):
        heads = {"attention.head_count_kv": [0, 0, 0, 1, 0, 0, 0, 1, 1], "nextn_predict_layers": 1}
        spec = _header_only(tmp_path, arch, {**mla, **kda, **heads}, layers=9)
        assert (spec.attention_layers, spec.kv_lora_rank) == (3, 128), arch
        assert spec.recurrent_state_bytes == 6 * 4 * (3 * 3 * 4 * 64 + 64 * 64 * 4), arch
    # Qwen4-Exp (llama_memory_hybrid_idx): every 4th trunk layer attends (K and V) with the QSA indexer's keys,
    # 2 rows (raw and pooled: a compress ratio is set); gated delta-net state on the other 6; the PLE module's
    # convolution history (ple.conv_kernel − 1) × ngram × hyper-connections × n_embd on its recurrent layer 0
    qwen = _header_only(
        tmp_path,
        "qwen4exp",
        {
            "attention.head_count_kv": 2,
            "attention.key_length": 64,
            "attention.value_length": 64,
            "attention.indexer.key_length": 32,
            "attention.compress_ratios": [0, 0, 0, 4, 0, 0, 0, 4],
            "ssm.conv_kernel": 4,
            "ssm.inner_size": 512,
            "ssm.state_size": 64,
            "ssm.group_count": 4,
            "ssm.time_step_rank": 8,
            "hyper_connection.count": 4,
            "ple.layers": [0],
            "ple.conv_kernel": 3,
            "ple.ngram_size": 2,
        },
    )
    assert (qwen.attention_layers, qwen.kv_full_cell_elements) == (2, 2 * 2 * 128 + 2 * 32 * 2)
    assert qwen.recurrent_state_bytes == 6 * 4 * (3 * (512 + 2 * 4 * 64) + 64 * 512) + 4 * 2 * 2 * 4 * 256
    # Qwen3-Next family: create_memory's filters stop at n_layer(), so the MTP layer keeps no KV cache
    next_mtp = _header_only(tmp_path, "qwen35", {"nextn_predict_layers": 1, "ssm.inner_size": 512}, layers=9)
    assert next_mtp.attention_layers == 2  # layers 3 and 7 of the 8-layer trunk
    # MiniMax-Text-01: lightning attention on all but every 8th layer, a state of key_length² × n_head f32 each
    m01 = _header_only(tmp_path, "minimax-01", {"attention.head_count_kv": 2, "attention.key_length": 64}, layers=16)
    assert (m01.attention_layers, m01.recurrent_state_bytes) == (2, 14 * 4 * 64 * 64 * 4)


def test_embedding_and_diffusion_models_get_no_kv_cache(tmp_path):
    """llama_model::create_memory returns no memory for the BERT family, Gemma Embedding and the diffusion models
    (src/llama-model.cpp): no KV cache is counted, and the estimate says nothing of a recurrent state."""
    for arch in ("bert", "nomic-bert", "modern-bert", "gemma-embedding", "dream", "llada", "llada-moe", "rnd1", "clef"):
        spec = _header_only(tmp_path, arch, {"attention.sliding_window": 512})
        assert (spec.attention_layers, spec.sliding_window_layers) == (0, None), arch
        assert kv_cache_bytes(spec, complete_shape(spec), CTX, "f16") == 0, arch
        est = estimate(spec, machine(), context=CTX)
        assert est.memory.kv_cache_bytes == 0 and reasons.NOTE_RECURRENT_STATE not in est.notes, arch
