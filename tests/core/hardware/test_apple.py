"""Apple Silicon and Intel Macs from captured `sysctl` and `system_profiler SPDisplaysDataType -json` output."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest

from advisor.core.hardware import detect
from advisor.core.hardware.cpu import parse_perflevels
from advisor.core.hardware.gpu.apple import probe_apple, usable_gpu_bytes
from advisor.core.hardware.runner import ProbeError
from advisor.core.sizing import reasons
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.types import GpuVendor

from .conftest import DATA, GIB, quick, replay

APPLE = DATA / "apple"
PERFLEVELS = "sysctl hw.nperflevels hw.perflevel0.physicalcpu hw.perflevel1.physicalcpu"


def mac(folder: str):
    base = APPLE / folder
    outputs = {
        "sysctl hw.memsize machdep.cpu.brand_string": base / "sysctl.txt",
        "system_profiler SPDisplaysDataType -json": base / "system_profiler.json",
    }
    if (base / "wired.txt").exists():
        outputs["sysctl iogpu.wired_limit_mb"] = base / "wired.txt"
    else:  # Intel Macs have no such key: sysctl fails
        outputs["sysctl iogpu.wired_limit_mb"] = ProbeError("failed: sysctl exited with 1: unknown oid")
    if (base / "perflevels.txt").exists():
        outputs[PERFLEVELS] = base / "perflevels.txt"
    else:  # Intel Macs and macOS before 12 have no performance levels
        outputs[PERFLEVELS] = ProbeError(
            "failed: sysctl exited with 1: sysctl: unknown oid 'hw.perflevel1.physicalcpu'"
        )
    return replay(outputs)


@pytest.mark.parametrize(
    ("folder", "name", "ram_gib", "share", "bandwidth"),
    [
        ("m1-8gb", "Apple M1", 8, 2 / 3, 68.25),
        ("m2max-32gb", "Apple M2 Max", 32, 2 / 3, 400.0),
        ("m3max-128gb", "Apple M3 Max", 128, 0.75, 400.0),  # the 40-core GPU variant
    ],
)
def test_apple_silicon_gpu_gets_a_share_of_unified_memory(folder, name, ram_gib, share, bandwidth):
    (reading,) = probe_apple(runner=mac(folder), system="Darwin")
    gpu = reading.gpu
    assert (gpu.name, gpu.vendor, gpu.unified_memory) == (name, GpuVendor.APPLE, True)
    assert gpu.vram_total_bytes == int(ram_gib * GIB * share)
    assert 0.65 <= gpu.vram_total_bytes / (ram_gib * GIB) <= 0.75  # reference/sizing.md
    assert gpu.bandwidth_gbps == bandwidth


def test_a_raised_wired_limit_is_what_the_gpu_may_use():
    (reading,) = probe_apple(runner=mac("m4pro-48gb-wired"), system="Darwin")
    assert reading.gpu.vram_total_bytes == 40960 * 2**20 and reading.gpu.bandwidth_gbps == 273.0


def test_intel_mac_lists_the_discrete_radeon_and_not_the_integrated_gpu():
    (reading,) = probe_apple(runner=mac("intel-mac-16gb"), system="Darwin")
    assert (reading.gpu.name, reading.gpu.vendor, reading.gpu.vram_total_bytes, reading.gpu.unified_memory) == (
        "AMD Radeon Pro 5500M",
        GpuVendor.AMD,
        8 * GIB,
        False,
    )


def test_the_apple_probe_does_not_run_elsewhere():
    with pytest.raises(ProbeError, match="skipped"):
        probe_apple(runner=mac("m1-8gb"), system="Linux")


def test_usable_share_rule_grows_on_large_machines():
    assert usable_gpu_bytes(16 * GIB) == int(16 * GIB * 2 / 3)
    assert usable_gpu_bytes(64 * GIB) == 48 * GIB
    assert usable_gpu_bytes(64 * GIB, wired_limit_mb=57344) == 56 * GIB


def test_detect_on_a_mac_uses_the_chip_bandwidth_for_ram(tmp_path):
    profile = detect(**quick(tmp_path, runner=mac("m2max-32gb"), system="Darwin"))
    assert [g.name for g in profile.gpus] == ["Apple M2 Max"]
    assert (profile.ram.bandwidth_gbps, profile.ram.bandwidth_source) == (400.0, "table")
    assert profile.os.system == "Darwin"


# --------------------------------------------------------------------------- which cores llama.cpp's threads run on


def _mac_cpu(brand: str, cores: int) -> dict:
    return {"cpuinfo": lambda: {"brand_raw": brand, "arch": "ARM_8", "flags": []}, "cpu_cores": lambda: (cores, cores)}


@pytest.mark.parametrize(
    ("folder", "brand", "cores", "efficiency"),
    [
        ("m1-8gb", "Apple M1", 8, 4),
        ("m2max-32gb", "Apple M2 Max", 12, 4),
        ("m3max-128gb", "Apple M3 Max", 16, 4),
        ("m4pro-48gb-wired", "Apple M4 Pro", 14, 4),
        ("intel-mac-16gb", "Intel(R) Core(TM) i9-9880H CPU @ 2.30GHz", 8, None),  # no performance levels: not known
    ],
)
def test_detect_on_a_mac_counts_the_efficiency_cores_from_sysctl(tmp_path, folder, brand, cores, efficiency):
    runner = mac(folder)
    profile = detect(**quick(tmp_path, runner=runner, system="Darwin", **_mac_cpu(brand, cores)))
    assert profile.cpu.efficiency_cores == efficiency
    assert ["sysctl", "hw.nperflevels", "hw.perflevel0.physicalcpu", "hw.perflevel1.physicalcpu"] in runner.calls
    kinds = next(p for p in profile.probes if p.name == "cpu-core-kinds")
    assert kinds.ok is (efficiency is not None)


def test_a_chip_newer_than_the_name_table_runs_llama_cpp_on_its_performance_cores_only(tmp_path):
    """An Apple chip the name table does not know (a made-up "M9 Max": 12 P + 6 E) keeps all 18 cores by its name;
    sysctl's performance levels put llama.cpp's threads on the 12 performance cores, as macOS does."""
    runner = replay({PERFLEVELS: "hw.nperflevels: 2\nhw.perflevel0.physicalcpu: 12\nhw.perflevel1.physicalcpu: 6\n"})
    detected = detect(**quick(tmp_path, runner=runner, system="Darwin", **_mac_cpu("Apple M9 Max", 18)))
    by_name = dataclasses.replace(detected, cpu=dataclasses.replace(detected.cpu, efficiency_cores=None))
    assert machine_from_profile(by_name, calibrated=False).cpu_cores == 18
    machine = machine_from_profile(detected, calibrated=False)
    assert (machine.cpu_cores, machine.cpu_efficiency_cores) == (12, 0)
    (said,) = [a for a in machine.assumptions if a.code == reasons.ASSUME_CPU_THREADS]
    assert said.values == {"threads": 12, "performance": 12, "efficiency": 6, "basis": "performance_cores"}


@pytest.mark.parametrize(
    ("output", "efficiency"),
    [
        ("hw.nperflevels: 2\nhw.perflevel0.physicalcpu: 6\nhw.perflevel1.physicalcpu: 2\n", 2),  # M1 Pro 8-core
        ("hw.nperflevels: 1\nhw.perflevel0.physicalcpu: 8\n", 0),  # one level: every core alike
        ("hw.nperflevels: 3\nhw.perflevel0.physicalcpu: 4\nhw.perflevel1.physicalcpu: 4\n", None),  # a third kind
        ("hw.perflevel0.physicalcpu: 8\n", None),
        ("sysctl: unknown oid 'hw.nperflevels'\n", None),
        ("", None),
    ],
)
def test_perflevels_say_the_efficiency_cores_only_when_macos_tells_two_kinds(output, efficiency):
    assert parse_perflevels(output) == efficiency


def test_a_sysctl_that_hangs_leaves_the_split_unknown_and_detection_returns(tmp_path):
    release = threading.Event()

    def runner(argv, timeout):  # a wedged sysctl that ignores its deadline
        if argv[1] == "hw.nperflevels":
            release.wait(30)
        raise ProbeError(f"not-found: {argv[0]}")

    try:
        start = time.perf_counter()
        profile = detect(**quick(tmp_path, runner=runner, system="Darwin", timeout_s=0.6, **_mac_cpu("Apple M2", 8)))
        elapsed = time.perf_counter() - start
    finally:
        release.set()
    assert elapsed < 3
    assert profile.cpu.efficiency_cores is None and profile.cpu.physical_cores == 8
    kinds = next(p for p in profile.probes if p.name == "cpu-core-kinds")
    assert not kinds.ok and kinds.detail.startswith("timeout")
