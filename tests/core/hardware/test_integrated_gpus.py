"""Integrated GPUs and unified-memory GPUs as drivers report them: a DGX Spark's GB10 (NVML and nvidia-smi have no
memory of its own to give), an APU named only "AMD Radeon(TM) Graphics" or by its die, named after the chip its
CPU's name carries."""

from __future__ import annotations

import pytest

from advisor.core.hardware.gpu import GpuReading, integrated_from_cpu, is_integrated_gpu_name, merge_readings
from advisor.core.hardware.gpu.nvidia_smi import parse_query_csv
from advisor.core.hardware.gpu.nvml import probe_nvml
from advisor.core.hardware.profile_io import load_profile
from advisor.core.hardware.runner import ProbeError
from advisor.core.types import GpuInfo, GpuVendor

from .conftest import MIB, fake_nvml

GB10_NVML = {
    "name": "NVIDIA GB10",
    "total": 0,
    "free": 0,
    "uuid": "GPU-2dee1e25-b3b5-007e-2b55-79f2d0f2ebe5",
    "bus": "0000000F:01:00.0",
    "limit_mw": None,
}


def test_a_gb10_whose_memory_nvml_cannot_report_is_listed_as_unified_memory():
    nvml = fake_nvml([GB10_NVML], power_supported=False)

    def not_supported(handle):  # what NVML answers on a DGX Spark (driver 580)
        raise nvml.NVMLError("Not Supported")

    nvml.nvmlDeviceGetMemoryInfo = not_supported
    (reading,) = probe_nvml(nvml=nvml)
    assert reading.gpu.name == "NVIDIA GB10" and reading.gpu.unified_memory and reading.gpu.vram_free_bytes is None
    (gpu,) = merge_readings([[reading]])
    assert gpu.unified_memory and gpu.fp32_tflops == 29.71 and gpu.bandwidth_gbps == 273.2


def test_nvidia_smi_na_memory_is_a_unified_gpu_not_a_bad_answer():
    # `nvidia-smi --query-gpu=... --format=csv,noheader,nounits` on a DGX Spark
    line = "0, GPU-2dee1e25-b3b5-007e-2b55-79f2d0f2ebe5, 0000000F:01:00.0, NVIDIA GB10, [N/A], [N/A], 580.95.05, [N/A]"
    (reading,) = parse_query_csv(line + "\n")
    assert reading.gpu.unified_memory and reading.gpu.vram_total_bytes == 0 and reading.bus_id == "000f:01:00.0"


def test_a_discrete_card_keeps_its_own_memory():
    line = "0, GPU-1, 00000000:01:00.0, NVIDIA GeForce RTX 4090, 24564, 23012, 550.54.14, 450.00"
    (reading,) = parse_query_csv(line + "\n")
    assert not reading.gpu.unified_memory and reading.gpu.vram_total_bytes == 24564 * MIB


def test_a_discrete_card_whose_memory_query_fails_is_a_failed_probe_not_a_shared_memory_gpu():
    """Only a GPU the table knows as sharing the system's memory may report none: an RTX 4090 whose NVML memory
    query fails (GPU lost, no permission) must not become a 0-VRAM shared-memory GPU with a slice of the RAM."""
    nvml = fake_nvml([{**GB10_NVML, "name": "NVIDIA GeForce RTX 4090", "total": 24 * 2**30}], power_supported=False)

    def lost(handle):
        raise nvml.NVMLError("GPU is lost")

    nvml.nvmlDeviceGetMemoryInfo = lost
    with pytest.raises(ProbeError, match="no memory figures for NVIDIA GeForce RTX 4090"):
        probe_nvml(nvml=nvml)
    line = "0, GPU-1, 00000000:01:00.0, NVIDIA GeForce RTX 4090, [N/A], [N/A], 550.54.14, 450.00"
    with pytest.raises(ProbeError, match=r"no memory\.total"):
        parse_query_csv(line + "\n")


def test_a_hardware_file_naming_a_gb10_gets_unified_memory():
    (gpu,) = load_profile({"ram": {"total_bytes": 128 * 2**30}, "gpus": [{"name": "NVIDIA GB10"}]}).gpus
    assert gpu.unified_memory and gpu.vendor is GpuVendor.NVIDIA


def _apu(name: str) -> GpuInfo:
    # the amdgpu sysfs probe on an APU: its carve-out as "VRAM", its name from pci.ids or the driver
    reading = GpuReading(GpuInfo(name=name, vendor=GpuVendor.AMD, vram_total_bytes=512 * MIB, source="sysfs"))
    (gpu,) = merge_readings([[reading]])
    return gpu


def test_an_apu_named_after_its_die_is_integrated_but_no_chip_is_guessed():
    for name in ("AMD Phoenix1", "AMD Radeon(TM) Graphics", "AMD Radeon 880M / 890M"):
        gpu = _apu(name)
        assert gpu.unified_memory, name  # its 512 MiB carve-out is not a card's memory
        assert gpu.fp32_tflops is None, name  # a 780M or a 760M, an 880M or an 890M: not chosen for the user
    assert not is_integrated_gpu_name("ASUS ROG Strix GeForce RTX 4090")


def test_the_cpu_name_tells_which_integrated_radeon_it_is():
    vague = _apu("AMD Radeon(TM) Graphics")
    (named,) = integrated_from_cpu([vague], "AMD Ryzen 7 7840U w/ Radeon 780M Graphics")
    assert named.name == "AMD Radeon 780M" and named.fp32_tflops == 8.29 and named.unified_memory
    assert named.bandwidth_gbps is None  # a 780M reads the laptop's own RAM, whatever its speed
    (halo,) = integrated_from_cpu([_apu("AMD Phoenix1")], "AMD RYZEN AI MAX+ 395 w/ Radeon 8060S")
    assert halo.fp32_tflops == 29.7 and halo.bandwidth_gbps == 256.0
    (ally,) = integrated_from_cpu([vague], "AMD Ryzen Z1 Extreme")
    assert ally.fp32_tflops == 8.29
    # a CPU name that names no GPU ("with Radeon Graphics" on a 5700G) leaves the GPU unnamed
    (same,) = integrated_from_cpu([vague], "AMD Ryzen 7 5700G with Radeon Graphics")
    assert same == vague
    # a GPU the driver already named is not renamed
    (kept,) = integrated_from_cpu([_apu("AMD Radeon 760M Graphics")], "AMD Ryzen 7 7840U w/ Radeon 780M Graphics")
    assert kept.name == "AMD Radeon 760M Graphics" and kept.fp32_tflops == 5.32
