"""Calibrated by the user's own machine: a benchmark of a model on this computer corrects every other estimate here.

When a local server's model has been measured (`llm-advisor server --bench`, the app's Local server page) and the
file it runs is known — llama.cpp's `/props` names it; for LM Studio, the one file in its folder whose name
matches the model — its header is read and `estimate()` gives the prediction for that file on this machine. The
correction is measured ÷ predicted (solved so that the estimate of that very file then says what was measured),
for the side the model ran on: the GPU's decode efficiency when the estimate puts every layer on the GPU, the
processor's decode rate when it runs on the processor. Prompt speed is not corrected: the benchmark's prompt is a
few hundred tokens, too short to measure the steady prompt rate the estimate predicts.

Refused, with a code: a server on another computer, a file the server does not name, a model split between GPU and
processor (the time on each cannot be told apart), a model the estimate says does not fit, fewer than
`MIN_TOKENS_PER_RUN` tokens per run, a model too small to say anything about larger ones, and a measurement more
than `REJECT_ABOVE`× off the estimate (another setup than the estimate describes: layers not on the GPU, a busy
machine). Between `CLAMP_ABOVE` and `REJECT_ABOVE` the factor is limited to `CLAMP_ABOVE` (and said). A refusal
keeps the calibration saved before.

Too small: a token's time is a fixed part (building the step, sampling, launching kernels) plus reading the weights
at the memory's speed, and the factor corrects only the second. A model that reads less than
`MIN_WEIGHTS_READ_BYTES` per token (a 3 MB test file, a 270M-0.5B model), or whose estimated reading time is less
than `MIN_WEIGHTS_SHARE` of its token's time on this machine (a 1-3B model on a fast GPU), measures mostly the
fixed part, which the estimate models only roughly; dividing what is left by the estimate's reading time turns a
fraction of a millisecond of error into a factor that would move every 7B-70B estimate (one such benchmark of a
3 MB model put ×0.41 on every estimate, and no model ran usably any more).

The factor is the correction of the reading time alone, so it differs from measured ÷ estimated of the model
benchmarked (the fixed part is not scaled); both are said. Each benchmark replaces the saved factor (the newest
describes the setup as it is now: a new server version, other threads or drivers), and the one it replaces is said
beside it, so a noisy run shows as a jump the user can see and repeat.

Stored as JSON (`store_path()`: `LLM_ADVISOR_CONFIG_DIR`, else the platform's settings folder), written atomically,
with a fingerprint of the hardware (processor, RAM, GPUs, operating system): a calibration measured on another
computer or with another graphics card is never applied. A file that cannot be read, or is not a calibration (too
large, not JSON, a value out of range), is ignored with a problem code, never an exception.

`machine_from_profile` asks `active_for(profile)` — the one entry point, so `estimate`, `recommend`, the tiers,
the catalogue's ranking and the costs' speed all pick it up — and every Estimate and Recommendation it corrected
carries a `CalibrationUsed` (model, date, where, factor) for the front ends to say.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import os
import re
import threading
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advisor.core.files import (
    FileTooLargeError,
    NotARegularFileError,
    read_small_file,
    require_regular_file,
    user_config_dir,
    write_atomic,
)
from advisor.core.jsonio import finite_number
from advisor.core.types import CalibrationUsed, FitLevel, HardwareProfile, ModelSpec, Reason

if TYPE_CHECKING:
    from advisor.core.sizing.machine import Machine

SCHEMA = 1
KIND = "llm-advisor calibration"
FILE_NAME = "calibration.json"
MAX_FILE_BYTES = 64 * 1024
CLAMP_BELOW, CLAMP_ABOVE = 1 / 3, 3.0  # the factor is kept within these
REJECT_BELOW, REJECT_ABOVE = 0.2, 5.0  # measured ÷ predicted outside these: not the setup the estimate describes
MIN_TOKENS_PER_RUN = 32
MIN_WEIGHTS_READ_BYTES = 2**30  # weights read per generated token, at least (1 GiB: a 1.5B model in Q4_K_M or more)
MIN_WEIGHTS_SHARE = 2 / 3  # reading them takes at least this share of the token's estimated time (2× the fixed part)
DEFAULT_PROPS_TIMEOUT_S = 5.0
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "0.0.0.0")
GPU, CPU = "gpu", "cpu"

# why a benchmark could not calibrate (`CalibrationOutcome.refused.code`)
NOT_LOCAL = "not_local"  # the server runs on another computer
NO_SPEED = "no_speed"  # cancelled, or no generation speed measured
TOO_SHORT = "too_short"  # fewer than MIN_TOKENS_PER_RUN tokens per run: {tokens}, {minimum}
MODEL_FILE_UNKNOWN = "model_file_unknown"  # the server does not say which file it runs
MODEL_UNREADABLE = "model_unreadable"  # the file it names cannot be read here: {file}
SPLIT = "split"  # the estimate splits the model between GPU and processor
DOES_NOT_FIT = "does_not_fit"  # the estimate says it does not fit this machine
DESCRIBED_MACHINE = "described_machine"  # the hardware came from a file (a what-if), not the computer measured
TOO_FAR = "too_far"  # measured ÷ predicted outside REJECT_BELOW..REJECT_ABOVE: {measured}, {predicted}
TOO_SMALL = "too_small"  # reads under MIN_WEIGHTS_READ_BYTES per token: {model}, {read_bytes}, {minimum_bytes}
FIXED_COSTS = "fixed_costs"  # reading is under MIN_WEIGHTS_SHARE of the token's time here: {model}, {share}, {minimum}
REFUSALS = (
    NOT_LOCAL,
    NO_SPEED,
    TOO_SHORT,
    MODEL_FILE_UNKNOWN,
    MODEL_UNREADABLE,
    SPLIT,
    DOES_NOT_FIT,
    TOO_SMALL,
    FIXED_COSTS,
    TOO_FAR,
)

# why the saved file is ignored (`Loaded.problem`)
FILE_UNREADABLE = "unreadable"  # an OS error
FILE_NOT_A_FILE = "not_a_file"  # a folder, a pipe or a device where the file should be
FILE_INVALID = "invalid"  # too large, not JSON, or not a calibration (a field missing or out of range)
FILE_PROBLEMS = (FILE_UNREADABLE, FILE_INVALID, FILE_NOT_A_FILE)


@dataclass(frozen=True)
class Calibration:
    model: str  # the benchmarked file's name (or the server's model id)
    date: str  # ISO date of the benchmark
    where: str  # GPU or CPU: the speeds it corrects
    factor: float  # those decode speeds × this
    measured_tokens_per_second: float
    predicted_tokens_per_second: float  # the estimate before the correction
    fingerprint: str  # the hardware it was measured on (`fingerprint(profile)`)
    file: str | None = None
    clamped: bool = False  # measured ÷ predicted was beyond CLAMP_BELOW..CLAMP_ABOVE: the factor is the limit
    server: str | None = None  # the server kind ("llama.cpp", "lmstudio", ...)
    machine: str = ""  # the hardware in a few words, for `calibration show`

    def used(self) -> CalibrationUsed:
        return CalibrationUsed(model=self.model, date=self.date, where=self.where, factor=self.factor)

    @property
    def ratio(self) -> float:
        """measured ÷ estimated for the model benchmarked: the factor corrects only the time spent reading the
        weights, so this model's whole speed changed by this, not by the factor."""
        return self.measured_tokens_per_second / self.predicted_tokens_per_second


@dataclass(frozen=True)
class CalibrationOutcome:
    """What a benchmark did to the estimates: a saved calibration, or the reason it could not calibrate; and the
    calibration this machine had before (replaced by the new one, or kept after a refusal)."""

    calibration: Calibration | None
    refused: Reason | None = None
    saved_to: str | None = None
    previous: Calibration | None = None


@dataclass(frozen=True)
class Loaded:
    """The saved calibration (None: none saved, or ignored) and, when the file was ignored, why (a FILE_* code)."""

    calibration: Calibration | None
    problem: str | None = None
    path: str = ""


# ---------------------------------------------------------------------------------------------- the hardware


def _gib(n: int | None) -> int:
    return round((n or 0) / 2**30)


def fingerprint(profile: HardwareProfile) -> str:
    """The hardware a speed depends on, hashed: processor, cores, RAM (to the GiB), each GPU and its memory, and the
    operating system (another backend). Free memory, drivers and the LM Studio folder are left out."""
    cpu = profile.cpu
    parts = [
        "cpu",
        cpu.brand.strip(),
        cpu.arch,
        str(cpu.physical_cores),
        str(cpu.logical_cores),
        "ram",
        str(_gib(profile.ram.total_bytes)),
        "os",
        profile.os.system,
    ]
    for gpu in sorted(profile.gpus, key=lambda g: (g.name, g.vram_total_bytes)):
        parts += ["gpu", gpu.name.strip(), str(gpu.vendor), str(_gib(gpu.vram_total_bytes)), str(gpu.unified_memory)]
    return "sha256:" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def machine_words(profile: HardwareProfile) -> str:
    """'AMD Ryzen 7 7840U · 32 GiB · Radeon 780M' — the hardware a calibration was measured on (not translated:
    names and sizes)."""
    gpus = [g.name for g in profile.gpus]
    return " · ".join([profile.cpu.brand.strip() or "?", f"{_gib(profile.ram.total_bytes)} GiB", *gpus])[:200]


# ---------------------------------------------------------------------------------------------- applying it


def apply(machine: Machine, calibration: Calibration) -> Machine:
    """`machine` with its decode speeds corrected on the calibrated side, and the marker the estimates carry."""
    f = calibration.factor
    if calibration.where == GPU:
        gpus = tuple(dataclasses.replace(d, efficiency_scale=d.efficiency_scale * f) for d in machine.gpus)
        return dataclasses.replace(machine, gpus=gpus, calibration=calibration.used())
    return dataclasses.replace(machine, cpu_speed_scale=machine.cpu_speed_scale * f, calibration=calibration.used())


def calibration_used(machine: Machine, gpu_layers: int, total_layers: int) -> CalibrationUsed | None:
    """The machine's calibration when it changed an estimate with `gpu_layers` of `total_layers` on the GPU: a GPU
    one when any layer is there, a processor one when any layer is not."""
    used = machine.calibration
    if used is None:
        return None
    on_gpu = gpu_layers > 0 and bool(machine.gpus)
    return used if (used.where == GPU and on_gpu) or (used.where == CPU and gpu_layers < total_layers) else None


def derive(
    spec: ModelSpec,
    profile: HardwareProfile,
    *,
    measured_tokens_per_second: float | None,
    tokens_per_run: int | None,
    model: str,
    file: str | None = None,
    context: int = 4096,
    server: str | None = None,
    today: str | None = None,
) -> Calibration | Reason:
    """The calibration a measured decode speed of `spec` gives on `profile`, or why it gives none (a Reason)."""
    from advisor.core.sizing.estimate import estimate_on
    from advisor.core.sizing.machine import machine_from_profile

    measured = measured_tokens_per_second
    if measured is None or not math.isfinite(measured) or measured <= 0:
        return Reason(NO_SPEED)
    if tokens_per_run is not None and tokens_per_run < MIN_TOKENS_PER_RUN:
        return Reason(TOO_SHORT, {"tokens": tokens_per_run, "minimum": MIN_TOKENS_PER_RUN})
    base = machine_from_profile(profile, calibrated=False)
    est = estimate_on(spec, base, context=context)
    if est.fit == FitLevel.TOO_LARGE or not est.tokens_per_second:
        return Reason(DOES_NOT_FIT, {"model": model})
    if est.fit == FitLevel.PARTIAL_OFFLOAD:
        return Reason(SPLIT, {"model": model, "gpu_layers": est.gpu_layers, "total_layers": est.total_layers})
    where = GPU if est.fit == FitLevel.FULL_GPU else CPU
    predicted = float(est.tokens_per_second)
    read = weights_read_per_token(spec)
    if read < MIN_WEIGHTS_READ_BYTES:
        return Reason(TOO_SMALL, {"model": model, "read_bytes": read, "minimum_bytes": MIN_WEIGHTS_READ_BYTES})
    ratio = measured / predicted
    cal = Calibration(
        model=model,
        date=today or _date.today().isoformat(),
        where=where,
        factor=ratio,
        measured_tokens_per_second=measured,  # as measured: rounded once, where it is shown
        predicted_tokens_per_second=predicted,
        fingerprint=fingerprint(profile),
        file=file,
        server=server,
        machine=machine_words(profile),
    )
    # a token's time is a fixed part (graph, sampling) plus the part the factor divides: t(f) = fixed + scaled / f.
    # Two estimates give both parts, then the factor that makes the corrected estimate of this file say `measured`
    twice = estimate_on(spec, apply(base, dataclasses.replace(cal, factor=2.0)), context=context)
    solvable = twice.fit == est.fit and bool(twice.tokens_per_second)
    scaled = 2 * (1 / predicted - 1 / float(twice.tokens_per_second or predicted)) if solvable else 0.0
    if solvable and scaled * predicted < MIN_WEIGHTS_SHARE:
        share = round(100 * max(scaled, 0.0) * predicted)
        return Reason(FIXED_COSTS, {"model": model, "share": share, "minimum": round(100 * MIN_WEIGHTS_SHARE)})
    if not REJECT_BELOW <= ratio <= REJECT_ABOVE:
        return Reason(TOO_FAR, {"measured": measured, "predicted": predicted, "model": model})
    factor, beyond = ratio, False
    if solvable:
        fixed = 1 / predicted - scaled
        room = 1 / measured - fixed
        if scaled > 0 and room > 0:
            factor = scaled / room
        elif scaled > 0:  # faster than the fixed part alone allows: no factor reaches it, the limit is said
            factor, beyond = CLAMP_ABOVE, True
    clamped = beyond or not CLAMP_BELOW <= factor <= CLAMP_ABOVE
    factor = min(max(factor, CLAMP_BELOW), CLAMP_ABOVE)
    return dataclasses.replace(cal, factor=round(factor, 3), clamped=clamped)


def weights_read_per_token(spec: ModelSpec) -> int:
    """Bytes of weights one generated token reads: the file's weights, only the active share of a mixture of
    experts."""
    from advisor.core.sizing.memory import weights_bytes
    from advisor.core.sizing.speed import active_parameters

    weights, _from_file = weights_bytes(spec)
    return int(weights * min(1.0, active_parameters(spec) / spec.parameters)) if spec.parameters > 0 else 0


# ---------------------------------------------------------------------------------------------- from a benchmark


def _server_model_file(
    url: str, api_key: str | None, timeout_s: float, model: str | None = None
) -> tuple[str | None, int | None]:
    """(model file, context) a llama.cpp server names in /props (a router's `model` in its own `/props?model=ID`:
    the router's own says "none"), a relative path read from the server's folder as its process does; (None, None)
    for a server that does not."""
    from advisor.core.servers.after_load import listening_pid, loaded_model, server_relative
    from advisor.core.servers.http import host_port

    found = loaded_model(url, kind="llama.cpp", api_key=api_key, timeout_s=timeout_s, model=model)
    if found is None:
        return None, None
    path = found.path
    if path is not None:
        host, port = host_port(url)
        pid = listening_pid(port) if port and host in ("127.0.0.1", "localhost", "::1") else None
        path = server_relative(path, pid) if pid is not None else path
    return path, found.context


def lmstudio_file(model_id: str, profile: HardwareProfile) -> str | None:
    """The GGUF in LM Studio's folder that LM Studio's model id names ("qwen2.5-7b-instruct@q4_k_m" for
    Qwen2.5-7B-Instruct-Q4_K_M.gguf): the after-load check's rule, so both find the same file; None when no file
    or several indistinguishable ones match."""
    from advisor.core.servers.after_load import find_lmstudio_file

    if not model_id.split("@")[0].strip():
        return None
    return find_lmstudio_file(model_id, None, profile.lmstudio.models)


def refusal_before_reading(url: str, bench: Any) -> Reason | None:
    """What refuses a benchmark before anything is read (the server's file, this machine's hardware): a server on
    another computer, no speed, too few tokens per run. None: go on."""
    from advisor.core.servers.http import host_port

    try:
        host, _port = host_port(url)
    except ValueError:
        return Reason(NOT_LOCAL)
    if host.strip("[]") not in LOCAL_HOSTS:
        return Reason(NOT_LOCAL)
    if getattr(bench, "cancelled", False) or not getattr(bench, "tokens_per_second", None):
        return Reason(NO_SPEED)
    tokens = getattr(bench, "completion_tokens", None)
    if isinstance(tokens, int | float) and tokens < MIN_TOKENS_PER_RUN:
        return Reason(TOO_SHORT, {"tokens": int(tokens), "minimum": MIN_TOKENS_PER_RUN})
    return None


def from_benchmark(
    url: str,
    bench: Any,
    profile: HardwareProfile,
    *,
    kind: str | None = None,
    api_key: str | None = None,
    timeout_s: float = DEFAULT_PROPS_TIMEOUT_S,
    today: str | None = None,
) -> Calibration | Reason:
    """The calibration a `Benchmark` of the server at `url` gives on `profile` (this machine), or why not."""
    from advisor.core.gguf import read_gguf, spec_from_gguf

    early = refusal_before_reading(url, bench)
    if early is not None:
        return early
    model_id = str(getattr(bench, "model", "") or "")
    path, context = _server_model_file(url, api_key, timeout_s, model_id or None)
    if path is None and kind == "lmstudio":
        path = lmstudio_file(model_id, profile)
    if path is None and kind == "ollama" and model_id:  # its blob, through the manifest (as the after-load check)
        from advisor.core.servers.after_load import find_ollama_file, ollama_model_dirs

        path = find_ollama_file(model_id, ollama_model_dirs())
    if path is None:
        return Reason(MODEL_FILE_UNKNOWN, {"model": model_id})
    try:
        spec = spec_from_gguf(read_gguf(Path(path)))
    except Exception:  # gone, moved, corrupt, not ours to read: said, not fatal
        return Reason(MODEL_UNREADABLE, {"file": Path(path).name})
    return derive(
        spec,
        profile,
        measured_tokens_per_second=float(bench.tokens_per_second),
        tokens_per_run=getattr(bench, "completion_tokens", None),
        model=Path(path).name,
        file=path,
        context=context or 4096,
        server=kind,
        today=today,
    )


def calibrate(
    url: str,
    bench: Any,
    profile: HardwareProfile,
    *,
    kind: str | None = None,
    api_key: str | None = None,
    path: str | os.PathLike[str] | None = None,
    timeout_s: float = DEFAULT_PROPS_TIMEOUT_S,
    today: str | None = None,
) -> CalibrationOutcome:
    """Derive the calibration from a benchmark and save it (replacing the one saved before). A refusal keeps the
    saved one. Either way the outcome carries the calibration this hardware had before (`previous`), so both are
    said. An OSError writing the file is raised (the caller says it)."""
    previous = active_for(profile, path)
    found = from_benchmark(url, bench, profile, kind=kind, api_key=api_key, timeout_s=timeout_s, today=today)
    if isinstance(found, Reason):
        return CalibrationOutcome(None, refused=found, previous=previous)
    return CalibrationOutcome(found, saved_to=str(save(found, path)), previous=previous)


# ---------------------------------------------------------------------------------------------- the saved file


def store_path(path: str | os.PathLike[str] | None = None) -> Path:
    """Where the calibration is kept: `path`, else `LLM_ADVISOR_CONFIG_DIR`/calibration.json, else the
    platform's settings folder (~/.config/llm-advisor, ~/Library/Application Support/llm-advisor, %APPDATA%)."""
    return Path(path) if path is not None else user_config_dir() / FILE_NAME


def to_json(calibration: Calibration) -> dict[str, Any]:
    return {"kind": KIND, "schema": SCHEMA, **dataclasses.asdict(calibration)}


def save(calibration: Calibration, path: str | os.PathLike[str] | None = None) -> Path:
    target = store_path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, json.dumps(to_json(calibration), indent=2, ensure_ascii=False) + "\n", overwrite=True)
    _forget_cache()
    return target


def reset(path: str | os.PathLike[str] | None = None) -> bool:
    """Delete the saved calibration; False when there was none. An OSError (a read-only folder) is raised, and
    NotARegularFileError where the path is a folder or another kind of file: never deleted, it is not the advisor's."""
    target = store_path(path)
    try:
        if os.path.lexists(target) and not os.path.islink(target):
            require_regular_file(target)
        target.unlink()
    except FileNotFoundError:
        return False
    finally:
        _forget_cache()
    return True


def _text(value: object, limit: int, *, pattern: str | None = None) -> str:
    if not isinstance(value, str) or not value or len(value) > limit or not value.isprintable():
        raise ValueError("text")
    if pattern and not re.fullmatch(pattern, value):
        raise ValueError("pattern")
    return value


def _positive(value: object) -> float:
    number = finite_number(value)
    if number is None or number <= 0:
        raise ValueError("number")
    return number


def from_json(data: object) -> Calibration:
    """A calibration from its JSON; ValueError for anything that is not one (a field missing, of the wrong type, or
    out of range)."""
    if not isinstance(data, dict) or data.get("kind") != KIND or data.get("schema") != SCHEMA:
        raise ValueError("not a calibration")
    factor = _positive(data.get("factor"))
    if not CLAMP_BELOW - 1e-3 <= factor <= CLAMP_ABOVE + 1e-3:  # saved to 3 decimals: 1/3 is 0.333
        raise ValueError("factor")
    where = data.get("where")
    if where not in (GPU, CPU):
        raise ValueError("where")
    day = _text(data.get("date"), 10, pattern=r"\d{4}-\d{2}-\d{2}")
    _date.fromisoformat(day)
    file, server = data.get("file"), data.get("server")
    return Calibration(
        model=_text(data.get("model"), 300),
        date=day,
        where=str(where),
        factor=factor,
        measured_tokens_per_second=_positive(data.get("measured_tokens_per_second")),
        predicted_tokens_per_second=_positive(data.get("predicted_tokens_per_second")),
        fingerprint=_text(data.get("fingerprint"), 80, pattern=r"sha256:[0-9a-f]{32}"),
        file=None if file is None else _text(file, 4096),
        clamped=data.get("clamped") is True,
        server=None if server is None else _text(server, 40),
        machine=_text(data["machine"], 300) if data.get("machine") else "",
    )


def load(path: str | os.PathLike[str] | None = None) -> Loaded:
    """The saved calibration; a missing file is none, a bad one is ignored with its problem (never an exception)."""
    target = store_path(path)
    try:
        raw = read_small_file(target, MAX_FILE_BYTES)
    except FileNotFoundError:
        return Loaded(None, path=str(target))
    except NotARegularFileError:  # a folder or a pipe where the file should be: not the advisor's to remove
        return Loaded(None, FILE_NOT_A_FILE, str(target))
    except OSError:
        return Loaded(None, FILE_UNREADABLE, str(target))
    except FileTooLargeError:
        return Loaded(None, FILE_INVALID, str(target))
    try:
        return Loaded(from_json(json.loads(raw.decode("utf-8"))), path=str(target))
    except (ValueError, TypeError, KeyError, RecursionError):  # UnicodeDecodeError and JSONDecodeError included
        return Loaded(None, FILE_INVALID, str(target))


_lock = threading.Lock()
_cache: dict[str, tuple[tuple[int, int, int], Loaded]] = {}


def _forget_cache() -> None:
    with _lock:
        _cache.clear()


def saved(path: str | os.PathLike[str] | None = None) -> Loaded:
    """`load()`, remembered while the file is unchanged (the estimates ask for every model they size)."""
    target = store_path(path)
    try:
        st = os.stat(target)
        key = (st.st_mtime_ns, st.st_size, st.st_ino)
    except OSError:
        key = (0, -1, 0)
    with _lock:
        hit = _cache.get(str(target))
    if hit is not None and hit[0] == key:
        return hit[1]
    loaded = load(target) if key[1] >= 0 else Loaded(None, path=str(target))
    with _lock:
        _cache[str(target)] = (key, loaded)
    return loaded


def active_for(profile: HardwareProfile, path: str | os.PathLike[str] | None = None) -> Calibration | None:
    """The saved calibration when it was measured on this hardware; None otherwise."""
    found = saved(path).calibration
    return found if found is not None and found.fingerprint == fingerprint(profile) else None
