"""Properties a user relies on whatever the numbers: more usage never makes the API cheaper, dearer power never
makes the local machine cheaper."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from advisor.core.costs import CostInputs, compare

positive = st.floats(min_value=1e-3, max_value=1e6, allow_nan=False, allow_infinity=False)
price = st.floats(min_value=0, max_value=200, allow_nan=False, allow_infinity=False)


@st.composite
def inputs(draw) -> CostInputs:
    return CostInputs(
        tokens_per_month=draw(st.floats(min_value=1, max_value=1e10)),
        input_share=draw(st.floats(min_value=0, max_value=1)),
        api_price_input=draw(price),
        api_price_output=draw(price),
        electricity_price_per_kwh=draw(st.floats(min_value=1e-4, max_value=5)),
        power_watts=draw(st.floats(min_value=1, max_value=5000)),
        idle_watts=draw(st.floats(min_value=0, max_value=500)),
        hours_per_day=draw(st.floats(min_value=0.1, max_value=24)),
        days_per_month=draw(st.floats(min_value=1, max_value=31)),
        tokens_per_second=draw(positive),
        prompt_tokens_per_second=draw(positive),
        hardware_cost=draw(st.floats(min_value=0, max_value=1e5)),
        lifetime_years=draw(st.floats(min_value=0.1, max_value=20)),
    )


@given(inputs(), st.floats(min_value=1.0, max_value=100.0))
def test_more_tokens_never_lower_the_api_cost(base, factor):
    more = dataclasses.replace(base, tokens_per_month=base.tokens_per_month * factor)
    assert compare(more).api.total_per_month >= compare(base).api.total_per_month * (1 - 1e-12)


@given(inputs(), st.floats(min_value=1.0, max_value=100.0))
def test_a_higher_electricity_price_never_lowers_the_local_cost(base, factor):
    dearer = dataclasses.replace(base, electricity_price_per_kwh=base.electricity_price_per_kwh * factor)
    assert compare(dearer).local.total_per_month >= compare(base).local.total_per_month * (1 - 1e-12)
