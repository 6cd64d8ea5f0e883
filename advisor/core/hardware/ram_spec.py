"""RAM bandwidth and CPU kind from what a person knows: the memory's type, speed and channels, or the CPU's name.

A decode on the CPU reads every weight once per token, so its speed follows the bandwidth that all cores together
draw from RAM. That figure is what `RamInfo.bandwidth_gbps` means (what `detect` measures with every core, what a
hardware file may state). When it is not known it is derived, in this order, and the derivation is said:
1. `ram.type` / `ram.speed_mts` / `ram.channels` in a hardware file: peak = channels × 8 bytes × MT/s, of which an
   all-core read reaches `ACHIEVABLE_SHARE` (shared/reference/sizing.md: real copies reach 60–80 % of the peak);
2. the CPU's name, matched against `resources/cpu_families.json` (the makers' memory specifications);
3. a typical machine: dual-channel DDR4-3200, eight cores with AVX2 (a 2020–2023 laptop or desktop; a newer machine
   is faster, so speeds are not over-promised), said as an assumption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from advisor.core.resources import load_json

TABLE_FILE = "cpu_families.json"
ACHIEVABLE_SHARE = 0.75
CHANNEL_BYTES = 8  # one 64-bit channel moves 8 bytes per transfer
TYPICAL_RAM_TYPE = "DDR4"
TYPICAL_SPEED_MTS = 3200
TYPICAL_CHANNELS = 2
TYPICAL_CORES = 8
TYPICAL_ISA = "avx2"
# A memory type's common speed when only the type is given (what machines with it usually ship with).
TYPICAL_SPEED_BY_TYPE = {
    "DDR3": 1600,
    "DDR4": 3200,
    "DDR5": 5600,
    "LPDDR3": 1866,
    "LPDDR4": 3200,
    "LPDDR4X": 4266,
    "LPDDR5": 6400,
    "LPDDR5X": 7500,
}
ISAS = ("avx512", "avx2", "neon_dotprod", "basic", "neon", "sse")
# The core class a decode's per-core rate depends on: the SIMD class, refined by what the CPU's name says about its
# cores (the name is what every probe reads: /proc/cpuinfo's or lscpu's model name, py-cpuinfo's brand, a hardware
# file's cpu.brand). Apple's M-series performance cores and AMD's Zen 4/5 (the only AMD cores with AVX-512) are wide
# out-of-order cores that do far more per clock than their SIMD class's average; Intel's Atom-lineage E-cores
# (N100...) run AVX2 on 128-bit units, and Arm's in-order little cores (Cortex-A53/A55/A510/A520) issue in order
# from a narrow NEON pipeline: both do far less.
CORE_CLASSES = ("apple", "oryon", "zen4", "x86_little", "arm_little", *ISAS)
_APPLE_CORES = re.compile(r"\bapple m\d", re.IGNORECASE)
# Qualcomm's Oryon cores (Snapdragon X Elite / Plus, model numbers X1E-…, X1P-…): wide out-of-order cores of Apple's
# lineage (Nuvia), not the Cortex-A76 class a plain dot-product NEON flag suggests
_ORYON_CORES = re.compile(r"snapdragon.*\bx\d?\b|\bx1[ep]-?\d|oryon", re.IGNORECASE)
_AMD = re.compile(r"\bamd\b|ryzen|epyc|threadripper", re.IGNORECASE)
_X86_LITTLE = re.compile(
    r"\bn(50|95|97|100|150|200|250|300|305|350|355)\b|\batom\b|pentium silver|celeron [nj]\d", re.IGNORECASE
)
_ARM_LITTLE = re.compile(r"cortex-a(53|55|510|520)\b|\brk35(66|68)\b|bcm2837|raspberry pi (3|zero)", re.IGNORECASE)
_ARM_BIG = re.compile(r"cortex-a7[5-9]|cortex-x|neoverse|bcm2712|rk3588", re.IGNORECASE)
# "2x AMD EPYC 9334" / "Dual Xeon ..." in a hardware file; AMD's own names state the cores of one socket
_SOCKETS = re.compile(r"^\s*([2-8])\s*x\s|\bdual\b", re.IGNORECASE)
_SERVER_CPU = re.compile(r"\b(epyc|xeon|opteron)\b", re.IGNORECASE)
MAX_SOCKETS = 8
# The core count some CPU names carry: AMD's ("AMD Ryzen 9 5900X 12-Core Processor", "AMD Ryzen 7 1700 Eight-Core
# Processor", "AMD Ryzen Threadripper PRO 5995WX 64-Cores"), Qualcomm's on Windows ("Snapdragon(R) X 12-core
# X1E80100"), Intel's older ones ("Pentium(R) Dual-Core CPU E5200"). Intel's Core and Xeon names carry none. One
# chip's count: a multi-socket board has it per socket. Only "N-core" with a hyphen: "12 Compute Cores 4C+8G" (an
# AMD APU with 4 CPU cores) is not one.
_CORES_IN_NAME = re.compile(
    r"\b(\d{1,3}|dual|triple|quad|six|hexa|eight|octa|ten|twelve|sixteen)-cores?\b(?!\s{0,3}(?:gpu|neural))",
    re.IGNORECASE,
)  # not an Apple chip's GPU or Neural Engine cores written into its processor's name ("Apple M2 10-core GPU")
_CORE_WORDS = {
    "dual": 2,
    "triple": 3,
    "quad": 4,
    "six": 6,
    "hexa": 6,
    "eight": 8,
    "octa": 8,
    "ten": 10,
    "twelve": 12,
    "sixteen": 16,
}


@dataclass(frozen=True)
class CpuFamily:
    family: str
    ram_type: str
    speed_mts: int
    channels: float
    cores: int
    isa: str
    max_speed_mts: int | None = None  # the memory controller's top speed (server families): faster DIMMs run at it
    # Intel's hybrid families (12th gen and later, Core Ultra): performance cores with two threads each beside
    # single-thread efficiency cores; `efficiency_cores` where every chip of the family has the same number
    hybrid: bool = False
    efficiency_cores: int | None = None
    # the most an all-core read draws where the cores' link to memory is narrower than the bus (Strix Halo's CCDs:
    # its CPU reads about half what its GPU does), in GB/s; None: the bus is the limit
    cpu_read_gbps: float | None = None


def peak_gbps(speed_mts: float, channels: float) -> float:
    """The memory's theoretical peak in decimal GB/s."""
    return channels * CHANNEL_BYTES * speed_mts / 1000.0


def achievable_gbps(speed_mts: float, channels: float) -> float:
    """What an all-core read really draws from that memory."""
    return round(ACHIEVABLE_SHARE * peak_gbps(speed_mts, channels), 1)


@cache
def _families() -> tuple[tuple[re.Pattern[str], CpuFamily], ...]:
    data: dict[str, Any] = load_json(TABLE_FILE)
    rows = []
    for row in data["families"]:
        rows.append(
            (
                re.compile(row["pattern"], re.IGNORECASE),
                CpuFamily(
                    row["family"],
                    row["ram_type"],
                    int(row["speed_mts"]),
                    float(row["channels"]),
                    int(row["cores"]),
                    row["isa"],
                    int(row["max_speed_mts"]) if row.get("max_speed_mts") else None,
                    bool(row.get("hybrid", False)),
                    int(row["efficiency_cores"]) if row.get("efficiency_cores") is not None else None,
                    float(row["cpu_read_gbps"]) if row.get("cpu_read_gbps") else None,
                ),
            )
        )
    return tuple(rows)


def table_source() -> dict[str, str]:
    data = load_json(TABLE_FILE)
    return {"source": data["source"], "retrieved": data["retrieved"]}


@cache
def _integrated_gpus() -> dict[str, CpuFamily]:
    """Each integrated GPU the table links to its processor family (`integrated_gpus`: the GPU table's names, from
    the makers' pages, which give every processor's graphics), by lower-case name."""
    data: dict[str, Any] = load_json(TABLE_FILE)
    by_name = {family.family: family for _, family in _families()}
    return {gpu.lower(): by_name[row["family"]] for row in data["families"] for gpu in row.get("integrated_gpus", ())}


def family_of_integrated_gpu(gpu_name: str | None) -> CpuFamily | None:
    """The processor family an integrated GPU is built into (the GPU table's "Radeon 780M" → AMD Ryzen 7040/8040
    mobile), or None for a GPU that is not one the table links: a graphics card, another maker's chip."""
    return _integrated_gpus().get((gpu_name or "").strip().lower())


def lookup_cpu_family(brand: str | None) -> CpuFamily | None:
    """The family a CPU's name belongs to, or None (never a guess from a name that matches nothing). A family's own
    name (a what-if processor known only by the integrated GPU it carries) is that family."""
    if not brand or brand.strip().lower() in ("", "unknown"):
        return None
    name = " ".join(brand.replace("(R)", "").replace("(TM)", "").replace("®", "").replace("™", "").split())
    named = next((family for _, family in _families() if family.family.lower() == name.lower()), None)
    if named is not None:
        return named
    for pattern, family in _families():
        if pattern.search(name):
            return family
    return None


def isa_from_flags(arch: str, flags: tuple[str, ...], brand: str = "") -> str | None:
    """The SIMD class llama.cpp's CPU kernels use on this CPU, from its flags (None when they say nothing)."""
    f = {x.lower() for x in flags}
    if "avx512f" in f:
        return "avx512"
    if "avx2" in f:
        return "avx2"
    if arch in ("arm64", "aarch64"):
        if f & {"asimddp", "dotprod", "i8mm"} or "apple" in brand.lower():
            return "neon_dotprod"
        return "neon"
    if "avx" in f:
        return "basic"
    if f & {"sse4_2", "sse4_1", "ssse3", "sse3"}:
        return "sse"
    return None


def core_class(isa: str, brand: str | None = "") -> str:
    """The core class (one of `CORE_CLASSES`) of a CPU with this SIMD class and name; the SIMD class itself when
    the name says nothing more."""
    name = brand or ""
    if _APPLE_CORES.search(name):  # by name too: a hand-written file may give "Apple M2 Max" without arch or flags
        return "apple"
    if isa in ("neon_dotprod", "neon") and _ORYON_CORES.search(name):
        return "oryon"
    if isa in ("neon_dotprod", "neon") and _ARM_LITTLE.search(name) and not _ARM_BIG.search(name):
        return "arm_little"
    if isa == "avx512" and _AMD.search(name):
        return "zen4"
    if isa == "avx2" and _X86_LITTLE.search(name):
        return "x86_little"
    return isa


def cores_from_brand(brand: str | None) -> int | None:
    """The physical cores of one chip, where its name says them ("... 12-Core Processor"), else None."""
    m = _CORES_IN_NAME.search(brand or "")
    if m is None:
        return None
    word = m.group(1).lower()
    cores = _CORE_WORDS.get(word) or int(word)
    return cores if cores > 0 else None


def sockets_from_brand(brand: str | None, physical_cores: int | None) -> int:
    """How many CPU sockets the machine has, where its name shows it: "2x ..." or "Dual ..." (a hardware file), or
    more physical cores than AMD's name gives one chip ("AMD EPYC 9334 32-Core Processor" with 64 cores). 1 else."""
    name = brand or ""
    m = _SOCKETS.search(name)
    if m:
        return int(m.group(1)) if m.group(1) else 2
    # only a server chip comes in multi-socket boards: a desktop name with more "cores" than it has is a VM showing
    # the host's vCPUs as cores, or SMT counted as cores, never a second socket
    per_chip = cores_from_brand(name) or 0
    if per_chip > 0 and _SERVER_CPU.search(name) and physical_cores and physical_cores >= 2 * per_chip:
        return min(physical_cores // per_chip, MAX_SOCKETS)
    return 1


@dataclass(frozen=True)
class DerivedBandwidth:
    bandwidth_gbps: float
    basis: str  # "ram_spec" (type/speed/channels given), "cpu_family" (from the CPU's name), "typical"
    ram_type: str
    speed_mts: int
    channels: float
    cpu_link: bool = False  # the memory gives more: the figure is what the cores' link draws (CpuFamily.cpu_read_gbps)


def derive_bandwidth(
    ram_type: str | None, speed_mts: int | None, channels: float | None, cpu_brand: str | None
) -> DerivedBandwidth:
    """The all-core RAM bandwidth from what is known, filling the rest from the CPU's family or a typical machine;
    at most what the family's cores can draw through their link to memory (`CpuFamily.cpu_read_gbps`)."""
    family = lookup_cpu_family(cpu_brand)
    kind = (ram_type or (family.ram_type if family else TYPICAL_RAM_TYPE)).upper().replace("-", "")
    family_speed = family.speed_mts if family is not None and kind == family.ram_type else None
    speed = speed_mts or family_speed or TYPICAL_SPEED_BY_TYPE.get(kind) or TYPICAL_SPEED_MTS
    if family is not None and family.max_speed_mts and kind == family.ram_type:
        speed = min(speed, family.max_speed_mts)  # registered DIMMs rated faster run at the controller's speed
    chans = channels or (family.channels if family else TYPICAL_CHANNELS)
    if speed_mts or channels or ram_type:
        basis = "ram_spec"
    elif family is not None:
        basis = "cpu_family"
    else:
        basis = "typical"
    gbps = achievable_gbps(speed, chans)
    if family is not None and family.cpu_read_gbps and family.cpu_read_gbps < gbps:
        return DerivedBandwidth(family.cpu_read_gbps, basis, kind, int(speed), chans, cpu_link=True)
    return DerivedBandwidth(gbps, basis, kind, int(speed), chans)


def hybrid_split(brand: str | None, physical_cores: int | None, logical_cores: int | None) -> tuple[int, int] | None:
    """(performance, efficiency) physical cores of an Intel hybrid CPU known by its family, where its counts show
    them: each P-core runs two threads and each E-core one, so logical − physical is the P-cores (a Core Ultra 7
    155H: 16 cores, 22 threads → 6 P + 10 E). None for other CPUs, or when the counts cannot tell (no second
    thread on the P-cores, as on Lunar Lake and Arrow Lake, whose split comes from the family table if fixed). A
    family's fixed split is used only for its own core count: six cores said of an i5-13400 (6 P + 4 E) are not
    taken for 2 P + 4 E."""
    family = lookup_cpu_family(brand)
    if family is None or not family.hybrid or not physical_cores:
        return None
    if (
        family.efficiency_cores is not None
        and physical_cores == family.cores
        and family.efficiency_cores < family.cores
    ):
        return physical_cores - family.efficiency_cores, family.efficiency_cores
    if not logical_cores:
        return None
    performance = logical_cores - physical_cores
    if not 0 < performance <= physical_cores:
        return None
    return performance, physical_cores - performance


# Apple silicon: the chip's tier sets how much of its memory the CPU clusters can read (sizing/quants.py
# CPU_APPLE_SHARE), and its efficiency cores are the ones llama.cpp's default threads leave idle (macOS: one thread
# per hw.perflevel0.physicalcpu, the performance cores). E-cores of each chip from Apple's specifications (M1: 4 P +
# 4 E; M1 Pro/Max: 6-8 P + 2 E; M2 Pro/Max: 6-8 P + 4 E; M3 Pro: 5-6 P + 6 E; M4: 4 P + 6 E, the 8-core M4 4 + 4...);
# a chip not listed (M5 Pro/Max and later) keeps all its cores, as before.
_APPLE_CHIP = re.compile(r"\bapple m(\d+)(?:\s+(pro|max|ultra))?\b", re.IGNORECASE)
APPLE_EFFICIENCY_CORES: dict[tuple[int, str], int] = {
    (1, "base"): 4,
    (1, "pro"): 2,
    (1, "max"): 2,
    (1, "ultra"): 4,
    (2, "base"): 4,
    (2, "pro"): 4,
    (2, "max"): 4,
    (2, "ultra"): 8,
    (3, "base"): 4,
    (3, "pro"): 6,
    (3, "max"): 4,
    (3, "ultra"): 8,
    (4, "base"): 6,
    (4, "pro"): 4,
    (4, "max"): 4,
    (5, "base"): 6,
}


def apple_chip(brand: str | None) -> tuple[int, str] | None:
    """(generation, tier) of an Apple M-series chip named in `brand` ("Apple M2 Max" → (2, "max")), or None."""
    m = _APPLE_CHIP.search(brand or "")
    if m is None:
        return None
    return int(m.group(1)), (m.group(2) or "base").lower()


def apple_split(brand: str | None, physical_cores: int | None) -> tuple[int, int] | None:
    """(performance, efficiency) cores of an Apple chip known by its name and core count, or None."""
    chip = apple_chip(brand)
    if chip is None or not physical_cores or chip not in APPLE_EFFICIENCY_CORES:
        return None
    efficiency = APPLE_EFFICIENCY_CORES[chip]
    if chip == (4, "base") and physical_cores == 8:
        efficiency = 4  # the 8-core M4 (iMac, Mac mini education): 4 P + 4 E
    if not 0 < efficiency < physical_cores:
        return None
    return physical_cores - efficiency, efficiency
