"""A Mac described without its GPU core count gets the variant its memory says (or the smaller one, said); and on a
Mac a mixture of experts runs where it is faster, GPU or CPU, with more memory never moving it to the slower one."""

from __future__ import annotations

import dataclasses

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages.sizing import assumption
from advisor.core.messages.speaker import Speaker
from advisor.core.sizing import estimate, recommend
from advisor.core.sizing.estimate import estimate_on
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.sizing.tiers import TIERS
from advisor.core.types import FitLevel, ModelSpec

GiB = 2**30
LLAMA_8B = ModelSpec(parameters=8.03e9, quant="Q4_K_M", file_size_bytes=4_920_000_000)
EN = Speaker("en")


def _mac(gpu: str, ram_gib: int, **extra: object):
    return load_profile({"ram": {"total_bytes": ram_gib * GiB}, "gpus": [{"name": gpu, "vendor": "apple", **extra}]})


def _variant(profile) -> dict[str, object] | None:
    said = [a for a in recommend(profile).assumptions if a.code == "assume_gpu_variant"]
    return dict(said[0].values) if said else None


@pytest.mark.parametrize(
    ("chip", "ram_gib", "named"),
    [
        ("Apple M3 Max", 64, "Apple M3 Max (40-core GPU)"),
        ("Apple M3 Max", 128, "Apple M3 Max (40-core GPU)"),
        ("Apple M3 Max", 36, "Apple M3 Max (30-core GPU)"),
        ("Apple M3 Max", 96, "Apple M3 Max (30-core GPU)"),
        ("Apple M4 Max", 48, "Apple M4 Max (40-core GPU)"),
        ("Apple M4 Max", 36, "Apple M4 Max (32-core GPU)"),
    ],
)
def test_a_bare_max_chip_is_the_variant_apple_sold_with_that_memory(chip, ram_gib, named):
    bare = estimate(LLAMA_8B, _mac(chip, ram_gib), context=512)
    spelled = estimate(LLAMA_8B, _mac(named, ram_gib), context=512)
    assert (bare.tokens_per_second, bare.prompt_tokens_per_second) == (
        spelled.tokens_per_second,
        spelled.prompt_tokens_per_second,
    )
    said = _variant(_mac(chip, ram_gib))
    assert said is not None and said["variant"] == named and said["basis"] == "ram"
    assert _variant(_mac(named, ram_gib)) is None  # a name with its cores needs no assumption


def test_a_64_gb_m3_max_is_no_longer_slower_than_an_m2_max():
    m3 = estimate(LLAMA_8B, _mac("Apple M3 Max", 64), context=512)
    m2 = estimate(LLAMA_8B, _mac("Apple M2 Max", 64), context=512)
    assert m3.tokens_per_second and m2.tokens_per_second and m3.tokens_per_second >= m2.tokens_per_second


def test_where_the_memory_does_not_decide_the_smaller_variant_is_kept_and_said():
    profile = _mac("Apple M4 Pro", 48)
    said = _variant(profile)
    assert said == {
        "gpu": "Apple M4 Pro",
        "variant": "Apple M4 Pro (16-core GPU)",
        "ram_bytes": 48 * GiB,
        "other": "Apple M4 Pro (20-core GPU)",
        "basis": "smaller",
    }
    text = assumption(EN, "assume_gpu_variant", said, fields=True)
    assert "Apple M4 Pro (16-core GPU) is assumed" in text and "Apple M4 Pro (20-core GPU)" in text
    assert "gpus[].name" in text
    # an M3 Max of a memory size Apple never sold (a typo'd 40 GB): the cautious 30-core chip, said
    assert _variant(_mac("Apple M3 Max", 40))["basis"] == "smaller"  # type: ignore[index]


def test_a_stated_bandwidth_and_a_detected_mac_are_left_as_they_are():
    stated = machine_from_profile(_mac("Apple M3 Max", 64, bandwidth_gbps=350.0))
    assert stated.gpus[0].bandwidth_gbps == 350.0
    detected = machine_from_profile(_mac("Apple M3 Max", 36, source="system_profiler", bandwidth_gbps=300.0))
    assert detected.gpus[0].bandwidth_gbps == 300.0
    assert not [a for a in detected.assumptions if a.code == "assume_gpu_variant"]


QWEN_MOE = next(s for t in TIERS for s in (t.reference, *t.others) if s.name == "Qwen3-30B-A3B")


@pytest.mark.parametrize("chip", ["Apple M1", "Apple M2", "Apple M4", "Apple M2 Pro"])
def test_a_macs_mixture_of_experts_runs_where_it_is_faster_and_more_memory_never_slows_it(chip):
    """With Metal's mixture-of-experts factor, a base M1's CPU decodes Qwen3-30B-A3B faster than its GPU; the
    estimate takes the faster of the two at every memory size, so the choice never flips back and forth."""
    spec = dataclasses.replace(QWEN_MOE, quant="Q4_K_M")
    speeds = []
    for ram_gib in range(24, 129, 8):
        profile = load_profile(
            {
                "ram": {"total_bytes": ram_gib * GiB},
                "gpus": [{"name": chip, "vendor": "apple"}],
                "cpu": {"brand": chip, "arch": "arm64"},
            }
        )
        machine = machine_from_profile(profile)
        est = estimate_on(spec, machine, context=4096)
        cpu = estimate_on(spec, dataclasses.replace(machine, gpus=(), unified=False), context=4096)
        assert est.fit != FitLevel.TOO_LARGE and est.tokens_per_second
        assert cpu.tokens_per_second is not None and est.tokens_per_second >= cpu.tokens_per_second
        speeds.append(est.tokens_per_second)
    assert speeds == sorted(speeds)
