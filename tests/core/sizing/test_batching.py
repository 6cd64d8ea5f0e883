"""The micro-batch (`-ub`, capped by `-b`) and flash attention (`-fa`) as llama-server takes them: the compute
buffer (and a sliding-window model's cache) grows with the micro-batch, and without flash attention the graph holds
the attention scores over the whole context. Against the buffers a real llama-server logs, and through the
`estimate` command and the after-load prediction from a server's command line."""

from __future__ import annotations

import json

import pytest

from advisor.cli.main import main
from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.hardware.profile_io import load_profile
from advisor.core.servers import after_load as al
from advisor.core.servers import command_line as cl
from advisor.core.sizing import estimate
from advisor.core.sizing.memory import Batching, KvLayout, compute_bytes, kv_cache_bytes
from advisor.core.sizing.shape import complete_shape
from advisor.core.types import ModelSpec
from tests.support.gguf_factory import write_gemma3_gguf, write_llama_gguf, write_qwen3moe_gguf
from tests.support.llama_server import LlamaServer, logged_mib

GiB, MiB = 2**30, 2**20
CPU_ONLY = {"ram": {"total_bytes": 64 * GiB, "available_bytes": 60 * GiB, "bandwidth_gbps": 20}, "gpus": []}
RTX_3060 = {
    "ram": {"total_bytes": 32 * GiB, "available_bytes": 28 * GiB, "bandwidth_gbps": 40},
    "gpus": [{"name": "NVIDIA GeForce RTX 3060", "vendor": "nvidia", "vram_total_bytes": 12 * GiB}],
}
LLAMA_8B = ModelSpec(parameters=8.03e9, quant="Q4_K_M", layers=32, embedding=4096, heads=32, kv_heads=8, vocab=128256)


def layout(ubatch: int = 512, batch: int = 2048, flash_attn: bool = True) -> KvLayout:
    return KvLayout(batching=Batching(ubatch=ubatch, batch=batch, flash_attn=flash_attn))


def test_without_flash_attention_an_8b_model_at_16k_needs_a_gib_more_on_the_card():
    """The review's case: Llama-3.1-8B at 16k on a 12 GB card. The scores are 16384 × 512 × 32 heads × 4 bytes
    = 1 GiB of graphics memory with -fa off; with flash attention there are none."""
    profile = load_profile(RTX_3060)
    on = estimate(LLAMA_8B, profile, context=16384)
    off = estimate(LLAMA_8B, profile, context=16384, kv_layout=layout(flash_attn=False))
    scores = 16384 * 512 * 32 * 4
    assert off.memory.compute_bytes >= scores
    assert off.memory.vram_bytes - on.memory.vram_bytes >= 0.9 * scores


def test_the_micro_batch_grows_the_compute_buffer_and_b_caps_it():
    shape = complete_shape(LLAMA_8B)
    at = {ub: compute_bytes(LLAMA_8B, shape, 32768, layout(ubatch=ub)) for ub in (512, 1024, 2048)}
    assert at[512] < at[1024] < at[2048]
    assert at[2048] - at[512] > 400 * MiB  # the review: -ub 2048 at 32k adds ~0.45 GiB on Llama-3.1-8B
    # llama.cpp: n_ubatch = min(n_batch, n_ubatch): -ub 2048 -b 1024 is a micro-batch of 1024
    assert compute_bytes(LLAMA_8B, shape, 32768, layout(ubatch=2048, batch=1024)) == at[1024]
    # and never more than the context
    assert compute_bytes(LLAMA_8B, shape, 256, layout(ubatch=2048)) == compute_bytes(LLAMA_8B, shape, 256)


def test_grouped_query_attention_scores_count_the_query_heads():
    """The KV heads are broadcast to the query's heads: fewer KV heads do not make the scores smaller."""
    gqa = LLAMA_8B
    mha = ModelSpec(**{**LLAMA_8B.__dict__, "kv_heads": 32})
    off = layout(flash_attn=False)
    with_gqa = compute_bytes(gqa, complete_shape(gqa), 16384, off)
    assert with_gqa >= 16384 * 512 * 32 * 4
    assert abs(compute_bytes(mha, complete_shape(mha), 16384, off) - with_gqa) < 0.05 * with_gqa


def test_a_sliding_window_model_keeps_the_micro_batch_beside_its_window(tmp_path):
    spec = spec_from_gguf(read_gguf(write_gemma3_gguf(tmp_path / "g.gguf", n_layer=12, sliding_window=1024)))
    shape = complete_shape(spec)
    assert kv_cache_bytes(spec, shape, 8192, "f16", layout=layout(ubatch=1024)) > kv_cache_bytes(
        spec, shape, 8192, "f16"
    )


def test_the_command_line_s_ub_b_and_fa_are_read_as_llama_cpp_reads_them():
    flags = cl.parse(["llama-server", "-m", "m.gguf", "-ub", "2048", "--batch-size", "4096", "-fa", "off"])
    assert flags.batching() == Batching(ubatch=2048, batch=4096, flash_attn=False)
    assert flags.shown["ubatch_size"] == "-ub 2048" and flags.shown["batch_size"] == "--batch-size 4096"
    env = cl.parse(["llama-server"], {"LLAMA_ARG_UBATCH": "1024", "LLAMA_ARG_BATCH": "1024"})
    assert env.batching() == Batching(ubatch=1024, batch=1024)
    assert cl.parse(["llama-server", "-ub", "0", "-b", "1024"]).batching().micro_batch == 1024  # -ub 0 is -b
    assert cl.parse(["llama-server", "-ub", "4096"]).batching().micro_batch == 2048  # capped by -b's default
    assert cl.parse(["llama-server", "-fa", "auto"]).batching().flash_attn
    bad = cl.parse(["llama-server", "-ub", "-5", "-b", "0"])
    assert [r.values["flag"] for r in bad.problems] == ["-ub", "-b"] and bad.batching() == Batching()


def test_the_prediction_as_started_counts_fa_off_and_ub_and_says_them(tmp_path):
    path = write_llama_gguf(tmp_path / "m.gguf", n_embd=512, n_head=16, n_head_kv=4, n_layer=2, n_ff=1024)
    spec = spec_from_gguf(read_gguf(path))
    profile = load_profile(CPU_ONLY)

    def started(*argv: str) -> cl.AsStarted:
        return cl.as_started(spec, profile, context=16384, flags=cl.parse(["llama-server", *argv]))

    plain, off, ub = started(), started("-fa", "off"), started("-ub", "2048", "-b", "2048")
    assert off.ram_bytes - plain.ram_bytes > 16384 * 512 * 16 * 4 and off.used == ("-fa off",)
    assert ub.ram_bytes > plain.ram_bytes and ub.used == ("-ub 2048", "-b 2048")
    assert plain.used == () and started("-fa", "on", "-ub", "512").used == ()  # llama-server's defaults
    assert off.compute_ram_bytes > 16384 * 512 * 16 * 4


def test_estimate_command_sizes_fa_off_and_ub_for_the_text_model(tmp_path, capsys):
    path = write_llama_gguf(tmp_path / "m.gguf", n_embd=512, n_head=16, n_head_kv=4, n_layer=2, n_ff=1024)
    hw = tmp_path / "pc.json"
    hw.write_text(json.dumps(CPU_ONLY), encoding="utf-8")

    def compute(*extra: str) -> int:
        assert (
            main(["estimate", "--gguf", str(path), "--context", "8192", "--hardware", str(hw), "--json", *extra]) == 0
        )
        return int(json.loads(capsys.readouterr().out)["memory"]["compute_bytes"])

    plain = compute()
    assert compute("--flash-attn", "off") - plain >= 8192 * 512 * 16 * 4
    assert compute("-fa", "auto") == plain
    assert compute("--ubatch-size", "2048") > plain
    assert compute("-ub", "2048", "-b", "512") == plain  # -b caps the micro-batch


# ------------------------------------------------------------------------------------- against the real server

MODELS = {
    # Llama layout, 16 query heads over 4 KV heads
    "llama": lambda p: write_llama_gguf(
        p, n_embd=1024, n_head=16, n_head_kv=4, n_layer=2, n_ff=2816, n_vocab=2048, n_ctx_train=65536
    ),
    # Gemma 3: 5 of 6 layers slide over 1024 tokens, 8 heads of 256 (queries wider than the embedding)
    "gemma3": lambda p: write_gemma3_gguf(
        p, n_embd=256, n_layer=6, n_head=8, n_head_kv=8, head_dim=256, n_ff=512, sliding_window=1024
    ),
    "qwen3moe": lambda p: write_qwen3moe_gguf(p, n_layer=2, n_head=8, n_head_kv=4, head_dim=128),
}


@pytest.mark.server
@pytest.mark.parametrize(
    ("name", "ctx", "extra"),
    [
        ("llama", 4096, ["-fa", "off"]),
        ("llama", 8192, ["-fa", "off", "-ub", "1024", "-b", "1024"]),
        ("llama", 8192, ["-ub", "2048", "-b", "2048"]),
        ("gemma3", 4096, ["-fa", "off"]),
        ("gemma3", 8192, ["-fa", "off", "-ub", "1024"]),
        ("gemma3", 8192, ["-ub", "1024"]),
        ("qwen3moe", 8192, ["-fa", "off"]),
        ("qwen3moe", 4096, ["-fa", "off", "-ub", "1024"]),
    ],
)
def test_compute_buffer_and_kv_cache_match_llama_server(tmp_path, llama_server_bin, name, ctx, extra):
    """What llama-server logs for these settings; the compute buffer never below it, within 10 % + 1 MiB."""
    path = MODELS[name](tmp_path / f"{name}.gguf")
    spec = spec_from_gguf(read_gguf(path))
    shape = complete_shape(spec)
    flags = cl.parse(["llama-server", *extra])
    kv_layout = KvLayout(batching=flags.batching())
    with LlamaServer(path, ctx_size=ctx, extra_args=["-v", *extra], binary=llama_server_bin, threads=1) as server:
        log = server.log_text()
    logged = logged_mib(log, "compute")
    predicted = compute_bytes(spec, shape, ctx, kv_layout) / MiB
    assert logged - 0.05 <= predicted <= logged * 1.10 + 1, (predicted, logged)
    assert kv_cache_bytes(spec, shape, ctx, "f16", layout=kv_layout) / MiB == pytest.approx(
        logged_mib(log, "KV"), abs=0.01
    )


@pytest.mark.server
def test_after_load_predicts_fa_off_and_ub_from_the_command_line(tmp_path, llama_server_bin, capsys):
    """A server started with -fa off -ub 1024 -b 1024: the prediction has its 1 GiB compute buffer and says the
    flags; on the processor only the part a short prompt reached is resident, which the check says instead of
    "nothing explains it"."""
    path = write_llama_gguf(
        tmp_path / "m.gguf", n_embd=1024, n_head=16, n_head_kv=4, n_layer=4, n_ff=2816, n_ctx_train=32768
    )
    hw = tmp_path / "pc.json"
    hw.write_text(json.dumps(CPU_ONLY), encoding="utf-8")
    profile = load_profile(CPU_ONLY)
    extra = ["-fa", "off", "-ub", "1024", "-b", "1024"]
    with LlamaServer(path, ctx_size=16384, extra_args=["-v", *extra], binary=llama_server_bin) as server:
        server.complete(n_predict=4)
        checked = al.after_load(server.base_url + "/v1", profile)
        logged = logged_mib(server.log_text(), "compute")
        assert main(["server", "--url", server.base_url + "/v1", "--after-load", "--hardware", str(hw)]) == 0
    out = capsys.readouterr().out
    assert checked.started_with == ("-fa off", "-ub 1024", "-b 1024")
    assert checked.compute_bytes is not None and checked.compute_bytes >= logged * MiB
    assert checked.predicted_bytes is not None and checked.predicted_bytes > logged * MiB
    codes = [r.code for r in checked.explanations]
    assert al.MEMORY_GAP_UNEXPLAINED not in codes
    assert checked.memory_gap == al.CLOSE or al.COMPUTE_NOT_TOUCHED in codes
    assert "-fa off, -ub 1024, -b 1024" in out
