"""The arrow keys on the Costs page's money fields step by an amount of the currency shown, as they do in dollars:
a computer's price moves by about 50 dollars' worth (1,000 MXN, 200,000 COP), never by 50 pesos on a 30,000 MXN
card; a kWh by about a cent's worth, an API price by about ten cents'. Real core defaults and exchange rates."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import Qt

from advisor.core.costs import default_inputs
from advisor.qt import i18n
from advisor.qt.pages.costs import CostsPage
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui

# field → the step a person expects in US dollars (a round figure of the currency shown may be 0.4–2.5× that)
DOLLAR_STEPS = {"hardware_cost": 50.0, "electricity_price_per_kwh": 0.01, "api_price_output": 0.1}


@pytest.fixture
def region(qapp):
    yield lambda code: i18n.install_language("en", code)
    i18n.install_language("en", "")


@pytest.mark.parametrize(
    ("country", "currency"), [("MX", "MXN"), ("CO", "COP"), ("CL", "CLP"), ("AR", "ARS"), ("US", "USD")]
)
def test_one_arrow_key_step_is_worth_about_the_same_in_every_currency(qtbot, settings, region, country, currency):
    region(country)
    services = fakes.services(default_cost_inputs=functools.partial(default_inputs, speed_estimator=lambda _p: None))
    state = state_with_profile()
    page = make_page(qtbot, CostsPage, state=state, settings=settings, services=services)
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=10000)
    wait_idle(qtbot)
    assert state.costs.currency == currency
    rate = state.costs.inputs.usd_rate

    for name, dollars in DOLLAR_STEPS.items():
        spin = page.spins[name]
        step_in_dollars = spin.singleStep() / rate
        assert 0.4 * dollars <= step_in_dollars <= 2.5 * dollars, (name, spin.singleStep(), currency)

    spin = page.spins["hardware_cost"]  # a person pressing the Up arrow once in the computer's price
    before = spin.value()
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: state.costs.inputs.hardware_cost != before, timeout=5000)
    wait_idle(qtbot)
    raised = state.costs.inputs.hardware_cost - before
    assert 0.4 * 50 <= raised / rate <= 2.5 * 50
