"""The base Apple chips come with two GPUs (M1 7/8 cores, M2-M5 8/10; the entry MacBook Air has the smaller one): on
the same memory, so decode is the same, but the smaller GPU reads a prompt more slowly. A Mac's detected core count
or a hardware file's name with the cores picks the GPU; a bare name keeps the chip's full GPU, as before, and says
so."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace

import pytest

from advisor.core.hardware import detect
from advisor.core.hardware.gpu_table import all_gpus, apple_variant, lookup_gpu
from advisor.core.hardware.profile_io import load_profile, what_if
from advisor.core.messages.sizing import assumption
from advisor.core.messages.speaker import Speaker
from advisor.core.resources import resource_path
from advisor.core.sizing import estimate, recommend
from advisor.core.types import FitLevel, ModelSpec

from .conftest import DATA, GIB, quick, replay

MISTRAL_NEMO = ModelSpec(parameters=12.25e9, quant="Q4_K_M", file_size_bytes=7_480_000_000)
EN = Speaker("en")
BASE_ROW = re.compile(r"Apple M\d \((\d+)-core GPU\)")
# the base chips' GPUs (Apple's configurations; the first is what the bare name means)
BASE_CHIPS = {"Apple M1": (8, 7), "Apple M2": (10, 8), "Apple M3": (10, 8), "Apple M4": (10, 8), "Apple M5": (10, 8)}


def _detected_m2(tmp_path, cores: int):
    """A 16 GB MacBook Air M2 as detect() sees it: the M1 capture with the M2's name, memory and GPU cores."""
    m1 = DATA / "apple" / "m1-8gb"
    displays = (m1 / "system_profiler.json").read_text(encoding="utf-8").replace("Apple M1", "Apple M2")
    displays = displays.replace('"sppci_cores" : "8"', f'"sppci_cores" : "{cores}"')
    sysctl = f"hw.memsize: {16 * GIB}\nmachdep.cpu.brand_string: Apple M2\n"
    runner = replay(
        {
            "sysctl hw.memsize machdep.cpu.brand_string": sysctl,
            "sysctl iogpu.wired_limit_mb": m1 / "wired.txt",
            "system_profiler SPDisplaysDataType -json": displays,
            "sysctl hw.nperflevels hw.perflevel0.physicalcpu hw.perflevel1.physicalcpu": m1 / "perflevels.txt",
        }
    )
    home = tmp_path / f"home{cores}"
    home.mkdir()
    return detect(
        **quick(
            home,
            runner=runner,
            system="Darwin",
            virtual_memory=lambda: SimpleNamespace(total=16 * GIB, available=11 * GIB),
            cpuinfo=lambda: {"brand_raw": "Apple M2", "arch": "ARM_8", "flags": []},
            cpu_cores=lambda: (8, 8),
        )
    )


def _file_mac(gpu: str, **extra: object):
    return load_profile(
        {"ram": {"total_bytes": 16 * GIB}, "cpu": {"brand": "Apple M2"}, "gpus": [{"name": gpu, **extra}]}
    )


def _variant_said(profile) -> dict[str, object] | None:
    said = [a for a in recommend(profile).assumptions if a.code == "assume_gpu_variant"]
    return dict(said[0].values) if said else None


def test_a_detected_8_core_macbook_air_m2_reads_prompts_slower_at_the_same_decode(tmp_path):
    eight = _detected_m2(tmp_path, 8)
    ten = _detected_m2(tmp_path, 10)
    assert [g.name for g in eight.gpus] == ["Apple M2"]  # macOS names the chip; the cores come apart
    small = estimate(MISTRAL_NEMO, eight, context=512)
    full = estimate(MISTRAL_NEMO, ten, context=512)
    assert small.prompt_tokens_per_second and full.prompt_tokens_per_second
    # prompt processing is compute-bound: 8 of 10 cores, within the rounding of the table's rates
    assert 0.75 <= small.prompt_tokens_per_second / full.prompt_tokens_per_second <= 0.85
    assert small.tokens_per_second == full.tokens_per_second  # decode reads the same 100 GB/s
    assert small.fit == full.fit == FitLevel.FULL_GPU
    # macOS counted the cores: nothing about them is assumed
    assert _variant_said(eight) is None and _variant_said(ten) is None


def test_a_hardware_file_names_the_gpu_with_its_cores_as_macos_shows_them():
    small = estimate(MISTRAL_NEMO, _file_mac("Apple M2 (8-core GPU)"), context=512)
    full = estimate(MISTRAL_NEMO, _file_mac("Apple M2 (10-core GPU)"), context=512)
    assert small.prompt_tokens_per_second and full.prompt_tokens_per_second
    assert 0.75 <= small.prompt_tokens_per_second / full.prompt_tokens_per_second <= 0.85
    assert small.tokens_per_second == full.tokens_per_second
    assert _variant_said(_file_mac("Apple M2 (8-core GPU)")) is None


def test_a_bare_base_chip_keeps_its_full_gpu_and_says_the_smaller_one_exists():
    bare = _file_mac("Apple M2")
    full = estimate(MISTRAL_NEMO, _file_mac("Apple M2 (10-core GPU)"), context=512)
    assert estimate(MISTRAL_NEMO, bare, context=512).prompt_tokens_per_second == full.prompt_tokens_per_second
    said = _variant_said(bare)
    assert said is not None
    assert (said["variant"], said["other"], said["basis"]) == (
        "Apple M2 (10-core GPU)",
        "Apple M2 (8-core GPU)",
        "full",
    )
    text = assumption(EN, "assume_gpu_variant", said, fields=True)
    assert "Apple M2 (10-core GPU) is assumed" in text and "Apple M2 (8-core GPU)" in text
    assert "the slower one" not in text  # the Pro/Max sentence would call the 10-core GPU the slower one
    assert "gpus[].name" in text  # where to write the real one
    # a Pro keeps its cautious smaller GPU for a bare name, as before
    assert apple_variant("Apple M3 Pro", 36 * GIB).spec.name == "Apple M3 Pro (14-core GPU)"  # type: ignore[union-attr]


def test_a_stated_rate_with_a_bare_name_stays():
    # the review's workaround: the 8-core GPU's FP32 rate written next to the bare name is not replaced
    stated = estimate(MISTRAL_NEMO, _file_mac("Apple M2", fp32_tflops=2.8), context=512)
    named = estimate(MISTRAL_NEMO, _file_mac("Apple M2 (8-core GPU)"), context=512)
    assert stated.prompt_tokens_per_second == named.prompt_tokens_per_second


@pytest.mark.parametrize("chip", sorted(BASE_CHIPS))
def test_every_base_chip_variant_resolves_by_name_and_by_core_count(chip):
    full, small = BASE_CHIPS[chip]
    specs = {cores: lookup_gpu(f"{chip} ({cores}-core GPU)") for cores in (full, small)}
    for cores, spec in specs.items():
        assert spec is not None and spec.name == f"{chip} ({cores}-core GPU)" and spec.gpu_cores == cores
        assert lookup_gpu(chip, gpu_cores=cores) == spec  # what a detected Mac's core count picks
        assert spec.fp32_tflops == pytest.approx(cores * 0.35, abs=0.06)  # the table's rule: 0.35 TFLOPS a core
    assert specs[full].bandwidth_gbps == specs[small].bandwidth_gbps  # one memory for both GPUs
    assert lookup_gpu(chip) == specs[full]  # the bare name: the chip's full GPU, as the table always gave


def test_every_base_chip_row_has_its_source_and_date():
    raw = json.loads(resource_path("gpus.json").read_text(encoding="utf-8"))
    rows = [g for g in raw["gpus"] if BASE_ROW.fullmatch(g["name"])]
    assert {g["name"] for g in rows} == {f"{c} ({n}-core GPU)" for c, cores in BASE_CHIPS.items() for n in cores}
    for row in rows:
        assert row.get("source") and str(row["gpu_cores"]) in row["source"], row["name"]
        assert re.fullmatch(r"\d{4}-\d{2}", row.get("retrieved", "")), row["name"]


def test_the_what_if_list_offers_both_gpus_of_each_base_chip():
    names = {g.name for g in all_gpus()}
    assert {f"{c} ({n}-core GPU)" for c, cores in BASE_CHIPS.items() for n in cores} <= names
    assert not names & set(BASE_CHIPS)  # no third, core-less row beside them
    # picking the MacBook Air's GPU in the what-if gives its own prompt speed
    this = _file_mac("Apple M2 (10-core GPU)")
    air = estimate(MISTRAL_NEMO, what_if(this, gpus=["Apple M2 (8-core GPU)"]), context=512)
    pro = estimate(MISTRAL_NEMO, what_if(this, gpus=["Apple M2 (10-core GPU)"]), context=512)
    assert air.prompt_tokens_per_second and pro.prompt_tokens_per_second
    assert air.prompt_tokens_per_second < pro.prompt_tokens_per_second
    assert air.tokens_per_second == pro.tokens_per_second
