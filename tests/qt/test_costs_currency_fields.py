"""The Costs page's money fields in the currency shown: in Colombia, Chile or Argentina the electricity price, the API
prices and a computer's price in pesos stand in their fields as the totals use them (never clamped to dollar
limits), a real local price can be typed, and a refusal says the range in that currency. A field's "not taken"
line goes once the field holds a good value or the country changes, and is said again in a new language.

The real core defaults (bundled electricity table, exchange rates, API prices), as a user sees them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from advisor.core.costs import compare
from advisor.core.costs.resolve import apply_user_values
from advisor.qt import fmt
from tests.qt.helpers import costs_page_with_real_defaults, type_into, wait_idle

pytestmark = pytest.mark.gui

MONEY = ("electricity_price_per_kwh", "hardware_cost", "api_price_input", "api_price_output")


_page = costs_page_with_real_defaults
_type = type_into


def _shown(page, state) -> dict[str, float]:
    """What the totals were computed from, field by field."""
    c = state.costs
    return {
        "electricity_price_per_kwh": c.inputs.electricity_price_per_kwh,
        "hardware_cost": c.inputs.hardware_cost,
        "api_price_input": c.api.price_input_per_million,
        "api_price_output": c.api.price_output_per_million,
    }


# (region, currency, electricity per kWh, a computer, API output per million) as people there pay them
LOCAL = [
    ("CO", "COP", "800", 3_500_000, "40000"),
    ("CL", "CLP", "250", 1_200_000, "9000"),
    ("AR", "ARS", "150", 1_500_000, "15000"),
    ("ES", "EUR", "0.35", 1_500, "9"),
    ("US", "USD", "0.2", 1_500, "10"),
]


@pytest.mark.parametrize(("country", "currency", "kwh", "computer", "api_output"), LOCAL)
def test_the_money_fields_show_what_the_totals_use_and_take_a_local_price(
    qtbot, settings, region, country, currency, kwh, computer, api_output
):
    region("en", country)
    page, state = _page(qtbot, settings)
    assert state.costs.currency == currency
    # the defaults the page computed stand in their fields as computed: nothing clamped to a dollar limit
    for name, value in _shown(page, state).items():
        spin = page.spins[name]
        assert spin.value() == pytest.approx(value, abs=10 ** -spin.decimals()), name
        assert spin.text().endswith(f" {currency}")
    # the totals are the ones the fields give
    from_fields = apply_user_values(
        state.costs.inputs, {name: page.spins[name].value() for name in MONEY} | {"api_model_id": None}
    )
    again = compare(from_fields)
    assert again.api.total_per_month == pytest.approx(state.costs.api.total_per_month, rel=1e-3)
    assert again.local.total_per_month == pytest.approx(state.costs.local.total_per_month, rel=1e-3, abs=0.01)
    # in the currency's own decimals: whole Colombian and Chilean pesos (235.394 COP, never 235.393,75), else cents
    whole = currency in ("COP", "CLP")
    assert page.api_month.text() == fmt.money(state.costs.api.total_per_month, currency, 0 if whole else 2)

    # a real local price is taken, as typed
    _type(qtbot, page.spins["electricity_price_per_kwh"], kwh)
    qtbot.waitUntil(lambda: state.costs.inputs.electricity_price_per_kwh == pytest.approx(float(kwh)), timeout=5000)
    wait_idle(qtbot)
    _type(qtbot, page.spins["hardware_cost"], str(computer))
    qtbot.waitUntil(lambda: state.costs.inputs.hardware_cost == pytest.approx(computer), timeout=5000)
    wait_idle(qtbot)
    _type(qtbot, page.spins["api_price_output"], api_output)
    qtbot.waitUntil(lambda: state.costs.api.price_output_per_million == pytest.approx(float(api_output)), timeout=5000)
    wait_idle(qtbot)
    assert not any(page.field_problems[name].isVisibleTo(page) for name in MONEY)
    assert page.spins["electricity_price_per_kwh"].value() == pytest.approx(float(kwh))


def test_a_refusal_says_the_range_in_the_currency_shown(qtbot, settings, region):
    region("en", "CO")
    page, state = _page(qtbot, settings)
    spin = page.spins["hardware_cost"]
    before, high = spin.value(), spin.maximum()
    _type(qtbot, spin, str(int(high * 10)))
    problem = page.field_problems["hardware_cost"]
    assert spin.value() == before and problem.isVisibleTo(page)
    assert f"between 0 COP and {fmt.number(high, 0)} COP" in problem.text()
    assert high >= 1_000_000 * state.costs.inputs.usd_rate  # the dollar limit, in pesos


def test_a_not_taken_line_goes_when_the_field_is_good_again(qtbot, settings):
    page, _state = _page(qtbot, settings)
    hours, problem = page.spins["hours_per_day"], page.field_problems["hours_per_day"]
    _type(qtbot, hours, "-3")
    assert problem.isVisibleTo(page)
    before = hours.value()
    hours.setFocus()
    qtbot.keyClick(hours, Qt.Key.Key_Up)  # the arrows: a good value, with no typing finished
    assert hours.value() > before
    assert not problem.isVisibleTo(page)


def test_a_not_taken_line_goes_when_the_country_changes(qtbot, settings, region):
    region("en", "ES")
    page, state = _page(qtbot, settings)
    _type(qtbot, page.spins["hours_per_day"], "-3")
    _type(qtbot, page.spins["electricity_price_per_kwh"], "abc")
    assert page.field_problems["hours_per_day"].isVisibleTo(page)
    assert page.field_problems["electricity_price_per_kwh"].isVisibleTo(page)
    index = page.country.findData("CO")
    page.country.setCurrentIndex(index)
    page.country.activated.emit(index)
    qtbot.waitUntil(lambda: state.costs.currency == "COP", timeout=5000)
    wait_idle(qtbot)
    assert not any(label.isVisibleTo(page) for label in page.field_problems.values())


def test_a_not_taken_line_is_said_again_in_the_new_language(qtbot, settings, region):
    region("en", "ES")
    page, _state = _page(qtbot, settings)
    _type(qtbot, page.spins["hours_per_day"], "-3")
    _type(qtbot, page.spins["tokens_per_month"], "abc")
    hours, tokens = page.field_problems["hours_per_day"], page.field_problems["tokens_per_month"]
    assert hours.text().startswith("Not taken") and tokens.text().startswith("Not taken")
    region("es", "ES")  # the pages are told of a new language by an event: re-worded as it arrives
    spanish = "No se ha aceptado: el valor debe estar entre 0,5 y 24."  # Spain's decimal comma too
    qtbot.waitUntil(lambda: hours.text() == spanish, timeout=3000)
    assert tokens.text().startswith("No se ha aceptado: escribe un número entre 0,1 y")
    assert hours.isVisibleTo(page) and tokens.isVisibleTo(page)
    region("en", "ES")
    english = "Not taken: the value must be between 0,5 and 24."  # English, with the numbers of Spain still
    qtbot.waitUntil(lambda: hours.text() == english, timeout=3000)
