"""The memory model of four sliding-window architectures against a real llama-server.

Granite SWA (`granite_swa`), dots.llm3 Note (`dots3note`), Maple (`maple`) and Spark-X2.5 (`spark2_5`): each case
writes a small random-weight GGUF in that architecture's tensor layout (tests/support/gguf_factory_swa.py), starts
llama-server on it at 4,096 and 16,384 tokens (CPU, one slot), generates a few tokens after a prompt longer than
one micro-batch, and compares the KV cache (both caches of a sliding-window model, summed), the compute buffer and
the resident memory with the estimate.
"""

from __future__ import annotations

import pytest

from advisor.core.catalog.shapes import shape_from_info, spec_for
from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.sizing import estimate
from advisor.core.sizing.memory import checkpoint_bytes, compute_bytes, kv_cache_bytes, recurrent_state_bytes
from advisor.core.sizing.shape import complete_shape
from tests.core.sizing.profiles import machine
from tests.core.sizing.test_memory_architectures import _run
from tests.support.gguf_factory_swa import (
    write_dots3note_gguf,
    write_granite_swa_gguf,
    write_maple_gguf,
    write_spark2_5_gguf,
)
from tests.support.llama_server import logged_mib

MiB = 2**20
CONTEXTS = (4096, 16384)


def _granite_swa_moe(path):
    """GraniteMoeSWA: 2 of 8 routed experts (a fused gate+up tensor) beside a shared expert as wide as both."""
    return write_granite_swa_gguf(path, n_expert=8, n_expert_used=2, n_ff=128, n_ff_shexp=256)


# (writer, layers with a KV cache, of which sliding)
CASES = {
    # 2 of 8 layers keep the context; per-head attention sinks on every layer; a SwiGLU feed-forward
    "granite_swa": (write_granite_swa_gguf, 8, 6),
    "granite_swa-moe": (_granite_swa_moe, 8, 6),
    # the full layers' MLA latent (128 + 32) and indexer keys (64) over the context, the sliding layers' smaller
    # latent (64 + 32) over the window; 8 query heads on the sliding layers, 4 on the full ones
    "dots3note": (write_dots3note_gguf, 8, 6),
    # routed experts on every layer, 4 of 6 layers slide over 256 tokens
    "maple": (write_maple_gguf, 6, 4),
    # fused QKV and a head-wise attention gate, 6 of 8 layers slide over 512 tokens
    "spark2_5": (write_spark2_5_gguf, 8, 6),
}


def test_layer_rules_read_from_the_header(tmp_path):
    """No server needed: which layers slide and what each cache keeps per cell, as llama.cpp's source sets them."""
    for name, (write, kv_layers, sliding) in CASES.items():
        spec = spec_from_gguf(read_gguf(write(tmp_path / f"{name}.gguf")))
        assert (spec.attention_layers, spec.sliding_window_layers) == (kv_layers, sliding), name
    # dots3note (llama_kv_cache_dsa_iswa): K only (MLA), one KV head; the DSA cache holds layers 0 and 4 (key_length
    # 160) and the indexer's 64-wide keys on the layers `attention.indexer.types` marks (the same two); the window
    # cache the other 6 (key_length_swa 96); the full layers' 4 heads set the attention block's width
    dots = spec_from_gguf(read_gguf(tmp_path / "dots3note.gguf"))
    assert (dots.kv_full_cell_elements, dots.kv_swa_cell_elements) == (2 * 160 + 2 * 64, 6 * 96)
    assert (dots.heads, dots.mla_attention_heads, dots.indexer_query_width) == (8, 4, 4 * 64)
    assert complete_shape(dots).value_dim == 0
    # a chat's checkpoint keeps the window's cells of the sliding layers only: 128 cells × 6 × 96 f16 values
    assert checkpoint_bytes(dots, complete_shape(dots), 4096, "f16") == 128 * 6 * 96 * 2
    # the catalogue, reading the same header from the Hub, sizes it alike (the full layers' heads included)
    info = read_gguf(tmp_path / "dots3note.gguf")
    summary = {"id": "someone/dots-GGUF", "parameters": dots.parameters}
    hub = spec_for(summary, shape_from_info(info), dots.quant, int(dots.file_size_bytes or 0))
    assert (hub.mla_attention_heads, hub.kv_full_cell_elements, hub.kv_swa_cell_elements) == (4, 448, 576)
    # the plain layers (granite_swa, maple, spark2_5): the same KV heads and head size on every layer
    for name in ("granite_swa", "maple", "spark2_5"):
        spec = spec_from_gguf(read_gguf(tmp_path / f"{name}.gguf"))
        assert spec.kv_full_cell_elements is None and spec.mla_attention_heads is None, name


@pytest.mark.server
@pytest.mark.parametrize("ctx", CONTEXTS)
@pytest.mark.parametrize("name", list(CASES))
def test_buffers_and_resident_memory_match_llama_server(tmp_path, llama_server_bin, name, ctx):
    path = CASES[name][0](tmp_path / f"{name}.gguf")
    spec = spec_from_gguf(read_gguf(path))
    shape = complete_shape(spec)
    rss, log = _run(path, llama_server_bin, ctx, 1)
    # a sliding-window model logs a KV buffer per cache (dots3note three: latent, indexer keys, window), summed
    assert kv_cache_bytes(spec, shape, ctx, "f16") / MiB == pytest.approx(logged_mib(log, "KV"), abs=0.01)
    assert recurrent_state_bytes(spec) == 0 and logged_mib(log, "RS", required=False) == 0
    logged = logged_mib(log, "compute")
    predicted_compute = compute_bytes(spec, shape, ctx) / MiB
    assert predicted_compute == pytest.approx(logged, rel=0.05, abs=1.5)
    assert predicted_compute >= logged - 0.01  # an under-estimate is the dangerous side
    predicted = estimate(spec, machine(), context=ctx).memory.ram_bytes
    assert abs(predicted - rss) <= max(0.10 * rss, 150 * MiB), (predicted / MiB, rss / MiB)
    print(f"{name} @ {ctx}: predicted {predicted / MiB:.1f} MiB, RSS {rss / MiB:.1f} MiB")
