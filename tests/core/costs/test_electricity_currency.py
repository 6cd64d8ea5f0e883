"""The bundled electricity table and exchange rates, and reading the country from the locale."""

from __future__ import annotations

import datetime as dt

import pytest

from advisor.core.costs import currency as cur
from advisor.core.costs.electricity import bundled_table, country_from_locale
from advisor.core.names import UnknownNameError
from advisor.core.resources import load_json

REQUIRED = {"ES", "MX", "AR", "CO", "CL", "PE", "US", "GB", "DE", "FR", "BR"}


def test_the_table_covers_the_required_countries_with_source_period_and_a_known_currency():
    table = bundled_table()
    assert set(table.countries) >= REQUIRED
    rates = cur.bundled_rates()
    for row in table.rows:
        assert row.source and row.period and row.price_per_kwh > 0
        assert row.currency in rates.codes and row.local_currency in rates.codes
    assert table.retrieved


def test_every_bundled_exchange_rate_says_where_and_when_it_came_from():
    raw = load_json("exchange_rates.json")
    assert set(raw["details"]) == set(raw["rates"])
    for code, detail in raw["details"].items():
        assert detail["source"] and detail["confidence"] in {"high", "medium", "low"}, code
        assert dt.date.fromisoformat(detail["date"]) <= dt.date.fromisoformat(raw["as_of"]), code


def test_a_rate_is_shown_with_its_own_date_in_the_cli_and_the_report(capsys):
    """A Colombian was told "tipo incluido del 8 de mayo de 2026" for a COP rate the table dates 2 March (the
    table's date, set by the ECB rates): the CLI, the JSON and the report now give the rate's own date."""
    import json

    from advisor.cli.main import main
    from advisor.core.costs import default_inputs
    from advisor.core.report.build import _costs_sources

    rates = cur.bundled_rates()
    raw = load_json("exchange_rates.json")
    cop = raw["details"]["COP"]["date"]
    assert cop != raw["as_of"] and rates.date_of("cop") == cop and rates.date_of("EUR") == raw["details"]["EUR"]["date"]
    inputs = default_inputs(None, country="CO", env={})
    said = next(o for o in inputs.origins if o.input == "usd_rate")
    assert said.values["as_of"] == cop
    argv = ["cost", "--country", "CO", "--hardware-cost", "0", "--power-watts", "100", "--tokens-per-second", "20"]
    assert main([*argv, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["data_dates"]["exchange_rates"] == cop

    class Costs:  # what the report reads of a comparison: its inputs' origins and currency
        api = None

    Costs.inputs = inputs  # type: ignore[attr-defined]
    sources = [s for s in _costs_sources(Costs, []) if s is not None and s.name == "exchange_rates"]
    assert [s.date for s in sources] == [cop]


@pytest.mark.parametrize(
    ("flags", "rates_used", "electricity_used"),
    [
        (["--country", "CO", "--usd-rate", "4000"], (), True),  # a typed rate: the table's was not used
        (["--country", "US", "--currency", "USD"], (), True),  # dollars need no rate
        (["--country", "ES", "--currency", "USD"], ("EUR",), True),  # Spain's euros per kWh made dollars
        (["--country", "ES", "--currency", "COP"], ("COP", "EUR"), True),  # two rates: dated by the older
        (["--country", "CO", "--electricity-price", "800", "--usd-rate", "4000"], (), False),  # no table at all
    ],
)
def test_the_data_line_dates_only_the_tables_a_comparison_used(capsys, flags, rates_used, electricity_used):
    """`cost --currency COP --usd-rate 4000` said "exchange rates of 2 March 2026" for a rate the user typed; a
    Spaniard's euros per kWh turned into dollars with the table's rate named none. The CLI's Data line, its JSON
    and the report's sources name a table only where one of its values was used, with that value's date."""
    import json

    from advisor.cli.main import main
    from advisor.core.costs import default_inputs
    from advisor.core.costs.model import table_rate_dates
    from advisor.core.report.build import _costs_sources

    rates = cur.bundled_rates()
    expected = min((rates.date_of(code) for code in rates_used), default=None)
    argv = ["cost", *flags, "--hardware-cost", "0", "--power-watts", "100", "--tokens-per-second", "20"]
    assert main([*argv, "--json"]) == 0
    dates = json.loads(capsys.readouterr().out)["data_dates"]
    assert dates["exchange_rates"] == expected
    assert (dates["electricity"] is not None) is electricity_used
    assert main(argv) == 0
    data_line = capsys.readouterr().out.strip().splitlines()[-1]
    assert ("exchange rates" in data_line) is bool(rates_used)
    assert ("electricity table" in data_line) is electricity_used

    country, currency = flags[1], flags[3] if flags[2] == "--currency" else None
    rate = 4000.0 if "--usd-rate" in flags else None
    inputs = default_inputs(None, country=country, currency=currency, usd_rate=rate, env={})
    assert inputs.table_rate_dates() == tuple(sorted({rates.date_of(code) for code in rates_used}))

    class Costs:  # what the report reads of a comparison: its inputs' origins and currency
        api = None

    Costs.inputs = inputs  # type: ignore[attr-defined]
    sources = [s for s in _costs_sources(Costs, []) if s is not None and s.name == "exchange_rates"]
    assert [s.date for s in sources] == ([expected] if expected else [])
    # a saved report's JSON (origins as dicts) is read the same way
    saved = [{"input": o.input, "code": o.code, "values": o.values} for o in inputs.origins]
    assert table_rate_dates(inputs.currency, saved) == inputs.table_rate_dates()


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("pesos", ("MXN", "ARS", "COP", "CLP")),  # was "did you mean PEN?", the Peruvian sol
        ("peso mexicano", ("MXN",)),
        ("Dólares", ("USD",)),
        ("reales", ("BRL",)),
        ("MXM", ("MXN",)),  # a typo of a code: the code nearest by its letters
        ("pesos argentinos", ("ARS",)),
        ("peso uruguayo", ()),  # a peso we have no rate for: no other country's peso offered
        ("US dollars", ("USD",)),
        ("libra esterlina", ("GBP",)),
        ("nuevos soles", ("PEN",)),
    ],
)
def test_a_currency_typed_as_words_suggests_the_codes_it_names(typed, suggested):
    with pytest.raises(UnknownNameError) as exc:
        cur.normalise_code(typed)
    assert exc.value.suggestions == suggested


def test_a_word_that_only_starts_like_a_money_is_no_money():
    with pytest.raises(UnknownNameError) as exc:
        cur.normalise_code("solar")  # was the sol's PEN: "sol" + "ar" taken for a plural
    assert "PEN" not in exc.value.suggestions


def test_an_old_bundled_rate_is_said_with_its_age_and_how_to_give_todays():
    """An Argentine was given a 9-month-old peso rate with no word of its age (the peso moves fast)."""
    import datetime as dt

    from advisor.core.costs import default_inputs
    from advisor.core.messages import ENGLISH
    from advisor.core.messages.costs import origin

    ars = cur.bundled_rates().date_of("ARS")
    then = dt.date.fromisoformat(ars)
    later = then.replace(year=then.year + 1)  # twelve months on
    said = default_inputs(None, country="AR", env={}, today=later).origin("usd_rate")
    assert said is not None and said.values["months_old"] == 12
    text = origin(ENGLISH, said.code, said.values, "ARS", "cli")
    assert text.endswith("12 months old: if it has moved since, give today's (use --usd-rate)"), text
    fresh = default_inputs(None, country="AR", env={}, today=then + dt.timedelta(days=40)).origin("usd_rate")
    assert fresh is not None and "months_old" not in fresh.values
    assert origin(ENGLISH, fresh.code, fresh.values, "ARS", "cli").startswith("bundled rate of ")
    dollars = default_inputs(None, country="US", env={}, today=later).origin("usd_rate")
    assert dollars is not None and "months_old" not in dollars.values  # no rate is used for dollars


def test_a_rates_age_is_counted_from_the_day_llm_advisor_today_names(monkeypatch):
    """The docs' examples print a rate's age: counted from the day LLM_ADVISOR_TODAY names, they read the same on
    any day (they broke the day after they were written). A value that is no ISO date is ignored, never an error."""
    import datetime as dt

    from advisor.core.costs import default_inputs

    ars = dt.date.fromisoformat(cur.bundled_rates().date_of("ARS"))
    monkeypatch.setenv("LLM_ADVISOR_TODAY", ars.replace(year=ars.year + 1).isoformat())
    said = default_inputs(None, country="AR", env={}).origin("usd_rate")
    assert said is not None and said.values["months_old"] == 12
    for hostile in ("999999999999", "²", "2026-13-45", "x" * 10_000, ""):
        monkeypatch.setenv("LLM_ADVISOR_TODAY", hostile)
        assert default_inputs(None, country="AR", env={}).origin("usd_rate") is not None  # today's, no error


def test_reference_prices_are_the_ones_shipped():
    table = bundled_table()
    assert (table.lookup("DE").price_per_kwh, table.lookup("DE").currency) == (0.387, "EUR")
    assert (table.lookup("uk").price_per_kwh, table.lookup("uk").currency) == (0.2632, "GBP")
    assert table.lookup("United States").price_per_kwh == 0.182


def test_an_unknown_country_names_the_known_ones():
    with pytest.raises(UnknownNameError) as exc:
        bundled_table().lookup("ZZ")
    assert exc.value.kind == "country" and exc.value.name == "ZZ" and "ES" in exc.value.known
    assert bundled_table().close_matches("Spian") == ("ES",)
    with pytest.raises(UnknownNameError) as exc:
        bundled_table().lookup("Spian")
    assert exc.value.suggestions == ("ES",)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "es_MX.UTF-8"}, "MX"),
        ({"LANG": "es_ES.UTF-8", "LC_ALL": "es_AR.UTF-8"}, "AR"),
        ({"LANG": "en_GB"}, "GB"),
        ({"LANG": "Spanish_Mexico.1252"}, "MX"),
        ({"LANG": "C.UTF-8"}, None),
        ({}, None),
    ],
)
def test_country_from_locale(env, expected):
    assert country_from_locale(env) == expected


def test_the_process_locale_is_read_when_the_environment_says_nothing():
    assert country_from_locale({}, getlocale=lambda: ("pt_BR", "UTF-8")) == "BR"


def test_conversion_goes_through_the_dollar_and_the_users_rate_wins():
    rates = cur.ExchangeRates(
        base="USD", as_of="2026-05-08", source="test", rates=(("USD", 1.0), ("EUR", 0.865), ("MXN", 18.5))
    )
    # 1 EUR = 1 / 0.865 USD = 1.156 USD = 21.39 MXN at 18.5 MXN per USD
    assert cur.convert(1.0, "EUR", "MXN", rates=rates) == pytest.approx(21.387, abs=1e-3)
    assert cur.convert(10.0, "USD", "EUR", target_usd_rate=0.9, rates=rates) == pytest.approx(9.0)
    assert cur.convert(5.0, "eur", "EUR") == 5.0


def test_an_unknown_currency_is_refused_with_suggestions():
    with pytest.raises(UnknownNameError) as exc:
        cur.normalise_code("EUD")
    assert exc.value.kind == "currency" and exc.value.name == "EUD"
    assert "EUR" in exc.value.suggestions or "USD" in exc.value.suggestions
    assert cur.normalise_code("mxn") == "MXN"
