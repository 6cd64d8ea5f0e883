"""How `llm-advisor cost` words its results: the catalogue's sentences (`advisor.core.messages.costs`, the same the
Costs page and the report say) laid out for a terminal, in the run's language. The decisions are the core's
(`advisor.core.costs`); option help and input errors name the command's flags.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from advisor.cli import speech
from advisor.cli.common import CliError, unknown_name_line
from advisor.cli.speech import QT_TRANSLATE_NOOP
from advisor.core.messages import costs, servers
from advisor.core.messages.dates import long_date

HELP = QT_TRANSLATE_NOOP("Cli", "compare the monthly cost of a local model (hardware + electricity) with an API")
OPTION_HELP = {
    "--tokens-per-month": QT_TRANSLATE_NOOP("Cli", "tokens a month (10M, 2.5e6)"),
    "--input-share": QT_TRANSLATE_NOOP("Cli", "fraction of the tokens that are input"),
    "--hours-per-day": QT_TRANSLATE_NOOP("Cli", "hours a day the machine is on"),
    "--days-per-month": QT_TRANSLATE_NOOP("Cli", "days a month it is on"),
    "--api-model": QT_TRANSLATE_NOOP("Cli", "price from the bundled genai-prices data (see --list-models)"),
    "--api-price-input": QT_TRANSLATE_NOOP("Cli", "your own input price per million tokens, in --currency"),
    "--api-price-output": QT_TRANSLATE_NOOP("Cli", "your own output price per million tokens, in --currency"),
    "--subscription": QT_TRANSLATE_NOOP(
        "Cli",
        "a flat monthly fee to compare with, in --currency or with its own (ChatGPT Plus: 20USD); --api-model names it",
    ),
    "--compare": QT_TRANSLATE_NOOP("Cli", "also compare these API models"),
    "--list-models": QT_TRANSLATE_NOOP(
        "Cli", "list API models with prices (filtered by words in provider, id or name) and exit"
    ),
    "--refresh-prices": QT_TRANSLATE_NOOP(
        "Cli", "try to download current prices first (10 s timeout; the bundled data is used if it fails)"
    ),
    "--currency": QT_TRANSLATE_NOOP("Cli", "currency of every figure (EUR, MXN, ...)"),
    "--usd-rate": QT_TRANSLATE_NOOP("Cli", "units of --currency for one US dollar"),
    "--electricity-price": QT_TRANSLATE_NOOP("Cli", "price per kWh, from your bill"),
    "--country": QT_TRANSLATE_NOOP("Cli", "country for the default electricity price (ES, MX, ...)"),
    "--hardware-cost": QT_TRANSLATE_NOOP(
        "Cli", "what the machine costs (0 = already owned: the default, except for a hand-written --hardware file)"
    ),
    "--resale-value": QT_TRANSLATE_NOOP("Cli", "what it sells for at the end"),
    "--lifetime-years": QT_TRANSLATE_NOOP("Cli", "years before it is replaced"),
    "--power-watts": QT_TRANSLATE_NOOP("Cli", "whole machine while generating"),
    "--idle-watts": QT_TRANSLATE_NOOP("Cli", "whole machine on, not generating"),
    "--tokens-per-second": QT_TRANSLATE_NOOP("Cli", "generation speed"),
    "--prompt-tokens-per-second": QT_TRANSLATE_NOOP("Cli", "prompt-processing speed"),
    "--server-url": QT_TRANSLATE_NOOP(
        "Cli",
        "benchmark this local server first (e.g. http://localhost:1234/v1): its measured speeds, and "
        "power where an energy counter can be read, replace the estimates",
    ),
    "--api-key": QT_TRANSLATE_NOOP("Cli", "token for --server-url, when the server requires one"),
    "--preset": QT_TRANSLATE_NOOP("Cli", "a ready-made scenario: tutorial-2024"),
    "--csv": QT_TRANSLATE_NOOP("Cli", "write the cumulative cost month by month as CSV ('-' = stdout)"),
    "--force": QT_TRANSLATE_NOOP("Cli", "replace the --csv file if it exists"),
}
# the titles of the option groups in `cost --help`
GROUP_TITLES = {
    "usage": QT_TRANSLATE_NOOP("Cli", "model use"),
    "API": QT_TRANSLATE_NOOP("Cli", "API"),
    "money": QT_TRANSLATE_NOOP("Cli", "money"),
    "machine": QT_TRANSLATE_NOOP("Cli", "machine"),
}

# CostInputs field → the flag that sets it (for messages and the "where it came from" column)
FLAGS = {
    "tokens_per_month": "--tokens-per-month",
    "input_share": "--input-share",
    "api_model_id": "--api-model",
    "api_price_input": "--api-price-input",
    "api_price_output": "--api-price-output",
    "api_fixed_per_month": "--subscription",
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
# UnknownNameError.kind → the flag that named it, and what else the user can do
NAME_FLAGS = {"country": "--country", "currency": "--currency", "preset": "--preset", "api_model": "--api-model"}
_NAME_HINTS = {
    "country": QT_TRANSLATE_NOOP("Cli", "; or pass --electricity-price"),
    "api_model": QT_TRANSLATE_NOOP("Cli", " (see --list-models TEXT)"),
}


def named(lookup: Any, name: Any, flag: str | None = None, **kwargs: Any) -> Any:
    """`lookup(name)`: a preset, an API model's price, the API that CostInputs name (None and a ready ApiOption
    pass through); an unknown name or a bad input is one line, exit 2."""
    from advisor.core.costs.model import ApiOption, CostInputError
    from advisor.core.names import UnknownNameError

    if name is None or isinstance(name, ApiOption):
        return name
    try:
        return lookup(name, **kwargs)
    except UnknownNameError as exc:
        raise CliError(unknown_text(exc, flag)) from None
    except CostInputError as exc:
        raise CliError(cost_error_text(exc)) from None


def unknown_text(exc: Any, flag: str | None = None, *, hints: bool = True) -> str:
    """'--country: unknown country 'ZZ'; known: ES, DE, …; or pass --electricity-price' (`hints=False`: without
    what else `cost` offers, for a command that has no such option)."""
    say = speech.say()
    flag = flag or NAME_FLAGS.get(exc.kind, exc.kind)
    if exc.reason == "no_token_prices":
        return f"{flag} {exc.name}: " + say.t(
            QT_TRANSLATE_NOOP("Cli", "that model has no per-token text prices in the data")
        )
    hint = say.t(_NAME_HINTS[exc.kind]) if hints and exc.kind in _NAME_HINTS else ""
    return f"{flag}: {unknown_name_line(exc)}{hint}"


def cost_error_text(exc: Any) -> str:
    """One line for a CostInputError: the flag, the value, what is wrong with it."""
    flag = FLAGS.get(exc.input, exc.input)
    key = (
        f"out_of_range/{exc.input}"
        if exc.code == "out_of_range" and f"out_of_range/{exc.input}" in _INPUT_ERRORS
        else exc.code
    )
    msg = _INPUT_ERRORS.get(key)
    what = speech.say().t(msg) if msg else exc.code.replace("_", " ")
    shown = "" if exc.value is None else f" {num(exc.value)}"
    return f"{flag}{shown}: {what}"


_INPUT_ERRORS = {  # CostInputError.code (and the input, for ranges) → what is wrong
    "must_be_positive": QT_TRANSLATE_NOOP("Cli", "must be greater than zero"),
    "must_not_be_negative": QT_TRANSLATE_NOOP("Cli", "must not be negative"),
    "not_a_number": QT_TRANSLATE_NOOP("Cli", "is not a number"),
    "out_of_range": QT_TRANSLATE_NOOP("Cli", "is out of range"),
    "out_of_range/input_share": QT_TRANSLATE_NOOP("Cli", "must be between 0 and 1"),
    "out_of_range/hours_per_day": QT_TRANSLATE_NOOP("Cli", "must be between 0 and 24"),
    "out_of_range/days_per_month": QT_TRANSLATE_NOOP("Cli", "must be between 0 and 31"),
    "more_than_hardware_cost": QT_TRANSLATE_NOOP("Cli", "cannot be more than --hardware-cost"),
    "missing": QT_TRANSLATE_NOOP("Cli", "is needed"),
    "cannot_convert": QT_TRANSLATE_NOOP("Cli", "cannot convert that price's currency"),
}


def price_pair_text(given: str, missing: str, currency: str) -> str:
    return speech.say().t(
        QT_TRANSLATE_NOOP("Cli", "{given} needs {missing} too (both per million tokens, in {currency})"),
        given=given,
        missing=missing,
        currency=currency,
    )


def money_range_text(flag: str, value: float, low: float, high: float, currency: str) -> str:
    return speech.say().t(
        QT_TRANSLATE_NOOP("Cli", "{flag} {value}: not taken, it must be between {low} and {high} {currency}"),
        flag=flag,
        value=_plain(value),
        low=_plain(low),
        high=_plain(high),
        currency=currency,
    )


def _plain(value: float) -> str:
    """A bound or a refused amount as typed, without trailing zeros: 0, 0.002, 50, 1,200, 0.01, 5e-06."""
    if value == 0:
        return "0"
    if value.is_integer():
        return num(value)
    if abs(value) < 0.001:  # a tenth of a cent and less: its own digits, never "0"
        return f"{value:.4g}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def num(value: Any, digits: int = 2) -> str:
    """A refused option value as the command line takes it (a decimal point, in any language)."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) >= 1:
            return f"{value:,.0f}"
        return f"{value:,.{digits}f}" if abs(value) >= 0.01 or value == 0 else f"{value:.4g}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def origin_text(code: str, v: dict[str, Any], currency: str) -> str:
    """Where an input's value came from: the catalogue's words, with the terminal's hints (use --country)."""
    return costs.origin(speech.say(), code, v, currency, "cli")


_SHOWN = (
    "tokens_per_month",
    "input_share",
    "hours_per_day",
    "days_per_month",
    "electricity_price_per_kwh",
    "power_watts",
    "idle_watts",
    "tokens_per_second",
    "prompt_tokens_per_second",
    "hardware_cost",
    "resale_value",
    "lifetime_years",
    "usd_rate",
)


def inputs_text(inputs: Any) -> list[str]:
    say = speech.say()
    rows: list[tuple[str, str, str]] = []
    country = inputs.origin("country")
    if country is not None:
        rows.append(
            (
                costs.input_name(say, "country"),
                costs.country_name(say, str(country.values.get("country", "?"))),  # its name, as the app says it
                origin_text(country.code, country.values, inputs.currency),
            )
        )
    for name in _SHOWN:
        if name == "usd_rate" and inputs.currency == "USD":
            continue
        value = getattr(inputs, name)
        shown = costs.value_with_unit(say, name, value, inputs.currency)
        if name == "input_share":
            shown = say.figure(value, "share")
        origin = inputs.origin(name)
        where = (
            origin_text(origin.code, origin.values, inputs.currency)
            if origin
            else say.t(QT_TRANSLATE_NOOP("Cli", "given"))
        )
        rows.append((costs.input_name(say, name), shown, where))
    width = max(len(r[0]) for r in rows) + 1
    value_width = max(len(r[1]) for r in rows) + 1
    lines = [say.t(QT_TRANSLATE_NOOP("Cli", "Inputs (value — where it came from):"))]
    lines += [f"  {label:<{width}} {shown:<{value_width}} {where}" for label, shown, where in rows]
    return lines


def money(value: float, currency: str, kind: str = "money") -> str:
    """An amount (or a price per million tokens, `kind`) as the app's Costs page and the report write it."""
    return speech.say().money(value, currency, kind)


def per_million(value: float, currency: str) -> str:
    """A cost or price per million tokens: 0,435 EUR, 0,075 USD, 23.539 COP (the figure the app and report show)."""
    return money(value, currency, "price_per_million")


def _typed_price(inputs: Any) -> bool:
    """Whether the API compared with was priced by the person (its prices or its monthly fee typed)."""
    return any(
        (o := inputs.origin(name)) is not None and o.code == "user"
        for name in ("api_price_input", "api_fixed_per_month")
    )


def price_text(api: Any, currency: str, *, typed: bool = False) -> str:
    """The API's price: per million tokens, or a flat monthly fee; with the publisher's date unless the person
    typed it (`typed`: "my-llm … prices of an unknown date" read as a fault of the advisor)."""
    say = speech.say()
    if api.flat_fee:
        price = say.t(costs.FLAT_FEE, amount=money(api.fixed_per_month, currency))
    else:
        kind = "price_per_million"
        price = (
            f"{say.figure(api.price_input_per_million, kind, currency)} / "
            f"{per_million(api.price_output_per_million, currency)}"
        )
        if api.price_currency != currency:
            published = api.price_currency
            price += (
                f" (= {say.figure(api.price_input_per_million_published, kind, published)} / "
                f"{per_million(api.price_output_per_million_published, published)})"
            )
        price += " " + say.t(QT_TRANSLATE_NOOP("Cli", "per million in/out"))
        if api.fixed_per_month:  # a fee typed beside them (a hosted instance): counted on top, said so
            price += " " + say.t(
                QT_TRANSLATE_NOOP("Cli", "+ {amount} a month"), amount=money(api.fixed_per_month, currency)
            )
    since = (
        (", " + say.t(QT_TRANSLATE_NOOP("Cli", "since {date}"), date=long_date(say, api.price_since, after_of=True)))
        if api.price_since
        else ""
    )
    if typed or api.model == costs.CUSTOM_API:  # typed by the person: no publisher's date to give
        return price + since
    dated = (
        say.t(QT_TRANSLATE_NOOP("Cli", "prices of {date}"), date=long_date(say, api.price_date, after_of=True))
        if api.price_date
        else say.t(QT_TRANSLATE_NOOP("Cli", "prices of an unknown date"))
    )
    return price + ", " + dated + since


def break_even_text(verdict: Any) -> str:
    """The core's `BreakEven` verdict in words (the catalogue's, as the app and the report say it), with the flag that
    gives a price it waits for."""
    return costs.break_even(speech.say(), verdict.kind, verdict.months, verdict.lifetime_years, "cli")


def benchmark_text(bench: Any, url: str) -> list[str]:
    say = speech.say()
    if bench.joules_per_token is not None and bench.power_watts is not None:
        energy = say.t(
            QT_TRANSLATE_NOOP("Cli", "{joules} J/token, {watts} W measured ({source})"),
            joules=say.number(bench.joules_per_token, 2),
            watts=say.count(round(bench.power_watts)),
            source=bench.energy_source,
        )
    else:
        energy = say.t(
            QT_TRANSLATE_NOOP(
                "Cli", "energy not measurable here (no NVML energy counter or readable RAPL): power estimated"
            )
        )
    return [
        say.t(
            QT_TRANSLATE_NOOP("Cli", "Measured on {url}: {benchmark}; {energy}."),
            url=url,
            benchmark=servers.bench_runs(say, bench.model, bench.runs, bench.source),
            energy=energy,
        ),
        "",
    ]


def _table_text(table: Any, inputs: Any, c: str) -> list[str]:
    say = speech.say()
    t = say.t
    late = False
    head = [
        "API",
        t(QT_TRANSLATE_NOOP("Cli", "per month")),
        t(QT_TRANSLATE_NOOP("Cli", "per million")),
        t(QT_TRANSLATE_NOOP("Cli", "break-even")),
        t(QT_TRANSLATE_NOOP("Cli", "price date")),
    ]
    lines = [
        "",
        t(
            QT_TRANSLATE_NOOP("Cli", "Compared (same usage; local total {amount} a month):"),
            amount=money(table.local.total_per_month, c),
        ),
    ]
    cells = [head]
    for row in table.rows:
        if row.break_even.kind == "never":
            months = t(QT_TRANSLATE_NOOP("Cli", "never"))
        elif row.break_even.kind == "over_capacity":
            months = t(QT_TRANSLATE_NOOP("Cli", "not reachable"))
        elif row.break_even.kind == "unpriced":  # the hardware's price was not given: see the break-even line
            months = t(QT_TRANSLATE_NOOP("Cli", "no price"))
        elif row.break_even.kind == "at_once":  # the break-even line's "at once", not "0.0 mo" (newcomer round)
            months = t(QT_TRANSLATE_NOOP("Cli", "at once"))
        else:
            months = t(QT_TRANSLATE_NOOP("Cli", "{months} mo"), months=say.number(row.break_even.months, 1))
        if row.break_even.kind == "past_lifetime":
            months += "*"
            late = True
        # typed prices and a subscription's fee (whatever name it was given) have no publisher, so no date to miss
        typed = row.api.model in (costs.CUSTOM_API, costs.SUBSCRIPTION_API) or row.api.flat_fee
        dated = long_date(say, row.api.price_date) if row.api.price_date else None  # as the data line writes it
        cells.append(
            [
                costs.api_label(say, row.api.model),
                money(row.api.total_per_month, c),
                per_million(row.api.cost_per_million_tokens, c),
                months,
                dated or ("—" if typed else "?"),
            ]
        )
    w = speech.widths(cells, (0, 14, 12, 12))  # as wide as the headers and figures in this language
    lines += [f"  {r[0]:<{w[0]}}  {r[1]:>{w[1]}}  {r[2]:>{w[2]}}  {r[3]:>{w[3]}}  {r[4]}" for r in cells]
    if late:
        lines.append(
            "  * "
            + t(
                QT_TRANSLATE_NOOP("Cli", "after the hardware's {years}-year lifetime: in practice, never"),
                years=say.plain(inputs.lifetime_years),
            )
        )
    return lines


def render_text(
    comparison: Any, table: Any, data_dates: dict[str, str], preset: Any, benchmark: tuple[Any, str] | None = None
) -> str:
    say = speech.say()
    t = say.t
    inputs, local, api, c = comparison.inputs, comparison.local, comparison.api, comparison.currency
    lines = [
        t(
            QT_TRANSLATE_NOOP("Cli", "Local model vs API — {tokens} tokens a month ({share}% input), in {currency}"),
            tokens=say.count(round(inputs.tokens_per_month)),
            share=say.count(round(inputs.input_share * 100)),
            currency=c,
        ),
        "",
    ]
    if benchmark is not None:
        lines += benchmark_text(*benchmark)
    if preset is not None:
        lines += [
            t(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Preset {name}: the tutorial's figures of {date}; today's prices for "
                    "comparable models are listed with it.",
                ),
                name=preset.name,
                date=long_date(speech.say(), preset.date),  # Spanish: "en marzo de 2024", no "del"
            ),
            "",
        ]
    lines += inputs_text(inputs)
    per_month = QT_TRANSLATE_NOOP("Cli", "{amount} a month")
    local_rows = speech.labelled(
        [
            (
                t(QT_TRANSLATE_NOOP("Cli", "electricity")),
                t(per_month, amount=money(local.electricity_per_month, c))
                + f" ({say.number(local.energy_kwh_per_month, 1)} kWh)",
            ),
            (t(QT_TRANSLATE_NOOP("Cli", "amortisation")), t(per_month, amount=money(local.amortisation_per_month, c))),
            (
                t(QT_TRANSLATE_NOOP("Cli", "total")),
                t(
                    QT_TRANSLATE_NOOP("Cli", "{amount} a month = {per_million} per million tokens"),
                    amount=money(local.total_per_month, c),
                    per_million=per_million(local.cost_per_million_tokens, c),
                ),
            ),
            (
                t(QT_TRANSLATE_NOOP("Cli", "energy")),
                t(
                    QT_TRANSLATE_NOOP(
                        "Cli", "{wh} Wh per million tokens; {generating} h generating of {on} h on a month"
                    ),
                    wh=say.count(round(local.energy_wh_per_million_tokens)),
                    generating=say.number(local.generation_hours_per_month, 1),
                    on=say.count(round(local.powered_on_hours_per_month)),
                ),
            ),
        ]
    )
    lines += ["", t(QT_TRANSLATE_NOOP("Cli", "Local:")), *("  " + line for line in local_rows)]
    if not comparison.capacity_ok:
        lines.append(
            "  "
            + t(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "CAPACITY: these tokens need {needed} hours a day of generation, but the machine is on {on} h a "
                    "day: raise --hours-per-day, or it cannot keep up",
                ),
                needed=say.number(local.hours_per_day_needed, 1),
                on=say.plain(inputs.hours_per_day),
            )
        )
    api_rows = speech.labelled(
        [
            (t(QT_TRANSLATE_NOOP("Cli", "price")), price_text(api, c, typed=_typed_price(inputs))),
            (
                t(QT_TRANSLATE_NOOP("Cli", "total")),
                t(
                    QT_TRANSLATE_NOOP("Cli", "{amount} a month = {per_million} per million tokens"),
                    amount=money(api.total_per_month, c),
                    per_million=per_million(api.cost_per_million_tokens, c),
                ),
            ),
        ]
    )
    # over capacity, no saving is reachable: the break-even line says why
    saving = costs.saving(
        say, comparison.break_even.kind, comparison.savings_per_month, money(abs(comparison.savings_per_month), c)
    )
    lines += [
        "",
        f"API: {costs.api_label(say, api.model)}",
        *("  " + line for line in api_rows),
        "",
        t(QT_TRANSLATE_NOOP("Cli", "Break-even: {verdict}"), verdict=break_even_text(comparison.break_even)),
        *([saving] if saving else []),
    ]
    if table is not None:
        lines += _table_text(table, inputs, c)
    notes = [a for a in comparison.assumptions if a.code in ("api_price_converted",)]
    if notes or preset is not None:
        lines.append("")
    for note in notes:
        lines.append(
            t(
                QT_TRANSLATE_NOOP("Cli", "Note: {text}."),
                text=costs.assumption(say, note.code, {**note.values, "currency": c}, "cli"),
            )
        )
    if preset is not None:
        for option in preset.api_options:
            note = costs.preset_api_note(say, option)
            if note:
                lines.append(t(QT_TRANSLATE_NOOP("Cli", "Note: {text}."), text=f"{option.label}: {note}"))
    lines += [
        "",
        t(
            QT_TRANSLATE_NOOP("Cli", "Data: {dates}. Every value can be changed with its flag (see --help)."),
            dates="; ".join(f"{k} {v}" for k, v in data_dates.items()),
        ),
    ]
    return "\n".join(lines)


PRICE_ORIGINS = {  # genai-prices' PriceData.origin
    "bundled": QT_TRANSLATE_NOOP("Cli", "bundled"),
    "online": QT_TRANSLATE_NOOP("Cli", "refreshed online"),
}
DATED = QT_TRANSLATE_NOOP("Cli", "of {date}")  # "electricity table" + " of 26 November 2026"


def data_dates_text(data: Any, dates: Mapping[str, str | None]) -> dict[str, str]:
    """The "Data:" line's parts: each dataset used and its date (`dates`: the core's `data_dates(data, inputs)`;
    a table dated None was not used and is not named)."""
    say = speech.say()
    parts = {
        say.t(QT_TRANSLATE_NOOP("Cli", "API prices")): say.t(
            QT_TRANSLATE_NOOP("Cli", "genai-prices {version} ({origin}) of {date}"),
            version=data.package_version,
            origin=say.t(PRICE_ORIGINS[data.origin]) if data.origin in PRICE_ORIGINS else data.origin,
            date=long_date(say, data.as_of, after_of=True),
        )
    }
    for name, key in (
        (QT_TRANSLATE_NOOP("Cli", "electricity table"), "electricity"),
        (QT_TRANSLATE_NOOP("Cli", "exchange rates"), "exchange_rates"),
    ):
        date = dates.get(key)
        if date:
            parts[say.t(name)] = say.t(DATED, date=long_date(say, date, after_of=True))
    return parts


API_KEY_NEEDS_URL = QT_TRANSLATE_NOOP("Cli", "--api-key needs --server-url (the server to benchmark)")
COMPARE_EMPTY = QT_TRANSLATE_NOOP("Cli", "--compare: give one or more model ids separated by commas")


def no_hardware_files_text(path: str) -> str:
    return f"--hardware {path}: " + speech.say().t(QT_TRANSLATE_NOOP("Cli", "reading hardware files is not available"))


def csv_failed_text(path: str, why: str) -> str:
    return f"--csv {path}: " + speech.say().t(QT_TRANSLATE_NOOP("Cli", "cannot write: {reason}"), reason=why)


def refresh_failed_text(error: str | None, as_of: str) -> str:
    return "llm-advisor cost: " + speech.say().t(
        QT_TRANSLATE_NOOP("Cli", "could not refresh prices ({error}); using the bundled data of {date}"),
        error=str(error),
        date=long_date(speech.say(), as_of, after_of=True),
    )


def no_models_text(text: str) -> str:
    return f"--list-models {text}: " + speech.say().t(QT_TRANSLATE_NOOP("Cli", "no API model matches; try fewer words"))


def list_models_text(found: list[Any], data: Any) -> str:
    width = max(len(m.ref) for m in found)
    say = speech.say()
    out = [
        say.t(
            QT_TRANSLATE_NOOP(
                "Cli", "API prices in USD per million tokens (input / output), genai-prices {version}, data of {date}:"
            ),
            version=data.package_version,
            date=long_date(say, data.as_of, after_of=True),
        )
    ]
    for m in found:
        flags = " (" + say.t(QT_TRANSLATE_NOOP("Cli", "deprecated")) + ")" if m.deprecated else ""
        since = (
            "  " + say.t(QT_TRANSLATE_NOOP("Cli", "since {date}"), date=long_date(say, m.price_since, after_of=True))
            if m.price_since
            else ""
        )
        # the language's decimal mark, as every other price: "5,00 / 15,00" in Spanish, never "5.000" (five thousand)
        price_in = say.figure(m.input_per_million_usd, "price_per_million", "USD")
        price_out = say.figure(m.output_per_million_usd, "price_per_million", "USD")
        out.append(f"  {m.ref:<{width}}  {price_in:>8} / {price_out:<8}{since}{flags}".rstrip())
    out.append(
        say.t(
            QT_TRANSLATE_NOOP("Cli", "1 model. Use the first column with --api-model or --compare.")
            if len(found) == 1
            else QT_TRANSLATE_NOOP("Cli", "{count} models. Use the first column with --api-model or --compare."),
            count=len(found),
        )
    )
    return "\n".join(out) + "\n"


def csv_text(series: Any) -> str:
    """The cumulative cost month by month: one column for the local machine, one per API."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    c = series.currency
    writer.writerow(["month", f"local ({c})", *(f"{line.label} ({c})" for line in series.apis)])
    for i, month in enumerate(series.months):
        writer.writerow([month, f"{series.local[i]:.2f}", *(f"{line.values[i]:.2f}" for line in series.apis)])
    return buffer.getvalue()


FEE_WITH_CURRENCY = QT_TRANSLATE_NOOP("Cli", "or with its currency: 20USD, 23EUR")


def fee_below_any_plan_text(fee: float, currency: str, fee_usd: float, *, suggest: bool = True) -> str:
    """--subscription for less than any paid plan costs: typed without its currency, the price read in the wrong
    currency (ChatGPT Plus's 20 in Argentina was 20 ARS) and how to write it with its own (`suggest`); in dollars,
    only that no plan costs so little."""
    say = speech.say()
    if not suggest:
        return say.t(
            QT_TRANSLATE_NOOP("Cli", "--subscription {fee} {currency}: less than any paid plan costs (1 USD a month)"),
            fee=_plain(fee),
            currency=currency,
        )
    return say.t(
        QT_TRANSLATE_NOOP(
            "Cli",
            "--subscription {fee}: {fee} {currency} a month is about {usd} USD, less than any paid plan costs. "
            "A plan priced in dollars is written with its currency: --subscription {fee}USD",
        ),
        fee=_plain(fee),
        currency=currency,
        usd=say.number(fee_usd, 2),
    )
