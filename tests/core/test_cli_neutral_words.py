"""What the command line and its report print, in English and in Spanish: the offline catalogue's source, the data
sources' publishers and a processor family in the reader's words (only the names as published), a battery written
in a hardware file said as what the machine has, no brackets inside brackets.

The Spanish tests fail until the lead merges /tmp/tr/voice.py and /tmp/tr/voice_fix.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.cli import speech
from advisor.cli.main import main
from advisor.core.resources import load_json

# the review's Ryzen 7 7840U laptop as its owner would describe it: the memory speed and cores come from the
# processor's family, the graphics' figures from the GPU table (so the report lists both tables)
PHOENIX = (
    '{"ram": {"total_bytes": 34359738368}, "cpu": {"brand": "AMD Ryzen 7 7840U w/ Radeon 780M Graphics"}, '
    '"gpus": [{"name": "AMD Radeon 780M", "unified_memory": true}]}'
)


@pytest.fixture(autouse=True)
def _back_to_the_environments_language():
    yield
    speech.set_language(None)


def _nesting(text: str) -> int:
    depth = deepest = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    return deepest


@pytest.fixture
def laptop(tmp_path: Path) -> str:
    path = tmp_path / "phoenix.json"
    path.write_text(PHOENIX)
    return str(path)


def _run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_the_offline_catalogue_header_names_its_source_in_english(capsys, laptop):
    out = _run(capsys, "--lang", "en", "models", "--offline", "--hardware", laptop)
    assert f"({load_json('catalog_snapshot.json')['source']})" in out.splitlines()[0]


def test_the_offline_catalogue_header_names_its_source_in_spanish(capsys, laptop):  # fails until merged
    first = _run(capsys, "--lang", "es", "models", "--offline", "--hardware", laptop).splitlines()[0]
    assert "(listas de archivos de los repositorios de Hugging Face, comprobadas con copias guardadas)" in first
    assert "repository" not in first


def _sources_rows(markdown: str) -> list[str]:
    lines = markdown.splitlines()
    start = next(
        i for i, line in enumerate(lines) if line.startswith("## ") and ("Data sources" in line or "Fuentes" in line)
    )
    return [line for line in lines[start + 1 :] if line.startswith("| ") and "---" not in line][1:]


def test_the_reports_data_sources_are_the_publishers_lines_in_english(capsys, laptop):
    # in euros: a comparison in dollars uses no exchange rate and does not name that table
    rows = _sources_rows(
        _run(capsys, "--lang", "en", "report", "--hardware", laptop, "--no-models", "--currency", "EUR")
    )
    text = "\n".join(rows)
    for table in ("gpus.json", "cpu_families.json", "electricity.json", "exchange_rates.json"):
        assert load_json(table)["publisher"] in text


def test_the_reports_data_sources_are_spanish_words_around_the_names(capsys, laptop):  # fails until merged
    out = _run(capsys, "--lang", "es", "report", "--hardware", laptop, "--no-models", "--currency", "EUR")
    text = "\n".join(_sources_rows(out))
    assert "especificaciones de producto de AMD, Intel, Raspberry Pi Ltd, Qualcomm y NVIDIA" in text
    assert "Eurostat, Ofgem, EIA y reguladores nacionales (cada fila nombra el suyo)" in text
    assert "Banco Central Europeo (EUR, GBP, MXN, BRL); fuentes nacionales para ARS, COP, CLP, PEN" in text
    assert "(incluido con la aplicación)" in text
    assert "base de datos de GPU de TechPowerUp; Apple (Apple Silicon)" in text
    for english in ("product specifications", "national regulators", "national sources", "(bundled)", "Database"):
        assert english not in text


def test_a_processor_family_reads_in_spanish_in_recommend(capsys, laptop):  # fails until merged
    out = _run(capsys, "--lang", "es", "recommend", "--hardware", laptop)
    assert "lo habitual en AMD Ryzen 7040/8040 para portátiles (Phoenix, Hawk Point)" in out
    assert "mobile" not in out


def _battery_file(tmp_path: Path) -> str:
    path = tmp_path / "laptop.json"
    path.write_text(
        '{"ram": {"total_bytes": 17179869184}, "cpu": {"brand": "Some Future CPU 9000"}, "gpus": [], "battery": true}'
    )
    return str(path)


def test_a_described_laptops_cost_origins_in_the_report_english(tmp_path, capsys):
    out = _run(capsys, "--lang", "en", "report", "--hardware", _battery_file(tmp_path), "--no-models")
    assert "Idle power: 8 W — estimated for a laptop: the machine has a battery" in out
    # a hand-written file describes a machine being considered: its price is to be given, never "already owned"
    assert "Hardware cost: 0.00 USD — not counted: the price of the hardware you are considering was not given" in out
    bullets = [line for line in out.splitlines() if line.startswith("- ")]
    assert [b for b in bullets if _nesting(b) > 1] == []
    assert "detected" not in "\n".join(b for b in bullets if "laptop" in b)


def test_a_described_laptops_cost_origins_in_the_report_spanish(tmp_path, capsys):  # fails until merged
    out = _run(capsys, "--lang", "es", "report", "--hardware", _battery_file(tmp_path), "--no-models")
    assert "Potencia en reposo: 8 W — estimada para un portátil: el equipo tiene batería" in out
    assert "Costo del equipo: 0,00 USD — sin contar: no se indicó el precio del equipo que estás valorando" in out
    bullets = [line for line in out.splitlines() if line.startswith("- ")]
    assert [b for b in bullets if _nesting(b) > 1] == []
    assert "detectó una batería" not in out
