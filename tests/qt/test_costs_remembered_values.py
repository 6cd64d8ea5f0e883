"""The Costs page reads back three values typed in an earlier session from the settings file. A file can be
hand-edited, damaged or written by another version: a value its field cannot hold (inf, nan, a negative number,
1e308) is dropped and the page computes with its defaults, never a permanent technical error (hostile review)."""

from __future__ import annotations

import math

import pytest

from advisor.core.costs.defaults import DEFAULT_TOKENS_PER_MONTH
from tests.qt.helpers import costs_page_with_real_defaults

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("bad", ["inf", "nan", "-1", "1e308", "1e999", "not a number"])
def test_a_remembered_value_the_field_cannot_hold_is_dropped(qtbot, settings, bad):
    for key in ("costs/tokens_per_month", "costs/hours_per_day", "costs/electricity_price"):
        settings.setValue(key, bad)
    page, _state = costs_page_with_real_defaults(qtbot, settings)
    assert not page.error.isVisible()
    inputs = page._inputs  # what the costs were computed with
    assert inputs.tokens_per_month == DEFAULT_TOKENS_PER_MONTH
    assert math.isfinite(inputs.electricity_price_per_kwh) and inputs.electricity_price_per_kwh > 0
    assert 0 < inputs.hours_per_day <= 24


def test_a_remembered_value_inside_its_range_is_used(qtbot, settings):
    settings.setValue("costs/tokens_per_month", 3_000_000)
    settings.setValue("costs/hours_per_day", 6)
    page, _state = costs_page_with_real_defaults(qtbot, settings)
    assert page._inputs.tokens_per_month == 3_000_000 and page._inputs.hours_per_day == 6
    assert page.spins["tokens_per_month"].value() == 3.0


@pytest.mark.parametrize("saved", ["XYZ", "eur, usd", ["MXN", "EUR"]])
def test_a_remembered_currency_without_a_rate_is_dropped(qtbot, settings, saved):
    """Hostile review "hostile5", F3: a currency this version has no exchange rate for (a newer version's, a hand
    edit, a list) opened the page with an error and every field at its minimum, on every start."""
    settings.setValue("costs/currency", saved)
    page, state = costs_page_with_real_defaults(qtbot, settings)
    assert not page.error.isVisible() and state.costs is not None
    assert page._inputs.tokens_per_month == DEFAULT_TOKENS_PER_MONTH


def test_a_remembered_price_below_the_fields_smallest_is_dropped(qtbot, settings):
    """F7: the field showed its smallest (0,001) while the totals used the remembered 1e-9."""
    settings.setValue("costs/electricity_price", 1e-9)
    page, _state = costs_page_with_real_defaults(qtbot, settings)
    assert page._inputs.electricity_price_per_kwh >= 0.001
    shown = page.spins["electricity_price_per_kwh"].value()
    assert shown == pytest.approx(page._inputs.electricity_price_per_kwh, abs=0.001)
