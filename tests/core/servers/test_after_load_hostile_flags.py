"""The check after load against a llama-server whose model header reads slowly, or that was started with a slot
count or a KV cache llama.cpp or the sizing cannot take, or with `LLAMA_ARG_*` values in another case than
llama.cpp's: the check keeps its `--timeout`, says what is wrong with the flag (never "the model file cannot be
read"), and reads the environment exactly as llama.cpp's common/arg.cpp does. A fake llama-server on 127.0.0.1
answers `/props` as the real one does; its "command line" is the one given to the check."""

from __future__ import annotations

import struct
import time

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH
from advisor.core.messages import after_load as words
from advisor.core.servers import after_load as al
from advisor.core.servers import command_line as cl
from advisor.core.sizing.estimate import MAX_CONTEXT
from tests.support.fake_http import FakeServer, json_reply
from tests.support.gguf_factory import write_llama_gguf

GiB = 2**30
CPU_ONLY = {"ram": {"total_bytes": 32 * GiB, "available_bytes": 24 * GiB, "bandwidth_gbps": 40}, "gpus": []}


def _props(path, n_ctx: int = 4096, slots: int = 1) -> dict:
    return {
        "model_path": str(path),
        "total_slots": slots,
        "default_generation_settings": {"n_ctx": n_ctx},
        "modalities": {"vision": False},
    }


def _check(path, argv: list[str], environ: dict[str, str] | None = None, *, n_ctx=4096, slots=1, timeout_s=10.0):
    with FakeServer({"GET /props": json_reply(_props(path, n_ctx, slots))}) as server:
        return al.after_load(
            server.base_url + "/v1",
            load_profile(CPU_ONLY),
            kind="llama.cpp",
            timeout_s=timeout_s,
            launch_flags=lambda _pid: cl.parse(["llama-server", "-m", str(path), *argv], environ),
        )


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return write_llama_gguf(tmp_path_factory.mktemp("m") / "tiny.gguf", n_ctx_train=4096)


def _said(a: al.AfterLoad) -> list[str]:
    return words.missing(ENGLISH, a)


# ---------------------------------------------------------------------------------------------- the time limit


def _slow_gguf(path, items: int):
    """A GGUF whose one metadata value is an array of `items` empty strings: valid, and slow to walk."""
    key = b"general.padding"
    head = b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", len(key)) + key
    head += struct.pack("<IIQ", 9, 8, items)
    with open(path, "wb") as fh:
        fh.write(head)
        fh.write(bytes(8 * items))
    return path


def test_a_slow_model_header_is_read_within_the_checks_own_time_limit(tmp_path):
    slow = _slow_gguf(tmp_path / "slow.gguf", 4_000_000)  # several seconds to walk here; the check has 1
    started = time.monotonic()
    a = _check(slow, [], timeout_s=1.0)
    took = time.monotonic() - started
    assert took < 2.5, took
    assert al.MODEL_TIMEOUT in a.notes and al.MODEL_UNREADABLE not in a.notes
    assert "could not be read within the check's time limit" in " ".join(_said(a))


# ---------------------------------------------------------------------------------------------- slots and cache


@pytest.mark.parametrize(
    ("argv", "environ"), [(["-np", "100000"], None), ([], {"LLAMA_ARG_N_PARALLEL": "100000"}), (["-np", "257"], None)]
)
def test_more_slots_than_llama_cpp_allows_is_said_as_a_bad_value_not_an_unreadable_file(tiny, argv, environ):
    a = _check(tiny, argv, environ)
    assert al.MODEL_UNREADABLE not in a.notes
    assert [r.code for r in a.command_line] == [cl.BAD_VALUE]
    flag = argv[0] if argv else "LLAMA_ARG_N_PARALLEL"
    value = argv[1] if argv else "100000"
    assert f"{flag} {value}: not a value llama-server accepts" in " ".join(_said(a))
    assert a.predicted_bytes is not None  # predicted with the slots /props reports


def test_the_most_slots_llama_cpp_allows_are_taken():
    assert cl.parse(["s", "-np", "256"]).parallel == 256 and cl.parse(["s", "-np", "256"]).problems == ()


def test_a_kv_cache_larger_than_the_sizing_handles_is_said_as_such(tiny):
    """-c 33554432 -np 256: 256 slots of 131,072 tokens, a real (if unusual) server; the whole cache is more than
    the sizing's MAX_CONTEXT."""
    a = _check(tiny, ["-c", "33554432", "-np", "256"], n_ctx=131072, slots=256)
    assert al.MODEL_UNREADABLE not in a.notes
    assert [(r.code, r.values) for r in a.command_line] == [
        (cl.CACHE_TOO_LARGE, {"context": 33554432, "slots": 256, "most": MAX_CONTEXT})
    ]
    said = " ".join(_said(a))
    assert "KV cache holds 33,554,432 tokens in all (256 slots), more than the 16,777,216 tokens" in said
    assert "cannot be read" not in said and a.predicted_bytes is None


# ---------------------------------------------------------------------------------------------- values, exactly


@pytest.mark.parametrize("value", ["ON", "On", "TRUE", "yes", " on", "on "])
def test_a_switchs_variable_counts_only_with_llama_cpps_exact_truthy_words(value):
    flags = cl.parse(["s"], {"LLAMA_ARG_SWA_FULL": value})
    assert flags.swa_full is None and flags.problems == ()  # arg.cpp ignores it, without an error


@pytest.mark.parametrize("value", ["on", "enabled", "true", "1"])
def test_a_switchs_variable_counts_with_a_truthy_word(value):
    assert cl.parse(["s"], {"LLAMA_ARG_SWA_FULL": value}).swa_full is True


@pytest.mark.parametrize(
    ("env", "field"),
    [
        ({"LLAMA_ARG_KV_OFFLOAD": "OFF"}, "kv_offload"),
        ({"LLAMA_ARG_FLASH_ATTN": "Off"}, "flash_attn"),
        ({"LLAMA_ARG_CACHE_TYPE_K": "Q8_0"}, "cache_type_k"),
        ({"LLAMA_ARG_N_GPU_LAYERS": "ALL"}, "gpu_layers"),
        ({"LLAMA_ARG_N_PARALLEL": "two"}, "parallel"),
    ],
)
def test_values_llama_cpp_refuses_in_another_case_are_bad_values(env, field):
    flags = cl.parse(["s"], env)
    assert getattr(flags, field) is None
    assert [(r.code, r.values["flag"]) for r in flags.problems] == [(cl.BAD_VALUE, next(iter(env)))]


def test_the_command_line_values_are_compared_exactly_too():
    flags = cl.parse(["s", "-ctk", "Q8_0", "-fa", "ON", "-ctv", "q8_0", "-fa", "on"])
    assert flags.cache_type_k is None and flags.cache_type_v == "q8_0" and flags.flash_attn == "on"
    assert [r.values["value"] for r in flags.problems] == ["Q8_0", "ON"]


@pytest.mark.parametrize(("text", "number"), [("4096", 4096), (" 4096", 4096), ("4096abc", 4096), ("+8", 8)])
def test_numbers_are_read_as_std_stoi_reads_them(text, number):
    assert cl.parse(["s", "-c", text]).ctx_size == number


@pytest.mark.parametrize("text", ["abc", "", "99999999999", "-", "x1"])
def test_numbers_std_stoi_refuses_are_bad_values(text):
    flags = cl.parse(["s"], {"LLAMA_ARG_CTX_SIZE": text})
    assert flags.ctx_size is None and [r.code for r in flags.problems] == [cl.BAD_VALUE]


def test_a_no_variable_wins_and_its_positive_one_is_not_even_read():
    flags = cl.parse(["s"], {"LLAMA_ARG_NO_KV_OFFLOAD": "1", "LLAMA_ARG_KV_OFFLOAD": "whatever"})
    assert flags.kv_offload is False and flags.problems == ()
