"""GPU probes, one module per source, and how their findings become one list of GPUs.

Each probe returns `GpuReading`s (a `GpuInfo` plus the PCI bus id / UUID it was seen under), so the same card
seen by two sources (NVML and nvidia-smi, sysfs and rocm-smi, the Windows registry and NVML) is listed once.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from advisor.core.hardware.gpu_table import laptop_part, lookup_gpu, nearest_gpu
from advisor.core.hardware.runner import ProbeError
from advisor.core.types import GpuInfo, GpuVendor

MIB = 2**20


@dataclass(frozen=True)
class GpuReading:
    gpu: GpuInfo
    bus_id: str | None = None  # normalised "0000:01:00.0"
    uuid: str | None = None


def text(value: object) -> str:
    """NVML and friends answer bytes in old versions and str in new ones."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace").strip("\x00 ").strip()
    return str(value).strip()


def normalise_bus_id(value: object) -> str | None:
    """'00000000:01:00.0' (NVML, nvidia-smi) and '0000:01:00.0' (sysfs) → '0000:01:00.0'."""
    m = re.search(r"(?:([0-9a-fA-F]+):)?([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})\.([0-7])", text(value)) if value else None
    if not m:
        return None
    domain = int(m.group(1), 16) if m.group(1) else 0
    return f"{domain:04x}:{int(m.group(2), 16):02x}:{int(m.group(3), 16):02x}.{m.group(4)}"


def vendor_from_name(name: str) -> GpuVendor:
    low = name.lower()
    if any(w in low for w in ("nvidia", "geforce", "quadro", "tesla", "rtx", "gtx")):
        return GpuVendor.NVIDIA
    if any(w in low for w in ("amd", "radeon", "instinct", "ati ")):
        return GpuVendor.AMD
    if re.search(r"\bapple\b|^m\d\b", low):
        return GpuVendor.APPLE
    if any(w in low for w in ("intel", "arc ", "iris")):
        return GpuVendor.INTEL
    spec = lookup_gpu(name)
    return spec.vendor if spec else GpuVendor.OTHER


# Integrated GPUs and APUs: their memory is system RAM (AMD Radeon 610M–890M, 8040S–8060S, "Radeon Graphics",
# Vega in APUs — "Radeon Vega 8 Graphics", Raven Ridge's "Radeon RX Vega 10 Graphics", never the RX Vega 56/64 cards —
# the older APUs' "Radeon R5/R7 Graphics", the Ryzen Z1/Z2 handheld chips; Intel UHD/HD/Iris/Iris Xe/Iris Plus/Iris
# Pro, "Intel Graphics", Arc graphics of Core Ultra chips such as 130V/140V and 130T/140T; NVIDIA's GB10, whose GPU
# shares the Grace CPU's LPDDR5X). On Linux an APU without a product name is named by pci.ids after its die
# ("Phoenix1", "Rembrandt", "Strix Halo [...]").
_INTEGRATED = re.compile(
    r"radeon\s*(?:\(tm\)\s*)?(?:[0-9]{3}m|80[0-9]0s|graphics|(?:rx\s*)?vega\s*(?!56\b|64\b)[0-9]+\b|r[2-8]\s*graphics)"
    r"|\b(?:uhd|iris|hd)\s*(?:\(r\)\s*)?(?:(?:xe|plus|pro)\s*)?graphics|iris\s*xe|intel\(r\)\s*graphics"
    r"|^intel\s+graphics"
    r"|arc\s*(?:\(tm\)\s*)?(?:1[34]0[vt]|graphics)|\bryzen\s+(?:ai\s+)?z[12]\b|\bgb10\b"
    # a die's name at the start, as the AMD probe writes a pci.ids line ("AMD Phoenix1"; never "ROG Strix RTX...")
    r"|^(?:amd\s+)?(?:phoenix\d*|rembrandt|strix(?:\s+halo|\s+point)?|krackan(?:\s+point)?|hawk\s*point|raphael"
    r"|granite\s*ridge|cezanne|renoir|lucienne|barcelo|mendocino|van\s*gogh|picasso|raven\d*)\b",
    re.IGNORECASE,
)


def is_integrated_gpu_name(name: str) -> bool:
    """Whether a GPU name is an integrated GPU or APU (its memory is system RAM), as drivers report them."""
    return bool(_INTEGRATED.search(name or "")) and "radeon pro" not in (name or "").lower()


# AMD's processor names carry their integrated GPU ("AMD Ryzen 7 7840U w/ Radeon 780M Graphics", "AMD RYZEN AI MAX+
# 395 w/ Radeon 8060S"), or are the GPU's name (the handhelds' "AMD Ryzen Z1 Extreme"): where the driver's name says
# only "AMD Radeon(TM) Graphics" or the die ("Phoenix1": a 780M or a 760M), the CPU's name tells which chip it is.
_CPU_IGPU = re.compile(r"\bw/\s*(radeon\s+\w+)|\b(ryzen\s+(?:ai\s+)?z\d(?:\s+extreme)?)\b", re.IGNORECASE)


def integrated_from_cpu(gpus: Sequence[GpuInfo], cpu_brand: str | None) -> tuple[GpuInfo, ...]:
    """Name an AMD integrated GPU that the table cannot place after the chip the CPU's name carries, with that
    entry's figures; every other GPU, and a CPU name that names no integrated GPU, leave the list as it was."""
    m = _CPU_IGPU.search(cpu_brand or "")
    if m is None:
        return tuple(gpus)
    chip = f"AMD {m.group(1) or m.group(2)}"
    spec = lookup_gpu(chip)
    if spec is None or not spec.unified_memory:
        return tuple(gpus)
    out: list[GpuInfo] = []
    for gpu in gpus:
        if gpu.vendor is GpuVendor.AMD and gpu.unified_memory and lookup_gpu(gpu.name) is None:
            gpu = with_table(dataclasses.replace(gpu, name=chip))
        out.append(gpu)
    return tuple(out)


def shares_system_memory(name: str) -> bool:
    """Whether the table knows this GPU as one without memory of its own (NVIDIA's GB10 in a DGX Spark), so that a
    driver reporting no memory for it is right; for any other card a missing figure is a failed query."""
    spec = lookup_gpu(name)
    return spec is not None and spec.unified_memory


PCI_VENDORS = {0x10DE: GpuVendor.NVIDIA, 0x1002: GpuVendor.AMD, 0x8086: GpuVendor.INTEL, 0x106B: GpuVendor.APPLE}


def with_table(gpu: GpuInfo, *, gpu_cores: int | None = None, laptop: bool = False) -> GpuInfo:
    """Fill bandwidth and board power from the bundled table when the probe could not read them; on a `laptop`, a
    desktop card's name from its laptop part's row (`gpu_table.laptop_part`)."""
    vram = None if gpu.unified_memory else gpu.vram_total_bytes
    spec = (laptop_part(gpu.name, vram) if laptop and not gpu.unified_memory else None) or lookup_gpu(
        gpu.name, vram, gpu_cores=gpu_cores
    )
    nearest = None
    if spec is None and not gpu.unified_memory:
        spec = nearest = nearest_gpu(gpu.name, vram)  # a newer or rarer card: its nearest sibling's figures, said
    if spec is None:
        return gpu
    borrowed = nearest is not None and gpu.bandwidth_gbps is None
    return dataclasses.replace(
        gpu,
        bandwidth_gbps=gpu.bandwidth_gbps if gpu.bandwidth_gbps is not None else spec.bandwidth_gbps,
        board_power_watts=gpu.board_power_watts if gpu.board_power_watts is not None else spec.board_power_watts,
        table_nearest=spec.name if borrowed else gpu.table_nearest,
        fp32_tflops=gpu.fp32_tflops if gpu.fp32_tflops is not None else spec.fp32_tflops,
    )


def _same_card(a: GpuReading, b: GpuReading) -> bool:
    if a.uuid and b.uuid:
        return a.uuid.lower() == b.uuid.lower()
    if a.bus_id and b.bus_id:
        return a.bus_id == b.bus_id
    if a.gpu.vendor != b.gpu.vendor:
        return False
    # no ids on one side (registry, GPUtil): same vendor and VRAM within 5 % is the same board
    ta, tb = a.gpu.vram_total_bytes, b.gpu.vram_total_bytes
    return abs(ta - tb) <= 0.05 * max(ta, tb, 1)


def merge_readings(groups: Sequence[Iterable[GpuReading]], *, laptop: bool = False) -> tuple[GpuInfo, ...]:
    """Readings from sources in priority order → one GpuInfo per physical card (first source wins, 1:1)."""
    kept: list[GpuReading] = []
    for group in groups:
        claimed: set[int] = set()
        for reading in group:
            twin = next((i for i, k in enumerate(kept) if i not in claimed and _same_card(k, reading)), None)
            if twin is None:
                kept.append(reading)
                claimed.add(len(kept) - 1)
            else:
                claimed.add(twin)
                old = kept[twin].gpu
                if old.vram_free_bytes is None and reading.gpu.vram_free_bytes is not None:  # fill a gap, keep the rest
                    kept[twin] = dataclasses.replace(
                        kept[twin], gpu=dataclasses.replace(old, vram_free_bytes=reading.gpu.vram_free_bytes)
                    )
    # on a laptop (a battery seen), a desktop card's name takes its laptop part's row (`with_table`); what a probe
    # read stays, as the table fills only what no probe gave (newcomer round: a laptop's GTX 1650 was costed at the
    # desktop board's 75 W, "a laptop with a 75 W card")
    return tuple(with_table(_mark_integrated(k.gpu), laptop=laptop) for k in kept)


def _mark_integrated(gpu: GpuInfo) -> GpuInfo:
    """An APU's carve-out (sysfs `mem_info_vram_total`, the registry's figure) is not a card's own memory."""
    if gpu.vendor is not GpuVendor.APPLE and not gpu.unified_memory:
        spec = lookup_gpu(gpu.name)
        if is_integrated_gpu_name(gpu.name) or (spec is not None and spec.unified_memory):
            return dataclasses.replace(gpu, unified_memory=True)
    return gpu


def read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None


def read_int(path: Path) -> int | None:
    value = read_text(path)
    try:
        return int(value, 0) if value is not None else None
    except ValueError:
        return None


def json_output(output: str, tool: str) -> Any:
    """A tool's `--json` answer; anything else is a `bad-output` reason."""
    try:
        return json.loads(output)
    except ValueError:
        raise ProbeError(f"bad-output: {tool} did not answer JSON") from None


def found(readings: list[GpuReading], reason: str) -> list[GpuReading]:
    """The readings, or a `not-found` reason when a probe ran fine but saw no GPU."""
    if not readings:
        raise ProbeError(f"not-found: {reason}")
    return readings
