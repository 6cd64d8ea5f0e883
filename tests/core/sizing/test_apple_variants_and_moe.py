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


@pytest.mark.parametrize("chip", ["Apple M1", "Apple M2", "Apple M4", "Apple M2 Pro", "Apple M2 Ultra"])
def test_a_macs_mixture_of_experts_runs_on_its_gpu_once_the_gpu_holds_it_and_says_what_the_cpu_would_do(chip):
    """With Metal's mixture-of-experts factor, a base chip's or an Ultra's CPU is estimated to decode Qwen3-30B-A3B
    faster than its GPU. Where the GPU cannot hold it whole it runs where it is faster; from the memory size where
    the GPU holds it, on the GPU at every larger size (no flipping back and forth), its remark giving the processor's
    figures where those are faster, so that the smaller Mac's higher figure is explained."""
    spec = dataclasses.replace(QWEN_MOE, quant="Q4_K_M")
    places = []
    for ram_gib in range(16, 129, 8):
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
        if est.fit == FitLevel.TOO_LARGE:
            continue
        assert est.tokens_per_second and cpu.tokens_per_second
        said = [r for r in est.remarks if r.code == "mac_cpu_decodes_faster"]
        if est.fit == FitLevel.FULL_GPU:
            if cpu.tokens_per_second > est.tokens_per_second:
                assert said and said[0].values["cpu_tokens_per_second"] == cpu.tokens_per_second
                assert said[0].values["cpu_prompt_tokens_per_second"] == cpu.prompt_tokens_per_second
                assert cpu.prompt_tokens_per_second < est.prompt_tokens_per_second
            else:
                assert not said
        else:  # the GPU cannot hold it whole: the faster of the two
            assert not said and est.tokens_per_second >= cpu.tokens_per_second
        places.append(est.fit == FitLevel.FULL_GPU)
    assert places == sorted(places) and places[-1]  # once on the GPU, on it at every larger size
