"""The check after load sizes llama-server's KV cache from the context it was started with, not from `/props`'s
`n_ctx` (one slot's limit, capped at the model's trained context): `-c` above the trained context,
`--kv-unified-per-slot N` without `-c` (a pool of `-np` × N), and `-c 0` with it (the trained context, the slots
capped below it). Against the real llama-server: the prediction is within the sizing engine's target of what the
process uses, with the flag that sized it listed; the figure from `/props` alone is not."""

from __future__ import annotations

import pytest

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.hardware.profile_io import load_profile
from advisor.core.servers import after_load as al
from advisor.core.servers import command_line as cl
from advisor.core.sizing import estimate
from advisor.core.sizing.memory import kv_cache_bytes
from advisor.core.sizing.shape import complete_shape
from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import LlamaServer, logged_mib

GiB, MiB = 2**30, 2**20
CPU_ONLY = {"ram": {"total_bytes": 16 * GiB, "available_bytes": 12 * GiB, "bandwidth_gbps": 20}, "gpus": []}


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    """Two files whose KV cache (32 KiB a token) is large beside their weights: trained for 2,048 and 16,384."""
    folder = tmp_path_factory.mktemp("started_context")
    shape = {"n_embd": 512, "n_head": 8, "n_layer": 16, "n_ff": 512, "tensor_type": "F16"}
    return {
        2048: write_llama_gguf(folder / "t2k.gguf", n_ctx_train=2048, **shape),
        16384: write_llama_gguf(folder / "t16k.gguf", n_ctx_train=16384, **shape),
    }


def within_target(predicted: int, used: int) -> bool:
    return abs(predicted - used) <= max(0.10 * predicted, 150 * MiB)


@pytest.mark.server
@pytest.mark.parametrize(
    ("trained", "ctx_size", "extra", "cells", "said"),
    [
        (2048, 8192, [], 8192, ("--ctx-size 8192",)),  # -c above training: 8,192 cells, /props says 2,048
        (16384, None, ["--kv-unified-per-slot", "2048"], 4 * 2048, ("--kv-unified-per-slot 2048",)),
        (16384, 0, ["--kv-unified-per-slot", "2048"], 16384, ("--ctx-size 0", "--kv-unified-per-slot 2048")),
    ],
)
def test_the_kv_cache_is_the_started_contexts(models, llama_server_bin, trained, ctx_size, extra, cells, said):
    path = models[trained]
    spec, profile = spec_from_gguf(read_gguf(path)), load_profile(CPU_ONLY)
    # llama-server's default -np (4 slots sharing one cache); no checkpoints: the prompt leaves only what is counted
    args = ["-v", "-ctxcp", "0", *extra]
    with LlamaServer(path, ctx_size=ctx_size, extra_args=args, parallel=None, binary=llama_server_bin) as server:
        server.complete("hola modelo local " * 20, n_predict=4)
        checked = al.after_load(server.base_url + "/v1", profile)
        log = server.log_text()
    assert checked.context == 2048  # /props: one slot's limit
    layout = cl.parse(["llama-server", *extra]).kv_layout(checked.slots)
    assert kv_cache_bytes(spec, complete_shape(spec), cells, "f16", layout=layout) / MiB == pytest.approx(
        logged_mib(log, "KV"), abs=0.01
    )
    assert checked.started_with == said
    assert checked.used_bytes is not None and checked.predicted_bytes is not None
    assert checked.memory_gap == "close" and within_target(checked.predicted_bytes, checked.used_bytes)
    assert al.MEMORY_GAP_UNEXPLAINED not in [r.code for r in checked.explanations]
    # what /props's context alone predicts (one slot's limit as the whole cache) is off target
    from_props = estimate(spec, profile, context=2048, kv_layout=layout)
    assert not within_target(from_props.memory.ram_bytes, checked.used_bytes)


@pytest.mark.parametrize(
    ("argv", "props", "cells"),
    [
        (["-c", "8192"], 2048, 8192),  # -c pins the cache whatever the trained context
        (["-c", "0"], 2048, 2048),  # the trained context: /props says it
        (["--kv-unified-per-slot", "1024"], 1024, 4 * 1024),  # no -c: -np auto (4) × N
        (["-np", "2", "--kv-unified-per-slot", "1024"], 1024, 2 * 1024),
        (["-c", "0", "-np", "2", "--kv-unified-per-slot", "1024"], 1024, 2 * 2048),  # trained, in each stream
        (["-c", "6000", "--kv-unified-per-slot", "1024"], 1024, 6000),
        ([], 2048, 2048),  # nothing said: /props's context in each stream
        (["-np", "2"], 1024, 2 * 1024),
    ],
)
def test_the_started_cells_follow_llama_servers_rules(argv, props, cells):
    flags = cl.parse(["llama-server", *argv])
    assert cl.started_cells(flags, props, 2048, flags.kv_layout())[0] == cells


def test_the_per_slot_flag_is_read_from_the_environment_too():
    flags = cl.parse(["llama-server"], {"LLAMA_ARG_KV_UNIFIED_PER_SLOT": "3000"})
    assert flags.kv_unified_per_slot == 3000
    assert flags.shown["kv_unified_per_slot"] == "LLAMA_ARG_KV_UNIFIED_PER_SLOT=3000"
    assert cl.started_cells(flags, 3000, 32768, flags.kv_layout())[0] == 4 * 3000
