"""The CPU speed model's rules: the core class and sockets read from the CPU's name (what detection reports), and a
decode or prompt rate that never drops with more cores or a higher clock."""

from __future__ import annotations

import dataclasses

import pytest

from advisor.core.hardware import ram_spec
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import Speaker
from advisor.core.messages import sizing as sizing_words
from advisor.core.sizing import estimate
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.sizing.quants import (
    CPU_CORE_WEIGHTS_PER_S,
    cpu_decode_bytes_per_second,
    cpu_prefill_flops_per_second,
    cpu_prefill_pool_flops_per_second,
)
from advisor.core.types import CpuInfo, FitLevel, ModelSpec
from tests.core.sizing import profiles

GiB = 2**30

# (brand as /proc/cpuinfo, lscpu or py-cpuinfo give it, SIMD class from its flags, core class)
BRANDS = [
    ("AMD Ryzen 9 7950X 16-Core Processor", "avx512", "zen4"),
    ("AMD Ryzen AI 9 365 w/ Radeon 880M", "avx512", "zen4"),
    ("AMD EPYC 9554 64-Core Processor", "avx512", "zen4"),
    ("AMD Ryzen 7 5700G with Radeon Graphics", "avx2", "avx2"),
    ("Apple M2 Max", "neon_dotprod", "apple"),
    ("Apple M4 Pro", "neon_dotprod", "apple"),
    ("Intel(R) Core(TM) i3-14100", "avx2", "avx2"),
    ("Intel(R) N100", "avx2", "x86_little"),
    ("Intel(R) Core(TM) i3-N305", "avx2", "x86_little"),
    ("Intel(R) Xeon(R) Platinum 8480+", "avx512", "avx512"),
    ("Intel(R) Xeon(R) Processor", "avx512", "avx512"),
    ("Cortex-A55", "neon_dotprod", "arm_little"),
    ("Cortex-A53", "neon", "arm_little"),
    ("Cortex-A76", "neon_dotprod", "neon_dotprod"),
    ("Neoverse-V1", "neon_dotprod", "neon_dotprod"),
    ("Cortex-A72", "neon", "neon"),
]


@pytest.mark.parametrize(("brand", "isa", "expected"), BRANDS)
def test_the_core_class_comes_from_the_name_detection_reads(brand, isa, expected):
    assert ram_spec.core_class(isa, brand) == expected
    assert expected in CPU_CORE_WEIGHTS_PER_S


def test_a_detected_machine_carries_its_core_class_and_sockets():
    flags = ("avx2", "avx512f", "fma")
    one = dataclasses.replace(
        profiles.machine(), cpu=CpuInfo("AMD EPYC 9334 32-Core Processor", "x86_64", 32, 64, flags, 3900.0)
    )
    two = dataclasses.replace(one, cpu=dataclasses.replace(one.cpu, physical_cores=64, logical_cores=128))
    assert (machine_from_profile(one).cpu_class, machine_from_profile(one).cpu_sockets) == ("zen4", 1)
    assert machine_from_profile(two).cpu_sockets == 2
    assert ram_spec.sockets_from_brand("2x AMD EPYC 9334", 64) == 2
    assert ram_spec.sockets_from_brand("Intel(R) Xeon(R) Platinum 8480+", 56) == 1


def test_a_second_socket_without_numa_does_not_double_the_decode():
    kwargs = {"cores": 64, "max_mhz": None, "ram_bandwidth_gbps": 700.0, "bytes_per_weight": 0.6}
    one = cpu_decode_bytes_per_second("Q4_K_M", "zen4", sockets=1, **kwargs)
    two = cpu_decode_bytes_per_second("Q4_K_M", "zen4", sockets=2, **kwargs)
    assert two < one / 2


def test_server_memory_runs_at_the_controllers_speed():
    genoa = ram_spec.derive_bandwidth("DDR5", 5600, 12, "AMD EPYC 9554 64-Core Processor")
    turin = ram_spec.derive_bandwidth("DDR5", 6000, 12, "AMD EPYC 9555 64-Core Processor")
    desktop = ram_spec.derive_bandwidth("DDR5", 6000, 2, "AMD Ryzen 9 7950X 16-Core Processor")
    assert (genoa.speed_mts, turin.speed_mts, desktop.speed_mts) == (4800, 6000, 6000)


@pytest.mark.parametrize("core", ram_spec.CORE_CLASSES)
@pytest.mark.parametrize("quant", ["Q4_K_M", "Q8_0", "F16", "IQ2_XS"])
def test_more_cores_or_a_higher_clock_is_never_slower(core, quant):
    def decode(cores: int, mhz: float | None) -> float:
        return cpu_decode_bytes_per_second(
            quant, core, cores=cores, max_mhz=mhz, ram_bandwidth_gbps=80.0, bytes_per_weight=0.6
        )

    for mhz in (None, 1200.0, 2400.0, 3600.0, 5000.0, 6500.0):
        rates = [decode(cores, mhz) for cores in (1, 2, 4, 8, 16, 64)]
        assert rates == sorted(rates)
        prefill = [cores * cpu_prefill_flops_per_second(quant, core, mhz) for cores in (1, 2, 4, 8, 16, 64)]
        assert prefill == sorted(prefill)
        pool = [
            cpu_prefill_pool_flops_per_second(quant, core, mhz, cores=cores) for cores in (1, 8, 16, 24, 32, 64, 128)
        ]
        assert pool == sorted(pool) and len(set(pool)) == len(pool)
    for cores in (1, 4, 16):
        rates = [decode(cores, mhz) for mhz in (800.0, 1800.0, 2600.0, 3500.0, 4700.0, 5700.0, 7000.0)]
        assert rates == sorted(rates)
        prefill = [cpu_prefill_flops_per_second(quant, core, mhz) for mhz in (800.0, 2600.0, 4700.0, 7000.0)]
        assert prefill == sorted(prefill)


def test_a_mac_runs_the_model_on_its_gpu_not_its_cpu():
    """Apple's CPU clusters read only part of the unified memory: the GPU stays the faster place for a model."""
    mac = dataclasses.replace(
        profiles.machine(16, ram_gbps=100.0, gpus=(profiles.apple(16, gbps=100.0, name="Apple M2"),)),
        cpu=CpuInfo("Apple M2", "arm64", 8, 8, ("neon", "asimddp")),
    )
    spec = ModelSpec(parameters=8.0e9, quant="Q4_K_M", file_size_bytes=int(4.9e9))
    assert estimate(spec, mac, context=4096).fit == FitLevel.FULL_GPU


def test_big_cores_at_few_threads_are_faster_than_a_small_board():
    """Per-core rates by core class: two Zen 4 cores decode faster than four Cortex-A55s on the same memory."""
    kwargs = {"max_mhz": None, "ram_bandwidth_gbps": 60.0, "bytes_per_weight": 0.6}
    assert cpu_decode_bytes_per_second("Q4_K_M", "zen4", cores=2, **kwargs) > 4 * cpu_decode_bytes_per_second(
        "Q4_K_M", "arm_little", cores=4, **kwargs
    )


def _server(brand: str, cores: int, channels: float | None = None):
    profile = profiles.machine(256, ram_gbps=None, cores=cores)
    cpu = dataclasses.replace(profile.cpu, brand=brand, physical_cores=cores, logical_cores=2 * cores, arch="x86_64")
    ram = dataclasses.replace(profile.ram, bandwidth_gbps=None, bandwidth_source=None, channels=channels)
    return dataclasses.replace(profile, cpu=cpu, ram=ram)


def test_a_dual_socket_server_gets_the_same_speed_whether_its_channels_are_written_or_read_from_its_name():
    """The family table's channels are one socket's: a dual EPYC 9334 from its name alone must not be cut twice."""
    named = machine_from_profile(_server("2x AMD EPYC 9334 32-Core Processor", 64))
    written = machine_from_profile(_server("2x AMD EPYC 9334 32-Core Processor", 64, channels=24))
    assert named.cpu_sockets == written.cpu_sockets == 2
    assert named.ram_bandwidth_gbps == pytest.approx(written.ram_bandwidth_gbps)
    assert "multi_socket" in named.notes  # the slowdown is said, with what avoids it


@pytest.mark.parametrize(
    "brand", ["AMD Ryzen 7 7700 8-Core Processor", "AMD Ryzen 5 5600X 6-Core Processor", "AMD Ryzen 9 9950X 16-Core"]
)
def test_a_desktop_cpu_showing_more_cores_than_its_name_is_one_socket(brand):
    """A VM showing the host's vCPUs as cores is not a second socket: more cores are never slower."""
    few = machine_from_profile(_server(brand, 8))
    many = machine_from_profile(_server(brand, 64))
    assert many.cpu_sockets == 1 and "multi_socket" not in many.notes
    assert ram_spec.sockets_from_brand("AMD EPYC 9334 32-Core Processor", 64) == 2
    assert ram_spec.sockets_from_brand("AMD EPYC 9334 32-Core Processor", 1000) == ram_spec.MAX_SOCKETS
    from advisor.core.sizing.tiers import tier_by_name

    model = dataclasses.replace(tier_by_name("7B").reference, quant="Q4_K_M")
    slow = estimate(model, _server(brand, 8)).tokens_per_second
    fast = estimate(model, _server(brand, 64)).tokens_per_second
    assert few.cpu_cores < many.cpu_cores and slow and fast and fast >= slow


def test_an_apple_chip_named_in_a_hand_written_file_is_an_apple_core_without_its_flags():
    assert ram_spec.core_class("avx2", "Apple M2 Max") == "apple"  # no arch/flags given: the x86 default ISA
    assert ram_spec.core_class("neon_dotprod", "Apple M1") == "apple"


def _public_cpu(brand: str, cores: int, ram: dict, flags: list[str], arch: str = "x86_64"):
    """A what-if machine as benchmarks/bench_cpu_speed.py builds one from a public row: the CPU's name and the threads
    the run used as its cores, the memory the source states, no GPU."""
    return load_profile(
        {
            "ram": {"total_bytes": 64 * GiB, **ram},
            "gpus": [],
            "cpu": {"brand": brand, "arch": arch, "physical_cores": cores, "flags": flags, "efficiency_cores": 0},
        }
    )


def test_a_five_bit_quant_reads_a_prompt_slower_than_a_four_bit_one_on_the_same_cpu():
    """The 2026-12-08 batch of benchmarks/data/cpu_decode_public.csv: an M2 Max's 8 threads process LLaMA-3.1-8B
    Q5_0 at 26.5 prompt tokens/s (ik_llama.cpp PR #121's mainline column; calibration row 52), where its Q4_K_S ran
    at 43.3; a Ryzen 9 5950X's 16 threads process a Mistral 7B Q5_K_M at 48.6 (hold-out row 53). Both public figures
    lie in the range the user is shown, and the decode, bound by the memory, keeps its rate."""
    m2_max = _public_cpu(
        "Apple M2 Max",
        8,
        {"type": "LPDDR5", "speed_mts": 6400, "channels": 8, "bandwidth_gbps": 409.6},
        ["asimddp"],
        arch="arm64",
    )
    q5 = ModelSpec(parameters=8.03e9, quant="Q5_0", file_size_bytes=int(5.60e9))
    q4 = ModelSpec(parameters=8.03e9, quant="Q4_K_S", file_size_bytes=int(4.68e9))
    five, four = estimate(q5, m2_max, context=512), estimate(q4, m2_max, context=512)
    assert five.prompt_tokens_per_second and four.prompt_tokens_per_second and five.prompt_tokens_per_second_range
    assert five.prompt_tokens_per_second < 0.7 * four.prompt_tokens_per_second
    low, high = five.prompt_tokens_per_second_range
    assert low <= 26.49 <= high
    assert five.tokens_per_second_range and five.tokens_per_second_range[0] <= 20.60 <= five.tokens_per_second_range[1]

    ryzen = _public_cpu("AMD Ryzen 9 5950X", 16, {"type": "DDR4", "speed_mts": 3600, "channels": 2}, ["avx2"])
    dolphin = ModelSpec(parameters=7.24e9, quant="Q5_K_M", file_size_bytes=int(5.13e9))
    est = estimate(dolphin, ryzen, context=512)
    assert est.prompt_tokens_per_second_range
    low, high = est.prompt_tokens_per_second_range
    assert low <= 48.63 <= high


@pytest.mark.parametrize(
    "brand",
    [
        "Snapdragon(R) X 12-core X1E80100 @ 3.40 GHz",  # as Windows on Arm names it
        "Snapdragon(R) X Elite - X1E78100 - Qualcomm(R) Oryon(TM) CPU",
        "Qualcomm Snapdragon X Plus X1P-42-100",
    ],
)
def test_a_snapdragon_x_is_an_oryon_core_not_a_cortex_a76(brand):
    """Oryon cores are wide out-of-order cores of Apple's lineage: with the A76 rate a plain dot-product flag gives,
    an X Elite's 6-thread LLaMA-2-7B Q4_0 decode was predicted at 5.3 tok/s against 20.5 measured (llama.cpp PR
    #7191; calibration row 48 of benchmarks/data/cpu_decode_public.csv). Now the public figure is in the range."""
    assert ram_spec.core_class("neon_dotprod", brand) == "oryon"
    assert ram_spec.core_class("neon", brand) == "oryon"
    assert ram_spec.core_class("neon_dotprod", "Raspberry Pi 5 (Cortex-A76)") == "neon_dotprod"
    x_elite = _public_cpu(brand, 6, {"type": "LPDDR5X", "speed_mts": 8448, "channels": 2}, ["asimddp"], arch="arm64")
    llama2 = ModelSpec(parameters=6.74e9, quant="Q4_0", file_size_bytes=int(3.83e9))
    est = estimate(llama2, x_elite, context=512)
    assert est.tokens_per_second_range
    low, high = est.tokens_per_second_range
    assert low <= 20.5 <= high


def test_a_many_core_workstation_reads_a_prompt_slower_per_core_than_a_desktop():
    """Past 16 threads each added prompt-batch thread brings less (calibration row 50: a 32-thread Threadripper at
    1/1.30 of 32 cores at the per-core rate), so a 64-core part is not promised four times a 16-core desktop."""

    def pool(cores: int) -> float:
        return cpu_prefill_pool_flops_per_second("Q4_0", "avx2", None, cores=cores)

    assert pool(16) == pytest.approx(16 * cpu_prefill_flops_per_second("Q4_0", "avx2"))
    assert pool(32) / pool(16) == pytest.approx(2 / 1.30, rel=0.03)
    assert 2.0 < pool(64) / pool(16) < 3.0


STRIX_HALO = {
    "ram": {"total_bytes": 128 * GiB, "type": "LPDDR5X", "speed_mts": 8000, "channels": 4},
    "gpus": [{"name": "AMD Radeon 8060S", "vendor": "amd", "unified_memory": True, "vram_total_bytes": 96 * GiB}],
    "cpu": {"brand": "AMD RYZEN AI MAX+ 395 w/ Radeon 8060S", "arch": "x86_64", "physical_cores": 16},
}


def test_a_strix_halos_cores_draw_what_their_link_carries_not_the_whole_bus():
    """Strix Halo's CPU reads ~118 GB/s (Intel MLC on a 395) of the 256 its GPU reads: the derived figure was 192
    (75 % of the bus), which made its CPU look faster than its GPU for Qwen3-30B-A3B and told a Strix Halo owner to
    set GPU Offload to 0. The memory's own figure stays for the GPU; a desktop Zen 5 is not capped."""
    for brand in ("AMD RYZEN AI MAX+ 395 w/ Radeon 8060S", "AMD Ryzen AI Max+ PRO 395", "AMD Ryzen AI Max 390"):
        derived = ram_spec.derive_bandwidth("LPDDR5X", 8000, 4, brand)
        assert (derived.bandwidth_gbps, derived.cpu_link) == (118.0, True)
    one_ccd = ram_spec.derive_bandwidth(None, None, None, "AMD Ryzen AI Max 385")
    assert (one_ccd.bandwidth_gbps, one_ccd.basis, one_ccd.cpu_link) == (59.0, "cpu_family", True)
    desktop = ram_spec.derive_bandwidth("DDR5", 6000, 2, "AMD Ryzen 9 9950X 16-Core Processor")
    assert (desktop.bandwidth_gbps, desktop.cpu_link) == (72.0, False)

    profile = load_profile(STRIX_HALO)
    machine = machine_from_profile(profile)
    assert machine.ram_bandwidth_gbps == 118.0 and machine.gpus[0].bandwidth_gbps >= 256
    said = next(a for a in machine.assumptions if a.code == "assume_ram_bandwidth")
    assert said.values["basis"] == "cpu_link"
    text = sizing_words.assumption(Speaker("en"), said.code, said.values)
    assert text.startswith("Memory speed 118.0 GB/s for the processor: what its cores draw through their link")
    assert "LPDDR5X-8000, 4 channels" in text
    spanish = sizing_words.assumption(Speaker("es"), said.code, said.values)
    assert spanish != text and "LPDDR5X-8000" in spanish
    # the mixture of experts runs on its GPU, as Strix Halo owners run it
    moe = estimate(ModelSpec(parameters=30.53e9, experts=128, active_experts=8), profile)
    assert moe.fit == FitLevel.FULL_GPU
    # a stated figure (what detect measures with every core) is taken as it is
    stated = load_profile({**STRIX_HALO, "ram": {**STRIX_HALO["ram"], "bandwidth_gbps": 150}})
    assert machine_from_profile(stated).ram_bandwidth_gbps == 150
