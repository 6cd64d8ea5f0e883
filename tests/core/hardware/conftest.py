"""Fakes that speak the real formats: NVML's functions, a command runner that replays captured output,
a fake `nvidia-smi` on PATH, and the fixture trees under tests/data/hardware."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace

import pytest

from advisor.core.hardware.runner import ProbeError

DATA = Path(__file__).resolve().parents[2] / "data" / "hardware"
GIB = 2**30
MIB = 2**20


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """No test reads or writes the user's real cache folder."""
    monkeypatch.setenv("LLM_ADVISOR_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "advisor-cache"))


class NVMLError(Exception):
    """pynvml raises NVMLError subclasses whose str() is NVML's own message."""


def fake_nvml(
    gpus: Sequence[dict], *, driver: str = "550.54.14", init_error: str | None = None, power_supported: bool = True
) -> SimpleNamespace:
    """An object with the pynvml functions the NVML probe calls, answering for `gpus`
    (dicts with name, total, free, uuid, bus, limit_mw)."""
    state = {"initialised": False, "shutdowns": 0}

    def init():
        if init_error:
            raise NVMLError(init_error)
        state["initialised"] = True

    def need_init():
        if not state["initialised"]:
            raise NVMLError("Uninitialized")

    def handle(i):
        need_init()
        if not 0 <= i < len(gpus):
            raise NVMLError("Invalid Argument")
        return ("handle", i)

    def power(h):
        if not power_supported:
            raise NVMLError("Not Supported")
        return gpus[h[1]]["limit_mw"]

    def shutdown():
        state["shutdowns"] += 1

    return SimpleNamespace(
        NVMLError=NVMLError,
        state=state,
        nvmlInit=init,
        nvmlShutdown=shutdown,
        nvmlSystemGetDriverVersion=lambda: (need_init(), driver)[1],
        nvmlDeviceGetCount=lambda: (need_init(), len(gpus))[1],
        nvmlDeviceGetHandleByIndex=handle,
        nvmlDeviceGetName=lambda h: gpus[h[1]]["name"],
        nvmlDeviceGetMemoryInfo=lambda h: SimpleNamespace(
            total=gpus[h[1]]["total"], free=gpus[h[1]]["free"], used=gpus[h[1]]["total"] - gpus[h[1]]["free"]
        ),
        nvmlDeviceGetEnforcedPowerLimit=power,
        nvmlDeviceGetPowerManagementLimit=power,
        nvmlDeviceGetPciInfo=lambda h: SimpleNamespace(busId=gpus[h[1]]["bus"].encode()),  # bytes, as NVML gives
        nvmlDeviceGetUUID=lambda h: gpus[h[1]]["uuid"],
    )


RTX4090_NVML = {
    "name": "NVIDIA GeForce RTX 4090",
    "total": 24564 * MIB,
    "free": 23012 * MIB,
    "uuid": "GPU-8f6c3a1e-55d2-7c4b-9a0e-2f1d6b3c9e47",
    "bus": "00000000:01:00.0",
    "limit_mw": 450000,
}
RTX3060_NVML = {
    "name": "NVIDIA GeForce RTX 3060",
    "total": 12288 * MIB,
    "free": 12279 * MIB,
    "uuid": "GPU-c3d4e5f6-0718-293a-4b5c-6d7e8f90a1b2",
    "bus": "00000000:21:00.0",
    "limit_mw": 170000,
}


def replay(outputs: dict[str, str | Path | Exception]) -> Callable[[Sequence[str], float], str]:
    """A runner answering each command (keyed by its argv joined with spaces, program name without folder)
    with captured output; anything else is 'not found', as on a machine without that tool."""
    calls: list[list[str]] = []

    def runner(argv: Sequence[str], timeout: float) -> str:
        key = " ".join([Path(argv[0]).name, *argv[1:]])
        calls.append(list(argv))
        answer = outputs.get(key)
        if answer is None:
            raise ProbeError(f"not-found: {argv[0]}")
        if isinstance(answer, Exception):
            raise answer
        return answer.read_text(encoding="utf-8") if isinstance(answer, Path) else answer

    runner.calls = calls  # type: ignore[attr-defined]
    return runner


@pytest.fixture
def fake_nvidia_smi(tmp_path, monkeypatch):
    """Put the fake `nvidia-smi` first on PATH, answering for tests/data/hardware/nvidia-smi/fake-gpus.json."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "nvidia-smi"
    source = (Path(__file__).parent / "fake_nvidia_smi.py").read_text(encoding="utf-8")
    exe.write_text(f"#!{sys.executable}\n{source}", encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("FAKE_NVIDIA_SMI_GPUS", str(DATA / "nvidia-smi" / "fake-gpus.json"))
    monkeypatch.delenv("FAKE_NVIDIA_SMI_UNKNOWN", raising=False)
    monkeypatch.delenv("FAKE_NVIDIA_SMI_HANG", raising=False)
    return exe


FAKE_CPUINFO = {
    "brand_raw": "AMD Ryzen 9 7950X 16-Core Processor",
    "arch": "X86_64",
    "flags": ["avx", "avx2", "avx512f", "fma", "f16c", "sse4_2", "ht", "pni"],
}


def quick(home: Path, **overrides):
    """detect() arguments for a machine described only by fakes: fast, no cache, no copy test."""
    args = dict(
        home=home,
        cpuinfo=lambda: FAKE_CPUINFO,
        proc_cpuinfo=None,
        use_cache=False,
        measure_bandwidth=None,
        cpu_cores=lambda: (16, 32),
        nvml=fake_nvml([], init_error="NVML Shared Library Not Found"),
        runner=replay({}),
        sysfs_root=DATA / "empty-sys",
        pci_ids=[DATA / "pci.ids"],
    )
    args.update(overrides)
    return args
