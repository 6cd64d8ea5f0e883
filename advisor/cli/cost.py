"""`llm-advisor cost`: is running a model here cheaper than paying an API? Every input has a named default.

Parsing and printing only: which figure wins (preset, hardware file, server measurement, flags), the API rules and the
break-even verdict are decided in `advisor.core.costs`; the words are in `cost_words`.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from typing import Any

from advisor.cli import common, speech
from advisor.cli import cost_words as words
from advisor.cli.common import EXIT_PROBLEM, CliError, add_json_option, add_min_tps_option, emit, worded
from advisor.cli.common import bounded_text as _text
from advisor.cli.common import float_in_range as _range
from advisor.cli.hardware_option import add_hardware_option
from advisor.cli.server import api_key
from advisor.cli.speech import QT_TRANSLATE_NOOP
from advisor.core.costs.bounds import USD_BOUNDS, below_any_plan, money_bounds
from advisor.core.costs.currency import Money
from advisor.core.servers.limits import PROMPT_TOKENS_PER_SECOND_RANGE, TOKENS_PER_SECOND_RANGE

HELP = words.HELP

# The range of every numeric option (money in --currency: wide enough for currencies of ~40,000 to the dollar).
MAX_TOKENS_PER_MONTH = 1e13
MAX_PRICE_PER_MILLION = 1e9
MAX_MONEY = 1e12
MAX_USD_RATE = 1e6
MAX_KWH_PRICE = 1e6
MAX_WATTS = 100_000.0
# realistic lower ends, not just "more than 0": a lifetime of 1e-300 years made the monthly figure "inf"
_tokens = _range(1, MAX_TOKENS_PER_MONTH, suffixes=True, unit=" tokens (10M, 2.5e6)")
_price = _range(0, MAX_PRICE_PER_MILLION)
_money_amount = _range(0, MAX_MONEY)
_power = _range(0.1, MAX_WATTS, unit=" W")
# a currency code before or after the amount: 20USD, 20 usd, USD 20, 2.5e3 MXN
_FEE_CODE = re.compile(r"\s*(?:([A-Za-z]{3})\s*)?([-+]?[\d.,]+(?:[eE][-+]?\d+)?)\s*([A-Za-z]{3})?\s*")


def _fee(text: str) -> float | Money:
    """--subscription: an amount in --currency, or with its own currency code ("20USD", "USD 20"), converted where
    the comparison is counted (newcomer round: ChatGPT Plus's 20 typed in Argentina was 20 ARS)."""
    found = _FEE_CODE.fullmatch(text)
    code = (found.group(1) or found.group(3)) if found else None
    if found is None or code is None or (found.group(1) and found.group(3)):
        try:
            return _money_amount(text)
        except argparse.ArgumentTypeError as exc:  # "10$": the form with a currency is what was meant
            raise argparse.ArgumentTypeError(f"{exc}; {speech.say().t(words.FEE_WITH_CURRENCY)}") from None
    from advisor.core.costs.currency import normalise_code
    from advisor.core.names import UnknownNameError

    try:
        return Money(_money_amount(found.group(2)), normalise_code(code))
    except UnknownNameError as exc:
        if code.isascii() and code.isalpha():  # a currency without a bundled rate (800UYU): the run's --currency
            # with its --usd-rate counts it as it is; any other conversion says what it lacks (code review)
            return Money(_money_amount(found.group(2)), code.upper())
        raise argparse.ArgumentTypeError(f"{common.shown(text)}: {common.unknown_name_line(exc)}") from None


_fee.__name__ = "number"
_fee.accepted = _money_amount.accepted  # type: ignore[attr-defined]
_idle = _range(0, MAX_WATTS, unit=" W")

# (group, flag, metavar, type or other add_argument settings), in --help order; the help texts are words.OPTION_HELP
_OPTIONS: tuple[tuple[str | None, str, str | None, Any], ...] = (
    ("usage", "--tokens-per-month", "N", _tokens),
    ("usage", "--input-share", "F", _range(0, 1, unit=" (0.5 = half the tokens)")),
    ("usage", "--hours-per-day", "H", _range(0.01, 24, unit=" hours")),
    ("usage", "--days-per-month", "D", _range(1, 31, unit=" days")),
    ("API", "--api-model", "ID", _text(200, "text")),
    ("API", "--api-price-input", "X", _price),
    ("API", "--api-price-output", "Y", _price),
    ("API", "--subscription", "PRICE", _fee),
    ("API", "--compare", "ID,ID,...", _text(2000, "model ids")),
    ("API", "--list-models", "TEXT", {"nargs": "?", "const": "", "type": _text(200, "text", allow_empty=True)}),
    ("API", "--refresh-prices", None, {"action": "store_true"}),
    ("money", "--currency", "CODE", _text(16, "a currency code")),
    ("money", "--usd-rate", "R", _range(1e-6, MAX_USD_RATE)),
    ("money", "--electricity-price", "P", _range(1e-6, MAX_KWH_PRICE)),
    ("money", "--country", "CC", _text(16, "a country code")),
    ("money", "--hardware-cost", "C", _money_amount),
    ("money", "--resale-value", "V", _money_amount),
    ("money", "--lifetime-years", "Y", _range(0.1, 50, unit=" years")),
    ("machine", "--power-watts", "W", _power),
    ("machine", "--idle-watts", "W", _idle),
    ("machine", "--tokens-per-second", "T", _range(*TOKENS_PER_SECOND_RANGE, unit=" tokens/s")),
    ("machine", "--prompt-tokens-per-second", "T", _range(*PROMPT_TOKENS_PER_SECOND_RANGE, unit=" tokens/s")),
    ("machine", "--server-url", "URL", common.url_text),
    ("machine", "--api-key", "KEY", api_key),
    (None, "--preset", "NAME", _text(64, "a preset name")),
    (None, "--csv", "FILE", common.path_text),
    (None, "--force", None, {"action": "store_true"}),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_hardware_option(parser)
    _add_options(parser, _OPTIONS)
    add_context_option(parser)
    add_min_tps_option(parser)
    add_json_option(parser)


def add_context_option(parser: argparse.ArgumentParser) -> None:
    """--context: what the recommended model is sized at, for `cost` and `report` alike (newcomer round: `report
    --context 32768` costed Llama-3.1-8B at 16.5 tokens/s, `cost` Mistral-Nemo at 10.8, and `cost --context` was
    refused)."""
    from advisor.cli.estimate import context_tokens

    parser.add_argument(
        "--context",
        "-c",  # llama-server's own, as `estimate` takes it
        type=context_tokens,
        default=4096,
        metavar="N",
        help=QT_TRANSLATE_NOOP("Cli", "context length the sizing assumes (default 4096)"),
    )


# the inputs `report` takes as `cost` does, so that its comparison is the one `cost` printed with the same flags
# (--country and --currency: add_place_options; the server's own flags are report's)
INPUT_FLAGS = tuple(flag for name, flag in words.FLAGS.items() if name not in ("country", "currency"))


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """The cost comparison's input flags as `cost` has them (groups, types, metavars, help), for `report`."""
    _add_options(parser, tuple(o for o in _OPTIONS if o[1] in INPUT_FLAGS))


def _add_options(parser: argparse.ArgumentParser, options: tuple[tuple[str | None, str, str | None, Any], ...]) -> None:
    groups: dict[str, Any] = {}
    for group, flag, metavar, kind in options:
        where = (
            parser
            if group is None
            else groups.get(group) or groups.setdefault(group, parser.add_argument_group(words.GROUP_TITLES[group]))
        )
        settings: dict[str, Any] = dict(kind) if isinstance(kind, dict) else {"type": kind}
        if metavar:
            settings["metavar"] = metavar
        where.add_argument(flag, **settings, help=words.OPTION_HELP[flag])


PLACE_FLAGS = ("--country", "--currency")  # where the money is counted: `report` takes them too


def add_place_options(parser: argparse.ArgumentParser) -> None:
    """--country and --currency as `cost` has them (the same type, metavar and help), for another command."""
    for _group, flag, metavar, kind in _OPTIONS:
        if flag in PLACE_FLAGS:
            parser.add_argument(flag, type=kind, metavar=metavar, help=words.OPTION_HELP[flag])


def check_place(args: argparse.Namespace) -> None:
    """For a command that takes `add_place_options` (`report`): an unknown --country or --currency is one line in
    `cost`'s words, exit 2, before any slow work: the same check the cost comparison makes (`default_inputs`)."""
    if args.country is None and args.currency is None:
        return
    from advisor.core.costs import default_inputs
    from advisor.core.names import UnknownNameError

    try:
        default_inputs(
            None, country=args.country, currency=args.currency, usd_rate=getattr(args, "usd_rate", None), env={}
        )
    except UnknownNameError as exc:  # `report` takes --electricity-price, not --list-models
        raise CliError(words.unknown_text(exc, hints=exc.kind == "country")) from None


# --------------------------------------------------------------------------- from the flags to the core

_NOT_NUMBERS = ("api_model_id", "currency", "usd_rate", "country")


def user_values(args: argparse.Namespace) -> dict[str, Any]:
    """The flags given, by CostInputs field: the user's values for `costs.resolve_inputs`."""
    values = {
        name: getattr(args, flag[2:].replace("-", "_"), None)
        for name, flag in words.FLAGS.items()
        if name not in _NOT_NUMBERS
    }
    user: dict[str, Any] = {
        name: value if isinstance(value, Money) else float(value) for name, value in values.items() if value is not None
    }
    if getattr(args, "api_model", None) is not None:
        user["api_model_id"] = args.api_model.strip()
    return user


def report_cost_values(args: argparse.Namespace) -> dict[str, Any]:
    """`report`'s cost flags as the core's user values; a price without its pair is one line, exit 2, as in `cost`."""
    from advisor.core.costs import default_inputs
    from advisor.core.costs.model import api_option_for
    from advisor.core.costs.resolve import unpaired_price
    from advisor.core.names import UnknownNameError

    user = user_values(args)
    pair = unpaired_price(user)
    if pair is not None or any(name in USD_BOUNDS for name in user):
        # in the comparison's currency, as `cost` says it (its country's, else --currency)
        place = default_inputs(None, country=args.country, currency=args.currency, env=None)
        if pair is not None:
            raise CliError(words.price_pair_text(words.FLAGS[pair[0]], words.FLAGS[pair[1]], place.currency))
        check_money(user, place.currency, args.usd_rate or place.usd_rate)
    # an unknown model is one line before any slow work; with both prices or a subscription typed it is only their
    # label, as in `cost`
    typed = {"api_price_input", "api_price_output"} <= user.keys() or "api_fixed_per_month" in user
    if "api_model_id" in user and not typed:
        try:
            api_option_for(user["api_model_id"])
        except UnknownNameError as exc:  # `report` has no --list-models to point to
            raise CliError(words.unknown_text(exc, "--api-model", hints=False)) from None
    return user


def _profile(args: argparse.Namespace) -> Any:
    """This machine or --hardware's, read once and only when a figure needs it."""
    if "_profile" not in vars(args):
        from advisor.cli.hardware_option import profile_from_args

        try:
            args._profile = profile_from_args(args)
        except ImportError:  # detection not available in this build: documented estimates instead
            if args.hardware:
                raise CliError(words.no_hardware_files_text(args.hardware)) from None
            args._profile = None
    return args._profile


def build_inputs(args: argparse.Namespace, preset: Any = None, measured: Any = None) -> Any:
    """CostInputs resolved by the core from the defaults, the preset, --hardware, `measured` (a server Benchmark)
    and the flags; an unknown name or a price without its pair is one line, exit 2."""
    from advisor.core.costs.resolve import resolve_inputs, unpaired_price
    from advisor.core.names import UnknownNameError

    user = user_values(args)
    pair = unpaired_price(user)  # (given, missing): said below with the currency the prices would be in
    if pair is not None:
        user = {k: v for k, v in user.items() if k not in pair}
    try:
        inputs = resolve_inputs(
            lambda: _profile(args),
            defaults=_defaults_at(getattr(args, "context", None), getattr(args, "min_tps", None)),
            hardware_file=bool(args.hardware),
            preset=preset,
            measured=measured,
            cost_of="measured",  # --server-url: the cost of what that server runs, at the speed measured
            user=user,
            country=args.country,
            currency=args.currency,
            usd_rate=args.usd_rate,
        )
    except UnknownNameError as exc:
        fee = getattr(args, "subscription", None)
        if exc.kind == "currency" and isinstance(fee, Money) and fee.currency == str(exc.name).strip().upper():
            # the fee's own currency (800UYU), not --currency, lacks a rate: what counts it (code review: "works with
            # --usd-rate" was said where --usd-rate was given, for --currency EUR)
            raise CliError(
                "--subscription: "
                + speech.say().t(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "there is no bundled rate for {code} (there is for {known}): a fee in it is counted with "
                        "--currency {code} and that currency's --usd-rate",
                    ),
                    code=fee.currency,
                    known=", ".join(exc.known),
                )
            ) from None
        raise CliError(words.unknown_text(exc)) from None
    if pair is not None:
        raise CliError(words.price_pair_text(words.FLAGS[pair[0]], words.FLAGS[pair[1]], inputs.currency))
    check_money(user, inputs.currency, inputs.usd_rate)
    return inputs


def check_money(user: dict[str, Any], currency: str, usd_rate: float) -> None:
    """A money flag outside what the app's field for it takes (`bounds.money_bounds`: a kWh between 0.001 and 10
    USD, a computer up to a million dollars, an API price up to 1,000 USD per million tokens, in the currency
    counted) is one line, exit 2, as the app refuses it (newcomer round: `--electricity-price 80` in Peru, where
    tariffs are published in céntimos, was 80 PEN per kWh, 1,975 PEN a month and "break-even: never"), an amount
    typed with its own currency in that currency; so is a subscription for less than any paid plan costs
    (`bounds.below_any_plan`: ChatGPT Plus's 20 typed in Argentina was 20 ARS), with how to write it in dollars
    where it was typed without a currency in another."""
    from advisor.core.costs.currency import usd_rate as rate_of

    for name, value in user.items():
        if name not in USD_BOUNDS:
            continue
        typed = isinstance(value, Money)  # bounded in the currency it was typed in, and said so
        amount, code = (value.amount, value.currency) if typed else (value, currency)
        rate = 1.0 if code == "USD" else usd_rate if code == currency else rate_of(code)
        low, high = money_bounds(name, rate)
        if not low <= amount <= high:
            raise CliError(words.money_range_text(words.FLAGS[name], amount, low, high, code))
        if name == "api_fixed_per_month" and below_any_plan(amount, rate):
            if typed or code == "USD":  # in dollars already: no other currency to suggest
                raise CliError(words.fee_below_any_plan_text(amount, code, amount / rate, suggest=False))
            raise CliError(words.fee_below_any_plan_text(amount, code, amount / rate))


def _defaults_at(context: int | None, min_tokens_per_second: float | None = None) -> Any:
    """The cost defaults with the recommended model sized at `context` (--context; None: the costs' own 4,096) and
    chosen at `min_tokens_per_second` (--min-tps, as `recommend` takes it; None: its default)."""
    import functools

    from advisor.core.costs import default_inputs

    given: dict[str, Any] = {"context": context, "min_tokens_per_second": min_tokens_per_second}
    return functools.partial(default_inputs, **{k: v for k, v in given.items() if v is not None})


def measure_server(args: argparse.Namespace) -> tuple[Any, str] | None:
    """(benchmark, redacted URL) of --server-url; None without it. A server problem is one line, exit 1."""
    if args.server_url is None:
        return None
    from advisor.cli.server import measure, problem_line
    from advisor.core import servers
    from advisor.core.urls import redact_text, redact_url

    try:
        url = servers.normalize_url(args.server_url)
    except ValueError as exc:  # never echo a password or token typed into the URL
        raise CliError(f"--server-url {redact_url(args.server_url)!r}: {redact_text(worded(exc))}") from None
    try:
        return measure(url, api_key=args.api_key, quiet=args.json), redact_url(url)
    except servers.ServerProblemError as exc:
        raise CliError(f"--server-url {redact_url(url)}: {problem_line(exc.problem)}", exit_code=EXIT_PROBLEM) from None


def _list_models(args: argparse.Namespace, data: Any) -> int:
    from advisor.core.costs import prices

    found = prices.list_api_models(text=args.list_models or None, data=data)
    if args.json:
        emit(
            args,
            {
                "price_date": data.as_of,
                "source": f"genai-prices {data.package_version} ({data.origin})",
                "models": found,
            },
            lambda: "",
        )
        return 0
    if not found:
        raise CliError(words.no_models_text(args.list_models), exit_code=1)
    sys.stdout.write(words.list_models_text(found, data))
    return 0


def check_csv(path: str | None, force: bool) -> None:
    """Refuse --csv's file before any slow work, as `report -o` does (`common.check_output_file`): it replaced an
    existing file unasked, and a pipe hung it."""
    if path is not None and path != "-":
        common.check_output_file("--csv", path, force)


def _write_csv(path: str, series: Any, force: bool) -> None:
    from advisor.core.files import write_atomic

    text = words.csv_text(series)
    if path == "-":
        sys.stdout.write(text)
        return
    try:  # whole or not at all, never over a file that appeared meanwhile without --force
        write_atomic(path, text, overwrite=force)
    except FileExistsError:
        raise CliError(f"--csv {path}: " + speech.say().t(common.FILE_EXISTS)) from None
    except OSError as exc:
        raise CliError(words.csv_failed_text(path, exc.strerror or str(exc))) from None


def run(args: argparse.Namespace) -> int:
    from advisor.core.costs import compare, compare_many, comparison_options, cumulative_series, prices
    from advisor.core.costs.defaults import data_dates
    from advisor.core.costs.model import CostInputError, api_option_for, api_option_from_inputs
    from advisor.core.costs.presets import load_preset

    data = prices.bundled_data()
    if args.refresh_prices:
        result = prices.refresh()
        data = result.data
        if not result.refreshed:
            print(words.refresh_failed_text(result.error, data.as_of), file=sys.stderr)
    if args.list_models is not None:
        return _list_models(args, data)

    check_csv(args.csv, args.force)
    preset = words.named(load_preset, args.preset)
    if args.api_key is not None and args.server_url is None:
        raise CliError(speech.say().t(words.API_KEY_NEEDS_URL))
    inputs = build_inputs(args, preset)  # every flag is checked before a server is benchmarked
    first = words.named(api_option_from_inputs, inputs, "--api-model", data=data)  # typed prices, else the model's
    others = [
        words.named(api_option_for, o, "--preset", data=data) for o in comparison_options(preset, user_values(args))
    ]
    if args.compare:
        ids = [part.strip() for part in args.compare.split(",") if part.strip()]
        if not ids:
            raise CliError(speech.say().t(words.COMPARE_EMPTY))
        others += [words.named(api_option_for, m, "--compare", data=data) for m in ids]
    shown = measure_server(args)  # (benchmark, URL) or None
    measured = shown[0] if shown is not None else None
    if shown is not None:
        inputs = build_inputs(args, preset, measured)

    try:
        comparison = compare(inputs, first)
        table = compare_many(inputs, [first, *others]) if others else None
        series = cumulative_series(inputs, api_models=[first, *others]) if args.csv else None
    except CostInputError as exc:
        raise CliError(words.cost_error_text(exc)) from None

    if series is not None:
        _write_csv(args.csv, series, args.force)
        if args.csv == "-":
            return 0

    dates = data_dates(data, inputs)
    payload = {
        **{f.name: getattr(comparison, f.name) for f in dataclasses.fields(comparison)},
        "compare": table.rows if table is not None else [],
        "preset": preset.name if preset is not None else None,
        "benchmark": measured,
        "data_dates": dates,
    }
    emit(args, payload, lambda: words.render_text(comparison, table, words.data_dates_text(data, dates), preset, shown))
    return 0
