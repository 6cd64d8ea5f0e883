"""A long context's cache is read for every token generated: once a long document fills it, the answer comes more
slowly than the headline's short chat. A 32 GB M1 Pro asked for 32K was told ~11.0 tokens/s with nothing saying
that a 30-page document makes it about 8 (newcomer round: only the range's low end, 5.1, hinted at it). The wait
for such a document now says how fast its answer then comes, in `estimate`, `recommend`, the report and the app."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, Speaker, ranges
from advisor.core.messages.report import report_wording
from advisor.core.report import assemble_assessment, render
from advisor.core.sizing import estimate, recommend
from advisor.core.sizing.speed import FULL_CONTEXT_SPEED_SHARE
from advisor.core.sizing.tiers import MISTRAL_SMALL_24B, QWEN_3_30B_A3B, reference_at

MACHINES = Path(__file__).parents[2] / "data" / "machines"

M1_PRO_32 = {
    "ram": {"total_bytes": 32 * 2**30, "type": "unified"},
    "gpus": [{"name": "Apple M1 Pro", "vendor": "apple", "unified_memory": True}],
    "cpu": {"brand": "Apple M1 Pro", "arch": "arm64", "physical_cores": 10, "logical_cores": 10},
}
SENTENCE = "Its answer then comes at about"


def test_a_long_context_says_how_fast_the_answer_comes_once_it_is_full():
    mac = load_profile(M1_PRO_32)
    model = reference_at(MISTRAL_SMALL_24B, "Q4_K_M")
    long = estimate(model, mac, context=32768)
    full = long.full_context_tokens_per_second
    assert full is not None and full <= FULL_CONTEXT_SPEED_SHARE * long.tokens_per_second
    assert long.tokens_per_second_range[0] < full  # inside the range, above its full-context p10 end
    # at 4K the cache is small beside the weights: nothing to add
    assert estimate(model, mac, context=4096).full_context_tokens_per_second is None


def test_a_mixture_with_its_experts_in_ram_says_it_for_its_own_layout():
    """The layout a mixture too large for the card is given (experts of N layers in RAM) computes its own figure
    (code review: the test above never reached that path)."""
    pc = load_profile(MACHINES / "gaming-rtx3060-12gb-16gb.json")
    placed = estimate(reference_at(QWEN_3_30B_A3B, "Q4_K_M"), pc, context=32768, n_cpu_moe=None)
    assert placed.n_cpu_moe > 0
    full = placed.full_context_tokens_per_second
    assert full is not None and full <= FULL_CONTEXT_SPEED_SHARE * placed.tokens_per_second


def test_the_cli_the_report_and_both_languages_say_it(capsys, tmp_path):
    hw = tmp_path / "mac.json"
    hw.write_text(json.dumps(M1_PRO_32), encoding="utf-8")
    assert main(["recommend", "--hardware", str(hw), "--context", "32768", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    rec = recommend(load_profile(M1_PRO_32), context=32768)
    assert rec.full_context_tokens_per_second is not None
    said = f"{SENTENCE} {rec.full_context_tokens_per_second:.1f} tokens/s, slower than in a short chat"
    assert said in out
    argv = ["estimate", "--hardware", str(hw), "--model", rec.model, "--quant", rec.quant, "--context", "32768"]
    assert main([*argv, "--lang", "en"]) == 0
    assert said in capsys.readouterr().out
    assert main([*argv, "--lang", "es"]) == 0
    assert "Su respuesta llega entonces a unos" in capsys.readouterr().out
    assert main([*argv, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["full_context_tokens_per_second"] == rec.full_context_tokens_per_second
    md = render(assemble_assessment(load_profile(M1_PRO_32), recommendation=rec), "md", wording=report_wording(ENGLISH))
    assert said in md
    assert main(["recommend", "--hardware", str(hw), "--lang", "en"]) == 0  # 4K: nothing
    assert SENTENCE not in capsys.readouterr().out


def test_llama_server_slots_say_nothing_of_a_full_context(capsys, tmp_path):
    """`--parallel 4` without `--kv-unified`: a chat holds a quarter of the cache, as the fill wait's rule."""
    hw = tmp_path / "mac.json"
    hw.write_text(json.dumps(M1_PRO_32), encoding="utf-8")
    argv = ["estimate", "--hardware", str(hw), "--model", "Mistral-Small-24B", "--context", "32768"]
    assert main([*argv, "--parallel", "4", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["full_context_tokens_per_second"] is None


@pytest.mark.parametrize("bad", [math.nan, math.inf, -3.0, 0, 0.001, 1e300, "8.0", True, [8.0], 500.0])
def test_a_saved_report_s_speed_that_is_no_speed_adds_nothing(bad):
    """A hand-edited report: a value no estimate gives beside a 10.7 tokens/s headline (500 "slower than a short
    chat", 0.0 tokens/s: code review) says nothing; nor does a real one at 4K, below where it is said."""
    said = ranges.fill_wait(Speaker("en"), (120.0, 360.0), 32768, bad, 10.7)
    assert said is not None and SENTENCE not in said
    assert SENTENCE in ranges.fill_wait(Speaker("en"), (120.0, 360.0), 32768, 7.5, 10.7)
    assert SENTENCE not in ranges.fill_wait(Speaker("en"), (12.0, 36.0), 4096, 7.5, 10.7)
