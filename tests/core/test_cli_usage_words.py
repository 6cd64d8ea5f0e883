"""Options that do not go together, said in the run's language: what a Spanish-speaking user of `server` and
`estimate --compare-llama` relies on — one line from the catalogue, exit 2 (bad input), never the code's English."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.cli import speech
from advisor.cli.main import main

MACHINE = str(Path(__file__).parent.parent / "data" / "machines" / "desktop-ryzen7-7700-32gb.json")
URL = "http://127.0.0.1:9/v1"  # never asked: every case is refused before any request
CASES = {
    "--discover cannot be combined with --bench or --prompt": ["server", "--discover", "--bench"],
    "--bench and --prompt: run them one at a time": ["server", "--url", URL, "--bench", "--prompt", "hi"],
    "--system needs --prompt": ["server", "--url", URL, "--system", "be brief"],
    "--prompt is empty": ["server", "--url", URL, "--prompt", "  "],
    "--ports needs --discover": ["server", "--url", URL, "--ports", "1234"],
    "--stream-timeout needs --bench or --prompt": ["server", "--url", URL, "--stream-timeout", "5"],
    "--llama-fit-params goes with --compare-llama": [
        "estimate",
        "--hardware",
        MACHINE,
        "--params",
        "8B",
        "--llama-fit-params",
        "/bin/true",
    ],
    "--compare-llama needs --gguf PATH (llama.cpp reads the file itself)": [
        "estimate",
        "--hardware",
        MACHINE,
        "--params",
        "8B",
        "--compare-llama",
    ],
}


@pytest.fixture(autouse=True)
def _back_to_the_environments_language():
    yield
    speech.set_language(None)


@pytest.mark.parametrize("english", sorted(CASES))
def test_options_that_do_not_go_together_are_said_in_the_run_s_language(capsys, english):
    assert main(["--lang", "en", *CASES[english]]) == 2
    assert english in capsys.readouterr().err
    assert main(["--lang", "es", *CASES[english]]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert english not in err  # needs the lead's merge of /tmp/tr/hostile2.py into the .ts file
