"""A model trained for fewer tokens than the context asked is not offered as running at it (newcomer round: a Mac
user asking for 32K documents was offered Gemma 2, trained for 8K; Llama 2, trained for 4K, was said to run "with a
context of 16,384 tokens"). The recommendation picks no such model either."""

from __future__ import annotations

import json
from pathlib import Path

from advisor.cli.main import main
from advisor.core.catalog.ranking import SHORT_CONTEXT
from advisor.core.catalog.types import QuantFile
from advisor.core.messages import Speaker, catalog
from advisor.core.types import FitLevel

MAC = {"ram": {"total_bytes": 16 * 2**30}, "gpus": [{"name": "Apple M2 (8-core GPU)"}]}


def _models(tmp_path: Path, capsys, *argv: str) -> dict:
    hardware = tmp_path / "mac.json"
    hardware.write_text(json.dumps(MAC))
    assert main(["models", "--hardware", str(hardware), "--offline", "--json", *argv]) in (0, 1)
    return json.loads(capsys.readouterr().out)


def test_a_model_trained_for_8k_does_not_run_at_32k_and_says_why(tmp_path, capsys):
    at_32k = _models(tmp_path, capsys, "--context", "32768", "--search", "gemma-2-9b", "--all")
    (gemma,) = [c for c in at_32k["candidates"] if c["repo_id"].endswith("gemma-2-9b-it-GGUF")]
    assert gemma["context_length"] == 8192
    fitting = [f for f in gemma["files"] if f["fit"] not in (None, "too_large")]
    assert fitting and all(not f["runs_here"] and f["why_not"] == SHORT_CONTEXT for f in fitting)
    # at the context it was trained for, the same files run
    at_8k = _models(tmp_path, capsys, "--context", "8192", "--search", "gemma-2-9b")
    assert any(f["runs_here"] for c in at_8k["candidates"] for f in c["files"])
    # the text says the reason on the file's line
    hardware = tmp_path / "mac.json"
    assert main(
        [
            "models",
            "--hardware",
            str(hardware),
            "--offline",
            "--context",
            "32K",
            "--search",
            "gemma-2-9b",
            "--all",
            "--lang",
            "es",
        ]
    ) in (0, 1)
    assert "entrenado solo para 8192 tokens" in capsys.readouterr().out


def test_the_shorter_context_offered_is_one_the_model_was_trained_for(tmp_path, capsys):
    listed = _models(tmp_path, capsys, "--context", "32768", "--search", "llama-2-13b")
    near = [f for c in listed["near"] for f in c["files"]]
    assert near and all(f["runs_at_context"] is None or f["runs_at_context"] <= 4096 for f in near)
    assert any(f["runs_at_context"] == 4096 for f in near)


def test_the_hidden_line_counts_each_reason():
    def near(why: str) -> object:
        f = QuantFile("m.gguf", ("m.gguf",), "Q4_K_M", 1, fit=FitLevel.FULL_GPU, why_not=why, context_train=8192)

        class Candidate:
            files = (f,)

        return Candidate()

    en = Speaker("en")
    assert catalog.hidden(en, [near(SHORT_CONTEXT)], 5.0) == (
        "1 model hidden: trained for fewer tokens than the context asked."
    )
    mixed = catalog.hidden(en, [near(SHORT_CONTEXT), near("too_large"), near("too_large"), near("too_slow")], 5.0)
    assert mixed == "4 models hidden: 2 too large, 1 under 5 tok/s, 1 trained for a shorter context."
    assert catalog.why_not(en, near(SHORT_CONTEXT).files[0], 5.0).startswith("trained for 8,192 tokens only")


def test_a_speed_is_shown_with_a_decimal_rounded_down_under_ten():
    """Newcomer round: 4.8 tok/s showed "5 tok/s" beside "too slow: under 5 tok/s"; final review: 4.96 showed "5.0"."""
    from advisor.cli.models import _file_line

    for tps, shown in (
        (4.8, "4.8 tok/s"),
        (4.96, "4.9 tok/s"),
        (9.96, "9.9 tok/s"),
        (10.4, "10.4 tok/s"),
        (123.46, "123.5 tok/s"),
    ):
        f = QuantFile("m.gguf", ("m.gguf",), "Q4_K_M", 2**30, fit=FitLevel.CPU_ONLY, tokens_per_second=tps)
        assert shown in _file_line(f)
