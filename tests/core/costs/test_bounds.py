"""The money fields' limits follow the currency: a kWh, a computer or an API price as people pay them in pesos fits
the field, and the limits stay round figures the refusal message can say."""

from __future__ import annotations

import math

import pytest

from advisor.core.costs.bounds import USD_BOUNDS, money_bounds, round_down, round_up
from advisor.core.costs.currency import bundled_rates, convert
from advisor.core.costs.electricity import bundled_table
from advisor.core.costs.prices import list_api_models

RATES = dict(bundled_rates().rates)


def _is_round(x: float) -> bool:
    """1, 2 or 5 × a power of ten (or 0): a limit a person can read."""
    if x == 0:
        return True
    mantissa = x / 10.0 ** math.floor(math.log10(x) + 1e-12)
    return any(mantissa == pytest.approx(m) for m in (1, 2, 5))


@pytest.mark.parametrize("x", [0.00085, 0.001, 3.766, 8.62, 14.07, 1000.0, 37_663.0, 862_000.0, 3.7663e9])
def test_round_figures_hold_the_figure_and_stay_close_to_it(x):
    up, down = round_up(x), round_down(x)
    assert _is_round(up) and _is_round(down)
    assert down <= x <= up
    assert up < 2.5 * x * (1 + 1e-9) and down > 0.4 * x * (1 - 1e-9)  # generous, never another order of magnitude


def test_in_dollars_the_limits_are_the_documented_ones():
    for name, limits in USD_BOUNDS.items():
        assert money_bounds(name, 1.0) == pytest.approx(limits)


@pytest.mark.parametrize("code", sorted(RATES))
@pytest.mark.parametrize("name", sorted(USD_BOUNDS))
def test_each_currency_scales_the_dollar_limits_to_round_figures(code, name):
    rate = RATES[code]
    low, high = money_bounds(name, rate)
    low_usd, high_usd = USD_BOUNDS[name]
    assert _is_round(low) and _is_round(high)
    assert low <= low_usd * rate * (1 + 1e-9) and high >= high_usd * rate * (1 - 1e-9)
    assert high < 2.5 * high_usd * rate  # generous, but still a limit in that currency


@pytest.mark.parametrize(
    ("code", "electricity", "computer", "api_output"),
    [
        ("COP", 800, 3_500_000, 40_000),  # the review's Colombian prices
        ("CLP", 250, 1_200_000, 9_000),
        ("ARS", 150, 1_500_000, 15_000),
        ("EUR", 0.35, 1_500, 9),
        ("USD", 0.2, 1_500, 10),
    ],
)
def test_a_real_local_price_fits(code, electricity, computer, api_output):
    rate = RATES[code]
    for name, value in (
        ("electricity_price_per_kwh", electricity),
        ("hardware_cost", computer),
        ("api_price_output", api_output),
    ):
        low, high = money_bounds(name, rate)
        assert low <= value <= high, (name, value, low, high)


@pytest.mark.parametrize("code", sorted(RATES))
def test_every_price_the_data_gives_fits_in_every_currency(code):
    rate = RATES[code]
    electricity = money_bounds("electricity_price_per_kwh", rate)
    for row in bundled_table().rows:
        price = convert(row.price_per_kwh, row.currency, code)
        assert electricity[0] <= price <= electricity[1], row.country
    api_in, api_out = money_bounds("api_price_input", rate), money_bounds("api_price_output", rate)
    for model in list_api_models():
        assert api_in[0] <= model.input_per_million_usd * rate <= api_in[1], model.ref
        assert api_out[0] <= model.output_per_million_usd * rate <= api_out[1], model.ref


def test_a_figure_outside_the_limits_widens_them_to_hold_it():
    # a price typed near the top in pesos, then shown in dollars: the field shows it, never a clamped one
    top_in_cop = money_bounds("electricity_price_per_kwh", RATES["COP"])[1]
    in_dollars = convert(top_in_cop, "COP", "USD")
    low, high = money_bounds("electricity_price_per_kwh", 1.0, in_dollars)
    assert low <= in_dollars <= high and _is_round(high)
    low, high = money_bounds("electricity_price_per_kwh", 1.0, 0.0002)
    assert low <= 0.0002 <= high


@pytest.mark.parametrize("rate", [0.0, -1.0, math.nan, math.inf])
def test_a_rate_that_is_no_rate_gives_the_dollar_limits(rate):
    assert money_bounds("hardware_cost", rate) == pytest.approx(USD_BOUNDS["hardware_cost"])
