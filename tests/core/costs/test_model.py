"""The cost formulas of issue 6, checked against numbers worked out by hand."""

from __future__ import annotations

import dataclasses

import pytest

from advisor.core.costs import (
    ApiOption,
    CostInputError,
    CostInputs,
    compare,
    compare_many,
    cumulative_series,
)
from advisor.core.jsonio import to_jsonable

# 10 M tokens, 40 % input: 4 M in, 6 M out. 50 tok/s generating, 500 tok/s prompt.
# generation hours = (6e6/50 + 4e6/500) / 3600 = (120,000 + 8,000) / 3600 = 35.5556 h; on = 8 × 30 = 240 h
# electricity = (35.5556 × 300 + (240 − 35.5556) × 60) × 0.25 / 1000 = (10,666.67 + 12,266.67) × 0.00025 = 5.7333
# amortisation = (2400 − 400) / (4 × 12) = 41.6667; local = 47.40
# API = 4 × 2 + 6 × 8 = 56.00; break-even = 2400 / (56 − 5.7333) = 47.745 months
BASE = CostInputs(
    tokens_per_month=10e6,
    input_share=0.4,
    api_price_input=2.0,
    api_price_output=8.0,
    api_model_id="custom",
    currency="EUR",
    electricity_price_per_kwh=0.25,
    power_watts=300,
    idle_watts=60,
    hours_per_day=8,
    days_per_month=30,
    tokens_per_second=50,
    prompt_tokens_per_second=500,
    hardware_cost=2400,
    resale_value=400,
    lifetime_years=4,
)


def test_each_formula_matches_the_hand_computed_example():
    c = compare(BASE)
    assert c.local.generation_hours_per_month == pytest.approx(35.5556, abs=1e-4)
    assert c.local.powered_on_hours_per_month == 240
    assert c.local.electricity_per_month == pytest.approx(5.7333, abs=1e-4)
    assert c.local.amortisation_per_month == pytest.approx(41.6667, abs=1e-4)
    assert c.local.total_per_month == pytest.approx(47.40, abs=1e-2)
    assert c.local.cost_per_million_tokens == pytest.approx(4.740, abs=1e-3)
    assert c.local.energy_wh_per_million_tokens == pytest.approx(35.5556 * 300 / 10, abs=1e-2)  # 1066.67 Wh
    assert c.api.total_per_month == pytest.approx(56.0)
    assert c.api.cost_per_million_tokens == pytest.approx(5.6)
    assert c.break_even_months == pytest.approx(47.745, abs=1e-3)
    assert c.capacity_ok is True
    assert c.savings_per_month == pytest.approx(56.0 - 47.40, abs=1e-2)


def test_more_tokens_than_the_machine_can_generate_is_flagged_with_the_hours_needed():
    # 100 M output tokens at 20 tok/s = 1,388.9 h a month = 46.3 h a day: more than the 8 h the machine is on
    c = compare(dataclasses.replace(BASE, tokens_per_month=100e6, input_share=0.0, tokens_per_second=20))
    assert c.capacity_ok is False
    assert c.local.hours_per_day_needed == pytest.approx(1388.89 / 30, abs=1e-2)
    # no idle hours left: electricity is generation only = 1,388.89 h × 300 W × 0.25 / 1000 = 104.17
    assert c.local.electricity_per_month == pytest.approx(104.17, abs=1e-2)
    flagged = [a for a in c.assumptions if a.code == "capacity_exceeded"]
    assert flagged and flagged[0].values["hours_per_day_needed"] == pytest.approx(46.30, abs=1e-2)


def test_break_even_is_none_when_the_api_costs_less_than_the_electricity():
    cheap = dataclasses.replace(BASE, api_price_input=0.01, api_price_output=0.01)  # 0.10 a month < 5.73
    assert compare(cheap).break_even_months is None


def test_break_even_is_zero_months_when_the_hardware_is_already_owned():
    assert compare(dataclasses.replace(BASE, hardware_cost=0, resale_value=0)).break_even_months == 0


def test_a_genai_prices_model_is_converted_into_the_users_currency_with_its_date():
    inputs = dataclasses.replace(
        BASE, api_price_input=None, api_price_output=None, api_model_id="openai/gpt-4o", usd_rate=0.9
    )
    c = compare(inputs)
    # gpt-4o is 2.50 / 10.00 USD per million → 2.25 / 9.00 EUR; 4 × 2.25 + 6 × 9 = 63.00 EUR
    assert (c.api.price_input_per_million, c.api.price_output_per_million) == pytest.approx((2.25, 9.0))
    assert c.api.total_per_month == pytest.approx(63.0)
    assert c.api.price_date and c.api.price_date[:2] == "20"
    assert any(a.code == "api_price_converted" and a.values["usd_rate"] == 0.9 for a in c.assumptions)


def test_a_flat_monthly_fee_is_the_whole_api_bill_whatever_the_tokens():
    hosted = ApiOption("hosted", 0, 0, currency="EUR", fixed_per_month=1000)
    for tokens in (1e6, 50e6):
        assert compare(dataclasses.replace(BASE, tokens_per_month=tokens), hosted).api.total_per_month == 1000


def test_json_has_at_least_the_issue_shape():
    data = to_jsonable(compare(BASE))
    assert {"currency", "local", "api", "break_even_months", "capacity_ok", "assumptions"} <= set(data)
    assert {
        "electricity_per_month",
        "amortisation_per_month",
        "total_per_month",
        "cost_per_million_tokens",
        "energy_wh_per_million_tokens",
        "generation_hours_per_month",
    } <= set(data["local"])
    assert {
        "model",
        "price_input_per_million",
        "price_output_per_million",
        "price_date",
        "total_per_month",
        "cost_per_million_tokens",
    } <= set(data["api"])
    assert data["currency"] == "EUR"


def test_compare_many_keeps_one_local_setup_and_orders_rows_as_asked():
    options = [ApiOption("a", 1, 1, currency="EUR"), ApiOption("b", 10, 10, currency="EUR")]
    table = compare_many(BASE, options)
    assert [r.api.model for r in table.rows] == ["a", "b"]
    assert table.rows[0].api.total_per_month == pytest.approx(10.0)
    assert table.rows[1].break_even_months == pytest.approx(2400 / (100 - 5.7333), abs=1e-3)
    assert table.local == compare(BASE).local


def test_cumulative_series_crosses_at_the_break_even_month():
    series = cumulative_series(BASE)
    assert series.months == tuple(range(49))  # 4-year lifetime
    assert series.local[0] == 2400 and series.local[10] == pytest.approx(2400 + 10 * 5.7333, abs=1e-3)
    (api,) = series.apis
    assert api.values[10] == pytest.approx(560.0)
    crossing = next(m for m in series.months if api.values[m] >= series.local[m])
    assert crossing == 48  # break-even at 47.7 months


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("tokens_per_month", 0, "must_be_positive"),
        ("tokens_per_second", 0, "must_be_positive"),
        ("prompt_tokens_per_second", -1, "must_be_positive"),
        ("electricity_price_per_kwh", -0.2, "must_be_positive"),
        ("idle_watts", -5, "must_not_be_negative"),
        ("input_share", 1.5, "out_of_range"),
        ("hours_per_day", 25, "out_of_range"),
        ("power_watts", float("nan"), "not_a_number"),
        ("resale_value", 5000, "more_than_hardware_cost"),
        ("api_price_output", None, "missing"),
    ],
)
def test_bad_inputs_raise_an_error_naming_the_input(field, value, code):
    with pytest.raises(CostInputError) as exc:
        compare(dataclasses.replace(BASE, **{field: value}))
    assert (exc.value.input, exc.value.code) == (field, code)


def test_with_values_records_the_user_as_the_origin():
    edited = BASE.with_values(power_watts=120.0)
    assert edited.power_watts == 120 and edited.origin("power_watts").code == "user"
