"""AMD GPUs: the amdgpu driver's sysfs files (no tools needed), and rocm-smi / amd-smi where ROCm is installed.

sysfs: `/sys/class/drm/card*/device/` with vendor 0x1002 has `mem_info_vram_total` and `mem_info_vram_used`
(bytes); the name comes from `product_name` (some boards), else the system's pci.ids resolved against the GPU
table by VRAM (pci.ids names the chip and lists the boards that share it).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from advisor.core.hardware.gpu import MIB, GpuReading, found, json_output, normalise_bus_id, read_int, read_text
from advisor.core.hardware.gpu.drm import PCI_IDS_PATHS, drm_cards, pci_device_name
from advisor.core.hardware.gpu_table import resolve_pci_name
from advisor.core.hardware.runner import DEFAULT_TIMEOUT_S, Runner, run_command
from advisor.core.types import GpuInfo, GpuVendor

AMD_VENDOR_ID = 0x1002


def _amd(name: str) -> str:
    return name if name.lower().startswith("amd") else f"AMD {name}"


def _board(product: str | None, device_id: int | None, vram: int, pci_ids: Sequence[Path]) -> tuple[str, float | None]:
    """(name, bandwidth when the name alone may not find it in the table)."""
    if product:
        return _amd(product), None
    pci_name = pci_device_name(AMD_VENDOR_ID, device_id, pci_ids)
    if pci_name:
        name, spec = resolve_pci_name(pci_name, vram)
        if spec is not None and name == spec.name:
            return _amd(name), None
        return _amd(name), spec.bandwidth_gbps if spec else None
    return (f"AMD GPU 0x{device_id:04x}" if device_id is not None else "AMD GPU"), None


def _power_cap_watts(device: Path) -> float | None:
    for hwmon in sorted((device / "hwmon").glob("hwmon*")):
        cap = read_int(hwmon / "power1_cap")  # microwatts
        if cap:
            return round(cap / 1e6, 1)
    return None


def probe_amd_sysfs(*, sysfs_root: Path = Path("/sys"), pci_ids: Sequence[Path] = PCI_IDS_PATHS) -> list[GpuReading]:
    readings: list[GpuReading] = []
    for card in drm_cards(sysfs_root, AMD_VENDOR_ID):
        total = read_int(card.device / "mem_info_vram_total")
        if not total:
            continue
        used = read_int(card.device / "mem_info_vram_used")
        name, bandwidth = _board(read_text(card.device / "product_name"), card.device_id, total, pci_ids)
        gpu = GpuInfo(
            name=name,
            vendor=GpuVendor.AMD,
            bandwidth_gbps=bandwidth,
            vram_total_bytes=total,
            vram_free_bytes=max(0, total - used) if used is not None else None,
            power_limit_watts=_power_cap_watts(card.device),
            driver=card.driver,
            source="sysfs",
            index=len(readings),
        )
        readings.append(GpuReading(gpu, card.bus_id))
    return found(readings, "no amdgpu card in sysfs")


def _ci(mapping: dict[str, Any], *names: str) -> Any:
    """rocm-smi changed the case of its keys between releases ("Card series" / "Card Series")."""
    lowered = {k.lower(): v for k, v in mapping.items()}
    for name in names:
        if name.lower() in lowered:
            return lowered[name.lower()]
    return None


def parse_rocm_smi(output: str) -> list[GpuReading]:
    """`rocm-smi --showproductname --showmeminfo vram --showbus --json` → readings."""
    data = json_output(output, "rocm-smi")
    readings: list[GpuReading] = []
    for key, card in sorted(data.items()) if isinstance(data, dict) else ():
        if not key.lower().startswith("card") or not isinstance(card, dict):
            continue
        total = _ci(card, "VRAM Total Memory (B)")
        used = _ci(card, "VRAM Total Used Memory (B)")
        try:
            total_i = int(total)
        except (TypeError, ValueError):
            continue
        series = _ci(card, "Card Series", "Card series", "Card model") or "AMD GPU"
        name, spec = resolve_pci_name(str(series), total_i)
        gpu = GpuInfo(
            name=_amd(name),
            bandwidth_gbps=spec.bandwidth_gbps if spec else None,
            vendor=GpuVendor.AMD,
            vram_total_bytes=total_i,
            vram_free_bytes=max(0, total_i - int(used)) if str(used).isdigit() else None,
            source="rocm-smi",
            index=int(key[4:]) if key[4:].isdigit() else None,
        )
        readings.append(GpuReading(gpu, normalise_bus_id(_ci(card, "PCI Bus"))))
    return readings


def probe_rocm_smi(*, runner: Runner = run_command, timeout: float = DEFAULT_TIMEOUT_S) -> list[GpuReading]:
    output = runner(["rocm-smi", "--showproductname", "--showmeminfo", "vram", "--showbus", "--json"], timeout)
    return found(parse_rocm_smi(output), "rocm-smi lists no GPU")


def _mib(value: Any) -> int | None:
    """amd-smi writes sizes as {"value": 24560, "unit": "MB"} (MiB) or a bare number of MiB."""
    if isinstance(value, dict):
        unit = str(value.get("unit", "MB")).upper()
        value = value.get("value")
        scale = {"B": 1, "KB": 2**10, "MB": MIB, "MIB": MIB, "GB": 2**30, "GIB": 2**30}.get(unit, MIB)
    else:
        scale = MIB
    try:
        return int(float(value) * scale)
    except (TypeError, ValueError):
        return None


def parse_amd_smi(output: str) -> list[GpuReading]:
    """`amd-smi static --asic --vram --bus --json` → readings (a list of GPUs, or {"gpu_data": [...]})."""
    data = json_output(output, "amd-smi")
    if isinstance(data, dict):
        data = data.get("gpu_data", [data])
    readings: list[GpuReading] = []
    for entry in data if isinstance(data, list) else ():
        asic, vram, bus = (entry.get(k) or {} for k in ("asic", "vram", "bus"))
        total = _mib(vram.get("size", vram.get("vram_size_mb")))
        if not total:
            continue
        market = str(asic.get("market_name") or "AMD GPU")
        name, spec = resolve_pci_name(market, total)
        gpu = GpuInfo(
            name=_amd(name),
            bandwidth_gbps=spec.bandwidth_gbps if spec else None,
            vendor=GpuVendor.AMD,
            vram_total_bytes=total,
            source="amd-smi",
            index=entry.get("gpu") if isinstance(entry.get("gpu"), int) else None,
        )
        readings.append(GpuReading(gpu, normalise_bus_id(bus.get("bdf"))))
    return readings


def probe_amd_smi(*, runner: Runner = run_command, timeout: float = DEFAULT_TIMEOUT_S) -> list[GpuReading]:
    output = runner(["amd-smi", "static", "--asic", "--vram", "--bus", "--json"], timeout)
    return found(parse_amd_smi(output), "amd-smi lists no GPU")
