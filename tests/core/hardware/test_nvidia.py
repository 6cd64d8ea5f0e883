"""NVIDIA: NVML (injected), nvidia-smi's CSV (captured), a fake nvidia-smi on PATH, GPUtil's own code path."""

from __future__ import annotations

import sys
import time

import pytest

from advisor.core.hardware import detect
from advisor.core.hardware.gpu.nvidia_smi import FIELDS, parse_query_csv, probe_gputil, probe_nvidia_smi
from advisor.core.hardware.gpu.nvml import probe_nvml
from advisor.core.hardware.runner import ProbeError, run_command
from advisor.core.types import GpuVendor

from .conftest import DATA, MIB, RTX3060_NVML, RTX4090_NVML, fake_nvml, quick, replay

SMI = DATA / "nvidia-smi"
SMI_ARGS = f"nvidia-smi --query-gpu={','.join(FIELDS)} --format=csv,noheader,nounits"


def test_nvml_reads_total_and_free_vram_power_limit_and_driver():
    nvml = fake_nvml([RTX4090_NVML, RTX3060_NVML])
    readings = probe_nvml(nvml=nvml)
    first, second = (r.gpu for r in readings)
    assert (first.name, first.vram_total_bytes, first.vram_free_bytes) == (
        "NVIDIA GeForce RTX 4090",
        24564 * MIB,
        23012 * MIB,
    )
    assert first.power_limit_watts == 450.0 and first.driver == "550.54.14" and first.source == "nvml"
    assert second.name == "NVIDIA GeForce RTX 3060" and second.index == 1
    assert readings[0].bus_id == "0000:01:00.0"
    assert nvml.state["shutdowns"] == 1  # NVML is released again


def test_nvml_without_power_readings_still_lists_the_gpu():
    (reading,) = probe_nvml(nvml=fake_nvml([RTX4090_NVML], power_supported=False))
    assert reading.gpu.power_limit_watts is None and reading.gpu.vram_free_bytes == 23012 * MIB


def test_nvml_without_the_driver_is_a_reason_not_a_crash():
    with pytest.raises(ProbeError, match="unavailable: NVML: NVML Shared Library Not Found"):
        probe_nvml(nvml=fake_nvml([], init_error="NVML Shared Library Not Found"))


@pytest.mark.parametrize(
    ("capture", "expected"),
    [
        ("rtx4090.csv", [("NVIDIA GeForce RTX 4090", 24564, 23012, 450.0)]),
        (
            "2x-rtx3090.csv",
            [("NVIDIA GeForce RTX 3090", 24576, 24247, 350.0), ("NVIDIA GeForce RTX 3090", 24576, 1123, 350.0)],
        ),
        ("laptop-rtx4060.csv", [("NVIDIA GeForce RTX 4060 Laptop GPU", 8188, 7721, None)]),
        (
            "a100-h100.csv",
            [("NVIDIA A100-SXM4-80GB", 81920, 81153, 400.0), ("NVIDIA H100 80GB HBM3", 81559, 80873, 700.0)],
        ),
    ],
)
def test_nvidia_smi_csv_is_parsed_gpu_by_gpu(capture, expected):
    readings = probe_nvidia_smi(runner=replay({SMI_ARGS: SMI / capture}))
    got = [
        (r.gpu.name, r.gpu.vram_total_bytes // MIB, r.gpu.vram_free_bytes // MIB, r.gpu.power_limit_watts)
        for r in readings
    ]
    assert got == expected
    assert all(r.gpu.vendor is GpuVendor.NVIDIA and r.gpu.source == "nvidia-smi" for r in readings)


def test_nvidia_smi_output_with_a_missing_column_is_rejected_with_a_reason():
    with pytest.raises(ProbeError, match="bad-output"):
        parse_query_csv("0, GPU-1, 00000000:01:00.0, NVIDIA GeForce RTX 4090, 24564\n")


def test_fake_nvidia_smi_on_path_answers_the_direct_query(fake_nvidia_smi):
    readings = probe_nvidia_smi(timeout=20)  # the real runner, a real child process
    assert [(r.gpu.name, r.gpu.vram_total_bytes // MIB, r.gpu.vram_free_bytes // MIB) for r in readings] == [
        ("NVIDIA GeForce RTX 4090", 24564, 23012),
        ("NVIDIA GeForce RTX 3060", 12288, 12279),
    ]
    assert readings[1].bus_id == "0000:21:00.0" and readings[0].gpu.driver == "550.54.14"


def _gputil_importable() -> bool:
    try:
        import GPUtil  # noqa: F401
    except ImportError:
        return False
    return True


def test_gputil_runs_its_own_code_against_the_fake_nvidia_smi(fake_nvidia_smi):
    if not _gputil_importable():
        # Python >= 3.12 without setuptools: GPUtil cannot import distutils; the probe must say so, not crash
        assert sys.version_info >= (3, 12)
        with pytest.raises(ProbeError, match=r"unavailable: GPUtil cannot be imported .*distutils"):
            probe_gputil()
        return
    readings = probe_gputil()
    assert [
        (r.gpu.name, r.gpu.vram_total_bytes // MIB, r.gpu.vram_free_bytes // MIB, r.gpu.source) for r in readings
    ] == [("NVIDIA GeForce RTX 4090", 24564, 23012, "gputil"), ("NVIDIA GeForce RTX 3060", 12288, 12279, "gputil")]


def test_gputil_import_error_on_new_python_is_survived(tmp_path):
    def no_distutils():
        raise ModuleNotFoundError("No module named 'distutils'")

    with pytest.raises(ProbeError, match="unavailable: GPUtil cannot be imported"):
        probe_gputil(import_gputil=no_distutils)


def test_old_driver_that_refuses_a_field_falls_back_to_gputil(fake_nvidia_smi, monkeypatch, tmp_path):
    monkeypatch.setenv("FAKE_NVIDIA_SMI_UNKNOWN", "pci.bus_id")  # the direct query fails, GPUtil's does not
    calls = []

    def importer():
        calls.append("GPUtil")
        from advisor.core.hardware.gpu.nvidia_smi import _import_gputil

        return _import_gputil()

    if not _gputil_importable():
        pytest.skip("GPUtil cannot be imported on this Python (no distutils); the import error is tested above")
    profile = detect(**quick(tmp_path, runner=run_command, import_gputil=importer, system="Linux"))
    assert calls == ["GPUtil"]
    assert [g.source for g in profile.gpus] == ["gputil", "gputil"]
    smi = next(p for p in profile.probes if p.name == "nvidia-smi")
    assert smi.ok


def test_detection_survives_gputil_failing_to_import(fake_nvidia_smi, monkeypatch, tmp_path):
    monkeypatch.setenv("FAKE_NVIDIA_SMI_UNKNOWN", "pci.bus_id")

    def no_distutils():
        raise ModuleNotFoundError("No module named 'distutils'")

    profile = detect(**quick(tmp_path, runner=run_command, import_gputil=no_distutils, system="Linux"))
    smi = next(p for p in profile.probes if p.name == "nvidia-smi")
    assert not smi.ok and "not a valid field" in smi.detail and "distutils" in smi.detail
    assert profile.gpus == () and profile.ram.total_bytes > 0


def test_same_cards_seen_by_nvml_and_nvidia_smi_are_listed_once(fake_nvidia_smi, tmp_path):
    nvml = fake_nvml([RTX4090_NVML, RTX3060_NVML])
    profile = detect(**quick(tmp_path, nvml=nvml, runner=run_command, system="Linux"))
    assert [(g.name, g.source) for g in profile.gpus] == [
        ("NVIDIA GeForce RTX 4090", "nvml"),
        ("NVIDIA GeForce RTX 3060", "nvml"),
    ]
    assert {p.name: p.ok for p in profile.probes}["nvidia-smi"]  # both ran; one answer per card kept


def test_a_hung_nvidia_smi_is_killed_at_its_timeout(fake_nvidia_smi, monkeypatch):
    monkeypatch.setenv("FAKE_NVIDIA_SMI_HANG", "1")
    start = time.perf_counter()
    with pytest.raises(ProbeError, match="timeout"):
        probe_nvidia_smi(timeout=0.5)
    assert time.perf_counter() - start < 5


def test_gpus_get_bandwidth_and_board_power_from_the_table(tmp_path):
    profile = detect(**quick(tmp_path, nvml=fake_nvml([RTX4090_NVML, RTX3060_NVML]), system="Linux"))
    assert [(g.bandwidth_gbps, g.board_power_watts) for g in profile.gpus] == [(1008.0, 450), (360.0, 170)]
