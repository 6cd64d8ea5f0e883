"""Windows: VRAM from the registry's HardwareInformation.qwMemorySize (injected values), not WMI's 4 GB cap."""

from __future__ import annotations

import pytest

from advisor.core.hardware import detect
from advisor.core.hardware.gpu.windows import probe_windows_registry
from advisor.core.hardware.runner import ProbeError
from advisor.core.types import GpuVendor

from .conftest import GIB, RTX4090_NVML, fake_nvml, quick

# what read_display_adapters() returns on a gaming PC: an RTX 4090, the CPU's integrated graphics, a virtual display
ADAPTERS = [
    {
        "DriverDesc": "NVIDIA GeForce RTX 4090",
        "DriverVersion": "32.0.15.6094",
        "MatchingDeviceId": "pci\\ven_10de&dev_2684",
        "HardwareInformation.qwMemorySize": 25757220864,
        "HardwareInformation.MemorySize": b"\x00\x00\x00\x00",
    },
    {
        "DriverDesc": "Intel(R) UHD Graphics 770",
        "DriverVersion": "31.0.101.4502",
        "MatchingDeviceId": "pci\\ven_8086&dev_4680",
        "HardwareInformation.qwMemorySize": 134217728,
    },
    {"DriverDesc": "Microsoft Basic Display Adapter"},
]


def test_registry_gives_full_vram_above_4_gb():
    (reading,) = probe_windows_registry(read_adapters=lambda: ADAPTERS)
    gpu = reading.gpu
    assert (gpu.name, gpu.vendor, gpu.vram_total_bytes, gpu.driver, gpu.source) == (
        "NVIDIA GeForce RTX 4090",
        GpuVendor.NVIDIA,
        25757220864,
        "32.0.15.6094",
        "registry",
    )
    assert gpu.vram_total_bytes > 4 * GIB


def test_older_drivers_with_only_the_32_bit_binary_value_still_count():
    (reading,) = probe_windows_registry(
        read_adapters=lambda: [
            {
                "DriverDesc": "AMD Radeon RX 580 Series",
                "MatchingDeviceId": "PCI\\VEN_1002&DEV_67DF&REV_E7",
                "HardwareInformation.MemorySize": (4 * GIB - 1).to_bytes(4, "little"),
            }
        ]
    )
    assert reading.gpu.vendor is GpuVendor.AMD and reading.gpu.vram_total_bytes == 4 * GIB - 1


def test_registry_probe_only_runs_on_windows_unless_given_a_reader():
    with pytest.raises(ProbeError, match="skipped"):
        probe_windows_registry(system="Linux")


def test_registry_and_nvml_seeing_one_card_list_it_once_with_nvml_details(tmp_path):
    profile = detect(
        **quick(tmp_path, system="Windows", read_registry=lambda: ADAPTERS, nvml=fake_nvml([RTX4090_NVML]))
    )
    assert [(g.name, g.source, g.vram_free_bytes is not None) for g in profile.gpus] == [
        ("NVIDIA GeForce RTX 4090", "nvml", True)
    ]


def test_registry_alone_reports_the_card_when_nvml_is_missing(tmp_path):
    profile = detect(**quick(tmp_path, system="Windows", read_registry=lambda: ADAPTERS))
    assert [(g.name, g.vram_total_bytes, g.bandwidth_gbps) for g in profile.gpus] == [
        ("NVIDIA GeForce RTX 4090", 25757220864, 1008.0)
    ]
