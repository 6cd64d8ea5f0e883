"""NVIDIA GPUs through NVML (`nvidia-ml-py`, NVIDIA's own bindings): total and free VRAM, power limit, driver.

`nvml` is the pynvml module or any object with the same functions (tests pass a fake); it is imported only when
detection runs, and a machine without the NVIDIA driver answers `unavailable`.
"""

from __future__ import annotations

from typing import Any

from advisor.core.hardware.gpu import GpuReading, found, normalise_bus_id, shares_system_memory, text
from advisor.core.hardware.runner import ProbeError
from advisor.core.types import GpuInfo, GpuVendor


def _load() -> Any:
    try:
        import pynvml
    except ImportError as exc:
        raise ProbeError(f"unavailable: nvidia-ml-py is not installed ({exc})") from None
    return pynvml


def _optional(call: Any, *args: Any) -> Any:
    """NVML answers NotSupported for many queries on laptops and older boards: that is not a failure."""
    try:
        return call(*args)
    except Exception:
        return None


def probe_nvml(*, nvml: Any = None) -> list[GpuReading]:
    nv = nvml if nvml is not None else _load()
    try:
        nv.nvmlInit()
    except Exception as exc:
        raise ProbeError(f"unavailable: NVML: {exc}") from None
    try:
        driver = _optional(nv.nvmlSystemGetDriverVersion)
        readings: list[GpuReading] = []
        for index in range(nv.nvmlDeviceGetCount()):
            handle = nv.nvmlDeviceGetHandleByIndex(index)
            # a GPU that shares the system's memory (GB10 in a DGX Spark) has no memory of its own to report:
            # NVML answers NotSupported, and the GPU is listed as unified memory (its budget comes from the RAM)
            memory = _optional(nv.nvmlDeviceGetMemoryInfo, handle)
            name = text(nv.nvmlDeviceGetName(handle))
            if memory is None and not shares_system_memory(name):  # a card with its own memory that NVML did not give
                raise ProbeError(f"failed: NVML gave no memory figures for {name}")
            limit_mw = _optional(nv.nvmlDeviceGetEnforcedPowerLimit, handle)
            if limit_mw is None:
                limit_mw = _optional(nv.nvmlDeviceGetPowerManagementLimit, handle)
            pci = _optional(nv.nvmlDeviceGetPciInfo, handle)
            gpu = GpuInfo(
                name=name,
                vendor=GpuVendor.NVIDIA,
                vram_total_bytes=int(memory.total) if memory is not None else 0,
                vram_free_bytes=int(memory.free) if memory is not None else None,
                unified_memory=memory is None,
                power_limit_watts=round(limit_mw / 1000, 1) if limit_mw else None,
                driver=text(driver) if driver else None,
                source="nvml",
                index=index,
            )
            uuid = _optional(nv.nvmlDeviceGetUUID, handle)
            bus_id = normalise_bus_id(getattr(pci, "busId", None))
            readings.append(GpuReading(gpu, bus_id, text(uuid) if uuid else None))
    except ProbeError:
        raise
    except Exception as exc:
        raise ProbeError(f"failed: NVML: {exc}") from None
    finally:
        _optional(nv.nvmlShutdown)
    return found(readings, "NVML sees no GPU")
