from __future__ import annotations

import dataclasses

import pytest

from advisor.core.sizing import bits_per_weight, estimate
from advisor.core.sizing.memory import kv_cache_bytes
from advisor.core.sizing.shape import complete_shape
from advisor.core.sizing.tiers import LLAMA_3_1_8B, LLAMA_3_1_70B, QWEN_2_5_7B, QWEN_2_5_32B
from advisor.core.types import FitLevel, ModelSpec
from tests.core.sizing.profiles import GiB, apple, machine, nvidia

MiB = 2**20
L8_Q4 = dataclasses.replace(LLAMA_3_1_8B, quant="Q4_K_M", file_size_bytes=int(4.58 * GiB))
L8_F16 = dataclasses.replace(
    LLAMA_3_1_8B, quant="F16", file_size_bytes=int(14.96 * GiB), token_embedding_bytes=128256 * 4096 * 2
)


def test_kv_cache_matches_the_reference_numbers():
    # Llama-3-8B: 128 KiB per token at f16 → 1 GiB at 8192; Llama-3-70B: 320 KiB → 2.5 GiB
    assert kv_cache_bytes(LLAMA_3_1_8B, complete_shape(LLAMA_3_1_8B), 8192, "f16") == 1 * GiB
    assert kv_cache_bytes(LLAMA_3_1_70B, complete_shape(LLAMA_3_1_70B), 8192, "f16") == int(2.5 * GiB)
    q8 = kv_cache_bytes(LLAMA_3_1_8B, complete_shape(LLAMA_3_1_8B), 8192, "q8_0")
    q4 = kv_cache_bytes(LLAMA_3_1_8B, complete_shape(LLAMA_3_1_8B), 8192, "q4_0")
    assert q8 == int(GiB * 34 / 64) and q4 == int(GiB * 18 / 64)


def test_context_is_padded_to_256_cells_like_llama_cpp():
    shape = complete_shape(LLAMA_3_1_8B)
    assert kv_cache_bytes(LLAMA_3_1_8B, shape, 1000, "f16") == kv_cache_bytes(LLAMA_3_1_8B, shape, 1024, "f16")


def test_sliding_window_layers_hold_only_their_window():
    gemma = ModelSpec(
        parameters=12e9,
        quant="Q4_K_M",
        layers=48,
        embedding=3840,
        heads=16,
        kv_heads=8,
        head_dim=256,
        vocab=262144,
        sliding_window=1024,
        sliding_window_layers=40,
    )
    full = dataclasses.replace(gemma, sliding_window=None, sliding_window_layers=None)
    with_swa = estimate(gemma, machine(), context=32768)
    without = estimate(full, machine(), context=32768)
    # 8 full layers × 32768 cells + 40 window layers × (1024 + 512) cells, of 8 × 512 f16 elements each
    assert with_swa.memory.kv_cache_bytes == 8 * 512 * 2 * (8 * 32768 + 40 * 1536)
    assert with_swa.memory.kv_cache_bytes < without.memory.kv_cache_bytes / 4
    assert "sliding_window" in with_swa.notes


def test_a_long_context_costs_kv_memory_not_weights():
    short = estimate(L8_Q4, machine(), context=2048)
    long = estimate(L8_Q4, machine(), context=32768)
    assert long.memory.weights_bytes == short.memory.weights_bytes == int(4.58 * GiB)
    assert long.memory.kv_cache_bytes - short.memory.kv_cache_bytes == 30 * 128 * 2**20 // 32 * 32


def test_a_context_too_large_for_the_machine_is_said_to_be_the_context_not_the_weights():
    """An 8B at 200K on an 18 GB Mac: 4.5 GiB of weights, 25 GiB of KV cache, and the note said "It would read
    weights from disk" with no word of the context that made it too large."""
    too_long = estimate(L8_Q4, machine(16), context=204_800)
    assert too_long.fit == FitLevel.TOO_LARGE and too_long.memory.kv_cache_bytes > too_long.memory.weights_bytes
    assert "context_too_large" in too_long.notes and "weights_exceed_ram" not in too_long.notes
    too_big = estimate(dataclasses.replace(LLAMA_3_1_70B, quant="Q4_K_M"), machine(16), context=4096)
    assert too_big.fit == FitLevel.TOO_LARGE and "weights_exceed_ram" in too_big.notes
    assert "context_too_large" not in too_big.notes
    # a 70B at 128K: its cache outweighs its weights, but it does not fit at 4K either: the weights are said
    both = estimate(dataclasses.replace(LLAMA_3_1_70B, quant="Q4_K_M"), machine(16), context=131_072)
    assert both.memory.kv_cache_bytes > both.memory.weights_bytes
    assert "weights_exceed_ram" in both.notes and "context_too_large" not in both.notes
    # a cache already quantised: no "-ctk q8_0" advice (q8_0 would grow a q4_0 cache)
    q4 = estimate(L8_Q4, machine(16), context=524_288, kv_type="q4_0")
    assert q4.fit == FitLevel.TOO_LARGE and "context_too_large_quantised_kv" in q4.notes
    assert "context_too_large" not in q4.notes


def test_full_offload_keeps_the_token_embedding_in_ram():
    est = estimate(L8_F16, machine(64, gpus=(nvidia(vram_gib=24, free_gib=23),)), context=8192)
    assert est.fit == FitLevel.FULL_GPU and est.gpu_layers == est.total_layers == 32
    embedding = 128256 * 4096 * 2  # ~1 GiB of F16 that needs no VRAM
    assert est.memory.ram_bytes >= embedding
    assert est.memory.vram_bytes < 14.96 * GiB - embedding + 1 * GiB + 1 * GiB  # weights - embedding + KV + buffers
    assert "embedding_in_host_ram" in est.notes


def test_free_vram_counts_not_total():
    busy = nvidia(vram_gib=8, free_gib=3)
    idle = nvidia(vram_gib=8, free_gib=7.5)
    assert estimate(L8_Q4, machine(gpus=(idle,))).fit == FitLevel.FULL_GPU
    est = estimate(L8_Q4, machine(gpus=(busy,)))
    assert est.fit == FitLevel.PARTIAL_OFFLOAD and 0 < est.gpu_layers < 32


def test_partial_offload_gives_more_layers_and_speed_with_more_vram():
    results = [
        estimate(L8_F16, machine(64, gpus=(nvidia(vram_gib=v, free_gib=v),)), context=4096) for v in (4, 6, 8, 10, 12)
    ]
    layers = [e.gpu_layers for e in results]
    speeds = [e.tokens_per_second for e in results]
    assert all(e.fit == FitLevel.PARTIAL_OFFLOAD for e in results)
    assert layers == sorted(layers) and layers[0] < layers[-1] < 32
    assert speeds == sorted(speeds)
    # the CPU part dominates: with half the layers on a 1 TB/s GPU the speed is far below the full-GPU speed
    full = estimate(L8_F16, machine(64, gpus=(nvidia(vram_gib=24, free_gib=24),)), context=4096)
    assert results[-1].tokens_per_second < full.tokens_per_second / 2
    assert results[-1].memory.vram_bytes <= 12 * GiB - 512 * MiB


def test_cpu_only_and_too_large_by_available_ram():
    est = estimate(L8_Q4, machine(16, 12))
    assert est.fit == FitLevel.CPU_ONLY and est.gpu_layers == 0 and est.memory.vram_bytes == 0
    assert est.memory.ram_bytes == est.memory.total_bytes
    assert estimate(L8_Q4, machine(8, 3)).fit == FitLevel.TOO_LARGE  # 3 GiB available minus the OS reserve
    big = estimate(dataclasses.replace(LLAMA_3_1_70B, quant="Q4_K_M"), machine(32, 28))
    assert big.fit == FitLevel.TOO_LARGE and big.tokens_per_second is None


def test_apple_gpu_uses_only_its_working_set():
    spec = dataclasses.replace(QWEN_2_5_32B, quant="Q4_K_M")  # ~18.4 GiB of weights
    small = estimate(spec, machine(24, 20, ram_gbps=200, gpus=(apple(24, 200, "Apple M4 Pro"),)))
    large = estimate(spec, machine(48, 40, ram_gbps=273, gpus=(apple(48, 273, "Apple M4 Pro"),)))
    assert small.fit != FitLevel.FULL_GPU  # 2/3 of 24 GiB = 16 GiB is not enough
    assert large.fit == FitLevel.FULL_GPU  # 3/4 of 48 GiB = 36 GiB is
    assert "unified_memory" in large.notes


def test_two_gpus_pool_their_memory_with_a_margin_each():
    spec = dataclasses.replace(QWEN_2_5_32B, quant="Q4_K_M")
    one = estimate(spec, machine(64, gpus=(nvidia("RTX 3090", 24, 16, 936),)))
    two = estimate(spec, machine(64, gpus=(nvidia("RTX 3090", 24, 16, 936), nvidia("RTX 3090", 24, 16, 936))))
    assert one.fit == FitLevel.PARTIAL_OFFLOAD
    assert two.fit == FitLevel.FULL_GPU and "multi_gpu" in two.notes
    assert two.memory.vram_bytes <= 2 * (16 * GiB - 512 * MiB)


def test_speed_matches_the_public_rtx_4090_anchor():
    """llama.cpp on an RTX 4090: Llama-3-8B Q4_K_M ≈ 128 tok/s, F16 ≈ 54 tok/s (reference/sizing.md)."""
    box = machine(64, gpus=(nvidia(vram_gib=24, free_gib=23),))
    q4 = estimate(L8_Q4, box, context=4096)
    f16 = estimate(L8_F16, box, context=4096)
    assert q4.tokens_per_second == pytest.approx(128, rel=0.15)
    assert f16.tokens_per_second == pytest.approx(54, rel=0.15)
    for est in (q4, f16):
        low, high = est.tokens_per_second_range
        assert low < est.tokens_per_second < high


def test_mixture_of_experts_is_fast_for_its_size():
    dense = ModelSpec(
        parameters=30.5e9, quant="Q4_K_M", layers=48, embedding=2048, heads=32, kv_heads=4, head_dim=128, vocab=151936
    )
    moe = dataclasses.replace(dense, experts=128, active_experts=8, active_parameters=3.3e9)
    box = machine(64, ram_gbps=60, cores=8)
    d, m = estimate(dense, box), estimate(moe, box)
    assert m.memory.weights_bytes == d.memory.weights_bytes
    assert m.tokens_per_second > 5 * d.tokens_per_second
    assert "moe_active_parameters" in m.notes
    # without the file's tensors, the active share comes from the expert counts
    guessed = estimate(dataclasses.replace(moe, active_parameters=None), box)
    assert guessed.tokens_per_second == pytest.approx(m.tokens_per_second, rel=0.25)


def test_weights_from_bits_per_weight_when_no_file_size():
    est = estimate(ModelSpec(parameters=70.55e9, quant="Q4_K_M"), machine(128, 120))
    assert est.memory.weights_bytes == int(70.55e9 * 4.82 / 8)
    assert "weights_from_bits_per_weight" in est.notes
    [borrowed] = [r for r in est.remarks if r.code == "shape_from_reference"]
    assert borrowed.values == {"model": "Llama-3.1-70B", "layers": 80, "typed": True}  # named, and --model said
    assert bits_per_weight("q4_k_m") == 4.82 and bits_per_weight("Q8_0") == 8.5


def test_quantised_cache_and_training_context_notes():
    est = estimate(dataclasses.replace(L8_Q4, context_train=8192), machine(), context=16384, kv_type="q8_0")
    assert {"quantised_kv_cache", "context_above_training"} <= set(est.notes)


def test_bad_inputs_raise_value_error():
    with pytest.raises(ValueError):
        estimate(L8_Q4, machine(), context=0)
    with pytest.raises(ValueError):
        estimate(L8_Q4, machine(), kv_type="q3_x")
    with pytest.raises(ValueError):
        estimate(ModelSpec(parameters=8e9, quant="Q9_Z"), machine())


def test_unknown_bandwidth_is_assumed_and_said():
    est = estimate(L8_Q4, machine(ram_gbps=None))
    assert est.tokens_per_second and "ram_bandwidth_assumed" in est.notes


def test_an_estimated_ram_bandwidth_is_said_too():
    # detect (when its copy test fails) and a hand-written --hardware file fill in a typical PC's figure,
    # marked "estimated": the speeds built on it must say so, as for no figure at all
    from advisor.core.hardware.profile_io import load_profile

    profile = load_profile({"ram": {"total_bytes": 16 * 2**30}, "gpus": []})
    assert profile.ram.bandwidth_source == "estimated"
    assert "ram_bandwidth_assumed" in estimate(L8_Q4, profile).notes
    assert "ram_bandwidth_assumed" not in estimate(L8_Q4, machine(ram_gbps=60.0)).notes  # measured: no note


def test_a_vision_projector_is_added_where_llama_cpp_loads_it():
    """llava-v1.5-7b's projector (mmproj, ~600 MiB F16) sits on the first GPU when one is used, else in RAM, with
    its compute buffer for one image beside it; the image's own buffers are in RAM (a Gemma-3-sized projector's
    figures when its header is not known: tests/core/sizing/test_projector.py checks them against llama-server)."""
    import dataclasses as dc

    from advisor.core.hardware.profile_io import load_profile
    from advisor.core.sizing.projector import projector_compute_bytes, projector_host_bytes
    from advisor.core.sizing.tiers import QWEN_2_5_7B

    gpu = load_profile(
        {
            "ram": {"total_bytes": 32 * 2**30},
            "gpus": [{"name": "NVIDIA GeForce RTX 3060", "vram_total_bytes": 12 * 2**30}],
        }
    )
    cpu = load_profile({"ram": {"total_bytes": 16 * 2**30}, "gpus": []})
    text = dc.replace(QWEN_2_5_7B, quant="Q4_K_M")
    vision = dc.replace(text, projector_bytes=600 * 2**20)
    compute, host = projector_compute_bytes(), projector_host_bytes()
    assert (compute, host) == (162_398_208, 46_497_792)  # ~155 MiB and ~44 MiB
    a, b = estimate(text, gpu), estimate(vision, gpu)
    assert b.memory.vram_bytes - a.memory.vram_bytes == 600 * 2**20 + compute
    assert b.memory.ram_bytes - a.memory.ram_bytes == host
    a, b = estimate(text, cpu), estimate(vision, cpu)
    assert b.memory.ram_bytes - a.memory.ram_bytes == 600 * 2**20 + compute + host
    for profile in (gpu, cpu):
        a, b = estimate(text, profile), estimate(vision, profile)
        assert b.memory.weights_bytes - a.memory.weights_bytes == 600 * 2**20
        assert b.memory.total_bytes - a.memory.total_bytes == 600 * 2**20 + compute + host
        assert "vision_projector" in b.notes and "vision_projector" not in a.notes


@pytest.mark.parametrize("parameters", [7.5e9, 7.6e9, 7.62e9, 7.8e9, 7.82e9])
def test_a_size_of_qwen25_7b_is_sized_as_qwen25_7b(parameters):
    """Newcomer round (Santiago): `--params 7.6` for Qwen2.5-Coder-7B had Llama-3.1-8B's 32 layers of 8 KV heads,
    4.0 GiB of cache at 32K and "27 of 32 layers" on an 8 GB card, where `recommend` had Qwen2.5-7B whole on it
    (28 layers of 4 KV heads: 1.75 GiB); its size is that model's, and the remark names it."""
    spec = ModelSpec(parameters=parameters, quant="Q4_K_M")
    shape = complete_shape(spec)
    assert (shape.layers, shape.kv_heads) == (QWEN_2_5_7B.layers, QWEN_2_5_7B.kv_heads)
    est = estimate(spec, machine(16, gpus=(nvidia("NVIDIA GeForce RTX 4060", 8, 7.5, 272.0),)), context=32768)
    assert est.memory.kv_cache_bytes == kv_cache_bytes(QWEN_2_5_7B, complete_shape(QWEN_2_5_7B), 32768, "f16")
    assert est.fit == FitLevel.FULL_GPU
    assert any(r.code == "shape_from_reference" and r.values["model"] == "Qwen2.5-7B" for r in est.remarks)
    assert complete_shape(ModelSpec(parameters=8e9, quant="Q4_K_M")).layers == LLAMA_3_1_8B.layers  # an 8B: Llama's
    # nearer Llama-3.1-8B than Qwen2.5-7B (past their geometric middle, 7.82 B), though within 3 % of Qwen: Llama's
    assert complete_shape(ModelSpec(parameters=7.84e9, quant="Q4_K_M")).layers == LLAMA_3_1_8B.layers
    # the model named is the one borrowed from, with its own layers, also where the person gave theirs
    given = estimate(ModelSpec(parameters=parameters, quant="Q4_K_M", layers=40), machine(16))
    [said] = [r for r in given.remarks if r.code == "shape_from_reference"]
    assert said.values == {"model": "Qwen2.5-7B", "layers": 28, "typed": False} and given.total_layers == 40
