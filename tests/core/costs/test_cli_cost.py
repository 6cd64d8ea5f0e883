"""`llm-advisor cost` as a user runs it: numbers, named defaults with dates, presets, CSV, and bad input."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from advisor.cli.main import main
from advisor.core.costs.currency import bundled_rates
from advisor.core.messages import ENGLISH
from advisor.core.messages.dates import long_date

# Every machine-dependent input given, so no hardware detection is needed (same example as test_model.py).
MACHINE = [
    "--power-watts",
    "300",
    "--idle-watts",
    "60",
    "--tokens-per-second",
    "50",
    "--prompt-tokens-per-second",
    "500",
]
EXAMPLE = [
    "cost",
    *MACHINE,
    "--tokens-per-month",
    "10M",
    "--input-share",
    "0.4",
    "--currency",
    "EUR",
    "--electricity-price",
    "0.25",
    "--hardware-cost",
    "2400",
    "--resale-value",
    "400",
    "--lifetime-years",
    "4",
    "--api-price-input",
    "2",
    "--api-price-output",
    "8",
]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_shows_the_results_and_where_each_input_came_from(capsys):
    code, out, err = run(capsys, *EXAMPLE, "--country", "ES")
    assert code == 0, err
    assert "5.73 EUR a month" in out  # electricity
    assert "47.40 EUR a month" in out  # local total
    assert "56.00 EUR a month" in out  # API
    assert "Break-even: 47.7 months" in out
    assert "you entered it" in out and "Exchange rate" in out and long_date(ENGLISH, bundled_rates().as_of) in out


def test_json_has_the_issue_shape_and_the_hand_computed_numbers(capsys):
    code, out, _ = run(capsys, *EXAMPLE, "--country", "ES", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["currency"] == "EUR" and data["capacity_ok"] is True
    assert data["local"]["electricity_per_month"] == pytest.approx(5.7333, abs=1e-4)
    assert data["api"]["total_per_month"] == pytest.approx(56.0)
    assert data["break_even_months"] == pytest.approx(47.745, abs=1e-3)
    assert {"code": "user", "values": {"input": "power_watts", "value": 300.0}} in data["assumptions"]


def test_defaults_name_their_source_and_every_api_price_its_date(capsys):
    code, out, _ = run(capsys, "cost", *MACHINE, "--country", "DE", "--compare", "gpt-4o-mini")
    assert code == 0
    assert "0.387 EUR/kWh" in out and "Germany 2025-S2" in out and "Eurostat" in out
    assert "a typical developer's heavy use" in out
    assert "API: openai/gpt-4o" in out
    from advisor.core.costs.prices import data_date

    assert f"prices of {long_date(ENGLISH, data_date())}" in out  # a date in words, as every sentence writes one
    # the comparison table's date column keeps the short form, on the row of each compared model
    assert any("openai/gpt-4o-mini" in line and long_date(ENGLISH, data_date()) in line for line in out.splitlines())


def test_a_genai_prices_model_is_converted_with_the_users_rate(capsys):
    code, out, _ = run(capsys, *EXAMPLE[:-4], "--api-model", "openai/gpt-4o", "--usd-rate", "0.9", "--json")
    api = json.loads(out)["api"]
    assert code == 0 and api["model"] == "openai/gpt-4o"
    assert (api["price_input_per_million"], api["price_output_per_million"]) == pytest.approx((2.25, 9.0))


def test_tutorial_preset_reproduces_2024_prices_next_to_todays(capsys):
    code, out, _ = run(capsys, "cost", "--preset", "tutorial-2024", "--currency", "USD", "--country", "US", "--json")
    data = json.loads(out)
    assert code == 0
    rows = {r["api"]["model"]: r["api"] for r in data["compare"]}
    # 10 M tokens, half input: 5 × 10 + 5 × 30 = 200; Mistral 5 × 6.75 + 5 × 20.25 = 135; Azure flat 1,000
    assert rows["GPT-4-turbo (tutorial 2024-03)"]["total_per_month"] == pytest.approx(200.0)
    assert rows["Mistral Large (tutorial 2024-03)"]["total_per_month"] == pytest.approx(135.0)
    assert rows["Llama 2, Azure (tutorial 2024-03)"]["total_per_month"] == pytest.approx(1000.0)
    assert rows["GPT-4-turbo (tutorial 2024-03)"]["price_date"] == "2024-03"
    assert rows["openai/gpt-4-turbo"]["price_date"] != "2024-03"  # today's data, with its own date
    assert "mistral/mistral-large-4" in rows
    assert data["inputs"]["hardware_cost"] == 2400 and data["inputs"]["days_per_month"] == 20


def test_csv_holds_the_cumulative_cost_month_by_month(capsys, tmp_path):
    target = tmp_path / "costs.csv"
    code, _, err = run(capsys, *EXAMPLE, "--country", "ES", "--compare", "gpt-4o-mini", "--csv", str(target))
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0] == ["month", "local (EUR)", "custom (EUR)", "openai/gpt-4o-mini (EUR)"]
    assert len(rows) == 1 + 49  # months 0..48 of a 4-year lifetime
    assert rows[1][:3] == ["0", "2400.00", "0.00"]
    assert rows[11][1:3] == [f"{2400 + 10 * 5.733333:.2f}", "560.00"]


def test_csv_to_stdout_prints_only_the_csv(capsys):
    code, out, _ = run(capsys, *EXAMPLE, "--country", "ES", "--csv", "-")
    assert code == 0 and out.splitlines()[0].startswith("month,")


def test_list_models_searches_and_shows_the_data_date(capsys):
    code, out, _ = run(capsys, "cost", "--list-models", "groq llama-3.3")
    assert code == 0
    from advisor.core.costs.prices import data_date

    assert "groq/llama-3.3-70b-versatile" in out and "0.59 / 0.79" in out
    assert f"data of {long_date(ENGLISH, data_date())}:" in out
    # in Spanish with the decimal comma: "5.000 / 15.000" read as five and fifteen thousand dollars (newcomer round)
    code, out, _ = run(capsys, "cost", "--list-models", "openai/gpt-4o", "--lang", "es")
    row = next(line for line in out.splitlines() if line.split()[:1] == ["openrouter/openai/gpt-4o"])
    assert row.split()[1:4] == ["2,50", "/", "10,00"]
    code, out, _ = run(capsys, "cost", "--list-models", "openai/gpt-4o-2024-05-13", "--lang", "es")
    assert out.splitlines()[-1].startswith("1 modelo. ")  # not "1 modelos."


@pytest.mark.parametrize(
    ("argv", "names"),
    [
        (["--tokens-per-month", "-5"], "--tokens-per-month"),
        (["--tokens-per-month", "lots"], "--tokens-per-month"),
        (["--power-watts", "0"], "--power-watts"),
        (["--idle-watts", "-1"], "--idle-watts"),
        (["--tokens-per-second", "0"], "--tokens-per-second"),
        (["--electricity-price", "abc"], "--electricity-price"),
        (["--input-share", "1.5"], "--input-share"),
        (["--hours-per-day", "30"], "--hours-per-day"),
        (["--api-model", "gpt-5o-turbo"], "--api-model"),
        (["--compare", "gpt-4o,nonexistent-model-x"], "--compare"),
        (["--currency", "XYZ"], "--currency"),
        (["--country", "ZZ"], "--country"),
        (["--api-price-input", "1"], "--api-price-input"),
        (["--hardware-cost", "100", "--resale-value", "300"], "--resale-value"),
        (["--preset", "no-such-preset"], "--preset"),
    ],
)
def test_bad_input_is_one_clear_message_naming_the_input_and_exit_2(capsys, argv, names):
    code, _, err = (
        run(capsys, "cost", *MACHINE, "--country", "ES", *argv)
        if "--country" not in argv
        else run(capsys, "cost", *MACHINE, *argv)
    )
    assert code == 2
    assert names in err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("llm-advisor")


def test_more_tokens_than_the_machine_can_make_says_how_many_hours_a_day_it_needs(capsys):
    # 50 M tokens, half output at 25 tok/s and half input at 250 tok/s: (1e6 + 1e5) s = 305.6 h = 10.2 h a day
    code, out, _ = run(
        capsys,
        "cost",
        "--country",
        "US",
        "--power-watts",
        "120",
        "--idle-watts",
        "20",
        "--tokens-per-second",
        "25",
        "--prompt-tokens-per-second",
        "250",
        "--tokens-per-month",
        "50M",
    )
    assert code == 0
    assert "CAPACITY: these tokens need 10.2 hours a day" in out


def test_a_hardware_file_gives_power_from_the_gpu_table_and_speed_from_sizing(capsys, tmp_path):
    machine = tmp_path / "pc.json"  # the minimal hand-written form --hardware accepts
    machine.write_text(
        json.dumps(
            {
                "ram": {"total_bytes": 32 * 2**30},
                "gpus": [{"name": "NVIDIA GeForce RTX 4090", "vram_total_bytes": 24 * 2**30}],
            }
        )
    )
    code, out, err = run(capsys, "cost", "--hardware", str(machine), "--country", "ES", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["inputs"]["power_watts"] == pytest.approx(450 * 0.55 + 60)  # RTX 4090: 450 W board power
    codes = {a["values"]["input"]: a["code"] for a in data["assumptions"] if "input" in a["values"]}
    assert codes["power_watts"] == "gpu_board_power" and codes["tokens_per_second"] == "sizing_estimate"


def test_inputs_show_the_digits_that_matter(capsys):
    """The same precision the app's Spanish wording uses: a price per kWh 0.140, an exchange rate 0.8500."""
    code, out, err = run(
        capsys, *EXAMPLE[:-4], "--electricity-price", "0.14", "--usd-rate", "0.85", "--api-model", "openai/gpt-4o-mini"
    )
    assert code == 0, err
    assert "0.140 EUR/kWh" in out
    assert "0.8500 EUR per US dollar" in out
    assert "0.128 / 0.51 EUR (= 0.15 / 0.60 USD)" in out  # per million: 0.1275 is not 0.13, 0.51 is cents


def test_a_password_in_the_server_url_is_never_echoed(capsys):
    import socket

    from advisor.cli.main import main

    with socket.socket() as s:  # a free port nothing listens on: the server is "down"
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = main(["cost", "--server-url", f"http://maria:s3cret-pw@127.0.0.1:{port}/v1?api_key=tok123"])
    out, err = capsys.readouterr()
    assert code == 1 and "s3cret-pw" not in out + err and "tok123" not in out + err
    assert "maria:***@127.0.0.1" in err
    code = main(["cost", "--server-url", "http://maria:s3cret-pw@[bad"])
    out, err = capsys.readouterr()
    assert "s3cret-pw" not in out + err


@pytest.mark.parametrize(
    ("flag", "value"),
    [
        ("--lifetime-years", "1e-300"),
        ("--tokens-per-second", "1e-300"),
        ("--tokens-per-month", "1e-9"),
        ("--hours-per-day", "1e-300"),
    ],
)
def test_absurdly_small_values_are_refused_not_turned_into_inf(capsys, flag, value):
    from advisor.cli.main import main

    with pytest.raises(SystemExit) as exc:
        main(["cost", flag, value])
    assert exc.value.code == 2 and flag in capsys.readouterr().err


SLOW_MACHINE = [
    "cost",
    "--power-watts",
    "65",
    "--idle-watts",
    "20",
    "--tokens-per-second",
    "2",
    "--prompt-tokens-per-second",
    "10",
    "--country",
    "ES",
]


def test_beyond_the_machines_capacity_the_break_even_says_it_cannot_keep_up_instead_of_a_saving(capsys):
    code, out, err = run(capsys, *SLOW_MACHINE, "--tokens-per-month", "10M")
    assert code == 0, err
    # 10M × (0.5 ÷ 2 + 0.5 ÷ 10) s = 833.3 h a month = 27.8 h a day
    assert "CAPACITY: these tokens need 27.8 hours a day of generation, but the machine is on 8 h a day" in out
    assert "Break-even: not reachable on this computer: it cannot generate these tokens in the hours it is on" in out
    assert "Saving with local" not in out and "The API is cheaper" not in out


def test_the_default_usage_is_what_a_slow_machine_generates_in_its_hours(capsys):
    code, out, err = run(capsys, *SLOW_MACHINE)
    assert code == 0, err
    assert (
        "2,800,000" in out
        and (
            "what this computer can handle in 8\u00a0h a day, generating 2.0 tok/s "
            "and reading the input part (the prompts) faster"
        )
        in out
    )
    assert "CAPACITY" not in out and "Saving with local" in out


@pytest.mark.parametrize(("language", "label"), [("en", "API: your own prices"), ("es", "API: tus propios precios")])
def test_prices_the_person_typed_are_named_so_and_given_no_date(capsys, language, label):
    """Hostile review "hostile5", F6: typed prices were "API: custom" and "precios del fecha desconocida" in
    Spanish; a price the person typed has no publisher's date to state."""
    code, out, _err = run(
        capsys, "--lang", language, "cost", "--tokens-per-second", "20", "--api-price-input", "0.5",
        "--api-price-output", "1.5",
    )  # fmt: skip
    assert code == 0 and label in out.splitlines()
    assert "custom" not in out and "unknown date" not in out and "fecha desconocida" not in out


@pytest.mark.parametrize(("language", "name"), [("en", "Mexico"), ("es", "México")])
def test_the_country_is_named_as_the_app_and_the_report_name_it(capsys, language, name):
    """The inputs' Country row said "MX" where the Costs page and the report say the country's name (review
    newcomer5); the JSON keeps the code."""
    code, out, err = run(capsys, "--lang", language, *EXAMPLE, "--country", "MX")
    assert code == 0, err
    (row,) = [line for line in out.splitlines() if line.strip().startswith(("Country", "País"))]
    assert row.split()[1] == name
    code, out, err = run(capsys, *EXAMPLE, "--country", "MX", "--json")
    assert code == 0, err
    origins = json.loads(out)["inputs"]["origins"]
    assert any(o.get("values", {}).get("country") == "MX" for o in origins), origins


def test_an_existing_csv_is_kept_without_force_and_a_pipe_is_never_written(capsys, tmp_path):
    """`--csv` replaced a file unasked and hung on a named pipe (hostile review): as `report -o`, an existing file
    needs --force, and a pipe or a broken link is refused even with it, before any work."""
    import os

    kept = tmp_path / "notes.csv"
    kept.write_text("precious", encoding="utf-8")
    code, _, err = run(capsys, "cost", *MACHINE, "--country", "ES", "--csv", str(kept))
    assert code == 2 and "--force" in err and kept.read_text(encoding="utf-8") == "precious"
    code, _, _ = run(capsys, "cost", *MACHINE, "--country", "ES", "--csv", str(kept), "--force")
    assert code == 0 and kept.read_text(encoding="utf-8").startswith("month,local (EUR)")
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    broken = tmp_path / "broken.csv"
    broken.symlink_to(tmp_path / "missing" / "x.csv")
    for target in (pipe, broken):
        code, _, err = run(capsys, "cost", *MACHINE, "--country", "ES", "--csv", str(target), "--force")
        assert code == 2 and "not a regular file" in err and len(err.strip().splitlines()) == 1
    assert broken.is_symlink() and not broken.exists()


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        # Osinergmin publishes tariffs in céntimos: 80 is a slip for 0.80 PEN, not a price
        (
            ["--country", "PE", "--electricity-price", "80"],
            "--electricity-price 80: not taken, it must be between 0.002 and 50 PEN",
        ),
        (["--country", "MX", "--hardware-cost", "1e12"], "--hardware-cost 1,000,000,000,000: not taken"),
        (["--currency", "EUR", "--api-price-input", "5000", "--api-price-output", "1"], "--api-price-input 5,000"),
    ],
)
def test_money_the_apps_field_refuses_is_refused_by_cost_and_report(capsys, tmp_path, argv, said):
    code, _, err = run(capsys, "cost", *MACHINE, *argv)
    assert code == 2 and said in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "report", "--offline", "--no-models", "-o", str(tmp_path / "r.md"), *argv)
    assert code == 2 and said in err and not (tmp_path / "r.md").exists()


def test_a_flat_subscription_is_compared_as_its_monthly_fee_whatever_the_tokens(capsys, tmp_path):
    """ "Is it cheaper than the ChatGPT Plus I pay?" (newcomer round, Lima and Valencia) had no answer: only APIs
    priced per token. `--subscription` is a flat monthly fee, `--api-model` only its name, and the report takes it."""
    base = ["cost", *MACHINE, "--currency", "EUR", "--electricity-price", "0.25", "--hardware-cost", "1200"]
    code, out, _ = run(capsys, *base, "--subscription", "20", "--api-model", "ChatGPT Plus", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["api"]["model"] == "ChatGPT Plus" and data["api"]["total_per_month"] == pytest.approx(20.0)
    assert data["api"]["price_input_per_million"] == data["api"]["price_output_per_million"] == 0
    # the same fee whatever the usage; the local side grows with it
    few = json.loads(run(capsys, *base, "--subscription", "20", "--tokens-per-month", "1M", "--json")[1])
    assert few["api"]["total_per_month"] == pytest.approx(20.0)
    assert few["local"]["electricity_per_month"] < data["local"]["electricity_per_month"]
    code, out, _ = run(capsys, *base, "--subscription", "20", "--lang", "es")
    assert "API: una suscripción" in out and "20,00 EUR al mes, tarifa plana" in out
    assert "fecha desconocida" not in out  # a fee the person typed has no publisher's date
    code, _, err = run(capsys, *base, "--subscription", "1e9")
    assert code == 2 and "--subscription" in err
    report = tmp_path / "r.md"
    argv = ["report", "--offline", "--no-models", "--subscription", "20", "--api-model", "ChatGPT Plus"]
    assert main([*argv, "--currency", "EUR", "-o", str(report)]) == 0
    text = report.read_text(encoding="utf-8")
    assert (
        "API (ChatGPT Plus)" in text and "ChatGPT Plus costs 20.00 EUR a month, whatever the tokens: a flat fee" in text
    )


def test_a_subscription_priced_in_dollars_is_typed_with_its_currency_and_a_bare_20_pesos_is_refused(capsys, tmp_path):
    """Newcomer round (Buenos Aires, Santiago): the help said "ChatGPT Plus: 20 USD, in --currency", the person typed
    20, and in pesos that was 20 ARS (0.02 USD): "the API is cheaper by 540 ARS a month", break-even never. A fee
    typed with its currency is converted at the rate counted; a bare one under any paid plan is one line, exit 2,
    saying how to write it; the report takes the same."""
    base = ["cost", *MACHINE, "--currency", "ARS", "--electricity-price", "100", "--hardware-cost", "0"]
    code, _, err = run(capsys, *base, "--subscription", "20")
    assert code == 2 and "--subscription 20USD" in err and "20 ARS" in err and "Traceback" not in err
    assert run(capsys, *base, "--subscription", "28000")[0] == 0  # a plan's price in pesos, taken as typed
    for typed in ("20USD", "20 usd", "USD 20"):
        code, out, _ = run(capsys, *base, "--subscription", typed, "--json")
        data = json.loads(out)
        assert code == 0 and data["api"]["total_per_month"] == pytest.approx(20 * data["inputs"]["usd_rate"])
    mine = json.loads(run(capsys, *base, "--subscription", "20USD", "--usd-rate", "1000", "--json")[1])
    assert mine["api"]["total_per_month"] == pytest.approx(20_000)  # at the person's own rate
    euros = json.loads(run(capsys, *base, "--subscription", "23EUR", "--json")[1])
    assert euros["api"]["total_per_month"] > 20 * euros["inputs"]["usd_rate"]  # a euro is more than a dollar
    for typed, currency in (("0.5", "USD"), ("0.5USD", "ARS")):  # in dollars: no other currency to suggest
        code, _, err = run(capsys, *base[:-6], "--currency", currency, "--subscription", typed)
        assert code == 2 and "less than any paid plan costs (1 USD a month)" in err and "0.5USD" not in err
    code, _, err = run(capsys, *base, "--subscription", "1e9USD")
    assert code == 2 and "100,000 USD" in err  # bounded in the currency typed, and said in it
    code, _, err = run(capsys, *base, "--subscription", "10$")  # "$" is pesos too in Latin America: not taken
    assert code == 2 and "or with its currency: 20USD" in err
    code, _, err = run(capsys, *base, "--subscription", "20XYZ")
    assert code == 2 and "XYZ" in err and "ARS" in err  # the known currencies listed
    report = tmp_path / "r.md"
    argv = ["report", "--offline", "--no-models", "--currency", "ARS", "--electricity-price", "100"]
    assert run(capsys, *argv, "--subscription", "20", "-o", str(report))[0] == 2 and not report.exists()
    assert main([*argv, "--subscription", "20USD", "-o", str(report)]) == 0
    text = report.read_text(encoding="utf-8")
    assert "ARS a month, whatever the tokens" in text
    assert "ARS — you entered 20.00 USD, converted at the rate used" in text  # what was typed, not only the sum


def test_a_subscription_is_said_as_one_everywhere_and_a_fee_of_0_is_none(capsys, tmp_path):
    """Code review: `--subscription 0` was a free API; a fee beside typed prices was counted but never shown; the
    report named an unnamed subscription "subscription", priced it "0.00 / 0.00 per million" and said its zero
    prices were typed; with a preset it kept the preset's price date."""
    base = ["cost", *MACHINE, "--currency", "EUR", "--electricity-price", "0.25", "--hardware-cost", "0"]
    free = json.loads(run(capsys, *base, "--subscription", "0", "--json")[1])
    assert free["api"]["model"] == "openai/gpt-4o" and free["api"]["fixed_per_month"] == 0
    code, out, _ = run(capsys, *base, "--subscription", "20", "--api-price-input", "1", "--api-price-output", "2")
    assert code == 0 and "1.00 / 2.00 EUR per million in/out + 20.00 EUR a month" in out
    code, out, _ = run(capsys, *base, "--subscription", "20", "--preset", "tutorial-2024")
    row = next(line for line in out.splitlines() if line.strip().startswith("a subscription"))
    assert row.rstrip().endswith("—")  # typed: no publisher's date, not the preset's, not "?"
    report = tmp_path / "r.md"
    assert (
        main(["report", "--offline", "--no-models", "--subscription", "20", "--currency", "EUR", "-o", str(report)])
        == 0
    )
    text = report.read_text(encoding="utf-8")
    assert "| API (a subscription) |" in text and "**API price:** 20.00 EUR a month, flat" in text
    assert "(subscription)" not in text and "API price per million input tokens" not in text
    assert "- A subscription costs 20.00 EUR a month, whatever the tokens" in text


def test_the_comparison_table_says_what_the_break_even_line_says(capsys):
    """Newcomer round: with the hardware already paid for, the break-even line said "at once" and the table beside
    it "0.0 mo"; a subscription named after a model (`--api-model anthropic/claude-sonnet-4-5`) had "?" for a price
    date no publisher gives, and the published dates were ISO ("2026-12-01") where every other line writes them."""
    base = ["cost", *MACHINE, "--currency", "USD", "--electricity-price", "0.25", "--hardware-cost", "0"]
    argv = [*base, "--subscription", "20", "--api-model", "anthropic/claude-sonnet-4-5", "--compare", "openai/gpt-4.1"]
    for lang, at_once, month in (("en", "at once", "December"), ("es", "desde el primer momento", "diciembre")):
        code, out, _ = run(capsys, "--lang", lang, *argv)
        assert code == 0
        table = out[out.index("\n  API ") :].splitlines()
        sub = next(line for line in table if line.strip().startswith("anthropic/claude-sonnet-4-5"))
        published = next(line for line in table if line.strip().startswith("openai/gpt-4.1"))
        assert at_once in sub and at_once in published and " 0.0 " not in out and " 0,0 " not in out
        assert sub.rstrip().endswith("—") and "?" not in sub
        assert month in published and not re.search(r"\d{4}-\d{2}-\d{2}", published)


def test_a_country_without_a_row_is_priced_in_its_own_currency_with_the_persons_rate(capsys, monkeypatch):
    """Newcomer round (Montevideo): "no data for UY: United States used (use --country)", then `--country UY` and
    `--currency UYU` (even with `--usd-rate 40`) were refused: a dead end. Any three-letter currency now works with
    one's own rate, and the hint says what does."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_UY.UTF-8")
    code, out, err = run(capsys, "cost", *MACHINE, "--tokens-per-month", "1M", "--lang", "en", "--json")
    assert code == 0
    origin = next(o for o in json.loads(out)["inputs"]["origins"] if o["input"] == "country")
    assert origin["code"] == "country_not_in_table" and origin["values"]["locale_country"] == "UY"
    code, out, err = run(capsys, "cost", *MACHINE, "--tokens-per-month", "1M", "--lang", "en")
    assert "no data for Uruguay: United States used (use --electricity-price" in out and "use --country" not in out
    code, out, err = run(capsys, "cost", *MACHINE, "--currency", "UYU", "--usd-rate", "40", "--electricity-price", "9")
    assert code == 0 and "9,000 UYU/kWh" in out and "40,00 UYU por dólar estadounidense" in out  # es_UY: Spanish
    code, out, err = run(capsys, "cost", *MACHINE, "--currency", "UYU", "--lang", "en")
    assert code == 2 and "unknown currency 'UYU'" in err and "another currency works with --usd-rate" in err
    code, out, err = run(capsys, "cost", *MACHINE, "--currency", "U$U", "--usd-rate", "40")
    assert code == 2 and "Traceback" not in err  # not a currency code: still refused


def test_a_currency_without_a_bundled_rate_works_in_a_fee_and_a_report_with_ones_own_rate(capsys, tmp_path):
    """Code review: `--subscription 800UYU` and `report --currency UYU --usd-rate 40` were refused, the second with a
    hint to give the --usd-rate it had."""
    fee = ["cost", *MACHINE, "--currency", "UYU", "--usd-rate", "40", "--electricity-price", "9"]
    code, out, err = run(capsys, *fee, "--subscription", "800UYU", "--lang", "en", "--json")
    assert code == 0, err
    api = json.loads(out)["api"]
    assert api["fixed_per_month"] == pytest.approx(800) and api["price_currency"] == "UYU"  # as typed
    code, out, err = run(capsys, "cost", *MACHINE, "--subscription", "800UYU", "--lang", "en")
    assert code == 2 and "--subscription: there is no bundled rate for UYU" in err and "Traceback" not in err
    # with a rate for another --currency: the same words, not "works with --usd-rate" (code review)
    code, out, err = run(capsys, *fee[:-6], "--currency", "EUR", "--usd-rate", "0.9", "--subscription", "800UYU")
    assert code == 2 and "a fee in it is counted with --currency UYU" in err
    report = tmp_path / "r.md"
    argv = ["report", "--hardware", str(tmp_path / "hw.json"), "--offline", "--format", "md", "-o", str(report)]
    (tmp_path / "hw.json").write_text('{"ram": {"total_bytes": 17179869184}, "gpus": []}')
    code, out, err = run(capsys, *argv, "--currency", "UYU", "--usd-rate", "40", "--lang", "en")
    assert code == 0, err
    assert "UYU" in report.read_text()
