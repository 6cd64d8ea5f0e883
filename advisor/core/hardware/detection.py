"""`detect()`: every probe at once, each with a deadline, merged into one `HardwareProfile`.

Everything a probe reads is a parameter with the real thing as default (command runner, sysfs root, NVML module,
GPUtil importer, registry reader, home folder, py-cpuinfo, psutil), so tests drive detection with fakes, fixture
trees and captured output. A probe that fails or hangs gives nothing plus a `ProbeResult` saying why.
"""

from __future__ import annotations

import dataclasses
import platform
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

from advisor.core.hardware import bandwidth as bandwidth_mod
from advisor.core.hardware import ram_spec
from advisor.core.hardware.battery import probe_battery
from advisor.core.hardware.cache import DiskCache
from advisor.core.hardware.cpu import (
    _cpuinfo,
    _psutil_cores,
    cpu_info,
    read_cores,
    read_cpu_identity,
    read_efficiency_cores,
)
from advisor.core.hardware.gpu import GpuReading, integrated_from_cpu, merge_readings
from advisor.core.hardware.gpu.amd import probe_amd_smi, probe_amd_sysfs, probe_rocm_smi
from advisor.core.hardware.gpu.apple import probe_apple
from advisor.core.hardware.gpu.drm import PCI_IDS_PATHS
from advisor.core.hardware.gpu.intel import probe_intel_sysfs
from advisor.core.hardware.gpu.nvidia_smi import _import_gputil, probe_gputil, probe_nvidia_smi
from advisor.core.hardware.gpu.nvml import probe_nvml
from advisor.core.hardware.gpu.windows import RegistryReader, probe_windows_registry
from advisor.core.hardware.lmstudio import probe_lmstudio
from advisor.core.hardware.memory import _virtual_memory, probe_memory
from advisor.core.hardware.probes import Probe, run_probes
from advisor.core.hardware.profile_io import shared_gpu_bytes
from advisor.core.hardware.runner import DEFAULT_TIMEOUT_S, ProbeError, Runner, run_command
from advisor.core.types import CpuInfo, GpuVendor, HardwareProfile, LmStudioInfo, OsInfo, ProbeResult, RamInfo

_CPU_SOURCES = {
    "proc": "/proc/cpuinfo",
    "memory": "py-cpuinfo, this process",
    "cache": "py-cpuinfo, cached on disk",
    "py-cpuinfo": "py-cpuinfo",
}
CPUINFO_TIMEOUT_S = 6.0  # py-cpuinfo needs ~1.2 s on an idle machine, several on a loaded laptop
# GPU sources in the order their answer is trusted when two of them see the same card
GPU_PROBES = ("nvml", "nvidia-smi", "amd-sysfs", "rocm-smi", "amd-smi", "intel-sysfs", "apple", "windows-registry")


def _gpu_count(readings: list[GpuReading]) -> str:
    names = ", ".join(r.gpu.name for r in readings)
    return f"{len(readings)} GPU{'s' if len(readings) != 1 else ''}: {names}"


def _nvidia_smi_then_gputil(
    runner: Runner, timeout: float, import_gputil: Callable[[], ModuleType]
) -> list[GpuReading]:
    """The direct query first; GPUtil only when nvidia-smi exists but refused our query (an old driver)."""
    try:
        return probe_nvidia_smi(runner=runner, timeout=timeout)
    except ProbeError as direct:
        if str(direct).startswith(("not-found", "timeout")):
            raise  # GPUtil would find the same nothing, or hang without a timeout of its own
        try:
            return probe_gputil(import_gputil=import_gputil)
        except ProbeError as fallback:
            raise ProbeError(f"{direct}; GPUtil: {fallback}") from None


def detect(
    *,
    runner: Runner = run_command,
    sysfs_root: Path = Path("/sys"),
    pci_ids: Sequence[Path] = PCI_IDS_PATHS,
    nvml: Any = None,
    import_gputil: Callable[[], ModuleType] = _import_gputil,
    read_registry: RegistryReader | None = None,
    read_processor_cores: Callable[[], bytes] | None = None,
    system: str | None = None,
    home: Path | None = None,
    virtual_memory: Callable[[], Any] = _virtual_memory,
    cpu_cores: Callable[[], tuple[int | None, int | None]] = _psutil_cores,
    cpuinfo: Callable[[], dict[str, Any]] = _cpuinfo,
    proc_cpuinfo: Path | None = Path("/proc/cpuinfo"),
    cache: DiskCache | None = None,
    use_cache: bool = True,
    measure_bandwidth: Callable[[], float] | None = bandwidth_mod.measure_copy_bandwidth_gbps,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    extra_probes: Sequence[Probe] = (),
    sensors_battery: Callable[[], Any] | None = None,
) -> HardwareProfile:
    """Detect this machine (or the one the fakes describe). Never raises for a failing probe.

    `system` is platform.system() unless given ("Linux", "Darwin", "Windows"): it picks the GPU probes, and how the
    slower cores are counted (macOS: sysctl through `runner`; Windows: `read_processor_cores`, the buffer of
    GetLogicalProcessorInformationEx, read through ctypes unless given).
    `proc_cpuinfo=None` makes Linux ask py-cpuinfo (as macOS and Windows do).
    `measure_bandwidth=None` skips the RAM copy test (the estimate is used). `extra_probes` run alongside
    (their results only appear in `probes`).
    """
    system = system or platform.system()
    # a command gets a little less than its probe, so the runner's own timeout (which kills the child) fires first
    cmd_timeout = max(0.5, timeout_s - 0.5)
    probes: list[Probe] = [
        # first: py-cpuinfo, where it runs, is the slowest (~1.2 s in a child process) unless cached
        Probe(
            "cpuinfo",
            partial(
                read_cpu_identity,
                get_info=cpuinfo,
                cache=cache,
                use_cache=use_cache,
                proc_cpuinfo=proc_cpuinfo if system == "Linux" else None,
            ),
            CPUINFO_TIMEOUT_S,
            lambda i: f"{i['brand']} (from {_CPU_SOURCES.get(i.get('source'), '?')})",
        ),
        Probe(
            "ram",
            partial(probe_memory, virtual_memory=virtual_memory),
            timeout_s,
            lambda r: f"{r.total_bytes / 2**30:.1f} GiB, {r.available_bytes / 2**30:.1f} GiB available",
        ),
        Probe(
            "cpu-cores",
            partial(read_cores, cpu_count=cpu_cores),
            timeout_s,
            lambda c: f"{c[0]} physical, {c[1]} logical",
        ),
        Probe(
            "lmstudio",
            partial(probe_lmstudio, home=home),
            timeout_s,
            lambda s: f"{s.home} ({len(s.models)} GGUF files)" if s.home else "not found",
        ),
    ]
    if system in ("Darwin", "Windows"):  # Linux counts them with /proc/cpuinfo, in the cpuinfo probe
        probes.append(
            Probe(
                "cpu-core-kinds",
                partial(
                    read_efficiency_cores,
                    system=system,
                    runner=runner,
                    timeout=cmd_timeout,
                    read_processor_cores=read_processor_cores,
                ),
                timeout_s,
                lambda e: "one kind of core" if e is None else f"{e} efficiency cores",
            )
        )
    battery = partial(probe_battery, system=system, power_supply_root=sysfs_root / "class" / "power_supply")
    probes.append(
        Probe(
            "battery",
            battery if sensors_battery is None else partial(battery, sensors_battery=sensors_battery),
            timeout_s,
            lambda b: "battery" if b else "no battery",
        )
    )
    if measure_bandwidth is not None:
        probes.append(Probe("ram-bandwidth", measure_bandwidth, timeout_s, lambda g: f"{g} GB/s copy"))
    gpu_probes: dict[str, Callable[[], list[GpuReading]]] = {}
    if system in ("Linux", "Windows"):
        gpu_probes["nvml"] = partial(probe_nvml, nvml=nvml)
        gpu_probes["nvidia-smi"] = partial(_nvidia_smi_then_gputil, runner, cmd_timeout, import_gputil)
    if system == "Linux":
        gpu_probes["amd-sysfs"] = partial(probe_amd_sysfs, sysfs_root=sysfs_root, pci_ids=pci_ids)
        gpu_probes["rocm-smi"] = partial(probe_rocm_smi, runner=runner, timeout=cmd_timeout)
        gpu_probes["amd-smi"] = partial(probe_amd_smi, runner=runner, timeout=cmd_timeout)
        gpu_probes["intel-sysfs"] = partial(probe_intel_sysfs, sysfs_root=sysfs_root, pci_ids=pci_ids)
    if system == "Darwin":
        gpu_probes["apple"] = partial(probe_apple, runner=runner, system=system, timeout=cmd_timeout)
    if system == "Windows":
        gpu_probes["windows-registry"] = partial(probe_windows_registry, read_adapters=read_registry, system=system)
    for name, func in gpu_probes.items():
        # system_profiler gets its own longer limit inside the probe; give that probe room for it
        probes.append(Probe(name, func, max(timeout_s, 11.0) if name == "apple" else timeout_s, _gpu_count))
    probes.extend(extra_probes)

    values, results = run_probes(probes)

    gpus = merge_readings([values.get(name, []) for name in GPU_PROBES], laptop=bool(values.get("battery")))
    ram = values.get("ram") or RamInfo(total_bytes=0, available_bytes=0)
    apple = next((g for g in gpus if g.vendor is GpuVendor.APPLE and g.bandwidth_gbps), None)
    cpu: CpuInfo = cpu_info(values.get("cpuinfo"), values.get("cpu-cores"), values.get("cpu-core-kinds"))
    gpus = integrated_from_cpu(gpus, cpu.brand)  # "AMD Radeon(TM) Graphics" + "… w/ Radeon 780M": a 780M
    # integrated graphics whose driver wrote no carve-out (Windows' registry): the stand-in a hardware file without
    # one gets, so that a saved `detect --json` reads back as the same machine
    gpus = tuple(
        dataclasses.replace(g, vram_total_bytes=shared_gpu_bytes(g.vendor, ram.total_bytes))
        if g.unified_memory and not g.vram_total_bytes and ram.total_bytes > 0
        else g
        for g in gpus
    )
    if apple is not None:  # unified memory: the CPU reads the same memory the table gives for the chip
        ram = dataclasses.replace(ram, bandwidth_gbps=apple.bandwidth_gbps, bandwidth_source="table")
    elif "ram-bandwidth" in values:
        ram = dataclasses.replace(ram, bandwidth_gbps=values["ram-bandwidth"], bandwidth_source="measured")
    else:  # the copy test failed: what the CPU's family usually has (or a typical machine), said as estimated
        derived = ram_spec.derive_bandwidth(None, None, None, cpu.brand)
        ram = dataclasses.replace(ram, bandwidth_gbps=derived.bandwidth_gbps, bandwidth_source="estimated")
    lmstudio: LmStudioInfo = values.get("lmstudio") or LmStudioInfo(home=None, models_dir=None)
    ordered: tuple[ProbeResult, ...] = tuple(results[p.name] for p in probes)
    return HardwareProfile(
        ram=ram,
        cpu=cpu,
        gpus=gpus,
        os=os_info(system),
        lmstudio=lmstudio,
        probes=ordered,
        battery=values.get("battery"),
    )


def os_info(system: str) -> OsInfo:
    """platform.system()'s name ("Linux", "Darwin", "Windows"); on a Mac the macOS version, not Darwin's."""
    if system != platform.system():  # describing another machine (tests, fakes): say only what we were told
        return OsInfo(system=system, release="")
    if system == "Darwin":
        return OsInfo(system=system, release=platform.mac_ver()[0] or platform.release())
    return OsInfo(system=system, release=platform.release())
