"""An integrated GPU described without its memory gets the share of RAM its driver gives by default, and says so with
the field that changes it. Newcomer round (a 64 GB Strix Halo): "up to 31.8 GiB" decided a 70B's layout (57 of 80
layers on the GPU; all 80 with 48 GiB set in the BIOS), and nothing under "Assumed" said it was assumed."""

from __future__ import annotations

from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, sizing
from advisor.core.sizing import recommend
from advisor.core.sizing.machine import machine_from_profile

G = 2**30
STRIX = {
    "ram": {"total_bytes": 64 * G, "type": "LPDDR5X", "speed_mts": 8000, "channels": 4},
    "cpu": {"brand": "AMD RYZEN AI MAX+ 395 w/ Radeon 8060S", "physical_cores": 16, "logical_cores": 32},
    "gpus": [{"name": "AMD Radeon 8060S", "unified_memory": True}],
    "os": "Windows 11",
}


def _assumed(profile):
    return [a for a in recommend(profile).assumptions if a.code == "assume_shared_gpu_memory"]


def test_the_drivers_default_share_is_said_with_the_figure_the_budget_uses():
    profile = load_profile(STRIX)
    (said,) = _assumed(profile)
    assert said.values["memory_bytes"] == machine_from_profile(profile).budget.gpu_bytes
    text = sizing.assumption(ENGLISH, said.code, said.values, fields=True)
    assert "AMD Radeon 8060S may use up to 31.8 GiB of the system RAM" in text and "Variable Graphics Memory" in text
    assert text.endswith("In a hardware file: gpus[].vram_total_bytes")


def test_a_stated_share_is_not_assumed():
    stated = {**STRIX, "gpus": [{"name": "AMD Radeon 8060S", "unified_memory": True, "vram_total_bytes": 48 * G}]}
    assert _assumed(load_profile(stated)) == []
    card = {**STRIX, "gpus": [{"name": "NVIDIA GeForce RTX 4090", "vram_total_bytes": 24 * G}]}
    assert _assumed(load_profile(card)) == []


def test_the_apps_what_if_and_a_detected_apu_without_a_carve_out_are_told_too():
    """Code review: the app's what-if (a 64 GB Radeon 8060S) and Windows' detection, which fill the same default
    share in, were never told; only a hardware file was."""
    import dataclasses

    profile = load_profile(STRIX)
    for source in ("what-if", "registry"):
        gpus = tuple(dataclasses.replace(g, source=source) for g in profile.gpus)
        assert len(_assumed(dataclasses.replace(profile, gpus=gpus))) == 1, source
