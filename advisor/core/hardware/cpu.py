"""CPU brand, architecture and SIMD flags, and core counts (psutil).

py-cpuinfo spends ~1.2 s in a child process (most of it a 1 s sleep that times the clock, which the advisor does
not need), so its answer is kept in memory for the process and on disk (see `cache.py`) for later runs. On Linux
the kernel's /proc/cpuinfo — the file py-cpuinfo itself reads there — answers brand and flags in a millisecond and
is read first; py-cpuinfo serves macOS, Windows and Linux machines whose /proc/cpuinfo has no model name (many Arm
boards). Only the flags that matter for llama.cpp-style runtimes are kept, under the kernel's names.
"""

from __future__ import annotations

import platform
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advisor.core.hardware.cache import DiskCache
from advisor.core.types import CpuInfo

CACHE_NAME = "cpuinfo-v1"

# What matters for CPU inference speed (x86 SIMD/AMX, Arm NEON/SVE/dot-product); other flags are noise here.
SIMD_FLAGS = frozenset(
    {
        "sse3",
        "ssse3",
        "sse4_1",
        "sse4_2",
        "avx",
        "avx2",
        "fma",
        "f16c",
        "avx_vnni",
        "avxvnni",
        "avx512f",
        "avx512bw",
        "avx512cd",
        "avx512dq",
        "avx512vl",
        "avx512_vnni",
        "avx512vnni",
        "avx512_bf16",
        "avx512bf16",
        "avx512_fp16",
        "avx512fp16",
        "avx512vbmi",
        "amx_bf16",
        "amx_tile",
        "amx_int8",
        "amx_fp16",
        "neon",
        "asimd",
        "asimddp",
        "asimdhp",
        "sve",
        "sve2",
        "i8mm",
        "bf16",
        "dotprod",
        "fphp",
        "sme",
    }
)
# py-cpuinfo's CPUID names → the kernel's
_FLAG_ALIASES = {
    "avx512vnni": "avx512_vnni",
    "avxvnni": "avx_vnni",
    "avx512bf16": "avx512_bf16",
    "avx512fp16": "avx512_fp16",
    "asimd": "neon",
}
_ARCH = {
    "X86_64": "x86_64",
    "X86_32": "x86",
    "ARM_8": "arm64",
    "ARM_7": "arm",
    "PPC_64": "ppc64",
    "RISCV_64": "riscv64",
    "LOONG_64": "loongarch64",
    "S390X": "s390x",
}

_MACHINE = {"amd64": "x86_64", "aarch64": "arm64", "i686": "x86", "i386": "x86"}  # platform.machine() spellings

_memo: dict[str, Any] = {}
_memo_lock = threading.Lock()


def _cpuinfo() -> dict[str, Any]:
    import cpuinfo

    info: dict[str, Any] = cpuinfo.get_cpu_info()  # py-cpuinfo has no type information
    return info


def simd_flags(raw_flags: list[str] | tuple[str, ...], arch: str) -> tuple[str, ...]:
    flags = {_FLAG_ALIASES.get(f.lower(), f.lower()) for f in raw_flags if f.lower() in SIMD_FLAGS}
    if arch == "arm64":
        flags.add("neon")  # Armv8-A always has Advanced SIMD; macOS' py-cpuinfo reports no flags at all
    return tuple(sorted(flags))


def read_proc_cpuinfo(path: Path) -> dict[str, Any] | None:
    """{"brand", "arch", "flags", "source"} from a Linux /proc/cpuinfo, or None when it lacks a model name."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    fields: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() not in fields:
            fields[key.strip()] = value.strip()
    brand = fields.get("model name")
    raw_flags = (fields.get("flags") or fields.get("Features") or "").split()
    if not brand:
        return None
    machine = platform.machine().lower()
    arch = "arm64" if "asimd" in raw_flags or machine in ("aarch64", "arm64") else _MACHINE.get(machine, machine)
    identity: dict[str, Any] = {
        "brand": brand,
        "arch": arch,
        "flags": list(simd_flags(raw_flags, arch)),
        "source": "proc",
    }
    mhz = _max_mhz(path, text)
    if mhz:
        identity["max_mhz"] = mhz
    return identity


def _max_mhz(proc_cpuinfo: Path, text: str) -> float | None:
    """The top clock: cpufreq's cpuinfo_max_freq (kHz) beside /proc, else the highest "cpu MHz" line."""
    sysfs = proc_cpuinfo.parent.parent / "sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq"
    try:
        khz = int(sysfs.read_text().strip())
        if 300_000 <= khz <= 7_000_000:
            return round(khz / 1000.0)
    except (OSError, ValueError):
        pass
    values = []
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() == "cpu MHz":
            try:
                values.append(float(value))
            except ValueError:
                continue
    best = max(values, default=0.0)
    return round(best) if 300 <= best <= 7000 else None


def read_cpu_identity(
    *,
    get_info: Callable[[], dict[str, Any]] = _cpuinfo,
    cache: DiskCache | None = None,
    use_cache: bool = True,
    proc_cpuinfo: Path | None = None,
) -> dict[str, Any]:
    """{"brand", "arch", "flags", "source"}: /proc/cpuinfo when given and complete, else from memory, else the disk
    cache, else py-cpuinfo (then stored in both). `source` says which: proc, memory, cache or py-cpuinfo."""
    if proc_cpuinfo is not None:
        identity = read_proc_cpuinfo(proc_cpuinfo)
        if identity is not None:
            return identity
    if use_cache:
        with _memo_lock:
            if CACHE_NAME in _memo:
                return {**_memo[CACHE_NAME], "source": "memory"}
        disk = cache if cache is not None else DiskCache()
        stored = disk.get(CACHE_NAME)
        if isinstance(stored, dict) and {"brand", "arch", "flags"} <= stored.keys():
            with _memo_lock:
                _memo[CACHE_NAME] = stored
            return {**stored, "source": "cache"}
    info = get_info()
    arch = _ARCH.get(str(info.get("arch", "")), str(info.get("arch_string_raw") or platform.machine()).lower())
    identity = {
        "brand": str(info.get("brand_raw") or platform.processor() or "unknown"),
        "arch": arch,
        "flags": list(simd_flags(info.get("flags") or [], arch)),
    }
    advertised = info.get("hz_advertised")
    hz = advertised[0] if isinstance(advertised, list | tuple) and advertised else None
    if isinstance(hz, int | float) and 300e6 <= hz <= 7e9:
        identity["max_mhz"] = round(hz / 1e6)
    if use_cache:
        (cache if cache is not None else DiskCache()).put(CACHE_NAME, identity)
        with _memo_lock:
            _memo[CACHE_NAME] = identity
    return {**identity, "source": "py-cpuinfo"}


def forget_memo() -> None:
    """Drop the in-process copy (benchmarks measure a cold start; tests isolate themselves)."""
    with _memo_lock:
        _memo.clear()


def _psutil_cores() -> tuple[int | None, int | None]:
    import psutil

    return psutil.cpu_count(logical=False), psutil.cpu_count(logical=True)


Cores = tuple[int | None, int | None]


def read_cores(*, cpu_count: Callable[[], Cores] = _psutil_cores) -> Cores:
    """(physical, logical) cores; psutil answers None for physical on some virtual machines."""
    return cpu_count()


def cpu_info(identity: dict[str, Any] | None, cores: tuple[int | None, int | None] | None) -> CpuInfo:
    """Combine what the two probes found; either may be missing when its probe failed."""
    arch_fallback = _MACHINE.get(platform.machine().lower(), platform.machine().lower())
    physical, logical = cores if cores else (None, None)
    if identity:
        mhz = identity.get("max_mhz")
        return CpuInfo(
            identity["brand"],
            identity["arch"],
            physical,
            logical,
            tuple(identity["flags"]),
            max_mhz=float(mhz) if isinstance(mhz, int | float) else None,
        )
    return CpuInfo(platform.processor() or "unknown", arch_fallback, physical, logical, ())
