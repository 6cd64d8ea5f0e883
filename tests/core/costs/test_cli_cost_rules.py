"""`llm-advisor cost` follows the core's decisions: an unknown name is one line with suggestions and exit 2, choosing an
API model drops a flat fee, and the break-even verdict (text and JSON) is the core's."""

from __future__ import annotations

import json

import pytest

from advisor.core.costs.model import ApiOption
from advisor.core.costs.presets import Preset
from tests.core.costs.test_cli_cost import EXAMPLE, MACHINE, run


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["--country", "Spian"], "--country: unknown country 'Spian'; did you mean: ES?; or pass --electricity-price"),
        (["--country", "ES", "--currency", "EUD"], "--currency: unknown currency 'EUD'; did you mean: "),
        (
            ["--country", "ES", "--api-model", "gpt-4oo"],
            "--api-model: unknown API model 'gpt-4oo'; did you mean: openai/gpt-4o",
        ),
        (
            ["--country", "ES", "--compare", "gpt-4o,gpt-4o-minii"],
            "--compare: unknown API model 'gpt-4o-minii'; did you mean: openai/gpt-4o-mini",
        ),
        (
            ["--country", "ES", "--preset", "tutorial2024"],
            "--preset: unknown preset 'tutorial2024'; did you mean: tutorial-2024?",
        ),
        (["--country", "ZZ"], "--country: unknown country 'ZZ'; known: ES, DE,"),
    ],
)
def test_an_unknown_name_is_one_line_with_suggestions_and_exit_2(capsys, argv, line):
    code, out, err = run(capsys, "cost", *MACHINE, *argv)
    assert code == 2 and out == ""
    [shown] = err.strip().splitlines()
    assert shown.startswith("llm-advisor cost: error: " + line)


def test_an_unknown_gpu_in_a_hardware_file_is_said_with_the_cards_meant(capsys, tmp_path):
    machine = tmp_path / "pc.json"
    machine.write_text(json.dumps({"ram": {"total_bytes": 32 * 2**30}, "gpus": [{"name": "RTX 4099"}]}))
    code, out, err = run(capsys, "cost", "--hardware", str(machine), "--country", "ES")
    assert code == 2 and out == ""
    [shown] = err.strip().splitlines()
    assert "the GPU table does not know 'RTX 4099'" in shown and "did you mean: GeForce RTX 4090" in shown


HOSTED = Preset(
    name="hosted",
    date="2024-03",
    currency="USD",
    values={"hardware_cost": 2400.0},
    notes={},
    api_options=(ApiOption("Hosted (flat)", 0.0, 0.0, fixed_per_month=1000.0, price_date="2024-03"),),
    today=(),
)


def test_choosing_an_api_model_drops_the_presets_flat_fee(capsys, monkeypatch):
    monkeypatch.setattr("advisor.core.costs.presets.load_preset", lambda name: HOSTED)
    code, out, err = run(capsys, "cost", *MACHINE, "--country", "US", "--preset", "hosted", "--json")
    assert code == 0, err
    assert json.loads(out)["api"]["fixed_per_month"] == pytest.approx(1000.0)
    code, out, err = run(
        capsys, "cost", *MACHINE, "--country", "US", "--preset", "hosted", "--api-model", "openai/gpt-4o-mini", "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["api"]["model"] == "openai/gpt-4o-mini" and data["api"]["fixed_per_month"] == 0.0
    assert data["inputs"]["api_fixed_per_month"] == 0.0 and data["compare"] == []  # the preset's others go too


@pytest.mark.parametrize(
    ("argv", "kind", "text"),
    [
        ([], "past_lifetime", "Break-even: 47.7 months, after the hardware's 3-year lifetime: in practice, never"),
        (["--lifetime-years", "4"], "months", "Break-even: 47.7 months (4.0 years)\n"),
        (["--hardware-cost", "0", "--resale-value", "0"], "at_once", "Break-even: at once (no hardware cost counted"),
        (["--api-price-input", "0.01", "--api-price-output", "0.01"], "never", "Break-even: never (the API costs less"),
    ],
)
def test_the_break_even_line_and_json_are_the_cores_verdict(capsys, argv, kind, text):
    base = [a for a in EXAMPLE if a not in ("--lifetime-years", "4")]  # 2,400 EUR, 3-year default lifetime
    code, out, err = run(capsys, *base, "--country", "ES", *argv)
    assert code == 0, err
    assert text in out
    code, out, _ = run(capsys, *base, "--country", "ES", *argv, "--json")
    assert json.loads(out)["break_even"]["kind"] == kind
