"""The bundled GPU table: dated and sourced, covering the families the issue names, matched from driver names."""

from __future__ import annotations

import json
import re

import pytest

from advisor.core.hardware.gpu import is_integrated_gpu_name
from advisor.core.hardware.gpu_table import all_gpus, lookup_gpu, resolve_pci_name, table_source
from advisor.core.resources import resource_path
from advisor.core.types import GpuVendor

GIB = 2**30


def test_the_table_names_its_source_and_date_inside_the_file():
    raw = json.loads(resource_path("gpus.json").read_text(encoding="utf-8"))
    assert "TechPowerUp" in raw["source"] and re.fullmatch(r"\d{4}-\d{2}", raw["retrieved"])
    source = table_source()
    assert source["count"] == len(all_gpus()) == len(raw["gpus"]) and source["retrieved"] == raw["retrieved"]


@pytest.mark.parametrize(
    "pattern",
    [
        r"RTX 20[6-8]0",
        r"RTX 30[5-9]0",
        r"RTX 40[6-9]0",
        r"RTX 50[6-9]0",
        r"RX 6[6-9]00",
        r"RX 7[6-9]00",
        r"RX 90[67]0",
        r"Arc A7[57]0",
        r"Arc B5[78]0",
        r"V100",
        r"A100",
        r"H100",
        r"^L4$",
        r"L40S",
        r"RTX A6000",
        r"Apple M1",
        r"Apple M2",
        r"Apple M3",
        r"Apple M4",
    ],
)
def test_the_table_covers_the_families_people_own(pattern):
    assert any(re.search(pattern, g.name) for g in all_gpus()), pattern


def test_every_entry_is_usable():
    for g in all_gpus():
        # no bandwidth only for an integrated GPU reading the machine's RAM (its speed is the machine's)
        assert (g.bandwidth_gbps or 0) > 0 or (g.unified_memory and g.vendor is not GpuVendor.APPLE), g
        assert g.unified_memory or (g.vram_bytes and g.vram_bytes >= 2**30), g
        assert isinstance(g.vendor, GpuVendor)


@pytest.mark.parametrize(
    ("reported", "vram_gib", "name", "bandwidth"),
    [
        ("NVIDIA GeForce RTX 4090", None, "GeForce RTX 4090", 1008.0),
        ("NVIDIA GeForce RTX 4090 Laptop GPU", None, "GeForce RTX 4090 Mobile", 576.0),
        ("NVIDIA GeForce RTX 2080 with Max-Q Design", None, "GeForce RTX 2080 Max-Q", 384.0),
        ("AMD Radeon RX 7900 XTX", None, "Radeon RX 7900 XTX", 960.0),
        ("Radeon RX 7900 XT", None, "Radeon RX 7900 XT", 800.0),
        ("Apple M2 Max", None, "Apple M2 Max", 400.0),
        ("NVIDIA RTX A6000", None, "RTX A6000", 768.0),
        ("Quadro RTX 6000", None, "Quadro RTX 6000", 672.0),
        ("NVIDIA RTX 6000 Ada Generation", None, "RTX 6000 Ada Generation", 960.0),
        ("Tesla V100-SXM2-16GB", None, "Tesla V100 SXM2 16 GB", 897.0),
        ("Tesla V100-PCIE-32GB", None, "Tesla V100 PCIe 32 GB", 897.0),
        ("NVIDIA A100-SXM4-80GB", None, "A100 SXM4 80 GB", 2039.0),
        ("NVIDIA A100-SXM4-40GB", None, "A100 SXM4 40 GB", 1560.0),
        ("NVIDIA H100 80GB HBM3", None, "H100 SXM5 80 GB", 3350.0),
        ("NVIDIA H100 PCIe", None, "H100 PCIe 80 GB", 2040.0),
        ("NVIDIA L4", None, "L4", 300.1),
        ("NVIDIA L40S", None, "L40S", 864.0),
        ("Tesla T4", None, "Tesla T4", 320.0),
        ("NVIDIA GeForce RTX 3060", 12, "GeForce RTX 3060 12 GB", 360.0),
        ("NVIDIA GeForce RTX 3060", 8, "GeForce RTX 3060 8 GB", 240.0),
        ("Intel(R) Arc(TM) A770 Graphics", None, "Arc A770", 560.0),
        ("NVIDIA GeForce RTX 5090", None, "GeForce RTX 5090", 1792.0),
        ("AMD Instinct MI300X", None, "Radeon Instinct MI300X", 5300.0),
        ("AMD Radeon 780M Graphics", None, "Radeon 780M", None),
        ("AMD Radeon(TM) 890M Graphics", None, "Radeon 890M", None),
        ("AMD Radeon(TM) 8060S Graphics", None, "Radeon 8060S", 256.0),
        ("AMD Ryzen Z1 Extreme", None, "Ryzen Z1 Extreme GPU", None),
        ("Intel(R) Arc(TM) 140V GPU (16GB)", None, "Arc 140V", 136.5),
        ("Intel(R) Arc(TM) 140T GPU (16GB)", None, "Arc 140T", None),
        ("Intel(R) Arc(TM) Graphics", None, "Arc Graphics", None),
        ("Intel(R) Iris(R) Xe Graphics", None, "Iris Xe Graphics", None),
        ("NVIDIA GB10", None, "GB10", 273.2),
        ("Apple M5 Pro", None, "Apple M5 Pro", 307),
        ("Apple M5 Max", None, "Apple M5 Max", 614),
    ],
)
def test_driver_names_find_their_table_entry(reported, vram_gib, name, bandwidth):
    spec = lookup_gpu(reported, vram_gib * GIB if vram_gib else None)
    assert spec is not None and (spec.name, spec.bandwidth_gbps) == (name, bandwidth)


def test_apple_max_chips_are_told_apart_by_gpu_cores():
    assert lookup_gpu("Apple M3 Max", gpu_cores=40).bandwidth_gbps == 400.0
    assert lookup_gpu("Apple M3 Max", gpu_cores=30).bandwidth_gbps == 300.0
    assert lookup_gpu("Apple M4 Max", gpu_cores=40).bandwidth_gbps == 546.0
    assert lookup_gpu("Apple M3 Max").bandwidth_gbps == 300.0  # unknown cores: the cautious variant


@pytest.mark.parametrize(
    ("reported", "name"),
    [
        ("Apple M2 (GPU de 10 núcleos)", "Apple M2 (10-core GPU)"),  # `detect --lang es`'s own words
        ("Apple M2 (8 núcleos de GPU)", "Apple M2 (8-core GPU)"),
        ("Apple M2 (8-core CPU, 10-core GPU)", "Apple M2 (10-core GPU)"),  # Apple's specifications
        ("Apple M2 (8\u2011core CPU, 10\u2011core GPU)", "Apple M2 (10-core GPU)"),  # their non-breaking hyphen
        ("Apple M2 10-core GPU", "Apple M2 (10-core GPU)"),
        ("Apple M4 Pro (CPU de 14 núcleos, GPU de 20 núcleos)", "Apple M4 Pro (20-core GPU)"),
        ("Apple M3 Max 40 core GPU", "Apple M3 Max (40-core GPU)"),
        ("Apple M2 8-core CPU, 10-core GPU, 16-core Neural Engine", "Apple M2 (10-core GPU)"),  # Apple's whole line
        ("Apple M2 (CPU de 8 núcleos, GPU de 10 núcleos y Neural Engine de 16 núcleos)", "Apple M2 (10-core GPU)"),
        ("Apple M2 10\u2013core GPU", "Apple M2 (10-core GPU)"),
    ],
)
def test_an_apple_chip_is_found_however_its_gpu_cores_are_written(reported, name):
    """A newcomer copied `detect`'s Spanish line "Apple M2 (GPU de 10 núcleos)" into a hardware file and got a
    typical PC's 38 GB/s and a 7B class instead of the M2's 100 GB/s and 13B; Apple's own "8-core CPU, 10-core GPU"
    did the same."""
    spec = lookup_gpu(reported)
    assert spec is not None and spec.name == name


@pytest.mark.parametrize(
    ("reported", "name"),
    [
        ("Apple M2 8-core", "Apple M2 (8-core GPU)"),  # a count the chip's GPUs have: the GPU's
        ("Apple M2 10-core", "Apple M2 (10-core GPU)"),
        ("Apple M1 7 core", "Apple M1 (7-core GPU)"),
        ("Apple M3 Max 40-core", "Apple M3 Max (40-core GPU)"),
        ("Apple M3 Max 16-core", "Apple M3 Max (40-core GPU)"),  # no such GPU: its CPU's, sold with the 40-core one
        ("Apple M3 Max 14-core", "Apple M3 Max (30-core GPU)"),
        ("M4 Pro 14-core", "Apple M4 Pro (20-core GPU)"),
        ("Apple M3 Pro 11-core", "Apple M3 Pro (14-core GPU)"),
        ("Apple M3 Max 12-core", "Apple M3 Max (30-core GPU)"),  # neither: the chip's cautious row
    ],
)
def test_an_apple_chip_with_a_bare_core_count_is_still_the_chip(reported, name):
    """ "Apple M2 8-core" in a hardware file was "not in our table": a typical PC's 38 GB/s, a 7B class at 6.4
    tokens/s and a prompt five times too fast, where "Apple M2" gives the M2's 100 GB/s and a 13B class."""
    spec = lookup_gpu(reported)
    assert spec is not None and spec.name == name


def test_an_apple_chips_gpu_cores_in_its_processors_name_are_not_its_processor_cores():
    from advisor.core.hardware.ram_spec import cores_from_brand

    assert cores_from_brand("Apple M2 10-core GPU") is None  # its 8 CPU cores come from the chip, not "10"
    assert cores_from_brand("Apple M2 16-core Neural Engine") is None
    assert cores_from_brand("Apple M2 (8-core CPU, 10-core GPU)") == 8
    assert cores_from_brand("AMD Ryzen 9 5900X 12-Core Processor") == 12


@pytest.mark.parametrize(
    "reported",
    [
        "",
        "   ",
        "Microsoft Basic Display Adapter",
        "NVIDIA GeForce RTX 9999",
        "Virtual GPU",
        "NVIDIA GeForce RTX 4090 Ti",
        # names that fit several integrated GPUs: no chip is chosen for the user
        "AMD Radeon(TM) Graphics",
        "AMD Radeon Graphics",
        "AMD Phoenix1",
        "AMD Radeon 880M / 890M",
    ],
)
def test_unknown_names_match_nothing_rather_than_a_wrong_card(reported):
    assert lookup_gpu(reported) is None


def test_pci_ids_chip_lines_resolve_to_the_board_with_that_vram():
    line = "Navi 31 [Radeon RX 7900 XT/7900 XTX/7900 GRE/7900M]"
    assert resolve_pci_name(line, 24 * GIB)[1].name == "Radeon RX 7900 XTX"
    assert resolve_pci_name(line, 20 * GIB)[1].name == "Radeon RX 7900 XT"


def test_integrated_and_unified_entries_carry_their_source_date_and_compute():
    raw = json.loads(resource_path("gpus.json").read_text(encoding="utf-8"))
    shared = [g for g in raw["gpus"] if g.get("unified_memory") and g["vendor"] != "apple"]
    names = {g["name"] for g in shared}
    assert {"Radeon 780M", "Radeon 680M", "Radeon 760M", "Radeon 890M", "Radeon 8060S", "Ryzen Z1 GPU"} <= names
    assert {"Ryzen Z1 Extreme GPU", "Arc 140V", "Arc Graphics", "Arc 140T", "Iris Xe Graphics", "GB10"} <= names
    for g in shared:
        assert g["source"] and re.fullmatch(r"\d{4}-\d{2}", g["retrieved"]), g["name"]
        assert g["fp32_tflops"] > 0 and g["vram_bytes"] is None, g["name"]
        assert is_integrated_gpu_name(g["name"]), g["name"]  # detection marks what the table calls unified


def test_rdna_3_and_3_5_rates_count_dual_issue_alike():
    # 4 FLOPs per shader per clock (an FMA, dual-issued) on RDNA 3, 3.5 and 4: RX 7900 XTX 6144 shaders at 2.5 GHz,
    # Radeon 780M 768 at 2.7, 890M 1024 at 2.9, 8060S 2560 at 2.9 (TechPowerUp lists RDNA 3.5 single-issue)
    for name, shaders, ghz in (
        ("Radeon RX 7900 XTX", 6144, 2.5),
        ("Radeon 780M", 768, 2.7),
        ("Radeon 890M", 1024, 2.9),
        ("Radeon 8060S", 2560, 2.9),
    ):
        spec = lookup_gpu(name)
        assert spec is not None and spec.fp32_tflops is not None
        assert abs(spec.fp32_tflops / (shaders * 4 * ghz / 1000) - 1) < 0.01, name


def test_a_hostile_gpu_name_is_matched_in_linear_time():
    """Nested optional spaces in the core-count pattern made a name of 20,000 spaces take seconds (quadratic); a
    name is now cut to NAME_CHARS and the separators are one bounded class."""
    import time

    from advisor.core.hardware.gpu_table import name_key

    started = time.monotonic()
    for name in ("Apple M2 1" + " " * 20_000, "1" + " " * 1_000_000 + "-core GPU", "9" * 2_000_000):
        name_key(name)
    assert time.monotonic() - started < 1.0  # milliseconds; the old patterns took seconds for the first alone
