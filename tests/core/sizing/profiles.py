"""Hardware profiles of common machines, built as detection would report them."""

from __future__ import annotations

from advisor.core.types import CpuInfo, GpuInfo, GpuVendor, HardwareProfile, LmStudioInfo, ModelFile, OsInfo, RamInfo

GiB = 2**30


def machine(
    ram_gib: float = 32,
    available_gib: float | None = None,
    *,
    ram_gbps: float | None = 60.0,
    cores: int = 8,
    gpus: tuple[GpuInfo, ...] = (),
    models: tuple[ModelFile, ...] = (),
) -> HardwareProfile:
    available = ram_gib * 0.8 if available_gib is None else available_gib
    return HardwareProfile(
        ram=RamInfo(int(ram_gib * GiB), int(available * GiB), ram_gbps, "measured" if ram_gbps else None),
        cpu=CpuInfo("Test CPU", "x86_64", cores, cores * 2),
        gpus=gpus,
        os=OsInfo("Linux", "6.8"),
        lmstudio=LmStudioInfo("/home/u/.lmstudio", "/home/u/.lmstudio/models", models),
    )


def nvidia(
    name: str = "NVIDIA GeForce RTX 4090",
    vram_gib: float = 24,
    free_gib: float | None = None,
    gbps: float | None = 1008.0,
) -> GpuInfo:
    free = None if free_gib is None else int(free_gib * GiB)
    return GpuInfo(name, GpuVendor.NVIDIA, int(vram_gib * GiB), free, bandwidth_gbps=gbps, source="nvml")


def apple(ram_gib: float, gbps: float = 400.0, name: str = "Apple M1 Max") -> GpuInfo:
    """As the detector reports Apple Silicon: unified, its VRAM = the GPU's working-set share of RAM."""
    share = 0.75 if ram_gib > 36 else 2 / 3
    return GpuInfo(
        name,
        GpuVendor.APPLE,
        int(ram_gib * share * GiB),
        None,
        unified_memory=True,
        bandwidth_gbps=gbps,
        source="sysctl",
    )


def integrated(name: str = "Intel(R) Iris(R) Xe Graphics", carve_gib: float = 2, gbps: float | None = None) -> GpuInfo:
    """As the detector reports an integrated GPU or APU: unified, its VRAM = the firmware's carve-out."""
    vendor = GpuVendor.AMD if "Radeon" in name else GpuVendor.INTEL
    return GpuInfo(name, vendor, int(carve_gib * GiB), None, unified_memory=True, bandwidth_gbps=gbps, source="sysfs")
