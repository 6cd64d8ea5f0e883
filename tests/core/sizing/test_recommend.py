from __future__ import annotations

import dataclasses
import itertools
import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from advisor.core.sizing import QUANT_LADDER, TIERS, estimate, recommend, tier_for_parameters
from advisor.core.sizing.reasons import REASON_KEYS
from advisor.core.types import FitLevel, GpuVendor
from tests.core.sizing.profiles import GiB, apple, integrated, machine, nvidia

TIER_ORDER = [t.name for t in TIERS]


def _rank(tier: str | None) -> int:
    return -1 if tier is None else TIER_ORDER.index(tier)


@pytest.mark.parametrize(
    ("parameters", "tier"),
    [
        (1.24e9, "3B"),
        (3.8e9, "3B"),
        (4.4e9, "3B"),
        (4.6e9, "7B"),
        (8.03e9, "7B"),
        (9.24e9, "7B"),
        (12.2e9, "13B"),
        (14.77e9, "13B"),
        (20.4e9, "13B"),
        (24e9, "40B"),
        (32.76e9, "40B"),
        (46.7e9, "40B"),
        (70.55e9, "70B"),
        (123e9, "70B"),
    ],
)
def test_classes_follow_the_issue_by_whole_billions(parameters, tier):
    assert tier_for_parameters(parameters).name == tier


def test_each_reference_model_belongs_to_its_class():
    for tier in TIERS:
        assert tier_for_parameters(tier.reference.parameters) is tier
        assert tier.reference.layers and tier.reference.kv_heads and tier.reference.vocab
    bounds = [(t.min_parameters, t.max_parameters) for t in TIERS]
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))  # no gaps, no overlaps
    assert bounds[0][0] == 0 and math.isinf(bounds[-1][1])


def test_common_machines_get_the_class_people_expect():
    rtx4090 = recommend(machine(64, gpus=(nvidia(vram_gib=24, free_gib=23),)))
    rtx3060 = recommend(machine(32, gpus=(nvidia("NVIDIA GeForce RTX 3060", 12, 11.2, 360),)))
    mac_m1_16 = recommend(machine(16, 10, ram_gbps=68, gpus=(apple(16, 68, "Apple M1"),)))
    assert (rtx4090.tier, rtx4090.fit) == ("40B", FitLevel.FULL_GPU)  # Qwen2.5-32B Q4_K_M on one 4090
    assert rtx4090.model == "Qwen2.5-32B"  # dense, comfortably fast: the class's own model
    # 40B through the mixture of experts (GPU + RAM); a 13B class model fully on the GPU
    assert (rtx3060.tier, rtx3060.model, rtx3060.fit) == ("40B", "Qwen3-30B-A3B", FitLevel.PARTIAL_OFFLOAD)
    assert next(t for t in rtx3060.tiers if t.tier == "13B").fit == FitLevel.FULL_GPU
    # a 14B fits the M1's GPU share of 16 GB and decodes at ~5–6 tok/s at 68 GB/s
    assert (mac_m1_16.tier, mac_m1_16.model) == ("13B", "Qwen2.5-14B")
    for rec in (rtx4090, rtx3060, mac_m1_16):
        assert rec.quant in ("Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M") and rec.tokens_per_second >= 5


def test_reasons_say_what_the_next_class_needs():
    rec = recommend(machine(4, 3.5, gpus=(nvidia("NVIDIA GeForce RTX 3060", 12, 11.2, 360),)))
    codes = [r.code for r in rec.reasons]
    assert codes[0] == "tier_chosen" and rec.reasons[0].values["tier"] == "13B"
    need = next(r for r in rec.reasons if r.code == "next_tier_needs_memory")
    forty = next(t for t in rec.tiers if t.tier == "40B")
    # too large: what ran out is system RAM (the card holds its part beside it), never GPU and RAM added together
    assert need.values["tier"] == "40B" and need.values["memory"] == "ram"
    assert rec.budget is not None and 0 < need.values["gpu_bytes"] <= rec.budget.gpu_bytes
    assert need.values["needs_bytes"] > need.values["available_bytes"] == rec.budget.usable_bytes
    # it runs usably below Q4_K_M: the row shows that quant and its need, as the reason below the table says — the
    # class's best low quant (Mistral-Small-24B at IQ4_XS), not its largest model's (Qwen2.5-32B at Q2_K)
    low = next(r for r in rec.reasons if r.code == "next_tier_low_quant_only")
    assert forty.runs == "low_quant" and forty.best_quant == low.values["quant"] == "IQ4_XS"
    assert forty.model == "Mistral-Small-24B"
    assert forty.needs_bytes <= forty.available_bytes and forty.tokens_per_second is not None
    for r in rec.reasons:
        assert set(r.values) == set(REASON_KEYS[r.code])


def test_within_a_class_quality_gives_way_to_speed_near_the_threshold():
    slow_box = machine(16, 12, ram_gbps=40, cores=6)  # 7B runs on the CPU at 6-10 tokens/s
    rec = recommend(slow_box)
    seven = next(t for t in rec.tiers if t.tier == "7B")
    assert seven.best_quant == "Q4_K_M" and seven.tokens_per_second >= 5
    fast = recommend(machine(64, gpus=(nvidia(vram_gib=24, free_gib=23),)))
    three = next(t for t in fast.tiers if t.tier == "3B")
    assert three.best_quant == "Q8_0"  # plenty of speed: the best quality


def test_a_higher_speed_threshold_never_raises_the_class():
    box = machine(64, 56, ram_gbps=60, cores=8)
    tiers = [_rank(recommend(box, min_tokens_per_second=x).tier) for x in (1, 3, 5, 10, 20)]
    assert tiers == sorted(tiers, reverse=True) and tiers[0] > tiers[-1]


def test_tiny_machines_get_a_low_quant_with_a_warning_or_nothing():
    rec = recommend(machine(3, 2.4, ram_gbps=20, cores=4))  # 1.9 GiB usable: 3B fits only below Q4_K_M
    assert rec.tier == "3B" and rec.quant in ("IQ4_XS", "Q3_K_M", "Q2_K")
    codes = [r.code for r in rec.reasons]
    assert codes[0] == "tier_chosen" and "low_quant" in codes
    assert next(t for t in rec.tiers if t.tier == "3B").fits is False
    none = recommend(machine(2, 1.5, ram_gbps=10, cores=2))
    assert none.tier is None and none.reasons[0].code == "nothing_runs"


def test_longer_context_needs_more_memory_per_class():
    box = machine(32, gpus=(nvidia("NVIDIA GeForce RTX 3060", 12, 11.2, 360),))
    short, long = recommend(box, context=4096), recommend(box, context=65536)
    assert _rank(long.tier) <= _rank(short.tier)
    for a, b in zip(short.tiers, long.tiers, strict=True):
        if (a.model, a.best_quant) == (b.model, b.best_quant):  # the same file: only the context differs
            assert b.needs_bytes > a.needs_bytes
    assert any((a.model, a.best_quant) == (b.model, b.best_quant) for a, b in zip(short.tiers, long.tiers, strict=True))


_gpu = st.one_of(
    st.none(),
    st.tuples(
        st.sampled_from([GpuVendor.NVIDIA, GpuVendor.AMD]), st.floats(2, 48), st.floats(0.3, 1.0), st.floats(150, 1800)
    ),
    st.tuples(st.just(GpuVendor.APPLE), st.just(0.0), st.just(1.0), st.floats(60, 800)),
    # integrated graphics (Iris Xe, Radeon 780M): a carve-out, its bandwidth that of RAM unless stated
    st.tuples(st.just(GpuVendor.INTEL), st.floats(0.25, 4), st.just(1.0), st.one_of(st.none(), st.floats(40, 250))),
)


@settings(max_examples=60, deadline=None)
@given(
    ram=st.floats(4, 256),
    avail_share=st.floats(0.3, 0.95),
    extra_ram=st.floats(0, 128),
    gpu=_gpu,
    gpus=st.integers(1, 2),
    extra_vram=st.floats(0, 24),
    ram_gbps=st.floats(10, 120),
    cores=st.integers(2, 32),
    context=st.sampled_from([2048, 4096, 16384]),
)
# an Apple GPU slower than its CPU: the 13B class ran on the CPU, and with more memory moved onto the slower GPU,
# where it no longer ran usably (the model now runs where it is faster, as on integrated graphics)
@example(
    ram=35.0,
    avail_share=0.3046875,
    extra_ram=25.0,
    gpu=(GpuVendor.APPLE, 0.0, 1.0, 60.0),
    gpus=1,
    extra_vram=0.0,
    ram_gbps=56.0,
    cores=4,
    context=4096,
)
# integrated graphics with a carve-out larger than the RAM the programs leave free: it was taken for memory apart
# from RAM (as a Strix Halo's 96 GB are) at a discrete card's efficiency, and lost both with 1 GiB more RAM
@example(
    ram=4.0,
    avail_share=0.75,
    extra_ram=1.0,
    gpu=(GpuVendor.INTEL, 3.0, 1.0, None),
    gpus=1,
    extra_vram=0.0,
    ram_gbps=10.5,
    cores=2,
    context=2048,
)
def test_more_memory_never_recommends_a_smaller_class(
    ram, avail_share, extra_ram, gpu, gpus, extra_vram, ram_gbps, cores, context
):
    def box(ram_gib: float, vram_extra: float):
        devices = ()
        if gpu is not None:
            vendor, vram, free_share, gbps = gpu
            if vendor == GpuVendor.APPLE:
                devices = (apple(ram_gib, gbps),)
            elif vendor == GpuVendor.INTEL:
                devices = (integrated(carve_gib=vram, gbps=gbps),)
            else:
                total = vram + vram_extra
                devices = tuple(nvidia("GPU", total, total * free_share, gbps) for _ in range(gpus))
        return machine(ram_gib, ram_gib * avail_share, ram_gbps=ram_gbps, cores=cores, gpus=devices)

    small = recommend(box(ram, 0), context=context)
    big = recommend(box(ram + extra_ram, extra_vram), context=context)
    assert _rank(big.tier) >= _rank(small.tier)
    for a, b in zip(small.tiers, big.tiers, strict=True):
        assert b.fits or not a.fits
        # a GPU too full for one layer is sized from RAM: more memory may move the comparison to VRAM, never back;
        # compared with the same memory, more memory never shows less available
        assert (a.memory, b.memory) != ("vram", "ram")
        if a.memory == b.memory:
            assert b.available_bytes >= a.available_bytes - 1


def _rtx3060_with_free(free_gib: float):
    return machine(32, gpus=(nvidia("NVIDIA GeForce RTX 3060", 12, free_gib, 360),))


def test_a_gpu_whose_memory_another_program_holds_is_sized_as_the_cpu_machine_it_is():
    taken = recommend(_rtx3060_with_free(0))
    cpu_only = recommend(machine(32))
    assert (taken.tier, taken.quant, taken.fit) == (cpu_only.tier, cpu_only.quant, FitLevel.CPU_ONLY)
    # every class is compared with RAM, as on the same PC without the card, not with "0 MiB free"
    assert taken.tiers == cpu_only.tiers and all(t.memory == "ram" for t in taken.tiers)
    assert all(r.values.get("memory") != "vram" for r in taken.reasons)
    held = [r for r in taken.reasons if r.code == "gpu_memory_in_use"]
    assert held and held[0].values == {"vram_free_bytes": 0, "vram_total_bytes": 12 * GiB}
    assert "gpu_memory_in_use" not in [r.code for r in recommend(_rtx3060_with_free(11.2)).reasons]


def test_freeing_vram_step_by_step_never_gives_a_smaller_class_nor_a_flip_back_to_ram():
    boxes = [_rtx3060_with_free(mib / 1024) for mib in range(0, 2048, 32)]
    recs = [recommend(box) for box in boxes]
    ranks = [_rank(r.tier) for r in recs]
    assert ranks == sorted(ranks)
    taken = ["gpu_memory_in_use" in [r.code for r in rec.reasons] for rec in recs]
    assert taken == sorted(taken, reverse=True) and taken[0] and not taken[-1]  # once usable, never "taken" again
    first_gpu = taken.index(False)

    # the switch is where the GPU first takes a layer of some class at some quant: one layer, not a guess
    def offloads(box) -> bool:
        return any(
            estimate(dataclasses.replace(ref, quant=q), box).gpu_layers > 0
            for t in TIERS
            for ref in t.references
            for q in QUANT_LADDER
        )

    assert first_gpu > 0 and offloads(boxes[first_gpu]) and not offloads(boxes[first_gpu - 1])
    for rec, is_taken in zip(recs, taken, strict=True):
        if is_taken:  # sized as the CPU-only machine it is: every row against RAM
            assert all(t.memory == "ram" for t in rec.tiers)
    # each row compares like with like; rows of one kind only ever see more memory as VRAM frees up
    for kind in ("vram", "vram_ram"):
        seen = [
            next(t.available_bytes for t in r.tiers if t.memory == kind)
            for r in recs[first_gpu:]
            if any(t.memory == kind for t in r.tiers)
        ]
        assert seen == sorted(seen)


def test_recommendation_carries_the_threshold_and_context():
    rec = recommend(machine(32), context=8192, min_tokens_per_second=7.5)
    assert rec.context == 8192 and rec.min_tokens_per_second == 7.5
    assert [t.tier for t in rec.tiers] == TIER_ORDER
    assert all(t.available_bytes == rec.tiers[0].available_bytes for t in rec.tiers)
    assert rec.tiers[0].available_bytes < 32 * GiB * 0.8
