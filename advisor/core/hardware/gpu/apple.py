"""Macs: Apple Silicon's unified memory (the GPU may use only part of it) and the GPUs of Intel Macs.

Sources: `sysctl` (RAM size, chip name, a user-raised GPU memory limit) and `system_profiler SPDisplaysDataType
-json` (GPU name and core count; VRAM for discrete GPUs in Intel Macs).

How much unified memory the GPU may use (shared/reference/sizing.md): macOS caps Metal's working set
(`recommendedMaxWorkingSetSize`) at about 65–75 % of RAM — ~70 % measured on a 32 GB M1 Max, more on larger
machines. Rule used here: 2/3 of RAM up to 36 GiB, 3/4 above; `sysctl iogpu.wired_limit_mb`, when the user set it,
wins.
"""

from __future__ import annotations

import re
from typing import Any

from advisor.core.hardware.gpu import GpuReading, found, json_output, vendor_from_name
from advisor.core.hardware.gpu_table import lookup_gpu
from advisor.core.hardware.runner import DEFAULT_TIMEOUT_S, ProbeError, Runner, run_command
from advisor.core.types import GpuInfo, GpuVendor

GIB = 2**30
SMALL_MAC_LIMIT_BYTES = 36 * GIB
SMALL_MAC_SHARE = 2 / 3
LARGE_MAC_SHARE = 0.75
SYSTEM_PROFILER_TIMEOUT_S = 10.0  # it can take a couple of seconds on a busy Mac


def usable_gpu_share(ram_bytes: int) -> float:
    return SMALL_MAC_SHARE if ram_bytes <= SMALL_MAC_LIMIT_BYTES else LARGE_MAC_SHARE


def usable_gpu_bytes(ram_bytes: int, wired_limit_mb: int | None = None) -> int:
    """What Metal lets the GPU hold of `ram_bytes` of unified memory."""
    if wired_limit_mb:
        return min(ram_bytes, wired_limit_mb * 2**20)
    return int(ram_bytes * usable_gpu_share(ram_bytes))


def parse_sysctl(output: str) -> dict[str, str]:
    """`sysctl name1 name2` prints 'name: value' lines."""
    values: dict[str, str] = {}
    for line in output.splitlines():
        name, sep, value = line.partition(":")
        if sep:
            values[name.strip()] = value.strip()
    return values


def _size_bytes(text: str) -> int | None:
    """system_profiler's '8 GB' / '1536 MB' VRAM strings (binary units, as macOS means them)."""
    m = re.match(r"\s*(\d+(?:\.\d+)?)\s*([KMGT])B", text or "", re.I)
    if not m:
        return None
    return int(float(m.group(1)) * 2 ** {"K": 10, "M": 20, "G": 30, "T": 40}[m.group(2).upper()])


def parse_displays(output: str, ram_bytes: int, wired_limit_mb: int | None) -> list[GpuReading]:
    data = json_output(output, "system_profiler")
    entries: list[dict[str, Any]] = data.get("SPDisplaysDataType", []) if isinstance(data, dict) else []
    readings: list[GpuReading] = []
    for entry in entries:
        name = str(entry.get("sppci_model") or entry.get("_name") or "").strip()
        if not name:
            continue
        cores = int(entry["sppci_cores"]) if str(entry.get("sppci_cores", "")).isdigit() else None
        vram = _size_bytes(str(entry.get("spdisplays_vram") or entry.get("spdisplays_vram_shared") or ""))
        is_apple = "apple" in str(entry.get("spdisplays_vendor", "")).lower() or name.startswith("Apple ")
        if is_apple:
            spec = lookup_gpu(name, gpu_cores=cores)
            gpu = GpuInfo(
                name=name,
                vendor=GpuVendor.APPLE,
                vram_total_bytes=usable_gpu_bytes(ram_bytes, wired_limit_mb),
                unified_memory=True,
                bandwidth_gbps=spec.bandwidth_gbps if spec else None,
                # the variant its GPU cores name (a 20-core M4 Pro, not the 16-core one a bare name gets; the
                # entry MacBook Air's 8-core M2, not the 10-core one)
                fp32_tflops=spec.fp32_tflops if spec else None,
                source="system_profiler",
                index=len(readings),
            )
        elif vram and "spdisplays_vram" in entry:  # a discrete GPU in an Intel Mac
            gpu = GpuInfo(
                name=name,
                vendor=vendor_from_name(name),
                vram_total_bytes=vram,
                source="system_profiler",
                index=len(readings),
            )
        else:
            continue  # Intel integrated graphics: shared memory only
        readings.append(GpuReading(gpu))
    return readings


def probe_apple(
    *, runner: Runner = run_command, system: str = "Darwin", timeout: float = DEFAULT_TIMEOUT_S
) -> list[GpuReading]:
    if system != "Darwin":
        raise ProbeError(f"skipped: not macOS ({system})")
    facts = parse_sysctl(runner(["sysctl", "hw.memsize", "machdep.cpu.brand_string"], timeout))
    try:
        ram = int(facts["hw.memsize"])
    except (KeyError, ValueError):
        raise ProbeError("bad-output: sysctl gave no hw.memsize") from None
    try:  # absent on Intel Macs and older macOS: then the default share applies
        wired = int(parse_sysctl(runner(["sysctl", "iogpu.wired_limit_mb"], timeout)).get("iogpu.wired_limit_mb", 0))
    except (ProbeError, ValueError):
        wired = 0
    output = runner(["system_profiler", "SPDisplaysDataType", "-json"], max(timeout, SYSTEM_PROFILER_TIMEOUT_S))
    readings = parse_displays(output, ram, wired or None)
    return found(readings, "system_profiler lists no GPU with its own or unified memory")
