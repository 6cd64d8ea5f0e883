"""An integrated GPU fixes its processor's family: a what-if PC given one of another maker than this processor's
runs on that family's processor — its memory, cores and instructions — as a hardware file naming the real chip does
(review "newcomer2", finding 1: the app's "Radeon 780M" on an Intel PC assumed DDR4-3200 and gave 12.7 tok/s and
13B only at Q3_K_M, while the same laptop described with its "Ryzen 7 7840U" gives 22.1 tok/s and 13B at Q4_K_M)."""

from __future__ import annotations

import pytest

from advisor.core.hardware import ram_spec
from advisor.core.hardware.gpu_table import all_gpus
from advisor.core.hardware.profile_io import load_profile, what_if
from advisor.core.messages import sizing
from advisor.core.messages.speaker import Speaker
from advisor.core.sizing import recommend
from advisor.core.sizing.machine import cpu_assumptions
from advisor.core.types import GpuVendor

G = 2**30
INTEL_PC = {  # what the reviewer's app ran on: an Intel machine without a GPU
    "ram": {"total_bytes": 16 * G},
    "cpu": {"brand": "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", "physical_cores": 2, "logical_cores": 4},
    "gpus": [],
}
RYZEN_PC = dict(INTEL_PC, cpu={"brand": "AMD Ryzen 7 5700X 8-Core Processor"})
LAPTOP_7840U = {  # the same laptop described by its real processor (the review's b_7840u_32.json)
    "ram": {"total_bytes": 32 * G},
    "cpu": {"brand": "AMD Ryzen 7 7840U w/ Radeon 780M Graphics"},
    "gpus": [{"name": "AMD Radeon 780M", "unified_memory": True}],
}


def _verdict(rec):
    return (
        rec.tier,
        rec.model,
        rec.quant,
        rec.tokens_per_second,
        [(t.tier, t.best_quant, t.tokens_per_second) for t in rec.tiers],
    )


def test_a_what_if_radeon_780m_runs_on_a_ryzen_7040_with_its_ddr5_as_the_real_laptop_does():
    imagined = what_if(load_profile(INTEL_PC), ram_total_bytes=32 * G, gpus=["Radeon 780M"])
    family = ram_spec.lookup_cpu_family(imagined.cpu.brand)
    assert family is not None and family.family == "AMD Ryzen 7040/8040 mobile (Phoenix, Hawk Point)"
    assert (family.ram_type, family.speed_mts, family.channels) == ("DDR5", 5600, 2)
    assert imagined.ram.bandwidth_gbps == ram_spec.achievable_gbps(5600, 2) == 67.2  # not DDR4-3200's 38.4
    assert imagined.os == load_profile(INTEL_PC).os  # a PC stays a PC

    real = load_profile(LAPTOP_7840U)
    assert _verdict(recommend(imagined)) == _verdict(recommend(real))  # the CLI's answer for the real laptop


def test_the_family_taken_from_the_gpu_is_said_in_both_languages():
    imagined = what_if(load_profile(INTEL_PC), gpus=["Radeon 780M"])
    said = [a for a in recommend(imagined).assumptions if a.code == "assume_cpu_family"]
    assert [a.values for a in said] == [
        {"gpu": "Radeon 780M", "basis": "AMD Ryzen 7040/8040 mobile (Phoenix, Hawk Point)"}
    ]
    assert said == [a for a in cpu_assumptions(imagined) if a.code == "assume_cpu_family"]  # detect and report too
    english = sizing.assumption(Speaker("en"), said[0].code, said[0].values)
    assert english.startswith("Radeon 780M is part of its processor: one of the AMD Ryzen 7040/8040")
    spanish = sizing.assumption(Speaker("es"), said[0].code, said[0].values)
    assert "Radeon 780M" in spanish and spanish != english  # fails until the lead merges the Spanish
    # the real laptop's processor is known by name: nothing about a family taken from its GPU
    assert "assume_cpu_family" not in {a.code for a in recommend(load_profile(LAPTOP_7840U)).assumptions}


# each integrated GPU, the family it is built into (AMD's product pages: "Graphics Model"; Intel ark: "Processor
# Graphics"), and that family's memory as its row gives it
@pytest.mark.parametrize(
    ("gpu", "family", "memory"),
    [
        ("Radeon 760M", "AMD Ryzen 5 7040/8040 mobile (Phoenix, Hawk Point)", ("DDR5", 5600, 2)),
        ("Radeon 680M", "AMD Ryzen 6000/7035 mobile (Rembrandt)", ("DDR5", 4800, 2)),
        ("Radeon 890M", "AMD Ryzen AI 300 (Strix Point)", ("LPDDR5X", 7500, 2)),
        ("Radeon 8060S", "AMD Ryzen AI Max (Strix Halo)", ("LPDDR5X", 8000, 4)),  # 256-bit LPDDR5X-8000
        ("Arc 140V", "Intel Core Ultra 200V (Lunar Lake)", ("LPDDR5X", 8533, 2)),
        ("Arc Graphics", "Intel Core Ultra 5 100H (Meteor Lake, 4P+8E+2LP)", ("DDR5", 5600, 2)),
        ("Arc 140T", "Intel Core Ultra 7/9 200H (Arrow Lake-H, 6P+8E+2LP)", ("DDR5", 5600, 2)),
        ("Iris Xe Graphics", "Intel Core 11th gen mobile (Tiger Lake)", ("DDR4", 3200, 2)),
    ],
)
def test_each_integrated_gpu_brings_its_familys_memory(gpu, family, memory):
    base = load_profile(INTEL_PC if gpu.startswith("Radeon") else RYZEN_PC)  # always the other maker's PC
    imagined = what_if(base, gpus=[gpu])
    assert imagined.cpu.brand == family
    found = ram_spec.lookup_cpu_family(imagined.cpu.brand)
    assert found is not None and (found.ram_type, found.speed_mts, found.channels) == memory
    # what the cores draw: 75 % of the bus, or on Strix Halo what its CCDs' link to memory carries (measured 118)
    cpu_gbps = 118.0 if gpu == "Radeon 8060S" else ram_spec.achievable_gbps(memory[1], memory[2])
    assert imagined.ram.bandwidth_gbps == cpu_gbps


def test_every_integrated_gpu_of_amd_and_intel_in_the_gpu_table_is_linked_to_one_family():
    integrated = {g.name for g in all_gpus() if g.unified_memory and g.vendor in (GpuVendor.AMD, GpuVendor.INTEL)}
    assert integrated >= {"Radeon 780M", "Arc 140V", "Iris Xe Graphics"}
    unlinked = {name for name in integrated if ram_spec.family_of_integrated_gpu(name) is None}
    assert unlinked == set()


def test_an_integrated_gpu_picked_for_a_mac_makes_a_pc_with_that_gpus_processor():
    mac = load_profile({"ram": {"total_bytes": 16 * G}, "cpu": {"brand": "Apple M2"}})
    imagined = what_if(mac, gpus=["Radeon 780M"])
    assert imagined.cpu.brand == "AMD Ryzen 7040/8040 mobile (Phoenix, Hawk Point)" and imagined.os.system != "Darwin"
    assert imagined.ram.bandwidth_gbps == 67.2


def test_a_what_if_dgx_spark_runs_on_its_own_arm_processor_and_linux_not_this_pcs():
    """NVIDIA's GB10 is a chip with 20 Arm cores beside its GPU (NVIDIA's DGX Spark porting guide): picked on a
    Windows Intel PC it makes a DGX Spark (its cores, its LPDDR5X, DGX OS's Linux), not a GB10 beside an Intel CPU;
    a real DGX Spark keeps the processor detection found."""
    windows_pc = load_profile(dict(INTEL_PC, os={"system": "Windows", "release": "11"}))
    spark = what_if(windows_pc, ram_total_bytes=128 * G, gpus=["GB10"])
    assert spark.cpu.brand == "NVIDIA GB10 (DGX Spark)" and spark.cpu.arch == "aarch64"
    assert spark.os.system == "Linux"
    family = ram_spec.lookup_cpu_family(spark.cpu.brand)
    assert family is not None and (family.ram_type, family.channels, family.cores) == ("LPDDR5X", 4, 20)
    assert spark.ram.bandwidth_gbps == ram_spec.achievable_gbps(8533, 4)  # 256-bit LPDDR5X: 273 GB/s peak
    assert "assume_cpu_family" in {a.code for a in recommend(spark).assumptions}
    assert what_if(windows_pc, gpus=["GeForce RTX 4090"]).cpu == windows_pc.cpu  # a card: this PC's processor

    real = load_profile(
        {
            "ram": {"total_bytes": 128 * G},
            "cpu": {"brand": "Cortex-X925", "physical_cores": 20},
            "gpus": [{"name": "NVIDIA GB10", "unified_memory": True}],
            "os": {"system": "Linux", "release": "6.11"},
        }
    )
    assert what_if(real, gpus=["GB10"]).cpu == real.cpu
