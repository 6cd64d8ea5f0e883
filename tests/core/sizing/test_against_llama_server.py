"""The memory model against what a real llama-server allocates (its own log lines and its resident memory)."""

from __future__ import annotations

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


@pytest.mark.parametrize(
    ("ctx", "shape"),
    [
        (1000, dict(n_embd=256, n_head=8, n_head_kv=2, n_layer=4, n_ff=768, n_vocab=4000)),
        (4096, dict(n_embd=512, n_head=8, n_head_kv=8, n_layer=3, n_ff=1536, n_vocab=8000)),
    ],
)
def test_kv_and_compute_buffers_match_llama_cpp(tmp_path, llama_server_bin, ctx, shape):
    path = write_llama_gguf(tmp_path / "m.gguf", n_ctx_train=32768, **shape)
    spec = spec_from_gguf(read_gguf(path))
    with LlamaServer(path, ctx_size=ctx, extra_args=["-v"], binary=llama_server_bin) as server:
        server.complete()  # more than one 512-token micro-batch: the whole compute buffer is used
        rss = server.rss_bytes()
        log = server.log_text()
    predicted_kv = kv_cache_bytes(spec, complete_shape(spec), ctx, "f16") / MiB
    predicted_compute = compute_bytes(spec, complete_shape(spec), ctx) / MiB
    assert predicted_kv == pytest.approx(logged_mib(log, "KV"), abs=0.01)  # padded to 256 cells, exactly
    assert predicted_compute == pytest.approx(logged_mib(log, "compute"), rel=0.05)
    predicted_ram = estimate(spec, machine(), context=ctx).memory.ram_bytes
    assert predicted_ram == pytest.approx(rss, rel=0.10)
