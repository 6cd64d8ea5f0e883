"""A region picked on the Welcome page that the electricity table has no price for (Uruguay: 26 regions are offered,
the table has 11 countries) is still the person's region: the Costs page and the report say there is no data for it
and which country's price is used — the core's own fallback, as the command line says it for a Uruguayan system —
never "the system's region" (reviewer: with LANG=C the page said the system named no country, with LANG=en_US the
report said the country came from the system's region, although the person had just picked Uruguay)."""

from __future__ import annotations

import pytest

from advisor.core import report
from advisor.core.costs.defaults import FALLBACK_COUNTRY
from advisor.core.costs.electricity import bundled_table
from advisor.qt import i18n
from advisor.qt.pages.summary import report_wording
from tests.qt import fakes
from tests.qt.helpers import costs_page_with_real_defaults, wait_idle

pytestmark = pytest.mark.gui

TABLE = {row.country: row for row in bundled_table().rows}


def _country_row(state) -> str:
    """The report's country line, as the app exports it."""
    assessment = fakes.services().assemble_assessment(state.profile, costs=state.costs)
    text = report.render(assessment, "md", wording=report_wording())
    return next(line for line in text.splitlines() if line.lstrip("-* ").startswith(("País", "Country")))


def _system(monkeypatch, lang: str) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)


@pytest.mark.parametrize("lang", ["C", "en_US.UTF-8", "es_MX.UTF-8"])
def test_a_region_without_electricity_data_is_said_to_have_none_and_the_price_used_named(
    qtbot, settings, region, monkeypatch, lang
):
    assert "UY" not in TABLE and FALLBACK_COUNTRY == "US"
    _system(monkeypatch, lang)  # whatever the system says, the person picked Uruguay
    region("es", "UY")
    page, state = costs_page_with_real_defaults(qtbot, settings)
    assert not page.error.isVisible()
    country = state.costs.inputs.origin("country")
    assert (country.code, country.values["country"]) == ("country_not_in_table", "US")
    assert state.costs.inputs.electricity_price_per_kwh == pytest.approx(TABLE["US"].price_per_kwh)
    assert state.costs.currency == "USD"  # the price used is the United States', in its currency
    source = page.country_source.text()
    assert "no hay datos de Uruguay: se usa Estados Unidos" in source
    assert "sistema" not in source and "--country" not in source
    row = _country_row(state)
    assert "Estados Unidos" in row and "no hay datos de Uruguay: se usa Estados Unidos" in row
    assert "sistema" not in row and "--country" not in row


def test_a_region_with_electricity_data_uses_its_own_price_and_currency(qtbot, settings, region, monkeypatch):
    _system(monkeypatch, "en_US.UTF-8")
    region("es", "MX")
    page, state = costs_page_with_real_defaults(qtbot, settings)
    country = state.costs.inputs.origin("country")
    assert (country.code, country.values["country"]) == ("app_region", "MX")
    assert state.costs.currency == "MXN" and page.country.currentData() == "MX"
    assert state.costs.inputs.electricity_price_per_kwh == pytest.approx(
        TABLE["MX"].price_per_kwh * state.costs.inputs.usd_rate
    )
    assert "no hay datos" not in page.country_source.text()
    row = _country_row(state)
    assert "México" in row and "la región elegida en la primera página" in row


def test_a_region_without_data_chosen_later_on_the_welcome_page_says_so_too(qtbot, settings, region, monkeypatch):
    _system(monkeypatch, "es_MX.UTF-8")  # the system's country has a price: it must not stand in for Uruguay
    region("es", "MX")
    page, state = costs_page_with_real_defaults(qtbot, settings)
    assert state.costs.currency == "MXN"
    i18n.install_language("es", "UY")  # the region chosen on the Welcome page, live
    qtbot.waitUntil(lambda: state.costs.inputs.origin("country").code == "country_not_in_table", timeout=5000)
    wait_idle(qtbot)
    assert state.costs.currency == "USD"
    assert state.costs.inputs.electricity_price_per_kwh == pytest.approx(TABLE["US"].price_per_kwh)
    assert "no hay datos de Uruguay: se usa Estados Unidos" in page.country_source.text()
    assert "no hay datos de Uruguay: se usa Estados Unidos" in _country_row(state)
