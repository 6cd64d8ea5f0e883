"""A laptop's GeForce named as the desktop card is its laptop part (newcomer round: a Bogotá student's laptop GTX 1650,
which Windows reports as "NVIDIA GeForce GTX 1650", was costed at the 75 W desktop board, "a laptop with a 75 W
card"; the GTX 1650 Mobile is 50 W). NVIDIA's drivers named laptop chips so through the GeForce 10, 16 and RTX 20
series; from the RTX 30 series they say "Laptop GPU", so a desktop name there is a desktop card (an eGPU, a desktop
on a UPS), and nothing changes."""

from __future__ import annotations

from advisor.core.hardware import detect
from advisor.core.hardware.gpu_table import laptop_part, lookup_gpu
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, Speaker, sizing
from advisor.core.sizing.machine import machine_from_profile

from .conftest import MIB, RTX4090_NVML, fake_nvml, quick
from .test_battery import laptop_sys  # noqa: F401  (the fixture: a laptop's /sys)

GTX1650 = {"name": "NVIDIA GeForce GTX 1650", "vram_total_bytes": 4 * 2**30}
LAPTOP = {"ram": {"total_bytes": 8 * 2**30}, "gpus": [GTX1650], "battery": True}


def test_the_table_knows_which_names_hide_a_laptop_part():
    part = laptop_part("NVIDIA GeForce GTX 1650", 4 * 2**30)
    assert part is not None and part.name == "GeForce GTX 1650 Mobile" and part.board_power_watts == 50
    assert laptop_part("NVIDIA GeForce RTX 2060").name == "GeForce RTX 2060 Mobile"
    assert laptop_part("NVIDIA GeForce GTX 1650 Max-Q") is None  # the name says which part it is
    assert laptop_part("NVIDIA GeForce RTX 3060 Laptop GPU") is None
    assert laptop_part("NVIDIA GeForce RTX 4090") is None  # RTX 40 laptop chips say "Laptop GPU": a desktop card
    assert laptop_part("NVIDIA GeForce GTX 1660 Ti") is None  # its laptop row gives no power: the desktop's stays


def test_a_name_only_a_laptop_part_carries_is_that_part():
    """Code review: a laptop's "NVIDIA GeForce GTX 1650 Ti" (no desktop card has that name) fell to the nearest
    desktop card, the GTX 1650, and was costed at its 75 W."""
    for name, part, watts in (
        ("NVIDIA GeForce GTX 1650 Ti", "GeForce GTX 1650 Ti Mobile", 50),
        ("NVIDIA GeForce RTX 2050", "GeForce RTX 2050 Mobile", 30),
    ):
        spec = lookup_gpu(name)
        assert (spec.name, spec.board_power_watts) == (part, watts)
        gpu = load_profile({**LAPTOP, "gpus": [{"name": name, "vram_total_bytes": 4 * 2**30}]}).gpus[0]
        assert gpu.board_power_watts == watts and gpu.table_nearest is None  # the table's own row, not a neighbour


def test_a_described_laptop_takes_the_laptop_parts_figures_and_says_so():
    profile = load_profile(LAPTOP)
    (gpu,) = profile.gpus
    assert gpu.board_power_watts == 50 and gpu.name == "NVIDIA GeForce GTX 1650"  # the name as the driver gives it
    said = [a for a in machine_from_profile(profile).assumptions if a.code == "assume_gpu_laptop"]
    assert [a.values["laptop"] for a in said] == ["GeForce GTX 1650 Mobile"]
    english = sizing.assumption(ENGLISH, said[0].code, said[0].values)
    assert "taken as the laptop part" in english and "(50 W)" in english
    assert "portátil" in sizing.assumption(Speaker("es"), said[0].code, said[0].values)
    # a desktop (no battery), and a figure typed in the file (the desktop's own 75 W included): unchanged
    desktop = load_profile({**LAPTOP, "battery": False})
    assert desktop.gpus[0].board_power_watts == 75
    assert not [a for a in machine_from_profile(desktop).assumptions if a.code == "assume_gpu_laptop"]
    for typed_watts in (75, 40):
        typed = load_profile({**LAPTOP, "gpus": [{**GTX1650, "board_power_watts": typed_watts}]})
        assert typed.gpus[0].board_power_watts == typed_watts
        assert not [a for a in machine_from_profile(typed).assumptions if a.code == "assume_gpu_laptop"]
    rtx40 = load_profile({**LAPTOP, "gpus": [{"name": "NVIDIA GeForce RTX 4090", "vram_total_bytes": 24 * 2**30}]})
    assert rtx40.gpus[0].board_power_watts == 450


def test_detection_on_a_laptop_takes_the_laptop_part(tmp_path, laptop_sys):  # noqa: F811
    nvml = {**RTX4090_NVML, "name": "NVIDIA GeForce GTX 1650", "total": 4096 * MIB, "free": 3900 * MIB}
    profile = detect(**quick(tmp_path, system="Linux", sysfs_root=laptop_sys, nvml=fake_nvml([nvml])))
    assert profile.battery is True
    (gpu,) = profile.gpus
    assert gpu.name == "NVIDIA GeForce GTX 1650" and gpu.board_power_watts == 50
