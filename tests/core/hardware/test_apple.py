"""Apple Silicon and Intel Macs from captured `sysctl` and `system_profiler SPDisplaysDataType -json` output."""

from __future__ import annotations

import pytest

from advisor.core.hardware import detect
from advisor.core.hardware.gpu.apple import probe_apple, usable_gpu_bytes
from advisor.core.hardware.runner import ProbeError
from advisor.core.types import GpuVendor

from .conftest import DATA, GIB, quick, replay

APPLE = DATA / "apple"


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
