"""Windows: every display adapter's memory from the registry (`HardwareInformation.qwMemorySize`).

WMI's Win32_VideoController.AdapterRAM is a 32-bit value and caps at 4 GB, so it is not used. The registry
reader is injected (`read_adapters`); the default walks the display class key with `winreg`.

Which adapters count is what llama.cpp's Vulkan backend (LM Studio's runtime on AMD and Intel GPUs) can run a model
on. An integrated GPU counts whatever its carve-out: Vulkan gives it every memory heap the driver exposes, Windows'
shared GPU memory (half the RAM) with the BIOS's 512 MiB (ggml-vulkan.cpp `ggml_backend_vk_get_device_memory`: for an
`eIntegratedGpu` all heaps count), so a Ryzen's "AMD Radeon(TM) Graphics" is told by its name, not by its memory. A
virtual adapter counts never: Microsoft's Basic Display/Render and Remote Display adapters, a virtual machine's
display (a hypervisor's PCI vendor id), a remote-desktop or USB display driver, Windows' generic driver on a GPU
whose own driver is missing. Any other adapter with less than 1 GiB of its own is an old or server board (an ASPEED
BMC) and is not listed either. Beside a graphics card llama.cpp leaves integrated graphics unused (src/llama.cpp
`llama_prepare_model_devices`: "add integrated GPUs only if no discrete GPUs were found"), so a laptop's Intel UHD
beside its GeForce is not listed; a card only another probe sees (NVML's Tesla in TCC mode, not a display adapter)
is left to the sizing engine's same rule (sizing/machine.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import sys
from collections.abc import Callable
from typing import Any

from advisor.core.hardware.gpu import PCI_VENDORS, GpuReading, found, is_integrated_gpu_name, vendor_from_name
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

MIN_DEDICATED_BYTES = 2**30  # a card (not integrated graphics) with less is an old or server board, not listed
# what Windows and remote-access tools name their display adapters that no model can run on
_VIRTUAL = re.compile(
    r"\bmicrosoft\b.*\b(?:basic|remote|hyper-v)\b|\bvirtual\b|\bindirect\b|\bremote\s+display\b|\bvmware\b"
    r"|virtualbox|\bqxl\b|\bvirtio\b|\bcitrix\b|\bparsec\b|\bdisplaylink\b|\bspacedesk\b|\bmirror\b",
    re.IGNORECASE,
)
# hypervisors' PCI vendor ids: their emulated displays (VMware SVGA, VirtualBox, QEMU's QXL/virtio/Bochs, Hyper-V)
_VIRTUAL_VENDORS = frozenset({0x15AD, 0x80EE, 0x1B36, 0x1AF4, 0x1234, 0x1414, 0x5853, 0x1AB8})

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


def _pci_vendor(values: dict[str, Any]) -> int | None:
    """The PCI vendor id of the hardware the driver was installed for ("PCI\\VEN_1002&DEV_1638"), None for a device
    that is not a PCI display ("SWD\\RemoteDisplayEnum", "ROOT\\...") or the class-code match of Microsoft's Basic
    Display Adapter ("PCI\\CC_0300")."""
    m = re.match(r"pci\\ven_([0-9a-f]{4})", str(values.get("MatchingDeviceId", "")).strip(), re.I)
    return int(m.group(1), 16) if m else None


def _vendor(values: dict[str, Any], name: str) -> GpuVendor:
    pci = _pci_vendor(values)
    return PCI_VENDORS.get(pci, GpuVendor.OTHER) if pci is not None else vendor_from_name(name)


def is_virtual_adapter(values: dict[str, Any], name: str) -> bool:
    """A display adapter no model runs on: named as Windows and remote-access tools name theirs, a hypervisor's PCI
    display, or Windows' generic driver matched by the display class alone ("PCI\\CC_0300": no GPU driver)."""
    if _VIRTUAL.search(name) or _pci_vendor(values) in _VIRTUAL_VENDORS:
        return True
    return re.match(r"pci\\cc_03", str(values.get("MatchingDeviceId", "")).strip(), re.I) is not None


def parse_adapters(adapters: list[dict[str, Any]]) -> list[GpuReading]:
    readings: list[GpuReading] = []
    for values in adapters:
        name = str(values.get("DriverDesc") or values.get("HardwareInformation.AdapterString") or "").strip()
        memory = _as_int(values.get("HardwareInformation.qwMemorySize"))
        if memory is None:
            memory = _as_int(values.get("HardwareInformation.MemorySize"))  # 32-bit: right up to 4 GB
        if not name or is_virtual_adapter(values, name):
            continue
        # integrated graphics: by name (the BIOS's carve-out, often 512 MiB, is not what it may use: a driver that
        # writes none leaves it 0, and the shared memory is what counts), or an Intel GPU with under 1 GiB of its own
        # (every Arc card has 4 GB or more; Iris Plus and older names vary)
        vendor = _vendor(values, name)
        if not memory and not is_integrated_gpu_name(name):
            continue  # a card's memory is what sizes it: without it, nothing to say
        memory = memory or 0
        integrated = is_integrated_gpu_name(name) or (vendor is GpuVendor.INTEL and memory < MIN_DEDICATED_BYTES)
        if not integrated and memory < MIN_DEDICATED_BYTES:
            continue
        gpu = GpuInfo(
            name=name,
            vendor=vendor,
            vram_total_bytes=memory,
            unified_memory=integrated,
            driver=str(values["DriverVersion"]) if values.get("DriverVersion") else None,
            source="registry",
            index=len(readings),
        )
        readings.append(GpuReading(gpu))
    if any(not r.gpu.unified_memory for r in readings):  # a laptop's RTX beside its UHD: the card runs the models
        readings = [r for r in readings if not r.gpu.unified_memory]
        readings = [dataclasses.replace(r, gpu=dataclasses.replace(r.gpu, index=i)) for i, r in enumerate(readings)]
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
