"""One rule for the memory an integrated GPU may use, whether a hardware file or the app's what-if describes it
(review "newcomer", finding 3: the what-if gave an Iris Xe 2/3 of RAM, Apple's Metal share, the file half), and an
integrated GPU of another maker than this processor's makes another PC (its processor is the GPU's family's)."""

from __future__ import annotations

import pytest

from advisor.core.hardware.profile_io import load_profile, what_if
from advisor.core.sizing import recommend
from advisor.core.types import GpuVendor
from tests.support.typed_machines import IRIS_8GB

G = 2**30
PHOENIX_16GB = {
    "ram": {"total_bytes": 16 * G},
    "cpu": {"brand": "AMD Ryzen 7 7840U w/ Radeon 780M Graphics"},
    "gpus": [{"name": "AMD Radeon 780M"}],
    "os": {"system": "Linux", "release": "6.8"},
}
NO_GPU_PC = {"ram": {"total_bytes": 16 * G}, "cpu": {"brand": "Intel(R) Core(TM) i5-12400"}, "gpus": []}


@pytest.mark.parametrize(("hardware", "card"), [(IRIS_8GB, "Iris Xe Graphics"), (PHOENIX_16GB, "Radeon 780M")])
def test_a_what_if_integrated_gpu_gets_what_a_hardware_file_gives_it(hardware, card):
    from_file = load_profile(hardware)
    base = load_profile(dict(hardware, gpus=[]))
    imagined = what_if(base, ram_total_bytes=hardware["ram"]["total_bytes"], gpus=[card])
    assert (
        imagined.gpus[0].vram_total_bytes == from_file.gpus[0].vram_total_bytes == hardware["ram"]["total_bytes"] // 2
    )
    # and so the same budget for the graphics, the line the Recommendation page and `recommend` print
    assert recommend(imagined).budget.gpu_bytes == recommend(from_file).budget.gpu_bytes


def test_other_ram_in_a_what_if_keeps_the_integrated_gpus_half_and_apples_share():
    iris = what_if(load_profile(IRIS_8GB), ram_total_bytes=16 * G)
    assert iris.gpus[0].vram_total_bytes == 8 * G
    mac = what_if(
        load_profile({"ram": {"total_bytes": 16 * G}, "gpus": [{"name": "Apple M2"}]}), ram_total_bytes=24 * G
    )
    assert mac.gpus[0].vendor is GpuVendor.APPLE and mac.gpus[0].vram_total_bytes == 16 * G  # Metal's 2/3


def test_an_integrated_gpu_of_another_maker_makes_another_pc_with_that_gpus_processor_family():
    intel_pc = load_profile(NO_GPU_PC)
    amd_apu = what_if(intel_pc, gpus=["Radeon 780M"])
    # the family the 780M is built into (tests/core/hardware/test_integrated_gpu_family.py), its cores not known
    assert (
        amd_apu.cpu.brand == "AMD Ryzen 7040/8040 mobile (Phoenix, Hawk Point)" and amd_apu.cpu.physical_cores is None
    )
    assert amd_apu.os == intel_pc.os  # a PC stays a PC
    assumed = {a.code for a in recommend(amd_apu).assumptions}
    assert {"assume_cpu_family", "assume_cpu_cores", "assume_cpu_isa"} <= assumed  # said, not the Intel processor's


def test_an_integrated_gpu_of_this_processors_maker_or_a_card_keeps_this_processor():
    intel_pc = load_profile(NO_GPU_PC)
    assert what_if(intel_pc, gpus=["Iris Xe Graphics"]).cpu == intel_pc.cpu
    assert what_if(intel_pc, gpus=["GeForce RTX 4060"]).cpu == intel_pc.cpu
    own = load_profile(PHOENIX_16GB)
    assert what_if(own, gpus=[own.gpus[0]]).cpu == own.cpu
