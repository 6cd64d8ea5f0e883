"""How many decimals each kind of figure gets: one table for the CLI, the app and the report."""

from __future__ import annotations

import pytest

from advisor.core.messages.figures import COST_INPUT_KINDS, KINDS, decimals, figure


@pytest.mark.parametrize(
    ("value", "kind", "shown"),
    [
        (0.14, "price_per_kwh", "0.140"),  # once shown as 0,1 in the Spanish report
        (0.0045, "price_per_kwh", "0.0045"),  # a tiny price keeps two significant digits
        (0.85, "rate", "0.8500"),  # once shown as 0,9
        (18.35, "rate", "18.35"),
        (4100.7, "rate", "4,101"),
        (0.0075, "price_per_million", "0.0075"),
        (2.5, "price_per_million", "2.50"),  # cents, as the APIs write it
        (0.435, "price_per_million", "0.435"),  # below one unit: three significant digits
        (0.075, "price_per_million", "0.075"),  # never rounded to 0.08, nor written 0.0750
        (1499.5, "money", "1,499.50"),
        (312.5, "watts", "312"),
        (8.0, "hours", "8"),
        (7.5, "hours", "7.5"),
        (1450.0, "speed", "1,450.0"),
        (0.045, "joules", "0.045"),
        (5.35, "joules", "5.35"),
    ],
)
def test_each_kind_of_figure_shows_the_digits_that_matter(value, kind, shown):
    assert figure(value, kind) == shown


def test_the_formatter_gets_the_decimals_so_each_language_writes_its_own_way():
    spanish = figure(1450.0, "speed", lambda v, d: f"{v:_.{d}f}".replace(".", ",").replace("_", "."))
    assert spanish == "1.450,0"


def test_every_cost_input_has_a_known_kind():
    assert set(COST_INPUT_KINDS.values()) <= set(KINDS)
    assert decimals(0.0, "price_per_kwh") == 3 and decimals(float("nan"), "rate") == 0
