"""The Hardware page's what-if describes one coherent machine, as typed: RAM to the tenth of a GiB (23.5 GiB is
23.5 on this page and on the Recommendation page, never 24), and a what-if Mac runs on its own Apple chip's
processor — never this PC's x86 CPU beside an Apple GPU — while a graphics card picked for a Mac, which Apple
silicon cannot take, leaves the processor unknown rather than the Mac's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from advisor.core.hardware.gpu_table import all_gpus
from advisor.core.hardware.profile_io import load_profile, what_if
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.sizing.recommend import recommend
from advisor.qt.pages.hardware import HardwarePage
from advisor.qt.wizard import AdvisorWizard, PageId
from tests.qt import fakes
from tests.qt.helpers import make_page, wait_idle

pytestmark = pytest.mark.gui

GIB = 1024**3
M3_PRO = "tests/data/machines/apple-m3-pro-18gb.json"


def _what_if_page(qtbot, page: HardwarePage) -> HardwarePage:
    page.detect()
    qtbot.waitUntil(lambda: page.gpu_combo.count() > 2, timeout=5000)
    wait_idle(qtbot)
    page.what_if_box.setChecked(True)
    return page


def _type_ram(qtbot, page: HardwarePage, text: str) -> None:
    page.ram_spin.setFocus()
    page.ram_spin.selectAll()
    qtbot.keyClicks(page.ram_spin, text)
    qtbot.keyClick(page.ram_spin, Qt.Key.Key_Return)


def _pick(page: HardwarePage, name: str) -> None:
    index = page.gpu_combo.findText(f"{name} — ", Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, name
    page.gpu_combo.setCurrentIndex(index)


@pytest.mark.parametrize("typed", ["23.5", "23,5"])
def test_ram_typed_to_the_tenth_is_shown_and_used_as_typed_up_to_the_recommendation(qtbot, settings, typed):
    wizard = AdvisorWizard(
        settings, services=fakes.services(what_if=what_if, all_gpus=all_gpus, recommend=recommend), language="en"
    )
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_background_work()  # detection, as the app starts it once the window shows
    page = wizard.page(PageId.HARDWARE)
    qtbot.waitUntil(lambda: page.isComplete() and page.gpu_combo.count() > 2, timeout=10000)
    wait_idle(qtbot)
    page.what_if_box.setChecked(True)
    _type_ram(qtbot, page, typed)

    assert page.ram_spin.text() == "23.5 GiB" and not page.ram_problem.isVisible()
    assert wizard.state.profile.ram.total_bytes == round(23.5 * GIB)
    assert page.ram_value.text().startswith("23.5 GiB total")
    wizard.setCurrentId(PageId.RECOMMENDATION)
    recommendation = wizard.page(PageId.RECOMMENDATION)
    qtbot.waitUntil(lambda: recommendation.isComplete() and bool(recommendation.budget.text()), timeout=10000)
    wait_idle(qtbot)
    budget = recommendation.budget.text()
    assert "23.5 GiB" in budget and "24.0 GiB" not in budget


def test_a_what_if_mac_runs_on_its_own_apple_chip_not_this_pcs_processor(qtbot):
    page = _what_if_page(
        qtbot, make_page(qtbot, HardwarePage, services=fakes.services(what_if=what_if, all_gpus=all_gpus))
    )
    assert "Ryzen" in page.cpu_value.text()  # this PC (fakes.profile: an AMD Ryzen 7 7700)
    _pick(page, "Apple M2 Pro")

    profile = page.state.profile
    assert profile.cpu.brand == "Apple M2 Pro" and profile.cpu.arch == "arm64" and profile.os.system == "Darwin"
    assert page.cpu_value.text() == "Apple M2 Pro (12 cores)"
    machine = machine_from_profile(profile, calibrated=False)
    # the speed engine runs the chip's processor: its class, its tier's share of memory, its 8 performance cores
    assert (machine.cpu_class, machine.cpu_apple_tier, machine.cpu_cores) == ("apple", "pro", 8)
    assert machine.ram_bandwidth_gbps == 200.0  # the chip's unified memory, not this PC's DDR5
    _pick(page, "GeForce RTX 4090")  # back to a PC: this PC's own processor again
    assert page.state.profile.cpu == fakes.profile().cpu and "Ryzen" in page.cpu_value.text()


def test_a_card_picked_for_a_mac_leaves_the_processor_unknown_not_the_macs(qtbot):
    mac = load_profile(M3_PRO)
    services = fakes.services(detect=lambda: mac, what_if=what_if, all_gpus=all_gpus)
    page = _what_if_page(qtbot, make_page(qtbot, HardwarePage, services=services))
    _pick(page, "Apple M3 Pro (14-core GPU)")  # this Mac's own chip: the processor detection found
    assert page.state.profile.cpu == mac.cpu
    _pick(page, "GeForce RTX 4090")

    profile = page.state.profile
    assert "Apple" not in profile.cpu.brand and profile.os.system != "Darwin"
    assert "Apple" not in page.cpu_value.text() and "typical processor is assumed" in page.cpu_value.text()
    machine = machine_from_profile(profile, calibrated=False)
    assert machine.cpu_class != "apple" and machine.cpu_apple_tier is None
    assert "assume_cpu_cores" in [a.code for a in machine.assumptions]  # said, as every assumed figure is


def test_an_integrated_gpu_picked_on_a_pc_of_the_other_maker_runs_on_that_gpus_processor_family(qtbot):
    """Review "newcomer2", finding 1: "Radeon 780M" picked on an Intel PC gave a typical DDR4-3200 processor (12.7
    tok/s, 13B only at Q3_K_M); the 780M's Ryzen 7040 gives what `recommend` says for the real Ryzen 7 7840U."""
    intel_pc = load_profile(
        {"ram": {"total_bytes": 32 * GIB}, "cpu": {"brand": "Intel(R) Core(TM) i5-12400F"}, "gpus": []}
    )
    services = fakes.services(detect=lambda: intel_pc, what_if=what_if, all_gpus=all_gpus)
    page = _what_if_page(qtbot, make_page(qtbot, HardwarePage, services=services))
    _pick(page, "Radeon 780M")

    profile = page.state.profile
    assert profile.cpu.brand == "AMD Ryzen 7040/8040 mobile (Phoenix, Hawk Point)"
    assert "Ryzen 7040/8040" in page.cpu_value.text() and "typical processor" not in page.cpu_value.text()
    assert machine_from_profile(profile, calibrated=False).ram_bandwidth_gbps == 67.2  # DDR5-5600, two channels
    real = load_profile(
        {
            "ram": {"total_bytes": 32 * GIB},
            "cpu": {"brand": "AMD Ryzen 7 7840U w/ Radeon 780M Graphics"},
            "gpus": [{"name": "AMD Radeon 780M", "unified_memory": True}],
        }
    )
    imagined, described = recommend(profile), recommend(real)
    assert (imagined.model, imagined.quant, imagined.tokens_per_second) == (
        described.model,
        described.quant,
        described.tokens_per_second,
    )
    assert [(t.tier, t.best_quant) for t in imagined.tiers] == [(t.tier, t.best_quant) for t in described.tiers]


def test_the_processor_family_a_what_if_integrated_gpu_brings_is_named_in_the_readers_language(qtbot, region):
    """The family is data in English ("AMD Ryzen 7040/8040 mobile (…)"); a Spanish reader sees it as the
    assumptions line names it, not half in English."""
    region("es", "MX")
    intel_pc = load_profile(
        {"ram": {"total_bytes": 32 * GIB}, "cpu": {"brand": "Intel(R) Core(TM) i5-12400F"}, "gpus": []}
    )
    services = fakes.services(detect=lambda: intel_pc, what_if=what_if, all_gpus=all_gpus)
    page = _what_if_page(qtbot, make_page(qtbot, HardwarePage, services=services))
    _pick(page, "Radeon 780M")
    assert page.cpu_value.text() == "AMD Ryzen 7040/8040 para portátiles (Phoenix, Hawk Point)"
    page.what_if_box.setChecked(False)  # this computer's own processor, as detected
    assert page.cpu_value.text().startswith("Intel(R) Core(TM) i5-12400F")
