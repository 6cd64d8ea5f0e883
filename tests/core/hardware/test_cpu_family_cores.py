"""A described processor (a hardware file, the app's what-if) without its core count gets the count its model
number says, where Intel's and AMD's numbering decides it (review "newcomer2", finding 6: an i5-8400, six cores, was
taken for four, as "Intel Core 4th-10th gen", and its prompts for 1.5x slower). Counts from Intel ark and AMD's
product pages (resources/cpu_families.json names them); a name that states its cores still wins."""

from __future__ import annotations

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing.machine import cpu_assumptions, machine_from_profile

G = 2**30


def _described(brand: str) -> dict:
    return {"ram": {"total_bytes": 8 * G}, "cpu": {"brand": brand}, "gpus": []}


def _assumed_cores(brand: str) -> tuple[int, str]:
    said = [a.values for a in cpu_assumptions(load_profile(_described(brand))) if a.code == "assume_cpu_cores"]
    assert len(said) == 1, said
    return said[0]["cores"], said[0]["basis"]


@pytest.mark.parametrize(
    ("brand", "cores"),
    [
        ("Intel(R) Core(TM) i5-8400 CPU @ 2.80GHz", 6),  # the review's machine
        ("Intel(R) Core(TM) i3-8100 CPU @ 3.60GHz", 4),
        ("Intel(R) Core(TM) i7-8700K CPU @ 3.70GHz", 6),
        ("Intel(R) Core(TM) i5-9400F CPU @ 2.90GHz", 6),
        ("Intel(R) Core(TM) i7-9700K CPU @ 3.60GHz", 8),
        ("Intel(R) Core(TM) i9-9900K CPU @ 3.60GHz", 8),
        ("Intel(R) Core(TM) i3-10100 CPU @ 3.60GHz", 4),
        ("Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz", 6),
        ("Intel(R) Core(TM) i7-10700K CPU @ 3.80GHz", 8),
        ("Intel(R) Core(TM) i9-10900K CPU @ 3.70GHz", 10),
        ("Intel(R) Core(TM) i5-7400 CPU @ 3.00GHz", 4),
        ("Intel(R) Core(TM) i3-7100 CPU @ 3.90GHz", 2),
        ("Intel(R) Core(TM) i7-4790K CPU @ 4.00GHz", 4),
        ("Intel(R) Core(TM) i7-7500U CPU @ 2.70GHz", 2),
        ("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz", 4),
        ("Intel(R) Core(TM) i5-10210U CPU @ 1.60GHz", 4),
        ("Intel(R) Core(TM) i7-7700HQ CPU @ 2.80GHz", 4),
        ("Intel(R) Core(TM) i5-9300H CPU @ 2.40GHz", 4),
        ("Intel(R) Core(TM) i7-8750H CPU @ 2.20GHz", 6),
        ("Intel(R) Core(TM) i9-9880H CPU @ 2.30GHz", 8),
        ("AMD Ryzen 5 5600G with Radeon Graphics", 6),
        ("AMD Ryzen 5 3400G with Radeon Vega Graphics", 4),
        ("AMD Ryzen 7 5700G with Radeon Graphics", 8),
        ("AMD Ryzen 3 3200G with Radeon Vega Graphics", 4),
        ("AMD Ryzen 9 5900X", 12),  # a hand-written name without AMD's "12-Core Processor"
        ("AMD Ryzen 9 7950X", 16),
        ("AMD Ryzen 5 7600", 6),
        ("AMD Ryzen 5 7640U w/ Radeon 760M Graphics", 6),
        ("AMD Ryzen 7 7840U w/ Radeon 780M Graphics", 8),
        ("AMD Ryzen 5 5500U with Radeon Graphics", 6),
        # Intel 12th-14th gen: the model number, not the generation, says the cores (4 P + 4 E up to 8 P + 16 E)
        ("13th Gen Intel(R) Core(TM) i5-13420H", 8),
        ("12th Gen Intel(R) Core(TM) i5-12450H", 8),
        ("13th Gen Intel(R) Core(TM) i7-13620H", 10),
        ("12th Gen Intel(R) Core(TM) i5-12500H", 12),
        ("12th Gen Intel(R) Core(TM) i7-1260P", 12),
        ("12th Gen Intel(R) Core(TM) i7-12700H", 14),
        ("13th Gen Intel(R) Core(TM) i7-13700HX", 16),
        ("13th Gen Intel(R) Core(TM) i9-13900HX", 24),
        ("12th Gen Intel(R) Core(TM) i5-12400F", 6),
        ("12th Gen Intel(R) Core(TM) i5-12600K", 10),
        ("13th Gen Intel(R) Core(TM) i5-13400F", 10),
        ("13th Gen Intel(R) Core(TM) i5-13600KF", 14),
        ("12th Gen Intel(R) Core(TM) i7-12700K", 12),
        ("13th Gen Intel(R) Core(TM) i7-13700K", 16),
        ("Intel(R) Core(TM) i7-14700K", 20),
        ("13th Gen Intel(R) Core(TM) i9-13900K", 24),
        # launched after the ark scrape (Intel's launch specifications): 14th gen HX laptops, Core 100U/200H
        # (Raptor Lake Refresh), Core Ultra 100 (Meteor Lake) and 200 (Arrow Lake), whose H/U chips add 2 LP E-cores
        ("Intel(R) Core(TM) i9-14900HX", 24),
        ("Intel(R) Core(TM) i7-14700HX", 20),
        ("Intel(R) Core(TM) i7-14650HX", 16),
        ("Intel(R) Core(TM) i5-14500HX", 14),
        ("Intel(R) Core(TM) i5-14450HX", 10),
        ("Intel(R) Core(TM) 3 100U", 6),
        ("Intel(R) Core(TM) 5 120U", 10),
        ("Intel(R) Core(TM) 7 150U", 10),
        ("Intel(R) Core(TM) 5 210H", 8),
        ("Intel(R) Core(TM) 5 220H", 12),
        ("Intel(R) Core(TM) 7 240H", 10),
        ("Intel(R) Core(TM) 7 250H", 14),
        ("Intel(R) Core(TM) Ultra 5 115U", 8),
        ("Intel(R) Core(TM) Ultra 7 155U", 12),
        ("Intel(R) Core(TM) Ultra 5 125H", 14),
        ("Intel(R) Core(TM) Ultra 7 155H", 16),
        ("Intel(R) Core(TM) Ultra 9 185H", 16),
        ("Intel(R) Core(TM) Ultra 5 225", 10),
        ("Intel(R) Core(TM) Ultra 5 245K", 14),
        ("Intel(R) Core(TM) Ultra 7 265K", 20),
        ("Intel(R) Core(TM) Ultra 9 285K", 24),
        ("Intel(R) Core(TM) Ultra 5 245HX", 14),
        ("Intel(R) Core(TM) Ultra 7 255HX", 20),
        ("Intel(R) Core(TM) Ultra 9 275HX", 24),
        ("Intel(R) Core(TM) Ultra 5 225H", 14),
        ("Intel(R) Core(TM) Ultra 7 255H", 16),
        ("Intel(R) Core(TM) Ultra 7 255U", 12),
        ("Intel(R) Core(TM) Ultra 3 205", 8),
        ("Intel(R) Core(TM) Ultra 7 165HL", 16),
    ],
)
def test_a_described_processor_gets_the_cores_its_model_number_says(brand, cores):
    assert _assumed_cores(brand)[0] == cores


def test_the_i5_8400_prompt_speed_is_a_six_core_ones():
    machine = machine_from_profile(load_profile(_described("Intel(R) Core(TM) i5-8400 CPU @ 2.80GHz")))
    stated = dict(_described("Intel(R) Core(TM) i5-8400 CPU @ 2.80GHz"))
    stated["cpu"] = {**stated["cpu"], "physical_cores": 6, "logical_cores": 6}
    assert machine.cpu_cores == machine_from_profile(load_profile(stated)).cpu_cores == 6


@pytest.mark.parametrize(
    ("brand", "cores"),
    [("AMD Ryzen 9 5900X 12-Core Processor", 12), ("AMD Ryzen 7 1700 Eight-Core Processor", 8)],
)
def test_a_name_that_states_its_cores_still_wins(brand, cores):
    assert _assumed_cores(brand) == (cores, "name")


def test_stated_cores_are_never_replaced_by_a_familys():
    stated = _described("Intel(R) Core(TM) i5-8400 CPU @ 2.80GHz")
    stated["cpu"]["physical_cores"] = 5  # what the file says is what counts, even when the model says otherwise
    assert "assume_cpu_cores" not in {a.code for a in cpu_assumptions(load_profile(stated))}
    assert machine_from_profile(load_profile(stated)).cpu_cores == 5


@pytest.mark.parametrize(
    ("cpu", "gpu", "cores", "efficiency"),
    [
        ({"brand": "Apple M2 Pro"}, "Apple M2 Pro", 12, 4),  # the review's MacBook Pro file: was "8, a typical laptop"
        ({"brand": "Apple M3 Pro", "arch": "arm64"}, "Apple M3 Pro (14-core GPU)", 11, 6),  # its GPU names the variant
        ({"brand": "Apple M3 Pro"}, None, 11, 6),  # no GPU to tell: the smaller processor
        ({"brand": "Apple M4 Max"}, None, 14, 4),
    ],
)
def test_an_apple_chip_named_without_counts_gets_apples_cores(cpu, gpu, cores, efficiency):
    """A hardware file that names a Mac's chip and no counts (review round 7: an M2 Pro was told "8 processor cores,
    as on a typical laptop" and llama.cpp's 4 threads) takes the chip's cores from Apple's specifications."""
    described = {"ram": {"total_bytes": 32 * G}, "cpu": cpu, "gpus": [{"name": gpu, "vendor": "apple"}] if gpu else []}
    profile = load_profile(described)
    assert (profile.cpu.physical_cores, profile.cpu.efficiency_cores) == (cores, efficiency)
    assert "assume_cpu_cores" not in {a.code for a in cpu_assumptions(profile)}
    stated = load_profile({**described, "cpu": {**cpu, "physical_cores": 10}})
    assert stated.cpu.physical_cores == 10  # a stated count still wins


def test_an_apple_chip_named_alone_is_arm_with_neon_on_macos():
    """{"cpu": {"brand": "Apple M1 Pro"}} was "arch unknown, no instructions", on an "unknown system", and its
    assumptions asked for the brand it gave (newcomer round); stated values still win."""
    profile = load_profile({"ram": {"total_bytes": 16 * G}, "cpu": {"brand": "Apple M1 Pro"}, "gpus": []})
    assert (profile.cpu.arch, profile.cpu.flags, profile.os.system) == ("arm64", ("neon",), "Darwin")
    assert "assume_cpu_isa" not in {a.code for a in cpu_assumptions(profile)}
    stated = load_profile(
        {"ram": {"total_bytes": 16 * G}, "cpu": {"brand": "Apple M1 Pro", "flags": ["neon", "dotprod"]}, "os": "Linux"}
    )
    assert stated.cpu.flags == ("neon", "dotprod") and stated.os.system == "Linux"


@pytest.mark.parametrize(
    ("short", "written_out"),
    [
        ("M1", "Apple M1"),
        ("Apple M1 7-core GPU", "Apple M1 (7-core GPU)"),
        ("m1 (8-core GPU)", "Apple M1 (8-core GPU)"),
    ],
)
def test_a_mac_named_by_its_gpu_in_short_gets_its_chips_processor(short, written_out):
    """Newcomer round: {"gpus": [{"name": "M1"}]} (or "Apple M1 7-core GPU") had the M1's bandwidth but "8 processor
    cores, as on a typical laptop" (assumed), no efficiency cores, and another 7B advice than "Apple M1" gave."""
    from advisor.core.sizing import recommend

    full = load_profile({"ram": {"total_bytes": 8 * G}, "gpus": [{"name": written_out}]})
    typed = load_profile({"ram": {"total_bytes": 8 * G}, "gpus": [{"name": short}]})
    assert typed.cpu == full.cpu and typed.cpu.brand == "Apple M1" and typed.cpu.efficiency_cores == 4
    assert "assume_cpu_cores" not in {a.code for a in cpu_assumptions(typed)}
    at_16k, want = recommend(typed, context=16384), recommend(full, context=16384)
    assert [(t.tier, t.best_quant, t.tokens_per_second) for t in at_16k.tiers] == [
        (t.tier, t.best_quant, t.tokens_per_second) for t in want.tiers
    ]
