""" "Nothing recommended" blames what ran out. Newcomer round: at 200K on an 8 GB Mac the Spanish headline said
"nada va a una velocidad útil en este equipo" (nothing runs at a usable speed) while its only reason was memory: "Not
even a 3B-class model fits … 9.8 GiB … 6.8 GiB is free". Where every class is too large the command line, the report
and the app say no model fits the memory; where something fits but is too slow, that it is too slow."""

from __future__ import annotations

from pathlib import Path

from advisor.cli.main import main
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import Speaker
from advisor.core.messages.report import report_wording
from advisor.core.report import assemble_assessment, render
from advisor.core.sizing import recommend
from advisor.core.types import FitLevel, nothing_fits

MACHINES = Path(__file__).resolve().parents[2] / "data" / "machines"
MAC_8GB = MACHINES / "apple-m1-8gb.json"
NETBOOK = MACHINES / "netbook-n100-4gb.json"


def _headline(capsys, *argv: str) -> str:
    assert main(["recommend", *argv]) == 0
    return capsys.readouterr().out.splitlines()[0]


def test_memory_that_holds_no_class_is_blamed_in_both_languages(capsys):
    rec = recommend(load_profile(MAC_8GB), context=200_000)
    assert rec.tier is None and all(t.fit == FitLevel.TOO_LARGE for t in rec.tiers)
    argv = ("--hardware", str(MAC_8GB), "--context", "200000")
    assert "no model fits this machine's memory" in _headline(capsys, *argv, "--lang", "en")
    spanish = _headline(capsys, *argv, "--lang", "es")
    assert "ningún modelo cabe en la memoria de este equipo" in spanish and "velocidad" not in spanish
    report = render(
        assemble_assessment(load_profile(MAC_8GB), recommendation=rec), "md", wording=report_wording(Speaker("es"))
    )
    assert "ningún tamaño cabe en la memoria de este equipo con este contexto" in report


def test_classes_that_fit_but_run_too_slowly_are_blamed_on_speed(capsys):
    rec = recommend(load_profile(NETBOOK), min_tokens_per_second=50)
    assert rec.tier is None and not nothing_fits(t.fit for t in rec.tiers)
    out = _headline(capsys, "--hardware", str(NETBOOK), "--min-tps", "50", "--lang", "en")
    assert "nothing runs usably on this machine" in out
    report = render(
        assemble_assessment(load_profile(NETBOOK), recommendation=rec), "md", wording=report_wording(Speaker("en"))
    )
    assert "no size class runs at a usable speed on this machine" in report


def test_a_saved_report_s_rows_decide_it_as_the_engine_s_do():
    assert nothing_fits(["too_large", FitLevel.TOO_LARGE])
    assert not nothing_fits(["too_large", "cpu_only"]) and not nothing_fits([]) and not nothing_fits([None, 3])
