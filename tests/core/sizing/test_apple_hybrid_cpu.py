"""Where llama.cpp's default threads run on Apple silicon and Intel hybrids, and what that does to the CPU speed the
advisor promises: a Mac's performance cores only, each chip tier's share of its memory, the Linux count that skips
every second P-core on CPUs without a second thread per core, and Windows' threads on the E-cores. Public runs from
benchmarks/data/cpu_decode_public.csv (llama.cpp issue #34) are the figures the ranges must hold."""

from __future__ import annotations

import pytest

from advisor.core.hardware import ram_spec
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import sizing as words
from advisor.core.messages.speaker import Speaker
from advisor.core.sizing import estimate, reasons
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.types import HardwareProfile, ModelSpec

GIB = 2**30
# LLaMA-1 7B in March 2023's q4_0 (an f32 scale per 32 weights: 5.0 bits per weight)
LLAMA1_7B = ModelSpec(parameters=6.74e9, quant="Q4_0", file_size_bytes=4_210_000_000)
LLAMA31_8B = ModelSpec(parameters=8.03e9, quant="Q4_K_M", file_size_bytes=4_920_000_000)


def _mac(brand: str, cores: int, bandwidth_gbps: float, **cpu) -> HardwareProfile:
    """A Mac as a hardware file gives it, the GPU left out (a CPU-only run); the bandwidth is Apple's figure."""
    return load_profile(
        {
            "ram": {"total_bytes": 16 * GIB, "bandwidth_gbps": bandwidth_gbps},
            "gpus": [],
            "cpu": {"brand": brand, "arch": "arm64", "physical_cores": cores, **cpu},
            "os": {"system": "Darwin", "release": ""},
        }
    )


def _intel(brand: str, system: str, physical: int, logical: int, **cpu) -> HardwareProfile:
    return load_profile(
        {
            "ram": {"total_bytes": 32 * GIB, "type": "DDR5", "speed_mts": 5600, "channels": 2},
            "gpus": [],
            "cpu": {"brand": brand, "arch": "x86_64", "physical_cores": physical, "logical_cores": logical, **cpu},
            "os": {"system": system, "release": ""},
        }
    )


def _threads(machine) -> dict:
    (said,) = [r for r in machine.assumptions if r.code == reasons.ASSUME_CPU_THREADS]
    return dict(said.values)


def test_an_m1_runs_llama_cpp_on_its_four_performance_cores_and_its_range_holds_the_public_run():
    """llama.cpp issue #34 (March 2023): an M1 decodes LLaMA-1 7B q4_0 at 94.24 ms a token with -t 4, 10.6/s."""
    profile = _mac("Apple M1", 8, 68.25)
    machine = machine_from_profile(profile, calibrated=False)
    assert (machine.cpu_cores, machine.cpu_efficiency_cores, machine.cpu_apple_tier) == (4, 0, "base")
    assert _threads(machine) == {"threads": 4, "performance": 4, "efficiency": 4, "basis": "performance_cores"}
    low, high = estimate(LLAMA1_7B, profile, context=512).tokens_per_second_range
    assert low <= 10.61 <= high
    # the sentence the user reads says which cores get a thread
    text = words.assumption(Speaker("en"), reasons.ASSUME_CPU_THREADS, _threads(machine))
    assert "4 threads" in text and "4 efficiency cores are left idle" in text


def test_a_base_chip_reads_a_larger_share_of_its_memory_than_a_max_and_never_past_its_peak():
    m1 = estimate(LLAMA31_8B, _mac("Apple M1", 8, 68.25), context=512)
    m2_max = estimate(LLAMA31_8B, _mac("Apple M2 Max", 12, 400.0), context=512)
    # per GB/s of the chip's bandwidth, the base chip's CPU decodes faster
    assert m1.tokens_per_second / 68.25 > 1.5 * m2_max.tokens_per_second / 400.0
    # the range's top is never above the chip's peak (Apple's figure) ÷ the bytes a token reads
    assert m1.tokens_per_second_range[1] <= 68.25e9 / (0.9 * LLAMA31_8B.file_size_bytes)


def test_the_performance_cores_of_each_apple_chip_come_from_its_name_or_the_file():
    assert ram_spec.apple_split("Apple M1 Pro", 10) == (8, 2)
    assert ram_spec.apple_split("Apple M3 Pro", 11) == (5, 6)
    assert ram_spec.apple_split("Apple M4", 10) == (4, 6)
    assert ram_spec.apple_split("Apple M4", 8) == (4, 4)
    assert ram_spec.apple_split("Apple M2 Ultra", 24) == (16, 8)
    assert ram_spec.apple_split("Apple M9 Max", 20) is None  # a chip not in the table keeps all its cores
    stated = machine_from_profile(_mac("Apple M2 Pro", 12, 200.0, efficiency_cores=4), calibrated=False)
    assert stated.cpu_cores == 8
    unknown = machine_from_profile(_mac("Apple M9 Max", 20, 600.0), calibrated=False)
    assert unknown.cpu_cores == 20 and not [r for r in unknown.assumptions if r.code == reasons.ASSUME_CPU_THREADS]


def test_on_linux_a_hybrid_without_a_second_thread_per_p_core_gets_half_of_them():
    """llama.cpp issue #28625: a Core Ultra 7 265K (8 P + 12 E, one thread each) runs 4 threads on Linux."""
    arrow = machine_from_profile(
        _intel("Intel(R) Core(TM) Ultra 7 265K", "Linux", 20, 20, efficiency_cores=12), calibrated=False
    )
    assert (arrow.cpu_cores, arrow.cpu_efficiency_cores) == (4, 0)
    said = _threads(arrow)
    assert said == {"threads": 4, "performance": 8, "efficiency": 12, "basis": "performance_cores_no_smt"}
    text = words.assumption(Speaker("en"), reasons.ASSUME_CPU_THREADS, said)
    assert "-t 8" in text and "4 threads" in text
    # the prompt, compute-bound, goes at half the speed eight threads would give
    half = estimate(LLAMA31_8B, _intel("Intel(R) Core(TM) Ultra 7 265K", "Linux", 20, 20, efficiency_cores=12))
    full = estimate(LLAMA31_8B, _intel("Intel(R) Core(TM) Ultra 7 265K", "Linux", 20, 28, efficiency_cores=12))
    assert half.prompt_tokens_per_second == pytest.approx(full.prompt_tokens_per_second / 2, rel=0.05)
    # with two threads per P-core (Alder Lake, Meteor Lake) the count is one per P-core
    meteor = machine_from_profile(_intel("Intel(R) Core(TM) Ultra 7 155H", "Linux", 16, 22), calibrated=False)
    assert meteor.cpu_cores == 6 and _threads(meteor)["basis"] == "performance_cores"


def test_on_windows_a_core_ultra_155h_runs_a_thread_on_every_core_e_cores_included_as_said():
    windows = machine_from_profile(_intel("Intel(R) Core(TM) Ultra 7 155H", "Windows", 16, 22), calibrated=False)
    assert (windows.cpu_cores, windows.cpu_efficiency_cores, windows.cpu_efficiency_class) == (6, 10, "x86_little")
    assert _threads(windows) == {"threads": 16, "performance": 6, "efficiency": 10, "basis": "all_cores"}
    on = {s: estimate(LLAMA31_8B, _intel("Intel(R) Core(TM) Ultra 7 155H", s, 16, 22)) for s in ("Linux", "Windows")}
    assert on["Windows"].prompt_tokens_per_second > on["Linux"].prompt_tokens_per_second


def test_gemma4_per_layer_embeddings_are_not_read_per_token_on_the_cpu():
    """Gemma 4 E4B: `per_layer_token_embd` (vocabulary × 42 layers × 256) is looked up one row per token, like the
    token embedding; the decode reads only the layers and the output. Same file, with and without the shape."""
    profile = load_profile(
        {
            "ram": {"total_bytes": 64 * GIB, "type": "LPDDR5X", "speed_mts": 8000, "channels": 4},
            "gpus": [],
            "cpu": {"brand": "AMD Ryzen AI Max+ 395", "arch": "x86_64", "physical_cores": 16, "flags": ["avx2"]},
        }
    )
    shape = {"layers": 42, "embedding": 2560, "heads": 8, "kv_heads": 2, "vocab": 262144, "tied_embeddings": True}
    plain = ModelSpec(parameters=8.0e9, quant="Q4_K_M", file_size_bytes=5_970_000_000, architecture="gemma4", **shape)
    e4b = ModelSpec(**{**plain.__dict__, "per_layer_input_width": 256})
    plain_speed = estimate(plain, profile, context=512).tokens_per_second
    # the table is 1.7 of the file's 5.97 GB: leaving it unread is about 1.4 times faster, less the fixed costs
    assert 1.2 < estimate(e4b, profile, context=512).tokens_per_second / plain_speed < 1.45
