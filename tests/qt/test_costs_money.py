"""Money right on the Costs page: a country sets the electricity price (its source said in the user's language) and
the currency; one currency for every figure, the chart and the report; API prices converted once, the rate and its
date shown; the currency box holds only codes with a rate, and a typed "EUR" is EUR.

These tests use the real core defaults (`default_inputs`: the bundled electricity table and exchange rates, the
bundled API prices), so the figures are the ones a user sees."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from advisor.core import report
from advisor.core.costs.currency import bundled_rates
from advisor.core.costs.electricity import bundled_table
from advisor.core.messages import ENGLISH
from advisor.core.messages.dates import long_date
from advisor.qt import fmt, i18n
from advisor.qt.pages.summary import report_wording
from tests.qt import fakes
from tests.qt.helpers import costs_page_with_real_defaults, wait_idle

pytestmark = pytest.mark.gui

RATES = dict(bundled_rates().rates)
TABLE = {row.country: row for row in bundled_table().rows}


_page = costs_page_with_real_defaults  # the real defaults; no sizing estimate, so nothing slow runs


def _pick_country(qtbot, page, code: str) -> None:
    index = page.country.findData(code)
    assert index >= 0, code
    page.country.setCurrentIndex(index)
    page.country.activated.emit(index)
    wait_idle(qtbot)


def _type_currency(qtbot, page, text: str, key=Qt.Key.Key_Return) -> None:
    page.currency.setFocus()
    page.currency.lineEdit().selectAll()
    qtbot.keyClicks(page.currency.lineEdit(), text)
    qtbot.keyClick(page.currency.lineEdit(), key)
    wait_idle(qtbot)


def _amounts(text: str) -> list[str]:
    """The currency after every amount in `text` ("12.34 EUR" → "EUR")."""
    return re.findall(r"\d[\d.,]* ([A-Z]{3})\b", text)


def test_the_country_sets_the_electricity_price_its_source_and_the_currency(qtbot, settings, region):
    region("en", "ES")
    page, state = _page(qtbot, settings)
    assert page.country.currentData() == "ES" and page.country.currentText() == "Spain"  # from the region
    assert state.costs.currency == "EUR"
    assert state.costs.inputs.electricity_price_per_kwh == pytest.approx(TABLE["ES"].price_per_kwh)
    assert "Spain 2025-S2" in page.country_source.text() and "Eurostat" in page.country_source.text()
    page.spins["electricity_price_per_kwh"].setValue(0.31)  # a price typed: the new country's replaces it
    qtbot.waitUntil(lambda: state.costs.inputs.electricity_price_per_kwh == pytest.approx(0.31), timeout=3000)
    wait_idle(qtbot)

    _pick_country(qtbot, page, "MX")
    assert state.costs.currency == "MXN"  # the country's currency: the user chose none
    expected = TABLE["MX"].price_per_kwh * RATES["MXN"]  # published in USD, converted once
    assert state.costs.inputs.electricity_price_per_kwh == pytest.approx(expected)
    assert page.spins["electricity_price_per_kwh"].text() == f"{fmt.number(expected, 3)} MXN"  # 1,551: Spain's way
    source = page.country_source.text()
    assert source.startswith("Mexico 2026 = 0,090 USD") and "confidence: low" in source
    assert settings.value("costs/country") == "MX" and settings.value("costs/electricity_price") is None


def test_the_country_source_is_said_in_spanish_with_the_regions_numbers(qtbot, settings, region):
    region("es", "MX")
    page, state = _page(qtbot, settings)
    assert page.country.currentText() == "México" and state.costs.currency == "MXN"
    source = page.country_source.text()
    assert source.startswith("México 2026 = 0.090 USD") and "fiabilidad: baja" in source


def test_a_currency_the_user_picked_stays_when_the_country_changes(qtbot, settings, region):
    region("en", "MX")
    page, state = _page(qtbot, settings)
    _type_currency(qtbot, page, "USD")
    qtbot.waitUntil(lambda: state.costs.currency == "USD", timeout=5000)
    _pick_country(qtbot, page, "ES")
    qtbot.waitUntil(lambda: state.costs.inputs.origin("country").values.get("country") == "ES", timeout=5000)
    wait_idle(qtbot)
    assert state.costs.currency == "USD"
    assert state.costs.inputs.electricity_price_per_kwh == pytest.approx(0.26 / RATES["EUR"])


def test_select_all_and_type_eur_gives_eur_everywhere(qtbot, settings, region):
    region("en", "MX")
    page, state = _page(qtbot, settings)
    assert state.costs.currency == "MXN"
    page.spins["hardware_cost"].setValue(20000)  # a price typed in pesos
    qtbot.waitUntil(lambda: state.costs.inputs.hardware_cost == 20000, timeout=3000)
    wait_idle(qtbot)

    _type_currency(qtbot, page, "EUR")
    qtbot.waitUntil(lambda: state.costs.currency == "EUR", timeout=5000)
    wait_idle(qtbot)
    assert page.currency.currentText() == "EUR"
    inputs = state.costs.inputs
    assert inputs.usd_rate == pytest.approx(RATES["EUR"])  # the rate belongs to the currency shown
    assert inputs.hardware_cost == pytest.approx(20000 / RATES["MXN"] * RATES["EUR"])  # converted once
    # the API's published dollar prices, converted once at that rate
    api = state.costs.api
    assert api.price_currency == "USD"
    assert api.price_input_per_million == pytest.approx(api.price_input_per_million_published * RATES["EUR"])
    labels = [page.local_month, page.api_month, page.local_million, page.api_million, page.verdict]
    shown = " ".join([w.text() for w in labels] + [page.local_month.toolTip(), page.api_month.toolTip()])
    assert set(_amounts(shown)) == {"EUR"}
    for name in ("electricity_price_per_kwh", "hardware_cost", "api_price_input", "api_price_output"):
        assert page.spins[name].text().endswith(" EUR")
    rate_date = long_date(ENGLISH, bundled_rates().as_of)
    assert f"API prices converted from USD at 0.8503 EUR per US dollar (rate of {rate_date})" in page.dates.text()


def test_the_currency_box_cannot_hold_a_code_without_a_rate(qtbot, settings, region):
    region("en", "MX")
    page, state = _page(qtbot, settings)
    before = state.costs
    _type_currency(qtbot, page, "XYZ")  # no code starts with X: each keystroke is refused
    assert page.currency.currentText() == "MXN" and state.costs is before and not page.error.isVisibleTo(page)
    page.currency.setFocus()
    page.currency.lineEdit().selectAll()
    qtbot.keyClicks(page.currency.lineEdit(), "eu")  # lower case, unfinished
    page.spins["hours_per_day"].setFocus()  # leaving the box finishes it: the one code starting so
    qtbot.waitUntil(lambda: state.costs.currency == "EUR", timeout=5000)
    wait_idle(qtbot)
    assert page.currency.currentText() == "EUR"


def test_switching_currency_twice_keeps_the_rate_of_the_currency_shown(qtbot, settings, region):
    """The report once said "0.8503 MXN per US dollar" (the euro's rate under the peso's name)."""
    region("en", "ES")
    page, state = _page(qtbot, settings)
    for code in ("GBP", "MXN"):
        _type_currency(qtbot, page, code)
        qtbot.waitUntil(lambda code=code: state.costs.currency == code, timeout=5000)
        wait_idle(qtbot)
    assert state.costs.inputs.usd_rate == pytest.approx(RATES["MXN"])
    assert state.costs.inputs.electricity_price_per_kwh == pytest.approx(0.26 / RATES["EUR"] * RATES["MXN"])
    text = _report(state)
    assert "17,24 MXN per US dollar" in text and "0,8503 MXN" not in text and "0,7347 MXN" not in text


def _report(state) -> str:
    assessment = fakes.services().assemble_assessment(state.profile, costs=state.costs)
    return report.render(assessment, "md", wording=report_wording())


def test_one_currency_in_the_chart_and_the_report(qtbot, settings, region):
    region("es", "AR")
    page, state = _page(qtbot, settings)
    assert state.costs.currency == "ARS"
    chart = page._chart.chart()
    assert chart.title().endswith("(ARS)") and chart.localizeNumbers() and chart.locale().name() == "es_AR"
    local = chart.series()[0]
    assert local.at(local.count() - 1).y() == pytest.approx(page._series.local[-1])
    text = _report(state)
    table = [line for line in text.splitlines() if line.startswith("|") and re.search(r"\d [A-Z]{3}", line)]
    assert table and all(set(_amounts(line)) == {"ARS"} for line in table)
    prices = next(line for line in text.splitlines() if "por millón" in line and "/" in line)
    assert set(_amounts(prices)) == {"ARS"}
    # the figures read as in Argentina, the same as on the page
    assert page.api_month.text() in text and "." in page.api_month.text().split(",")[0]


def test_a_country_not_picked_here_follows_the_region_and_one_picked_stays(qtbot, settings, region):
    region("en", "ES")
    page, state = _page(qtbot, settings)
    assert state.costs.currency == "EUR"
    i18n.install_language("en", "MX")  # the region chosen on the Welcome page
    qtbot.waitUntil(lambda: state.costs.currency == "MXN", timeout=5000)
    wait_idle(qtbot)
    assert page.country.currentData() == "MX"
    _pick_country(qtbot, page, "AR")
    qtbot.waitUntil(lambda: state.costs.currency == "ARS", timeout=5000)
    i18n.install_language("en", "ES")
    qtbot.wait(100)  # the language-change events are delivered; nothing is recomputed
    wait_idle(qtbot)
    assert page.country.currentData() == "AR" and state.costs.currency == "ARS"


def test_api_prices_typed_follow_a_currency_switch_converted_once_and_keep_their_model(qtbot, settings, region):
    region("en", "US")
    page, state = _page(qtbot, settings)
    assert state.costs.currency == "USD"
    page.spins["api_price_input"].setValue(1.0)
    page.spins["api_price_output"].setValue(4.0)
    qtbot.waitUntil(lambda: state.costs.api.price_output_per_million == pytest.approx(4.0), timeout=3000)
    wait_idle(qtbot)
    _type_currency(qtbot, page, "MXN")
    qtbot.waitUntil(lambda: state.costs.currency == "MXN", timeout=5000)
    wait_idle(qtbot)
    api = state.costs.api
    assert api.price_output_per_million == pytest.approx(4.0 * RATES["MXN"])  # once, not twice
    assert api.price_currency == "MXN" and api.model == "openai/gpt-4o"
