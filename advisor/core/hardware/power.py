"""Energy meters: cumulative joules from counters the hardware keeps, read before and after a benchmark.

* NVIDIA: NVML `nvmlDeviceGetTotalEnergyConsumption` (millijoules since the driver loaded; Volta and newer).
* Linux CPU package: RAPL `/sys/class/powercap/intel-rapl:N/energy_uj` (microjoules, wraps at
  `max_energy_range_uj`; often readable by root only since 2020). AMD Zen CPUs expose the same files.

Each meter takes what it reads as a parameter (NVML module and handles, sysfs root) so tests feed fakes and
fixture trees. A meter that cannot read returns None from `open_*`; nothing here raises at detection time.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

POWERCAP_ROOT = Path("/sys/class/powercap")
_PACKAGE_ZONE = re.compile(r"^intel-rapl:\d+$")  # packages only; sub-zones (intel-rapl:0:0 core...) are inside them


class EnergyMeter(Protocol):
    """A counter of energy used since the meter was opened."""

    name: str

    def read_joules(self) -> float:
        """Joules used since the meter was opened (monotonic; wraps handled)."""
        ...


class NvmlEnergyMeter:
    """Sum of NVML total-energy counters (mJ) of the given GPUs."""

    name = "nvml"

    def __init__(self, nvml: Any, handles: Sequence[Any]) -> None:
        self._nvml = nvml
        self._handles = tuple(handles)
        self._start_mj = self._total_mj()

    def _total_mj(self) -> int:
        return sum(int(self._nvml.nvmlDeviceGetTotalEnergyConsumption(h)) for h in self._handles)

    def read_joules(self) -> float:
        return (self._total_mj() - self._start_mj) / 1000.0


def open_nvml_meter(nvml: Any = None, handles: Sequence[Any] | None = None) -> NvmlEnergyMeter | None:
    """An NVML meter over every GPU that reports energy, or None (no NVIDIA driver, or GPUs older than Volta)."""
    try:
        if nvml is None:
            import pynvml  # nvidia-ml-py

            nvml = pynvml
        if handles is None:
            nvml.nvmlInit()
            handles = [nvml.nvmlDeviceGetHandleByIndex(i) for i in range(nvml.nvmlDeviceGetCount())]
        readable = []
        for h in handles:
            try:
                nvml.nvmlDeviceGetTotalEnergyConsumption(h)
                readable.append(h)
            except Exception as exc:  # NVMLError_NotSupported on pre-Volta GPUs
                log.debug("NVML energy counter not readable on %r: %s", h, exc)
        return NvmlEnergyMeter(nvml, readable) if readable else None
    except Exception as exc:
        log.debug("NVML energy meter unavailable: %s", exc)
        return None


@dataclass
class _RaplZone:
    energy_file: Path
    max_range_uj: int
    last_uj: int
    total_uj: int = 0


class RaplEnergyMeter:
    """Sum of the RAPL package counters; a counter that went down has wrapped at its `max_energy_range_uj`."""

    name = "rapl"

    def __init__(self, zones: Sequence[_RaplZone]) -> None:
        self._zones = list(zones)

    def read_joules(self) -> float:
        for zone in self._zones:
            now = int(zone.energy_file.read_text().strip())
            delta = now - zone.last_uj
            if delta < 0:
                delta += zone.max_range_uj
            zone.total_uj += delta
            zone.last_uj = now
        return sum(z.total_uj for z in self._zones) / 1e6


def open_rapl_meter(root: Path | str = POWERCAP_ROOT) -> RaplEnergyMeter | None:
    """A RAPL meter over every package zone whose counter this user may read, or None."""
    root = Path(root)
    zones = []
    try:
        candidates = sorted(p for p in root.iterdir() if _PACKAGE_ZONE.match(p.name))
    except OSError:
        return None
    for zone_dir in candidates:
        try:
            energy = zone_dir / "energy_uj"
            zones.append(
                _RaplZone(
                    energy_file=energy,
                    max_range_uj=int((zone_dir / "max_energy_range_uj").read_text().strip()),
                    last_uj=int(energy.read_text().strip()),
                )
            )
        except (OSError, ValueError) as exc:  # PermissionError for non-root users is the usual case
            log.debug("RAPL zone %s not readable: %s", zone_dir, exc)
    return RaplEnergyMeter(zones) if zones else None


class CombinedEnergyMeter:
    """GPU and CPU counters together (they measure different parts, so they add up)."""

    def __init__(self, meters: Sequence[EnergyMeter]) -> None:
        self._meters = tuple(meters)
        self.name = "+".join(m.name for m in self._meters)

    def read_joules(self) -> float:
        return sum(m.read_joules() for m in self._meters)


def open_energy_meter(
    *, nvml: Any | None = None, nvml_handles: Sequence[Any] | None = None, powercap_root: Path | str = POWERCAP_ROOT
) -> EnergyMeter | None:
    """Every readable meter of this machine combined, or None when no energy counter can be read."""
    meters: list[EnergyMeter] = [
        m for m in (open_nvml_meter(nvml, nvml_handles), open_rapl_meter(powercap_root)) if m is not None
    ]
    if not meters:
        return None
    return meters[0] if len(meters) == 1 else CombinedEnergyMeter(meters)
