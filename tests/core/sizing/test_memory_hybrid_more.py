"""The memory model for Qwen4-Exp, MiniMax-Text-01 and Hunyuan V4 against a real llama-server.

Each case writes a small random-weight GGUF in that architecture's real tensor layout
(tests/support/gguf_factory_hybrid.py), starts llama-server on it (CPU, one slot), generates a few tokens after a
prompt longer than one micro-batch, and compares what the server logs (KV caches, recurrent state `RS`, compute
buffer) and its resident memory with the estimate, at 4096 and 16384 tokens.
"""

from __future__ import annotations

import pytest

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.sizing import estimate
from advisor.core.sizing.memory import compute_bytes, kv_cache_bytes, recurrent_state_bytes
from advisor.core.sizing.shape import complete_shape
from tests.core.sizing.profiles import machine
from tests.core.sizing.test_memory_architectures import _run
from tests.support.gguf_factory_hybrid import write_hy_v4_gguf, write_minimax01_gguf, write_qwen4exp_gguf
from tests.support.llama_server import logged_mib

MiB = 2**20

# (writer, context)
CASES = {
    # Qwen4-Exp (llama_memory_hybrid_idx): 6 gated delta-net layers, 2 QSA attention layers whose indexer keys are
    # pooled over blocks of 4 cells (a raw and a pooled key per cell), 4 hyper-connection streams
    "qwen4exp": (write_qwen4exp_gguf, 4096),
    "qwen4exp-16k": (write_qwen4exp_gguf, 16384),
    # MiniMax-Text-01: 6 lightning-attention layers (a head_dim² state per head) and 2 softmax attention layers;
    # the per-head ubatch² decay matrices set the compute buffer's peak
    "minimax-01": (write_minimax01_gguf, 4096),
    "minimax-01-16k": (write_minimax01_gguf, 16384),
    # Hunyuan V4 (llama_kv_cache_dsa): the MLA latent on all 4 layers, the indexer's keys on the 2 marked ones,
    # 4 hyper-connection streams
    "hy_v4": (write_hy_v4_gguf, 4096),
    "hy_v4-16k": (write_hy_v4_gguf, 16384),
}


def test_header_reading_for_these_architectures(tmp_path):
    """No server needed: the layer split, the caches per cell and the widths that size the compute buffer."""
    qwen = spec_from_gguf(read_gguf(write_qwen4exp_gguf(tmp_path / "q.gguf")))
    # K and V of 2 KV heads × 64 on layers 3 and 7, and the indexer's 32-wide key twice (raw | pooled, kpool_row 2)
    assert (qwen.attention_layers, qwen.kv_full_cell_elements) == (2, 2 * 2 * 128 + 2 * 32 * 2)
    # gated delta-net: (d_conv − 1)(d_inner + 2·n_group·d_state) + d_state·d_inner, d_inner = 64 × 4 v heads
    assert qwen.recurrent_state_bytes == 6 * 4 * (3 * (256 + 2 * 2 * 64) + 64 * 256)
    assert (qwen.hyper_connections, qwen.indexer_pool) == (4, 4)
    assert spec_from_gguf(read_gguf(write_qwen4exp_gguf(tmp_path / "q0.gguf", compress_ratio=0))).indexer_pool is None
    m01 = spec_from_gguf(read_gguf(write_minimax01_gguf(tmp_path / "m.gguf")))
    # n_embd_s = head_dim² × n_head per lightning layer, no convolution
    assert (m01.attention_layers, m01.recurrent_state_bytes) == (2, 6 * 4 * 64 * 64 * 4)
    hy = spec_from_gguf(read_gguf(write_hy_v4_gguf(tmp_path / "h.gguf")))
    assert hy.kv_full_cell_elements == 4 * (128 + 32) + 2 * 64
    assert (hy.hyper_connections, hy.indexer_query_width) == (4, 4 * 64)
    # a full-attention checkpoint (no indexer.top_k): a plain latent cache, no indexer queries
    plain = spec_from_gguf(read_gguf(write_hy_v4_gguf(tmp_path / "h0.gguf", indexer=None)))
    assert (plain.kv_full_cell_elements, plain.indexer_query_width) == (4 * (128 + 32), None)


@pytest.mark.server
@pytest.mark.parametrize("name", list(CASES))
def test_buffers_and_resident_memory_match_llama_server(tmp_path, llama_server_bin, name):
    write, ctx = CASES[name]
    path = write(tmp_path / f"{name}.gguf")
    spec = spec_from_gguf(read_gguf(path))
    shape = complete_shape(spec)
    # ~650-1,050 small graph nodes per token: one thread (the buffers do not depend on it)
    rss, log = _run(path, llama_server_bin, ctx, 1)
    # the main and the indexer caches (two "KV buffer" lines, summed)
    assert kv_cache_bytes(spec, shape, ctx, "f16") / MiB == pytest.approx(logged_mib(log, "KV"), abs=0.01)
    assert recurrent_state_bytes(spec) / MiB == pytest.approx(logged_mib(log, "RS", required=False), abs=0.01)
    logged = logged_mib(log, "compute")
    assert compute_bytes(spec, shape, ctx) / MiB == pytest.approx(logged, rel=0.05, abs=1.5)
    assert compute_bytes(spec, shape, ctx) / MiB >= logged - 0.01  # an under-estimate is the dangerous side
    predicted = estimate(spec, machine(), context=ctx).memory.ram_bytes
    assert abs(predicted - rss) <= max(0.10 * rss, 150 * MiB), (predicted / MiB, rss / MiB)
    if ctx == 4096:  # the graph's bookkeeping (40 nodes per micro-batch token, ~24 MiB) counted
        assert abs(predicted - rss) <= 0.10 * rss, (predicted / MiB, rss / MiB)
    print(f"{name}: predicted {predicted / MiB:.1f} MiB, RSS {rss / MiB:.1f} MiB")
