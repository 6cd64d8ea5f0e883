"""llama-server's slots and KV-cache flags against the real server: its default `-np` (4 slots sharing one cache,
whose sliding-window layers keep a window each), `-np 4` (a cache per slot), `--swa-full` (full-size windows),
`-nkvo` read from the process, and the context checkpoints a prompt leaves. The KV cache predicted is the one the
server logs, and the check after load is within the sizing engine's target where the one-slot estimate (the
advisor's default) is not."""

from __future__ import annotations

import re

import pytest

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.hardware.profile_io import load_profile
from advisor.core.servers import after_load as al
from advisor.core.servers import command_line as cl
from advisor.core.sizing import estimate
from advisor.core.sizing.memory import kv_cache_bytes
from advisor.core.sizing.shape import complete_shape
from tests.support.gguf_factory import write_gemma3_gguf
from tests.support.llama_server import LlamaServer, logged_mib

pytestmark = pytest.mark.server
GiB, MiB = 2**30, 2**20
CPU_ONLY = {"ram": {"total_bytes": 16 * GiB, "available_bytes": 12 * GiB, "bandwidth_gbps": 20}, "gpus": []}
CONTEXT = 8192
# ~1,600 tokens with the generated vocabulary: fits one slot of -np 4 at 8192 (2,048), fills the compute buffer
PROMPT = "hola modelo local servidor texto resumen datos prueba rápido memoria " * 25


@pytest.fixture(scope="module")
def gemma3(tmp_path_factory):
    """Gemma 3's layout (10 of 12 layers on a 1,024-token window) with a KV cache large beside its weights."""
    folder = tmp_path_factory.mktemp("gemma3")
    return write_gemma3_gguf(
        folder / "gemma3.gguf",
        n_embd=512,
        n_layer=12,
        n_head=8,
        n_head_kv=8,
        head_dim=256,
        n_ff=1024,
        sliding_window=1024,
    )


def within_target(a: al.AfterLoad) -> bool:
    assert a.used_bytes is not None and a.predicted_bytes is not None
    return abs(a.predicted_bytes - a.used_bytes) <= max(0.10 * a.predicted_bytes, 150 * MiB)


@pytest.mark.parametrize(
    ("parallel", "extra", "said", "slots", "unified"),
    [
        (None, [], (), 4, True),  # llama-server's default -np: 4 slots, one cache, 4 windows + n_ubatch cells
        (4, [], ("--parallel 4",), 4, False),  # a cache per slot of 2,048 cells, each with its own window
        (1, ["--swa-full"], ("--swa-full",), 1, False),  # the window layers as long as the context
    ],
)
def test_the_kv_cache_of_llama_servers_slots_is_the_one_it_logs(
    gemma3, llama_server_bin, parallel, extra, said, slots, unified
):
    spec, profile = spec_from_gguf(read_gguf(gemma3)), load_profile(CPU_ONLY)
    args = ["-v", "-ctxcp", "0", *extra]  # no context checkpoints: the prompt leaves only what the estimate counts
    with LlamaServer(gemma3, ctx_size=CONTEXT, extra_args=args, parallel=parallel, binary=llama_server_bin) as server:
        server.complete(PROMPT, n_predict=4)
        checked = al.after_load(server.base_url + "/v1", profile)
        flags = cl.read_process(server.pid)
        log = server.log_text()
    layout = flags.kv_layout(checked.slots)
    assert (layout.slots, layout.unified) == (slots, unified)
    predicted = kv_cache_bytes(spec, complete_shape(spec), CONTEXT, "f16", layout=layout)
    assert predicted / MiB == pytest.approx(logged_mib(log, "KV"), abs=0.01)
    assert checked.started_with == said and (checked.slots, checked.kv_unified) == (slots, unified)
    assert checked.memory_gap == "close" and within_target(checked), (checked.predicted_bytes, checked.used_bytes)
    # the advisor's default (one slot, windows as long as they are) is off target for every one of them
    one_slot = estimate(spec, profile, context=CONTEXT)
    assert one_slot.memory.kv_cache_bytes / MiB < logged_mib(log, "KV") - 150
    assert abs(one_slot.memory.ram_bytes - (checked.used_bytes or 0)) > max(0.10 * one_slot.memory.ram_bytes, 150 * MiB)


def test_the_memory_a_prompts_checkpoints_hold_is_said_to_be_theirs(gemma3, llama_server_bin):
    profile = load_profile(CPU_ONLY)
    with LlamaServer(gemma3, ctx_size=CONTEXT, extra_args=["-v"], binary=llama_server_bin) as server:
        server.complete(PROMPT, n_predict=4)
        checked = al.after_load(server.base_url + "/v1", profile)
        log = server.log_text()
    made = re.findall(r"created context checkpoint \d+ of (\d+) .*size = ([\d.]+) MiB", log)
    assert made, "a prompt longer than a micro-batch makes checkpoints"
    assert checked.checkpoint_bytes is not None
    assert checked.checkpoint_bytes / MiB == pytest.approx(float(made[-1][1]), abs=0.05)
    assert checked.checkpoints == int(made[-1][0])  # --ctx-checkpoints (32) per slot, one slot here
    codes = [r.code for r in checked.explanations]
    assert checked.memory_gap == "more" and al.CONTEXT_CHECKPOINTS in codes
    assert al.MEMORY_GAP_UNEXPLAINED not in codes


def test_nkvo_is_read_from_the_running_server(gemma3, llama_server_bin):
    """A CPU build has no KV cache to keep off a GPU, but takes the flag: it is read, and on a PC with a graphics card
    the prediction keeps the KV cache in RAM."""
    spec = spec_from_gguf(read_gguf(gemma3))
    with LlamaServer(gemma3, ctx_size=4096, extra_args=["-nkvo"], binary=llama_server_bin) as server:
        flags = cl.read_process(server.pid)
    assert flags.kv_offload is False and flags.shown["kv_offload"] == "-nkvo" and flags.problems == ()
    gpu = load_profile(
        {
            "ram": {"total_bytes": 32 * GiB, "available_bytes": 24 * GiB, "bandwidth_gbps": 60},
            "gpus": [{"name": "NVIDIA GeForce RTX 4070", "vram_total_bytes": 12 * GiB, "vram_free_bytes": 11 * GiB}],
        }
    )
    kept = cl.as_started(spec, gpu, context=4096, flags=flags)
    offloaded = cl.as_started(spec, gpu, context=4096, flags=cl.parse(["llama-server", "-np", "1"]))
    kv = estimate(spec, gpu, context=4096).memory.kv_cache_bytes
    assert kept.used == ("-nkvo",)
    assert offloaded.vram_bytes - kept.vram_bytes == kv and kept.ram_bytes - offloaded.ram_bytes == kv
