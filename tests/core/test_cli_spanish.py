"""The command line in Spanish (`--lang es`): detect, verify, download and the errors of bad option values say it in
Spanish, figures written the Spanish way, while English stays the default and the words of argparse its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.cli import speech
from advisor.cli.main import main

MACHINES = Path(__file__).parent.parent / "data" / "machines"


@pytest.fixture(autouse=True)
def _back_to_the_environments_language():
    """`--lang es` holds for the rest of the process: the next test (which may call a parser directly) starts in
    the environment's language again."""
    yield
    speech.set_language(None)


def test_detect_speaks_spanish(capsys):
    machine = str(MACHINES / "workstation-2x-rtx3090-128gb.json")
    assert main(["detect", "--lang", "es", "--hardware", machine]) == 0
    out = capsys.readouterr().out
    assert f"Equipo descrito en {machine}" in out
    assert "128,0 GiB en total" in out and "disponibles" in out and "núcleos" in out and "hilos" in out
    assert any(line.startswith("Sistema") for line in out.splitlines())
    assert "sin describir" in out and "not described" not in out and "GiB total" not in out
    assert main(["detect", "--lang", "en", "--hardware", machine]) == 0
    assert "128.0 GiB total" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        [
            "estimate",
            "--params",
            "abc",
            "--lang",
            "es",
        ],  # --lang after the bad value: the error is Spanish all the same
        ["--lang", "es", "estimate", "--params=abc"],
    ],
)
def test_a_bad_parameter_count_is_refused_in_spanish(capsys, argv):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert exc.value.code == 2 and "Traceback" not in err
    assert "argumento --params" in last and "'abc' no es un número de parámetros" in last and "8B" in last
    assert "se acepta" in last and "is not" not in last


def test_an_out_of_range_number_is_refused_in_spanish_with_spanish_figures(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--lang", "es", "recommend", "--min-tps", "0"])
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert exc.value.code == 2
    assert "'0' está fuera de rango; se acepta: un número mayor que 0 y como mucho 10.000 tokens/s" in last


def test_download_and_verify_speak_spanish(tmp_path, capsys):
    assert main(["download", "not-a-repo", "x.gguf", "--lang", "es"]) == 2
    assert "no es un nombre de repositorio" in capsys.readouterr().err
    folder = tmp_path / "models" / "someone" / "Broken-GGUF"
    folder.mkdir(parents=True)
    (folder / "broken-Q4_K_M.gguf").write_bytes(b"GGUF" + b"\xff" * 100)
    assert main(["verify", "--lang", "es", "--offline", "--models-dir", str(tmp_path / "models")]) == 1
    out = capsys.readouterr().out
    assert "Comprobado 1 archivo GGUF" in out and "DAÑADO" in out and "cabecera ilegible" in out
    assert "dañados: 1" in out and "Checked" not in out and "CORRUPT" not in out
    assert main(["verify", "--lang", "es", "--models-dir", str(tmp_path / "nope")]) == 2
    assert "la carpeta no existe" in capsys.readouterr().err
