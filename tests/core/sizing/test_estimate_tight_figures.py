"""`llm-advisor estimate` says why a tight model is tight with the figures `recommend` gives (what the model takes of
the machine's memory, what it leaves, what the system and open programs need), in the same sentence; JSON keeps
the figures as a remark with its code, and `tight` stays true."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from advisor.cli import speech
from advisor.cli.main import main
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, Speaker
from advisor.core.messages import sizing as words
from advisor.core.sizing import estimate, recommend
from advisor.core.sizing.reasons import REMARK_TIGHT, TIGHT
from advisor.core.sizing.tiers import tier_by_name

LAPTOP = Path(__file__).parents[2] / "data" / "machines" / "laptop-i5-1135g7-8gb.json"
ES = Speaker("es")


@pytest.fixture(autouse=True)
def _back_to_the_environments_language():
    yield
    speech.set_language(None)


def test_the_estimate_of_the_recommended_model_says_the_recommendations_tight_sentence():
    """The 8 GB laptop's 7B pick at Q4_K_M is tight: its estimate gives the same figures as the recommendation."""
    profile = load_profile(LAPTOP)
    rec = recommend(profile)
    assert rec.tier == "7B" and rec.tight
    spec = next(s for s in tier_by_name(rec.tier).references if s.name == rec.model)
    est = estimate(dataclasses.replace(spec, quant=rec.quant), profile, context=rec.context)
    assert est.tight
    [reason] = [r for r in rec.reasons if r.code == TIGHT]
    [remark] = [r for r in est.remarks if r.code == REMARK_TIGHT]
    for say in (ENGLISH, ES):
        said = words.remark(say, remark.code, remark.values)
        assert said == words.reason(say, reason.code, reason.values)
    english = words.remark(ENGLISH, remark.code, remark.values)
    assert "take 5.2 GiB of the 8.0 GiB of memory and leave 2.8 GiB" in english and "about 4.0 GiB" in english


def test_a_model_with_room_to_spare_has_no_tight_remark(capsys):
    assert main(["estimate", "--hardware", str(LAPTOP), "--params", "3B", "--quant", "Q4_K_M", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tight"] is False and all(r["code"] != REMARK_TIGHT for r in data["remarks"])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_cli_estimate_prints_the_figures_and_json_keeps_them(capsys, lang):
    args = ["estimate", "--hardware", str(LAPTOP), "--params", "8B", "--quant", "Q4_K_M", "--lang", lang]
    assert main(args) == 0
    out = capsys.readouterr().out
    say = ENGLISH if lang == "en" else ES
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tight"] is True and "tight_memory" not in data["notes"]
    [remark] = [r for r in data["remarks"] if r["code"] == REMARK_TIGHT]
    assert set(remark["values"]) == {"needs_bytes", "total_bytes", "left_bytes", "reserve_bytes"}
    assert words.remark(say, REMARK_TIGHT, remark["values"]) in out
    assert ("2.8 GiB" if lang == "en" else "2,8 GiB") in words.remark(say, REMARK_TIGHT, remark["values"])
    assert "comfortable use (close other programs)" not in out
