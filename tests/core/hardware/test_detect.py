"""detect() as a whole: this machine, probes that hang, concurrency, the CPU cache."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import psutil
import pytest

from advisor.core.hardware import detect
from advisor.core.hardware.cache import DiskCache
from advisor.core.hardware.cpu import CACHE_NAME, forget_memo, read_cpu_identity
from advisor.core.hardware.probes import Probe, run_probes
from advisor.core.hardware.runner import ProbeError

from .conftest import DATA, FAKE_CPUINFO, fake_nvml, quick, replay


def _wait_for_probe_threads(deadline_s: float = 3.0) -> None:
    end = time.monotonic() + deadline_s
    while any(t.name.startswith("probe-") for t in threading.enumerate()) and time.monotonic() < end:
        time.sleep(0.01)
    assert not [t.name for t in threading.enumerate() if t.name.startswith("probe-")]


def _gpu_hardware_visible() -> bool:
    """An independent look: NVIDIA's tool on PATH, or an amdgpu card with VRAM in sysfs."""
    return bool(shutil.which("nvidia-smi")) or any(Path("/sys/class/drm").glob("card*/device/mem_info_vram_total"))


def test_this_machine_reports_its_real_ram_cores_and_gpus():
    profile = detect()
    assert profile.ram.total_bytes == psutil.virtual_memory().total
    assert 0 < profile.ram.available_bytes <= profile.ram.total_bytes
    assert profile.cpu.logical_cores == os.cpu_count()
    assert profile.cpu.physical_cores == psutil.cpu_count(logical=False)
    assert bool(profile.gpus) == _gpu_hardware_visible()  # on the project's machines: no GPU at all
    assert profile.ram.bandwidth_source == "measured" and profile.ram.bandwidth_gbps > 0
    ok = {p.name: p.ok for p in profile.probes}
    assert ok["ram"] and ok["cpu-cores"] and ok["cpuinfo"] and ok["lmstudio"]
    _wait_for_probe_threads()


def test_a_probe_that_hangs_is_abandoned_and_detection_still_returns(tmp_path):
    release = threading.Event()

    def hanging_runner(argv, timeout):  # ignores its timeout, like a wedged driver call would
        release.wait(30)
        raise ProbeError("not-found: released")

    try:
        start = time.perf_counter()
        profile = detect(
            **quick(
                tmp_path,
                runner=hanging_runner,
                timeout_s=0.6,
                system="Linux",
                nvml=fake_nvml([], init_error="NVML Shared Library Not Found"),
            )
        )
        elapsed = time.perf_counter() - start
    finally:
        release.set()
    assert elapsed < 3
    results = {p.name: p for p in profile.probes}
    for name in ("nvidia-smi", "rocm-smi", "amd-smi"):
        assert not results[name].ok and results[name].detail.startswith("timeout")
    assert results["ram"].ok and profile.ram.total_bytes > 0 and profile.cpu.brand == FAKE_CPUINFO["brand_raw"]
    _wait_for_probe_threads()


def test_a_hanging_nvml_library_does_not_hang_detection(tmp_path):
    release = threading.Event()
    nvml = fake_nvml([])
    nvml.nvmlInit = lambda: release.wait(30)
    try:
        profile = detect(**quick(tmp_path, nvml=nvml, timeout_s=0.5, system="Linux"))
    finally:
        release.set()
    assert {p.name: p.detail for p in profile.probes}["nvml"].startswith("timeout")
    _wait_for_probe_threads()


def test_probes_run_at_the_same_time():
    def slow():
        time.sleep(0.4)
        return 1

    start = time.perf_counter()
    values, results = run_probes([Probe(f"p{i}", slow, 5.0) for i in range(5)])
    assert time.perf_counter() - start < 1.2  # one after the other would take 2 s
    assert values == {f"p{i}": 1 for i in range(5)} and all(r.ok for r in results.values())


def test_a_probe_that_raises_anything_becomes_a_reason():
    def broken():
        raise KeyError("surprise")

    values, results = run_probes([Probe("broken", broken, 1.0)])
    assert values == {} and not results["broken"].ok and "KeyError" in results["broken"].detail


def test_failed_gpu_probes_say_why_in_probes(tmp_path):
    profile = detect(**quick(tmp_path, runner=replay({}), system="Linux"))
    details = {p.name: p.detail for p in profile.probes}
    assert details["nvidia-smi"] == "not-found: nvidia-smi"
    assert details["nvml"].startswith("unavailable")
    assert profile.gpus == ()


def test_without_a_copy_test_ram_bandwidth_is_an_estimate(tmp_path):
    profile = detect(**quick(tmp_path))
    assert profile.ram.bandwidth_source == "estimated" and profile.ram.bandwidth_gbps > 0


# --------------------------------------------------------------------------- the py-cpuinfo cache


@pytest.fixture
def counting_cpuinfo():
    calls = []

    def get_info():
        calls.append(1)
        return FAKE_CPUINFO

    get_info.calls = calls
    forget_memo()
    yield get_info
    forget_memo()


def test_a_cache_write_that_fails_leaves_no_temp_file(tmp_path):
    cache = DiskCache(tmp_path, key="machine-a")
    cache._path("cpu").mkdir()  # the final rename cannot replace a folder
    cache.put("cpu", {"brand": "x"})  # best effort: no error
    assert list(tmp_path.glob("*.tmp")) == []


def test_cpuinfo_is_asked_once_then_served_from_memory_and_disk(tmp_path, counting_cpuinfo):
    cache = DiskCache(tmp_path, key="machine-a")
    first = read_cpu_identity(get_info=counting_cpuinfo, cache=cache)
    second = read_cpu_identity(get_info=counting_cpuinfo, cache=cache)
    forget_memo()  # a new process
    third = read_cpu_identity(get_info=counting_cpuinfo, cache=cache)
    assert [i.pop("source") for i in (first, second, third)] == ["py-cpuinfo", "memory", "cache"]
    assert first == second == third
    assert len(counting_cpuinfo.calls) == 1
    assert {k: first[k] for k in ("brand", "arch", "flags")} == {
        "brand": "AMD Ryzen 9 7950X 16-Core Processor",
        "arch": "x86_64",
        "flags": ["avx", "avx2", "avx512f", "f16c", "fma", "sse4_2"],
    }


def test_cpuinfo_cache_expires_and_is_per_machine(tmp_path, counting_cpuinfo):
    read_cpu_identity(get_info=counting_cpuinfo, cache=DiskCache(tmp_path, key="machine-a"))
    forget_memo()
    read_cpu_identity(get_info=counting_cpuinfo, cache=DiskCache(tmp_path, key="machine-b"))
    forget_memo()
    read_cpu_identity(get_info=counting_cpuinfo, cache=DiskCache(tmp_path, key="machine-a", max_age_s=0))
    assert len(counting_cpuinfo.calls) == 3


def test_a_corrupt_cache_file_is_measured_again(tmp_path, counting_cpuinfo):
    cache = DiskCache(tmp_path, key="machine-a")
    (tmp_path / f"{CACHE_NAME}-machine-a.json").write_text("{not json", encoding="utf-8")
    assert read_cpu_identity(get_info=counting_cpuinfo, cache=cache)["arch"] == "x86_64"
    assert len(counting_cpuinfo.calls) == 1


def test_a_cache_written_before_the_identity_had_a_clock_is_not_read_in_its_place(tmp_path, counting_cpuinfo):
    """An entry the first version wrote (brand, arch and flags only) would hide the top clock the speed estimate
    uses for a month; the entry's versioned name leaves it unread, and the new one keeps the clock."""
    cache = DiskCache(tmp_path, key="machine-a")
    cache.put("cpuinfo-v1", {"brand": FAKE_CPUINFO["brand_raw"], "arch": "x86_64", "flags": ["avx2"]})
    with_clock = {**FAKE_CPUINFO, "hz_advertised": [4_500_000_000, 0]}
    first = read_cpu_identity(get_info=lambda: (counting_cpuinfo(), with_clock)[1], cache=cache)
    assert (first["source"], first["max_mhz"]) == ("py-cpuinfo", 4500) and len(counting_cpuinfo.calls) == 1
    forget_memo()
    again = read_cpu_identity(get_info=counting_cpuinfo, cache=cache)
    assert (again["source"], again["max_mhz"]) == ("cache", 4500) and len(counting_cpuinfo.calls) == 1


def test_apple_cpus_always_report_neon(tmp_path, counting_cpuinfo):
    identity = read_cpu_identity(
        get_info=lambda: {"brand_raw": "Apple M2 Max", "arch": "ARM_8", "flags": []}, use_cache=False
    )
    assert (identity["brand"], identity["arch"], identity["flags"]) == ("Apple M2 Max", "arm64", ["neon"])


def test_linux_reads_brand_and_flags_from_proc_cpuinfo_without_py_cpuinfo(tmp_path, counting_cpuinfo):
    identity = read_cpu_identity(
        get_info=counting_cpuinfo, cache=DiskCache(tmp_path), proc_cpuinfo=DATA / "proc" / "cpuinfo-ryzen-7950x.txt"
    )
    assert identity["brand"] == "AMD Ryzen 9 7950X 16-Core Processor" and identity["source"] == "proc"
    assert {"avx2", "avx512f", "avx512_vnni", "avx512_bf16", "fma", "f16c"} <= set(identity["flags"])
    assert "sse" not in identity["flags"] and counting_cpuinfo.calls == []


def test_an_arm_board_is_named_from_its_cores_parts_without_py_cpuinfo(tmp_path, counting_cpuinfo):
    identity = read_cpu_identity(
        get_info=counting_cpuinfo, cache=DiskCache(tmp_path), proc_cpuinfo=DATA / "proc" / "cpuinfo-raspberry-pi-5.txt"
    )
    assert identity["brand"] == "Raspberry Pi 5 Model B Rev 1.0 (Cortex-A76)" and identity["source"] == "proc"
    assert identity["efficiency_cores"] == 0 and counting_cpuinfo.calls == []


def test_a_proc_cpuinfo_naming_no_cpu_falls_back_to_py_cpuinfo(tmp_path, counting_cpuinfo):
    proc = tmp_path / "cpuinfo"
    proc.write_text("processor\t: 0\nFeatures\t: fp asimd\nCPU implementer\t: 0x99\nCPU part\t: 0x001\n")
    identity = read_cpu_identity(get_info=counting_cpuinfo, cache=DiskCache(tmp_path), proc_cpuinfo=proc)
    assert identity["source"] == "py-cpuinfo" and len(counting_cpuinfo.calls) == 1


def test_py_cpuinfo_flag_names_match_the_kernels(counting_cpuinfo):
    identity = read_cpu_identity(
        get_info=lambda: {"brand_raw": "x", "arch": "X86_64", "flags": ["avx512vnni"]}, use_cache=False
    )
    assert identity["flags"] == ["avx512_vnni"]
