"""A quantised KV cache with flash attention (`-ctk q8_0 -ctv q8_0 -fa on`) against a real llama-server.

llama.cpp quantises the V cache only with flash attention; the estimate's `kv_type="q8_0"` is that layout. The
server's own log lines (KV buffer, compute buffer) and its resident memory after a prompt longer than one
micro-batch are compared with the estimate, beside the same model with the default F16 cache.
"""

from __future__ import annotations

import re

import pytest

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.sizing import estimate
from advisor.core.sizing.memory import compute_bytes, kv_cache_bytes
from advisor.core.sizing.shape import complete_shape
from tests.core.sizing.profiles import machine
from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import LlamaServer, logged_mib

pytestmark = pytest.mark.server
MiB = 2**20
CTX = 16384


@pytest.mark.parametrize("kv_type", ["q8_0", "f16"])
def test_a_q8_0_cache_with_flash_attention_matches_llama_server(tmp_path, llama_server_bin, kv_type):
    path = write_llama_gguf(
        tmp_path / "m.gguf", n_embd=512, n_head=8, n_head_kv=4, n_layer=6, n_ff=1024, n_ctx_train=32768
    )
    spec = spec_from_gguf(read_gguf(path))
    shape = complete_shape(spec)
    args = ["-v", "-fa", "on", "-ctk", kv_type, "-ctv", kv_type]
    with LlamaServer(path, ctx_size=CTX, extra_args=args, binary=llama_server_bin) as server:
        server.complete()
        rss = server.rss_bytes()
        log = server.log_text()
    assert re.search(rf"K \({kv_type}\).*V \({kv_type}\)", log)
    # q8_0: 34 bytes per 32 values, K and V, every layer, the context padded to 256 cells: exactly as logged
    assert kv_cache_bytes(spec, shape, CTX, kv_type) / MiB == pytest.approx(logged_mib(log, "KV"), abs=0.01)
    if kv_type == "q8_0":
        assert kv_cache_bytes(spec, shape, CTX, "q8_0") * 32 == kv_cache_bytes(spec, shape, CTX, "f16") * 17
    # the compute buffer does not grow with the cache type: within 5 % or 1.5 MiB (here 0.02 MiB under)
    logged = logged_mib(log, "compute")
    assert compute_bytes(spec, shape, CTX) / MiB == pytest.approx(logged, rel=0.05, abs=1.5)
    predicted = estimate(spec, machine(), context=CTX, kv_type=kv_type).memory.ram_bytes
    assert abs(predicted - rss) <= max(0.10 * rss, 150 * MiB), (predicted / MiB, rss / MiB)
    print(f"{kv_type}: predicted {predicted / MiB:.1f} MiB, RSS {rss / MiB:.1f} MiB")
