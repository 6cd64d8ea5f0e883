"""What a machine can give a model: one memory budget, the GPUs' share, bandwidths, the CPU — and what was assumed.

One reserve, applied once (shared/reference/sizing.md; peers reserve 15 %):
* System RAM: total − `system_reserve_bytes(total)` (15 % of total, at least 1 GiB, at most 8 GiB) is what a model
  may use. On a detected machine the programs already running hold part of the rest: the usable figure is what is
  really free (less a 512 MiB margin), and the budget says what closing them would give. On a what-if the
  reserve alone counts.
* "Tight": a model that leaves the system less than `comfortable_reserve_bytes` (25 % of RAM, at least 4 GiB; on
  unified memory 40 %, at least 6 GiB, because the desktop's graphics live there too), by more than
  TIGHT_MARGIN_BYTES, still runs, with a warning.
* Discrete GPU: *free* VRAM when the driver says it, else total VRAM minus a desktop allowance (5 %, at least
  300 MiB); minus a 512 MiB margin per device. Several GPUs are pooled (llama.cpp splits layers across them).
* Apple Silicon: the GPU may use its working set of unified memory (`recommendedMaxWorkingSetSize`: about 2/3 of
  RAM up to 36 GiB, 3/4 above), and that memory is also the system's RAM.
* Integrated GPUs and APUs (AMD Radeon 780M/890M/8060S, Intel Iris Xe/Arc graphics): llama.cpp's Vulkan backend
  uses the shared memory the driver gives them — the larger of the carve-out and half of RAM (Windows' shared GPU
  memory and Linux's GTT default), within the system budget — at the speed of system RAM (or the table's figure
  for the chip). The estimate then runs the model on whichever of GPU and CPU is faster (see estimate.py). Beside a
  graphics card they are left out: llama.cpp adds integrated GPUs only when it finds no discrete one
  (src/llama.cpp `llama_prepare_model_devices`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from advisor.core.hardware import ram_spec
from advisor.core.hardware.cpu import isa_from_name
from advisor.core.hardware.gpu_table import apple_variant, laptop_part, lookup_gpu
from advisor.core.hardware.profile_io import shared_gpu_bytes
from advisor.core.sizing import calibration, reasons
from advisor.core.types import CalibrationUsed, GpuInfo, GpuVendor, HardwareProfile, MemoryBudget, Reason

GiB = 2**30
MiB = 2**20
SYSTEM_RESERVE_SHARE = 0.15
SYSTEM_RESERVE_MIN_BYTES = 1 * GiB
SYSTEM_RESERVE_MAX_BYTES = 8 * GiB
DETECTED_MARGIN_BYTES = 512 * MiB
COMFORT_SHARE = 0.25
COMFORT_MIN_BYTES = 4 * GiB
COMFORT_MAX_BYTES = 12 * GiB
UNIFIED_COMFORT_SHARE = 0.40
UNIFIED_COMFORT_MIN_BYTES = 6 * GiB
UNIFIED_COMFORT_MAX_BYTES = 16 * GiB
GPU_MARGIN_BYTES = 512 * MiB
APPLE_GPU_MARGIN_BYTES = GPU_MARGIN_BYTES // 2  # kept free of Apple's GPU share (the budget line names it)
DESKTOP_VRAM_FRACTION = 0.05
DESKTOP_VRAM_MIN_BYTES = 300 * MiB
APPLE_WORKING_SET_SMALL = 2 / 3  # ≤ 36 GiB of RAM
APPLE_WORKING_SET_LARGE = 0.75
APPLE_LARGE_RAM_BYTES = 36 * GiB
# a detected working set (macOS's, or a raised iogpu.wired_limit_mb) is believed between these shares of RAM; outside
# them it is taken for a stale reading and the rule above is used
APPLE_WORKING_SET_MIN_SHARE = 0.55
APPLE_WORKING_SET_MAX_SHARE = 0.9
SHARED_GPU_SHARE = 0.5  # an integrated GPU's default share of RAM (Windows shared memory, Linux GTT)
# Intel's integrated GPUs (Iris Xe, UHD, Arc graphics) decode with llama.cpp's SYCL/Vulkan kernels at well below a
# discrete card's share of bandwidth: about as fast as the CPU beside them, never the many-times speed-up of a dGPU.
INTEL_SHARED_GPU_EFFICIENCY = 0.6
# Share of the usual decode efficiency by memory technology and package, chosen on the calibration half of public
# measurements (benchmarks/data/gpu_decode_public.csv, benchmarks/bench_gpu_speed.py): HBM cards (A100, H100,
# Instinct) reach a far smaller share of their huge bandwidth in a single-stream decode than GDDR cards; Apple's
# Ultra chips (two dies) and Max chips reach less of theirs than the base chips.
HBM_EFFICIENCY = 0.55
APPLE_ULTRA_EFFICIENCY = 0.7
APPLE_MAX_EFFICIENCY = 0.85
# Apple's single-die base and Pro chips reach more of theirs: seven calibration runs (M2 Pro, M3 Pro, M4 Pro, M5)
# measured 1.03-1.22x (median 1.18) the K-quant share, about 78 % of the stated peak.
APPLE_BASE_EFFICIENCY = 1.15


def _efficiency_scale(gpu: GpuInfo, shared: bool, memory_type: str | None) -> float:
    if shared and gpu.vendor == GpuVendor.INTEL:
        return INTEL_SHARED_GPU_EFFICIENCY
    if memory_type and memory_type.upper().startswith("HBM"):
        return HBM_EFFICIENCY
    if gpu.vendor == GpuVendor.APPLE:
        name = gpu.name.lower()
        if "ultra" in name:
            return APPLE_ULTRA_EFFICIENCY
        return APPLE_MAX_EFFICIENCY if " max" in name else APPLE_BASE_EFFICIENCY
    return 1.0


ASSUMED_GPU_BANDWIDTH_GBPS = 250.0  # a mid-range discrete GPU
DERIVED_SOURCES = ("estimated", "ram_spec", "cpu_family")  # bandwidths that were not measured nor stated


@dataclass(frozen=True)
class Device:
    name: str
    vendor: GpuVendor
    budget_bytes: int  # what the model may use on this device, margin already taken off
    bandwidth_gbps: float
    vram_free_bytes: int = 0  # discrete GPUs: free VRAM as reported (or total minus the desktop allowance)
    vram_total_bytes: int = 0  # discrete GPUs; 0 for unified/shared memory
    shared: bool = False  # an integrated GPU or APU (not Apple): its memory is system RAM
    efficiency_scale: float = 1.0  # share of the usual GPU decode efficiency this device's backend reaches
    fp32_tflops: float | None = None  # shader FP32 rate (prompt processing is compute-bound)
    family: str | None = None  # the GPU table's family ("GeForce 40", "Radeon Instinct(MIx)"...), when matched
    hbm: bool = False  # datacentre memory (HBM): its own measured spread, whatever a calibration does to the scale


@dataclass(frozen=True)
class Machine:
    gpus: tuple[Device, ...]
    ram_usable_bytes: int
    ram_bandwidth_gbps: float
    cpu_cores: int
    unified: bool  # the GPU budget is carved out of the same RAM (Apple, integrated GPUs)
    notes: tuple[str, ...]
    ram_comfortable_bytes: int | None = None  # past this a model is "tight" (None: not known, never tight)
    cpu_isa: str = ram_spec.TYPICAL_ISA
    cpu_mhz: float | None = None
    cpu_class: str = ram_spec.TYPICAL_ISA  # ram_spec.core_class: the SIMD class refined by the CPU's name
    cpu_sockets: int = 1  # the profile's cpu.sockets, else ram_spec.sockets_from_brand
    # slower cores llama.cpp's default threads also run on, beside the `cpu_cores` full-rate ones (Intel E-cores on
    # Windows, Arm LITTLE cores), and their class (ram_spec.CORE_CLASSES): see `llama_cpp_threads`
    cpu_efficiency_cores: int = 0
    cpu_efficiency_class: str = "x86_little"
    cpu_apple_tier: str | None = None  # an Apple chip's tier ("base", "pro", "max", "ultra"): its CPU's memory share
    budget: MemoryBudget | None = None
    assumptions: tuple[Reason, ...] = ()
    # the user's own benchmark on this machine (calibration.py): the CPU's decode rate × this, and which benchmark
    # corrected the speeds (the GPUs' share is in each Device's efficiency_scale)
    cpu_speed_scale: float = 1.0
    calibration: CalibrationUsed | None = None

    @property
    def gpu_budget_bytes(self) -> int:
        return sum(d.budget_bytes for d in self.gpus)

    @property
    def unified_gpus_only(self) -> bool:
        """Every GPU reads the system RAM (Apple silicon, integrated GPUs and APUs): the CPU can run the model from
        the same memory, and llama.cpp runs it there with no layers offloaded."""
        return bool(self.gpus) and all(d.shared or d.vendor == GpuVendor.APPLE for d in self.gpus)


def system_reserve_bytes(total_bytes: int) -> int:
    """RAM the operating system and an idle desktop keep: 15 % of total, between 1 GiB and 8 GiB."""
    share = int(SYSTEM_RESERVE_SHARE * total_bytes)
    return int(min(SYSTEM_RESERVE_MAX_BYTES, max(SYSTEM_RESERVE_MIN_BYTES, share)))


# A model is "tight" only past the comfortable share by more than this: the share is a rule of thumb (COMFORT_SHARE),
# not a measure, and "leaves 9.59 GiB, the system needs about 9.60: close what you can" read as a bug in the memory
# arithmetic (newcomer round, a 24 GB Mac). A quarter of a GiB is below any figure the advice could act on.
TIGHT_MARGIN_BYTES = 256 * 2**20


def is_tight(host_bytes: int, comfortable_bytes: int | None) -> bool:
    """Whether a model taking `host_bytes` of the memory leaves the system less than it needs beside it."""
    return comfortable_bytes is not None and host_bytes > comfortable_bytes + TIGHT_MARGIN_BYTES


def comfortable_reserve_bytes(total_bytes: int, *, unified: bool = False) -> int:
    """What the system should keep for comfortable use beside a model (a browser, an editor, the desktop)."""
    if unified:
        share = max(UNIFIED_COMFORT_MIN_BYTES, UNIFIED_COMFORT_SHARE * total_bytes)
        return int(min(UNIFIED_COMFORT_MAX_BYTES, share))
    return int(min(COMFORT_MAX_BYTES, max(COMFORT_MIN_BYTES, COMFORT_SHARE * total_bytes)))


def apple_working_set_bytes(ram_total_bytes: int) -> int:
    share = APPLE_WORKING_SET_LARGE if ram_total_bytes > APPLE_LARGE_RAM_BYTES else APPLE_WORKING_SET_SMALL
    return int(ram_total_bytes * share)


def ram_budget(total_bytes: int, available_bytes: int, *, detected: bool, unified: bool = False) -> MemoryBudget:
    """The one RAM budget: total − system reserve (− what running programs hold, on a detected machine)."""
    reserve = system_reserve_bytes(total_bytes)
    ceiling = max(0, total_bytes - reserve)
    free = min(available_bytes, total_bytes) - DETECTED_MARGIN_BYTES
    usable = max(0, min(ceiling, free)) if detected else ceiling
    comfortable = max(0, total_bytes - comfortable_reserve_bytes(total_bytes, unified=unified))
    return MemoryBudget(
        total_bytes=total_bytes,
        system_reserve_bytes=reserve,
        other_programs_bytes=ceiling - usable,
        usable_bytes=usable,
        comfortable_bytes=min(comfortable, usable),
        source="detected" if detected else "typical",
    )


def shared_gpu_budget_bytes(carve_out_bytes: int, ram_total_bytes: int, ram_usable_bytes: int) -> int:
    """What a model may use on an integrated GPU or APU that reads the system RAM: the larger of its carve-out and
    `SHARED_GPU_SHARE` of RAM (what Vulkan offers it: the carve-out heap and Windows' shared GPU memory or Linux's
    GTT), within what the system budget leaves, less half the per-device margin."""
    share = max(carve_out_bytes, int(SHARED_GPU_SHARE * ram_total_bytes))
    return max(0, min(share, ram_usable_bytes) - GPU_MARGIN_BYTES // 2)


def _integrated(gpu: GpuInfo) -> bool:
    """An integrated GPU or APU (not Apple silicon, whose GPU is the machine's only one)."""
    return gpu.unified_memory and gpu.vendor != GpuVendor.APPLE


def _beside_a_card(gpus: tuple[GpuInfo, ...] | list[GpuInfo]) -> bool:
    """A graphics card with memory of its own is there: llama.cpp leaves the integrated GPUs beside it unused."""
    return any(not g.unified_memory for g in gpus)


def integrated_gpus_unused(profile: HardwareProfile) -> bool:
    """Whether llama.cpp leaves this machine's integrated GPUs unused: a graphics card is there beside them."""
    return _beside_a_card(profile.gpus)


def _budget_of(profile: HardwareProfile) -> MemoryBudget:
    detected = profile.ram.available_source != "assumed"
    has_unified = any(g.vendor == GpuVendor.APPLE for g in profile.gpus)
    return ram_budget(profile.ram.total_bytes, profile.ram.available_bytes, detected=detected, unified=has_unified)


def integrated_gpu_memory(profile: HardwareProfile) -> tuple[int | None, ...]:
    """For each GPU of `profile`: what a model may use on it when it is an integrated GPU or APU sharing the system
    RAM — the "up to …" of the recommendation's budget line, the one figure `detect` and the Hardware page show for
    it, not the BIOS's carve-out — and None for any other GPU (a card, Apple silicon, an APU whose carve-out exceeds
    the RAM the OS sees: memory of its own). Beside a graphics card that figure goes unused (`integrated_gpus_unused`).
    """
    total = profile.ram.total_bytes
    usable = _budget_of(profile).usable_bytes
    return tuple(
        shared_gpu_budget_bytes(g.vram_total_bytes, total, usable)
        if _integrated(g) and g.vram_total_bytes <= total
        else None
        for g in profile.gpus
    )


def _discrete_free(gpu: GpuInfo, notes: list[str]) -> int:
    if gpu.vram_free_bytes is not None:
        return max(0, min(gpu.vram_free_bytes, gpu.vram_total_bytes))
    notes.append(reasons.NOTE_VRAM_FREE_UNKNOWN)
    return max(0, gpu.vram_total_bytes - desktop_vram_allowance_bytes(gpu.vram_total_bytes))


def desktop_vram_allowance_bytes(vram_total_bytes: int) -> int:
    """What the desktop is assumed to hold on a discrete card whose free memory is not known (a what-if, a hardware
    file without `vram_free_bytes`): 5 % of its memory, at least 300 MiB."""
    return max(DESKTOP_VRAM_MIN_BYTES, int(DESKTOP_VRAM_FRACTION * vram_total_bytes))


def unknown_free_vram_budget_bytes(vram_total_bytes: int) -> int:
    """What a model may use on one discrete card whose free memory is not known: its total less the desktop's
    allowance and the per-device margin (the budget `machine_from_profile` gives such a card)."""
    return max(0, vram_total_bytes - desktop_vram_allowance_bytes(vram_total_bytes) - GPU_MARGIN_BYTES)


def _cpu(profile: HardwareProfile, assumptions: list[Reason]) -> tuple[int, str]:
    """Physical cores and SIMD class: from the profile, else the CPU's name ("12-Core"), else half the logical
    cores, else the CPU family's, else a typical machine's (each but the profile's said as an assumption)."""
    cpu = profile.cpu
    family = ram_spec.lookup_cpu_family(cpu.brand)
    if family is not None and cpu.brand == family.family:  # a what-if processor known by its integrated GPU alone
        gpu = next((g.name for g in profile.gpus if ram_spec.family_of_integrated_gpu(g.name) == family), None)
        if gpu is not None:
            assumptions.append(reasons.reason(reasons.ASSUME_CPU_FAMILY, gpu=gpu, basis=family.family))
    cores = cpu.physical_cores
    named = ram_spec.cores_from_brand(cpu.brand)
    if not cores and named:
        named *= sockets(profile)  # the name gives one chip's cores ("2x AMD EPYC 9334 32-Core Processor": 64)
        if not cpu.logical_cores or named <= cpu.logical_cores:  # a VM given fewer CPUs than its host's name says
            cores = named
            assumptions.append(reasons.reason(reasons.ASSUME_CPU_CORES, cores=cores, basis="name"))
    if not cores and cpu.logical_cores:
        cores = max(1, cpu.logical_cores // (2 if cpu.logical_cores > 1 else 1))
        assumptions.append(reasons.reason(reasons.ASSUME_CPU_CORES, cores=cores, basis="logical"))
    if not cores:
        cores = family.cores if family else ram_spec.TYPICAL_CORES
        assumptions.append(
            reasons.reason(reasons.ASSUME_CPU_CORES, cores=cores, basis=family.family if family else "typical")
        )
    isa = ram_spec.isa_from_flags(cpu.arch, cpu.flags, cpu.brand)
    named_isa = isa_from_name(cpu.brand) if isa is None else None
    if named_isa is not None:  # an Apple chip named without its flags: Arm NEON with dot product, never AVX2
        isa = named_isa
        assumptions.append(reasons.reason(reasons.ASSUME_CPU_ISA, isa=isa, basis="apple"))
    if isa is None:
        isa = family.isa if family else ram_spec.TYPICAL_ISA
        assumptions.append(
            reasons.reason(reasons.ASSUME_CPU_ISA, isa=isa, basis=family.family if family else "typical")
        )
    return int(cores), isa


def cpu_assumptions(profile: HardwareProfile) -> tuple[Reason, ...]:
    """What the verdict assumes about the processor (its cores, its instructions), the one reading `detect`, the
    recommendation and the report show: from the name ("6-Core"), the family, an Apple chip, or a typical one."""
    assumptions: list[Reason] = []
    _cpu(profile, assumptions)
    return tuple(assumptions)


def sockets(profile: HardwareProfile) -> int:
    """CPU sockets: what detection counted (Linux's distinct "physical id"), else what the CPU's name shows."""
    counted = profile.cpu.sockets
    if counted and counted >= 1:
        return int(min(counted, ram_spec.MAX_SOCKETS))
    return ram_spec.sockets_from_brand(profile.cpu.brand, profile.cpu.physical_cores)


def llama_cpp_threads(profile: HardwareProfile, cores: int, assumptions: list[Reason]) -> tuple[int, int, str]:
    """(full-rate cores, slower cores, their class): where llama.cpp's default threads run on this machine.

    llama.cpp's default thread count is `common_cpu_get_num_math()` (common/common.cpp). On x86-64 Linux, for a
    hybrid Intel CPU (CPUID leaf 7 EDX bit 15), it pins itself to each CPU in turn and counts only those not on an
    efficiency core (CPUID leaf 0x1A core type 0x20, Atom), one per P-core: the E-cores get no thread. Everywhere
    else it is `common_cpu_get_num_physical_cores()`: on Linux one thread per distinct
    /sys/devices/system/cpu/cpuN/topology/thread_siblings (every core, an Arm board's LITTLE cores included), on
    Windows every core GetLogicalProcessorInformationEx lists (E-cores included), on macOS
    hw.perflevel0.physicalcpu (the performance cores). The threads are not pinned (no --cpu-mask), so each runs on
    its own core. A hybrid whose split is not known is counted as its physical cores, all alike; one named without
    its counts (a what-if) takes its model's cores and split from the family table.

    The Linux count pins itself to CPU 0, 1, 2... and after each CPU on a P-core skips the next one, taken for that
    core's second hardware thread (`++cpu`). P-cores without a second thread (Lunar Lake, Arrow Lake, or SMT turned
    off), which Linux numbers one after another, are then counted every other one: half of them get a thread
    (llama.cpp issue #28625: a Core Ultra 7 265K, 8 P-cores, runs 4 threads)."""
    cpu = profile.cpu
    if cores <= 1:
        return cores, 0, "x86_little"
    if not cpu.physical_cores and cpu.logical_cores and ram_spec.cores_from_brand(cpu.brand) is None:
        return cores, 0, "x86_little"  # cores guessed from the thread count (half of it): no split to tell
    if "apple" in cpu.brand.lower():
        return _apple_threads(profile, cores, assumptions)
    if cpu.arch in ("arm64", "aarch64", "arm"):
        little = cpu.efficiency_cores or 0
        if 0 < little < cores:
            _say_threads(assumptions, cores, cores - little, little, "arm_all_cores")
            return cores - little, little, "arm_little"
        return cores, 0, "arm_little"
    if cpu.efficiency_cores is not None:
        split = (cores - cpu.efficiency_cores, cpu.efficiency_cores)
    else:  # the counts the profile gives, else the cores its family has (and that family's fixed split)
        split = ram_spec.hybrid_split(cpu.brand, cores, cpu.logical_cores) or (cores, 0)
    performance, efficiency = split
    if efficiency <= 0 or performance <= 0 or performance + efficiency != cores:
        return cores, 0, "x86_little"
    on_windows = profile.os.system == "Windows"
    if on_windows:
        threads, basis = cores, "all_cores"
    elif cpu.logical_cores is not None and cpu.logical_cores <= cores:
        threads, basis = (performance + 1) // 2, "performance_cores_no_smt"  # every other P-core, see above
    elif profile.os.system in ("", "unknown"):  # a hardware file that names no system: Linux's rule, said so
        threads, basis = performance, "performance_cores_linux_assumed"
    else:
        threads, basis = performance, "performance_cores"
    _say_threads(assumptions, threads, performance, efficiency, basis)
    return (performance, efficiency, "x86_little") if on_windows else (threads, 0, "x86_little")


def _say_threads(assumptions: list[Reason], threads: int, performance: int, efficiency: int, basis: str) -> None:
    """The assumption that says how many threads llama.cpp runs by default, and on which of the two kinds of core."""
    assumptions.append(
        reasons.reason(
            reasons.ASSUME_CPU_THREADS, threads=threads, performance=performance, efficiency=efficiency, basis=basis
        )
    )


def _apple_threads(profile: HardwareProfile, cores: int, assumptions: list[Reason]) -> tuple[int, int, str]:
    """macOS: one llama.cpp thread per performance core (hw.perflevel0.physicalcpu); the efficiency cores idle.
    The split is the profile's `efficiency_cores` when given, else the chip's (ram_spec.apple_split)."""
    cpu = profile.cpu
    if cpu.efficiency_cores is not None:
        split = (cores - cpu.efficiency_cores, cpu.efficiency_cores) if 0 < cpu.efficiency_cores < cores else None
    else:
        split = ram_spec.apple_split(cpu.brand, cores)
    if split is None:
        return cores, 0, "x86_little"
    performance, efficiency = split
    _say_threads(assumptions, performance, performance, efficiency, "performance_cores")
    return performance, 0, "x86_little"


def _ram_bandwidth(profile: HardwareProfile, notes: list[str], assumptions: list[Reason]) -> float:
    """The all-core RAM bandwidth: measured or stated, else derived and said as an assumption."""
    ram = profile.ram
    if ram.bandwidth_gbps and ram.bandwidth_gbps > 0 and ram.bandwidth_source not in DERIVED_SOURCES:
        return float(ram.bandwidth_gbps)
    gbps, assumption = derive_ram_bandwidth(profile)
    notes.append(reasons.NOTE_RAM_BANDWIDTH_ASSUMED)
    assumptions.append(assumption)
    return gbps


def derive_ram_bandwidth(profile: HardwareProfile) -> tuple[float, Reason]:
    """RAM bandwidth from the memory's type/speed/channels, else the CPU family, else a typical machine (said)."""
    ram = profile.ram
    d = ram_spec.derive_bandwidth(ram.kind, ram.speed_mts, ram.channels, profile.cpu.brand)
    count = sockets(profile)
    if count > 1 and not ram.channels:  # the family's channels are one socket's: the machine has them per socket
        d = dataclasses.replace(d, bandwidth_gbps=d.bandwidth_gbps * count, channels=d.channels * count)
    return d.bandwidth_gbps, reasons.reason(
        reasons.ASSUME_RAM_BANDWIDTH,
        bandwidth_gbps=d.bandwidth_gbps,
        basis="cpu_link" if d.cpu_link else d.basis,
        ram_type=d.ram_type,
        speed_mts=d.speed_mts,
        channels=d.channels,
    )


def _apple_gpu_variant(gpu: GpuInfo, ram_total: int, assumptions: list[Reason]) -> GpuInfo:
    """An Apple GPU named without its core count (a hardware file's or a what-if's "Apple M3 Max"): the variant its
    memory size says (Apple sold the 30-core M3 Max only with 36 or 96 GB), else the one the table's figures for the
    bare name already are (a Pro, Max or Ultra's smaller GPU, basis "smaller"; a base chip's full one, "full"), said
    as an assumption either way. A detected Mac is left alone: macOS counted its cores and its figures are that
    variant's. A bandwidth or FP32 rate other than the bare name's was stated, and stays."""
    variant = apple_variant(gpu.name, ram_total) if gpu.source != "system_profiler" else None
    if variant is None:
        return gpu
    smaller = min((variant.spec, *variant.others), key=lambda s: s.gpu_cores or 0)
    table = lookup_gpu(gpu.name) or smaller  # the variant whose figures profile_io filled in
    other = next(iter(variant.others), smaller)
    basis = "ram" if variant.by_ram else "smaller" if variant.spec is smaller else "full"
    assumptions.append(
        reasons.reason(
            reasons.ASSUME_GPU_VARIANT,
            gpu=gpu.name,
            variant=variant.spec.name,
            ram_bytes=ram_total,
            other=other.name,
            basis=basis,
        )
    )
    if variant.spec is table:
        return gpu
    bandwidth = gpu.bandwidth_gbps
    if bandwidth is None or bandwidth == table.bandwidth_gbps:
        bandwidth = variant.spec.bandwidth_gbps
    fp32 = gpu.fp32_tflops
    if fp32 is None or fp32 == table.fp32_tflops:
        fp32 = variant.spec.fp32_tflops
    return dataclasses.replace(gpu, bandwidth_gbps=bandwidth, fp32_tflops=fp32)


def _assumed_tflops(gpu: str, shared: bool) -> Reason:
    """The FP32 rate the prompt speed assumes for a GPU the table gives none (speed.gpu_tflops), said: a plain "AMD
    Radeon(TM) Graphics" may be a Vega 3 or a 780M, and its rate sets how long a document waits."""
    from advisor.core.sizing.speed import assumed_tflops

    tflops, basis = assumed_tflops(gpu, shared)
    return reasons.reason(reasons.ASSUME_GPU_TFLOPS, gpu=gpu, tflops=tflops, basis=basis)


def machine_from_profile(profile: HardwareProfile, *, calibrated: bool = True) -> Machine:
    """What `profile` can give a model. `calibrated`: corrected by the user's saved benchmark when it was measured
    on this machine (calibration.py; the one place every estimate picks it up), else the usual figures."""
    machine = _machine(profile)
    saved = calibration.active_for(profile) if calibrated else None
    return calibration.apply(machine, saved) if saved is not None else machine


def _machine(profile: HardwareProfile) -> Machine:
    notes: list[str] = []
    assumptions: list[Reason] = []
    ram_total = profile.ram.total_bytes
    detected = profile.ram.available_source != "assumed"
    budget = _budget_of(profile)
    if not detected:
        assumptions.append(
            reasons.reason(
                reasons.ASSUME_SYSTEM_RESERVE, reserve_bytes=budget.system_reserve_bytes, total_bytes=ram_total
            )
        )
    ram_usable = budget.usable_bytes
    ram_bw = _ram_bandwidth(profile, notes, assumptions)
    gpus = [_apple_gpu_variant(g, ram_total, assumptions) if g.vendor == GpuVendor.APPLE else g for g in profile.gpus]
    for before, after in zip(profile.gpus, gpus, strict=True):
        # a Mac's RAM speed is its chip's (profile_io takes it from the table): the variant's, once it is known
        if after.bandwidth_gbps != before.bandwidth_gbps and profile.ram.bandwidth_source == "table":
            ram_bw = float(after.bandwidth_gbps or ram_bw)
    if _beside_a_card(gpus):  # a laptop's Radeon Graphics beside its GeForce: llama.cpp runs on the card alone
        gpus = [g for g in gpus if not _integrated(g)]
    cores, isa = _cpu(profile, assumptions)
    full_rate, slower, slower_class = llama_cpp_threads(profile, cores, assumptions)
    cpu_sockets = sockets(profile)

    devices: list[Device] = []
    gpu_kind: str | None = None
    for gpu in gpus:
        apple = gpu.vendor == GpuVendor.APPLE
        bw = gpu.bandwidth_gbps
        free = total = 0
        shared = gpu.unified_memory and not apple
        if shared and gpu.vram_total_bytes > ram_total:
            # an APU whose carve-out is larger than the RAM the OS sees (a Strix Halo set to 96 of 128 GB reports
            # ~31 GB of RAM): that memory is the GPU's own, outside the system budget. Compared with the RAM the OS
            # sees, not with what running programs leave free: the GPU's kind must not change with more RAM free
            shared = False
            gpu_kind = gpu_kind or "shared"
            notes.append(reasons.NOTE_SHARED_GPU_MEMORY)
            free, total = gpu.vram_total_bytes, gpu.vram_total_bytes
            budget_bytes = max(0, total - GPU_MARGIN_BYTES)
            bw = bw or round(ram_bw / ram_spec.ACHIEVABLE_SHARE, 1)
        elif apple:
            gpu_kind = "unified"
            notes.append(reasons.NOTE_UNIFIED_MEMORY)
            working_set = apple_working_set_bytes(ram_total)
            if (
                int(APPLE_WORKING_SET_MIN_SHARE * ram_total)
                <= gpu.vram_total_bytes
                < int(APPLE_WORKING_SET_MAX_SHARE * ram_total)
            ):
                working_set = gpu.vram_total_bytes  # the detector reported the working set (a stale one is ignored)
            budget_bytes = max(0, min(working_set, ram_usable) - APPLE_GPU_MARGIN_BYTES)
            bw = bw or ram_bw
        elif shared:
            gpu_kind = gpu_kind or "shared"
            notes.append(reasons.NOTE_SHARED_GPU_MEMORY)
            budget_bytes = shared_gpu_budget_bytes(gpu.vram_total_bytes, ram_total, ram_usable)
            if gpu.vram_total_bytes == shared_gpu_bytes(gpu.vendor, ram_total):
                # the driver's default share, filled in where nothing stated it (a hardware file, the app's what-if,
                # Windows' detection of an APU): said, with what changes it (code review: the what-if was not told)
                assumptions.append(
                    reasons.reason(reasons.ASSUME_SHARED_GPU_MEMORY, gpu=gpu.name, memory_bytes=budget_bytes)
                )
            # the GPU reads system RAM at the memory's peak rate (GPU efficiencies are shares of a peak), which is
            # the all-core RAM figure over the share a CPU read reaches
            bw = bw or round(ram_bw / ram_spec.ACHIEVABLE_SHARE, 1)
        else:
            gpu_kind = gpu_kind or "dedicated"
            free, total = _discrete_free(gpu, notes), gpu.vram_total_bytes
            budget_bytes = max(0, free - GPU_MARGIN_BYTES)
        part = laptop_part(gpu.name, gpu.vram_total_bytes) if profile.battery and not gpu.unified_memory else None
        if part is not None and gpu.board_power_watts == part.board_power_watts:  # with_table took its figures
            assumptions.append(
                reasons.reason(
                    reasons.ASSUME_GPU_LAPTOP, gpu=gpu.name, laptop=part.name, board_power_watts=part.board_power_watts
                )
            )
        if gpu.table_nearest and bw:
            assumptions.append(
                reasons.reason(
                    reasons.ASSUME_GPU_NEAREST, gpu=gpu.name, nearest=gpu.table_nearest, bandwidth_gbps=float(bw)
                )
            )
        if not bw or bw <= 0:
            bw = ASSUMED_GPU_BANDWIDTH_GBPS
            notes.append(reasons.NOTE_GPU_BANDWIDTH_ASSUMED)
            assumptions.append(reasons.reason(reasons.ASSUME_GPU_BANDWIDTH, gpu=gpu.name, bandwidth_gbps=bw))
        spec = lookup_gpu(gpu.name, None if gpu.unified_memory else gpu.vram_total_bytes)
        scale = _efficiency_scale(gpu, shared, spec.memory_type if spec else None)
        fp32 = gpu.fp32_tflops or (spec.fp32_tflops if spec else None)
        if not fp32:
            assumptions.append(_assumed_tflops(gpu.name, shared))
        devices.append(
            Device(
                gpu.name,
                gpu.vendor,
                budget_bytes,
                float(bw),
                free,
                total,
                shared,
                scale,
                fp32,
                spec.family if spec else None,
                hbm=bool(spec and spec.memory_type and spec.memory_type.upper().startswith("HBM")),
            )
        )
    if len(devices) > 1:
        notes.append(reasons.NOTE_MULTI_GPU)
    if cpu_sockets > 1:
        notes.append(reasons.NOTE_MULTI_SOCKET)
    if reasons.NOTE_VRAM_FREE_UNKNOWN in notes:
        assumptions.append(reasons.reason(reasons.ASSUME_VRAM_FREE, allowance_bytes=DESKTOP_VRAM_MIN_BYTES))
    unified = any(d.vendor == GpuVendor.APPLE or d.shared for d in devices)
    budget = MemoryBudget(
        **{**budget.__dict__, "gpu_bytes": sum(d.budget_bytes for d in devices), "gpu_kind": gpu_kind}
    )
    return Machine(
        gpus=tuple(devices),
        ram_usable_bytes=ram_usable,
        ram_bandwidth_gbps=float(ram_bw),
        cpu_cores=full_rate,
        unified=unified,
        notes=tuple(dict.fromkeys(notes)),
        ram_comfortable_bytes=budget.comfortable_bytes,
        cpu_isa=isa,
        cpu_mhz=profile.cpu.max_mhz,
        cpu_class=ram_spec.core_class(isa, profile.cpu.brand),
        cpu_sockets=cpu_sockets,
        cpu_efficiency_cores=slower,
        cpu_efficiency_class=slower_class,
        cpu_apple_tier=chip[1] if (chip := ram_spec.apple_chip(profile.cpu.brand)) else None,
        budget=budget,
        assumptions=tuple(assumptions),
    )
