"""One rule reads the system's language and region (`messages.language.system_locale`): the command line's language,
how it writes numbers and the country its costs start from all follow it, so that a Mexican Windows user never sees
Mexico's prices written Spain's way ("1,551 MXN/kWh", read as one thousand five hundred pesos).

Windows sets no LANG: its regional setting reaches Python as `locale.getlocale()` → ('Spanish_Mexico', '1252').
These tests simulate that by clearing the variables and replacing `locale.getlocale`, as on a Windows PC.
Mexico writes 1,450.5 and Spain 1.450,5 (docs/readme/gui.md, CHANGELOG).
"""

from __future__ import annotations

import json
import locale
import re

import pytest

from advisor.cli.main import main
from advisor.core.costs.electricity import bundled_table, country_from_locale
from advisor.core.messages.language import locale_parts, system_locale
from tests.core.test_report import _write_hardware

VARIABLES = ("LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_NUMERIC", "LC_MONETARY", "LANG")
# the user's own prices, so that the API's monthly bill is a known four-digit sum: 5M tokens in at 250 and 5M out
# at 1000 per million = 6250 in the currency shown
PRICED = ["--tokens-per-month", "10M", "--input-share", "0.5", "--api-price-input", "250", "--api-price-output", "1000"]


@pytest.fixture
def windows(monkeypatch):
    """A Windows PC with this regional setting: no locale variables, the setting seen through getlocale()."""

    def set_region(name: str) -> None:
        for variable in VARIABLES:
            monkeypatch.delenv(variable, raising=False)
        monkeypatch.setattr(locale, "getlocale", lambda *a, **k: (name, "1252"))

    return set_region


def _run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _line(out: str, label: str) -> str:
    return next(line for line in out.splitlines() if line.strip().startswith(label))


def test_a_mexican_windows_writes_mexicos_prices_mexicos_way(windows, tmp_path, capsys):
    windows("Spanish_Mexico")
    out = _run(capsys, "--lang", "es", "cost", "--hardware", str(_write_hardware(tmp_path)), *PRICED)
    country = _line(out, "País")
    assert " México " in country and "según la región del sistema" in country  # the country from the same setting
    price = _line(out, "Precio de la electricidad")
    assert re.search(r"\s\d+\.\d{3} MXN/kWh", price), price  # 1.551 MXN/kWh: a decimal point, never 1,551
    assert "6,250.00 MXN al mes" in out  # thousands with a comma, as Mexico writes them
    assert "6250,00" not in out


def test_a_spanish_windows_writes_spains_way(windows, tmp_path, capsys):
    windows("Spanish_Spain")
    out = _run(capsys, "--lang", "es", "cost", "--hardware", str(_write_hardware(tmp_path)), *PRICED)
    assert " España " in _line(out, "País")
    assert re.search(r"\s\d+,\d{3} EUR/kWh", _line(out, "Precio de la electricidad"))
    assert "6250,00 EUR al mes" in out  # Spain groups only from five digits


def test_an_argentinian_windows_writes_argentinas_way(windows, tmp_path, capsys):
    windows("Spanish_Argentina")
    out = _run(capsys, "--lang", "es", "cost", "--hardware", str(_write_hardware(tmp_path)), *PRICED)
    assert " Argentina " in _line(out, "País")
    assert "6.250,00 ARS al mes" in out


def test_the_report_writes_the_figures_as_cost_does(windows, tmp_path, capsys):
    windows("Spanish_Mexico")
    hardware = str(_write_hardware(tmp_path))
    report = _run(capsys, "--lang", "es", "report", "--hardware", hardware, "--no-models", "--format", "md")
    kwh = next(line for line in report.splitlines() if "Precio de la electricidad" in line)
    assert re.search(r"\s\d+\.\d{3} MXN/kWh", kwh), kwh
    cost = _run(capsys, "--lang", "es", "cost", "--hardware", hardware)
    bill = re.search(r"total\s+(\S+ MXN) al mes", cost.split("API:")[1])
    assert bill and re.fullmatch(r"\d{1,3}(,\d{3})*\.\d{2} MXN", bill.group(1))
    assert bill.group(1) in report  # the same API bill, written the same way, in the report


@pytest.mark.parametrize(
    ("region", "words", "not_words"),
    [
        ("Spanish_Mexico", "Precio de la electricidad", "Electricity price"),
        ("Spanish_Colombia", "Precio de la electricidad", "Electricity price"),
        ("English_United States", "Electricity price", "Precio de la electricidad"),
        ("English_United Kingdom", "Electricity price", "Precio de la electricidad"),
    ],
)
def test_without_lang_the_command_line_speaks_the_windows_language(windows, tmp_path, capsys, region, words, not_words):
    windows(region)
    out = _run(capsys, "cost", "--hardware", str(_write_hardware(tmp_path)))
    assert words in out and not_words not in out


def test_the_english_windows_in_the_us_writes_us_numbers_and_costs_in_dollars(windows, tmp_path, capsys):
    windows("English_United States")
    out = _run(capsys, "cost", "--hardware", str(_write_hardware(tmp_path)), "--json")
    costs = json.loads(out)
    assert costs["currency"] == "USD"
    country = next(o for o in costs["inputs"]["origins"] if o["input"] == "country")
    assert country["code"] == "locale" and country["values"]["country"] == "US"


# Windows' names for the regions of every Spanish-speaking country, and English-speaking ones: (name, ISO code)
SPANISH_WINDOWS = [
    ("Argentina", "AR"), ("Bolivia", "BO"), ("Chile", "CL"), ("Colombia", "CO"), ("Costa Rica", "CR"),
    ("Cuba", "CU"), ("Dominican Republic", "DO"), ("Ecuador", "EC"), ("El Salvador", "SV"),
    ("Equatorial Guinea", "GQ"), ("Guatemala", "GT"), ("Honduras", "HN"), ("Mexico", "MX"), ("Nicaragua", "NI"),
    ("Panama", "PA"), ("Paraguay", "PY"), ("Peru", "PE"), ("Puerto Rico", "PR"), ("Spain", "ES"),
    ("United States", "US"), ("Uruguay", "UY"), ("Venezuela", "VE"), ("Bolivarian Republic of Venezuela", "VE"),
]  # fmt: skip
ENGLISH_WINDOWS = [
    ("United States", "US"), ("United Kingdom", "GB"), ("Ireland", "IE"), ("Canada", "CA"), ("Australia", "AU"),
    ("New Zealand", "NZ"), ("South Africa", "ZA"), ("India", "IN"), ("Singapore", "SG"), ("Philippines", "PH"),
    ("Jamaica", "JM"), ("Belize", "BZ"), ("Hong Kong S.A.R.", "HK"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "language", "code"),
    [(f"Spanish_{c}", "es", code) for c, code in SPANISH_WINDOWS]
    + [(f"English_{c}", "en", code) for c, code in ENGLISH_WINDOWS],
)
def test_every_windows_region_gives_one_country_for_the_words_the_numbers_and_the_costs(name, language, code):
    reader = lambda: (name, "1252")  # noqa: E731
    system = system_locale({}, reader)
    assert (system.language, system.region) == (language, code)
    assert country_from_locale({}, reader) == code  # the costs' country is the numbers' region
    assert system.numbers().number(1450.5) == system_locale({"LANG": f"{language}_{code}.UTF-8"}).numbers().number(
        1450.5
    )  # written as the same locale named the POSIX way


def test_the_electricity_tables_countries_are_known_by_their_windows_names():
    for row in bundled_table().rows:
        assert locale_parts(f"Spanish_{row.name}.1252") == ("es", row.country), row.name


def test_spanish_for_latin_america_writes_its_numbers_but_names_no_country():
    system = system_locale({}, lambda: ("Spanish_Latin America", "1252"))
    assert system.language == "es" and system.numbers().number(1450.5) == "1,450.5"
    assert system.country is None  # the costs then say they assumed a country, and how to name one


@pytest.mark.parametrize("name", ["Klingon_Qo'noS", "Spanish_Atlantis", "Nonsense", ""])
def test_an_unknown_windows_name_is_english_or_spanish_without_a_region_never_a_crash(name):
    system = system_locale({}, lambda: (name or None, None))
    assert system.language == ("es" if name.startswith("Spanish") else "en")
    assert country_from_locale({}, lambda: (name or None, None)) == (None if not name.startswith("Spanish") else "ES")


def test_an_unreadable_process_locale_is_no_error():
    def broken() -> tuple[str | None, str | None]:
        raise ValueError("unknown locale: xx")

    assert system_locale({}, broken).language == "en" and country_from_locale({}, broken) is None


@pytest.mark.parametrize(
    ("env", "system", "language", "region"),
    [
        ({"LANG": "es_AR.UTF-8"}, "Spanish_Mexico", "es", "AR"),  # the variables first
        ({"LANGUAGE": "es", "LANG": "es_MX.UTF-8"}, None, "es", "MX"),  # LANGUAGE's language, LANG's region
        ({"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"}, None, "es", "ES"),  # as QLocale.system(): es_ES
        ({"LANG": "es.UTF-8"}, "Spanish_Colombia", "es", "CO"),  # a language alone: the system says where
        ({"LANG": "C.UTF-8"}, "en_US", "en", ""),  # Python calls the C locale en_US: no region for all that
        ({}, "es_MX", "es", "MX"),  # getlocale()'s POSIX names too
    ],
)
def test_the_variables_come_first_then_the_system_setting(env, system, language, region):
    found = system_locale(env, lambda: (system, None))
    assert (found.language, found.region) == (language, region)
    assert country_from_locale(env, lambda: (system, None)) == (region or None)


def test_the_c_locale_leaves_spanish_written_spains_way(monkeypatch, tmp_path, capsys):
    """A container's LANG=C.UTF-8 names no region: `--lang es` writes Spain's way, not the 'en_US' Python reports."""
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(locale, "getlocale", lambda *a, **k: ("en_US", "UTF-8"))
    out = _run(capsys, "--lang", "es", "cost", "--hardware", str(_write_hardware(tmp_path)), "--country", "ES", *PRICED)
    assert "6250,00 EUR al mes" in out
