"""What llama-server adds to a model's memory: context checkpoints, a draft model, routed experts kept in RAM.

The figures are checked against generated GGUF files (their real tensor bytes) and, where a CPU build can show
it, against a real llama-server: the checkpoint size it logs and its resident memory.
"""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.jsonio import to_jsonable
from advisor.core.sizing import estimate
from advisor.core.sizing.errors import SizingError
from advisor.core.sizing.memory import (
    CTX_CHECKPOINTS,
    ONE_SEQUENCE,
    Batching,
    DraftSettings,
    KvLayout,
    checkpoint_bytes,
    compute_bytes,
    kv_cache_bytes,
)
from advisor.core.sizing.shape import complete_shape
from advisor.core.types import FitLevel
from tests.core.sizing.profiles import machine, nvidia
from tests.support.gguf_factory import (
    write_deepseek2_gguf,
    write_gemma3_gguf,
    write_llama_gguf,
    write_qwen3moe_gguf,
    write_qwen3next_gguf,
)
from tests.support.llama_server import LlamaServer, logged_mib

MiB = 2**20
GiB = 2**30


def _spec(path: Path):
    return spec_from_gguf(read_gguf(path))


def _remark(est, code: str) -> dict:
    found = [r.values for r in est.remarks if r.code == code]
    assert found, f"no {code} remark in {est.remarks}"
    return found[0]


# ---------------------------------------------------------------- context checkpoints


def test_a_sliding_window_checkpoint_is_the_windows_cache_and_stays_out_of_the_fit(tmp_path):
    spec = _spec(write_gemma3_gguf(tmp_path / "g.gguf", n_layer=12, n_head_kv=4, sliding_window=1024))
    est = estimate(spec, machine(), context=16384)
    ckpt = _remark(est, "context_checkpoints")
    # 10 of 12 layers slide: K and V of the 1024 window cells, 4 KV heads of 128, f16
    each = 10 * 1024 * 4 * (128 + 128) * 2
    assert ckpt == {"total_bytes": CTX_CHECKPOINTS * each, "checkpoints": CTX_CHECKPOINTS, "each_bytes": each}
    # said, not counted: the RAM the fit is judged on is the same as without the checkpoints
    assert est.memory.ram_bytes < ckpt["total_bytes"]
    assert est.fit == FitLevel.CPU_ONLY
    # a short context keeps at most the context's cells
    assert checkpoint_bytes(spec, complete_shape(spec), 256, "f16") == 10 * 256 * 4 * 256 * 2


def test_a_hybrid_checkpoint_is_its_recurrent_state_and_a_plain_model_has_none(tmp_path):
    hybrid = _spec(write_qwen3next_gguf(tmp_path / "h.gguf"))
    assert _remark(estimate(hybrid, machine()), "context_checkpoints")["each_bytes"] == hybrid.recurrent_state_bytes
    llama = _spec(write_llama_gguf(tmp_path / "l.gguf", n_embd=256, n_head=4, n_head_kv=2, n_layer=2, n_ff=512))
    assert not [r for r in estimate(llama, machine()).remarks if r.code == "context_checkpoints"]


# ---------------------------------------------------------------- draft model


@pytest.fixture
def main_and_draft(tmp_path):
    main_path = write_llama_gguf(tmp_path / "main.gguf", n_embd=512, n_head=8, n_head_kv=4, n_layer=4, n_ff=1536)
    draft_path = write_llama_gguf(tmp_path / "draft.gguf", n_embd=256, n_head=4, n_head_kv=2, n_layer=2, n_ff=512)
    return main_path, draft_path


def test_a_draft_model_adds_its_weights_cache_and_compute_where_the_model_runs(main_and_draft):
    spec, draft = (_spec(p) for p in main_and_draft)
    alone, with_draft = estimate(spec, machine(), context=4096), estimate(spec, machine(), context=4096, draft=draft)
    added = _remark(with_draft, "draft_model_cpu")["draft_bytes"]
    assert with_draft.memory.ram_bytes - alone.memory.ram_bytes == added
    assert with_draft.memory.total_bytes - alone.memory.total_bytes == added
    # its KV cache at the same context: 2 layers × 4096 cells × 2 KV heads × (64 + 64) × f16
    assert with_draft.memory.kv_cache_bytes - alone.memory.kv_cache_bytes == 2 * 4096 * 2 * 128 * 2
    assert added > draft.file_size_bytes
    gpu = machine(gpus=(nvidia(vram_gib=8, free_gib=6),))
    alone, with_draft = estimate(spec, gpu, context=4096), estimate(spec, gpu, context=4096, draft=draft)
    said = _remark(with_draft, "draft_model_gpu")
    assert with_draft.fit == FitLevel.FULL_GPU
    # what the note says goes on the card is what the card gets, and the RAM figure what stays beside it
    assert with_draft.memory.vram_bytes - alone.memory.vram_bytes == said["draft_bytes"] > draft.file_size_bytes
    # only the draft's token-embedding table, input buffers and vocabulary tables stay in RAM
    assert with_draft.memory.ram_bytes - alone.memory.ram_bytes == said["ram_bytes"] > 0
    assert said["ram_bytes"] < said["draft_bytes"] / 2


# ---------------------------------------------------------------- routed experts kept in RAM


def test_expert_bytes_per_layer_come_from_the_files_tensors(tmp_path):
    moe = _spec(write_qwen3moe_gguf(tmp_path / "m.gguf", n_layer=3))
    # gate, up, down of 8 experts, 256 × 256 each, f16
    assert moe.expert_layer_bytes == (3 * 8 * 256 * 256 * 2,) * 3
    ds = _spec(write_deepseek2_gguf(tmp_path / "d.gguf", mla=True))
    assert ds.expert_layer_bytes[0] == 0 and ds.expert_layer_bytes[1] > 0  # the leading dense layer has none


@pytest.fixture
def moe(tmp_path):
    path = write_qwen3moe_gguf(tmp_path / "moe.gguf", n_layer=8, n_embd=1024, n_ff_exp=1024, n_expert=16)
    return path, _spec(path)


def test_n_cpu_moe_moves_the_first_layers_experts_from_the_gpu_to_ram(moe):
    _, spec = moe
    gpu = machine(gpus=(nvidia(vram_gib=8, free_gib=2.5),))
    full = estimate(spec, gpu)
    assert full.fit == FitLevel.FULL_GPU
    split = estimate(spec, gpu, n_cpu_moe=2)
    two_layers = sum(spec.expert_layer_bytes[:2])
    one_layer = spec.expert_layer_bytes[0]  # staged on the GPU for a prompt batch
    assert split.n_cpu_moe == 2 and split.gpu_layers == split.total_layers == 8
    assert split.fit == FitLevel.PARTIAL_OFFLOAD
    assert full.memory.vram_bytes - split.memory.vram_bytes == two_layers - one_layer
    assert split.memory.ram_bytes - full.memory.ram_bytes == two_layers
    assert _remark(split, "experts_in_ram") == {"n_cpu_moe": 2, "expert_bytes": two_layers}
    # reading experts from RAM is slower than from the GPU, and more of them slower still
    every = estimate(spec, gpu, n_cpu_moe=10_000)
    assert every.n_cpu_moe == 8
    assert every.tokens_per_second < split.tokens_per_second < full.tokens_per_second


def test_n_cpu_moe_that_leaves_the_gpu_too_small_names_the_n_that_fits(moe):
    _, spec = moe
    gpu = machine(gpus=(nvidia(vram_gib=8, free_gib=1.2),))
    est = estimate(spec, gpu, n_cpu_moe=2)
    needed = _remark(est, "experts_in_ram_too_few")["needed"]
    assert est.n_cpu_moe == 0 and est.fit == FitLevel.PARTIAL_OFFLOAD and est.gpu_layers < 8
    assert estimate(spec, gpu, n_cpu_moe=needed).n_cpu_moe == needed
    assert estimate(spec, gpu, n_cpu_moe=needed - 1).n_cpu_moe == 0
    # without a GPU every weight is in RAM already: the option changes nothing
    assert estimate(spec, machine(), n_cpu_moe=4) == estimate(spec, machine())


def test_n_cpu_moe_beyond_what_system_ram_holds_names_the_ns_that_fit(moe):
    """Too many experts for system RAM is said as that (not as a graphics card too small), with the Ns that fit."""
    _, spec = moe
    small_ram = machine(1.6, 1.6, gpus=(nvidia(vram_gib=8, free_gib=2.0),))
    values = _remark(estimate(spec, small_ram, n_cpu_moe=8), "experts_in_ram_too_many")
    assert values["n_cpu_moe"] == 8 and 1 <= values["needed"] <= values["most"] < 8
    assert estimate(spec, small_ram, n_cpu_moe=values["most"]).n_cpu_moe == values["most"]
    assert estimate(spec, small_ram, n_cpu_moe=values["most"] + 1).n_cpu_moe == 0


def test_a_layer_split_moe_is_told_when_experts_in_ram_is_faster(tmp_path):
    # a long context: the KV cache makes attention worth keeping on the GPU
    path = write_qwen3moe_gguf(
        tmp_path / "m.gguf", n_layer=4, n_embd=512, n_head=8, n_head_kv=8, head_dim=128, n_ff_exp=512
    )
    spec = _spec(path)
    gpu = machine(gpus=(nvidia(vram_gib=8, free_gib=2.0),))
    est = estimate(spec, gpu, context=65536)
    assert est.fit == FitLevel.PARTIAL_OFFLOAD
    better = _remark(est, "experts_in_ram_better")
    layout = estimate(spec, gpu, context=65536, n_cpu_moe=better["n_cpu_moe"])
    assert better["tokens_per_second"] == layout.tokens_per_second > est.tokens_per_second


def _added(with_draft, alone) -> tuple[int, int]:
    """(KV cache and recurrent state, compute buffers) the draft adds to an estimate."""
    m, a = with_draft.memory, alone.memory
    return m.kv_cache_bytes - a.kv_cache_bytes, m.compute_bytes - a.compute_bytes


def test_the_draft_context_follows_the_main_models_flash_attention_and_micro_batch(main_and_draft):
    # llama.cpp builds the draft's context from the main model's params (common_base_params_to_speculative):
    # `-fa off` and `-ub` there change the draft's compute buffer as they change the model's
    spec, draft = (_spec(p) for p in main_and_draft)
    context = 16384

    def draft_compute(layout: KvLayout) -> int:
        alone = estimate(spec, machine(), context=context, kv_layout=layout)
        return _added(estimate(spec, machine(), context=context, kv_layout=layout, draft=draft), alone)[1]

    default = draft_compute(ONE_SEQUENCE)
    # without flash attention the draft holds its attention scores: 16384 cells × 512 tokens × 4 heads, f32
    assert draft_compute(KvLayout(batching=Batching(flash_attn=False))) - default >= context * 512 * 4 * 4
    # -ub 2048: its activations and masks for four times the tokens (the masks alone 16384 × 1536 more, f16)
    assert draft_compute(KvLayout(batching=Batching(ubatch=2048))) - default >= context * 1536 * 2


def test_the_draft_has_its_own_cache_types_not_the_models(main_and_draft):
    spec, draft = (_spec(p) for p in main_and_draft)
    f16 = 2 * 4096 * 2 * 128 * 2  # 2 layers × 4096 cells × 2 KV heads × (64 + 64) × 2 bytes
    # -ctk q8_0 -ctv q8_0 on the model leave the draft's cache at f16 (`-ctkd` and `-ctvd` default to f16)
    alone = estimate(spec, machine(), context=4096, kv_type="q8_0")
    assert _added(estimate(spec, machine(), context=4096, kv_type="q8_0", draft=draft), alone)[0] == f16
    # -ctkd q8_0 -ctvd q8_0: 34 bytes per 32 values
    q8 = DraftSettings(type_k="q8_0", type_v="q8_0")
    with_q8 = estimate(spec, machine(), context=4096, kv_type="q8_0", draft=draft, draft_settings=q8)
    assert _added(with_q8, alone)[0] == f16 * 34 // 64
    # -ctkd q8_0 alone: the V half stays f16
    k_only = estimate(spec, machine(), context=4096, draft=draft, draft_settings=DraftSettings(type_k="q8_0"))
    alone_f16 = estimate(spec, machine(), context=4096)
    assert _added(k_only, alone_f16)[0] == f16 // 2 + f16 * 34 // 128
    # a quantized V cache with flash attention off: llama-server does not create the draft's context
    with pytest.raises(SizingError):
        estimate(
            spec,
            machine(),
            context=4096,
            kv_layout=KvLayout(batching=Batching(flash_attn=False)),
            draft=draft,
            draft_settings=DraftSettings(type_v="q8_0"),
        )


def test_a_hybrid_draft_keeps_a_recurrent_state_per_slot(tmp_path):
    spec = _spec(write_qwen3next_gguf(tmp_path / "q3n.gguf"))
    draft = _spec(write_qwen3next_gguf(tmp_path / "q3n_dft.gguf", n_layer=4, n_embd=256, n_head=2, n_head_kv=1))
    assert draft.recurrent_state_bytes

    def draft_state(slots: int) -> int:
        layout = KvLayout(slots=slots)
        alone = estimate(spec, machine(), context=4096, kv_layout=layout)
        return _added(estimate(spec, machine(), context=4096, kv_layout=layout, draft=draft), alone)[0]

    # -np 4: four states, the attention layer's 4096 cells split between four streams (the same bytes)
    assert draft_state(4) - draft_state(1) == 3 * draft.recurrent_state_bytes


def test_ngld_keeps_the_draft_in_ram_or_splits_it_by_layers(main_and_draft):
    spec, draft = (_spec(p) for p in main_and_draft)
    gpu = machine(gpus=(nvidia(vram_gib=8, free_gib=6),))
    alone = estimate(spec, gpu, context=4096)
    whole = estimate(spec, gpu, context=4096, draft=draft)
    # -ngld 0 (or -devd none): the draft's weights, cache and compute in RAM, the card holds the model alone
    in_ram = estimate(spec, gpu, context=4096, draft=draft, draft_settings=DraftSettings(gpu_layers=0))
    said = _remark(in_ram, "draft_model_cpu")
    assert in_ram.fit == FitLevel.FULL_GPU and in_ram.memory.vram_bytes == alone.memory.vram_bytes
    assert in_ram.memory.ram_bytes - alone.memory.ram_bytes == said["draft_bytes"] > draft.file_size_bytes
    # -ngld 2 of its 2 layers: the output layer and 1 repeating layer on the card, the other in RAM
    split = estimate(spec, gpu, context=4096, draft=draft, draft_settings=DraftSettings(gpu_layers=2))
    on_card = _remark(split, "draft_model_gpu")["draft_bytes"]
    assert alone.memory.vram_bytes < split.memory.vram_bytes < whole.memory.vram_bytes
    assert split.memory.vram_bytes - alone.memory.vram_bytes == on_card
    assert split.memory.ram_bytes > whole.memory.ram_bytes
    # -ngld 3 (its layers and the output): the whole draft, as auto
    assert estimate(spec, gpu, context=4096, draft=draft, draft_settings=DraftSettings(gpu_layers=3)) == whole


def test_the_cli_estimates_cpu_moe_and_a_draft(moe, main_and_draft, tmp_path, capsys):
    path, _ = moe
    hw = tmp_path / "gpu.json"
    hw.write_text(json.dumps(to_jsonable(machine(gpus=(nvidia(vram_gib=8, free_gib=2.5),)))))
    assert main(["estimate", "--gguf", str(path), "--cpu-moe", "--hardware", str(hw), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "(-ngl 99 --cpu-moe)" in out  # every layer on the GPU, every layer's experts in RAM
    assert "the routed experts of the first 8 layers" in out
    assert main(["estimate", "--gguf", str(path), "--draft", str(main_and_draft[1]), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in data["remarks"]] == ["draft_model_cpu"]


def test_the_cli_takes_the_draft_models_own_flags(main_and_draft, tmp_path, capsys):
    hw = tmp_path / "gpu.json"
    hw.write_text(json.dumps(to_jsonable(machine(gpus=(nvidia(vram_gib=8, free_gib=6),)))))
    base = ["estimate", "--gguf", str(main_and_draft[0]), "--hardware", str(hw), "--json"]

    def run(*extra: str) -> dict:
        assert main([*base, *extra]) == 0
        return json.loads(capsys.readouterr().out)

    alone, on_card = run(), run("-md", str(main_and_draft[1]))
    assert [r["code"] for r in on_card["remarks"]] == ["draft_model_gpu"]
    for flags in (["-ngld", "0"], ["-devd", "none"]):  # the draft's weights and cache kept in RAM
        kept = run("-md", str(main_and_draft[1]), *flags)
        assert [r["code"] for r in kept["remarks"]] == ["draft_model_cpu"]
        assert kept["memory"]["vram_bytes"] == alone["memory"]["vram_bytes"]
    q8 = run("-md", str(main_and_draft[1]), "-ctkd", "q8_0", "-ctvd", "q8_0")
    f16_cache = on_card["memory"]["kv_cache_bytes"] - alone["memory"]["kv_cache_bytes"]
    assert q8["memory"]["kv_cache_bytes"] - alone["memory"]["kv_cache_bytes"] == f16_cache * 34 // 64
    with pytest.raises(SystemExit):
        main([*base, "-md", str(main_and_draft[1]), "-ngld", "some"])
    err = capsys.readouterr().err
    assert "-ngld" in err and "auto, all" in err


# ---------------------------------------------------------------- against a real llama-server


def _chat(base_url: str, turns: int, words: int = 12) -> None:
    """A chat of `turns` turns, each user message `words` × 7 words (~5 tokens a word with the generated vocab)."""
    messages: list[dict] = []
    for _ in range(turns):
        messages.append({"role": "user", "content": "hola modelo local servidor texto resumen datos " * words})
        body = json.dumps({"messages": messages, "max_tokens": 4, "temperature": 0}).encode()
        req = urllib.request.Request(
            base_url + "/v1/chat/completions", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=60) as resp:
            answer = json.loads(resp.read())["choices"][0]["message"]["content"]
        messages.append({"role": "assistant", "content": answer})


@pytest.mark.server
def test_llama_server_keeps_checkpoints_of_the_predicted_size(tmp_path, llama_server_bin):
    path = write_gemma3_gguf(tmp_path / "g.gguf", n_layer=6, n_head_kv=4, sliding_window=256)
    spec = _spec(path)
    each = checkpoint_bytes(spec, complete_shape(spec), 2048, "f16")
    with LlamaServer(
        path, ctx_size=2048, extra_args=["-v", "--ctx-checkpoints", "3"], binary=llama_server_bin
    ) as server:
        _chat(server.base_url, 3)
        log = server.log_text()
    sizes = [float(m) for m in re.findall(r"created context checkpoint \d+ of 3 .*size = ([\d.]+) MiB", log)]
    assert sizes, "llama-server made no context checkpoint"
    assert sizes[-1] == pytest.approx(each / MiB, abs=0.05)
    assert re.search(r"created context checkpoint 3 of 3", log)  # a short chat already reaches the cap


@pytest.mark.server
def test_llama_server_with_a_draft_model_allocates_the_predicted_buffers(tmp_path, llama_server_bin):
    main_path = write_llama_gguf(tmp_path / "main.gguf", n_embd=1024, n_head=8, n_head_kv=4, n_layer=6, n_ff=2816)
    draft_path = write_llama_gguf(tmp_path / "draft.gguf", n_embd=256, n_head=4, n_head_kv=2, n_layer=2, n_ff=512)
    spec, draft = _spec(main_path), _spec(draft_path)
    est = estimate(spec, machine(), context=4096, draft=draft)
    with LlamaServer(
        main_path, ctx_size=4096, extra_args=["-v", "-md", str(draft_path)], binary=llama_server_bin
    ) as server:
        _chat(server.base_url, 1)  # more than one 512-token micro-batch: the compute buffers are used
        rss = server.rss_bytes()
        log = server.log_text()
    # the draft's context is the model's (4096 cells): its KV cache and compute buffer are the last ones logged
    shape = complete_shape(draft)
    assert kv_cache_bytes(draft, shape, 4096, "f16") / MiB == pytest.approx(logged_mib(log, "KV"), abs=0.01)
    # the draft's graph peaks ~1 MiB lower than a model's own (llama.cpp builds it for one output per sequence);
    # the prediction stays above, never below
    assert 0 <= compute_bytes(draft, shape, 4096) / MiB - logged_mib(log, "compute") <= 1.5
    assert est.memory.ram_bytes == pytest.approx(rss, rel=0.10)


@pytest.mark.server
@pytest.mark.parametrize(
    ("hybrid", "context", "parallel", "server_args", "layout"),
    [
        (False, 16384, 1, ["-fa", "off"], KvLayout(batching=Batching(flash_attn=False))),
        (False, 16384, 1, ["-ub", "2048"], KvLayout(batching=Batching(ubatch=2048))),
        (True, 4096, 4, [], KvLayout(slots=4)),  # -np 4: a cache and a recurrent state per slot
    ],
    ids=["fa-off", "ub-2048", "hybrid-np-4"],
)
def test_llama_server_builds_the_draft_context_with_the_models_settings(
    tmp_path, llama_server_bin, hybrid, context, parallel, server_args, layout
):
    if hybrid:
        main_path = write_qwen3next_gguf(tmp_path / "main.gguf")
        draft_path = write_qwen3next_gguf(tmp_path / "draft.gguf", n_layer=4, n_embd=256, n_head=2, n_head_kv=1)
    else:
        main_path = write_llama_gguf(
            tmp_path / "main.gguf", n_embd=512, n_head=8, n_head_kv=4, n_layer=4, n_ff=1024, tensor_type="F16"
        )
        draft_path = write_llama_gguf(
            tmp_path / "draft.gguf", n_embd=256, n_head=4, n_head_kv=2, n_layer=2, n_ff=512, tensor_type="F16"
        )
    spec, draft = _spec(main_path), _spec(draft_path)
    alone = estimate(spec, machine(), context=context, kv_layout=layout)
    kv, compute = _added(estimate(spec, machine(), context=context, kv_layout=layout, draft=draft), alone)
    with LlamaServer(
        main_path,
        ctx_size=context,
        parallel=parallel,
        extra_args=["-v", "-md", str(draft_path), *server_args],
        binary=llama_server_bin,
    ) as server:
        log = server.log_text()
    # the draft's context is created last: its buffers are the last ones logged
    logged_kv = logged_mib(log, "KV") + logged_mib(log, "RS", required=hybrid)
    assert kv / MiB == pytest.approx(logged_kv, abs=0.01)
    # its graph peaks a little lower than a model's own (llama.cpp builds it for one output per sequence), by
    # ~1 MiB per 512 tokens of micro-batch: the prediction stays above, never below
    ub = layout.batching.micro_batch
    assert 0 <= compute / MiB - logged_mib(log, "compute") <= 1.5 * ub / 512


def test_every_remark_has_words_with_exactly_its_values():
    from advisor.core.messages.sizing import REMARK_VARIANTS, REMARK_WORDING_KEYS, REMARKS
    from advisor.core.sizing.reasons import REMARK_KEYS

    assert set(REMARKS) == set(REMARK_KEYS)
    for code, keys in REMARK_KEYS.items():
        shown = set(keys) - set(REMARK_WORDING_KEYS.get(code, ()))  # the values that choose a wording: not shown
        variants = [m for v, m in REMARK_VARIANTS.items() if code in REMARK_WORDING_KEYS and v.startswith(code + "_")]
        wordings = [REMARKS[code], *variants]
        for msg in wordings:
            assert set(re.findall(r"{(\w+)}", str(msg))) <= shown, code
        assert set().union(*(re.findall(r"{(\w+)}", str(m)) for m in wordings)) == shown, code
    assert all(any(v.startswith(c + "_") for c in REMARK_WORDING_KEYS) for v in REMARK_VARIANTS)
