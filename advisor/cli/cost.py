"""`llm-advisor cost`: is running a model here cheaper than paying an API? Every input has a named default."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import io
import sys
from typing import Any

from advisor.cli.common import (
    EXIT_PROBLEM,
    CliError,
    add_json_option,
    bounded_text,
    emit,
    float_in_range,
    path_text,
    url_text,
)
from advisor.cli.hardware_option import add_hardware_option
from advisor.cli.server import api_key

HELP = "compare the monthly cost of a local model (hardware + electricity) with an API"

# CostInputs field → the flag that sets it (for messages and the "where it came from" column)
FLAGS = {
    "tokens_per_month": "--tokens-per-month",
    "input_share": "--input-share",
    "api_model_id": "--api-model",
    "api_price_input": "--api-price-input",
    "api_price_output": "--api-price-output",
    "currency": "--currency",
    "usd_rate": "--usd-rate",
    "electricity_price_per_kwh": "--electricity-price",
    "country": "--country",
    "power_watts": "--power-watts",
    "idle_watts": "--idle-watts",
    "hours_per_day": "--hours-per-day",
    "days_per_month": "--days-per-month",
    "tokens_per_second": "--tokens-per-second",
    "prompt_tokens_per_second": "--prompt-tokens-per-second",
    "hardware_cost": "--hardware-cost",
    "resale_value": "--resale-value",
    "lifetime_years": "--lifetime-years",
}
_MACHINE = ("power_watts", "idle_watts", "tokens_per_second", "prompt_tokens_per_second")


# The range of every numeric option (money in --currency: wide enough for currencies of ~40,000 to the dollar).
MAX_TOKENS_PER_MONTH = 1e13
MAX_PRICE_PER_MILLION = 1e9
MAX_MONEY = 1e12
MAX_USD_RATE = 1e6
MAX_KWH_PRICE = 1e6
MAX_WATTS = 100_000.0
# realistic lower ends, not just "more than 0": a lifetime of 1e-300 years made the monthly figure "inf"
_tokens = float_in_range(1, MAX_TOKENS_PER_MONTH, suffixes=True, unit=" tokens (10M, 2.5e6)")
_share = float_in_range(0, 1, unit=" (0.5 = half the tokens)")
_hours = float_in_range(0.01, 24, unit=" hours")
_days = float_in_range(1, 31, unit=" days")
_price = float_in_range(0, MAX_PRICE_PER_MILLION)
_usd_rate = float_in_range(1e-6, MAX_USD_RATE)
_kwh_price = float_in_range(1e-6, MAX_KWH_PRICE)
_money_amount = float_in_range(0, MAX_MONEY)
_years = float_in_range(0.1, 50, unit=" years")
_power = float_in_range(0.1, MAX_WATTS, unit=" W")
_idle = float_in_range(0, MAX_WATTS, unit=" W")
_gen_speed = float_in_range(0.01, 100_000, unit=" tokens/s")
_prompt_speed = float_in_range(0.01, 1_000_000, unit=" tokens/s")
_short = bounded_text(200, "text")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_hardware_option(parser)
    usage = parser.add_argument_group("usage")
    usage.add_argument("--tokens-per-month", type=_tokens, metavar="N", help="tokens a month (10M, 2.5e6)")
    usage.add_argument("--input-share", type=_share, metavar="F", help="fraction of the tokens that are input")
    usage.add_argument("--hours-per-day", type=_hours, metavar="H", help="hours a day the machine is on")
    usage.add_argument("--days-per-month", type=_days, metavar="D", help="days a month it is on")
    api = parser.add_argument_group("API")
    api.add_argument("--api-model", metavar="ID", type=_short,
                     help="price from the bundled genai-prices data (see --list-models)")
    api.add_argument("--api-price-input", type=_price, metavar="X",
                     help="your own input price per million tokens, in --currency")
    api.add_argument("--api-price-output", type=_price, metavar="Y",
                     help="your own output price per million tokens, in --currency")
    api.add_argument("--compare", metavar="ID,ID,...", type=bounded_text(2000, "model ids"),
                     help="also compare these API models")
    api.add_argument("--list-models", nargs="?", const="", metavar="TEXT",
                     type=bounded_text(200, "text", allow_empty=True),
                     help="list API models with prices (filtered by words in provider, id or name) and exit")
    api.add_argument("--refresh-prices", action="store_true",
                     help="try to download current prices first (10 s timeout; the bundled data is used if it fails)")
    money = parser.add_argument_group("money")
    money.add_argument("--currency", metavar="CODE", type=bounded_text(16, "a currency code"),
                       help="currency of every figure (EUR, MXN, ...)")
    money.add_argument("--usd-rate", type=_usd_rate, metavar="R", help="units of --currency for one US dollar")
    money.add_argument("--electricity-price", type=_kwh_price, metavar="P", help="price per kWh, from your bill")
    money.add_argument("--country", metavar="CC", type=bounded_text(16, "a country code"),
                       help="country for the default electricity price (ES, MX, ...)")
    money.add_argument("--hardware-cost", type=_money_amount, metavar="C",
                       help="what the machine costs (0 = already owned)")
    money.add_argument("--resale-value", type=_money_amount, metavar="V", help="what it sells for at the end")
    money.add_argument("--lifetime-years", type=_years, metavar="Y", help="years before it is replaced")
    machine = parser.add_argument_group("machine")
    machine.add_argument("--power-watts", type=_power, metavar="W", help="whole machine while generating")
    machine.add_argument("--idle-watts", type=_idle, metavar="W", help="whole machine on, not generating")
    machine.add_argument("--tokens-per-second", type=_gen_speed, metavar="T", help="generation speed")
    machine.add_argument("--prompt-tokens-per-second", type=_prompt_speed, metavar="T",
                         help="prompt-processing speed")
    machine.add_argument("--server-url", metavar="URL", type=url_text,
                         help="benchmark this local server first (e.g. http://localhost:1234/v1): its measured "
                         "speeds, and power where an energy counter can be read, replace the estimates")
    machine.add_argument("--api-key", metavar="KEY", type=api_key,
                         help="token for --server-url, when the server requires one")
    parser.add_argument("--preset", metavar="NAME", type=bounded_text(64, "a preset name"),
                        help="a ready-made scenario: tutorial-2024")
    parser.add_argument("--csv", metavar="FILE", type=path_text,
                        help="write the cumulative cost month by month as CSV ('-' = stdout)")
    add_json_option(parser)


# --------------------------------------------------------------------------- building the inputs


def _user_values(args: argparse.Namespace) -> dict[str, Any]:
    mapping = {
        "tokens_per_month": args.tokens_per_month, "input_share": args.input_share,
        "electricity_price_per_kwh": args.electricity_price, "power_watts": args.power_watts,
        "idle_watts": args.idle_watts, "hours_per_day": args.hours_per_day, "days_per_month": args.days_per_month,
        "tokens_per_second": args.tokens_per_second, "prompt_tokens_per_second": args.prompt_tokens_per_second,
        "hardware_cost": args.hardware_cost, "resale_value": args.resale_value,
        "lifetime_years": args.lifetime_years,
    }
    return {k: float(v) for k, v in mapping.items() if v is not None}


def _profile(args: argparse.Namespace):
    from advisor.cli.hardware_option import profile_from_args

    try:
        return profile_from_args(args)
    except ImportError:  # detection not available in this build: documented estimates instead
        if args.hardware:
            raise CliError(f"--hardware {args.hardware}: reading hardware files is not available") from None
        return None


def measure_server(args: argparse.Namespace) -> tuple[Any, str | None]:
    """(benchmark, URL) of --server-url, for measured speed and power; (None, None) without it. A server problem
    is one line, exit 1."""
    if args.server_url is None:
        return None, None
    from advisor.cli.server import measure, problem_line
    from advisor.core import servers
    from advisor.core.urls import redact_text, redact_url

    try:
        url = servers.normalize_url(args.server_url)
    except ValueError as exc:  # never echo a password or token typed into the URL
        raise CliError(f"--server-url {redact_url(args.server_url)!r}: {redact_text(str(exc))}") from None
    try:
        return measure(url, api_key=args.api_key, quiet=args.json), redact_url(url)
    except servers.ServerProblemError as exc:
        raise CliError(f"--server-url {redact_url(url)}: {problem_line(exc.problem)}",
                       exit_code=EXIT_PROBLEM) from None


def build_inputs(args: argparse.Namespace, preset: Any = None, measured: Any = None) -> Any:
    """CostInputs from defaults (speed and power from `measured`, a server Benchmark, when given), then the
    preset, then the flags (each one's origin recorded)."""
    from advisor.core.costs import currency as cur
    from advisor.core.costs import default_inputs
    from advisor.core.costs.electricity import UnknownCountryError, bundled_table
    from advisor.core.costs.presets import apply_preset

    user = _user_values(args)
    preset_keys = set(preset.values) if preset else set()
    needs_machine = any(k not in user and k not in preset_keys for k in _MACHINE)
    profile = _profile(args) if needs_machine or args.hardware else None
    try:
        inputs = default_inputs(profile, measured=measured, country=args.country, currency=args.currency,
                                usd_rate=args.usd_rate)
    except UnknownCountryError as exc:
        close = bundled_table().close_matches(args.country)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise CliError(f"--country {args.country}: no electricity price for that country{hint}; "
                       f"known: {', '.join(exc.known)}; or pass --electricity-price") from None
    except cur.UnknownCurrencyError as exc:
        hint = f" (did you mean {', '.join(exc.close_matches)}?)" if exc.close_matches else ""
        raise CliError(f"--currency {args.currency}: unknown currency{hint}; known: {', '.join(exc.known)}") from None
    if preset is not None:
        inputs = apply_preset(inputs, preset)
    if user:
        inputs = inputs.with_values("user", **user)
    if args.api_model is not None:
        inputs = dataclasses.replace(inputs.with_values("user", api_model_id=args.api_model.strip()),
                                     api_price_input=None, api_price_output=None, api_fixed_per_month=0.0,
                                     api_price_date=None)
    if (args.api_price_input is None) != (args.api_price_output is None):
        given, missing = (("--api-price-input", "--api-price-output") if args.api_price_output is None
                          else ("--api-price-output", "--api-price-input"))
        raise CliError(f"{given} needs {missing} too (both per million tokens, in {inputs.currency})")
    if args.api_price_input is not None:
        if args.api_model is None:
            inputs = inputs.with_values("user", api_model_id=None)
        inputs = inputs.with_values("user", api_price_input=args.api_price_input,
                                    api_price_output=args.api_price_output, api_fixed_per_month=0.0)
    return inputs


def _option(model_id: str, flag: str, data: Any = None) -> Any:
    from advisor.core.costs.model import api_option_for
    from advisor.core.costs.prices import UnknownModelError

    try:
        return api_option_for(model_id, data=data)
    except UnknownModelError as exc:
        if exc.reason == "no_token_prices":
            raise CliError(f"{flag} {model_id}: that model has no per-token text prices in the data") from None
        hint = f"; close matches: {', '.join(exc.close_matches)}" if exc.close_matches else ""
        raise CliError(f"{flag} {model_id}: unknown API model{hint} (see --list-models TEXT)") from None


def _cost_error(exc: Any) -> CliError:
    flag = FLAGS.get(exc.input, exc.input)
    what = {
        "must_be_positive": "must be greater than zero",
        "must_not_be_negative": "must not be negative",
        "not_a_number": "is not a number",
        "out_of_range": {"input_share": "must be between 0 and 1", "hours_per_day": "must be between 0 and 24",
                         "days_per_month": "must be between 0 and 31"}.get(exc.input, "is out of range"),
        "more_than_hardware_cost": "cannot be more than --hardware-cost",
        "missing": "is needed",
        "cannot_convert": "cannot convert that price's currency",
    }.get(exc.code, exc.code.replace("_", " "))
    shown = "" if exc.value is None else f" {_num(exc.value)}"
    return CliError(f"{flag}{shown}: {what}")


# --------------------------------------------------------------------------- wording


def _num(value: Any, digits: int = 2) -> str:
    if isinstance(value, float):
        if value.is_integer() and abs(value) >= 1:
            return f"{value:,.0f}"
        return f"{value:,.{digits}f}" if abs(value) >= 0.01 or value == 0 else f"{value:.4g}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _money(value: float, currency: str) -> str:
    return f"{value:,.2f} {currency}"


def _figure(value: float, kind: str) -> str:
    """As many decimals as the kind needs, the same table the app and the report use (0.140 EUR/kWh)."""
    from advisor.core.report.figures import figure

    return figure(value, kind)


def origin_text(code: str, v: dict[str, Any], currency: str) -> str:
    """English for an origin code (the Qt layer has its own translated copy)."""
    texts = {
        "user": "you gave it",
        "preset": f"preset {v.get('preset')} ({v.get('date')})",
        "measured": "measured by the server benchmark",
        "locale": "from your locale",
        "country_fallback": "no country in your locale; United States assumed (use --country)",
        "country_not_in_table": f"no data for {v.get('locale_country')}; United States used (use --country)",
        "exchange_table": f"bundled rate of {v.get('as_of')}",
        "country_currency": f"the currency of {v.get('country')}",
        "sizing_estimate": (f"sizing estimate ({v.get('tier')} model at {v.get('quant')}, {v.get('fit')})"
                            if v.get("tier") else "sizing estimate (no model size runs at a usable speed here)"),
        "no_estimate_fallback": "no estimate for this machine: assumed (use --tokens-per-second)",
        "from_generation_speed": f"generation speed × {_num(v.get('factor'))} (assumed)",
        "no_profile_estimate": "generic estimate (no hardware profile)",
        "cpu_only_estimate": "estimate for a CPU-only machine",
        "cpu_only_idle_estimate": "estimate for a CPU-only machine",
        "gpu_desktop_idle_estimate": "estimate for a desktop with a discrete GPU",
        "apple_estimate": "estimate for Apple silicon",
        "apple_idle_estimate": "estimate for Apple silicon",
        "default_usage": "default: heavy use by one developer",
        "default": "default",
        "default_api_model": "default",
        "default_working_day": "default: a working day",
        "hardware_owned": "default: you already own this machine (use --hardware-cost to count buying it)",
        "default_lifetime": "default",
    }
    if code == "gpu_board_power":
        gpus = ", ".join(v.get("gpus") or [])
        return (f"{gpus}: board power {_num(v.get('board_power_watts'))} W × {v.get('decode_factor')} "
                f"while generating + {_num(v.get('rest_of_system_watts'))} W rest of system")
    if code == "measured" and "measured_watts" in v:
        return (f"measured {_num(v['measured_watts'])} W ({v.get('meters')}) + "
                f"{_num(v.get('unmetered_watts'))} W not metered")
    if code == "country_table":
        converted = "" if v.get("table_currency") == currency else (
            f" = {_figure(v.get('table_price'), 'price_per_kwh')} {v.get('table_currency')}")
        return (f"{v.get('name')} {v.get('period')}{converted}, {v.get('source')} "
                f"[{v.get('confidence')} confidence; table of {v.get('retrieved')}]")
    return texts.get(code, code.replace("_", " "))


_LABELS = (
    ("tokens_per_month", "tokens per month", ""),
    ("input_share", "input share", ""),
    ("hours_per_day", "hours a day on", "h"),
    ("days_per_month", "days a month on", ""),
    ("electricity_price_per_kwh", "electricity", "/kWh"),
    ("power_watts", "power generating", "W"),
    ("idle_watts", "power idle", "W"),
    ("tokens_per_second", "generation speed", "tok/s"),
    ("prompt_tokens_per_second", "prompt speed", "tok/s"),
    ("hardware_cost", "hardware cost", "$"),
    ("resale_value", "resale value", "$"),
    ("lifetime_years", "lifetime", "years"),
    ("usd_rate", "exchange rate", "per USD"),
)


def _inputs_text(inputs: Any) -> list[str]:
    from advisor.core.report.figures import COST_INPUT_KINDS

    lines = ["Inputs (value — where it came from):"]
    country = inputs.origin("country")
    if country is not None:
        lines.append(f"  {'country':<18} {country.values.get('country', '?'):<22} "
                     f"{origin_text(country.code, country.values, inputs.currency)}")
    for name, label, unit in _LABELS:
        value = getattr(inputs, name)
        shown = _figure(value, COST_INPUT_KINDS[name])
        if unit == "$":
            shown = _money(value, inputs.currency)
        elif unit == "/kWh":
            shown = f"{shown} {inputs.currency}/kWh"
        elif unit == "per USD":
            if inputs.currency == "USD":
                continue
            shown = f"{shown} {inputs.currency} per USD"
        elif unit:
            shown = f"{shown} {unit}"
        origin = inputs.origin(name)
        where = origin_text(origin.code, origin.values, inputs.currency) if origin else "given"
        lines.append(f"  {label:<18} {shown:<22} {where}")
    return lines


def _price_text(api: Any, currency: str) -> str:
    if api.fixed_per_month and not (api.price_input_per_million or api.price_output_per_million):
        price = f"{_money(api.fixed_per_month, currency)} a month, flat"
    else:
        per_million = "price_per_million"
        price = (f"{_figure(api.price_input_per_million, per_million)} / "
                 f"{_figure(api.price_output_per_million, per_million)} {currency}")
        if api.price_currency != currency:
            price += (f" (= {_figure(api.price_input_per_million_published, per_million)} / "
                      f"{_figure(api.price_output_per_million_published, per_million)} {api.price_currency})")
        price += " per million in/out"
    since = f", since {api.price_since}" if api.price_since else ""
    return f"{price}, prices of {api.price_date or 'unknown date'}{since}"


def _break_even_text(months: float | None, inputs: Any) -> str:
    if months is None:
        return "never (the API costs less than the electricity alone)"
    if inputs.hardware_cost == 0:
        return "immediately (the hardware is already paid for)"
    late = (f", after the hardware's {_num(inputs.lifetime_years)}-year lifetime: in practice, never"
            if months > inputs.lifetime_years * 12 else "")
    return f"{months:,.1f} months ({months / 12:,.1f} years{late})"


def _benchmark_text(bench: Any, url: str) -> list[str]:
    energy = (f"{bench.joules_per_token:.2f} J/token, {bench.power_watts:.0f} W measured ({bench.energy_source})"
              if bench.joules_per_token is not None and bench.power_watts is not None
              else "energy not measurable here (no NVML energy counter or readable RAPL): power estimated")
    return [f"Measured on {url}: {bench.model}, median of {bench.runs} runs ({bench.source}); {energy}.", ""]


def render_text(comparison: Any, table: Any, data_dates: dict[str, str], preset: Any,
                benchmark: tuple[Any, str] | None = None) -> str:
    inputs, local, api, c = comparison.inputs, comparison.local, comparison.api, comparison.currency
    lines = [f"Local model vs API — {_num(inputs.tokens_per_month)} tokens a month "
             f"({inputs.input_share:.0%} input), in {c}", ""]
    if benchmark is not None:
        lines += _benchmark_text(*benchmark)
    if preset is not None:
        lines += [f"Preset {preset.name}: the tutorial's figures of {preset.date}; "
                  "today's prices for comparable models are listed with it.", ""]
    lines += _inputs_text(inputs)
    lines += ["", "Local:",
              f"  electricity        {_money(local.electricity_per_month, c)} a month "
              f"({_num(local.energy_kwh_per_month, 1)} kWh)",
              f"  amortisation       {_money(local.amortisation_per_month, c)} a month",
              f"  total              {_money(local.total_per_month, c)} a month = "
              f"{_money(local.cost_per_million_tokens, c)} per million tokens",
              f"  energy             {_num(local.energy_wh_per_million_tokens, 0)} Wh per million tokens; "
              f"{_num(local.generation_hours_per_month, 1)} h generating of "
              f"{_num(local.powered_on_hours_per_month, 0)} h on a month"]
    if not comparison.capacity_ok:
        lines.append(f"  CAPACITY: these tokens need {_num(local.hours_per_day_needed, 1)} hours a day of "
                     f"generation, but the machine is on {_num(inputs.hours_per_day)} h a day: "
                     "raise --hours-per-day, or it cannot keep up")
    lines += ["", f"API: {api.model}", f"  price              {_price_text(api, c)}",
              f"  total              {_money(api.total_per_month, c)} a month = "
              f"{_money(api.cost_per_million_tokens, c)} per million tokens",
              "", f"Break-even: {_break_even_text(comparison.break_even_months, inputs)}",
              f"Saving with local: {_money(comparison.savings_per_month, c)} a month" if comparison.savings_per_month
              >= 0 else f"The API is cheaper by {_money(-comparison.savings_per_month, c)} a month"]
    if table is not None:
        width = max(len(r.api.model) for r in table.rows)
        late = False
        lines += ["", f"Compared (same usage; local total {_money(table.local.total_per_month, c)} a month):",
                  f"  {'API':<{width}}  {'per month':>14}  {'per million':>12}  {'break-even':>12}  price date"]
        for row in table.rows:
            months = "never" if row.break_even_months is None else f"{row.break_even_months:,.1f} mo"
            if row.break_even_months is not None and row.break_even_months > inputs.lifetime_years * 12:
                months += "*"
                late = True
            lines.append(f"  {row.api.model:<{width}}  {_money(row.api.total_per_month, c):>14}  "
                         f"{_money(row.api.cost_per_million_tokens, c):>12}  {months:>12}  "
                         f"{row.api.price_date or '?'}")
        if late:
            lines.append(f"  * after the hardware's {_num(inputs.lifetime_years)}-year lifetime: "
                         "in practice, never")
    notes = [a for a in comparison.assumptions if a.code in ("api_price_converted",)]
    if notes or preset is not None:
        lines.append("")
    for note in notes:
        lines.append(f"Note: {note.values['model']} is priced in {note.values['from']}, converted at "
                     f"{_figure(note.values['usd_rate'], 'rate')} {note.values['to']} per USD.")
    if preset is not None:
        for option, note in zip(preset.api_options, preset.api_notes, strict=True):
            if note:
                lines.append(f"Note: {option.label}: {note}.")
    lines += ["", "Data: " + "; ".join(f"{k} {v}" for k, v in data_dates.items()) + ". Every value can be "
              "changed with its flag (see --help)."]
    return "\n".join(lines)


def _list_models(args: argparse.Namespace, data: Any) -> int:
    from advisor.core.costs import prices

    found = prices.list_api_models(text=args.list_models or None, data=data)
    if args.json:
        emit(args, {"price_date": data.as_of, "source": f"genai-prices {data.package_version} ({data.origin})",
                    "models": found}, lambda: "")
        return 0
    if not found:
        raise CliError(f"--list-models {args.list_models}: no API model matches; try fewer words", exit_code=1)
    width = max(len(m.ref) for m in found)
    out = [f"API prices in USD per million tokens (input / output), genai-prices {data.package_version}, "
           f"data of {data.as_of}:"]
    for m in found:
        flags = " (deprecated)" if m.deprecated else ""
        since = f"  since {m.price_since}" if m.price_since else ""
        out.append(f"  {m.ref:<{width}}  {m.input_per_million_usd:>8.3f} / {m.output_per_million_usd:<8.3f}"
                   f"{since}{flags}".rstrip())
    out.append(f"{len(found)} models. Use the first column with --api-model or --compare.")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def _write_csv(path: str, series: Any) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    c = series.currency
    writer.writerow(["month", f"local ({c})", *(f"{line.label} ({c})" for line in series.apis)])
    for i, month in enumerate(series.months):
        writer.writerow([month, f"{series.local[i]:.2f}", *(f"{line.values[i]:.2f}" for line in series.apis)])
    if path == "-":
        sys.stdout.write(buffer.getvalue())
        return
    try:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(buffer.getvalue())
    except OSError as exc:
        raise CliError(f"--csv {path}: cannot write: {exc.strerror or exc}") from None


def run(args: argparse.Namespace) -> int:
    from advisor.core.costs import compare, compare_many, cumulative_series, prices
    from advisor.core.costs.currency import bundled_rates
    from advisor.core.costs.electricity import bundled_table
    from advisor.core.costs.model import CostInputError, api_option_from_inputs
    from advisor.core.costs.presets import UnknownPresetError, load_preset

    data = prices.bundled_data()
    if args.refresh_prices:
        result = prices.refresh()
        data = result.data
        if not result.refreshed:
            print(f"llm-advisor cost: could not refresh prices ({result.error}); using the bundled data of "
                  f"{data.as_of}", file=sys.stderr)
    if args.list_models is not None:
        return _list_models(args, data)

    preset = None
    if args.preset is not None:
        try:
            preset = load_preset(args.preset)
        except UnknownPresetError as exc:
            raise CliError(f"--preset {args.preset}: unknown preset; known: {', '.join(exc.known)}") from None

    if args.api_key is not None and args.server_url is None:
        raise CliError("--api-key needs --server-url (the server to benchmark)")
    inputs = build_inputs(args, preset)  # every flag is checked before a server is benchmarked
    main_option = None if inputs.api_price_input is not None else _option(inputs.api_model_id, "--api-model", data)
    others: list[Any] = []
    if preset is not None and args.api_model is None and args.api_price_input is None:
        others += list(preset.api_options[1:]) + [_option(m, "--preset", data) for m in preset.today]
    if args.compare:
        ids = [part.strip() for part in args.compare.split(",") if part.strip()]
        if not ids:
            raise CliError("--compare: give one or more model ids separated by commas")
        others += [_option(m, "--compare", data) for m in ids]
    measured, measured_url = measure_server(args)
    if measured is not None:
        inputs = build_inputs(args, preset, measured)

    try:
        first = main_option or api_option_from_inputs(inputs)
        comparison = compare(inputs, first)
        table = compare_many(inputs, [first, *others]) if others else None
        series = cumulative_series(inputs, api_models=[first, *others]) if args.csv else None
    except CostInputError as exc:
        raise _cost_error(exc) from None

    if series is not None:
        _write_csv(args.csv, series)
        if args.csv == "-":
            return 0

    dates = {
        "API prices": f"genai-prices {data.package_version} ({data.origin}) of {data.as_of}",
        "electricity table": bundled_table().retrieved,
        "exchange rates": bundled_rates().as_of,
    }
    payload = {
        **{f.name: getattr(comparison, f.name) for f in dataclasses.fields(comparison)},
        "compare": table.rows if table is not None else [],
        "preset": preset.name if preset is not None else None,
        "benchmark": measured,
        "data_dates": {"api_prices": data.as_of, "api_prices_source": f"genai-prices {data.package_version}",
                       "electricity": bundled_table().retrieved, "exchange_rates": bundled_rates().as_of},
    }
    shown = (measured, measured_url) if measured is not None else None
    emit(args, payload, lambda: render_text(comparison, table, dates, preset, shown))
    return 0
