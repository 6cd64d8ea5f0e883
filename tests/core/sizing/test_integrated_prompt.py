"""Prompt speed on integrated GPUs: each chip's own FP32 rate from the GPU table (not the 10 TFLOPS assumed for an
unknown card), a driver name that could be any iGPU not taken for a 780M, and a GB10 counted as unified memory."""

from __future__ import annotations

from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing import estimate
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.sizing.speed import ASSUMED_GPU_TFLOPS, ASSUMED_SHARED_GPU_TFLOPS, gpu_tflops, range_family
from advisor.core.types import FitLevel, ModelSpec

GiB = 2**30
LLAMA_8B = ModelSpec(parameters=8.03e9, quant="Q4_K_M", file_size_bytes=4_920_000_000)


def _laptop(gpu: str, ram_gib: int = 32, **extra: object):
    return load_profile({"ram": {"total_bytes": ram_gib * GiB}, "gpus": [{"name": gpu, **extra}]})


def test_a_780m_prompt_estimate_rests_on_its_own_fp32_rate():
    profile = _laptop("AMD Radeon 780M Graphics")
    (device,) = machine_from_profile(profile).gpus
    assert device.shared and gpu_tflops(device) == 8.29  # TechPowerUp's dual-issue figure, as for an RX 7900 XTX
    est = estimate(LLAMA_8B, profile, context=512)
    assert est.fit == FitLevel.FULL_GPU and est.prompt_tokens_per_second
    # the old estimate assumed a 10 TFLOPS card: a 780M's prompt speed was read ~3x too high
    assert est.prompt_tokens_per_second < 300


def test_a_plain_radeon_graphics_name_is_not_taken_for_a_780m():
    vague = _laptop("AMD Radeon(TM) Graphics")
    (device,) = machine_from_profile(vague).gpus
    assert device.shared and device.fp32_tflops is None  # no table entry: the name fits a Vega 3 or a Z1 Extreme
    assert gpu_tflops(device) == ASSUMED_SHARED_GPU_TFLOPS < ASSUMED_GPU_TFLOPS
    vague_pp = estimate(LLAMA_8B, vague, context=512).prompt_tokens_per_second
    named_pp = estimate(LLAMA_8B, _laptop("AMD Radeon 780M Graphics"), context=512).prompt_tokens_per_second
    assert vague_pp and named_pp and vague_pp < named_pp / 2


def test_a_strix_halo_prompt_range_holds_its_public_runs():
    # calibration half of benchmarks/data/gpu_decode_public.csv: kyuz0/amd-strix-halo-toolboxes, llama-bench pp512
    # with Vulkan (RADV): Gemma-3 12B Q8_0 504.31 tok/s, Llama-3.3-70B Q4_K_M 78.99 tok/s
    profile = _laptop("AMD Radeon(TM) 8060S Graphics", 128, vram_total_bytes=96 * GiB)
    for spec, measured in (
        (ModelSpec(parameters=11.77e9, quant="Q8_0", file_size_bytes=14_390_000_000), 504.31),
        (ModelSpec(parameters=70.55e9, quant="Q4_K_M", file_size_bytes=42_510_000_000), 78.99),
    ):
        est = estimate(spec, profile, context=512)
        assert est.fit == FitLevel.FULL_GPU and est.prompt_tokens_per_second_range
        low, high = est.prompt_tokens_per_second_range
        assert low <= measured <= high, (spec, low, high)
        assert high / low < 5.1  # 0.33-1.66: the 0.13-1.55 of an iGPU of unknown compute told a user little


def test_a_dgx_spark_gb10_is_unified_memory_with_a_geforces_tensor_cores():
    profile = _laptop("NVIDIA GB10", 128)
    (gpu,) = profile.gpus
    assert gpu.unified_memory and gpu.fp32_tflops == 29.71
    machine = machine_from_profile(profile)
    assert machine.unified and machine.gpus[0].shared
    est = estimate(LLAMA_8B, profile, context=512)
    assert range_family(machine, est.gpu_layers, est.total_layers) == "integrated"
    # llmfit community data (calibration half): Qwen3.5-9B Q4_K_M decodes at 35.2 tok/s under llama-server
    qwen = ModelSpec(parameters=9e9, quant="Q4_K_M", file_size_bytes=5_700_000_000)
    q = estimate(qwen, profile, context=512)
    assert q.tokens_per_second_range and q.tokens_per_second_range[0] <= 35.22 <= q.tokens_per_second_range[1]
    # its prompts run on tensor cores (NVIDIA's factor), far above the integrated Radeons' share
    amd = estimate(LLAMA_8B, _laptop("AMD Radeon(TM) 8060S Graphics", 128), context=512)
    assert est.prompt_tokens_per_second and amd.prompt_tokens_per_second
    assert est.prompt_tokens_per_second > 2 * amd.prompt_tokens_per_second
