"""`llm-advisor report --country/--currency`: the report's cost comparison in the country and currency a user names,
with the same meaning and the same checks as `llm-advisor cost` (whose options they are), refused before any slow
work; and the laptop a report describes is costed as the laptop `cost` costs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.costs.currency import bundled_rates
from advisor.core.costs.electricity import bundled_table
from tests.core.test_report import _write_hardware

LAPTOP = {
    "ram": {"total_bytes": 16 * 2**30},
    "cpu": {"brand": "13th Gen Intel(R) Core(TM) i7-13620H"},
    "gpus": [{"name": "NVIDIA GeForce RTX 4060 Laptop GPU", "vram_total_bytes": 8 * 2**30}],
}


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _report(tmp_path: Path, *extra: str) -> list[str]:
    return ["report", "--hardware", str(_write_hardware(tmp_path)), "--no-models", "--format", "json", *extra]


def _origins(costs: dict) -> dict[str, dict]:
    return {a["values"].get("input"): a for a in costs["assumptions"]}


def test_the_report_costs_in_the_country_and_currency_named(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # the system's region says the United States
    code, out, _ = _run(capsys, *_report(tmp_path, "--country", "mx"))
    assert code == 0
    costs = json.loads(out)["costs"]
    assert costs["currency"] == "MXN"  # Mexico's currency, as `cost --country MX` gives
    said = _origins(costs)
    assert said["country"]["code"] == "user" and said["country"]["values"]["country"] == "MX"
    kwh = bundled_table().lookup("MX").price_per_kwh * bundled_rates().rate("MXN")  # the row is in USD
    assert costs["inputs"]["electricity_price_per_kwh"] == pytest.approx(kwh)


def test_the_currency_alone_changes_the_money_not_the_country(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, out, _ = _run(capsys, *_report(tmp_path, "--currency", "usd"))
    assert code == 0
    costs = json.loads(out)["costs"]
    assert costs["currency"] == "USD"
    assert _origins(costs)["country"]["values"]["country"] == "ES"


def test_the_same_run_of_cost_and_report_gives_the_same_monthly_figures(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    hardware = str(_write_hardware(tmp_path))
    _, out, _ = _run(capsys, "cost", "--hardware", hardware, "--country", "CO", "--currency", "EUR", "--json")
    cost = json.loads(out)
    _, out, _ = _run(capsys, "report", "--hardware", hardware, "--no-models", "--format", "json", "--country", "CO",
                     "--currency", "EUR")  # fmt: skip
    report = json.loads(out)["costs"]
    assert report["currency"] == cost["currency"] == "EUR"
    assert report["local"]["total_per_month"] == pytest.approx(cost["local"]["total_per_month"])


@pytest.mark.parametrize(
    "flag, value, says",
    [
        ("--country", "ZZ", "--country: unknown country 'ZZ'; known: ES, DE"),
        ("--currency", "XYZ", "--currency: unknown currency 'XYZ'; known: USD, EUR"),
    ],
)
def test_an_unknown_country_or_currency_is_one_line_before_any_work(tmp_path, capsys, flag, value, says):
    out_file = tmp_path / "r.md"
    code, out, err = _run(capsys, *_report(tmp_path, flag, value, "-o", str(out_file)))
    assert code == 2 and out == ""
    assert says in err and len(err.strip().splitlines()) == 1
    # what else to type, where `report` has it: --electricity-price for a country, not --list-models
    assert ("--electricity-price" in err) == (flag == "--country") and "--list-models" not in err
    assert not out_file.exists()


def test_the_report_takes_costs_inputs_and_compares_as_cost_does_with_them(tmp_path, capsys, monkeypatch):
    """A Colombian ran `cost --electricity-price 800 --hardware-cost 0` (14,333 COP a month) and `report`, which
    printed the defaults' 10,122 COP, refused both flags, and told him "give it with --hardware-cost"."""
    monkeypatch.setenv("LANG", "es_CO.UTF-8")
    hardware = str(_write_hardware(tmp_path))
    flags = ["--country", "CO", "--electricity-price", "800", "--hardware-cost", "0", "--api-model", "openai/gpt-4o"]
    flags += ["--tokens-per-month", "2M", "--idle-watts", "0"]
    _, out, _ = _run(capsys, "cost", "--hardware", hardware, *flags, "--json")
    cost = json.loads(out)
    code, out, _ = _run(capsys, "report", "--hardware", hardware, "--no-models", "--format", "json", *flags)
    assert code == 0
    report = json.loads(out)["costs"]
    assert report["local"]["total_per_month"] == pytest.approx(cost["local"]["total_per_month"])
    assert report["api"]["total_per_month"] == pytest.approx(cost["api"]["total_per_month"])
    assert report["inputs"]["electricity_price_per_kwh"] == 800 and report["inputs"]["tokens_per_month"] == 2e6
    said = _origins(report)
    assert said["electricity_price_per_kwh"]["code"] == said["hardware_cost"]["code"] == "user"
    # one of a pair of prices, or an unknown model: one line, exit 2, before any slow work, as in `cost`
    for bad, says in ((["--api-price-input", "3"], "COP)"), (["--api-model", "nope/x"], "--api-model: ")):
        code, out, err = _run(capsys, *_report(tmp_path, *bad))
        assert code == 2 and out == "" and says in err and len(err.strip().splitlines()) == 1, err
        assert "--list-models" not in err  # `report` has none: the hint would lead nowhere
        _, _, cost_err = _run(capsys, "cost", "--hardware", hardware, *bad)
        assert cost_err.strip().splitlines()[-1].split(": error: ")[1].startswith(err.split(": error: ")[1][:40])
    # with both prices, a model's name is only their label, in `report` as in `cost`
    own = ["--api-model", "my-own-llm", "--api-price-input", "1", "--api-price-output", "2"]
    code, out, _ = _run(capsys, *_report(tmp_path, "--country", "ES", *own))
    assert code == 0 and json.loads(out)["costs"]["api"]["model"] == "my-own-llm"


def test_report_help_documents_both_options_as_cost_does(capsys):
    _, cost_help, _ = _run(capsys, "cost", "--help")
    _, report_help, _ = _run(capsys, "report", "--help")
    for option in ("--country CC", "--currency CODE"):
        assert option in report_help and option in cost_help
    assert "country for the default electricity price" in report_help


def test_a_laptop_in_a_report_is_costed_as_the_laptop_cost_describes(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    machine = tmp_path / "laptop.json"
    machine.write_text(json.dumps(LAPTOP), encoding="utf-8")
    _, out, _ = _run(capsys, "cost", "--hardware", str(machine), "--json")
    cost = json.loads(out)
    _, out, _ = _run(capsys, "report", "--hardware", str(machine), "--no-models", "--format", "md")
    assert cost["inputs"]["idle_watts"] == 15.0  # a laptop with its graphics card asleep, not a 50 W desktop
    assert "Idle power: 15 W — estimated for a laptop with NVIDIA GeForce RTX 4060 Laptop GPU" in out
    assert "desktop" not in out.split("## Cost", 1)[1].split("## Data sources", 1)[0]
