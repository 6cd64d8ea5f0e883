"""Windows: every display adapter's memory from the registry (`HardwareInformation.qwMemorySize`).

WMI's Win32_VideoController.AdapterRAM is a 32-bit value and caps at 4 GB, so it is not used. The registry
reader is injected (`read_adapters`); the default walks the display class key with `winreg`.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable
from typing import Any

from advisor.core.hardware.gpu import PCI_VENDORS, GpuReading, found, vendor_from_name
from advisor.core.hardware.runner import ProbeError
from advisor.core.types import GpuInfo, GpuVendor

DISPLAY_CLASS_KEY = r"SYSTEM\CurrentControlSet\Control\Class\{4d36e968-e325-11ce-bfc1-08002be10318}"
VALUE_NAMES = (
    "DriverDesc",
    "DriverVersion",
    "MatchingDeviceId",
    "HardwareInformation.qwMemorySize",
    "HardwareInformation.MemorySize",
    "HardwareInformation.AdapterString",
)

MIN_DEDICATED_BYTES = 2**30  # below this an adapter is integrated graphics (shared RAM) or a virtual display

RegistryReader = Callable[[], list[dict[str, Any]]]


def read_display_adapters() -> list[dict[str, Any]]:  # pragma: no cover - needs Windows
    """One dict of the values in VALUE_NAMES per adapter subkey (0000, 0001, ...)."""
    if sys.platform != "win32":  # also tells the type checker that winreg is the Windows module
        raise OSError("the registry is read only on Windows")
    import winreg

    adapters: list[dict[str, Any]] = []
    with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, DISPLAY_CLASS_KEY) as root:
        index = 0
        while True:
            try:
                sub = winreg.EnumKey(root, index)
            except OSError:
                break
            index += 1
            if not sub.isdigit():
                continue  # "Properties" and other non-adapter keys
            try:
                with winreg.OpenKey(root, sub) as key:
                    values: dict[str, Any] = {}
                    for name in VALUE_NAMES:
                        with contextlib.suppress(OSError):  # drivers write only some of them
                            values[name] = winreg.QueryValueEx(key, name)[0]
                    adapters.append(values)
            except OSError:
                continue
    return adapters


def _as_int(value: Any) -> int | None:
    """REG_QWORD/REG_DWORD arrive as int; some drivers write REG_BINARY (little-endian bytes)."""
    if isinstance(value, int):
        return value
    if isinstance(value, bytes | bytearray) and 0 < len(value) <= 8:
        return int.from_bytes(value, "little")
    return None


def _vendor(values: dict[str, Any], name: str) -> GpuVendor:
    m = re.search(r"ven_([0-9a-f]{4})", str(values.get("MatchingDeviceId", "")), re.I)
    return PCI_VENDORS.get(int(m.group(1), 16), GpuVendor.OTHER) if m else vendor_from_name(name)


def parse_adapters(adapters: list[dict[str, Any]]) -> list[GpuReading]:
    readings: list[GpuReading] = []
    for values in adapters:
        name = str(values.get("DriverDesc") or values.get("HardwareInformation.AdapterString") or "").strip()
        memory = _as_int(values.get("HardwareInformation.qwMemorySize"))
        if memory is None:
            memory = _as_int(values.get("HardwareInformation.MemorySize"))  # 32-bit: right up to 4 GB
        if not name or not memory or memory < MIN_DEDICATED_BYTES:
            continue  # Microsoft Basic Display Adapter, integrated graphics' small carve-out
        gpu = GpuInfo(
            name=name,
            vendor=_vendor(values, name),
            vram_total_bytes=memory,
            driver=str(values["DriverVersion"]) if values.get("DriverVersion") else None,
            source="registry",
            index=len(readings),
        )
        readings.append(GpuReading(gpu))
    return readings


def probe_windows_registry(*, read_adapters: RegistryReader | None = None, system: str = "Windows") -> list[GpuReading]:
    if read_adapters is None:
        if system != "Windows":
            raise ProbeError(f"skipped: not Windows ({system})")
        read_adapters = read_display_adapters
    try:
        adapters = read_adapters()
    except OSError as exc:
        raise ProbeError(f"failed: registry: {exc}") from None
    return found(parse_adapters(adapters), "no display adapter with its memory size in the registry")
