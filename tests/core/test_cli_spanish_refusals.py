"""What `--lang es` users were still told in English: the `--api-key` and `--ports` refusals of `server` and
`report`, why `estimate --hf` could not fetch a header, and what the sizing engine refuses. Each is worded through
the catalogue, in English by default and in Spanish when asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.cli import speech
from advisor.cli.main import main
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, Speaker
from advisor.core.sizing import estimate
from advisor.core.sizing.errors import SizingError
from advisor.core.sizing.quants import bits_per_weight, kv_bytes_per_element
from advisor.core.types import ModelSpec
from tests.support.llama_server import free_port

MACHINE = Path(__file__).parent.parent / "data" / "machines" / "gaming-rtx3060-12gb-16gb.json"
ES = Speaker("es")


@pytest.fixture(autouse=True)
def _back_to_the_environments_language():
    yield
    speech.set_language(None)


def _refusal(capsys, argv: list[str]) -> str:
    with pytest.raises(SystemExit) as exc:
        raise SystemExit(main(argv))
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "Traceback" not in err
    return err.strip().splitlines()[-1]


@pytest.mark.parametrize("command", ["server", "report"])
@pytest.mark.parametrize(
    ("key", "english", "spanish"),
    [
        ("   ", "the token is empty: copy it again", "el token está vacío"),
        ("clave\u2011ñ", "the token has characters an HTTP header cannot carry", "cabecera HTTP"),
    ],
)
def test_an_unusable_api_key_is_refused_in_the_runs_language(capsys, command, key, english, spanish):
    argv = [command, "--server-url" if command == "report" else "--url", "http://127.0.0.1:9/v1", "--api-key", key]
    assert english in _refusal(capsys, argv)
    said = _refusal(capsys, [*argv, "--lang", "es"])
    assert spanish in said and english not in said


def test_a_bad_port_list_is_refused_in_the_runs_language(capsys):
    assert "'70000' is not a port (1-65535)" in _refusal(capsys, ["server", "--discover", "--ports", "70000"])
    said = _refusal(capsys, ["server", "--discover", "--ports", "70000", "--lang", "es"])
    assert "'70000'" in said and "is not a port" not in said and "puerto" in said


def test_a_hub_that_cannot_be_reached_is_said_in_the_runs_language(capsys, monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{free_port()}")
    argv = ["estimate", "--hardware", str(MACHINE), "--hf", "a/b", "--file", "x.gguf"]
    assert main(argv) == 1
    assert "a/b/x.gguf: cannot reach 127.0.0.1:" in capsys.readouterr().err
    assert main([*argv, "--lang", "es"]) == 1
    err = capsys.readouterr().err
    assert "a/b/x.gguf: " in err and "cannot reach" not in err and "Traceback" not in err


def test_what_the_sizing_engine_refuses_is_worded_by_the_catalogue_in_both_languages():
    profile = load_profile(MACHINE)
    refusals = []
    for call in (
        lambda: estimate(ModelSpec(parameters=8e9), profile, context=0),
        lambda: estimate(ModelSpec(parameters=0.0), profile),
        lambda: estimate(ModelSpec(parameters=8e9), profile, n_cpu_moe=-1),
        lambda: bits_per_weight("Q9_X"),
        lambda: kv_bytes_per_element("q3_z"),
    ):
        with pytest.raises(SizingError) as exc:
            call()
        refusals.append(exc.value)
    assert str(refusals[0]) == "the context must be from 1 to 16,777,216 tokens (got 0)"
    assert str(refusals[3]) == "unknown quant 'Q9_X'"
    for e in refusals:
        assert isinstance(e, ValueError) and ENGLISH.t(e.msg, **e.values) == str(e)
        spanish = ES.t(e.msg, **e.values)
        assert spanish != str(e)  # translated, not the English left in place
        assert "{" not in spanish
    assert "16.777.216" in ES.t(refusals[0].msg, **refusals[0].values)  # the figure written the Spanish way
