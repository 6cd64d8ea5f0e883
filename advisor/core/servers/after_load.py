"""Checked after load: what a local server really uses, set against the estimate for the model it loaded.

No peer does this. For a server on this machine (localhost), the server says which model it loaded and with what
context — llama.cpp in `/props` (the file itself), LM Studio in `/api/v0/models` (or `/api/v1/models`: an id, a
quant and the loaded context; the file is found in LM Studio's models folder), Ollama in `/api/ps` (a name, a quant,
the context, and the memory it reports using, `size` and `size_vram`; the file is found through Ollama's manifest
in its models folder). The file's header is read (locally) and the same estimate the rest of the app shows is
computed for that context, so the figures can be compared ("predicted 5.0 GiB · using 4.8 GiB", "predicted 42
tok/s · measured 39"). The memory used is the process listening on the URL's port and its children (psutil: RAM;
NVML: memory on NVIDIA GPUs), or Ollama's own figures. A large gap is explained where the data says why (the
server's context, the file's quant, layers left on the CPU, other programs on the GPU); what cannot be known is said
as a code, never guessed.

For llama-server the prediction is for the server as it was started: its command line (and `LLAMA_ARG_*`
environment) is read from the listening process (command_line.py) for what `/props` does not say — the KV cache's
types (`-ctk`, `-ctv`), a vision projector (`--mmproj`, and `-fa off` for its buffer), a draft model (`-md`), the
layers and routed experts on the GPU (`-ngl`, `--n-cpu-moe`, `--cpu-moe`), the slots (`/props` `total_slots`, `-np`:
llama-server's default is 4 sharing one KV cache, whose sliding-window layers keep a window each; `-np N` without
`-kvu` gives each slot a cache of its own), `--swa-full` and `-nkvo` (the KV cache in host RAM); the flags taken into
account are listed (`started_with`), and a command line that could not be used is said as a code (`command_line`).
Memory above the prediction that llama-server's context checkpoints can hold (made after prompts, in host RAM, up to
`--ctx-checkpoints` per slot) is said to be theirs.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

from advisor.core.files import expand_user
from advisor.core.servers import command_line
from advisor.core.servers.http import Deadline, ProbeError, auth_headers, get, host_port, new_client, origin
from advisor.core.servers.models import openai_models
from advisor.core.servers.types import ServerKind
from advisor.core.text import outside_name, outside_optional_name
from advisor.core.types import Reason

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "0.0.0.0")
DEFAULT_TIMEOUT_S = 5.0
DEFAULT_CONTEXT = 4096  # the context the advisor assumes when nothing else is said (recommend, estimate)

# why a part of the comparison is missing (AfterLoad.notes)
NOT_LOCAL = "not_local"  # the server is on another machine: its process cannot be looked at
NO_PROCESS = "no_process"  # no process of this user listens on that port (or the OS would not say which)
MODEL_UNKNOWN = "model_unknown"  # the server does not say which model it loaded
MODEL_UNREADABLE = "model_unreadable"  # the file it names cannot be read here
MODEL_TIMEOUT = "model_timeout"  # its header was not read within the check's time (--timeout)
NO_GPU_COUNTER = "no_gpu_counter"  # no per-process GPU memory counter (NVML) on this machine
NO_MODEL_LOADED = "no_model_loaded"  # the server answers, but holds no model in memory now
FILE_NOT_FOUND = "file_not_found"  # the server names a model, but its file is not where that program keeps them
CONTEXT_UNKNOWN = "context_unknown"  # the server does not say its context: the estimate is for the assumed one
BENCH_OTHER_MODEL = "bench_other_model"  # {model}: the last benchmark measured another model: no speed compared

# why the figures differ (AfterLoad.explanations: Reason(code, values))
CONTEXT_DIFFERS = "context_differs"  # {server_context, assumed_context}: the server runs with another context
QUANT_DIFFERS = "quant_differs"  # {file_quant, expected_quant, tier}: not the quant advised for its size class
PARTLY_ON_CPU = "partly_on_cpu"  # {used_vram_bytes, predicted_vram_bytes}: far less on the GPU than predicted
OTHER_GPU_MEMORY = "other_gpu_memory"  # {other_vram_bytes, processes}: other programs hold graphics memory
APP_COUNTED = "app_counted"  # {kind}: the program's own memory (LM Studio's app) is in the figure
IMAGE_NOT_SEEN = "image_not_seen"  # {image_bytes}: the projector's first image is counted, and may not have come yet
# {gap_bytes, each_bytes, checkpoints, most_bytes}: llama-server's context checkpoints (host RAM, made after prompts,
# not in the prediction) can hold the memory above the prediction
CONTEXT_CHECKPOINTS = "context_checkpoints"
# {compute_bytes}: the compute buffer in system RAM is counted whole; only what the prompts so far reached is in use
COMPUTE_NOT_TOUCHED = "compute_not_touched"
MEMORY_GAP_UNEXPLAINED = "memory_gap_unexplained"  # {used_bytes, predicted_bytes}: no cause seen
SPEED_GAP_UNEXPLAINED = "speed_gap_unexplained"  # {measured_tokens_per_second, predicted_tokens_per_second}
# of those, what sets the server apart from the recommendation rather than explains a gap (the prediction is always
# for the file and context the server really has): front ends show them under their own heading
AGAINST_RECOMMENDATION = frozenset({CONTEXT_DIFFERS, QUANT_DIFFERS})

# where the "used" figures come from (AfterLoad.used_source)
FROM_PROCESS = "process"  # the listening process and its children: psutil RSS + NVML per-process memory
FROM_OLLAMA = "ollama_ps"  # Ollama's own `size` / `size_vram` in /api/ps

# verdicts (AfterLoad.memory_gap / speed_gap)
CLOSE, MORE, LESS = "close", "more", "less"  # used/measured within the target, above it, below it

MEMORY_TARGET_SHARE = 0.10  # the sizing engine's own target: 10 % or 150 MiB, whichever is larger
MEMORY_TARGET_BYTES = 150 * 2**20
SPEED_TARGET_SHARE = 0.25  # without a predicted range: within 25 % of the predicted speed
VRAM_SHORT_SHARE = 0.75  # under 75 % of the predicted graphics memory: layers stayed on the CPU
OTHER_VRAM_BYTES = 512 * 2**20  # other programs holding at least this much graphics memory are worth naming
OLLAMA_MODEL_LAYER = "application/vnd.ollama.image.model"


@dataclass(frozen=True)
class AfterLoad:
    pid: int | None
    used_ram_bytes: int | None  # resident memory of the server process and its children (or Ollama's figure)
    used_vram_bytes: int | None  # its memory on NVIDIA GPUs, from NVML (or Ollama's size_vram)
    model_path: str | None
    context: int | None  # the context the server was started with (None when it does not say)
    predicted_ram_bytes: int | None  # the estimate for that file and context on this machine
    predicted_vram_bytes: int | None
    notes: tuple[str, ...] = ()  # what could not be known (the codes above)
    kind: str | None = None  # "llama.cpp", "lmstudio", "ollama"
    model: str | None = None  # the server's name for the model ("qwen2.5-7b-instruct", "llama3.2:3b")
    quant: str | None = None  # the file's quant, from its header ("Q4_K_M")
    server_quant: str | None = None  # the quant the server reports
    used_source: str = FROM_PROCESS
    assumed_context: int | None = None  # the context the advisor's recommendation assumed
    expected_quant: str | None = None  # the quant the recommendation gives a model of this size class here
    expected_tier: str | None = None  # that size class ("7B"), from the loaded file's parameters
    predicted_tokens_per_second: float | None = None
    predicted_tokens_per_second_range: tuple[float, float] | None = None
    measured_tokens_per_second: float | None = None  # from the last benchmark of this server, of this model
    measured_model: str | None = None  # the model that benchmark measured (the server's name for it)
    gpu_layers: int | None = None  # the estimate's layers on the GPU, of total_layers (llama.cpp's -ngl count)
    total_layers: int | None = None
    other_vram_bytes: int | None = None  # graphics memory other processes hold (NVML)
    memory_gap: str | None = None  # CLOSE, MORE, LESS, or None when one side is missing
    speed_gap: str | None = None
    explanations: tuple[Reason, ...] = ()
    # llama-server: the flags of its command line the prediction took into account ("-ctk q8_0", "--mmproj
    # mmproj-F16.gguf"), and what of it could not be used (command_line.py's codes, with values)
    started_with: tuple[str, ...] = ()
    command_line: tuple[Reason, ...] = ()
    image_bytes: int | None = None  # of the prediction, what a vision projector's first image adds (--mmproj)
    compute_bytes: int | None = None  # of the prediction, the compute buffer in system RAM (a CPU run)
    # llama-server: the slots counted (one sliding window and recurrent state each, or a cache each when they do not
    # share one), and its context checkpoints, not counted: one's size and the most the slots keep together
    slots: int | None = None
    kv_unified: bool | None = None
    checkpoint_bytes: int | None = None
    checkpoints: int | None = None

    def __post_init__(self) -> None:
        # what the server named is shown and reported: printable, bounded, no echoed key (advisor.core.text)
        for name in ("model", "server_quant", "measured_model"):
            object.__setattr__(self, name, outside_optional_name(getattr(self, name)))
        object.__setattr__(self, "model_path", outside_optional_name(self.model_path, max_chars=4096))  # a path
        object.__setattr__(self, "started_with", tuple(outside_name(f) for f in self.started_with))

    @property
    def used_bytes(self) -> int | None:
        return None if self.used_ram_bytes is None else self.used_ram_bytes + (self.used_vram_bytes or 0)

    @property
    def predicted_bytes(self) -> int | None:
        return None if self.predicted_ram_bytes is None else self.predicted_ram_bytes + (self.predicted_vram_bytes or 0)


# ---------------------------------------------------------------------------------------------- the process


def listening_pid(port: int, *, connections: Callable[[], Any] | None = None) -> int | None:
    """The process listening on `port` on this machine, or None (none, or the OS does not tell this user)."""
    import psutil

    try:
        conns = connections() if connections is not None else psutil.net_connections(kind="tcp")
    except (psutil.AccessDenied, OSError):
        return None
    for c in conns:
        if getattr(c, "status", "") == "LISTEN" and c.laddr and c.laddr.port == port and c.pid:
            return int(c.pid)
    return None


def server_relative(path: str, pid: int) -> str:
    """A model path as the server's process reads it: a relative one (`llama-server -m models/x.gguf`, very common)
    is its working folder's, not this program's (newcomer round: "the model file it names cannot be read here"
    from any other folder). Left as it is when that folder cannot be read."""
    if Path(path).is_absolute():
        return path
    try:
        import psutil

        folder = psutil.Process(pid).cwd()
    except Exception:  # gone, another user's, or a system without it: the path as given
        return path
    return str(Path(folder) / path) if folder else path


def process_tree(pid: int) -> tuple[int, ...]:
    """`pid` and its children (LM Studio and Ollama run the model in a child process); empty when it is gone."""
    import psutil

    try:
        proc = psutil.Process(pid)
        children = proc.children(recursive=True)
    except (psutil.Error, OSError):
        return ()
    return (pid, *(c.pid for c in children))


def resident_bytes(pids: Iterable[int]) -> int | None:
    """Resident memory of these processes together; None when the first cannot be read."""
    import psutil

    total, first = 0, True
    for pid in pids:
        try:
            total += int(psutil.Process(pid).memory_info().rss)
        except (psutil.Error, OSError):
            if first:
                return None
        first = False
    return None if first else total


def nvml_process_memory(nvml: Any = None) -> dict[int, int] | None:
    """Graphics memory each process holds on NVIDIA GPUs (all of them, compute and graphics), from NVML: {pid: bytes};
    None without NVML or a driver. `nvml` is the pynvml module (tests pass one speaking its API)."""
    if nvml is None:
        try:
            import pynvml
        except ImportError:
            return None
        nvml = pynvml
    try:
        nvml.nvmlInit()
    except Exception:  # no driver, no GPU: NVML raises its own error types
        return None
    try:
        used: dict[int, int] = {}
        for i in range(nvml.nvmlDeviceGetCount()):
            handle = nvml.nvmlDeviceGetHandleByIndex(i)
            seen: set[int] = set()  # a process listed as compute and graphics holds its memory once
            for lister in ("nvmlDeviceGetComputeRunningProcesses", "nvmlDeviceGetGraphicsRunningProcesses"):
                try:
                    procs = getattr(nvml, lister)(handle)
                except Exception:  # not supported on this board or driver: the other list still counts
                    continue
                for proc in procs:
                    memory = getattr(proc, "usedGpuMemory", None)
                    if proc.pid in seen or not isinstance(memory, int) or memory < 0:
                        continue  # None (or NVML's "not available" value) under WDDM and some containers
                    seen.add(proc.pid)
                    used[int(proc.pid)] = used.get(int(proc.pid), 0) + memory
        return used
    except Exception:
        return None
    finally:
        with contextlib.suppress(Exception):  # shutting down a half-initialised NVML may raise as well
            nvml.nvmlShutdown()


def nvml_process_bytes(pid: int) -> int | None:
    """Memory `pid` holds on NVIDIA GPUs (all of them), from NVML; None without NVML or a driver."""
    used = nvml_process_memory()
    return None if used is None else used.get(pid, 0)


# ---------------------------------------------------------------------------------------------- the model loaded


@dataclass(frozen=True)
class Loaded:
    """What a server says about the model it holds in memory."""

    kind: str
    model: str | None = None
    path: str | None = None  # the file, when the server names it (llama.cpp) or it was found on disk
    context: int | None = None
    quant: str | None = None
    size_bytes: int | None = None  # Ollama's own memory figures
    size_vram_bytes: int | None = None
    none_loaded: bool = False  # the server answered: no model is in memory
    slots: int | None = None  # llama.cpp's `total_slots`
    multimodal: bool | None = None  # llama.cpp's `modalities`: False when it takes neither images nor sound


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _positive(value: Any) -> int | None:
    n = _int(value)
    return n if n else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def from_props(body: Any) -> Loaded | None:
    """llama.cpp's `GET /props`: `model_path` and `default_generation_settings.n_ctx`."""
    if not isinstance(body, dict) or ("default_generation_settings" not in body and "model_path" not in body):
        return None
    settings = body.get("default_generation_settings")
    n_ctx = settings.get("n_ctx") if isinstance(settings, dict) else None
    path = _text(body.get("model_path"))
    if path == ROUTER_PATH:  # llama-server's router: it loads no model of its own (`router_props`)
        path = None
    modalities = body.get("modalities")
    multimodal = (
        any(modalities.get(k) is True for k in ("vision", "audio", "video")) if isinstance(modalities, dict) else None
    )
    return Loaded(
        "llama.cpp",
        model=Path(path).name if path else None,
        path=path,
        context=_positive(n_ctx),
        slots=_positive(body.get("total_slots")),
        multimodal=multimodal,
    )


def from_ollama_ps(body: Any) -> Loaded | None:
    """Ollama's `GET /api/ps`: `models[{name, model, size, size_vram, context_length, details{quantization_level}}]`
    (context_length since Ollama 0.6-ish; absent before). The largest model loaded is the one looked at."""
    models = body.get("models") if isinstance(body, dict) else None
    if not isinstance(models, list):
        return None
    items = [m for m in models if isinstance(m, dict)]
    if not items:
        return Loaded("ollama", none_loaded=True)
    item = max(items, key=lambda m: _int(m.get("size")) or 0)
    raw = item.get("details")
    details: dict[str, Any] = raw if isinstance(raw, dict) else {}
    return Loaded(
        "ollama",
        model=_text(item.get("model")) or _text(item.get("name")),
        context=_positive(item.get("context_length")),
        quant=_text(details.get("quantization_level")),
        size_bytes=_int(item.get("size")),
        size_vram_bytes=_int(item.get("size_vram")),
    )


def from_lmstudio_v0(body: Any) -> Loaded | None:
    """LM Studio's `GET /api/v0/models`: the first item with `state: "loaded"` that is not an embedding model; its
    `loaded_context_length` where this version reports it (newer ones do; the documented reply has only
    `max_context_length`, the model's own limit, not what it was loaded with)."""
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        return None
    for item in data:
        if isinstance(item, dict) and item.get("state") == "loaded" and item.get("type") != "embeddings":
            return Loaded(
                "lmstudio",
                model=_text(item.get("id")),
                context=_positive(item.get("loaded_context_length")),
                quant=_text(item.get("quantization")),
            )
    return Loaded("lmstudio", none_loaded=True)


def from_lmstudio_v1(body: Any) -> Loaded | None:
    """LM Studio 0.4+'s `GET /api/v1/models`: `models[{key, quantization{name}, loaded_instances[{config{
    context_length}}]}]`."""
    items = body.get("models") if isinstance(body, dict) else None
    if not isinstance(items, list):
        return None
    for item in items:
        instances = item.get("loaded_instances") if isinstance(item, dict) else None
        if not isinstance(instances, list) or not instances or item.get("type") == "embedding":
            continue
        first: dict[str, Any] = instances[0] if isinstance(instances[0], dict) else {}
        raw = first.get("config")
        config: dict[str, Any] = raw if isinstance(raw, dict) else {}
        quant = item.get("quantization")
        return Loaded(
            "lmstudio",
            model=_text(item.get("key")),
            context=_positive(config.get("context_length")),
            quant=_text(quant.get("name") if isinstance(quant, dict) else quant),
        )
    return Loaded("lmstudio", none_loaded=True)


# which request tells each program's loaded model, in the order they are tried when the program is not known
_ASKS: tuple[tuple[str, str, Callable[[Any], Loaded | None]], ...] = (
    ("llama.cpp", "/props", from_props),
    ("ollama", "/api/ps", from_ollama_ps),
    ("lmstudio", "/api/v0/models", from_lmstudio_v0),
    ("lmstudio", "/api/v1/models", from_lmstudio_v1),
)


# llama-server in router mode (`--models-dir`) answers /props for itself with this model path; each loaded model's
# own props are /props?model=ID (newcomer round: "Model loaded: none", "cannot read the model file none")
ROUTER_PATH = "none"


def router_props(
    client: Any, url: str, deadline: Deadline, headers: dict[str, str], model: str | None = None
) -> Loaded | None:
    """A llama-server router's loaded model, by its own `/props?model=ID`: `model` where the router has it loaded
    (a router keeps several: the one benchmarked, never another's file — final review), else the first its
    `/v1/models` calls loaded."""
    try:
        reply = get(client, origin(url) + "/v1/models", deadline, headers, what="model_list")
    except ProbeError:
        return None
    listed = openai_models(reply.json, ServerKind.LLAMA_CPP) if reply.status == 200 else None
    loaded = [m.id for m in listed or () if m.loaded]  # each router entry's `status`, read as the check reads it
    if not loaded:
        return None
    wanted: str = model if model is not None and model in loaded else loaded[0]
    try:
        reply = get(client, origin(url) + "/props?model=" + quote(wanted, safe=""), deadline, headers, what="response")
    except ProbeError:
        return None
    found = from_props(reply.json) if reply.status == 200 else None
    return replace(found, model=found.model or wanted) if found is not None else None


def loaded_model(
    url: str, *, kind: str | None = None, api_key: str | None = None, timeout_s: float, model: str | None = None
) -> Loaded | None:
    """What the server at `url` says it has loaded; None when it says nothing we can read. `kind` (a ServerKind
    value) asks only that program's request; without it each is tried, within one deadline."""
    deadline = Deadline(timeout_s)
    asks = [a for a in _ASKS if kind is None or a[0] == kind]
    with new_client() as client:
        for _kind, path, parse in asks:
            if deadline.expired:
                break
            try:
                reply = get(client, origin(url) + path, deadline, auth_headers(api_key), what="response")
            except ProbeError:
                return None  # no answer at all: the other requests would not fare better
            if reply.status != 200:
                continue
            found = parse(reply.json)
            if found is not None and _kind == "llama.cpp" and found.path is None and _is_router(reply.json):
                return router_props(client, url, deadline, auth_headers(api_key), model) or found
            if found is not None:
                return found
    return None


def _is_router(props: Any) -> bool:
    return isinstance(props, dict) and props.get("model_path") == ROUTER_PATH


# ---------------------------------------------------------------------------------------------- the file on disk

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def _squash(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


def find_lmstudio_file(model_id: str, quant: str | None, files: Sequence[Any]) -> str | None:
    """The GGUF in LM Studio's folder that `model_id` (LM Studio's key: "qwen2.5-7b-instruct",
    "publisher/model", "model@q4_k_m") names: the file of the reported quant, else the only file of that name;
    None when several files fit and nothing tells them apart (a guess would compare against the wrong file).
    The calibration uses the same rule (sizing/calibration.py)."""
    from advisor.core.gguf.info import split_parts
    from advisor.core.gguf.kinds import is_model_name

    name, _, variant = model_id.partition("@")
    key = _squash(name.rsplit("/", 1)[-1])
    key = key.removesuffix("gguf") or key
    wanted = _squash(variant or quant or "")
    candidates: list[tuple[int, int, str]] = []
    for f in files:
        path = Path(getattr(f, "path", f))
        if not path.name.lower().endswith(".gguf") or not is_model_name(path.name):
            continue
        parts = split_parts(path)
        if parts is not None and parts[0].name != path.name:
            continue  # the first part of a split model stands for all
        stem, folder = _squash(path.stem), _squash(path.parent.name)
        if not key or (key not in stem and key not in folder):
            continue
        candidates.append((0 if wanted and wanted in stem else 1, len(stem), str(path)))
    if not candidates:
        return None
    best = min(candidates)
    if best[0] == 0 or len(candidates) == 1:
        return best[2]
    return None


def ollama_model_dirs() -> list[Path]:
    """Where Ollama keeps models: $OLLAMA_MODELS, ~/.ollama/models, and the Linux service's folder."""
    dirs = [expand_user(os.environ["OLLAMA_MODELS"])] if os.environ.get("OLLAMA_MODELS") else []
    with contextlib.suppress(RuntimeError, KeyError, OSError):
        dirs.append(Path.home() / ".ollama" / "models")
    dirs.append(Path("/usr/share/ollama/.ollama/models"))
    return dirs


MAX_MANIFEST_BYTES = 1 << 20  # an Ollama manifest is a few hundred bytes of JSON


def find_ollama_file(name: str, dirs: Iterable[Path]) -> str | None:
    """The GGUF blob of an Ollama model ("llama3.2:3b", "user/model", "hf.co/org/repo:Q4_K_M"): its manifest
    (`manifests/<host>/<namespace>/<model>/<tag>`) names the model layer's digest, stored as `blobs/sha256-<hex>`."""
    base, _, tag = name.partition(":")
    pieces = [p for p in base.split("/") if p]
    if not pieces or any(p in (".", "..") for p in pieces) or tag in (".", "..") or "/" in tag:
        return None
    if len(pieces) == 1:
        pieces = ["registry.ollama.ai", "library", *pieces]
    elif len(pieces) == 2:
        pieces = ["registry.ollama.ai", *pieces]
    from advisor.core.files import require_regular_file

    for folder in dirs:
        path = folder / "manifests" / Path(*pieces) / (tag or "latest")
        try:
            require_regular_file(path)  # never a FIFO or a device: reading one would block
            with open(path, "rb") as f:
                raw = f.read(MAX_MANIFEST_BYTES + 1)
            if len(raw) > MAX_MANIFEST_BYTES:
                continue
            manifest = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError, RecursionError):
            continue
        layers = manifest.get("layers") if isinstance(manifest, dict) else None
        for layer in layers if isinstance(layers, list) else ():
            if not isinstance(layer, dict):
                continue
            digest = layer.get("digest")
            if layer.get("mediaType") == OLLAMA_MODEL_LAYER and isinstance(digest, str):
                hexdigest = digest.removeprefix("sha256:")
                if re.fullmatch(r"[0-9a-f]{64}", hexdigest):
                    blob = folder / "blobs" / f"sha256-{hexdigest}"
                    if blob.is_file():
                        return str(blob)
    return None


# ---------------------------------------------------------------------------------------------- the comparison


def _gap(value: float | None, predicted: float | None, low: float | None, high: float | None) -> str | None:
    if value is None or predicted is None or low is None or high is None:
        return None
    return LESS if value < low else MORE if value > high else CLOSE


def explain(a: AfterLoad) -> AfterLoad:
    """The verdicts (memory and speed within the target, above it, below it) and the reasons for a gap, from the
    figures `a` holds. Pure: front ends call it again when a benchmark brings a measured speed."""
    reasons: list[Reason] = []
    if a.context and a.assumed_context and a.context != a.assumed_context:
        reasons.append(Reason(CONTEXT_DIFFERS, {"server_context": a.context, "assumed_context": a.assumed_context}))
    if a.quant and a.expected_quant and _squash(a.quant) != _squash(a.expected_quant):
        reasons.append(
            Reason(
                QUANT_DIFFERS,
                {"file_quant": a.quant, "expected_quant": a.expected_quant, "tier": a.expected_tier or "?"},
            )
        )

    used, predicted = a.used_bytes, a.predicted_bytes
    memory_gap = None
    if used is not None and predicted is not None:
        margin = max(MEMORY_TARGET_SHARE * predicted, MEMORY_TARGET_BYTES)
        memory_gap = _gap(used, predicted, predicted - margin, predicted + margin)
    on_cpu = bool(
        a.predicted_vram_bytes
        and a.used_vram_bytes is not None
        and a.used_vram_bytes < VRAM_SHORT_SHARE * a.predicted_vram_bytes
    )
    if on_cpu:
        reasons.append(
            Reason(
                PARTLY_ON_CPU,
                {"used_vram_bytes": a.used_vram_bytes or 0, "predicted_vram_bytes": a.predicted_vram_bytes or 0},
            )
        )
        if a.other_vram_bytes and a.other_vram_bytes >= OTHER_VRAM_BYTES:
            reasons.append(Reason(OTHER_GPU_MEMORY, {"other_vram_bytes": a.other_vram_bytes}))
    explained = on_cpu
    if memory_gap == MORE and a.kind == "lmstudio" and a.used_source == FROM_PROCESS:
        reasons.append(Reason(APP_COUNTED, {"kind": a.kind}))
        explained = True
    if memory_gap == LESS and a.image_bytes and used is not None and predicted is not None and not explained:
        # llama-server touches the projector's buffers when it encodes its first image: until then they are not used
        margin = max(MEMORY_TARGET_SHARE * predicted, MEMORY_TARGET_BYTES)
        if used >= predicted - a.image_bytes - margin:
            reasons.append(Reason(IMAGE_NOT_SEEN, {"image_bytes": a.image_bytes}))
            explained = True
    if memory_gap == LESS and a.compute_bytes and used is not None and predicted is not None and not explained:
        # llama.cpp reserves the compute buffer for a whole micro-batch over the whole context (without flash
        # attention its attention scores, -ub × the context × the heads): in RAM only the pages the prompts so far
        # reached are resident
        margin = max(MEMORY_TARGET_SHARE * predicted, MEMORY_TARGET_BYTES)
        if used >= predicted - a.compute_bytes - margin:
            reasons.append(Reason(COMPUTE_NOT_TOUCHED, {"compute_bytes": a.compute_bytes}))
            explained = True
    if memory_gap == MORE and a.checkpoint_bytes and a.checkpoints and used is not None and predicted is not None:
        # after prompts llama-server holds copies of the state it cannot roll back (memory.checkpoint_bytes), up to
        # --ctx-checkpoints per slot: a gap within what they can hold is theirs, not unexplained
        margin = max(MEMORY_TARGET_SHARE * predicted, MEMORY_TARGET_BYTES)
        most = a.checkpoint_bytes * a.checkpoints
        if not explained and used - predicted <= margin + most:
            values = {"gap_bytes": used - predicted, "each_bytes": a.checkpoint_bytes, "checkpoints": a.checkpoints}
            reasons.append(Reason(CONTEXT_CHECKPOINTS, {**values, "most_bytes": most}))
            explained = True
    if memory_gap in (MORE, LESS) and not explained:
        reasons.append(Reason(MEMORY_GAP_UNEXPLAINED, {"used_bytes": used or 0, "predicted_bytes": predicted or 0}))

    speed, measured = a.predicted_tokens_per_second, a.measured_tokens_per_second
    low = high = None
    if speed:
        low, high = a.predicted_tokens_per_second_range or (
            speed * (1 - SPEED_TARGET_SHARE),
            speed * (1 + SPEED_TARGET_SHARE),
        )
    speed_gap = _gap(measured, speed, low, high)
    if speed_gap in (MORE, LESS) and not (speed_gap == LESS and on_cpu):
        reasons.append(
            Reason(
                SPEED_GAP_UNEXPLAINED,
                {"measured_tokens_per_second": measured or 0.0, "predicted_tokens_per_second": speed or 0.0},
            )
        )
    return replace(a, memory_gap=memory_gap, speed_gap=speed_gap, explanations=tuple(reasons))


def _model_name(text: str) -> str:
    """A server's name for a model without what does not change the model: a publisher or folder before the last
    "/", LM Studio's "@variant" and Ollama's ":latest" tag (its other tags, ":27b", name another model)."""
    name = text.strip().lower().replace("\\", "/").rsplit("/", 1)[-1].split("@", 1)[0]
    return name.removesuffix(":latest")


def same_model(benchmarked: str, model: str | None, path: str | None) -> bool:
    """Whether the model a benchmark named is the one the server has loaded: the same name once case, punctuation,
    a publisher, LM Studio's variant and Ollama's ":latest" are set aside ("gemma3" is "gemma3:latest", not
    "gemma3:27b"), or the loaded file's name starting with it ("meta-llama-3.1-8b-instruct" for
    Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf)."""
    wanted = _model_name(benchmarked)
    if not _squash(wanted):
        return False
    if model and _squash(_model_name(model)) == _squash(wanted):
        return True
    if path:
        stem = Path(path.replace("\\", "/")).stem.lower()
        return stem == wanted or (stem.startswith(wanted) and stem[len(wanted)] in "-._")
    return False


def _with_measured(a: AfterLoad, tokens_per_second: float | None, model: str | None) -> AfterLoad:
    """`a` with a benchmark's speed, unless that benchmark measured another model than the one loaded now (LM
    Studio and Ollama serve several; llama-server serves the one it was started with): then it is said, not set
    against this model's prediction."""
    notes = tuple(n for n in a.notes if n != BENCH_OTHER_MODEL)
    other = (
        tokens_per_second is not None
        and bool(model)
        and a.kind != "llama.cpp"
        and bool(a.model or a.model_path)
        and not same_model(str(model), a.model, a.model_path)
    )
    if other:
        return replace(a, measured_tokens_per_second=None, measured_model=model, notes=(*notes, BENCH_OTHER_MODEL))
    return replace(a, measured_tokens_per_second=tokens_per_second, measured_model=model, notes=notes)


def with_measured_speed(a: AfterLoad, tokens_per_second: float | None, model: str | None = None) -> AfterLoad:
    """`a` with a benchmark's generation speed (None forgets it) and the model it measured, verdicts and reasons
    worked out again."""
    return explain(_with_measured(a, tokens_per_second, model))


def _flags_of(
    pid: int, read: Callable[[int], command_line.LaunchFlags], deadline: Deadline
) -> command_line.LaunchFlags:
    """The flags of the llama-server process `pid`; a problem code when there is no time left or it cannot be read
    (`read` never raises by contract; a reader that does is a problem too, never a traceback)."""
    if deadline.expired:
        return command_line.LaunchFlags(problems=(Reason(command_line.UNREADABLE, {"reason": "timeout"}),))
    try:
        return read(pid)
    except Exception:
        return command_line.LaunchFlags(problems=(Reason(command_line.UNREADABLE, {"reason": "unreadable"}),))


def advised_quant(recommendation: Any, parameters: float | None) -> tuple[str | None, str | None]:
    """(size class, the quant the recommendation gives that class here) for a model of `parameters`: the loaded
    model is compared with the advice for its own size, not with the recommended class's (a 7B file against a
    40B model's quant says nothing)."""
    from advisor.core.sizing.tiers import tier_for_parameters

    if recommendation is None or not parameters or parameters <= 0:
        return None, None
    tier = tier_for_parameters(parameters).name
    for row in getattr(recommendation, "tiers", ()) or ():
        if getattr(row, "tier", None) == tier:
            quant = getattr(row, "best_quant", None)
            return tier, quant if isinstance(quant, str) else None
    return tier, None


def after_load(
    url: str,
    profile: Any,
    *,
    kind: str | None = None,
    api_key: str | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    assumed_context: int | None = DEFAULT_CONTEXT,
    recommendation: Any = None,
    measured_tokens_per_second: float | None = None,
    measured_model: str | None = None,
    pid_of: Callable[[int], int | None] = listening_pid,
    gpu_memory: Callable[[], Mapping[int, int] | None] = nvml_process_memory,
    ollama_dirs: Callable[[], Iterable[Path]] = ollama_model_dirs,
    launch_flags: Callable[[int], command_line.LaunchFlags] = command_line.read_process,
) -> AfterLoad:
    """What the server at `url` uses now, and what the estimate predicts for the model it has loaded.

    `kind` is the program a check found (ServerKind value; None: each program's request is tried). The
    `assumed_context` is the context the advisor's recommendation assumed, and `recommendation` (a Recommendation)
    gives the quant it advises for the loaded model's size class (both said when they differ);
    `measured_tokens_per_second` is the last benchmark's speed, of `measured_model`. `launch_flags` reads a
    llama-server's flags from its process (command_line.read_process)."""
    from advisor.core.gguf import read_gguf, spec_from_gguf
    from advisor.core.sizing import estimate

    kind = str(getattr(kind, "value", kind)) if kind else None
    deadline = Deadline(timeout_s)  # the whole check's: what is read after the server's answer gets what is left
    notes: list[str] = []
    host, port = host_port(url)
    base = AfterLoad(
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        kind=kind,
        assumed_context=assumed_context,
    )
    if host not in LOCAL_HOSTS:  # its process cannot be looked at; a benchmark of it still says its speed
        return explain(_with_measured(replace(base, notes=(NOT_LOCAL,)), measured_tokens_per_second, measured_model))

    asked = kind if kind in ("llama.cpp", "ollama", "lmstudio") else None
    loaded = loaded_model(url, kind=asked, api_key=api_key, timeout_s=timeout_s)
    # what the process uses (Ollama: what Ollama says its model uses)
    pid = pid_of(port)
    used_ram = used_vram = other_vram = None
    source = FROM_PROCESS
    tree: tuple[int, ...] = ()
    if pid is not None:
        tree = process_tree(pid)
        used_ram = resident_bytes(tree) if tree else None
    if used_ram is None:
        pid = None
    if loaded is not None and loaded.kind == "ollama" and loaded.size_bytes is not None:
        source = FROM_OLLAMA
        used_vram = min(loaded.size_vram_bytes or 0, loaded.size_bytes)
        used_ram = loaded.size_bytes - used_vram
    elif pid is None:
        notes.append(NO_PROCESS)
    gpu = gpu_memory()
    if gpu is not None:
        mine = [gpu[p] for p in tree if p in gpu]
        if source == FROM_PROCESS and pid is not None:
            used_vram = sum(mine)
        other_vram = sum(v for p, v in gpu.items() if p not in tree)
        if source == FROM_OLLAMA and not tree:
            # Ollama run as a system service: its runner is another user's process, unseen here, so its own
            # graphics memory (size_vram) is in that sum: take it out rather than blame "other programs"
            other_vram = max(0, other_vram - (used_vram or 0))
    elif pid is not None and source == FROM_PROCESS and getattr(profile, "gpus", None):
        notes.append(NO_GPU_COUNTER)

    # the model it loaded, and its file
    path = context = quant = None
    model = server_quant = None
    if loaded is None:
        notes.append(MODEL_UNKNOWN)
    elif loaded.none_loaded:
        notes.append(NO_MODEL_LOADED)
    else:
        kind = kind or loaded.kind
        model, context, server_quant, path = loaded.model, loaded.context, loaded.quant, loaded.path
        if path is not None and pid is not None:
            path = server_relative(path, pid)
        if path is None and model:
            if loaded.kind == "lmstudio":
                path = find_lmstudio_file(
                    model, server_quant, getattr(getattr(profile, "lmstudio", None), "models", ())
                )
            elif loaded.kind == "ollama":
                path = find_ollama_file(model, ollama_dirs())
            if path is None:
                notes.append(FILE_NOT_FOUND)
        elif path is None:
            notes.append(MODEL_UNKNOWN)
    predicted_ram = predicted_vram = speed = None
    speed_range = None
    gpu_layers = total_layers = None
    tier = advised = None
    started_with: tuple[str, ...] = ()
    flag_notes: tuple[Reason, ...] = ()
    image_bytes: int | None = None
    compute_ram: int | None = None
    slots = kv_unified = checkpoint = checkpoints = None
    if path is not None:
        if context is None:
            notes.append(CONTEXT_UNKNOWN)
        flags = None
        if loaded is not None and loaded.kind == "llama.cpp" and pid is not None:
            flags = _flags_of(pid, launch_flags, deadline)
        try:
            if deadline.expired:
                raise TimeoutError("no time left to read the model's header")
            spec = spec_from_gguf(read_gguf(Path(path), time_limit_s=deadline.remaining()))
            if flags is None:
                refused = command_line.too_large(context or assumed_context or DEFAULT_CONTEXT, 1)
                if refused is not None:
                    raise command_line.Refused(refused)
                est = estimate(spec, profile, context=context or assumed_context or DEFAULT_CONTEXT)
                predicted_ram, predicted_vram = est.memory.ram_bytes, est.memory.vram_bytes
                speed, speed_range = est.tokens_per_second, est.tokens_per_second_range
                gpu_layers, total_layers = est.gpu_layers, est.total_layers
            else:
                folder = command_line.process_folder(pid) if pid is not None else None
                started = command_line.as_started(
                    spec,
                    profile,
                    context=context or assumed_context or DEFAULT_CONTEXT,
                    flags=flags,
                    model_path=path,
                    folder=folder,
                    slots=loaded.slots if loaded is not None else None,
                    multimodal=loaded.multimodal if loaded is not None else None,
                    deadline=deadline,
                )
                predicted_ram, predicted_vram = started.ram_bytes, started.vram_bytes
                speed, speed_range = started.tokens_per_second, started.tokens_per_second_range
                gpu_layers, total_layers = started.gpu_layers, started.total_layers
                started_with, flag_notes = started.used, started.problems
                image_bytes = started.image_bytes or None
                compute_ram = started.compute_ram_bytes or None
                slots, kv_unified = started.slots, started.kv_unified
                checkpoint = started.checkpoint_bytes or None
                checkpoints = started.checkpoints * started.slots if checkpoint else None
        except command_line.Refused as exc:  # a KV cache llama-server does not start with: said, no prediction
            flag_notes = (*(flags.problems if flags is not None else ()), exc.reason)
        except Exception:  # a file gone, moved, corrupt, or not ours to read: said, not fatal
            notes.append(MODEL_TIMEOUT if deadline.expired else MODEL_UNREADABLE)
        else:
            quant = spec.quant
            tier, advised = advised_quant(recommendation, spec.parameters)
    checked = replace(
        base,
        pid=pid,
        used_ram_bytes=used_ram,
        used_vram_bytes=used_vram,
        model_path=path,
        context=context,
        predicted_ram_bytes=predicted_ram,
        predicted_vram_bytes=predicted_vram,
        notes=tuple(dict.fromkeys(notes)),
        kind=kind,
        model=model,
        quant=quant,
        server_quant=server_quant,
        used_source=source,
        predicted_tokens_per_second=speed,
        predicted_tokens_per_second_range=speed_range,
        gpu_layers=gpu_layers,
        total_layers=total_layers,
        other_vram_bytes=other_vram,
        expected_quant=advised,
        expected_tier=tier,
        started_with=started_with,
        command_line=flag_notes,
        image_bytes=image_bytes,
        compute_bytes=compute_ram,
        slots=slots,
        kv_unified=kv_unified,
        checkpoint_bytes=checkpoint,
        checkpoints=checkpoints,
    )
    return explain(_with_measured(checked, measured_tokens_per_second, measured_model))
