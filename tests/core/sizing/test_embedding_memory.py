"""Embedding encoders (BERT family) against a real `llama-server --embedding`: no KV cache, and a compute buffer
that does not grow with the context.

llama.cpp gives these models no memory (llama_model::create_memory), so their attention is not causal and runs
over the micro-batch alone (llm_graph_context::build_attn_inp_no_cache: a `ub × ub` mask, not the decoder's
`n_ctx × ub`), and they produce a pooled embedding, not logits. Each case writes a small random-weight BERT-layout
file (tests/support/gguf_factory_embedding.py), asks the server for one embedding and compares the compute buffer
it logs and its resident memory with the estimate.
"""

from __future__ import annotations

import dataclasses
import json
import urllib.request

import pytest

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.sizing import estimate
from advisor.core.sizing.memory import compute_bytes, kv_cache_bytes
from advisor.core.sizing.shape import complete_shape
from tests.core.sizing.profiles import machine
from tests.support.gguf_factory_embedding import write_bert_gguf
from tests.support.llama_server import LlamaServer, logged_mib

MiB = 2**20
PROMPT = "hola modelo local servidor texto resumen datos prueba "  # ~54 tokens with the test vocabulary

# (writer arguments, context): bge-small / all-MiniLM's widths, bge-base's at a long context, a feed-forward
# narrower than the attention block (its peak), and a context below one micro-batch
CASES = {
    "bge-small": ({}, 4096),
    "bge-base-16k": ({"n_embd": 768, "n_ff": 3072}, 16384),
    "narrow-ffn": ({"n_embd": 512, "n_ff": 256, "n_head": 8}, 4096),
    "ctx-256": ({}, 256),
}


def _embed(base_url: str, text: str) -> list[float]:
    body = json.dumps({"input": text}).encode()
    req = urllib.request.Request(base_url + "/v1/embeddings", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        assert resp.status == 200
        embedding: list[float] = json.loads(resp.read())["data"][0]["embedding"]
        return embedding


def test_an_embedding_encoder_s_compute_buffer_does_not_grow_with_the_context(tmp_path):
    """No server: a BERT file's compute buffer is the micro-batch's (`ub × ub` mask), the same at 4K and 128K
    tokens, and far below the causal decoder rule it had before (`n_ctx × ub` mask: 128 MiB more at 128K)."""
    spec = spec_from_gguf(read_gguf(write_bert_gguf(tmp_path / "bert.gguf")))
    shape = complete_shape(spec)
    assert spec.architecture == "bert" and kv_cache_bytes(spec, shape, 4096, "f16") == 0
    ub = 512
    assert compute_bytes(spec, shape, 4096) == compute_bytes(spec, shape, 131072)
    assert compute_bytes(spec, shape, 4096) == ub * 4 * (1536 + 5 * 384) + 2 * ub * ub + 16 * 1024
    decoder = compute_bytes(dataclasses.replace(spec, architecture="llama"), shape, 131072)
    assert decoder - compute_bytes(spec, shape, 131072) > 128 * MiB


@pytest.mark.server
@pytest.mark.parametrize("name", list(CASES))
def test_embedding_buffers_and_resident_memory_match_llama_server(tmp_path, llama_server_bin, name):
    kwargs, ctx = CASES[name]
    path = write_bert_gguf(tmp_path / f"{name}.gguf", **kwargs)
    spec = spec_from_gguf(read_gguf(path))
    shape = complete_shape(spec)
    with LlamaServer(path, ctx_size=ctx, extra_args=["-v", "--embedding"], binary=llama_server_bin) as server:
        # a request of most of one micro-batch (or of the whole context when it is smaller)
        vector = _embed(server.base_url, PROMPT * (8 if ctx > 256 else 3))
        rss, log = server.rss_bytes(), server.log_text()
    assert len(vector) == spec.embedding
    assert "KV buffer size" not in log[log.rfind("output buffer size") :]
    assert kv_cache_bytes(spec, shape, ctx, "f16") == 0
    logged = logged_mib(log, "compute")
    predicted = compute_bytes(spec, shape, ctx) / MiB
    assert predicted == pytest.approx(logged, rel=0.05, abs=1.5)
    assert predicted >= logged - 0.01  # an under-estimate is the dangerous side
    ram = estimate(spec, machine(), context=ctx).memory.ram_bytes
    assert abs(ram - rss) <= max(0.10 * rss, 150 * MiB), (ram / MiB, rss / MiB)
    print(
        f"{name}: compute {predicted:.2f} MiB predicted, {logged:.2f} logged; "
        f"RAM {ram / MiB:.1f} vs RSS {rss / MiB:.1f}"
    )
