"""Hardware someone is thinking of buying is not costed as already paid for.

The review's designer (a Mac mini M4) tried a what-if PC (32 GB + RTX 5060 Ti 16 GB) and was told that running it
locally "saves 48 EUR a month ... already paid for". A machine described by hand (a `--hardware` file without the
probes `detect --json` writes, or the app's what-if) is hardware being considered: its price is not given, so the
break-even is "not known yet" and the saving comes "before the price" until the user gives it. This computer, and a
saved `detect --json` of one, stay "already owned". The same words in `cost`, the report and its JSON.
"""

from __future__ import annotations

import json

import pytest

from advisor.cli import speech
from advisor.core.costs import compare, resolve_inputs
from advisor.core.costs.model import NOT_PRICED, BreakEven
from advisor.core.costs.ownership import hardware_origin, owned
from advisor.core.costs.presets import load_preset
from advisor.core.hardware.profile_io import load_profile, what_if
from advisor.core.jsonio import to_jsonable
from advisor.core.messages import ENGLISH
from advisor.core.messages.report import report_wording
from advisor.core.report import build_assessment, render
from tests.core.costs.test_cli_cost import run

GIB = 2**30
PC = {  # the review's what-if PC (/tmp/nc4/pc_5060ti.json), written by hand
    "ram": {"total_bytes": 32 * GIB},
    "cpu": {"brand": "AMD Ryzen 5 7600 6-Core Processor"},
    "gpus": [{"name": "NVIDIA GeForce RTX 5060 Ti 16 GB", "vram_total_bytes": 16 * GIB}],
    "battery": False,
}
# the same machine as `detect --json` writes it: the probes it ran come along
SAVED = {**PC, "probes": [{"name": "cpuinfo", "ok": True, "seconds": 0.001, "detail": "from /proc/cpuinfo"}]}
SPAIN = {"LANG": "es_ES.UTF-8"}


def _costed(machine: dict, **kw):
    profile = load_profile(machine)
    return compare(resolve_inputs(profile, hardware_file=True, country="ES", env=SPAIN, **kw))


def test_where_a_machine_came_from_decides_whether_it_is_owned():
    assert hardware_origin(load_profile(PC), from_file=False) == "detected"
    assert hardware_origin(load_profile(SAVED), from_file=True) == "saved_detection"
    assert hardware_origin(load_profile(PC), from_file=True) == "file"
    assert hardware_origin(load_profile(SAVED), from_file=False, what_if=True) == "what_if"
    assert [owned(o) for o in ("detected", "saved_detection", "file", "what_if")] == [True, True, False, False]
    assert owned("from a future version")  # a saved report of another version: as every machine was before


def test_a_hand_written_machine_has_no_price_and_no_break_even_until_one_is_given():
    c = _costed(PC)
    assert c.inputs.hardware_cost == 0 and c.inputs.origin("hardware_cost").code == NOT_PRICED
    assert c.break_even == BreakEven("unpriced", None, 3.0) and not c.break_even.pays_off
    assert c.savings_per_month > 0  # the API costs more than the electricity: a saving, before the price
    data = json.loads(json.dumps(to_jsonable(c)))
    assert data["break_even"] == {"kind": "unpriced", "months": None, "lifetime_years": 3.0}
    assert data["break_even_months"] is None
    assert BreakEven.from_json(data) == c.break_even  # a saved cost --json reads back the same verdict


def test_a_price_given_for_the_machine_considered_gives_its_break_even():
    plain = _costed(PC)
    priced = _costed(PC, user={"hardware_cost": 1100.0})
    margin = plain.api.total_per_month - plain.local.electricity_per_month
    assert priced.break_even.kind == "months" and priced.break_even.months == pytest.approx(1100.0 / margin)
    assert priced.inputs.origin("hardware_cost").code == "user"
    owned_after_all = _costed(PC, user={"hardware_cost": 0.0})  # "0 if you already own it"
    assert owned_after_all.break_even == BreakEven("at_once", 0.0, 3.0)


def test_a_saved_detection_and_this_computer_stay_already_owned():
    saved = _costed(SAVED)
    assert saved.inputs.origin("hardware_cost").code == "hardware_owned" and saved.break_even.kind == "at_once"
    detected = compare(resolve_inputs(load_profile(PC), hardware_file=False, country="ES", env=SPAIN))
    assert detected.break_even.kind == "at_once"


def test_the_apps_what_if_is_hardware_being_considered():
    base = load_profile(SAVED)  # this computer, as detected
    considered = what_if(base, ram_total_bytes=64 * GIB)
    inputs = resolve_inputs(considered, hardware_file=True, country="ES", env=SPAIN)  # what the Costs page passes
    assert inputs.origin("hardware_cost").code == NOT_PRICED


def test_a_presets_price_is_a_price_even_on_a_machine_considered():
    c = _costed(PC, preset=load_preset("tutorial-2024"))
    assert c.inputs.origin("hardware_cost").code == "preset" and c.inputs.hardware_cost > 0
    assert c.break_even.kind in ("months", "past_lifetime", "never")


# --------------------------------------------------------------------------- the command line


def _write(tmp_path, name: str, machine: dict) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(machine), encoding="utf-8")
    return str(path)


def test_cost_of_a_hand_written_file_says_the_price_is_not_counted_and_how_to_give_it(capsys, tmp_path):
    pc = _write(tmp_path, "pc.json", PC)
    code, out, err = run(capsys, "cost", "--hardware", pc, "--country", "ES", "--compare", "gpt-4o-mini")
    assert code == 0, err
    assert (
        "Break-even: not known yet, as the price of the hardware you are considering is not counted "
        "(give it with --hardware-cost, or 0 if you already own it)"
    ) in out
    assert "Saving with local: " in out and "a month, before the price of the hardware you are considering" in out
    assert "not counted: the price of the hardware you are considering was not given" in out  # the input's origin
    assert "already paid for" not in out and "you already own the computer" not in out
    assert "no price" in out.split("Compared", 1)[1]  # the compared table: no months where there is no price
    code, out, _ = run(capsys, "cost", "--hardware", pc, "--country", "ES", "--json")
    assert json.loads(out)["break_even"]["kind"] == "unpriced"


def test_cost_of_a_saved_detection_counts_the_computer_as_owned(capsys, tmp_path):
    saved = _write(tmp_path, "mine.json", SAVED)
    code, out, err = run(capsys, "cost", "--hardware", saved, "--country", "ES")
    assert code == 0, err
    assert "Break-even: at once (no hardware cost counted: it is already paid for)" in out
    assert "you already own the computer (use --hardware-cost to count buying it)" in out


def test_the_price_typed_for_a_hand_written_file_gives_its_months(capsys, tmp_path):
    pc = _write(tmp_path, "pc.json", PC)
    code, out, err = run(capsys, "cost", "--hardware", pc, "--country", "ES", "--hardware-cost", "1100", "--json")
    assert code == 0, err
    data = json.loads(out)
    margin = data["api"]["total_per_month"] - data["local"]["electricity_per_month"]
    assert data["break_even"]["kind"] == "months" and data["break_even"]["months"] == pytest.approx(1100 / margin)


# --------------------------------------------------------------------------- the report


def _report(profile, origin: str) -> str:
    assessment = build_assessment(profile, offline=True, include_models=False, hardware_origin=origin, country="ES")
    return render(assessment, "md", wording=report_wording(ENGLISH, "app"))  # as the app's Summary page says it


def test_the_report_of_a_hand_written_file_has_no_break_even_yet():
    text = _report(load_profile(PC), "file")
    assert "*Source: a hardware file (what-if)*" in text
    assert "**Break-even:** not known yet, as the price of the hardware you are considering is not counted" in text
    hardware = "Hardware cost: 0.00 EUR — not counted: the price of the hardware you are considering was not given"
    assert hardware + "\n" in text  # the app's words: no terminal flag in its report
    assert "already paid for" not in text


@pytest.mark.parametrize(
    ("origin", "described", "verdict"),
    [
        ("saved_detection", "a saved detection of a computer (a detect --json file)", "at once"),
        ("what_if", "what-if hardware chosen in the app (not this computer)", "not known yet"),
        ("detected", "this machine (detected)", "at once"),
    ],
)
def test_the_report_says_where_the_machine_came_from_and_costs_it_so(origin, described, verdict):
    text = _report(load_profile(SAVED), origin)
    assert f"*Source: {described}*" in text
    assert f"**Break-even:** {verdict}" in text


def test_report_of_a_saved_detection_is_not_called_a_what_if(capsys, tmp_path):
    saved = _write(tmp_path, "mine.json", SAVED)
    code, out, err = run(capsys, "report", "--hardware", saved, "--offline", "--no-models", "--country", "ES")
    assert code == 0, err
    assert "*Source: a saved detection of a computer (a detect --json file)*" in out and "what-if" not in out
    assert "**Break-even:** at once" in out
    pc = _write(tmp_path, "pc.json", PC)
    code, out, err = run(capsys, "report", "--hardware", pc, "--offline", "--no-models", "--country", "ES")
    assert code == 0, err
    assert "*Source: a hardware file (what-if)*" in out and "**Break-even:** not known yet" in out


@pytest.fixture
def back_to_english():
    yield
    speech.set_language(None)  # the run's language goes back to the environment's for the tests after this one


def test_in_spanish_the_what_if_pc_is_not_already_paid_for(capsys, tmp_path, back_to_english):
    pc = _write(tmp_path, "pc.json", PC)
    code, out, err = run(capsys, "--lang", "es", "cost", "--hardware", pc, "--country", "ES")
    assert code == 0, err
    assert (
        "Punto de equilibrio: aún no se sabe, porque no se cuenta el precio del equipo que estás valorando "
        "(indícalo con --hardware-cost, o 0 si ya lo tienes)"
    ) in out
    assert "antes del precio del equipo que estás valorando" in out and "ya está pagado" not in out
    mini = {"ram": {"total_bytes": 16 * GIB}, "cpu": {"brand": "Apple M4"}, "battery": False}  # the review's Mac mini
    mini = _write(tmp_path, "mini.json", mini)
    code, out, err = run(capsys, "--lang", "es", "cost", "--hardware", mini, "--country", "ES")
    assert code == 0, err
    assert "estimada para un Mac de escritorio con Apple M4" in out and "no se distingue" not in out
