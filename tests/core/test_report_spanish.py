"""A report a Spanish speaker can hand on: every heading, label, dataset name, kind and date of a rich report in
Spanish, and no English word or internal code left in it (Markdown and HTML alike)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from advisor.core.catalog import search
from advisor.core.catalog.types import CatalogProblem
from advisor.core.costs import compare, default_inputs
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, Speaker
from advisor.core.messages.dates import long_date
from advisor.core.messages.report import report_wording
from advisor.core.report import PartProblem, assemble_assessment, render
from advisor.core.servers.types import Benchmark, ServerKind, ServerModel, ServerStatus
from advisor.core.sizing import recommend
from tests.core.test_report import HARDWARE, SCRUB, _write_hardware

ES = Speaker("es")
# English words and internal codes that must not reach a Spanish reader (whole words, case as written)
FORBIDDEN = (
    # codes
    "api price",
    "api_price",
    "openai_compatible",
    "lmstudio_stats",
    "partial_offload",
    "full_gpu",
    "cpu_family",
    "exchange_table",
    "model_catalogue",
    "gpu_table",
    "unknown",
    "nvidia",
    "recommendation",
    "local_models",
    # English words of the report's frame
    "Created",
    "Publisher",
    "Source",
    "Link",
    "Date",
    "Data sources",
    "Model catalogue",
    "GPU specifications",
    "Exchange rates",
    "API prices",
    "Memory of each",
    "Missing parts",
    "Model search",
    "could not be produced",
    "Local LLM Advisor report",
    "OpenAI-compatible",
    "December",
    "May",
)
ISO_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d(?:-\d\d)?(?:T\d\d:\d\d(?::\d\d)?Z?)?\b")


@pytest.fixture
def rich(tmp_path):
    """An unknown operating system, an OpenAI-compatible server measured with energy, the offline catalogue with a
    problem, costs in euros from typed API prices, and a part that failed."""
    hardware = {**HARDWARE, "os": {"system": "unknown", "release": ""}}
    profile = load_profile(_write_hardware(tmp_path, hardware))
    rec = recommend(profile)
    found = search(profile=profile, tier=rec.tier, offline=True, limit=2)
    found = replace(found, errors=(CatalogProblem("offline", None, {}),))
    bench = Benchmark(
        model="qwen2.5-7b-instruct",
        ttft_ms=182.0,
        tokens_per_second=47.3,
        prompt_tokens_per_second=1450.0,
        completion_tokens=128,
        source="lmstudio_stats",
        runs=3,
        joules_per_token=5.35,
        power_watts=212.0,
        energy_source="nvml",
    )
    server = ServerStatus(
        url="http://localhost:8080/v1",
        reachable=True,
        kind=ServerKind.OPENAI_COMPATIBLE,
        version=None,
        models=(ServerModel("qwen2.5-7b-instruct", loaded=True),),
        problem=None,
        benchmark=bench,
    )
    inputs = default_inputs(profile, country="ES", currency="EUR").with_values(
        "user", electricity_price_per_kwh=0.26, api_price_input=2.0, api_price_output=8.0
    )
    a = assemble_assessment(
        profile,
        recommendation=rec,
        search=found,
        server=server,
        costs=compare(inputs),
        problems=(PartProblem("local_models", "failed", ""),),
        hardware_origin="file",
        scrubber=SCRUB,
    )
    return replace(a, created_at="2026-12-05T21:13:04Z")


def _without_links(text: str) -> str:
    return re.sub(r"https?://[^\s)\"<]+", "", text)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_spanish_report_has_no_english_words_codes_or_iso_dates(rich, fmt):
    text = render(rich, fmt, wording=report_wording(ES, "report"), lang="es")
    plain = re.sub(r"<[^>]+>", " ", text) if fmt == "html" else text
    plain = _without_links(plain).replace("\\_", "_")
    left = [w for w in FORBIDDEN if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", plain)]
    assert left == [], f"English or codes in the Spanish report: {left}"
    assert ISO_DATE.findall(plain) == []
    assert "Informe de Local LLM Advisor" in plain
    assert "Creado el 5 de diciembre de 2026, 21:13 UTC por Local LLM Advisor" in plain
    assert "Fuentes de datos" in plain and "Publicado por" in plain and "Enlace" in plain
    assert "Especificaciones de GPU" in plain and "diciembre de 2025" in plain  # the GPU table of 2025-12
    assert "Precio de la API por millón de tokens de entrada: 2,00 EUR" in plain  # cents: an API price of 2 EUR
    assert re.search(r"Sistema operativo:?\W+desconocido", plain)
    assert "Servidor compatible con OpenAI" in plain or "compatible con OpenAI" in plain
    assert "NVIDIA" in plain  # the vendor as the company writes it
    if fmt == "html":
        assert '<html lang="es">' in text and "<title>Informe de Local LLM Advisor</title>" in text


def test_english_dates_are_written_out_too():
    assert long_date(ENGLISH, "2026-12-05T21:13:04Z") == "5 December 2026, 21:13 UTC"
    assert long_date(ENGLISH, "2026-12-05T23:30:00-03:00") == "6 December 2026, 02:30 UTC"
    assert long_date(ENGLISH, "2025-12") == "December 2025"
    assert long_date(ENGLISH, "2026-12-01") == "1 December 2026"
    for as_is in ("2026", "2025-S2", "2026-02-30", "2026-13", "soon"):  # a year, a half-year, not a date
        assert long_date(ENGLISH, as_is) == as_is


def test_spanish_dates_read_as_a_spanish_speaker_writes_them():
    assert long_date(ES, "2026-12-05T21:13:04Z") == "5 de diciembre de 2026, 21:13 UTC"
    assert long_date(ES, "2026-05-08") == "8 de mayo de 2026"
    assert long_date(ES, "2025-12") == "diciembre de 2025"
    # after "del" ("precios del {date}") a month alone is "mes de …": "del marzo de 2024" is not Spanish
    assert long_date(ES, "2025-12", after_of=True) == "mes de diciembre de 2025"
    assert long_date(ES, "2026-05-08", after_of=True) == "8 de mayo de 2026"
