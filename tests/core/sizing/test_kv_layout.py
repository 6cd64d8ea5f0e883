"""llama-server's slots and KV-cache flags in the estimate (memory.KvLayout), as llama.cpp lays the cache out
(src/llama-context.cpp, llama-kv-cache-iswa.cpp; checked against the real server's logged buffers in
tests/core/servers/test_after_load_slots.py), and as `llm-advisor estimate` takes them."""

from __future__ import annotations

import json

import pytest

from advisor.cli.main import main
from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.hardware.profile_io import load_profile
from advisor.core.servers import command_line as cl
from advisor.core.sizing import estimate, reasons
from advisor.core.sizing.memory import (
    LLAMA_SERVER_AUTO,
    KvLayout,
    checkpoint_bytes,
    context_per_slot,
    kv_cache_bytes,
    kv_cells,
)
from advisor.core.sizing.shape import complete_shape
from tests.support.gguf_factory import write_gemma3_gguf, write_llama_gguf, write_qwen3next_gguf

GiB, MiB = 2**30, 2**20
CPU_ONLY = {"ram": {"total_bytes": 16 * GiB, "available_bytes": 12 * GiB, "bandwidth_gbps": 20}, "gpus": []}
GPU_PC = {
    "ram": {"total_bytes": 32 * GiB, "available_bytes": 24 * GiB, "bandwidth_gbps": 60},
    "gpus": [{"name": "NVIDIA GeForce RTX 4070", "vram_total_bytes": 12 * GiB, "vram_free_bytes": 11 * GiB}],
}
WINDOW = 1024


@pytest.fixture(scope="module")
def gemma3(tmp_path_factory):
    path = write_gemma3_gguf(tmp_path_factory.mktemp("g") / "g.gguf", sliding_window=WINDOW)  # 5 of 6 on a window
    return spec_from_gguf(read_gguf(path))


def test_the_sliding_window_keeps_a_window_per_slot_that_may_decode(gemma3):
    # one sequence (LM Studio, -np 1): window + n_ubatch, padded to 256
    assert kv_cells(gemma3, 8192) == (8192, 1536)
    # llama-server's default: 4 slots sharing one cache of the whole context, so 4 windows + n_ubatch
    assert kv_cells(gemma3, 8192, LLAMA_SERVER_AUTO) == (8192, 4 * WINDOW + 512)
    # at a short context the window layers never exceed the context
    assert kv_cells(gemma3, 2048, LLAMA_SERVER_AUTO) == (2048, 2048)
    # -np 4 without -kvu: 4 streams of n_ctx / 4 cells, each with one window (capped by its own cells)
    assert kv_cells(gemma3, 8192, KvLayout(slots=4)) == (2048, 1536)
    # --swa-full: the window layers as long as the others
    assert kv_cells(gemma3, 8192, KvLayout(swa_full=True)) == (8192, 8192)


def test_without_a_unified_cache_the_context_is_split_and_each_share_padded(gemma3):
    assert context_per_slot(8192, KvLayout(slots=3)) == 2816  # 8192 / 3 = 2730, padded to 256
    assert context_per_slot(8192, KvLayout(slots=3, unified=True)) == 8192
    shape = complete_shape(gemma3)
    one = kv_cache_bytes(gemma3, shape, 2816, "f16")  # one slot's cache
    assert kv_cache_bytes(gemma3, shape, 8192, "f16", layout=KvLayout(slots=3)) == 3 * one


def test_the_default_slots_cost_a_window_model_more_and_say_so(gemma3):
    profile = load_profile(CPU_ONLY)
    one = estimate(gemma3, profile, context=8192)
    auto = estimate(gemma3, profile, context=8192, kv_layout=LLAMA_SERVER_AUTO)
    shape = complete_shape(gemma3)
    extra_cells = (4 * WINDOW + 512) - 1536
    swa_layers = 5
    per_cell_layer = shape.kv_heads * (shape.head_dim + shape.value_dim) * 2
    assert auto.memory.kv_cache_bytes - one.memory.kv_cache_bytes == extra_cells * swa_layers * per_cell_layer
    assert [r.values for r in auto.remarks if r.code == reasons.REMARK_SLOTS_SHARED] == [{"slots": 4}]
    split = estimate(gemma3, profile, context=8192, kv_layout=KvLayout(slots=4))
    assert [r.values for r in split.remarks if r.code == reasons.REMARK_SLOTS_SPLIT] == [
        {"slots": 4, "slot_context": 2048}
    ]
    assert not [r for r in one.remarks if r.code in (reasons.REMARK_SLOTS_SHARED, reasons.REMARK_SLOTS_SPLIT)]


def test_swa_full_holds_the_whole_context_and_makes_no_checkpoints_of_the_window(gemma3):
    profile = load_profile(CPU_ONLY)
    full = estimate(gemma3, profile, context=8192, kv_layout=KvLayout(swa_full=True))
    plain = estimate(gemma3, profile, context=8192)
    shape = complete_shape(gemma3)
    assert full.memory.kv_cache_bytes == 6 * 8192 * shape.kv_heads * (shape.head_dim + shape.value_dim) * 2
    assert reasons.NOTE_SWA_FULL in full.notes and reasons.NOTE_SWA_FULL not in plain.notes
    assert checkpoint_bytes(gemma3, shape, 8192, "f16", KvLayout(swa_full=True)) == 0
    codes = [r.code for r in full.remarks]
    assert reasons.REMARK_CONTEXT_CHECKPOINTS not in codes
    assert reasons.REMARK_CONTEXT_CHECKPOINTS in [r.code for r in plain.remarks]


def test_each_slot_keeps_its_own_recurrent_state(tmp_path):
    spec = spec_from_gguf(read_gguf(write_qwen3next_gguf(tmp_path / "h.gguf")))
    assert spec.recurrent_state_bytes
    profile = load_profile(CPU_ONLY)
    one = estimate(spec, profile, context=4096).memory.kv_cache_bytes
    four = estimate(spec, profile, context=4096, kv_layout=LLAMA_SERVER_AUTO).memory.kv_cache_bytes
    assert four - one == 3 * spec.recurrent_state_bytes


def test_nkvo_keeps_the_kv_cache_in_system_ram(tmp_path):
    spec = spec_from_gguf(read_gguf(write_llama_gguf(tmp_path / "m.gguf", n_embd=1024, n_head=8, n_layer=8)))
    gpu = load_profile(GPU_PC)
    on_gpu = estimate(spec, gpu, context=16384)
    in_ram = estimate(spec, gpu, context=16384, kv_layout=KvLayout(offload=False))
    kv = on_gpu.memory.kv_cache_bytes
    assert kv > 0 and in_ram.memory.kv_cache_bytes == kv and in_ram.gpu_layers == on_gpu.gpu_layers
    assert on_gpu.memory.vram_bytes - in_ram.memory.vram_bytes == kv
    assert in_ram.memory.ram_bytes - on_gpu.memory.ram_bytes == kv
    assert reasons.NOTE_KV_IN_RAM in in_ram.notes and reasons.NOTE_KV_IN_RAM not in on_gpu.notes
    cpu = load_profile(CPU_ONLY)  # without a GPU everything is in RAM already: nothing changes, nothing said
    assert estimate(spec, cpu, context=16384, kv_layout=KvLayout(offload=False)).memory == (
        estimate(spec, cpu, context=16384).memory
    )


def test_k_and_v_of_their_own_types_are_each_half_of_the_cache(tmp_path):
    spec = spec_from_gguf(read_gguf(write_llama_gguf(tmp_path / "m.gguf", n_embd=1024, n_head=8, n_layer=8)))
    shape = complete_shape(spec)
    f16 = kv_cache_bytes(spec, shape, 8192, "f16")
    q4 = kv_cache_bytes(spec, shape, 8192, "q4_0")
    mixed = kv_cache_bytes(spec, shape, 8192, "f16", layout=KvLayout(type_v="q4_0"))
    assert mixed == (f16 + q4) // 2  # K and V as wide as each other: half the cache of each type


# ---------------------------------------------------------------------------------------------- the command line


def test_swa_full_and_nkvo_are_read_as_llama_cpp_reads_them():
    f = cl.parse(["llama-server", "--swa-full", "-nkvo"])
    assert (f.swa_full, f.kv_offload) == (True, False) and f.problems == ()
    assert f.shown == {"swa_full": "--swa-full", "kv_offload": "-nkvo"}
    assert cl.parse(["s", "--no-kv-offload", "-kvo"]).kv_offload is True  # the last one counts
    layout = f.kv_layout()
    assert (layout.swa_full, layout.offload) == (True, False)


@pytest.mark.parametrize(
    ("environ", "swa_full", "kv_offload"),
    [
        ({"LLAMA_ARG_SWA_FULL": "1"}, True, None),
        ({"LLAMA_ARG_SWA_FULL": "0"}, None, None),  # a switch: only a true value turns it on
        ({"LLAMA_ARG_KV_OFFLOAD": "off"}, None, False),
        ({"LLAMA_ARG_KV_OFFLOAD": "on"}, None, True),
        # the negated name turns it off whatever its value, and wins over the positive one (arg.cpp)
        ({"LLAMA_ARG_NO_KV_OFFLOAD": "1", "LLAMA_ARG_KV_OFFLOAD": "on"}, None, False),
    ],
)
def test_their_environment_variables(environ, swa_full, kv_offload):
    f = cl.parse(["llama-server"], environ)
    assert (f.swa_full, f.kv_offload, f.problems) == (swa_full, kv_offload, ())


def test_no_kv_unified_in_the_environment_gives_each_explicit_slot_its_cache():
    assert cl.parse(["s", "-np", "2"], {"LLAMA_ARG_KV_UNIFIED": "1"}).kv_layout() == KvLayout(slots=2, unified=True)
    off = cl.parse(["s", "-np", "2"], {"LLAMA_ARG_KV_UNIFIED": "1", "LLAMA_ARG_NO_KV_UNIFIED": ""})
    assert off.kv_layout() == KvLayout(slots=2)
    # a command line that says nothing of -np: /props's slot count, and 4 is llama-server's automatic one
    assert cl.parse(["s"]).kv_layout(slots=4) == LLAMA_SERVER_AUTO
    assert cl.parse(["s"]).kv_layout(slots=2) == KvLayout(slots=2)


# ---------------------------------------------------------------------------------------------- the CLI


@pytest.fixture
def run_estimate(capsys, tmp_path):
    hw = tmp_path / "pc.json"
    hw.write_text(json.dumps(CPU_ONLY), encoding="utf-8")

    def run(*argv: str) -> dict:
        assert main(["estimate", *argv, "--json", "--hardware", str(hw)]) == 0
        return dict(json.loads(capsys.readouterr().out))

    return run


def test_estimate_takes_llama_servers_slots_and_cache_flags(run_estimate, tmp_path):
    model = str(write_gemma3_gguf(tmp_path / "g.gguf", sliding_window=WINDOW))
    plain = run_estimate("--gguf", model, "--context", "8192")
    auto = run_estimate("--gguf", model, "--context", "8192", "--parallel", "auto")
    split = run_estimate("--gguf", model, "--context", "8192", "-np", "4")
    shared = run_estimate("--gguf", model, "--context", "8192", "-np", "4", "-kvu")
    full = run_estimate("--gguf", model, "--context", "8192", "--swa-full")
    assert (plain["parallel"], plain["kv_unified"], plain["swa_full"], plain["kv_offload"]) == (1, False, False, True)
    assert (auto["parallel"], auto["kv_unified"]) == (4, True) and auto["memory"] == shared["memory"]
    kv = {name: d["memory"]["kv_cache_bytes"] for name, d in (("plain", plain), ("auto", auto), ("split", split))}
    assert kv["plain"] < kv["auto"] < kv["split"]  # 4 windows in one cache; 4 caches of a window each
    assert full["memory"]["kv_cache_bytes"] > kv["split"] and "swa_full" in full["notes"]
    assert "slots_shared" in [r["code"] for r in auto["remarks"]]


def test_estimate_takes_every_cache_type_and_k_and_v_apart(run_estimate, tmp_path):
    model = str(write_llama_gguf(tmp_path / "m.gguf", n_embd=1024, n_head=8, n_layer=8))
    f16 = run_estimate("--gguf", model, "--context", "8192")["memory"]["kv_cache_bytes"]
    q51 = run_estimate("--gguf", model, "--context", "8192", "--kv-type", "q5_1")["memory"]["kv_cache_bytes"]
    assert q51 == f16 * 24 // 32 // 2  # q5_1: 24 bytes per 32 values, f16 2 per value
    mixed = run_estimate("--gguf", model, "--context", "8192", "-ctk", "q8_0", "-ctv", "q4_0")
    assert (mixed["cache_type_k"], mixed["cache_type_v"]) == ("q8_0", "q4_0")
    q8 = run_estimate("--gguf", model, "--context", "8192", "--kv-type", "q8_0")["memory"]["kv_cache_bytes"]
    q4 = run_estimate("--gguf", model, "--context", "8192", "--kv-type", "q4_0")["memory"]["kv_cache_bytes"]
    assert mixed["memory"]["kv_cache_bytes"] == (q8 + q4) // 2


@pytest.mark.parametrize("bad", [["--parallel", "0"], ["-np", "many"], ["--kv-type", "q3_k"]])
def test_estimate_refuses_what_llama_server_refuses(capsys, bad):
    with pytest.raises(SystemExit) as exc:
        main(["estimate", "--params", "8B", *bad])
    assert exc.value.code == 2
    capsys.readouterr()


def test_nkvo_is_slower_as_llama_cpp_measured_and_more_so_as_the_chat_grows(tmp_path, capsys):
    """-nkvo runs every GPU layer's attention on the CPU: llama.cpp PR #4812 measured a 7B decode 2.1× slower with
    the cache nearly empty (RTX 3090 Ti); a long chat's cache is then read from RAM, and the prompt's attention
    runs on the CPU. Without a discrete GPU the cache is in RAM anyway: nothing changes."""
    gpu = tmp_path / "gpu.json"  # the measured run's card
    gpu.write_text(
        json.dumps(dict(GPU_PC, gpus=[{"name": "NVIDIA GeForce RTX 3090 Ti", "vram_total_bytes": 24 * GiB}]))
    )
    cpu = tmp_path / "cpu.json"
    cpu.write_text(json.dumps(CPU_ONLY))

    def speeds(hardware, context: int, *flags: str) -> dict:
        args = ["estimate", "--hardware", str(hardware), "--params", "6.74", "--quant", "Q4_0", "--json"]
        assert main([*args, "--context", str(context), *flags]) == 0
        return json.loads(capsys.readouterr().out)

    def ratio(context: int) -> tuple[float, float]:
        on, off = speeds(gpu, context), speeds(gpu, context, "-nkvo")
        return (
            on["tokens_per_second"] / off["tokens_per_second"],
            on["prompt_tokens_per_second"] / off["prompt_tokens_per_second"],
        )

    short_decode, short_prompt = ratio(64)
    long_decode, long_prompt = ratio(32768)
    assert 1.8 < short_decode < 2.5
    assert long_decode > short_decode and long_prompt > short_prompt > 1.0
    off, on = speeds(gpu, 4096, "-nkvo"), speeds(gpu, 4096)
    low, high = off["tokens_per_second_range"]
    assert low < off["tokens_per_second"] < high
    assert high <= on["tokens_per_second_range"][1]  # a slower setting never shows a higher best case
    assert speeds(cpu, 4096, "-nkvo")["tokens_per_second"] == speeds(cpu, 4096)["tokens_per_second"]


def test_nkvo_costs_speed_on_apple_silicon_too(capsys):
    """The -nkvo cache is a plain CPU buffer, which Metal (like Vulkan and CUDA) does not take as its own: the
    attention runs on the CPU on a Mac as well, though the memory is the same chip's (review "peer4", finding 1)."""
    mac = "tests/data/machines/apple-m2-16gb.json"
    args = ["estimate", "--hardware", mac, "--params", "8B", "--quant", "Q4_K_M", "-c", "16384", "--json"]
    assert main(args) == 0
    on = json.loads(capsys.readouterr().out)
    assert main([*args, "-nkvo"]) == 0
    off = json.loads(capsys.readouterr().out)
    assert off["tokens_per_second"] < on["tokens_per_second"]
    assert off["prompt_tokens_per_second"] < on["prompt_tokens_per_second"]


def test_deci_layers_without_attention_are_not_called_recurrent(tmp_path):
    """DeciLM (Nemotron-Super/Ultra) has layers with no attention or no K/V heads; llama.cpp skips them, keeps no
    recurrent state for them (llama-arch.cpp lists deci as neither recurrent nor hybrid), and the estimate counts
    none: the note about recurrent layers was wrong for it (review "peer4", finding 3)."""
    from tests.support.gguf_factory import _attention_tensors, _common, _swiglu_tensors, _vocab, write_arch_gguf

    n_embd, head_dim = 128, 32
    metadata, tensors = _common(n_embd, 4, len(_vocab(None).tokens))
    heads, kv_heads, ff = [4, 4, 0, 4], [2, 0, 0, 2], [256, 256, 0, 256]
    metadata.update(
        {
            "attention.head_count": heads,
            "attention.head_count_kv": kv_heads,
            "feed_forward_length": ff,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "rope.dimension_count": head_dim,
        }
    )
    for i in range(4):
        block = f"blk.{i}."
        if kv_heads[i]:
            tensors += [(block + "attn_norm.weight", (n_embd,))]
            tensors += _attention_tensors(block, n_embd, heads[i], kv_heads[i], head_dim)
        elif heads[i]:  # a linear replacement of attention: no cache
            tensors += [(block + "attn_norm.weight", (n_embd,)), (block + "attn_output.weight", (n_embd, n_embd))]
        if ff[i]:
            tensors += [(block + "ffn_norm.weight", (n_embd,)), *_swiglu_tensors(block, n_embd, ff[i])]
    path = write_arch_gguf(tmp_path / "deci.gguf", "deci", metadata, tensors)
    est = estimate(spec_from_gguf(read_gguf(path)), load_profile(CPU_ONLY), context=4096)
    assert reasons.NOTE_RECURRENT_STATE not in est.notes and est.memory.kv_cache_bytes > 0
