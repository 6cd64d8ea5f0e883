"""How many decimals a money figure gets, decided once (`figures.decimals`) by its size and its currency, and written
the same by `llm-advisor cost` and `llm-advisor report`: cents in euros and Mexican pesos, whole Colombian and
Chilean pesos, three significant digits for a price per million tokens below one unit, never three decimals after a
whole unit (they read as a thousands group: "23.539,375 COP")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.costs.bounds import money_decimals
from advisor.core.messages.figures import currency_decimals, figure

MACHINE = Path(__file__).parents[2] / "data" / "machines" / "desktop-ryzen7-7700-32gb.json"


@pytest.mark.parametrize(
    ("value", "kind", "currency", "shown"),
    [
        (23539.375, "money", "COP", "23,539"),  # a peso has no centavos in use
        (497.144, "price_per_million", "COP", "497"),
        (4971.44, "money", "COP", "4,971"),
        (1499.5, "money", "CLP", "1,500"),  # ISO 4217: no minor unit
        (1077.25, "money", "MXN", "1,077.25"),
        (105.525, "price_per_million", "ARS", "105.53"),  # the Argentine peso keeps its centavos
        (4.35, "money", "EUR", "4.35"),
        (0.435, "price_per_million", "EUR", "0.435"),  # below one euro: three significant digits
        (5.314, "price_per_million", "EUR", "5.31"),
        (0.15, "price_per_million", "USD", "0.15"),  # no trailing zero past the cents
        (0.09, "price_per_million", "USD", "0.09"),
        (0.075, "price_per_million", "USD", "0.075"),
        (0.0075, "price_per_million", "USD", "0.0075"),
        (0.26, "price_per_kwh", "EUR", "0.260"),  # a tariff keeps a tenth of a cent
        (1.551, "price_per_kwh", "MXN", "1.551"),
        (564.945, "price_per_kwh", "COP", "564.9"),  # a tenth of a peso, never 564,945
    ],
)
def test_a_money_figure_gets_its_currencys_decimals(value, kind, currency, shown):
    assert figure(value, kind, currency=currency) == shown


def test_an_amount_of_one_unit_or_more_never_shows_a_thousandth():
    for currency in ("EUR", "USD", "MXN", "ARS", "COP", "CLP", "PEN", "GBP", "BRL"):
        for value in (1.0, 1.2345, 9.9996, 123.4567, 23539.375, 1_234_567.891):
            for kind in ("money", "price_per_million"):
                text = figure(value, kind, currency=currency)
                assert "." not in text or len(text.rpartition(".")[2]) <= 2, (currency, value, kind, text)


def test_currencies_without_a_subunit_in_use_are_written_whole():
    codes = ("COP", "cop", "CLP", "JPY", "EUR", "MXN", "ARS", "", "XYZ")
    assert {c: currency_decimals(c) for c in codes} == {
        c: 0 if c.upper() in ("COP", "CLP", "JPY") else 2 for c in codes
    }


def test_the_money_fields_keep_the_digits_the_figures_show():
    """The Costs page's fields: a kWh in Colombian pesos with a tenth of a peso (564,9), an API price in whole pesos;
    in euros a tenth of a cent on a kWh and 0.075 on an API price, as before."""
    assert money_decimals("electricity_price_per_kwh", 3766.3, "COP") == 1
    assert money_decimals("api_price_input", 3766.3, "COP") == 0
    assert money_decimals("hardware_cost", 3766.3, "COP") == 0
    assert money_decimals("electricity_price_per_kwh", 0.85, "EUR") == 3
    assert money_decimals("api_price_input", 0.85, "EUR") == 3
    assert money_decimals("api_price_input", 1407.0, "ARS") == 2


def _per_million(text: str, currency: str) -> list[str]:
    return re.findall(rf"= (\S+ {currency}) por millón de tokens", text)


@pytest.mark.parametrize(
    ("locale_name", "country", "currency", "decimal"),
    [("es_ES.UTF-8", "ES", "EUR", ","), ("es_MX.UTF-8", "MX", "MXN", "."), ("es_CO.UTF-8", "CO", "COP", ",")],
)
def test_cost_and_report_write_the_same_cost_per_million(
    tmp_path, capsys, monkeypatch, locale_name, country, currency, decimal
):
    """The reviewer's case: `cost` said 0,44 EUR and 497,14 COP per million, the report 0,435 EUR and 497,144 COP."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", locale_name)
    place = ["--hardware", str(MACHINE), "--country", country]
    assert main(["--lang", "es", "cost", *place]) == 0
    cost_text = capsys.readouterr().out
    local, api = _per_million(cost_text, currency)
    out = tmp_path / "report.md"
    assert main(["--lang", "es", "report", *place, "--no-models", "--offline", "-o", str(out)]) == 0
    row = next(line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("| Por millón"))
    assert local in row and api in row
    for figure_text in (local, api):
        number = figure_text.removesuffix(f" {currency}")
        if currency == "COP":  # whole pesos
            assert decimal not in number, figure_text
        else:
            whole, _, places = number.rpartition(decimal)
            assert len(places) == 2 or (whole == "0" and len(places) == 3), figure_text
