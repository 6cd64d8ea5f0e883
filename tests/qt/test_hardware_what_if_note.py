"""The Hardware page's what-if note says what the engine gives a card picked from the table: its memory less the
desktop's allowance and the margin (an RTX 4090 what-if gets 22.3 GiB of its 24, not all of it)."""

from __future__ import annotations

import pytest

from advisor.core.hardware.gpu_table import all_gpus
from advisor.core.hardware.profile_io import what_if
from advisor.core.sizing.machine import machine_from_profile
from advisor.qt.pages.hardware import HardwarePage
from tests.qt import fakes
from tests.qt.helpers import make_page, wait_idle

pytestmark = pytest.mark.gui
GIB = 1024**3


def _page(qtbot, **services) -> HardwarePage:
    page = make_page(qtbot, HardwarePage, services=fakes.services(what_if=what_if, **services))  # the real what-if
    page.detect()
    qtbot.waitUntil(lambda: page.gpu_combo.count() > 2, timeout=3000)
    wait_idle(qtbot)
    page.what_if_box.setChecked(True)
    return page


def test_the_note_gives_the_picked_cards_budget_as_the_engine_computes_it(qtbot):
    page = _page(qtbot)
    page.gpu_combo.setCurrentIndex(page.gpu_combo.findText("GeForce RTX 4090 — 24 GiB"))
    machine = machine_from_profile(page.state.profile, calibrated=False)
    budget = machine.gpus[0].budget_bytes
    assert 22 * GIB < budget < 23 * GIB  # 24 GiB − 5 % for the desktop − 512 MiB
    note = page.what_if_note.text()
    assert f"a model may use {budget / GIB:.1f} GiB" in note
    assert "GeForce RTX 4090" in note and "24.0 GiB" in note and "1.2 GiB" in note and "512 MiB" in note
    assert "equal to total" not in note


def test_the_note_follows_the_card_and_says_the_rule_without_one(qtbot):
    page = _page(qtbot)
    page.gpu_combo.setCurrentIndex(page.gpu_combo.findText("GeForce RTX 3060 — 12 GiB"))
    machine = machine_from_profile(page.state.profile, calibrated=False)
    assert f"a model may use {machine.gpus[0].budget_bytes / GIB:.1f} GiB" in page.what_if_note.text()
    page.gpu_combo.setCurrentIndex(page.gpu_combo.findData("__none__"))
    assert "5%, at least 300 MiB" in page.what_if_note.text() and "GeForce" not in page.what_if_note.text()


@pytest.mark.parametrize(("chip", "kind"), [("Apple M3 Pro (18-core GPU)", "unified"), ("Radeon 780M", "shared")])
def test_a_chip_without_memory_of_its_own_gets_its_share_of_the_ram_not_a_cards_rule(qtbot, chip, kind):
    """Review round 5: an Apple chip picked in the what-if was told the dedicated card's rule (the desktop's 5 %)."""
    page = _page(qtbot, all_gpus=all_gpus)  # the bundled table, where these chips are marked unified memory
    page.ram_spin.setValue(36)
    index = next(i for i in range(page.gpu_combo.count()) if page.gpu_combo.itemText(i).startswith(chip + " — "))
    page.gpu_combo.setCurrentIndex(index)
    budget = machine_from_profile(page.state.profile, calibrated=False).budget
    assert budget.gpu_kind == kind
    note = page.what_if_note.text()
    assert chip in note and f"up to {budget.gpu_bytes / GIB:.1f} GiB of the 36.0 GiB" in note, note
    assert "5%" not in note and "desktop" not in note
    page.ram_spin.setValue(18)  # the share follows the RAM set
    smaller = machine_from_profile(page.state.profile, calibrated=False).budget
    assert f"up to {smaller.gpu_bytes / GIB:.1f} GiB of the 18.0 GiB" in page.what_if_note.text()
