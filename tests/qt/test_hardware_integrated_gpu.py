"""The Hardware page on a Ryzen 5 5500U laptop detected on Windows (the registry as the AMD driver writes it): its
"AMD Radeon(TM) Graphics" is shown under its "… with Radeon Graphics" processor — never "No graphics card found" —
with the memory the Recommendation page's budget line gives it, not the BIOS's 512 MiB carve-out."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from advisor.core.hardware import detect
from advisor.core.messages import sizing
from advisor.core.sizing.recommend import recommend
from advisor.qt import wording
from advisor.qt.pages.hardware import HardwarePage
from tests.core.hardware.conftest import quick
from tests.qt import fakes
from tests.qt.helpers import make_page, wait_idle

pytestmark = pytest.mark.gui

GIB, MIB = 2**30, 2**20
RADEON = {
    "DriverDesc": "AMD Radeon(TM) Graphics",
    "DriverVersion": "31.0.21921.1000",
    "MatchingDeviceId": "PCI\\VEN_1002&DEV_164C&REV_C1",
    "HardwareInformation.qwMemorySize": 512 * MIB,
}
BASIC_DISPLAY = {"DriverDesc": "Microsoft Basic Display Adapter", "MatchingDeviceId": "PCI\\CC_0300"}


def _laptop(tmp_path):
    memory = SimpleNamespace(total=16475176960, available=8804682752)
    cpu = {"brand_raw": "AMD Ryzen 5 5500U with Radeon Graphics", "arch": "X86_64", "flags": ["avx", "avx2", "fma"]}
    return detect(
        **quick(
            tmp_path,
            system="Windows",
            read_registry=lambda: [RADEON, BASIC_DISPLAY],
            cpuinfo=lambda: cpu,
            cpu_cores=lambda: (6, 12),
            virtual_memory=lambda: memory,
        )
    )


def test_the_hardware_page_shows_the_5500us_radeon_with_the_recommendations_figure(qtbot, tmp_path):
    profile = _laptop(tmp_path)
    page = make_page(qtbot, HardwarePage, services=fakes.services(detect=lambda: profile))
    page.detect()
    qtbot.waitUntil(page.isComplete, timeout=5000)
    wait_idle(qtbot)
    shown = page.gpu_value.text()
    assert "No graphics card found" not in shown and "512 MiB" not in shown
    rec = recommend(profile)
    say = wording.say()
    budget = next(line for line in sizing.budget_lines(say, rec.budget) if "Integrated graphics" in line)
    figure = re.search(r"up to (.+?)\.$", budget)
    assert figure is not None
    assert (
        shown == f"AMD Radeon(TM) Graphics: integrated graphics sharing the system RAM, up to {figure[1]} for a model"
    )


def test_the_graphics_tooltip_speaks_of_shared_ram_where_there_is_no_vram_and_the_ram_tooltip_reads_as_sentences(
    qtbot, tmp_path
):
    """App review: a Mac's and an integrated GPU's tooltip spoke of VRAM and "Free", which they do not have; the RAM
    tooltip read "…right now.; memory bandwidth…"."""
    from advisor.core.hardware.profile_io import load_profile

    profiles = {
        "integrated": _laptop(tmp_path),
        "mac": load_profile({"ram": {"total_bytes": 16 * GIB}, "gpus": [{"name": "Apple M2 (10-core GPU)"}]}),
        "card": load_profile(
            {
                "ram": {"total_bytes": 32 * GIB, "bandwidth_gbps": 51.2},
                "gpus": [{"name": "NVIDIA GeForce RTX 3060", "vram_total_bytes": 12 * GIB}],
            }
        ),
    }
    for kind, profile in profiles.items():
        page = make_page(qtbot, HardwarePage, services=fakes.services(detect=lambda profile=profile: profile))
        page.detect()
        qtbot.waitUntil(page.isComplete, timeout=5000)
        wait_idle(qtbot)
        tip = page.gpu_value.toolTip()
        assert ("VRAM" in tip) == (kind == "card"), kind
        assert ("system RAM" in tip) == (kind != "card"), kind
        ram_tip = page.ram_value.toolTip()
        assert ".;" not in ram_tip and "; memory bandwidth" not in ram_tip, kind
    assert ram_tip.endswith("Memory bandwidth: about 51 GB/s.")
