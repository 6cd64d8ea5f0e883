"""The app says only what it can keep, and says where its figures come from:

- the Recommendation page's assumptions promise no change the Hardware page cannot make: the heading says they were
  not read from this computer, and each names the command line's hardware-file field that gives the real figure;
- on the Costs page a tokens-per-month default lowered to what the machine can generate says so beside the field
  (the reason the command line prints), the country taken from the app's region is never "you entered it", and an
  API price in pesos is grouped as the table beside it and shown to the cent (3.517,50 ARS), typed back as shown.

The Spanish test fails until the lead merges /tmp/tr/voice.py."""

from __future__ import annotations

import dataclasses
import functools
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from advisor.core.costs import default_inputs
from advisor.core.costs.currency import bundled_rates
from advisor.core.hardware.profile_io import load_profile
from advisor.qt import i18n, wording
from advisor.qt.pages.costs import CostsPage
from advisor.qt.pages.recommendation import RecommendationPage
from advisor.qt.services import Services
from advisor.qt.state import WizardState
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui

GIB = 1024**3


@pytest.fixture
def region(qapp):
    def install(language: str, code: str) -> None:
        i18n.install_language(language, code)

    yield install
    i18n.install_language("en", "")


def _recommendation_page(qtbot):
    # a described machine that says nothing of its processor: its cores, instructions and memory speed are assumed
    state = WizardState()
    state.set_profile(load_profile({"ram": {"total_bytes": 16 * GIB}, "gpus": []}), detected=False, what_if=True)
    real = Services()
    services = dataclasses.replace(fakes.services(), recommend=real.recommend, tier_estimate=real.tier_estimate)
    page = make_page(qtbot, RecommendationPage, services=services, state=state)
    page.initializePage()
    qtbot.waitUntil(page.isComplete, timeout=10000)
    wait_idle(qtbot)
    return page, state.recommendation


def test_the_assumptions_promise_the_hardware_file_of_the_command_line_not_the_hardware_page(qtbot):
    page, rec = _recommendation_page(qtbot)
    codes = {a.code for a in rec.assumptions}
    assert {"assume_cpu_cores", "assume_ram_bandwidth"} <= codes
    text = page.reasons.text()
    assert "Assumed (not read from this computer)" in text
    assert "hardware page" not in text.lower() and "correct them" not in text
    assert "(llm-advisor recommend --hardware FILE): cpu.physical_cores" in text  # the field, as the CLI says it
    assert "(llm-advisor recommend --hardware FILE): ram.bandwidth_gbps" in text


def test_the_assumptions_heading_in_spanish(qtbot, region):  # fails until the lead merges /tmp/tr/voice.py
    region("es", "MX")
    page, _rec = _recommendation_page(qtbot)
    text = page.reasons.text()
    assert "Supuestos (no se leyeron de este equipo)" in text
    assert "corrígelo" not in text and "La línea de comandos toma el valor real" in text


def _slow(_profile):  # a CPU laptop's estimate: 2 tok/s cannot generate the usual 10 million tokens in 8 h a day
    return SimpleNamespace(tokens_per_second=2.0, fit=None, tier="7B", quant="Q4_K_M")


def _costs_page(qtbot, settings):
    services = fakes.services(default_cost_inputs=functools.partial(default_inputs, speed_estimator=_slow))
    state = state_with_profile()
    page = make_page(qtbot, CostsPage, state=state, settings=settings, services=services)
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=10000)
    wait_idle(qtbot)
    return page, state


def test_a_lowered_tokens_per_month_says_why_beside_the_field(qtbot, settings, region):
    region("en", "US")
    page, state = _costs_page(qtbot, settings)
    inputs = state.costs.inputs
    assert inputs.origin("tokens_per_month").code == "default_usage_capacity" and inputs.tokens_per_month < 10e6
    assert not page.usage_hint.isHidden()
    assert page.usage_hint.text() == (
        "Lowered from 10 million: what this computer can handle in 8\u00a0h a day, generating 2.0 tok/s "
        "and reading the input part (the prompts) faster."
    )
    page.spins["tokens_per_month"].setValue(2.0)  # the user's own figure: nothing lowered
    qtbot.waitUntil(lambda: state.costs.inputs.tokens_per_month == 2e6, timeout=3000)
    wait_idle(qtbot)
    assert page.usage_hint.isHidden()


def test_the_country_of_the_apps_region_is_said_so_and_a_picked_one_as_entered(qtbot, settings, region):
    region("en", "MX")
    page, state = _costs_page(qtbot, settings)
    country = state.costs.inputs.origin("country")
    assert (country.code, country.values["country"]) == ("app_region", "MX")
    said = wording.cost_assumption(country.code, {"input": "country", **country.values})
    assert said == "Country: Mexico — the region chosen on the app's first page"
    index = page.country.findData("AR")
    page.country.setCurrentIndex(index)
    page.country.activated.emit(index)
    qtbot.waitUntil(lambda: state.costs.inputs.origin("country").values.get("country") == "AR", timeout=5000)
    wait_idle(qtbot)
    assert state.costs.inputs.origin("country").code == "user"


def test_pesos_are_grouped_and_shown_to_the_cent_and_read_back_as_shown(qtbot, settings, region):
    region("es", "AR")
    page, state = _costs_page(qtbot, settings)
    assert state.costs.currency == "ARS"
    price = state.costs.api.price_input_per_million
    assert price == pytest.approx(2.5 * dict(bundled_rates().rates)["ARS"])  # gpt-4o's 2.50 USD, converted once
    spin = page.spins["api_price_input"]
    whole, cents = divmod(round(price * 100), 100)
    assert spin.text() == f"{whole // 1000}.{whole % 1000:03d},{cents:02d} ARS"  # 3.517,50 ARS, as the table groups
    assert page.spins["electricity_price_per_kwh"].decimals() == 3  # a tariff keeps its tenth of a cent
    # the cents deleted: what is left is read the way the field wrote it, thousands and all
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), f"{whole // 1000}.{whole % 1000:03d}")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert spin.value() == whole
    qtbot.waitUntil(lambda: state.costs.inputs.api_price_input == whole, timeout=3000)
    wait_idle(qtbot)
