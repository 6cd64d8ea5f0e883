"""Checked after load: what a local server's process really uses, set against the estimate for the model it loaded.

No peer does this. For a server on this machine (localhost), the process listening on the URL's port is found
(psutil), its resident memory read, and its memory on NVIDIA GPUs where NVML reports per-process use. For a
llama.cpp server, `/props` names the model file and the context it was started with: the file's header is read
(locally) and the same estimate the rest of the app shows is computed for that context, so the two figures can be
compared ("predicted 5.0 GiB · using 4.8 GiB"). What cannot be known is said as a code, never guessed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from advisor.core.servers.http import Deadline, ProbeError, get, host_port, new_client, origin

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "0.0.0.0")
DEFAULT_TIMEOUT_S = 5.0

# why a part of the comparison is missing
NOT_LOCAL = "not_local"  # the server is on another machine: its process cannot be looked at
NO_PROCESS = "no_process"  # no process of this user listens on that port (or the OS would not say which)
MODEL_UNKNOWN = "model_unknown"  # the server does not say which file it loaded (only llama.cpp's /props does)
MODEL_UNREADABLE = "model_unreadable"  # the file it names cannot be read here
NO_GPU_COUNTER = "no_gpu_counter"  # no per-process GPU memory counter (NVML) on this machine


@dataclass(frozen=True)
class AfterLoad:
    pid: int | None
    used_ram_bytes: int | None  # resident memory of the server process
    used_vram_bytes: int | None  # its memory on NVIDIA GPUs, from NVML (None where it cannot be read)
    model_path: str | None
    context: int | None  # the context the server was started with
    predicted_ram_bytes: int | None  # the estimate for that file and context on this machine
    predicted_vram_bytes: int | None
    notes: tuple[str, ...] = ()


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


def nvml_process_bytes(pid: int) -> int | None:
    """Memory `pid` holds on NVIDIA GPUs (all of them), from NVML; None without NVML or a driver."""
    try:
        import pynvml
    except ImportError:
        return None
    try:
        pynvml.nvmlInit()
    except Exception:  # no driver, no GPU: NVML raises its own error types
        return None
    try:
        total, seen = 0, False
        for i in range(pynvml.nvmlDeviceGetCount()):
            handle = pynvml.nvmlDeviceGetHandleByIndex(i)
            for proc in pynvml.nvmlDeviceGetComputeRunningProcesses(handle):
                if proc.pid == pid and proc.usedGpuMemory is not None:
                    total += int(proc.usedGpuMemory)
                    seen = True
        return total if seen else 0
    except Exception:
        return None
    finally:
        with contextlib.suppress(Exception):  # shutting down a half-initialised NVML may raise as well
            pynvml.nvmlShutdown()


def _loaded_model(url: str, timeout_s: float) -> tuple[str | None, int | None]:
    """(model file, context) a llama.cpp server reports in /props; (None, None) for other servers."""
    with new_client() as client:
        try:
            reply = get(client, origin(url) + "/props", Deadline(timeout_s), what="response")
        except ProbeError:
            return None, None
    data = reply.json if reply.status == 200 else None
    if not isinstance(data, dict):
        return None, None
    path = data.get("model_path")
    settings = data.get("default_generation_settings")
    n_ctx = settings.get("n_ctx") if isinstance(settings, dict) else None
    return (
        path if isinstance(path, str) and path else None,
        n_ctx if isinstance(n_ctx, int) and not isinstance(n_ctx, bool) and n_ctx > 0 else None,
    )


def after_load(
    url: str,
    profile: Any,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    pid_of: Callable[[int], int | None] = listening_pid,
    gpu_bytes_of: Callable[[int], int | None] = nvml_process_bytes,
) -> AfterLoad:
    """What the server at `url` uses now, and what the estimate predicts for the model it has loaded."""
    import psutil

    from advisor.core.gguf import read_gguf, spec_from_gguf
    from advisor.core.sizing import estimate

    notes: list[str] = []
    host, port = host_port(url)
    if host not in LOCAL_HOSTS:
        return AfterLoad(None, None, None, None, None, None, None, (NOT_LOCAL,))
    pid = pid_of(port)
    used_ram = used_vram = None
    if pid is None:
        notes.append(NO_PROCESS)
    else:
        try:
            used_ram = int(psutil.Process(pid).memory_info().rss)
        except (psutil.Error, OSError):
            notes.append(NO_PROCESS)
            pid = None
        if pid is not None:
            used_vram = gpu_bytes_of(pid)
            if used_vram is None and getattr(profile, "gpus", None):
                notes.append(NO_GPU_COUNTER)
    path, context = _loaded_model(url, timeout_s)
    predicted_ram = predicted_vram = None
    if path is None:
        notes.append(MODEL_UNKNOWN)
    else:
        try:
            spec = spec_from_gguf(read_gguf(Path(path)))
            est = estimate(spec, profile, context=context or 4096)
            predicted_ram, predicted_vram = est.memory.ram_bytes, est.memory.vram_bytes
        except Exception:  # a file gone, moved, corrupt, or not ours to read: said, not fatal
            notes.append(MODEL_UNREADABLE)
    return AfterLoad(pid, used_ram, used_vram, path, context, predicted_ram, predicted_vram, tuple(notes))
