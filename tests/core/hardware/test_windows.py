"""Windows: VRAM from the registry's HardwareInformation.qwMemorySize (injected values), not WMI's 4 GB cap; the
E-cores from each core's EfficiencyClass in GetLogicalProcessorInformationEx's buffer (bytes in Windows' layout)."""

from __future__ import annotations

import dataclasses
import struct
import sys

import pytest

from advisor.core.hardware import detect
from advisor.core.hardware.cpu import (
    RELATION_PROCESSOR_CORE,
    efficiency_from_classes,
    parse_processor_cores,
    read_efficiency_cores,
)
from advisor.core.hardware.gpu.windows import probe_windows_registry
from advisor.core.hardware.runner import ProbeError
from advisor.core.sizing.machine import machine_from_profile
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


# --------------------------------------------------------------------------- which cores are E-cores


def core_entry(efficiency_class: int, cpus: list[int], *, pointer_bytes: int = 8) -> bytes:
    """One SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX for RelationProcessorCore as Windows lays it out (winnt.h):
    Relationship, Size, PROCESSOR_RELATIONSHIP {Flags, EfficiencyClass, Reserved[20], GroupCount, GroupMask[1]};
    GROUP_AFFINITY is {KAFFINITY Mask (pointer-sized), WORD Group, WORD Reserved[3]}: 48 bytes on 64-bit Windows."""
    mask = sum(1 << cpu for cpu in cpus)
    affinity = struct.pack("<QH6x" if pointer_bytes == 8 else "<IH6x", mask, 0)
    size = 32 + len(affinity)
    smt = 1 if len(cpus) > 1 else 0  # LTP_PC_SMT
    return struct.pack("<IIBB20xH", RELATION_PROCESSOR_CORE, size, smt, efficiency_class, 1) + affinity


def i5_1235u(pointer_bytes: int = 8) -> bytes:
    """A Core i5-1235U as Windows 11 lists it: 2 P-cores (two threads each, class 1), then 8 E-cores (class 0)."""
    p_cores = [core_entry(1, [2 * i, 2 * i + 1], pointer_bytes=pointer_bytes) for i in range(2)]
    e_cores = [core_entry(0, [4 + i], pointer_bytes=pointer_bytes) for i in range(8)]
    return b"".join(p_cores + e_cores)


ENGINEERING_SAMPLE = {"brand_raw": "Genuine Intel(R) 0000", "arch": "X86_64", "flags": ["avx2", "fma"]}


@pytest.mark.parametrize("pointer_bytes", [8, 4])
def test_each_cores_efficiency_class_is_read_from_the_buffer_windows_returns(pointer_bytes):
    buffer = i5_1235u(pointer_bytes)
    assert len(buffer) == 10 * (48 if pointer_bytes == 8 else 44)
    assert parse_processor_cores(buffer) == [1, 1] + [0] * 8
    assert efficiency_from_classes(parse_processor_cores(buffer)) == 8


def test_windows_puts_llama_cpp_threads_on_the_e_cores_it_reports_even_when_the_name_cannot_tell(tmp_path):
    """An engineering sample's name ("Genuine Intel(R) 0000") says nothing of its cores; Windows' EfficiencyClass
    does: llama.cpp runs on 2 P-cores at full rate and 8 E-cores beside them, not on 10 full-rate cores."""
    args = quick(tmp_path, system="Windows", cpuinfo=lambda: ENGINEERING_SAMPLE, cpu_cores=lambda: (10, 12))
    profile = detect(**args, read_processor_cores=i5_1235u)
    assert profile.cpu.efficiency_cores == 8
    machine = machine_from_profile(profile, calibrated=False)
    assert (machine.cpu_cores, machine.cpu_efficiency_cores, machine.cpu_efficiency_class) == (2, 8, "x86_little")
    by_name = dataclasses.replace(profile, cpu=dataclasses.replace(profile.cpu, efficiency_cores=None))
    assert machine_from_profile(by_name, calibrated=False).cpu_cores == 10


def test_a_cpu_whose_cores_windows_ranks_alike_leaves_the_split_to_its_name(tmp_path):
    """Windows gives every core class 0 on a CPU with one kind of core (a Ryzen 7 7700: 8 cores, 16 threads), as it
    would where it does not rank cores: not known, and the name (not hybrid) runs all 8 at full rate."""
    ryzen = b"".join(core_entry(0, [2 * i, 2 * i + 1]) for i in range(8))
    args = quick(tmp_path, system="Windows", cpu_cores=lambda: (8, 16))
    profile = detect(**args, read_processor_cores=lambda: ryzen)
    assert profile.cpu.efficiency_cores is None
    assert next(p for p in profile.probes if p.name == "cpu-core-kinds").ok
    assert machine_from_profile(profile, calibrated=False).cpu_cores == 8


def _raises(exc: Exception):
    def reader() -> bytes:
        raise exc

    return reader


@pytest.mark.parametrize(
    ("reader", "reason"),
    [
        (lambda: i5_1235u()[:40], "bad-output"),  # cut inside the first entry
        (lambda: i5_1235u() + b"\x00\x00", "bad-output"),  # a stray tail
        (lambda: struct.pack("<II", 0, 0) + bytes(40), "bad-output"),  # an entry of size 0 would loop forever
        (_raises(OSError(22, "The parameter is incorrect")), "failed"),
        (_raises(AttributeError("function 'GetLogicalProcessorInformationEx' not found")), "failed"),
    ],
)
def test_a_broken_processor_list_leaves_the_split_unknown_and_says_why(tmp_path, reader, reason):
    profile = detect(**quick(tmp_path, system="Windows", cpu_cores=lambda: (10, 12)), read_processor_cores=reader)
    assert profile.cpu.efficiency_cores is None and profile.cpu.physical_cores == 10
    kinds = next(p for p in profile.probes if p.name == "cpu-core-kinds")
    assert not kinds.ok and kinds.detail.startswith(reason)


def test_more_e_cores_than_cores_is_not_believed(tmp_path):
    """A virtual machine shows 4 cores of a host whose 8 E-cores Windows still ranks: the two do not add up."""
    profile = detect(
        **quick(tmp_path, system="Windows", cpu_cores=lambda: (4, 4)), read_processor_cores=lambda: i5_1235u()
    )
    assert profile.cpu.efficiency_cores is None


@pytest.mark.skipif(sys.platform == "win32", reason="reads the real processor list there")
def test_the_processor_list_is_asked_only_on_windows():
    with pytest.raises(ProbeError, match="skipped"):
        read_efficiency_cores(system="Windows")
    with pytest.raises(ProbeError, match="skipped"):
        read_efficiency_cores(system="Linux")
