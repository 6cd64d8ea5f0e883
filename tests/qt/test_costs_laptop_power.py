"""The Costs page costs a laptop as a laptop and says which one it assumed, as `llm-advisor cost` does: the review's
RTX 4060 laptop showed "estimated for a desktop with a GPU" and 50 W idle. Under the country, the electricity
price's source is said in the app's language (the table keeps the publisher's own title for the report's JSON).

The real core defaults and sizing engine, on the laptop as "detected"."""

from __future__ import annotations

import pytest

from advisor.core.costs import default_inputs
from advisor.core.costs.laptop import LAPTOP_DGPU_IDLE_WATTS
from advisor.core.hardware.profile_io import load_profile
from advisor.qt import i18n
from advisor.qt.pages.costs import CostsPage
from advisor.qt.state import WizardState
from tests.qt import fakes
from tests.qt.helpers import make_page, wait_idle

pytestmark = pytest.mark.gui

LAPTOP = {
    "ram": {"total_bytes": 16 * 2**30},
    "cpu": {"brand": "13th Gen Intel(R) Core(TM) i7-13620H"},
    "gpus": [{"name": "NVIDIA GeForce RTX 4060 Laptop GPU", "vram_total_bytes": 8 * 2**30}],
}


@pytest.fixture
def mexico(qapp):
    def install(language: str) -> None:
        i18n.install_language(language, "MX")

    yield install
    i18n.install_language("en", "")


def _page(qtbot, settings) -> CostsPage:
    state = WizardState()
    state.set_profile(load_profile(LAPTOP), detected=True)
    page = make_page(
        qtbot, CostsPage, state=state, settings=settings, services=fakes.services(default_cost_inputs=default_inputs)
    )
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=15000)
    wait_idle(qtbot)
    return page


def test_the_costs_page_assumes_the_laptop_and_names_its_graphics_card(qtbot, settings, mexico):
    mexico("en")
    page = _page(qtbot, settings)
    idle, power = page.spins["idle_watts"], page.spins["power_watts"]
    assert idle.value() == LAPTOP_DGPU_IDLE_WATTS
    assert "estimated for a laptop with NVIDIA GeForce RTX 4060 Laptop GPU" in idle.toolTip()
    assert "for the rest of the laptop" in power.toolTip()
    assert "desktop" not in idle.toolTip() + power.toolTip()
    assert "CFE residential tariffs (tiered, subsidised)" in page.country_source.text()


def test_in_spanish_the_laptop_and_the_electricity_source_are_spanish(qtbot, settings, mexico):
    # fails until the lead merges /tmp/tr/costpower.py into the .ts and .qm
    mexico("es")
    page = _page(qtbot, settings)
    assert "estimada para un portátil con NVIDIA GeForce RTX 4060 Laptop GPU" in page.spins["idle_watts"].toolTip()
    source = page.country_source.text()
    assert "tarifas residenciales de CFE (por tramos de consumo, subsidiadas)" in source
    assert "residential" not in source
