"""CPU brand, architecture and SIMD flags, core counts (psutil), and how many cores are the slower kind.

py-cpuinfo spends ~1.2 s in a child process (most of it a 1 s sleep that times the clock, which the advisor does
not need), so its answer is kept in memory for the process and on disk (see `cache.py`) for later runs. On Linux
the kernel's /proc/cpuinfo — the file py-cpuinfo itself reads there — answers brand and flags in a millisecond and
is read first; py-cpuinfo serves macOS, Windows and Linux machines whose /proc/cpuinfo has no model name (many Arm
boards). Only the flags that matter for llama.cpp-style runtimes are kept, under the kernel's names.

The slower cores (Intel E-cores, Arm LITTLE cores, Apple's efficiency cores) decide where llama.cpp's default
threads run. Linux shows them beside /proc/cpuinfo (`read_topology`); macOS through sysctl's performance levels and
Windows through each core's EfficiencyClass (`read_efficiency_cores`), asked afresh on every run (milliseconds).
"""

from __future__ import annotations

import platform
import re
import struct
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advisor.core.hardware.cache import DiskCache
from advisor.core.hardware.runner import DEFAULT_TIMEOUT_S, ProbeError, Runner, run_command
from advisor.core.types import CpuInfo

# The name carries the version of what is stored: bump it when the identity gains a field, so that an entry written
# before (v1 had no max_mhz) is not read for a month in its place.
CACHE_NAME = "cpuinfo-v2"

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


# Apple's M-series chips, by the name alone (a hand-written file's "Apple M2", no arch, no flags): Arm cores with
# NEON and the dot-product instructions (ARMv8.4-A and later), never an x86 instruction set
_APPLE_M_SERIES = re.compile(r"\bapple m\d", re.IGNORECASE)


def isa_from_name(brand: str | None) -> str | None:
    """The SIMD class (`ram_spec.ISAS`) a processor's name alone settles, where its flags are not known: an Apple
    M-series chip is "neon_dotprod". None for any other name (its family's or a typical one is then assumed)."""
    return "neon_dotprod" if _APPLE_M_SERIES.search(brand or "") else None


def simd_flags(raw_flags: list[str] | tuple[str, ...], arch: str) -> tuple[str, ...]:
    flags = {_FLAG_ALIASES.get(f.lower(), f.lower()) for f in raw_flags if f.lower() in SIMD_FLAGS}
    if arch == "arm64":
        flags.add("neon")  # Armv8-A always has Advanced SIMD; macOS' py-cpuinfo reports no flags at all
    return tuple(sorted(flags))


def read_proc_cpuinfo(path: Path) -> dict[str, Any] | None:
    """{"brand", "arch", "flags", "source"} from a Linux /proc/cpuinfo (with the top clock, the sockets and the
    efficiency cores where Linux shows them, see `read_topology`), or None when it names no CPU: neither a model
    name nor an Arm "CPU part" this module knows."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    fields: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() not in fields:
            fields[key.strip()] = value.strip()
    raw_flags = (fields.get("flags") or fields.get("Features") or "").split()
    machine = platform.machine().lower()
    arch = "arm64" if "asimd" in raw_flags or machine in ("aarch64", "arm64") else _MACHINE.get(machine, machine)
    topology = read_topology(path, text)
    arm_brand = topology.pop("arm_brand", None)
    brand = fields.get("model name") or arm_brand
    if not brand:
        return None
    identity: dict[str, Any] = {
        "brand": brand,
        "arch": arch,
        "flags": list(simd_flags(raw_flags, arch)),
        "source": "proc",
        **topology,
    }
    return identity


# Arm's "CPU part" numbers (implementer 0x41; Qualcomm 0x51 for its Kryo/Oryon cores), as the kernel prints them and
# Arm's Technical Reference Manuals give them (MIDR_EL1.PartNum). The in-order little cores are the efficiency kind.
ARM_PARTS = {
    (0x41, 0xD03): "Cortex-A53",
    (0x41, 0xD04): "Cortex-A35",
    (0x41, 0xD05): "Cortex-A55",
    (0x41, 0xD07): "Cortex-A57",
    (0x41, 0xD08): "Cortex-A72",
    (0x41, 0xD09): "Cortex-A73",
    (0x41, 0xD0A): "Cortex-A75",
    (0x41, 0xD0B): "Cortex-A76",
    (0x41, 0xD0C): "Neoverse-N1",
    (0x41, 0xD0D): "Cortex-A77",
    (0x41, 0xD40): "Neoverse-V1",
    (0x41, 0xD41): "Cortex-A78",
    (0x41, 0xD44): "Cortex-X1",
    (0x41, 0xD46): "Cortex-A510",
    (0x41, 0xD47): "Cortex-A710",
    (0x41, 0xD48): "Cortex-X2",
    (0x41, 0xD49): "Neoverse-N2",
    (0x41, 0xD4B): "Cortex-A78C",
    (0x41, 0xD4D): "Cortex-A715",
    (0x41, 0xD4E): "Cortex-X3",
    (0x41, 0xD4F): "Neoverse-V2",
    (0x41, 0xD80): "Cortex-A520",
    (0x41, 0xD81): "Cortex-A720",
    (0x41, 0xD82): "Cortex-X4",
    (0x41, 0xD84): "Neoverse-V3",
    (0x41, 0xD85): "Cortex-X925",
    (0x41, 0xD87): "Cortex-A725",
    (0x51, 0x001): "Qualcomm Oryon",
    (0x51, 0x802): "Kryo 3xx Gold",
    (0x51, 0x803): "Kryo 3xx Silver",
    (0x51, 0x804): "Kryo 4xx Gold",
    (0x51, 0x805): "Kryo 4xx Silver",
}
ARM_LITTLE_PARTS = frozenset(
    {"Cortex-A53", "Cortex-A35", "Cortex-A55", "Cortex-A510", "Cortex-A520", "Kryo 3xx Silver", "Kryo 4xx Silver"}
)
# Without a known part, a core whose top clock is under this share of the fastest core's is an efficiency core
# (RK3588: A55 1.8 GHz beside A76 2.4 GHz; Snapdragon 8 Gen 2: A510 2.0 GHz beside X3 3.2 GHz)
LITTLE_CLOCK_SHARE = 0.8


def _int(text: str) -> int | None:
    try:
        return int(text.strip(), 0)
    except ValueError:
        return None


def _cpu_list(text: str) -> set[int]:
    """A kernel CPU list ("0-11,16") as a set of CPU numbers."""
    cpus: set[int] = set()
    for part in text.strip().split(","):
        first, sep, last = part.partition("-")
        a, b = _int(first), _int(last) if sep else _int(first)
        if a is not None and b is not None and 0 <= a <= b < 4096:
            cpus.update(range(a, b + 1))
    return cpus


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def read_topology(proc_cpuinfo: Path, text: str) -> dict[str, Any]:
    """What Linux shows about the cores beside /proc/cpuinfo: the top clock (`max_mhz`, the fastest core's),
    the CPU packages (`sockets`: distinct "physical id"), and how many cores are of the slower kind
    (`efficiency_cores`): Intel's E-cores from /sys/devices/cpu_atom/cpus, Arm's in-order little cores from each
    core's "CPU part" (else a top clock well under the fastest core's, from cpufreq). On an Arm board without a
    model name, `arm_brand` names the cores ("4× Cortex-A76 + 4× Cortex-A55"), big cores first."""
    sysfs = proc_cpuinfo.parent.parent / "sys"
    blocks: list[dict[str, str]] = []
    for chunk in text.split("\n\n"):
        block: dict[str, str] = {}
        for line in chunk.splitlines():
            key, sep, value = line.partition(":")
            if sep:
                block.setdefault(key.strip(), value.strip())
        if "processor" in block:
            blocks.append(block)
    model = None  # the Raspberry Pi kernel's board line ("Model : Raspberry Pi 5 Model B Rev 1.0"), after the cores
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() == "Model" and value.strip():
            model = value.strip()
    result: dict[str, Any] = {}
    packages = {b["physical id"] for b in blocks if b.get("physical id")}
    # a virtual machine often shows each vCPU as a socket of its own (VMware's one core per socket, QEMU's -smp on
    # older machine types): its "physical id"s say nothing about the host's memory channels
    virtual = "hypervisor" in (blocks[0].get("flags", "").split() if blocks else ())
    if packages and not virtual:
        result["sockets"] = len(packages)
    cpu_dir = sysfs / "devices/system/cpu"
    clocks: dict[int, float] = {}
    for block in blocks:
        n = _int(block["processor"])
        khz = _int(_read(cpu_dir / f"cpu{n}/cpufreq/cpuinfo_max_freq") or "") if n is not None else None
        if n is not None and khz and 300_000 <= khz <= 7_000_000:
            clocks[n] = khz / 1000.0
    mhz = max(clocks.values(), default=None) or _proc_mhz(text)
    if mhz:
        result["max_mhz"] = round(mhz)
    atom = _read(sysfs / "devices/cpu_atom/cpus")
    if atom is not None and _read(sysfs / "devices/cpu_core/cpus") is not None:
        result["efficiency_cores"] = len(_cpu_list(atom))  # Intel E-cores run one thread each
        return result
    arm = any(b.get("CPU implementer") for b in blocks)
    names: dict[int, str] = {}
    for block in blocks:
        n = _int(block["processor"])
        implementer, part = _int(block.get("CPU implementer", "")), _int(block.get("CPU part", ""))
        if n is not None and implementer is not None and part is not None and (implementer, part) in ARM_PARTS:
            names[n] = ARM_PARTS[(implementer, part)]
    if names and len(names) == len(blocks):
        little = {n for n, name in names.items() if name in ARM_LITTLE_PARTS}
        if len(little) == len(names):
            little = set()  # all cores alike (RK3566: four A55s): none is the slower kind
    elif clocks and len(clocks) == len(blocks) and arm:
        # an Arm SoC of parts this table does not know: the slower cluster by its clock. Not on x86, where cores of
        # two clocks (AMD's Zen 4c beside Zen 4) are no hybrid to llama.cpp, whose thread count follows Intel's
        # CPUID hybrid bit only
        top = max(clocks.values())
        little = {n for n, c in clocks.items() if c < LITTLE_CLOCK_SHARE * top}
    else:
        return result
    result["efficiency_cores"] = len(little)
    if names and len(names) == len(blocks):
        big = [names[n] for n in sorted(names) if n not in little]
        small = [names[n] for n in sorted(names) if n in little]
        parts = [f"{len(big)}× {max(set(big), key=big.count)}"] if big else []
        if small:
            parts.append(f"{len(small)}× {max(set(small), key=small.count)}")
        if not little and len(set(big)) == 1:
            parts = [big[0]]
        cores = " + ".join(parts)
        board = model or (_read(proc_cpuinfo.parent / "device-tree/model") or "").strip("\x00 \n") or None
        result["arm_brand"] = f"{board} ({cores})" if board else cores
    return result


def _proc_mhz(text: str) -> float | None:
    """The highest "cpu MHz" line (x86 machines without cpufreq, such as most virtual machines)."""
    values = []
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() == "cpu MHz":
            try:
                values.append(float(value))
            except ValueError:
                continue
    best = max(values, default=0.0)
    return best if 300 <= best <= 7000 else None


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


# --------------------------------------------------------------------------- which cores are the slower kind

# macOS: how many cores each performance level has (perflevel0 the fastest). Apple silicon has two levels; Intel
# Macs on recent macOS have one, and older macOS none of these names (sysctl then fails: "unknown oid").
PERFLEVEL_NAMES = ("hw.nperflevels", "hw.perflevel0.physicalcpu", "hw.perflevel1.physicalcpu")


def parse_perflevels(output: str) -> int | None:
    """The efficiency cores (perflevel1) from `sysctl hw.nperflevels hw.perflevel0.physicalcpu
    hw.perflevel1.physicalcpu` ("name: value" lines); 0 when macOS says there is one kind of core; None when it
    does not tell, or tells something else (more than two levels)."""
    values: dict[str, int] = {}
    for line in output.splitlines():
        name, sep, value = line.partition(":")
        number = _int(value) if sep else None
        if number is not None and number >= 0:
            values[name.strip()] = number
    levels = values.get("hw.nperflevels")
    if levels == 1 and values.get("hw.perflevel0.physicalcpu"):
        return 0
    if levels == 2 and values.get("hw.perflevel0.physicalcpu") and values.get("hw.perflevel1.physicalcpu"):
        return values["hw.perflevel1.physicalcpu"]
    return None


def read_mac_efficiency_cores(runner: Runner, timeout: float) -> int:
    """Apple silicon's efficiency cores from sysctl; ProbeError when sysctl fails or does not know the names."""
    output = runner(["sysctl", *PERFLEVEL_NAMES], timeout)
    efficiency = parse_perflevels(output)
    if efficiency is None:
        raise ProbeError("bad-output: sysctl gave no hw.perflevel counts")
    return efficiency


# Windows: GetLogicalProcessorInformationEx(RelationProcessorCore) lists one SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX
# per core (winnt.h): DWORD Relationship, DWORD Size, then PROCESSOR_RELATIONSHIP: BYTE Flags (LTP_PC_SMT),
# BYTE EfficiencyClass, BYTE Reserved[20], WORD GroupCount, GROUP_AFFINITY GroupMask[GroupCount]. Entries follow one
# another, each `Size` bytes long (48 on 64-bit Windows, 44 on 32-bit). EfficiencyClass: higher is faster; Windows
# sets it only on CPUs with two kinds of core (Intel's P-cores 1, E-cores 0), else 0 for every core.
RELATION_PROCESSOR_CORE = 0
_ENTRY_HEADER = struct.Struct("<II")
_PROCESSOR_FIXED_BYTES = 32  # Relationship, Size, Flags, EfficiencyClass, Reserved[20], GroupCount
ERROR_INSUFFICIENT_BUFFER = 122
MAX_CORES = 4096


def parse_processor_cores(buffer: bytes) -> list[int]:
    """Each core's EfficiencyClass from GetLogicalProcessorInformationEx's buffer, in Windows' order; ProbeError
    when the buffer is not a list of such entries."""
    classes: list[int] = []
    offset = 0
    while offset < len(buffer):
        if offset + _ENTRY_HEADER.size > len(buffer):
            raise ProbeError("bad-output: processor list ends inside an entry")
        relationship, size = _ENTRY_HEADER.unpack_from(buffer, offset)
        if size < _PROCESSOR_FIXED_BYTES or offset + size > len(buffer):
            raise ProbeError(f"bad-output: processor entry of {size} bytes")
        if relationship == RELATION_PROCESSOR_CORE:
            classes.append(buffer[offset + 9])
            if len(classes) > MAX_CORES:
                raise ProbeError("bad-output: more cores than any CPU has")
        offset += size
    return classes


def efficiency_from_classes(classes: list[int]) -> int | None:
    """How many cores are of a slower kind than the fastest: on an Intel hybrid every E-core (LP E-cores too, as
    Linux's cpu_atom counts them). None when every core has the same class: Windows does so on CPUs with one kind of
    core, but also where it does not rank them (a Windows older than the CPU), so the CPU's name decides then."""
    if not classes or max(classes) == min(classes):
        return None
    top = max(classes)
    return sum(1 for c in classes if c < top)


def _windows_processor_cores() -> bytes:  # pragma: no cover - needs Windows
    """GetLogicalProcessorInformationEx(RelationProcessorCore)'s buffer, through ctypes (one quick kernel call)."""
    if sys.platform != "win32":  # also tells the type checker that ctypes.WinDLL exists
        raise ProbeError("skipped: the processor list is read only on Windows")
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    call = kernel32.GetLogicalProcessorInformationEx
    call.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(wintypes.DWORD)]
    call.restype = wintypes.BOOL
    length = wintypes.DWORD(0)
    for _ in range(3):  # the first call says the size; the list may grow in between (a processor added)
        buffer = ctypes.create_string_buffer(max(length.value, 1))
        if call(RELATION_PROCESSOR_CORE, buffer if length.value else None, ctypes.byref(length)):
            return buffer.raw[: length.value]
        error = ctypes.get_last_error()
        if error != ERROR_INSUFFICIENT_BUFFER or not 0 < length.value <= MAX_CORES * 256:
            raise ProbeError(f"failed: GetLogicalProcessorInformationEx error {error}")
    raise ProbeError("failed: GetLogicalProcessorInformationEx kept asking for a larger buffer")


def read_efficiency_cores(
    *,
    system: str,
    runner: Runner = run_command,
    timeout: float = DEFAULT_TIMEOUT_S,
    read_processor_cores: Callable[[], bytes] | None = None,
) -> int | None:
    """Of the physical cores, how many are the slower kind, as macOS (sysctl's performance levels) or Windows (each
    core's EfficiencyClass) tell it; None when the system does not rank its cores. Linux's answer comes with
    /proc/cpuinfo (`read_topology`). ProbeError when asking failed."""
    if system == "Darwin":
        return read_mac_efficiency_cores(runner, timeout)
    if system == "Windows":
        reader = read_processor_cores or _windows_processor_cores
        try:
            buffer = reader()
        except (OSError, AttributeError, ValueError) as exc:  # no such function (before Windows 7), a ctypes error
            raise ProbeError(f"failed: GetLogicalProcessorInformationEx: {exc}"[:200]) from None
        return efficiency_from_classes(parse_processor_cores(bytes(buffer)))
    raise ProbeError(f"skipped: {system} tells the core kinds through /proc/cpuinfo")


def _count(value: Any, *, zero: bool = False) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= (0 if zero else 1) else None


def cpu_info(
    identity: dict[str, Any] | None,
    cores: tuple[int | None, int | None] | None,
    efficiency_cores: int | None = None,
) -> CpuInfo:
    """Combine what the probes found; any may be missing when its probe failed. `efficiency_cores` (macOS, Windows:
    `read_efficiency_cores`) counts when /proc/cpuinfo did not, and only if fewer than the physical cores."""
    arch_fallback = _MACHINE.get(platform.machine().lower(), platform.machine().lower())
    physical, logical = cores if cores else (None, None)
    told = _count(efficiency_cores, zero=True)
    if told is not None and physical is not None and told >= physical:
        told = None  # more slower cores than cores: the two answers describe different things (a VM); trust neither
    if identity:
        counted = _count(identity.get("efficiency_cores"), zero=True)
        if counted is not None and physical is not None and counted >= physical:
            counted = None  # counted over logical CPUs, or a VM's view: not a count of slower physical cores
        mhz = identity.get("max_mhz")
        return CpuInfo(
            identity["brand"],
            identity["arch"],
            physical,
            logical,
            tuple(identity["flags"]),
            max_mhz=float(mhz) if isinstance(mhz, int | float) else None,
            sockets=_count(identity.get("sockets")),
            efficiency_cores=counted if counted is not None else told,
        )
    return CpuInfo(platform.processor() or "unknown", arch_fallback, physical, logical, (), efficiency_cores=told)
