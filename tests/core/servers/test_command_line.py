"""A llama-server's command line, read as llama.cpp's common/arg.cpp reads it, and what its flags change in the
after-load prediction: real argv shapes, hostile ones (never an exception), and the estimate each flag gives."""

from __future__ import annotations

import dataclasses
import os

import psutil
import pytest

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.hardware.profile_io import load_profile
from advisor.core.servers import command_line as cl
from advisor.core.sizing import estimate
from advisor.core.sizing.memory import LLAMA_SERVER_AUTO, DraftSettings, KvLayout
from tests.support.gguf_factory import write_llama_gguf
from tests.support.mmproj_factory import write_gemma3_mmproj

GiB = 2**30
CPU_ONLY = {"ram": {"total_bytes": 16 * GiB, "available_bytes": 12 * GiB, "bandwidth_gbps": 20}, "gpus": []}
GPU_PC = {
    "ram": {"total_bytes": 32 * GiB, "available_bytes": 24 * GiB, "bandwidth_gbps": 60},
    "gpus": [{"name": "NVIDIA GeForce RTX 4070", "vram_total_bytes": 12 * GiB, "vram_free_bytes": 11 * GiB}],
}


def codes(flags: cl.LaunchFlags) -> list[str]:
    return [p.code for p in flags.problems]


# ---------------------------------------------------------------------------------------------- parsing


def test_a_typical_vision_server_command_line_is_read_flag_by_flag():
    argv = [
        "/opt/llama.cpp/build/bin/llama-server", "-m", "/models/gemma-3-4b-it-Q4_K_M.gguf",
        "--mmproj", "/models/mmproj-F16.gguf", "-c", "8192", "-ngl", "99", "-ctk", "q8_0", "-ctv", "q8_0",
        "-fa", "on", "--host", "0.0.0.0", "--port", "8080", "-np", "2", "--jinja", "--alias", "gemma",
    ]  # fmt: skip
    f = cl.parse(argv)
    assert (f.model, f.mmproj, f.ctx_size, f.gpu_layers) == (argv[2], argv[4], 8192, 99)
    assert (f.cache_type_k, f.cache_type_v, f.flash_attn, f.parallel) == ("q8_0", "q8_0", "on", 2)
    assert f.shown["mmproj"] == "--mmproj mmproj-F16.gguf"  # a file by its name: its folder may name the user
    assert f.shown["cache_type_k"] == "-ctk q8_0" and f.problems == ()
    assert f.kv_layout().streams == 2  # -np 2 without -kvu: a KV cache per slot


def test_long_forms_underscores_and_the_last_value_count_as_llama_cpp_reads_them():
    argv = [
        "llama-server", "--model", "m.gguf", "--cache_type_k", "q4_0", "--cache-type-v", "f16",
        "--n-gpu-layers", "all", "--n-cpu-moe", "12", "--spec-draft-model", "draft.gguf",
        "--parallel", "4", "--kv-unified", "--ctx-size", "2048", "--ctx-size", "4096",
    ]  # fmt: skip
    f = cl.parse(argv)
    assert (f.cache_type_k, f.cache_type_v, f.gpu_layers, f.n_cpu_moe) == ("q4_0", "f16", -2, 12)
    assert (f.draft, f.parallel, f.kv_unified, f.ctx_size) == ("draft.gguf", 4, True, 4096)
    assert f.kv_layout() == KvLayout(slots=4, unified=True)  # -kvu: one cache shared by the slots
    # -np auto is 4 slots sharing one cache, even with -no-kvu (server.cpp turns it on): llama-server's default
    assert cl.parse(["s", "-np", "-1", "-no-kvu"]).kv_layout() == LLAMA_SERVER_AUTO
    assert cl.parse(["s"]).kv_layout() == cl.parse(["s"]).kv_layout(slots=4) == LLAMA_SERVER_AUTO
    assert cl.parse(["s", "-md", "d.gguf"]).draft == cl.parse(["s", "--model-draft", "d.gguf"]).draft == "d.gguf"
    assert cl.parse(["s", "-cmoe"]).cpu_moe is True and cl.parse(["s", "-ncmoe", "3"]).n_cpu_moe == 3


def test_flag_equals_value_is_not_a_flag_to_llama_cpp_nor_here():
    # arg.cpp looks each word up whole: llama-server refuses "--ctx-size=4096", so it is read as no flag of ours
    f = cl.parse(["llama-server", "--cache-type-k=q8_0", "-ngl", "10"])
    assert f.cache_type_k is None and f.gpu_layers == 10 and f.problems == ()


def test_the_old_fa_switch_and_the_new_fa_value_both_read():
    assert cl.parse(["s", "-fa", "-ngl", "99"]).flash_attn == "on"  # before mid-2025: a switch
    assert cl.parse(["s", "-ngl", "99", "-fa"]).flash_attn == "on"
    assert cl.parse(["s", "--flash-attn", "off"]).flash_attn == "off"
    assert cl.parse(["s", "-fa", "-1"]).flash_attn == "auto" and cl.parse(["s", "-fa", "enabled"]).flash_attn == "on"


def test_the_environment_applies_first_and_the_command_line_over_it():
    env = {"LLAMA_ARG_CACHE_TYPE_K": "q8_0", "LLAMA_ARG_CACHE_TYPE_V": "q4_0", "LLAMA_ARG_MMPROJ": "/x/mm.gguf"}
    f = cl.parse(["llama-server", "-ctv", "q8_0"], env)
    assert (f.cache_type_k, f.cache_type_v, f.mmproj) == ("q8_0", "q8_0", "/x/mm.gguf")
    assert f.shown["cache_type_k"] == "LLAMA_ARG_CACHE_TYPE_K=q8_0" and f.shown["cache_type_v"] == "-ctv q8_0"
    assert f.shown["mmproj"] == "LLAMA_ARG_MMPROJ=mm.gguf"
    assert cl.parse(["s"], {"LLAMA_ARG_CPU_MOE": "0"}).cpu_moe is None  # a switch set off is not set


# ---------------------------------------------------------------------------------------------- hostile


@pytest.mark.parametrize(
    ("argv", "flag", "value"),
    [
        (["s", "-ngl", "-5"], "-ngl", "-5"),
        (["s", "-np", "0"], "-np", "0"),
        (["s", "--n-cpu-moe", "-1"], "--n-cpu-moe", "-1"),
        (["s", "-ctk", "q9_9"], "-ctk", "q9_9"),
        (["s", "-c", "abc"], "-c", "abc"),
        (["s", "-c", "99999999999999999999"], "-c", "99999999999999999999"),
        (["s", "-fa", "maybe"], "-fa", "maybe"),
        (["s", "-c", "٣"], "-c", "٣"),  # a digit to str.isdigit, not to std::stoi
    ],
)
def test_a_value_llama_server_refuses_is_a_code_and_the_flag_is_left_out(argv, flag, value):
    f = cl.parse(argv)
    assert [(p.code, p.values) for p in f.problems] == [(cl.BAD_VALUE, {"flag": flag, "value": value})]
    assert (f.gpu_layers, f.parallel, f.n_cpu_moe, f.cache_type_k, f.ctx_size, f.flash_attn) == (None,) * 6


def test_a_flag_without_its_value_at_the_end_is_said():
    f = cl.parse(["llama-server", "-ctk", "q8_0", "--mmproj"])
    assert f.cache_type_k == "q8_0" and f.mmproj is None
    assert [(p.code, p.values) for p in f.problems] == [(cl.WITHOUT_VALUE, {"flag": "--mmproj"})]


def test_a_huge_command_line_is_said_and_none_of_its_flags_used():
    f = cl.parse(["llama-server", "-ctk", "q8_0", *(["--verbose"] * cl.MAX_WORDS)])
    assert codes(f) == [cl.TOO_LONG] and f.cache_type_k is None and f.shown == {}
    long_word = cl.parse(["s", "-m", "x" * (cl.MAX_WORD_CHARS + 1), "-ctk", "q4_0"])
    assert long_word.model is None and long_word.cache_type_k == "q4_0" and codes(long_word) == [cl.BAD_VALUE]


def test_undecodable_bytes_and_odd_words_never_crash_and_are_shown_safely():
    path = os.fsdecode(b"/models/mmproj-\xff\xfe.gguf")  # psutil's surrogate escapes for non-UTF-8 bytes
    f = cl.parse(["llama-server", "--mmproj", path, "-a", "\x1b[31m", "", "-", "--", None, 5, "-ctv", "q8_0"])  # type: ignore[list-item]
    assert f.mmproj == path and f.shown["mmproj"] == "--mmproj mmproj-??.gguf" and f.cache_type_v == "q8_0"
    assert cl.shown_text("a\nb\x00c" + "x" * 200).startswith("a?b?c") and len(cl.shown_text("x" * 200)) == 80
    assert cl.parse([]) == cl.LaunchFlags() and cl.parse(["llama-server"]).problems == ()


def test_a_process_of_another_user_or_gone_is_a_code(monkeypatch):
    assert codes(cl.read_process(2**22 + 12345)) == [cl.UNREADABLE]  # no such process (pid_max is 2**22)

    def refused(self):
        raise psutil.AccessDenied(self.pid)

    monkeypatch.setattr(psutil.Process, "cmdline", refused)
    f = cl.read_process(os.getpid())
    assert [(p.code, p.values) for p in f.problems] == [(cl.UNREADABLE, {"reason": "access_denied"})]


def test_a_process_command_line_and_only_llama_settings_of_its_environment_are_read(monkeypatch, tmp_path):
    monkeypatch.setenv("LLAMA_ARG_CACHE_TYPE_K", "q4_0")
    monkeypatch.setenv("LLAMA_API_KEY", "secret")  # never read: only the settings that change memory or speed
    # the environment a process started with: psutil reads /proc/<pid>/environ, so a child is started here
    import subprocess
    import sys

    script = tmp_path / "server.py"
    script.write_text("import time\nprint('ready', flush=True)\ntime.sleep(30)\n")
    child = subprocess.Popen([sys.executable, str(script), "-ctv", "q8_0"], stdout=subprocess.PIPE)
    try:
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"  # started: its own argv now
        f = cl.read_process(child.pid)
    finally:
        child.kill()
        child.wait(timeout=5)
        child.stdout.close()  # type: ignore[union-attr]
    assert f.cache_type_k == "q4_0" and f.cache_type_v == "q8_0" and f.problems == ()
    assert "secret" not in repr(f)


# ---------------------------------------------------------------------------------------------- the prediction


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    return write_llama_gguf(
        tmp_path_factory.mktemp("m") / "kv-heavy.gguf", n_embd=512, n_head=4, n_layer=4, n_ctx_train=16384
    )


def test_the_kv_cache_types_give_the_estimate_for_those_types(model):
    spec, profile = spec_from_gguf(read_gguf(model)), load_profile(CPU_ONLY)
    q8 = cl.as_started(spec, profile, context=8192, flags=cl.parse(["s", "-ctk", "q8_0", "-ctv", "q8_0"]))
    assert q8.ram_bytes == estimate(spec, profile, context=8192, kv_type="q8_0").memory.ram_bytes
    assert q8.used == ("-ctk q8_0", "-ctv q8_0")
    plain = estimate(spec, profile, context=8192).memory.ram_bytes
    mixed = cl.as_started(spec, profile, context=8192, flags=cl.parse(["s", "-ctk", "q8_0"])).ram_bytes
    assert q8.ram_bytes < mixed < plain  # half the cache quantized: half-way
    default = cl.as_started(spec, profile, context=8192, flags=cl.parse(["s", "-fa", "on", "-c", "8192"]))
    assert default.ram_bytes == plain and default.used == ()  # what the default estimate assumes: nothing to say


def test_parallel_slots_hold_a_cache_each_unless_unified(model):
    spec, profile = spec_from_gguf(read_gguf(model)), load_profile(CPU_ONLY)
    per_slot = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "-np", "2"]))
    two_streams = estimate(spec, profile, context=8192, kv_layout=KvLayout(slots=2))
    assert per_slot.ram_bytes == two_streams.memory.ram_bytes and (per_slot.slots, per_slot.kv_unified) == (2, False)
    # two caches of 4,096 cells hold what one of 8,192 does; the compute buffer's masks span one slot's cells
    assert two_streams.memory.kv_cache_bytes == estimate(spec, profile, context=8192).memory.kv_cache_bytes
    assert per_slot.used == ("-np 2",)
    unified = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "-np", "2", "-kvu"]))
    # a model without sliding-window or recurrent layers: two slots sharing one cache need what one slot does
    assert unified.ram_bytes == estimate(spec, profile, context=4096).memory.ram_bytes
    assert unified.used == ("-np 2", "-kvu") and (unified.slots, unified.kv_unified) == (2, True)


def test_a_projector_adds_its_file_and_one_image_and_fa_off_its_attention_matrix(model, tmp_path):
    spec, profile = spec_from_gguf(read_gguf(model)), load_profile(CPU_ONLY)
    mm = write_gemma3_mmproj(tmp_path / "mmproj-F16.gguf", projection_dim=512, image_size=448, n_ff=2048)
    plain = estimate(spec, profile, context=4096).memory.ram_bytes
    on = cl.as_started(
        spec, profile, context=4096, flags=cl.parse(["s", "--mmproj", "mmproj-F16.gguf"]), folder=str(tmp_path)
    )
    assert on.used == ("--mmproj mmproj-F16.gguf",) and on.ram_bytes - plain == mm.stat().st_size + on.image_bytes
    off = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "-fa", "off", "--mmproj", str(mm)]))
    assert off.used == ("-fa off", f"--mmproj {mm.name}") and off.image_bytes > on.image_bytes
    idle = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "--mmproj", str(mm)]), multimodal=False)
    assert idle.ram_bytes == plain and idle.used == ()  # /props says it takes no image: no projector loaded


def test_a_file_that_cannot_be_read_or_another_model_is_said_and_left_out(model, tmp_path):
    spec, profile = spec_from_gguf(read_gguf(model)), load_profile(CPU_ONLY)
    plain = estimate(spec, profile, context=4096).memory.ram_bytes
    gone = cl.as_started(
        spec, profile, context=4096, flags=cl.parse(["s", "--mmproj", "/no/such/mm.gguf", "-md", str(tmp_path)])
    )
    assert [(p.code, p.values) for p in gone.problems] == [
        (cl.FILE_UNREADABLE, {"flag": "--mmproj", "file": "mm.gguf", "reason": "missing"}),
        (cl.FILE_UNREADABLE, {"flag": "-md", "file": tmp_path.name, "reason": "unreadable"}),  # a folder
    ]
    assert gone.ram_bytes == plain and gone.used == ()
    other = cl.as_started(
        spec, profile, context=4096, flags=cl.parse(["s", "-m", "/m/other.gguf", "-ctk", "q4_0"]), model_path=str(model)
    )
    assert [p.code for p in other.problems] == [cl.OTHER_MODEL] and other.ram_bytes == plain and other.used == ()


def test_gpu_layers_and_experts_in_ram_lay_the_model_out_as_started(model):
    spec, profile = spec_from_gguf(read_gguf(model)), load_profile(GPU_PC)
    full = estimate(spec, profile, context=4096)
    assert full.gpu_layers == full.total_layers == 4
    none = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "-ngl", "0"]))
    assert none.gpu_layers == 0 and none.vram_bytes == 0 and none.used == ("-ngl 0",)
    two = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "--n-gpu-layers", "2"]))
    assert two.gpu_layers == 2 and 0 < two.vram_bytes < full.memory.vram_bytes
    assert cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "-ngl", "99"])).used == ()  # all fit
    cpu = cl.as_started(spec, load_profile(CPU_ONLY), context=4096, flags=cl.parse(["s", "-ngl", "0", "-cmoe"]))
    assert cpu.used == ()  # without a graphics card neither changes anything


def test_a_draft_model_is_added_beside_the_model(model, tmp_path):
    spec, profile = spec_from_gguf(read_gguf(model)), load_profile(CPU_ONLY)
    draft = write_llama_gguf(tmp_path / "draft.gguf")
    with_draft = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "-md", str(draft)]))
    expected = estimate(spec, profile, context=4096, draft=spec_from_gguf(read_gguf(draft)))
    assert with_draft.ram_bytes == expected.memory.ram_bytes and with_draft.used == ("-md draft.gguf",)


@pytest.mark.parametrize(
    "argv",
    [
        ["s", "-ctkd", "q8_0", "-ctvd", "q4_0", "-ngld", "0", "-devd", "none"],
        ["s", "--cache-type-k-draft", "q8_0", "--cache-type-v-draft", "q4_0", "--gpu-layers-draft", "0",
         "--device-draft", "none"],
        ["s", "--spec-draft-type-k", "q8_0", "--spec_draft_type_v", "q4_0", "--n-gpu-layers-draft", "0",
         "--spec-draft-device", "none"],
        ["s", "-ctkd", "q8_0", "-ctvd", "q4_0", "--spec-draft-ngl", "0", "-devd", "none"],
    ],
)  # fmt: skip
def test_the_draft_models_own_flags_are_read_by_every_name_llama_cpp_gives_them(argv):
    f = cl.parse(argv)
    assert (f.cache_type_k_draft, f.cache_type_v_draft, f.gpu_layers_draft, f.device_draft) == (
        "q8_0",
        "q4_0",
        0,
        "none",
    )
    assert f.problems == () and f.cache_type_k is None and f.gpu_layers is None  # not the model's flags
    assert f.draft_settings() == DraftSettings(type_k="q8_0", type_v="q4_0", gpu_layers=0)


def test_the_draft_flags_values_read_as_llama_cpp_reads_them():
    assert cl.parse(["s"]).draft_settings() == DraftSettings()  # f16, its layers on the GPU (auto)
    # auto and all: every layer; a number: that many, as -ngl; -devd with a device: the GPU
    assert cl.parse(["s", "-ngld", "all"]).draft_settings().gpu_layers is None
    assert cl.parse(["s", "-ngld", "auto", "-devd", "CUDA1"]).draft_settings().gpu_layers is None
    assert cl.parse(["s", "-ngld", "5"]).draft_settings().gpu_layers == 5
    assert cl.parse(["s", "-ngld", "99", "-devd", "none"]).draft_settings().gpu_layers == 0  # no device: RAM
    env = {"LLAMA_ARG_SPEC_DRAFT_CACHE_TYPE_K": "q8_0", "LLAMA_ARG_N_GPU_LAYERS_DRAFT": "0"}
    f = cl.parse(["s", "-ngld", "all"], env)  # the environment first, the command line over it
    assert (f.cache_type_k_draft, f.gpu_layers_draft) == ("q8_0", -2)
    assert f.shown["cache_type_k_draft"] == "LLAMA_ARG_SPEC_DRAFT_CACHE_TYPE_K=q8_0"
    bad = cl.parse(["s", "-ctkd", "q9_9", "-ngld", "-5", "-ctvd", "q8_0"])
    assert [(p.code, p.values["flag"]) for p in bad.problems] == [(cl.BAD_VALUE, "-ctkd"), (cl.BAD_VALUE, "-ngld")]
    assert bad.draft_settings() == DraftSettings(type_v="q8_0")


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    return write_llama_gguf(
        tmp_path_factory.mktemp("d") / "draft.gguf", n_embd=256, n_head=4, n_head_kv=2, n_layer=2, n_ff=512
    )


def test_the_draft_is_sized_with_the_models_settings_and_its_own_cache_types(model, draft):
    spec, profile, d = spec_from_gguf(read_gguf(model)), load_profile(CPU_ONLY), spec_from_gguf(read_gguf(draft))
    # -fa off reaches the draft too (its context is built from the model's settings): what it adds grows by its
    # attention scores, 8192 cells × 512 tokens × 4 heads, f32
    fa_off = cl.parse(["s", "-c", "8192", "-np", "1", "-fa", "off", "-md", str(draft)])
    plain = cl.parse(["s", "-c", "8192", "-np", "1", "-fa", "off"])
    on = cl.parse(["s", "-c", "8192", "-np", "1", "-md", str(draft)])
    on_plain = cl.parse(["s", "-c", "8192", "-np", "1"])

    def ram(flags: cl.LaunchFlags) -> int:
        return cl.as_started(spec, profile, context=8192, flags=flags).ram_bytes

    assert (ram(fa_off) - ram(plain)) - (ram(on) - ram(on_plain)) >= 8192 * 512 * 4 * 4
    # -ctkd/-ctvd: the draft's cache at q8_0, said as started; -ctk alone leaves the draft at f16
    argv = ["s", "-c", "8192", "-np", "1", "-md", str(draft), "-ctkd", "q8_0", "-ctvd", "q8_0"]
    q8 = cl.as_started(spec, profile, context=8192, flags=cl.parse(argv))
    q8_settings = DraftSettings(type_k="q8_0", type_v="q8_0")
    assert q8.ram_bytes == estimate(spec, profile, context=8192, draft=d, draft_settings=q8_settings).memory.ram_bytes
    assert q8.ram_bytes < ram(on) and q8.used == ("-md draft.gguf", "-ctkd q8_0", "-ctvd q8_0")
    ctk = cl.as_started(spec, profile, context=8192, flags=cl.parse([*argv[:7], "-ctk", "q8_0", "-ctv", "q8_0"]))
    assert ctk.ram_bytes == estimate(spec, profile, context=8192, kv_type="q8_0", draft=d).memory.ram_bytes


def test_ngld_0_and_devd_none_keep_the_draft_off_the_graphics_card(model, draft):
    spec, profile = spec_from_gguf(read_gguf(model)), load_profile(GPU_PC)
    alone = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "-np", "1"]))
    on_card = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "-np", "1", "-md", str(draft)]))
    assert on_card.vram_bytes > alone.vram_bytes  # -ngld auto: the draft on the card with the model
    for flag in (["-ngld", "0"], ["--spec-draft-device", "none"]):
        kept = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "-np", "1", "-md", str(draft), *flag]))
        assert kept.vram_bytes == alone.vram_bytes and kept.gpu_layers == kept.total_layers
        assert kept.ram_bytes > on_card.ram_bytes and kept.used == ("-md draft.gguf", " ".join(flag))
    # -ngld above its 2 layers: every layer on the card, as auto (nothing to say); -devd naming a card: the same
    for flag in (["-ngld", "99"], ["-devd", "CUDA0"]):
        same = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "-np", "1", "-md", str(draft), *flag]))
        assert same == on_card
    # without a graphics card they change nothing, and are not said
    cpu = cl.parse(["s", "-np", "1", "-md", str(draft), "-ngld", "0"])
    assert cl.as_started(spec, load_profile(CPU_ONLY), context=4096, flags=cpu).used == ("-md draft.gguf",)


def test_a_recurrent_model_keeps_a_state_per_slot(model):
    spec = dataclasses.replace(spec_from_gguf(read_gguf(model)), recurrent_state_bytes=64 * 2**20)
    profile = load_profile(CPU_ONLY)
    one = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "-np", "1"]), slots=4)
    four = cl.as_started(spec, profile, context=4096, flags=cl.parse(["s"]), slots=4)  # /props: 4 slots (auto)
    assert four.ram_bytes - one.ram_bytes == 3 * 64 * 2**20
