"""Intel discrete GPUs (Arc) on Linux, from sysfs: the i915 and xe drivers.

The xe driver publishes VRAM in `device/tile*/physical_vram_size_bytes`; i915 publishes none in sysfs, so an Arc
card on i915 gets the VRAM its model is sold with (from the GPU table). Integrated graphics (no VRAM of their own)
are not listed: they share system RAM, which the RAM figures already describe.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from advisor.core.hardware.gpu import GpuReading, found, read_int
from advisor.core.hardware.gpu.drm import PCI_IDS_PATHS, drm_cards, pci_device_name
from advisor.core.hardware.gpu_table import lookup_gpu, resolve_pci_name
from advisor.core.types import GpuInfo, GpuVendor

INTEL_VENDOR_ID = 0x8086
# Arc boards by PCI device id (Linux kernel / Mesa), for machines without pci.ids.
ARC_DEVICE_IDS = {
    0x56A0: "Arc A770",
    0x56A1: "Arc A750",
    0x56A2: "Arc A580",
    0x56A5: "Arc A380",
    0x56A6: "Arc A310",
    0x5690: "Arc A770M",
    0x5691: "Arc A730M",
    0x5692: "Arc A550M",
    0x5693: "Arc A370M",
    0x5694: "Arc A350M",
    0xE20B: "Arc B580",
    0xE20C: "Arc B570",
}


def probe_intel_sysfs(*, sysfs_root: Path = Path("/sys"), pci_ids: Sequence[Path] = PCI_IDS_PATHS) -> list[GpuReading]:
    readings: list[GpuReading] = []
    for card in drm_cards(sysfs_root, INTEL_VENDOR_ID):
        vram = sum(read_int(tile / "physical_vram_size_bytes") or 0 for tile in card.device.glob("tile*")) or None
        pci_name = pci_device_name(INTEL_VENDOR_ID, card.device_id, pci_ids)
        name, spec = resolve_pci_name(pci_name, vram) if pci_name else (None, None)
        if spec is None and card.device_id in ARC_DEVICE_IDS:
            name, spec = ARC_DEVICE_IDS[card.device_id], lookup_gpu(ARC_DEVICE_IDS[card.device_id], vram)
        if vram is None and spec is not None:
            vram = spec.vram_bytes
        if not vram:
            continue  # integrated graphics
        gpu = GpuInfo(
            name=f"Intel {spec.name if spec else name or f'GPU 0x{card.device_id or 0:04x}'}",
            vendor=GpuVendor.INTEL,
            vram_total_bytes=vram,
            driver=card.driver,
            source="sysfs",
            index=len(readings),
        )
        readings.append(GpuReading(gpu, card.bus_id))
    return found(readings, "no Intel GPU with its own memory in sysfs")
