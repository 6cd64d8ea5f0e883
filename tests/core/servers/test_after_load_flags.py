"""Checked after load, against the real llama-server started with flags that change its memory: the prediction is
for the server as it was started (its command line read from the process), within the sizing engine's target,
where the default prediction was not; the flags taken into account are said, in the CLI too."""

from __future__ import annotations

import json

import pytest

from advisor.cli.main import main
from advisor.core.hardware.profile_io import load_profile
from advisor.core.servers import after_load as al
from advisor.core.servers import command_line as cl
from tests.core.sizing.test_projector import IMAGE_MESSAGE, _chat
from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import LlamaServer
from tests.support.mmproj_factory import write_gemma3_mmproj

pytestmark = pytest.mark.server
GiB, MiB = 2**30, 2**20
CPU_ONLY = {"ram": {"total_bytes": 16 * GiB, "available_bytes": 12 * GiB, "bandwidth_gbps": 20}, "gpus": []}


def defaults_only(_pid: int) -> cl.LaunchFlags:
    """The prediction before this check read the command line: llama-server's defaults."""
    return cl.LaunchFlags()


def within_target(a: al.AfterLoad) -> bool:
    assert a.used_bytes is not None and a.predicted_bytes is not None
    return abs(a.predicted_bytes - a.used_bytes) <= max(0.10 * a.predicted_bytes, 150 * MiB)


@pytest.fixture(scope="module")
def kv_heavy(tmp_path_factory):
    """A model whose KV cache is most of its memory (1 GiB in f16 at 16k tokens, 8 layers 1024 wide)."""
    folder = tmp_path_factory.mktemp("kv")
    return write_llama_gguf(folder / "kv-heavy.gguf", n_embd=1024, n_head=8, n_layer=8, n_ff=256, n_ctx_train=32768)


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["-ctk", "q8_0", "-ctv", "q8_0", "-fa", "on"], ("-ctk q8_0", "-ctv q8_0")),
        # each slot its own cache of n_ctx / 2: /props says the slot's 8192 and 2 slots; a command line that says
        # nothing of -np (the baseline here) is read as llama-server's automatic -np, 4 slots sharing one cache
        (["-np", "2", "-kvu"], ("-np 2", "-kvu")),
    ],
)
def test_the_prediction_is_for_the_server_as_started(kv_heavy, llama_server_bin, extra, said):
    profile = load_profile(CPU_ONLY)
    with LlamaServer(kv_heavy, ctx_size=16384, extra_args=extra, binary=llama_server_bin) as server:
        server.complete(n_predict=4)
        started = al.after_load(server.base_url + "/v1", profile)
        default = al.after_load(server.base_url + "/v1", profile, launch_flags=defaults_only)
    assert started.started_with == said and started.command_line == ()
    assert started.memory_gap == "close" and within_target(started), (started.predicted_bytes, started.used_bytes)
    assert default.memory_gap != "close" and not within_target(default)
    assert "memory_gap_unexplained" in [r.code for r in default.explanations]
    assert "memory_gap_unexplained" not in [r.code for r in started.explanations]
    print(
        f"{' '.join(extra)}: predicted {default.predicted_bytes / MiB:.0f} → {started.predicted_bytes / MiB:.0f} MiB,"
        f" used {started.used_bytes / MiB:.0f} MiB"
    )


def test_a_vision_projector_is_predicted_and_said_before_and_after_its_first_image(tmp_path, llama_server_bin, capsys):
    text = write_llama_gguf(tmp_path / "m.gguf", n_embd=256, n_head=4, n_layer=2, n_ff=512, n_ctx_train=4096)
    mmproj = write_gemma3_mmproj(tmp_path / "mmproj-F16.gguf", projection_dim=256)  # Gemma 3's tower, 896 pixels
    hw = tmp_path / "pc.json"
    hw.write_text(json.dumps(CPU_ONLY), encoding="utf-8")
    profile = load_profile(CPU_ONLY)
    with LlamaServer(text, ctx_size=4096, extra_args=["--mmproj", str(mmproj)], binary=llama_server_bin) as server:
        fresh = al.after_load(server.base_url + "/v1", profile)
        _chat(server.base_url, IMAGE_MESSAGE)
        seen = al.after_load(server.base_url + "/v1", profile)
        default = al.after_load(server.base_url + "/v1", profile, launch_flags=defaults_only)
        assert main(["server", "--url", server.base_url + "/v1", "--after-load", "--hardware", str(hw)]) == 0
    out = capsys.readouterr().out
    assert seen.started_with == ("--mmproj mmproj-F16.gguf",)
    assert seen.memory_gap == "close" and within_target(seen), (seen.predicted_bytes, seen.used_bytes)
    assert default.memory_gap == "more" and not within_target(default)  # the projector was not counted
    # before the first image its buffers are not in use yet: said as the reason, not as an unexplained gap
    assert fresh.memory_gap == "less" and [r.code for r in fresh.explanations if r.code != "context_differs"] == [
        al.IMAGE_NOT_SEEN
    ]
    line = next(x for x in out.splitlines() if x.startswith("As started"))
    assert "--mmproj mmproj-F16.gguf (in the prediction)" in line
    print(
        f"--mmproj: predicted {default.predicted_bytes / MiB:.0f} → {seen.predicted_bytes / MiB:.0f} MiB,"
        f" used {seen.used_bytes / MiB:.0f} MiB after an image ({fresh.used_bytes / MiB:.0f} before)"
    )


def test_a_command_line_that_cannot_be_read_is_a_code_and_the_defaults_are_predicted(llama_server):
    def refused(_pid: int) -> cl.LaunchFlags:
        raise PermissionError("not yours")  # a reader that breaks its contract: still no traceback

    a = al.after_load(llama_server.base_url + "/v1", load_profile(CPU_ONLY), launch_flags=refused)
    assert [(r.code, r.values) for r in a.command_line] == [(cl.UNREADABLE, {"reason": "unreadable"})]
    assert a.predicted_bytes and a.memory_gap == "close" and a.started_with == ()
    # the whole check's deadline spent on the server's answer: the command line is not read, and that is said
    spent = al.Deadline(0.0)
    late = al._flags_of(llama_server.pid, cl.read_process, spent)
    assert [(r.code, r.values) for r in late.problems] == [(cl.UNREADABLE, {"reason": "timeout"})]
    words = al.after_load(llama_server.base_url + "/v1", load_profile(CPU_ONLY), launch_flags=lambda _p: late)
    assert [r.code for r in words.command_line] == [cl.UNREADABLE] and words.predicted_bytes
