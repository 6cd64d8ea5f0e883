"""The report the wizard exports, in Spanish: every cost assumption, server problem and catalogue problem in words.

The core report speaks through `Wording`; the Summary page's `report_wording()` fills it with the Qt layer's
translated sentences (advisor/qt/wording.py). A code the wording does not know comes out raw ("(sizing estimate)",
"connection_refused", "input=..."): these tests render real cost comparisons and fail on any such leftover.
"""

from __future__ import annotations

import dataclasses

import pytest

from advisor.core import report
from advisor.core.catalog.types import CatalogProblem, SearchResult
from advisor.core.costs import compare, default_inputs
from advisor.core.costs.model import api_option_for
from advisor.core.costs.presets import apply_preset, load_preset
from advisor.core.types import HardwareProfile
from advisor.qt import i18n, wording
from advisor.qt.pages.summary import report_wording
from tests.qt import fakes

pytestmark = pytest.mark.gui


@pytest.fixture
def spanish(qapp):
    i18n.install_language("es")
    yield
    i18n.install_language("en")


def _comparisons() -> list:
    """Cost comparisons that between them carry the assumption codes a user meets (checked below)."""
    gpu = fakes.profile()
    cpu_only = dataclasses.replace(gpu, gpus=())
    measured = fakes.benchmark("http://localhost:1234/v1", energy_meter=fakes.energy_meter())
    tutorial = load_preset("tutorial-2024")
    return [
        # the cost of the model measured: its speed and power; electricity from Mexico's table converted to euros;
        # a USD API price converted
        compare(default_inputs(gpu, measured=measured, country="MX", currency="EUR", cost_of="measured")),
        # the GPU's board power (not measured), in Argentine pesos
        compare(default_inputs(gpu, country="AR")),
        # no hardware profile, no country in the locale: generic estimates and the fallback country
        compare(default_inputs(None, env={"LANG": "C"})),
        # a CPU-only machine with the sizing estimate, a locale country; far more tokens than it can generate
        compare(default_inputs(cpu_only, env={"LANG": "es_ES.UTF-8"}).with_values("user", tokens_per_month=5e9)),
        # the tutorial's preset: its own figures and a flat monthly API fee
        compare(apply_preset(default_inputs(gpu, country="ES"), tutorial), tutorial.api_options[-1]),
    ]


def _render(comparison, *, server=None, search=None, benchmark=None) -> str:
    profile: HardwareProfile = fakes.profile()
    assessment = fakes.services().assemble_assessment(
        profile, costs=comparison, server=server, search=search, benchmark=benchmark
    )
    return report.render(assessment, "md", wording=report_wording())


def test_spanish_report_words_every_cost_assumption(spanish):
    comparisons = _comparisons()
    codes = {a.code for c in comparisons for a in c.assumptions}
    # the scenarios really cover measured, estimated, table, fallback, preset and note codes
    assert {
        "measured",
        "gpu_board_power",
        "sizing_estimate",
        "from_generation_speed",
        "no_profile_estimate",
        "cpu_only_estimate",
        "country_table",
        "country_fallback",
        "locale",
        "exchange_table",
        "preset",
        "api_price_converted",
        "capacity_exceeded",
        "api_flat_fee",  # the tutorial's hosted Llama 2: a fee by the month, no price per token
    } <= codes
    for comparison in comparisons:
        md = _render(comparison)
        assert "Supuestos:" in md
        for a in comparison.assumptions:
            words = wording.cost_assumption(a.code, {"currency": comparison.currency, **a.values})
            assert words in md
            raw = [a.code, f"({a.code.replace('_', ' ')})", "input="]
            assert not [r for r in raw if r in words], f"{a.code} is shown raw: {words!r}"
    md = _render(comparisons[0])
    assert "— medido por la prueba de velocidad de qwen2.5-14b-instruct" in md  # Spanish, naming the model measured
    assert "you entered it" not in md


def test_spanish_report_words_the_measurement_sources_and_shows_the_energy(spanish):
    bench = fakes.benchmark("http://localhost:1234/v1", energy_meter=fakes.energy_meter())
    md = _render(None, server=fakes.server_ok(), benchmark=bench)
    assert "measured" not in md and "lmstudio_stats" not in md  # RAM bandwidth source, benchmark source
    assert "62,0 GB/s (medido)" in md
    assert "**Cifras de:** estadísticas del propio LM Studio" in md
    assert "**Energía por token:** 6,09 J (nvml)" in md  # 2,340 J over 3 × 128 tokens
    assert "**Potencia media al generar:** 150 W" in md
    plain = _render(None, server=fakes.server_ok(), benchmark=fakes.benchmark("http://localhost:1234/v1"))
    assert "Energía por token" not in plain  # no energy counter: no row, rather than a dash that looks measured


def test_spanish_report_words_server_and_catalogue_problems(spanish):
    search = SearchResult(
        source="offline",
        retrieved_at="2026-11-01",
        candidates=fakes.candidates()[:1],
        errors=(CatalogProblem("offline", None, {}), CatalogProblem("gated", "meta-llama/Llama-3.1-8B-Instruct", {})),
    )
    md = _render(None, server=fakes.server_refused("http://localhost:1234/v1"), search=search)
    assert "connection_refused" not in md and "gated" not in md
    assert "Nada escucha en http://localhost:1234/v1: el servidor no está iniciado (o usa otro puerto)." in md
    assert "más abajo" not in md  # the app's "servers found on other ports are listed below" has no place in a file
    assert "Start Server" in md  # the advice, with LM Studio's own button name
    assert wording.catalog_problem(CatalogProblem("offline", None, {})) in md
    assert "meta-llama/Llama-3.1-8B-Instruct" in md and "huggingface.co" in md
    assert "LM Studio" in _render(None, server=fakes.server_ok())  # the server kind by its name, not "lmstudio"


def test_spanish_report_shows_cost_assumptions_with_the_precision_each_value_needs(spanish):
    """0.14 EUR/kWh once read "Precio de la electricidad: 0,1" and an exchange rate of 0.85 "0,9"."""
    inputs = default_inputs(fakes.profile(), country="ES", currency="EUR").with_values(
        "user", electricity_price_per_kwh=0.14, usd_rate=0.85, power_watts=312.5, hardware_cost=1499.5
    )
    md = _render(compare(inputs, api_option_for("openai/gpt-4o-mini")))
    assert "Precio de la electricidad: 0,140 EUR/kWh — lo escribiste tú" in md
    assert "Tipo de cambio: 0,8500 EUR por dólar estadounidense" in md
    assert "Potencia al generar: 312 W" in md or "Potencia al generar: 313 W" in md
    assert "Costo del equipo: 1499,50 EUR" in md
    # gpt-4o-mini: 0.15 / 0.60 USD per million, at 0.85 EUR per USD = 0.1275 / 0.51 EUR: three significant digits
    # below one euro, never rounded to 0,13; cents are enough for 0,51
    assert "0,128 EUR / 0,51 EUR" in md


def test_spanish_report_writes_every_number_with_spanish_separators(spanish):
    bench = fakes.benchmark("http://localhost:1234/v1", energy_meter=fakes.energy_meter())
    md = _render(None, server=fakes.server_ok(), benchmark=bench)
    # es_ES writes 1450,0 (a point between thousands only from five digits on: 14.500,0), never 1,450.0
    assert "**Procesamiento del prompt:** 1450,0 tokens/s" in md
    assert "**Velocidad de generación:** 24,6 tokens/s" in md
    assert "1,450.0" not in md and "24.6" not in md
    html = report.render(
        fakes.services().assemble_assessment(fakes.profile(), benchmark=bench), "html", wording=report_wording()
    )
    assert "1450,0 tokens/s" in html


def test_english_report_keeps_english_numbers(qapp):
    """The CLI's report (no Qt wording) and the app in English write 1,450.0 and 0.140."""
    bench = fakes.benchmark("http://localhost:1234/v1")
    inputs = default_inputs(fakes.profile(), country="ES", currency="EUR").with_values(
        "user", electricity_price_per_kwh=0.14
    )
    assessment = fakes.services().assemble_assessment(fakes.profile(), benchmark=bench, costs=compare(inputs))
    for words in (report.Wording(), report_wording()):
        md = report.render(assessment, "md", wording=words)
        assert "1,450.0 tokens/s" in md and "24.6 tokens/s" in md
    assert "Electricity price: 0.140 EUR/kWh — you entered it" in report.render(
        assessment, "md", wording=report_wording()
    )


def test_spanish_lifetime_of_one_year_is_singular(spanish):
    one = default_inputs(fakes.profile(), country="ES", currency="EUR").with_values("user", lifetime_years=1)
    three = one.with_values("user", lifetime_years=3)
    assert "Vida útil: 1 año — " in _render(compare(one))
    assert "Vida útil: 3 años — " in _render(compare(three))


def test_a_break_even_after_the_lifetime_is_reported_as_never_in_practice(qapp):
    """The tutorial's GPU PC against gpt-4o pays for itself only after ~40 months, past its 3-year lifetime."""
    tutorial = load_preset("tutorial-2024")
    comparison = compare(
        apply_preset(default_inputs(fakes.profile(), country="ES"), tutorial), api_option_for("openai/gpt-4o")
    )
    assert comparison.break_even_months > 36
    english = report.render(fakes.services().assemble_assessment(fakes.profile(), costs=comparison), "md")
    assert "after the hardware's 3-year lifetime: in practice, never" in english
    i18n.install_language("es")
    try:
        assert "después de la vida útil del hardware de 3 años: en la práctica, nunca" in _render(comparison)
    finally:
        i18n.install_language("en")
    dearer_api = dataclasses.replace(api_option_for("openai/gpt-4o"), price_output_per_million=100.0)
    within = compare(apply_preset(default_inputs(fakes.profile(), country="ES"), tutorial), dearer_api)
    assert within.break_even_months < 36
    assert "in practice, never" not in report.render(
        fakes.services().assemble_assessment(fakes.profile(), costs=within), "md"
    )
