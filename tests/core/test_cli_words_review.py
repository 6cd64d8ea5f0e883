"""What a Spanish-speaking user reads on the command line is Spanish, errors included (ours and argparse's); counts
read right for one as for many; a program's name keeps its case; dates in sentences are written out; a described
machine's assumed figures say so. English is checked alongside, since both come from the same catalogue.

The Spanish assertions need the translations of the new messages in resources/translations/advisor_es.ts."""

from __future__ import annotations

import json
import re

import pytest

from advisor.cli.main import main
from advisor.core.messages import ENGLISH, Speaker
from advisor.core.messages import servers as words

ES = Speaker("es")
G = 2**30


def _run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own refusals exit
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


# ------------------------------------------------------------------ our own errors, in the run's language


def test_a_missing_model_file_is_worded_as_a_missing_hardware_file_is(capsys, tmp_path):
    missing = tmp_path / "nope.gguf"
    code, _, err = _run(capsys, "--lang", "es", "estimate", "--gguf", str(missing))
    assert code == 2 and err.strip().endswith(f"--gguf {missing}: no se encuentra el archivo")
    code, _, err = _run(capsys, "--lang", "es", "detect", "--hardware", str(tmp_path / "nope.json"))
    assert code == 2 and err.strip().endswith("no se encuentra el archivo")


def test_a_file_that_is_not_a_gguf_says_so_in_both_languages(capsys, tmp_path):
    other = tmp_path / "notes.gguf"
    other.write_text("just some text, not a model\n", encoding="utf-8")
    _, _, err = _run(capsys, "--lang", "en", "estimate", "--gguf", str(other))
    assert "not a GGUF file (it does not start with the GGUF signature" in err and "bad magic" not in err
    _, _, err = _run(capsys, "--lang", "es", "estimate", "--gguf", str(other))
    assert "no es un archivo GGUF" in err and "not a GGUF" not in err


def test_a_server_address_that_is_not_a_url_is_refused_in_spanish(capsys):
    code, _, err = _run(capsys, "--lang", "es", "server", "--url", "htp:/foo")
    assert code == 2 and "no es una URL" in err and "write it like" not in err
    code, _, err = _run(capsys, "--lang", "en", "server", "--url", "ftp://localhost:1234/v1")
    assert code == 2 and "unsupported scheme 'ftp' (use http:// or https://)" in err


def test_a_size_class_that_does_not_exist_is_refused_in_spanish(capsys):
    code, _, err = _run(capsys, "--lang", "es", "models", "--tier", "9B")
    assert code == 2 and "'9B' no es una clase de tamaño" in err and "3B, 7B, 13B" in err


@pytest.mark.parametrize(
    ("size", "tier"), [("30B", "40B"), ("32b", "40B"), ("8B", "7B"), ("405B", "70B"), ("1.5B", "3B")]
)
def test_a_model_size_given_as_a_class_names_the_class_that_holds_it(capsys, size, tier):
    """Newcomer round: `models --tier 30B` (Qwen3-30B-A3B's size) was refused with no word of its class."""
    code, _, err = _run(capsys, "--lang", "es", "models", "--tier", size)
    assert code == 2 and f"'{size}' no es una clase de tamaño: un modelo de ese tamaño está en la clase {tier}" in err
    assert f"(--tier {tier})" in err and len(err.strip().splitlines()) == 1


def test_argparse_own_words_follow_the_language(capsys):
    code, _, err = _run(capsys, "--lang", "es", "detect", "--bogus")
    assert code == 2 and err.startswith("uso: llm-advisor") and "argumentos no reconocidos: --bogus" in err
    _, _, err = _run(capsys, "--lang", "es", "estimate", "--params", "8B", "--context", "x")
    assert "argumento --context/-c:" in err and "usage:" not in err
    _, _, err = _run(capsys, "--lang", "en", "detect", "--bogus")
    assert err.startswith("usage: llm-advisor") and "unrecognized arguments: --bogus" in err


@pytest.mark.parametrize(
    "argv",
    [
        ("cost", "--hardware-cost", "1.200"),
        ("recommend", "--context", "abc"),
        ("models", "--tier", "30B"),
        ("server", "--max-tokens", "-5"),
    ],
)
def test_a_value_an_option_refuses_is_one_line(capsys, argv):
    """The README's "2 bad input (one line naming what is wrong)": `cost --hardware-cost 1.200` printed 13 lines of
    usage before its one line (newcomer round). An unknown option keeps the usage above (test above)."""
    code, out, err = _run(capsys, "--lang", "es", *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith(f"llm-advisor {argv[0]}: error: argumento {argv[1]}")


def test_a_hardware_file_with_broken_json_is_explained_in_the_language(capsys, tmp_path):
    broken = tmp_path / "pc.json"
    broken.write_text("{nope\n", encoding="utf-8")
    _, _, err = _run(capsys, "--lang", "en", "detect", "--hardware", str(broken))
    assert "not valid JSON at line 1, column 2: a field name in double quotes is missing there" in err
    _, _, err = _run(capsys, "--lang", "es", "detect", "--hardware", str(broken))
    assert "línea 1, columna 2" in err and "Expecting" not in err and "comillas dobles" in err


# ------------------------------------------------------------------ counts, names, dates


def test_one_benchmark_run_is_not_a_median_of_one_runs():
    assert words.bench_runs(ENGLISH, "qwen", 1, "client_count") == "qwen, 1 run (timed and counted here)"
    assert words.bench_runs(ENGLISH, "qwen", 3, "client_count").startswith("qwen, median of 3 runs")
    assert "1 run of up to 40 tokens" in words.benchmarking(ENGLISH, "http://127.0.0.1:1/v1", 1, 40, 60)
    assert "1 pasada (" in words.bench_runs(ES, "qwen", 1, "client_count")
    assert "mediana de 3 pasadas" in words.bench_runs(ES, "qwen", 3, "client_count")


@pytest.mark.parametrize("say", [ENGLISH, ES], ids=["en", "es"])
def test_a_program_name_keeps_its_own_case_and_its_own_way_to_give_a_token(say):
    what, advice = words.problem(say, "auth_required", {"url": "http://127.0.0.1:8080/v1", "kind": "llama.cpp"}, "cli")
    assert what.startswith("llama.cpp (llama-server)")
    assert "llama-server --api-key" in advice and "LM Studio" not in advice
    _, ollama = words.problem(say, "auth_required", {"url": "http://127.0.0.1:11434/v1", "kind": "ollama"}, "cli")
    assert "Ollama" in ollama and "LM Studio" not in ollama and "--api-key" in ollama
    _, lmstudio = words.problem(say, "auth_required", {"url": "http://127.0.0.1:1234/v1", "kind": "lmstudio"}, "cli")
    assert "LM Studio" in lmstudio
    what, _ = words.problem(say, "auth_required", {"url": "http://127.0.0.1:1/v1"}, "cli")
    assert what[0].isupper()  # "The server …" / "El servidor …" still starts the sentence with a capital


def test_cost_sentences_write_dates_out_in_spanish(capsys):
    code, out, _ = _run(capsys, "--lang", "es", "cost", "--power-watts", "300", "--tokens-per-second", "40")
    assert code == 0
    sentences = [line for line in out.splitlines() if "precios del" in line or line.startswith("Datos:")]
    assert sentences and all(not re.search(r"\b\d{4}-\d{2}-\d{2}\b", line) for line in sentences)
    assert re.search(r"precios del \d{1,2} de [a-z]+ de \d{4}", out)
    assert "(bundled)" not in out


# ------------------------------------------------------------------ a described machine


def test_ram_available_that_nobody_measured_is_marked_assumed(capsys, tmp_path):
    described = tmp_path / "laptop.json"
    described.write_text(json.dumps({"ram": {"total_bytes": 16 * G}, "gpus": []}), encoding="utf-8")
    _, out, _ = _run(capsys, "--lang", "en", "detect", "--hardware", str(described))
    [ram] = [line for line in out.splitlines() if line.startswith("RAM")]
    assert "available (assumed" in ram
    measured = tmp_path / "measured.json"
    measured.write_text(
        json.dumps({"ram": {"total_bytes": 16 * G, "available_bytes": 10 * G}, "gpus": []}), encoding="utf-8"
    )
    _, out, _ = _run(capsys, "--lang", "en", "detect", "--hardware", str(measured))
    assert "10.0 GiB available" in out and "assumed" not in out


def test_a_mac_file_without_gpus_uses_the_chips_own_gpu(capsys, tmp_path):
    mac = tmp_path / "mac.json"
    mac.write_text(json.dumps({"ram": {"total_bytes": 16 * G}, "cpu": {"brand": "Apple M2"}}), encoding="utf-8")
    code, out, _ = _run(capsys, "--lang", "en", "detect", "--hardware", str(mac), "--json")
    assert code == 0
    [gpu] = json.loads(out)["gpus"]
    assert gpu["name"] == "Apple M2" and gpu["vendor"] == "apple" and gpu["unified_memory"] is True
    pc = tmp_path / "pc.json"
    pc.write_text(json.dumps({"ram": {"total_bytes": 16 * G}, "cpu": {"brand": "Intel Core i5"}}), encoding="utf-8")
    code, _, err = _run(capsys, "--lang", "en", "detect", "--hardware", str(pc))
    assert code == 2 and "gpus: missing (write [] for a machine without a GPU)" in err
