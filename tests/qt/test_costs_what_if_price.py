"""The what-if is hardware someone is thinking of buying: the Costs page never says it is already paid for.

The review's designer (Mac mini M4) ticked "What if…" for a 32 GB + RTX 5060 Ti PC and was told, in bold, that
running it locally "saves 48 EUR a month … the computer is counted as already owned". Now the hardware cost field
asks for the price ("type its price"), the headline says the saving comes before that price, a price typed gives
the months, and that price stays with the what-if: back on this computer, 0 is "already owned" again. The report
(Summary page) says where the machine came from — the app's what-if, not "a hardware file" — and the same verdict.
The Hardware page does not call a described machine's free RAM free "now".
"""

from __future__ import annotations

import functools
from types import SimpleNamespace

import pytest

from advisor.core.costs import compare, default_inputs, resolve_inputs
from advisor.core.hardware.profile_io import what_if
from advisor.qt.pages.costs import CostsPage
from advisor.qt.pages.hardware import HardwarePage
from advisor.qt.pages.summary import SummaryPage
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, type_into, wait_idle

pytestmark = pytest.mark.gui

GIB = 1024**3


def _estimate(_profile):  # a desktop card's speed: the API costs more than the electricity, a saving exists
    return SimpleNamespace(tokens_per_second=40.0, fit=None, tier="13B", quant="Q4_K_M")


def _what_if_state():
    state = state_with_profile()  # this computer, detected
    state.set_profile(what_if(state.profile, ram_total_bytes=64 * GIB), detected=False, what_if=True)
    return state


def _costs_page(qtbot, settings, state):
    services = fakes.services(default_cost_inputs=functools.partial(default_inputs, speed_estimator=_estimate))
    page = make_page(qtbot, CostsPage, state=state, settings=settings, services=services)
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=10000)
    wait_idle(qtbot)
    return page


def test_a_what_if_asks_for_its_price_instead_of_calling_it_owned(qtbot, settings):
    state = _what_if_state()
    page = _costs_page(qtbot, settings, state)
    spin = page.spins["hardware_cost"]
    assert spin.value() == 0 and spin.text() == "type its price"  # an empty-looking field asking for it, not "0"
    assert page.hardware_hint.isVisibleTo(page)
    assert page.hardware_hint.text().startswith("Not counted: the price of the hardware you are considering")
    verdict = page.verdict.text()
    assert state.costs.break_even.kind == "unpriced"
    assert "before the price of the hardware you are considering" in verdict
    assert "type that price in Hardware cost" in verdict
    assert "already owned" not in verdict + page.hardware_hint.text()
    # leaving the field as it stands is no mistake: nothing is refused
    spin.setFocus()
    qtbot.keyClick(spin.lineEdit(), "\t")
    assert not page.field_problems["hardware_cost"].isVisibleTo(page)


def test_a_price_typed_for_the_what_if_gives_its_break_even_and_stays_with_it(qtbot, settings):
    state = _what_if_state()
    page = _costs_page(qtbot, settings, state)
    type_into(qtbot, page.spins["hardware_cost"], "1100")
    qtbot.waitUntil(lambda: state.costs.inputs.hardware_cost == 1100, timeout=5000)
    wait_idle(qtbot)
    c = state.costs
    assert c.break_even.kind in ("months", "past_lifetime")
    assert c.break_even.months == pytest.approx(1100 / (c.api.total_per_month - c.local.electricity_per_month))
    assert not page.hardware_hint.isVisibleTo(page) and "months" in page.verdict.text()
    detected = state.detected  # back to this computer: the what-if's price is not this computer's
    state.set_profile(detected, detected=True, what_if=False)
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs.inputs.hardware_cost == 0, timeout=10000)
    wait_idle(qtbot)
    assert state.costs.break_even.kind == "at_once"
    assert page.hardware_hint.text() == "Counted as already owned (0). Enter what it cost to count buying it."
    assert page.spins["hardware_cost"].text() != "type its price"


def test_the_report_of_a_what_if_names_it_and_waits_for_the_price(qtbot):
    state = _what_if_state()
    state.set_recommendation(fakes.recommend(state.profile))
    inputs = resolve_inputs(state.profile, hardware_file=True, country="ES", env={"LANG": "es_ES.UTF-8"})
    state.set_costs(inputs, compare(inputs))  # what the Costs page computes for a what-if
    page = make_page(qtbot, SummaryPage, state=state)
    page.initializePage()
    qtbot.waitUntil(lambda: page.buttons["pdf"].isEnabled(), timeout=10000)
    wait_idle(qtbot)
    text = page.preview.toPlainText()
    assert "Source: what-if hardware chosen in the app (not this computer)" in text
    assert "a hardware file" not in text
    assert "not known yet, as the price of the hardware you are considering is not counted" in text
    assert "already paid for" not in text


def test_the_hardware_page_does_not_call_a_what_ifs_ram_free_now(qtbot):
    state = _what_if_state()
    page = make_page(qtbot, HardwarePage, state=state)
    page._show_profile()
    free = state.profile.ram.available_bytes / GIB  # the usual reserve taken off: nobody measured it
    assert page.ram_value.text() == f"64.0 GiB total, {free:.1f} GiB available after the system's usual reserve"
    state.set_profile(state.detected, detected=True, what_if=False)
    page._show_profile()
    assert page.ram_value.text() == "32.0 GiB total, 21.4 GiB available now"  # this computer: measured, now
