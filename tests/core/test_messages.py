"""One voice: every coded result has one sentence per language, the CLI speaks Spanish, JSON stays neutral.

The catalogue (advisor/core/messages) is rendered for every code the core can emit, in English and Spanish; a
missing or unfinished translation, a placeholder that differs between the languages, or a code shown raw fails.
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import advisor
from advisor.cli.main import main
from advisor.core.messages import Msg, Speaker, catalog, costs, report, servers, sizing
from advisor.core.messages.language import language_of, locale_from_environment, number_style
from advisor.core.resources import resource_path
from advisor.core.servers.problems import ProblemCode
from advisor.core.sizing.reasons import LOCAL_ERROR_CODES, NOTE_CODES, REASON_KEYS

ROOT = Path(advisor.__file__).parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
EN, ES = Speaker("en"), Speaker("es")
MACHINES = Path(__file__).parent.parent / "data" / "machines"


def _ts() -> dict[tuple[str, str], tuple[str, str | None]]:
    out = {}
    for context in ET.parse(resource_path("translations", "advisor_es.ts")).getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            out[(context.findtext("name") or "", message.findtext("source") or "")] = (
                node.text or "",
                node.get("type"),
            )
    return out


def _catalogue_messages() -> list[Msg]:
    """Every Msg the catalogue modules define, alone or in a table."""
    found: list[Msg] = []
    for module in (sizing, servers, catalog, costs, report):
        for value in vars(module).values():
            items = value.values() if isinstance(value, dict) else value if isinstance(value, tuple) else [value]
            found += [m for m in items if isinstance(m, Msg)]
    return found


def _markers_in(folder: Path) -> list[tuple[str, str]]:
    """Every `QT_TRANSLATE_NOOP("Context", "text")` written in the Python files of a folder."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, source = (a.value for a in node.args)
                found.append((context, source))
    return found


def test_every_message_has_a_finished_spanish_translation_with_the_same_placeholders():
    ts = _ts()
    messages = {(m.context, str(m)) for m in _catalogue_messages()}
    messages |= set(_markers_in(ROOT / "cli")) | set(_markers_in(ROOT / "core"))
    assert len(messages) > 300
    problems = []
    for context, source in sorted(messages):
        text, state = ts.get((context, source), ("", "missing"))
        if state or not text.strip():
            problems.append(f"{context}: {state or 'empty'}: {source!r}")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"{context}: placeholders differ: {source!r} → {text!r}")
    assert problems == [], "run scripts/translations.py and translate in Qt Linguist"


def _sample(key: str, code: str = "") -> object:
    """A plausible value for a message value named `key`."""
    samples = {
        "tier": "13B",
        "quant": "Q4_K_M",
        "min_good_quant": "Q4_K_M",
        "fit": "partial_offload",
        "memory": "vram",
        "model": "Qwen2.5-14B",
        "dense_model": "Qwen2.5-32B",
        "device": "ram",
        "gpu": "NVIDIA GeForce RTX 4060",
        "nearest": "NVIDIA GeForce RTX 4060 Ti",
        "isa": "avx2",
        "ram_type": "DDR5",
        "basis": "ram_spec",
        "url": "http://localhost:1234/v1",
        "host": "localhost",
        "port": 1234,
        "kind": "lmstudio",
        "suggested_url": "http://localhost:1234/v1",
        "status": 500,
        "file": "model-Q4_K_M.gguf",
        "dest": "/models",
        "files": ["a.gguf"],
        "detail": "disk error",
    }
    if key in samples:
        return samples[key]
    if key.endswith("_bytes"):
        return 9 * 2**30
    if key in ("parameters", "active_parameters"):
        return 30.5e9
    return 12.5 if "per_second" in key or key.endswith("gbps") else 4096


def _raw(code: str, text: str) -> bool:
    unfilled = "?" in PLACEHOLDER.sub("", text).replace("¿", "")
    return ("_" in code and code in text) or code.replace("_", " ") == text or unfilled


@pytest.mark.parametrize("code", sorted(REASON_KEYS))
def test_every_sizing_reason_and_assumption_reads_as_a_sentence_in_both_languages(code):
    values = {k: _sample(k, code) for k in REASON_KEYS[code]}
    english, spanish = sizing.reason(EN, code, values), sizing.reason(ES, code, values)
    assert english != spanish
    for text in (english, spanish):
        assert not _raw(code, text), text
        assert not PLACEHOLDER.search(text), text


def test_each_variant_of_a_reason_has_its_own_sentence():
    base = {k: _sample(k) for k in REASON_KEYS["nothing_runs"]}
    fits_but_slow = sizing.reason(ES, "nothing_runs", {**base, "needs_bytes": 2**30, "available_bytes": 2**31})
    does_not_fit = sizing.reason(
        ES, "nothing_runs", {**base, "needs_bytes": 2**32, "available_bytes": 2**31, "gpu_bytes": 0}
    )
    split = sizing.reason(ES, "nothing_runs", {**base, "needs_bytes": 2**32, "available_bytes": 2**31})
    assert "por debajo de 5" not in fits_but_slow and "tokens por segundo" in fits_but_slow
    assert "Ni siquiera cabe" in does_not_fit and "4,0 GiB" in does_not_fit
    # part of it on the graphics card: that part, and the RAM the rest needs
    assert "Ni siquiera cabe" in split and "4,0 GiB" in split and "tarjeta gráfica" in split
    assert "tarjeta gráfica" not in does_not_fit
    for basis in ("typical", "cpu_family", "ram_spec"):
        values = {k: _sample(k) for k in REASON_KEYS["assume_ram_bandwidth"]} | {"basis": basis}
        assert "?" not in sizing.assumption(ES, "assume_ram_bandwidth", values)


@pytest.mark.parametrize("code", sorted([*NOTE_CODES, *LOCAL_ERROR_CODES]))
def test_every_estimate_note_and_local_model_error_has_words(code):
    word = sizing.note if code in NOTE_CODES else sizing.local_model_error
    assert word(EN, code) != word(ES, code)
    assert not _raw(code, word(ES, code))


@pytest.mark.parametrize("code", list(ProblemCode))
@pytest.mark.parametrize("surface", ["cli", "app", "report"])
def test_every_server_problem_says_what_is_wrong_and_what_to_do(code, surface):
    values = {k: _sample(k) for k in ("url", "host", "port", "kind", "suggested_url", "status", "timeout_s")}
    values["limit_bytes"] = 8 * 2**20
    english, spanish = servers.problem(EN, code, values, surface), servers.problem(ES, code, values, surface)
    assert english != spanish
    for what, advice in (english, spanish):
        assert what and advice and not _raw(code.value, what) and not PLACEHOLDER.search(what + advice)
    if surface != "cli":
        assert "--" not in spanish[1] and "llm-advisor" not in spanish[1], "the app names no command-line option"


def _catalog_codes() -> set[str]:
    codes = set()
    for path in (ROOT / "core").rglob("*.py"):
        codes |= set(re.findall(r'CatalogProblem\(\s*"([a-z_]+)"', path.read_text(encoding="utf-8")))
    return codes


def test_every_catalogue_problem_the_core_raises_has_a_sentence():
    codes = _catalog_codes()
    assert {"offline", "gated", "disk_full", "stalled"} <= codes
    for code in codes:
        values = {
            "file": "m.gguf",
            "needed_bytes": 2**33,
            "free_bytes": 2**30,
            "dest": "/m",
            "status": 404,
            "stall_timeout_s": 30.0,
            "done_bytes": 2**30,
            "total_bytes": 2**32,
            "files": ["x.gguf"],
        }
        english = catalog.problem(EN, code, "owner/repo", values)
        spanish = catalog.problem(ES, code, "owner/repo", values)
        assert english != spanish and code not in spanish and not PLACEHOLDER.search(spanish), spanish


def test_cost_inputs_origins_and_verdicts_have_words():
    for name in costs.INPUTS:
        assert costs.input_name(EN, name) != costs.input_name(ES, name)
    for code in costs.ORIGINS:
        assert not PLACEHOLDER.search(costs.origin(ES, code, {}, "EUR")), code
    for kind in costs.BREAK_EVEN:
        assert costs.break_even(ES, kind, 30.0, 4) != costs.break_even(EN, kind, 30.0, 4)
    assert costs.break_even(ES, "past_lifetime", 61.0, 4) == (
        "61,0 meses, después de la vida útil del hardware de 4 años: en la práctica, nunca"
    )


def test_a_hint_that_names_a_command_line_option_is_said_only_in_the_terminal():
    assert "--country" in costs.origin(EN, "country_fallback", {}, surface="cli")
    assert "--country" not in costs.origin(EN, "country_fallback", {}, surface="app")


@pytest.mark.parametrize(
    ("env", "language", "shown"),
    [
        ({"LANG": "es_ES.UTF-8"}, "es", "14.500,5"),  # Spain groups from five digits: 1450,5 but 14.500,5
        ({"LANG": "es_MX.UTF-8"}, "es", "14,500.5"),  # Mexico writes numbers as the US does
        ({"LANG": "es_AR.UTF-8"}, "es", "14.500,5"),
        ({"LANGUAGE": "es:en", "LANG": "en_US.UTF-8"}, "es", "14.500,5"),  # LANGUAGE first, as gettext and Qt
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "es_ES.UTF-8"}, "en", "14,500.5"),
        ({"LANG": "C.UTF-8"}, "en", "14,500.5"),
        ({}, "en", "14,500.5"),
    ],
)
def test_language_and_numbers_follow_the_environment(env, language, shown):
    say = Speaker.from_environment(None, env)
    assert say.language == language
    assert say.number(14500.5, 1) == shown
    assert language_of(locale_from_environment(env)) == language


def test_spanish_numbers_are_written_as_qlocale_writes_them():
    spain = number_style("es_ES", "es")
    assert [spain.number(v, 1) for v in (1450.25, 14500.25, -0.05)] == ["1450,3", "14.500,3", "-0,1"]
    assert spain.count(1234567) == "1.234.567"


def test_the_lang_option_makes_the_command_line_speak_spanish(capsys):
    machine = str(MACHINES / "laptop-16gb-whatif-minimal.json")
    assert main(["recommend", "--lang", "es", "--hardware", machine]) == 0
    spanish = capsys.readouterr().out
    assert main(["--lang", "en", "recommend", "--hardware", machine]) == 0
    english = capsys.readouterr().out
    assert "Por qué" in spanish or "Motivo" in spanish or "Recomendado" in spanish
    assert "GiB en total" in spanish and "GiB in all" in english
    assert "tier_chosen" not in spanish and "cpu_only" not in spanish


def test_json_output_is_the_same_in_every_language(capsys, monkeypatch):
    machine = str(MACHINES / "laptop-16gb-whatif-minimal.json")
    outputs = []
    for language in ("es", "en"):
        assert main(["recommend", "--json", "--lang", language, "--hardware", machine]) == 0
        outputs.append(json.loads(capsys.readouterr().out))
    assert outputs[0] == outputs[1]


def test_an_unknown_language_is_refused_in_one_line(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "fr", "recommend"])
    assert exit_info.value.code == 2
    assert "choose one of en, es" in capsys.readouterr().err


def test_every_country_of_the_electricity_table_is_named_in_both_languages():
    from advisor.core.resources import load_json

    codes = {c["country"] for c in load_json("electricity.json")["countries"]}
    assert codes <= set(costs.COUNTRIES), "add the new country to advisor/core/messages/costs.py"
    assert costs.country_name(ES, "MX") == "México" and costs.country_name(EN, "MX") == "Mexico"


def test_english_words_keep_the_regions_numbers_as_the_app_does():
    say = Speaker.from_environment("en", {"LANG": "es_ES.UTF-8"})
    assert say.language == "en" and say.number(14500.5, 1) == "14.500,5"
    assert Speaker.from_environment("es", {"LANG": "en_US.UTF-8"}).number(14500.5, 1) == "14,500.5"
