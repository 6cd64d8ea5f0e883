"""At a long context the wait for a prompt that fills it is said beside the 2,000-word document's (newcomer round: a
Mac user reading 32K-token documents was told only the 2,000-word wait, 18–52 s, when a full context takes
minutes). Its attention over the whole context is counted: each token of it costs at least what one of the
document's does. The CLI and the report say the same sentence (the app's Recommendation page:
tests/qt/test_speed_ranges_page.py)."""

from __future__ import annotations

import json
import re

from advisor.cli.main import main
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH
from advisor.core.messages.report import report_wording
from advisor.core.report import build_assessment, render
from advisor.core.sizing import recommend

M2_AIR = {"ram": {"total_bytes": 16 * 2**30}, "gpus": [{"name": "Apple M2 (8-core GPU)"}]}
FILLED = "With a text that fills the whole context (32,768 tokens, about 24,300 words), after about "


def test_a_long_context_has_a_fill_wait_longer_per_token_than_the_document_s():
    profile = load_profile(M2_AIR)
    long, short = recommend(profile, context=32768), recommend(profile, context=2048)
    assert short.context_fill_seconds_range is None  # shorter than the 2,000-word document: that is said instead
    fast, slow = long.context_fill_seconds_range
    assert 0 < fast < slow
    low_tps, high_tps = long.prompt_tokens_per_second_range
    # per token, a full context costs at least the 2,000-word document's (attention grows with the prompt)
    assert fast / 32768 >= 0.999 / high_tps
    assert slow / 32768 >= 1 / low_tps * 0.999


def test_the_cli_and_the_report_say_the_fill_wait(capsys, tmp_path):
    hardware = tmp_path / "m2.json"
    hardware.write_text(json.dumps(M2_AIR))
    assert main(["recommend", "--hardware", str(hardware), "--context", "32K", "--lang", "en"]) == 0
    cli = capsys.readouterr().out
    assert FILLED in cli
    said = re.match(r"[\d.]+–[\d.]+ (?:s|min)\.", cli.split(FILLED)[1]).group(0)
    assert main(["recommend", "--hardware", str(hardware), "--context", "32K", "--lang", "es"]) == 0
    assert "Con un texto que llene todo el contexto (32.768 tokens, unas 24.300 palabras), tras unos" in (
        capsys.readouterr().out
    )
    profile = load_profile(M2_AIR)
    md = render(
        build_assessment(
            profile, include_models=False, offline=True, bench=False, hardware_origin="file", context=32768
        ),
        "md",
        wording=report_wording(ENGLISH),
    )
    assert FILLED + said in md


def test_llama_server_slots_that_split_the_cache_say_no_whole_context_wait(capsys, tmp_path):
    """Code review: with -np 16 each chat holds 2,048 tokens (the slots' note says so), yet the wait for a 32,768-token
    prompt was given."""
    hardware = tmp_path / "m2.json"
    hardware.write_text(json.dumps(M2_AIR))
    argv = ["estimate", "--hardware", str(hardware), "--params", "8B", "--context", "32K", "--lang", "en"]
    assert main(argv) == 0 and "fills the whole context" in capsys.readouterr().out
    assert main([*argv, "-np", "16"]) == 0
    out = capsys.readouterr().out
    assert "fills the whole context" not in out and "2,048" in out


def test_a_hand_edited_report_s_fill_wait_never_breaks_the_render():
    """Code review: a saved report with 10**400 in context_fill_seconds_range crashed render() (OverflowError);
    1e308 printed a 300-digit wait, [0.0001, 0.0002] "0.0–0.0 s", a context of -5 "fills the whole context (-5
    tokens)"."""
    profile = load_profile(M2_AIR)
    saved = json.loads(
        render(
            build_assessment(
                profile, include_models=False, offline=True, bench=False, hardware_origin="file", context=32768
            ),
            "json",
        )
    )
    assert saved["recommendation"]["context_fill_seconds_range"]
    for span, context in (
        ([10**400, 10**401], 32768),
        ([1e308, 1e308], 32768),
        ([0.0001, 0.0002], 32768),
        ([60, 90], -5),
    ):
        edited = {
            **saved,
            "recommendation": {**saved["recommendation"], "context_fill_seconds_range": span, "context": context},
        }
        md = render(edited, "md", wording=report_wording(ENGLISH))
        assert "fills the whole context" not in md and "Prompt processing" in md


def test_the_default_context_says_how_many_words_it_holds(capsys, tmp_path):
    """Newcomer round: "how long before it answers with a 10-page PDF?" at LM Studio's default 4,096 tokens got the
    2,000-word document's wait and nothing saying that 4,096 tokens hold about 3,000 words (the line began at 8K):
    a 10-page PDF (~5,000 words) does not fit, and only that number tells the person."""
    hardware = tmp_path / "m2.json"
    hardware.write_text(json.dumps(M2_AIR))
    for lang, said in (("en", "4,096 tokens, about 3,000 words"), ("es", "4096 tokens, unas 3000 palabras")):
        assert main(["recommend", "--hardware", str(hardware), "--lang", lang]) == 0
        assert said in capsys.readouterr().out
    assert main(["recommend", "--hardware", str(hardware), "--lang", "en", "--context", "2048"]) == 0
    assert "fills the whole context" not in capsys.readouterr().out  # shorter than the document: said otherwise
