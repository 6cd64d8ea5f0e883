"""A number typed in a Costs field is read the way that field writes its own numbers. In a Spanish locale (Spain,
Colombia, Argentina: "." between thousands, "," before decimals) "14.070" in a peso price is fourteen thousand
seventy, as the page writes "50.000 COP", never 14.07 taken silently; "1.500" pesos per kWh is taken, not refused
with a range that holds it. In English (and Mexico) the signs are the other way. Forms only one way of writing can
mean ("14.07", "1,5", "1.234,5", "0.140") are taken either way; "1.500" where only the other reading fits the field
(1.5 € per kWh in Spain) is refused with both readings said, rather than taken a thousand times off."""

from __future__ import annotations

import pytest

from advisor.qt.widgets.checked_spin import readings
from tests.qt.helpers import costs_page_with_real_defaults, type_into, wait_idle

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("14.070", ",", (14070, 14.07)),  # Spanish: the group sign, as the page writes thousands; 14.07 second
        ("14,070", ",", (14.07, 14070)),  # Spanish: the decimal sign
        ("14,070", ".", (14070, 14.07)),  # English: the reverse
        ("14.070", ".", (14.07, 14070)),
        ("14.07", ",", (14.07,)),  # two digits after: never a group
        ("1,5", ".", (1.5,)),
        ("0.140", ",", (0.14,)),  # a group never follows a leading 0
        ("1234.567", ",", (1234.567,)),  # nor four digits
        ("3.517,5", ".", (3517.5,)),  # both signs: the last is the decimal one
        ("3,517.5", ",", (3517.5,)),
        ("4.100.000", ",", (4100000,)),
        ("50.000,00", ",", (50000,)),  # what the field itself shows, read back
        ("-5", ",", (-5,)),
    ],
)
def test_a_typed_number_is_read_as_the_fields_locale_writes_numbers(text, decimal, expected):
    assert readings(text, decimal=decimal) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["12.34,5", "1,5,6", "1.23.456", "1.2345,6", ".", "1e9", "nan"])
def test_badly_grouped_numbers_are_not_numbers(text):
    assert readings(text, decimal=",") == ()


def test_a_whole_number_field_reads_thousands_whatever_the_locale():
    assert readings("1,500", whole=True, decimal=",") == (1500,)


# ---------------------------------------------------------------------------------------------- on the page


_page = costs_page_with_real_defaults
_type = type_into


@pytest.mark.parametrize(
    ("country", "currency", "price_input"),
    [("CO", "COP", 3518), ("AR", "ARS", 3517.5)],  # Colombian pesos are written whole: the field keeps the peso
)
def test_pesos_typed_as_spanish_writes_them_are_taken_as_written(
    qtbot, settings, region, country, currency, price_input
):
    region("es", country)
    page, state = _page(qtbot, settings)
    assert state.costs.currency == currency
    _type(qtbot, page.spins["api_price_output"], "14.070")
    qtbot.waitUntil(lambda: state.costs.api.price_output_per_million == pytest.approx(14070), timeout=5000)
    wait_idle(qtbot)
    _type(qtbot, page.spins["electricity_price_per_kwh"], "1.500")
    qtbot.waitUntil(lambda: state.costs.inputs.electricity_price_per_kwh == pytest.approx(1500), timeout=5000)
    wait_idle(qtbot)
    _type(qtbot, page.spins["api_price_input"], "3.517,5")
    qtbot.waitUntil(lambda: state.costs.api.price_input_per_million == pytest.approx(price_input), timeout=5000)
    wait_idle(qtbot)
    assert not any(page.field_problems[n].isVisibleTo(page) for n in page.field_problems)


def test_in_english_the_signs_are_the_other_way_round(qtbot, settings, region):
    """The United States: "14.070" is fourteen dollars and seven cents; "1,500" dollars per kWh is out of range
    as English writes it, and 1.5 is not what it says: refused, both said."""
    region("en", "US")
    page, state = _page(qtbot, settings)
    assert state.costs.currency == "USD"
    _type(qtbot, page.spins["api_price_output"], "14.070")
    qtbot.waitUntil(lambda: state.costs.api.price_output_per_million == pytest.approx(14.07), timeout=5000)
    wait_idle(qtbot)
    spin, problem = page.spins["electricity_price_per_kwh"], page.field_problems["electricity_price_per_kwh"]
    before = spin.value()
    _type(qtbot, spin, "1,500")
    wait_idle(qtbot)
    assert spin.value() == before and problem.isVisibleTo(page)
    assert "1500 USD" in problem.text() and "1.5 USD" in problem.text(), problem.text()


def test_a_form_only_the_other_reading_fits_is_refused_saying_both(qtbot, settings, region):
    """Spain, euros per kWh: "1.500" is 1500 € as Spanish writes it, out of range; 1.5 € fits. Neither is taken
    silently: the field keeps its value and says how it read the text and how to write the other."""
    region("es", "ES")
    page, state = _page(qtbot, settings)
    spin, problem = page.spins["electricity_price_per_kwh"], page.field_problems["electricity_price_per_kwh"]
    before = spin.value()
    assert spin.maximum() < 1500  # the premise: 1500 € per kWh is refused, 1.5 € taken
    _type(qtbot, spin, "1.500")
    wait_idle(qtbot)
    assert spin.value() == before and state.costs.inputs.electricity_price_per_kwh == pytest.approx(before)
    assert problem.isVisibleTo(page)
    text = problem.text()
    assert "1.500" in text and "1500 EUR" in text and "1,5 EUR" in text, text
    _type(qtbot, spin, "1,5")
    qtbot.waitUntil(lambda: state.costs.inputs.electricity_price_per_kwh == pytest.approx(1.5), timeout=5000)
    assert not problem.isVisibleTo(page)
