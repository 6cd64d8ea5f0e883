"""What AMD and Intel probes share on Linux: the DRM cards under /sys/class/drm and names from pci.ids.

`sysfs_root` is the folder that plays /sys, so tests pass fixture trees that copy the real layout:
`<root>/class/drm/card0/device/{vendor,device,uevent,mem_info_vram_total,...}`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from advisor.core.hardware.gpu import normalise_bus_id, read_int, read_text

PCI_IDS_PATHS = (Path("/usr/share/hwdata/pci.ids"), Path("/usr/share/misc/pci.ids"), Path("/usr/share/pci.ids"))


@dataclass(frozen=True)
class DrmCard:
    card: Path  # /sys/class/drm/cardN
    device: Path  # /sys/class/drm/cardN/device (the PCI device)
    vendor_id: int
    device_id: int | None
    bus_id: str | None
    driver: str | None


def drm_cards(sysfs_root: Path, vendor_id: int) -> Iterator[DrmCard]:
    drm = sysfs_root / "class" / "drm"
    if not drm.is_dir():
        return
    for card in sorted(drm.iterdir(), key=lambda p: (len(p.name), p.name)):
        if not re.fullmatch(r"card\d+", card.name):
            continue  # card0-DP-1 and friends are connectors, renderD128 is the same device again
        device = card / "device"
        if read_int(device / "vendor") != vendor_id:
            continue
        uevent = dict(line.split("=", 1) for line in (read_text(device / "uevent") or "").splitlines() if "=" in line)
        bus = normalise_bus_id(uevent.get("PCI_SLOT_NAME")) or normalise_bus_id(device.resolve().name)
        yield DrmCard(card, device, vendor_id, read_int(device / "device"), bus, uevent.get("DRIVER"))


def pci_device_name(vendor_id: int, device_id: int | None, paths: Sequence[Path] = PCI_IDS_PATHS) -> str | None:
    """The device line of the system's pci.ids ("Navi 31 [Radeon RX 7900 XT/7900 XTX/7900M]"), if installed."""
    if device_id is None:
        return None
    vendor_hex, device_hex = f"{vendor_id:04x}", f"{device_id:04x}"
    for path in paths:
        try:
            with path.open(encoding="utf-8", errors="replace") as fh:
                in_vendor = False
                for line in fh:
                    if not line.strip() or line.startswith("#"):
                        continue
                    if not line.startswith("\t"):
                        if in_vendor:
                            return None
                        in_vendor = line.startswith(vendor_hex + " ")
                    elif in_vendor and not line.startswith("\t\t") and line[1:5].lower() == device_hex:
                        return line[5:].strip()
        except OSError:
            continue
    return None
