"""The catalogue's sentences the CLI and the app share: the models a list hides and why, what a download resumed or
cleaned, and an offline download (a failure, never "showing the bundled list")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.catalog import search
from advisor.core.catalog.fetch import DownloadOutcome
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, Speaker, catalog

MACHINES = Path(__file__).parent.parent.parent / "data" / "machines"
LAPTOP = MACHINES / "laptop-rtx4050-6gb-16gb.json"  # 40B class: 2 repos run, 3 are too slow, 1 too large


def test_models_lists_the_models_that_do_not_run_with_why_in_the_catalogues_words(capsys):
    """The app hides the models that do not run behind "4 models hidden: …, Show them"; the CLI lists them, so it
    does not call them hidden (a newcomer read "6 models hidden" above the six models)."""
    code = main(["models", "--hardware", str(LAPTOP), "--offline", "--tier", "40B"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    result = search(profile=load_profile(json.loads(LAPTOP.read_text(encoding="utf-8"))), tier="40B", offline=True)
    sentence = catalog.hidden(ENGLISH, result.near, 5.0)
    assert sentence == "4 models hidden: 1 too large, 3 under 5 tok/s."  # the app's line under its list
    assert not any("hidden" in line for line in out)
    header = next(i for i, line in enumerate(out) if line.startswith("Nearest that do not run here"))
    assert len([line for line in out[header:] if line and not line.startswith(" ") and "·" in line]) == 4
    # the nearest files of those models, each with the catalogue's reason
    reasons = [line.split("└ ", 1)[1] for line in out if "└ " in line]
    assert reasons == [catalog.why_not(ENGLISH, f, 5.0) for c in result.near for f in c.files]
    assert any(r.startswith("too slow: under 5 tok/s") for r in reasons)
    # too large: what ran out (the split's system-RAM part), with the figures that failed
    assert any(r.startswith("too large: with ") and " of system RAM, only " in r for r in reasons)


@pytest.mark.parametrize(
    ("reasons", "said"),
    [
        (["too_large"], "1 model hidden: too large for this computer."),
        (["too_large", "too_large"], "2 models hidden: too large for this computer."),
        (["too_slow"], "1 model hidden: under 8 tok/s on this computer."),
        (["too_slow", "too_large", "too_slow"], "3 models hidden: 1 too large, 2 under 8 tok/s."),
    ],
)
def test_the_hidden_line_counts_each_model_by_its_nearest_files_reason(reasons, said):
    from advisor.core.catalog.types import Candidate, QuantFile

    def repo(why: str) -> Candidate:
        nearest = QuantFile("a.gguf", ("a.gguf",), "Q4_K_M", 1, runs_here=False, why_not=why)
        other = QuantFile("b.gguf", ("b.gguf",), "Q8_0", 2, runs_here=False, why_not="too_large")
        return Candidate("o/r", "o", 0, 0, None, False, None, None, 7e9, None, (nearest, other))

    assert catalog.hidden(ENGLISH, [repo(r) for r in reasons], 8.0) == said
    assert catalog.hidden(ENGLISH, [], 8.0) is None


def test_download_notes_are_the_catalogues_in_the_cli(monkeypatch):
    from advisor.cli import speech
    from advisor.cli.download import housekeeping_lines

    outcome = DownloadOutcome(
        "o/r", "f.gguf", "/m", resumed_bytes=3 * 2**30, freed_bytes=5 * 2**30, leftovers_removed=2
    )
    assert housekeeping_lines(outcome) == [
        "Resumed an interrupted download: 3.0 GiB were already there.",
        "Removed the leftovers of 2 interrupted downloads: 5.0 GiB freed.",
    ]
    spanish = Speaker.from_environment("es", {"LANG": "es_ES.UTF-8"})
    monkeypatch.setattr(speech, "say", lambda: spanish)
    assert housekeeping_lines(outcome) == catalog.housekeeping(
        spanish, resumed_bytes=3 * 2**30, leftovers_removed=2, freed_bytes=5 * 2**30
    )
    assert housekeeping_lines(DownloadOutcome("o/r", "f.gguf", "/m")) == []


def test_a_download_while_offline_says_the_download_failed(hf_home, tmp_path, capsys, monkeypatch):
    import huggingface_hub.constants as c

    closed = "http://127.0.0.1:9"  # nothing listens: refused at once
    monkeypatch.setattr(c, "ENDPOINT", closed)
    monkeypatch.setattr(c, "HUGGINGFACE_CO_URL_TEMPLATE", closed + "/{repo_id}/resolve/{revision}/{filename}")
    monkeypatch.setenv("HF_ENDPOINT", closed)
    repo, file = "bartowski/SmolLM2-135M-Instruct-GGUF", "SmolLM2-135M-Instruct-Q4_K_M.gguf"
    code = main(["download", repo, file, "--dest", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1
    # a whole sentence, starting the line (no "llm-advisor download:" before its capital letter)
    assert (
        "The download failed: Hugging Face cannot be reached. Check the internet connection, then download again."
    ) in err.splitlines()
    assert "bundled list" not in err
    # a search that cannot reach the Hub still says it shows the bundled list
    assert "bundled list" in catalog.problem(ENGLISH, "offline", None, {})
