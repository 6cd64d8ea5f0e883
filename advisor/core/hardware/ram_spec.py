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


@dataclass(frozen=True)
class CpuFamily:
    family: str
    ram_type: str
    speed_mts: int
    channels: float
    cores: int
    isa: str


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
                ),
            )
        )
    return tuple(rows)


def table_source() -> dict[str, str]:
    data = load_json(TABLE_FILE)
    return {"source": data["source"], "retrieved": data["retrieved"]}


def lookup_cpu_family(brand: str | None) -> CpuFamily | None:
    """The family a CPU's name belongs to, or None (never a guess from a name that matches nothing)."""
    if not brand or brand.strip().lower() in ("", "unknown"):
        return None
    name = " ".join(brand.replace("(R)", "").replace("(TM)", "").replace("®", "").replace("™", "").split())
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


@dataclass(frozen=True)
class DerivedBandwidth:
    bandwidth_gbps: float
    basis: str  # "ram_spec" (type/speed/channels given), "cpu_family" (from the CPU's name), "typical"
    ram_type: str
    speed_mts: int
    channels: float


def derive_bandwidth(
    ram_type: str | None, speed_mts: int | None, channels: float | None, cpu_brand: str | None
) -> DerivedBandwidth:
    """The all-core RAM bandwidth from what is known, filling the rest from the CPU's family or a typical machine."""
    family = lookup_cpu_family(cpu_brand)
    kind = (ram_type or (family.ram_type if family else TYPICAL_RAM_TYPE)).upper().replace("-", "")
    family_speed = family.speed_mts if family is not None and kind == family.ram_type else None
    speed = speed_mts or family_speed or TYPICAL_SPEED_BY_TYPE.get(kind) or TYPICAL_SPEED_MTS
    chans = channels or (family.channels if family else TYPICAL_CHANNELS)
    if speed_mts or channels or ram_type:
        basis = "ram_spec"
    elif family is not None:
        basis = "cpu_family"
    else:
        basis = "typical"
    return DerivedBandwidth(achievable_gbps(speed, chans), basis, kind, int(speed), chans)
