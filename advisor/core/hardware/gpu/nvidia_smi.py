"""NVIDIA GPUs through `nvidia-smi`, for machines where NVML cannot be loaded: a direct `--query-gpu` call, and
GPUtil (which runs the same tool) as a last resort.

GPUtil 1.4.0 imports `distutils`, gone from Python 3.12 unless setuptools provides it, and starts nvidia-smi with
no timeout: it is imported lazily, an ImportError is a reason (not a crash), and detection only calls it when the
direct call failed for a reason other than a timeout.
"""

from __future__ import annotations

import csv
import importlib
import io
import math
import os
import platform
import shutil
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from advisor.core.hardware.gpu import MIB, GpuReading, found, normalise_bus_id, shares_system_memory
from advisor.core.hardware.runner import DEFAULT_TIMEOUT_S, ProbeError, Runner, run_command
from advisor.core.types import GpuInfo, GpuVendor

FIELDS = ("index", "uuid", "pci.bus_id", "name", "memory.total", "memory.free", "driver_version", "power.limit")


def nvidia_smi_command() -> str:
    """nvidia-smi on PATH; on Windows also where older drivers installed it."""
    found = shutil.which("nvidia-smi")
    if found or platform.system() != "Windows":
        return found or "nvidia-smi"
    program_files = Path(os.environ.get("PROGRAMFILES", r"C:\Program Files"))
    legacy = program_files / "NVIDIA Corporation" / "NVSMI" / "nvidia-smi.exe"
    return str(legacy) if legacy.exists() else "nvidia-smi"


def _number(value: str) -> float | None:
    """nvidia-smi writes '[N/A]', '[Not Supported]' or '[Unknown Error]' where a value is missing."""
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def parse_query_csv(output: str) -> list[GpuReading]:
    """Parse `--query-gpu=<FIELDS> --format=csv,noheader,nounits` output (MiB and W, as nvidia-smi writes them)."""
    readings: list[GpuReading] = []
    for row in csv.reader(io.StringIO(output), skipinitialspace=True):
        if not row or not "".join(row).strip():
            continue
        if len(row) != len(FIELDS):
            raise ProbeError(f"bad-output: nvidia-smi row has {len(row)} fields, expected {len(FIELDS)}")
        values = dict(zip(FIELDS, (v.strip() for v in row), strict=True))
        total = _number(values["memory.total"])
        if total is None and not (values["memory.total"].startswith("[") and shares_system_memory(values["name"])):
            raise ProbeError("bad-output: nvidia-smi gave no memory.total")
        # "[N/A]": a GPU sharing the system's memory (GB10 in a DGX Spark) has none of its own to report
        free = _number(values["memory.free"]) if total is not None else None
        index = _number(values["index"])
        gpu = GpuInfo(
            name=values["name"],
            vendor=GpuVendor.NVIDIA,
            vram_total_bytes=int(total * MIB) if total is not None else 0,
            vram_free_bytes=int(free * MIB) if free is not None else None,
            unified_memory=total is None,
            power_limit_watts=_number(values["power.limit"]),
            driver=values["driver_version"] or None,
            source="nvidia-smi",
            index=int(index) if index is not None else None,
        )
        readings.append(GpuReading(gpu, normalise_bus_id(values["pci.bus_id"]), values["uuid"] or None))
    return readings


def probe_nvidia_smi(*, runner: Runner = run_command, timeout: float = DEFAULT_TIMEOUT_S) -> list[GpuReading]:
    argv = [nvidia_smi_command(), f"--query-gpu={','.join(FIELDS)}", "--format=csv,noheader,nounits"]
    return found(parse_query_csv(runner(argv, timeout)), "nvidia-smi lists no GPU")


def _import_gputil() -> ModuleType:
    with warnings.catch_warnings():  # distutils' DeprecationWarning on 3.11
        warnings.simplefilter("ignore", DeprecationWarning)
        return importlib.import_module("GPUtil")


def probe_gputil(*, import_gputil: Callable[[], ModuleType] = _import_gputil) -> list[GpuReading]:
    try:
        gputil = import_gputil()
    except ImportError as exc:  # Python ≥ 3.12 without setuptools: "No module named 'distutils'"
        raise ProbeError(f"unavailable: GPUtil cannot be imported ({exc})") from None
    readings: list[GpuReading] = []
    for gpu in gputil.getGPUs():  # [] when nvidia-smi is missing or fails: GPUtil swallows the error
        total = gpu.memoryTotal
        if not isinstance(total, int | float) or not math.isfinite(total):
            continue
        free = gpu.memoryFree if isinstance(gpu.memoryFree, int | float) and math.isfinite(gpu.memoryFree) else None
        info = GpuInfo(
            name=str(gpu.name),
            vendor=GpuVendor.NVIDIA,
            vram_total_bytes=int(total * MIB),
            vram_free_bytes=int(free * MIB) if free is not None else None,
            driver=str(gpu.driver) or None,
            source="gputil",
            index=int(gpu.id),
        )
        readings.append(GpuReading(info, None, str(gpu.uuid) or None))
    return found(readings, "GPUtil lists no GPU")
