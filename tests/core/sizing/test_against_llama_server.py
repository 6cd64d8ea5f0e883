"""The memory model against what a real llama-server allocates (its own log lines and its resident memory)."""

from __future__ import annotations

import json
import re
import urllib.request

import pytest

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.sizing import estimate
from advisor.core.sizing.memory import compute_bytes, kv_cache_bytes
from advisor.core.sizing.shape import complete_shape
from tests.core.sizing.profiles import machine
from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import LlamaServer

pytestmark = pytest.mark.server
MiB = 2**20
# ~620 tokens with the generated vocabulary: more than one 512-token micro-batch, so the whole compute buffer is used
PROMPT = "hola modelo local servidor texto resumen datos prueba rápido memoria " * 9


def _logged_mib(log: str, what: str) -> float:
    """The last `<what> buffer size = N MiB` line (llama.cpp logs a dry run first, then the real one)."""
    values = re.findall(rf"CPU\s+{what} buffer size =\s+([\d.]+) MiB", log)
    assert values, f"no '{what} buffer size' line in the server log"
    return float(values[-1])


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
        body = json.dumps({"prompt": PROMPT, "n_predict": 8}).encode()
        req = urllib.request.Request(
            server.base_url + "/completion", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=60) as resp:
            assert resp.status == 200
        rss = server.rss_bytes()
        log = server.log_text()
    predicted_kv = kv_cache_bytes(spec, complete_shape(spec), ctx, "f16") / MiB
    predicted_compute = compute_bytes(spec, complete_shape(spec), ctx) / MiB
    assert predicted_kv == pytest.approx(_logged_mib(log, "KV"), abs=0.01)  # padded to 256 cells, exactly
    assert predicted_compute == pytest.approx(_logged_mib(log, "compute"), rel=0.05)
    predicted_ram = estimate(spec, machine(), context=ctx).memory.ram_bytes
    assert predicted_ram == pytest.approx(rss, rel=0.10)
