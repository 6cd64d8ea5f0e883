"""What a machine can give a model: memory budgets per GPU and in RAM, and the bandwidth of each.

Rules (reference/sizing.md; peers' complaints are about ignoring them):
* RAM: the *available* RAM minus a reserve for the OS and the programs the user keeps open
  (10 % of total, at least 1 GiB, at most 4 GiB).
* Discrete GPU: *free* VRAM when the driver says it (a desktop and a browser already hold some), else total VRAM
  minus a desktop allowance (5 %, at least 300 MiB); minus a safety margin of 512 MiB per device.
* Several GPUs are pooled (llama.cpp splits layers across them), each with its own margin and driver context.
* Apple Silicon: the GPU may use only its working set of unified memory (`recommendedMaxWorkingSetSize`:
  about 2/3 of RAM up to 36 GiB, 3/4 above), and that memory is also the system's RAM.
* A non-Apple integrated GPU (shared memory) is not counted: it adds no memory, and offloading to it rarely helps.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.core.sizing import reasons
from advisor.core.types import GpuInfo, GpuVendor, HardwareProfile

GiB = 2**30
MiB = 2**20
RAM_RESERVE_FRACTION = 0.10
RAM_RESERVE_MIN_BYTES = 1 * GiB
RAM_RESERVE_MAX_BYTES = 4 * GiB
GPU_MARGIN_BYTES = 512 * MiB
DESKTOP_VRAM_FRACTION = 0.05
DESKTOP_VRAM_MIN_BYTES = 300 * MiB
APPLE_WORKING_SET_SMALL = 2 / 3  # ≤ 36 GiB of RAM
APPLE_WORKING_SET_LARGE = 0.75
APPLE_LARGE_RAM_BYTES = 36 * GiB
ASSUMED_RAM_BANDWIDTH_GBPS = 40.0  # dual-channel DDR4-3200 at the ~75 % that real copies reach
ASSUMED_GPU_BANDWIDTH_GBPS = 250.0  # a mid-range discrete GPU
ASSUMED_CPU_CORES = 4


@dataclass(frozen=True)
class Device:
    name: str
    vendor: GpuVendor
    budget_bytes: int  # what the model may use on this device, margin already taken off
    bandwidth_gbps: float
    vram_free_bytes: int = 0  # discrete GPUs: free VRAM as reported (or total minus the desktop allowance)
    vram_total_bytes: int = 0  # discrete GPUs; 0 for Apple's unified memory


@dataclass(frozen=True)
class Machine:
    gpus: tuple[Device, ...]
    ram_usable_bytes: int
    ram_bandwidth_gbps: float
    cpu_cores: int
    unified: bool  # the GPU budget is carved out of the same RAM (Apple)
    notes: tuple[str, ...]

    @property
    def gpu_budget_bytes(self) -> int:
        return sum(d.budget_bytes for d in self.gpus)


def ram_reserve_bytes(total_bytes: int) -> int:
    return int(min(RAM_RESERVE_MAX_BYTES, max(RAM_RESERVE_MIN_BYTES, RAM_RESERVE_FRACTION * total_bytes)))


def usable_ram_bytes(total_bytes: int, available_bytes: int) -> int:
    return max(0, min(available_bytes, total_bytes) - ram_reserve_bytes(total_bytes))


def apple_working_set_bytes(ram_total_bytes: int) -> int:
    share = APPLE_WORKING_SET_LARGE if ram_total_bytes > APPLE_LARGE_RAM_BYTES else APPLE_WORKING_SET_SMALL
    return int(ram_total_bytes * share)


def _discrete_free(gpu: GpuInfo, notes: list[str]) -> int:
    if gpu.vram_free_bytes is not None:
        return max(0, min(gpu.vram_free_bytes, gpu.vram_total_bytes))
    notes.append(reasons.NOTE_VRAM_FREE_UNKNOWN)
    return max(0, gpu.vram_total_bytes - max(DESKTOP_VRAM_MIN_BYTES,
                                             int(DESKTOP_VRAM_FRACTION * gpu.vram_total_bytes)))


def machine_from_profile(profile: HardwareProfile) -> Machine:
    notes: list[str] = []
    ram_total = profile.ram.total_bytes
    ram_usable = usable_ram_bytes(ram_total, profile.ram.available_bytes)
    ram_bw = profile.ram.bandwidth_gbps
    if not ram_bw or ram_bw <= 0:
        ram_bw = ASSUMED_RAM_BANDWIDTH_GBPS
        notes.append(reasons.NOTE_RAM_BANDWIDTH_ASSUMED)
    elif profile.ram.bandwidth_source == "estimated":  # detection/--hardware filled in a typical PC's figure
        notes.append(reasons.NOTE_RAM_BANDWIDTH_ASSUMED)
    cores = profile.cpu.physical_cores or profile.cpu.logical_cores or ASSUMED_CPU_CORES

    devices: list[Device] = []
    unified = False
    for gpu in profile.gpus:
        apple = gpu.vendor == GpuVendor.APPLE
        if gpu.unified_memory and not apple:
            notes.append(reasons.NOTE_INTEGRATED_GPU_IGNORED)
            continue
        bw = gpu.bandwidth_gbps
        free = total = 0
        if apple:
            unified = True
            notes.append(reasons.NOTE_UNIFIED_MEMORY)
            working_set = apple_working_set_bytes(ram_total)
            if 0 < gpu.vram_total_bytes < int(0.9 * ram_total):  # the detector already reported the working set
                working_set = gpu.vram_total_bytes
            budget = max(0, min(working_set, ram_usable) - GPU_MARGIN_BYTES // 2)
            bw = bw or ram_bw
        else:
            free, total = _discrete_free(gpu, notes), gpu.vram_total_bytes
            budget = max(0, free - GPU_MARGIN_BYTES)
        if not bw or bw <= 0:
            bw = ASSUMED_GPU_BANDWIDTH_GBPS
            notes.append(reasons.NOTE_GPU_BANDWIDTH_ASSUMED)
        devices.append(Device(gpu.name, gpu.vendor, budget, float(bw), free, total))
    if len(devices) > 1:
        notes.append(reasons.NOTE_MULTI_GPU)
    return Machine(tuple(devices), ram_usable, float(ram_bw), int(cores), unified, tuple(dict.fromkeys(notes)))
