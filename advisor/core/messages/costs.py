"""The cost comparison in words: each input's name, where its value came from, the notes, the break-even verdict.

A hint that names a command-line option ("use --country") is said only in the terminal (`surface`); the app shows
the field to change beside the sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from advisor.core.messages import figures
from advisor.core.messages.dates import long_date
from advisor.core.messages.sizing import fit_in_sentence
from advisor.core.messages.speaker import Speaker
from advisor.core.messages.translations import QT_TRANSLATE_NOOP, Msg

Surface = Literal["cli", "app", "report"]  # "report": as the app says it, without terminal hints

INPUTS: dict[str, Msg] = {
    "tokens_per_month": QT_TRANSLATE_NOOP("CostWords", "Tokens per month"),
    "input_share": QT_TRANSLATE_NOOP("CostWords", "Share of input tokens"),
    "api_model_id": QT_TRANSLATE_NOOP("CostWords", "API model"),
    "currency": QT_TRANSLATE_NOOP("CostWords", "Currency"),
    "country": QT_TRANSLATE_NOOP("CostWords", "Country"),
    "usd_rate": QT_TRANSLATE_NOOP("CostWords", "Exchange rate"),
    "electricity_price_per_kwh": QT_TRANSLATE_NOOP("CostWords", "Electricity price"),
    "power_watts": QT_TRANSLATE_NOOP("CostWords", "Power while generating"),
    "idle_watts": QT_TRANSLATE_NOOP("CostWords", "Idle power"),
    "hours_per_day": QT_TRANSLATE_NOOP("CostWords", "Hours on per day"),
    "days_per_month": QT_TRANSLATE_NOOP("CostWords", "Days per month"),
    "tokens_per_second": QT_TRANSLATE_NOOP("CostWords", "Generation speed"),
    "prompt_tokens_per_second": QT_TRANSLATE_NOOP("CostWords", "Prompt speed"),
    "hardware_cost": QT_TRANSLATE_NOOP("CostWords", "Hardware cost"),
    "resale_value": QT_TRANSLATE_NOOP("CostWords", "Resale value"),
    "lifetime_years": QT_TRANSLATE_NOOP("CostWords", "Lifetime"),
    "api_price_input": QT_TRANSLATE_NOOP("CostWords", "API price per million input tokens"),
    "api_price_output": QT_TRANSLATE_NOOP("CostWords", "API price per million output tokens"),
    "api_fixed_per_month": QT_TRANSLATE_NOOP("CostWords", "API fee per month"),
}

ORIGINS: dict[str, Msg] = {  # `InputOrigin.code`, with its values
    "user": QT_TRANSLATE_NOOP("CostWords", "you entered it"),
    "user/converted": QT_TRANSLATE_NOOP(
        "CostWords", "you entered {amount} {typed_currency}, converted at the rate used"
    ),
    "app_region": QT_TRANSLATE_NOOP("CostWords", "the region chosen on the app's first page"),
    "preset": QT_TRANSLATE_NOOP("CostWords", "preset {preset} ({date})"),
    "measured": QT_TRANSLATE_NOOP("CostWords", "measured by the benchmark"),
    "measured/model": QT_TRANSLATE_NOOP("CostWords", "measured by the benchmark of {model}"),
    "measured/watts": QT_TRANSLATE_NOOP(
        "CostWords", "measured {measured_watts} W ({meters}) + {unmetered_watts} W not metered"
    ),
    "locale": QT_TRANSLATE_NOOP("CostWords", "from the system's region"),
    "country_fallback": QT_TRANSLATE_NOOP("CostWords", "no country in the system's region: United States assumed"),
    "country_not_in_table": QT_TRANSLATE_NOOP("CostWords", "no data for {locale_country}: United States used"),
    "country_table": QT_TRANSLATE_NOOP(
        "CostWords", "{name} {period}, {source}; confidence: {confidence}, table of {retrieved}"
    ),
    "country_table/converted": QT_TRANSLATE_NOOP(
        "CostWords",
        "{name} {period} = {table_price} {table_currency}, {source}; confidence: {confidence}, table of {retrieved}",
    ),
    "exchange_table": QT_TRANSLATE_NOOP("CostWords", "bundled rate of {as_of}"),
    "exchange_table/old": QT_TRANSLATE_NOOP(
        "CostWords", "bundled rate of {as_of}, {months_old} months old: if it has moved since, give today's"
    ),
    "country_currency": QT_TRANSLATE_NOOP("CostWords", "the country's currency: {country}"),
    "sizing_estimate": QT_TRANSLATE_NOOP("CostWords", "the recommendation's estimate ({tier} model at {quant}, {fit})"),
    "sizing_estimate/calibrated": QT_TRANSLATE_NOOP(
        "CostWords",
        "the recommendation's estimate ({tier} model at {quant}, {fit}), calibrated by your benchmark of "
        "{calibrated_by}",
    ),
    "sizing_estimate/model": QT_TRANSLATE_NOOP(
        "CostWords", "the recommendation's estimate for {model} at {quant} ({fit})"
    ),
    "sizing_estimate/model/calibrated": QT_TRANSLATE_NOOP(
        "CostWords",
        "the recommendation's estimate for {model} at {quant} ({fit}), calibrated by your benchmark of {calibrated_by}",
    ),
    "sizing_estimate/model/other": QT_TRANSLATE_NOOP(
        "CostWords",
        "the recommendation's estimate for {model} at {quant} ({fit}); the benchmark measured {other_model}, "
        "another model",
    ),
    "sizing_estimate/none": QT_TRANSLATE_NOOP(
        "CostWords", "the recommendation's estimate (no model size runs at a usable speed here)"
    ),
    "no_estimate_fallback": QT_TRANSLATE_NOOP("CostWords", "a cautious guess (no estimate for this machine)"),
    "from_generation_speed": QT_TRANSLATE_NOOP("CostWords", "the generation speed × {factor} (assumed)"),
    "no_profile_estimate": QT_TRANSLATE_NOOP("CostWords", "a rough estimate (no hardware profile)"),
    "cpu_only_estimate": QT_TRANSLATE_NOOP("CostWords", "estimated for a computer without a GPU"),
    "cpu_only_idle_estimate": QT_TRANSLATE_NOOP("CostWords", "estimated for a computer without a GPU"),
    "cpu_only_estimate/integrated": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for a computer without a dedicated GPU; {gpus}: integrated graphics"
    ),
    "cpu_only_idle_estimate/integrated": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for a computer without a dedicated GPU; {gpus}: integrated graphics"
    ),
    "cpu_only_estimate/unused": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for generating on the processor: the model does not run on {gpus}"
    ),
    "cpu_only_idle_estimate/unused": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for generating on the processor: the model does not run on {gpus}"
    ),
    "gpu_desktop_idle_estimate": QT_TRANSLATE_NOOP("CostWords", "estimated for a desktop with a GPU"),
    "apple_estimate": QT_TRANSLATE_NOOP("CostWords", "estimated for Apple Silicon"),
    "apple_idle_estimate": QT_TRANSLATE_NOOP("CostWords", "estimated for Apple Silicon"),
    "apu_package_power": QT_TRANSLATE_NOOP(
        "CostWords",
        "{gpus}: the chip's configurable power up to {package_power_watts} W × {decode_factor} while generating + "
        "{rest_of_system_watts} W for the rest of the system",
    ),
    "apu_laptop_power": QT_TRANSLATE_NOOP(
        "CostWords",
        "{gpus} in a laptop: the chip's default power, {package_power_watts} W (its maker may set 45–120 W), × "
        "{decode_factor} while generating + {rest_of_system_watts} W for the rest of the laptop",
    ),
    "gpu_board_power": QT_TRANSLATE_NOOP(
        "CostWords",
        "{gpus}: board power {board_power_watts} W × {decode_factor} while generating + "
        "{rest_of_system_watts} W for the rest of the system",
    ),
    "default_usage": QT_TRANSLATE_NOOP("CostWords", "a typical developer's heavy use"),
    "default_usage_capacity": QT_TRANSLATE_NOOP(
        # the tokens' input part is read at the prompt speed, faster (model.capacity_tokens_per_month): said, or
        # "8 h at 7.0 tok/s" read as 6.0 M beside 9.8 M (newcomer round); a no-break space keeps "8 h" on one line
        "CostWords",
        "what this computer can handle in {hours}\u00a0h a day, generating {tokens_per_second} tok/s and reading "
        "the input part (the prompts) faster",
    ),
    "default_working_day": QT_TRANSLATE_NOOP("CostWords", "a working day"),
    "default_api_model": QT_TRANSLATE_NOOP("CostWords", "the default API model"),
    "default_lifetime": QT_TRANSLATE_NOOP("CostWords", "a typical lifetime"),
    "default": QT_TRANSLATE_NOOP("CostWords", "default"),
    "hardware_owned": QT_TRANSLATE_NOOP("CostWords", "you already own the computer"),
    # hardware being considered (the app's what-if, a hand-written hardware file: costs.ownership) without a price
    "hardware_not_priced": QT_TRANSLATE_NOOP(
        "CostWords", "not counted: the price of the hardware you are considering was not given"
    ),
}
# A preset's API options, how the tutorial quoted each (by `ApiOption.model_id`; resources/cost_presets.json holds
# the figures): {amount} and {currency}, the option's fixed monthly fee in the preset's currency
PRESET_API_NOTES: dict[str, Msg] = {
    "gpt-4-turbo": QT_TRANSLATE_NOOP(
        "CostWords", "quoted in the tutorial as 40 USD per million tokens: 10 input + 30 output"
    ),
    "mistral-large-2402": QT_TRANSLATE_NOOP(
        "CostWords",
        "quoted in the tutorial as 27 USD per million tokens (input + output, like its GPT-4-turbo figure), split "
        "1:3 as Mistral Large's published 8/24 was",
    ),
    "llama-2": QT_TRANSLATE_NOOP(
        "CostWords",
        "a hosted instance at {amount} {currency} a month for 8 hours a day, 20 days a month, whatever the token count",
    ),
}


def preset_api_note(say: Speaker, option: Any) -> str | None:
    """How a preset's API option was quoted ("quoted in the tutorial as 40 USD per million tokens…"), or None."""
    msg = PRESET_API_NOTES.get(str(getattr(option, "model_id", "") or ""))
    if msg is None:
        return None
    amount = say.number(float(getattr(option, "fixed_per_month", 0.0) or 0.0), 0)
    return say.t(msg, amount=amount, currency=str(getattr(option, "currency", "") or ""))


COUNTRIES = {  # the countries of the electricity table (resources/electricity.json), by ISO code
    "ES": QT_TRANSLATE_NOOP("Countries", "Spain"),
    "DE": QT_TRANSLATE_NOOP("Countries", "Germany"),
    "FR": QT_TRANSLATE_NOOP("Countries", "France"),
    "GB": QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    "US": QT_TRANSLATE_NOOP("Countries", "United States"),
    "MX": QT_TRANSLATE_NOOP("Countries", "Mexico"),
    "AR": QT_TRANSLATE_NOOP("Countries", "Argentina"),
    "CO": QT_TRANSLATE_NOOP("Countries", "Colombia"),
    "CL": QT_TRANSLATE_NOOP("Countries", "Chile"),
    "PE": QT_TRANSLATE_NOOP("Countries", "Peru"),
    "BR": QT_TRANSLATE_NOOP("Countries", "Brazil"),
}
CONFIDENCE = {  # how sure the electricity table is of a country's price
    "high": QT_TRANSLATE_NOOP("CostWords", "high"),
    "medium": QT_TRANSLATE_NOOP("CostWords", "medium"),
    "low": QT_TRANSLATE_NOOP("CostWords", "low"),
}
HINTS: dict[str, Msg] = {  # what to type in the terminal to give the real value
    "country_fallback": QT_TRANSLATE_NOOP("CostWords", "use --country"),
    "country_not_in_table": QT_TRANSLATE_NOOP(
        "CostWords", "use --electricity-price with the price per kWh on your bill, and --currency with --usd-rate"
    ),
    "no_estimate_fallback": QT_TRANSLATE_NOOP("CostWords", "use --tokens-per-second"),
    "exchange_table/old": QT_TRANSLATE_NOOP("CostWords", "use --usd-rate"),
    "hardware_owned": QT_TRANSLATE_NOOP("CostWords", "use --hardware-cost to count buying it"),
    "hardware_not_priced": QT_TRANSLATE_NOOP("CostWords", "give it with --hardware-cost, or 0 if you already own it"),
}
NOTES: dict[str, Msg] = {  # `CostComparison.assumptions` that are notes, not inputs
    "api_price_converted": QT_TRANSLATE_NOOP(
        "CostWords", "{model}: prices converted from {from} to {to} at {usd_rate} per US dollar"
    ),
    "api_fixed_fee": QT_TRANSLATE_NOOP(
        "CostWords", "A fee of {per_month} a month is counted on top of the prices per token ({model})"
    ),
    "api_flat_fee": QT_TRANSLATE_NOOP(
        "CostWords", "{model} costs {per_month} a month, whatever the tokens: a flat fee, not a price per token"
    ),
    "capacity_exceeded": QT_TRANSLATE_NOOP(
        "CostWords", "Generating this needs {hours_per_day_needed} hours a day, more than the computer is on"
    ),
}
PER_US_DOLLAR = QT_TRANSLATE_NOOP("CostWords", "{rate} {currency} per US dollar")
YEAR = QT_TRANSLATE_NOOP("CostWords", "{years} year")
YEARS = QT_TRANSLATE_NOOP("CostWords", "{years} years")

BREAK_EVEN: dict[str, Msg] = {  # the verdict's kinds
    "never": QT_TRANSLATE_NOOP("CostWords", "never (the API costs less than the electricity alone)"),
    "at_once": QT_TRANSLATE_NOOP("CostWords", "at once (no hardware cost counted: it is already paid for)"),
    "unpriced": QT_TRANSLATE_NOOP(
        "CostWords", "not known yet, as the price of the hardware you are considering is not counted"
    ),
    "months": QT_TRANSLATE_NOOP("CostWords", "{months} months ({years} years)"),
    "past_lifetime": QT_TRANSLATE_NOOP(
        "CostWords", "{months} months, after the hardware's {lifetime}-year lifetime: in practice, never"
    ),
    "over_capacity": QT_TRANSLATE_NOOP(
        "CostWords",
        "not reachable on this computer: it cannot generate these tokens in the hours it is on "
        "(lower the tokens per month, or raise the hours on per day or the speed)",
    ),
}
# how to give the price a break-even of hardware being considered waits for, where it is read (the report has none)
UNPRICED_HINTS: dict[str, Msg] = {
    "cli": QT_TRANSLATE_NOOP("CostWords", "give it with --hardware-cost, or 0 if you already own it"),
    "app": QT_TRANSLATE_NOOP("CostWords", "type it in Hardware cost to see when it pays for itself"),
}
# the saving of hardware being considered whose price was not given ("unpriced"): before that price, never "at once"
UNPRICED_SAVING: dict[str, Msg] = {
    "cli": QT_TRANSLATE_NOOP(
        "CostWords", "Saving with local: {amount} a month, before the price of the hardware you are considering"
    ),
    "app": QT_TRANSLATE_NOOP(
        "CostWords",
        "Running it locally saves {amount} a month before the price of the hardware you are considering: type that "
        "price in Hardware cost to see when it pays for itself.",
    ),
}
# the machine cannot keep up (`CostComparison.capacity_ok` False): said above the totals it cannot reach
OVER_CAPACITY = QT_TRANSLATE_NOOP(
    "CostWords",
    "This computer cannot keep up: these tokens need {needed} hours of generation a day, but it is on {on} hours a "
    "day. The local total below is not achievable on it.",
)


def over_capacity(say: Speaker, hours_per_day_needed: float, hours_per_day: float) -> str:
    """The warning for a usage the machine cannot generate in the hours it is on: hours needed against hours on."""
    return say.t(OVER_CAPACITY, needed=say.number(hours_per_day_needed, 1), on=say.plain(float(hours_per_day)))


def unpriced_saving(say: Speaker, amount: str, surface: Surface = "app") -> str:
    """The monthly saving (`amount`, written with its currency) of hardware being considered whose price was not
    given: before that price, and (in the app) where to type it."""
    return say.t(UNPRICED_SAVING["cli" if surface == "cli" else "app"], amount=amount)


SAVING = QT_TRANSLATE_NOOP("CostWords", "Saving with local: {amount} a month")
API_CHEAPER = QT_TRANSLATE_NOOP("CostWords", "The API is cheaper by {amount} a month")


def saving(say: Speaker, kind: str, savings_per_month: float, amount: str, surface: Surface = "cli") -> str | None:
    """The month's verdict in one line, as `cost` prints it and the report carries it: the saving with local (before
    the hardware's price where that is not given), or how much cheaper the API is; None over capacity (the
    break-even says why). `amount` is |savings_per_month| written with its currency."""
    if kind == "over_capacity":
        return None
    if kind == "unpriced" and savings_per_month >= 0:
        return unpriced_saving(say, amount, "cli" if surface == "cli" else "app")
    return say.t(SAVING if savings_per_month >= 0 else API_CHEAPER, amount=amount)


# The other regions a person may be in (the Spanish-speaking ones the app's first page offers, Latin America's "419"):
# named where the table has no price for them ("no data for Uruguay", not "UY": code review, the app's page named it
# and the report and `cost` wrote its code)
REGIONS = {
    "BO": QT_TRANSLATE_NOOP("Countries", "Bolivia"),
    "CR": QT_TRANSLATE_NOOP("Countries", "Costa Rica"),
    "CU": QT_TRANSLATE_NOOP("Countries", "Cuba"),
    "DO": QT_TRANSLATE_NOOP("Countries", "Dominican Republic"),
    "EC": QT_TRANSLATE_NOOP("Countries", "Ecuador"),
    "GQ": QT_TRANSLATE_NOOP("Countries", "Equatorial Guinea"),
    "GT": QT_TRANSLATE_NOOP("Countries", "Guatemala"),
    "HN": QT_TRANSLATE_NOOP("Countries", "Honduras"),
    "NI": QT_TRANSLATE_NOOP("Countries", "Nicaragua"),
    "PA": QT_TRANSLATE_NOOP("Countries", "Panama"),
    "PR": QT_TRANSLATE_NOOP("Countries", "Puerto Rico"),
    "PY": QT_TRANSLATE_NOOP("Countries", "Paraguay"),
    "SV": QT_TRANSLATE_NOOP("Countries", "El Salvador"),
    "UY": QT_TRANSLATE_NOOP("Countries", "Uruguay"),
    "VE": QT_TRANSLATE_NOOP("Countries", "Venezuela"),
    "419": QT_TRANSLATE_NOOP("Countries", "Latin America"),
}


def country_name(say: Speaker, code: str, fallback: str = "") -> str:
    """A country of the electricity table, or another region a person may be in (`REGIONS`), in the language (its
    code for any other)."""
    msg = COUNTRIES.get(code.upper()) or REGIONS.get(code.upper())
    return say.t(msg) if msg else (fallback or code)


CUSTOM_API = "custom"  # costs.model's label for API prices typed by the person, not a priced model's
CUSTOM_API_LABEL = QT_TRANSLATE_NOOP("Costs", "your own prices")


FLAT_FEE = QT_TRANSLATE_NOOP("Costs", "{amount} a month, flat")  # a subscription's price, as `cost` writes it
SUBSCRIPTION_API = "subscription"  # costs.resolve's label for a flat monthly fee typed without a name
SUBSCRIPTION_API_LABEL = QT_TRANSLATE_NOOP("Costs", "a subscription")


def api_label(say: Speaker, label: str) -> str:
    """The API compared with: its model id as written, "your own prices" for prices the person typed, "a
    subscription" for a flat monthly fee typed without a name."""
    if label == CUSTOM_API:
        return say.t(CUSTOM_API_LABEL)
    if label == SUBSCRIPTION_API:
        return say.t(SUBSCRIPTION_API_LABEL)
    return label


def input_name(say: Speaker, name: str) -> str:
    msg = INPUTS.get(name)
    return say.t(msg) if msg else name.replace("_", " ")


def origin(say: Speaker, code: str, values: Mapping[str, Any], currency: str = "", surface: Surface = "app") -> str:
    """Where a cost input's value came from (an `InputOrigin`), in words, with the figures it names."""
    v = dict(values)
    key = code
    if code == "measured" and "measured_watts" in v:
        key = "measured/watts"
    elif code == "country_table" and v.get("table_currency") and v.get("table_currency") != currency:
        key = "country_table/converted"
    elif code == "exchange_table" and isinstance(v.get("months_old"), int):
        key = "exchange_table/old"
    elif code == "sizing_estimate" and not v.get("tier"):
        key = "sizing_estimate/none"
    elif code == "user" and isinstance(v.get("typed_currency"), str) and isinstance(v.get("amount"), int | float):
        key = "user/converted"
        v["amount"] = say.figure(float(v["amount"]), "money", str(v["typed_currency"]))
    elif code == "measured" and v.get("model"):
        key = "measured/model"
    elif code == "sizing_estimate" and v.get("model"):  # the model named, as the Recommendation page names it
        key = "sizing_estimate/model" + (
            "/calibrated" if v.get("calibrated_by") else "/other" if v.get("other_model") else ""
        )
    elif code == "sizing_estimate" and v.get("calibrated_by"):
        key = "sizing_estimate/calibrated"
    elif code in ("cpu_only_estimate", "cpu_only_idle_estimate") and v.get("integrated_gpus"):
        key, v["gpus"] = f"{code}/integrated", v["integrated_gpus"]
    elif code in ("cpu_only_estimate", "cpu_only_idle_estimate") and v.get("unused_gpus"):
        key, v["gpus"] = f"{code}/unused", v["unused_gpus"]
    if code == "country_currency" and isinstance(v.get("country"), str):  # its name, not its ISO code
        v["country"] = country_name(say, v["country"])
    if isinstance(v.get("locale_country"), str):  # the region without a row: "Uruguay", not "UY"
        v["locale_country"] = country_name(say, v["locale_country"])
    if v.get("country") in COUNTRIES and "name" in v:
        v["name"] = country_name(say, str(v["country"]), str(v["name"]))
    if code == "country_table" and isinstance(v.get("source"), str):  # our words around the publisher's title
        basis_values = v.get("basis_values")
        kind_values = v.get("source_values")
        v["source"] = electricity_source(
            say,
            v["source"],
            str(v.get("basis") or ""),
            basis_values if isinstance(basis_values, Mapping) else None,
            kind=str(v.get("source_kind") or ""),
            kind_values=kind_values if isinstance(kind_values, Mapping) else None,
        )
    if isinstance(v.get("table_price"), float) and isinstance(v.get("table_currency"), str):  # in its own currency
        v["table_price"] = say.figure(v["table_price"], "price_per_kwh", v["table_currency"])
    if v.get("confidence") in CONFIDENCE:
        v["confidence"] = say.t(CONFIDENCE[v["confidence"]])
    if "gpus" in v and isinstance(v["gpus"], list | tuple):
        v["gpus"] = ", ".join(str(g) for g in v["gpus"])
    if "fit" in v:
        v["fit"] = fit_in_sentence(say, v["fit"])
    # the dates of a table or preset, written out ("8 de mayo de 2026"): a table's after "of" ("tabla del {retrieved}",
    # so a month alone is "del mes de …"), a preset's in parentheses
    for name, after_of in (("as_of", True), ("retrieved", True), ("date", False)):
        if isinstance(v.get(name), str):
            v[name] = long_date(say, v[name], after_of=after_of)
    if isinstance(v.get("factor"), int | float):
        v["factor"] = say.plain(float(v["factor"]))
    if code == "default_usage_capacity":
        if isinstance(v.get("hours"), int | float):
            v["hours"] = say.plain(float(v["hours"]))
        if isinstance(v.get("tokens_per_second"), int | float):
            v["tokens_per_second"] = say.number(float(v["tokens_per_second"]), 1)
    if isinstance(v.get("decode_factor"), int | float):
        v["decode_factor"] = say.plain(float(v["decode_factor"]))
    key = _laptop_key(code, v) or key  # which laptop (or Mac) was assumed
    msg = ORIGINS.get(key) or LAPTOP_ORIGINS.get(key)
    if msg is None:
        return code.replace("_", " ")
    text = say.t(msg, **v)
    hint = HINTS.get(key) or HINTS.get(code)
    if surface == "cli" and hint is not None:
        text += f" ({say.t(hint)})"
    return text


def value_with_unit(say: Speaker, name: str, value: Any, currency: str) -> str:
    """A cost input's value as meant: 0,140 EUR/kWh, 0,8500 EUR per US dollar, 350 W, 3 years."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return str(value)
    if name == "tokens_per_month":
        return say.count(round(value))
    kind = figures.COST_INPUT_KINDS.get(name, "")
    shown = say.figure(float(value), kind, currency)  # a money figure with its currency's decimals
    if kind in ("money", "price_per_million") and currency:
        return f"{shown} {currency}"
    if kind == "price_per_kwh" and currency:
        return f"{shown} {currency}/kWh"
    if kind == "rate" and currency:
        return say.t(PER_US_DOLLAR, rate=shown, currency=currency)
    if kind == "years":
        return say.t(YEAR if value == 1 else YEARS, years=shown)
    units = {"watts": "W", "hours": "h", "speed": "tok/s"}
    return f"{shown} {units[kind]}" if kind in units else shown


def assumption(say: Speaker, code: str, values: Mapping[str, Any], surface: Surface = "app") -> str:
    """A cost comparison's assumption (an input's origin, or a note) in words."""
    currency = str(values.get("currency") or "")
    if code in NOTES:
        v = dict(values)
        if isinstance(values.get("model"), str):  # "a subscription", "your own prices": never the internal label
            v["model"] = api_label(say, values["model"])
        if isinstance(values.get("per_month"), int | float) and currency:
            v["per_month"] = say.money(float(values["per_month"]), currency)
        text = say.t(NOTES[code], **v)
        worded = v.get("model") != values.get("model")  # a sentence that starts with our words starts with a capital
        return text[:1].upper() + text[1:] if worded and text.startswith(str(v["model"])) else text
    name = str(values.get("input", ""))
    value = values.get("value")
    where = origin(say, code, values, currency, surface)
    # "value — where": an origin often has brackets of its own ("measured 120 W (nvml) + …", a terminal hint)
    if name == "country" and value is None and isinstance(values.get("country"), str):  # which one, by its name
        return f"{input_name(say, name)}: {country_name(say, values['country'])} — {where}"
    if value is None or isinstance(value, bool):
        return f"{input_name(say, name)}: {where}"
    return f"{input_name(say, name)}: {value_with_unit(say, name, value, currency)} — {where}"


def break_even(
    say: Speaker, kind: str, months: float | None, lifetime_years: float | None, surface: Surface = "report"
) -> str:
    """The break-even verdict (`kind`: never, at_once, unpriced, months, past_lifetime, over_capacity) in words; an
    "unpriced" one says, in the terminal and the app (`surface`), how to give the price it waits for."""
    msg = BREAK_EVEN.get(kind)
    if msg is None:
        return kind.replace("_", " ")
    if kind == "unpriced":
        hint = UNPRICED_HINTS.get(surface)
        return say.t(msg) + (f" ({say.t(hint)})" if hint else "")
    if kind in ("never", "at_once", "over_capacity") or months is None:
        return say.t(msg)
    return say.t(
        msg,
        months=say.number(months, 1),
        years=say.number(months / 12, 1),
        lifetime=say.plain(float(lifetime_years or 0)),
    )


# How an electricity table row's figure was taken from its publisher's source (`ElectricityPrice.basis`): the
# advisor's words around the publisher's own title ({source}, never translated)
ELECTRICITY_BASIS: dict[str, Msg] = {
    "reference": QT_TRANSLATE_NOOP("CostWords", "{source} (project reference)"),
    "rounded_in_reference": QT_TRANSLATE_NOOP("CostWords", "{source}, rounded as given in the project reference"),
    "range_midpoint": QT_TRANSLATE_NOOP(
        "CostWords", "{source}, midpoint of the usual range (range from the project reference)"
    ),
    "range_typical": QT_TRANSLATE_NOOP("CostWords", "{source}, typical value (range from the project reference)"),
    "estimate_lowered": QT_TRANSLATE_NOOP(
        "CostWords",
        "an estimate from {source}: {earlier} a kWh before the {fall_percent} % fall in domestic tariffs reported for "
        "{year}, lowered by it",
    ),
}


def electricity_source(
    say: Speaker,
    source: str,
    basis: str,
    values: Mapping[str, Any] | None = None,
    *,
    kind: str = "",
    kind_values: Mapping[str, Any] | None = None,
) -> str:
    """An electricity row's source in the reader's language, with how the figure was taken from it: the catalogue's
    sentence for its kind of source (`ELECTRICITY_SOURCES`, the publisher's name and dataset put in), or the
    publisher's title as written for a kind the catalogue does not have. The title itself stays in the data (the
    JSON's `source`)."""
    source = electricity_source_title(say, source, kind, kind_values)
    msg = ELECTRICITY_BASIS.get(basis)
    return say.t(msg, **{**(values or {}), "source": source}) if msg else source


# Which laptop (or Mac) a power estimate assumed (`advisor/core/costs/laptop.py`): the key `_laptop_key` picks from
# the origin's values — `laptop` (the evidence: "gpu_name", "battery", "cpu_name"), `laptop_gpu`, `laptop_cpu`,
# `chip` (an Apple chip, whose name does not tell a MacBook from a desktop Mac), `desktop` (a Mac without a battery)
LAPTOP_ORIGINS: dict[str, Msg] = {
    "laptop_idle_estimate": QT_TRANSLATE_NOOP("CostWords", "estimated for a laptop"),
    "laptop_idle_estimate/gpu_name": QT_TRANSLATE_NOOP("CostWords", "estimated for a laptop with {laptop_gpu}"),
    "laptop_idle_estimate/cpu_name": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for a laptop or mini PC with {laptop_cpu}"
    ),
    # a battery: detected, or written in a hardware file ("battery": true), so said as what the machine has
    "laptop_idle_estimate/battery": QT_TRANSLATE_NOOP("CostWords", "estimated for a laptop: the machine has a battery"),
    "gpu_board_power/laptop": QT_TRANSLATE_NOOP(
        "CostWords",
        "estimated for a laptop with {gpus}: graphics power {board_power_watts} W × {decode_factor} while generating "
        "+ {rest_of_system_watts} W for the rest of the laptop",
    ),
    "cpu_only_estimate/laptop_cpu": QT_TRANSLATE_NOOP(
        "CostWords",
        "estimated for a laptop or mini PC with {laptop_cpu}: {cpu_base_power_watts} W of processor base power while "
        "generating + {rest_of_system_watts} W for the rest",
    ),
    "cpu_only_estimate/laptop_with_cpu": QT_TRANSLATE_NOOP(
        "CostWords",
        "estimated for a laptop with {laptop_cpu}: {cpu_base_power_watts} W of processor base power while generating "
        "+ {rest_of_system_watts} W for the rest of the laptop",
    ),
    "cpu_only_estimate/laptop_gpu": QT_TRANSLATE_NOOP(
        "CostWords",
        "estimated for a laptop with {laptop_gpu}, generating on its processor: {cpu_base_power_watts} W for a typical "
        "laptop processor + {rest_of_system_watts} W for the rest of the laptop",
    ),
    "cpu_only_estimate/laptop": QT_TRANSLATE_NOOP(
        "CostWords",
        "estimated for a laptop, as the machine has a battery: {cpu_base_power_watts} W for a typical laptop "
        "processor while generating + {rest_of_system_watts} W for the rest of the laptop",
    ),
    "apple_estimate/chip": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for {chip}; a MacBook and a desktop Mac with this chip are not told apart"
    ),
    "apple_idle_estimate/chip": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for {chip}; a MacBook and a desktop Mac with this chip are not told apart"
    ),
    # no battery: detected, or `"battery": false` in a hardware file (a Mac mini, an iMac, a Mac Studio)
    "apple_estimate/desktop": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for a desktop Mac with {chip}, as the machine has no battery"
    ),
    "apple_idle_estimate/desktop": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for a desktop Mac with {chip}, as the machine has no battery"
    ),
    "apple_estimate/macbook": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for a MacBook with {chip}, as the machine has a battery"
    ),
    "apple_idle_estimate/macbook": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for a MacBook with {chip}, as the machine has a battery"
    ),
    "apple_estimate/macbook_chip": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for a MacBook with {chip}: Apple sold this chip in MacBooks only"
    ),
    "apple_idle_estimate/macbook_chip": QT_TRANSLATE_NOOP(
        "CostWords", "estimated for a MacBook with {chip}: Apple sold this chip in MacBooks only"
    ),
}


def _laptop_key(code: str, v: Mapping[str, Any]) -> str | None:
    """The `LAPTOP_ORIGINS` key for a power origin that assumed a laptop or an Apple chip; None for any other."""
    evidence = v.get("laptop")
    if code in ("apple_estimate", "apple_idle_estimate") and v.get("chip"):
        if evidence == "chip":  # a chip Apple sold in MacBooks only
            return f"{code}/macbook_chip"
        return f"{code}/macbook" if evidence else f"{code}/desktop" if v.get("desktop") else f"{code}/chip"
    if not evidence:
        return None
    if code == "gpu_board_power":
        return "gpu_board_power/laptop"
    if code == "laptop_idle_estimate":
        return f"{code}/{evidence}" if f"{code}/{evidence}" in LAPTOP_ORIGINS else code
    if code == "cpu_only_estimate":
        if v.get("laptop_cpu"):
            return "cpu_only_estimate/laptop_cpu" if evidence == "cpu_name" else "cpu_only_estimate/laptop_with_cpu"
        return "cpu_only_estimate/laptop_gpu" if v.get("laptop_gpu") else "cpu_only_estimate/laptop"
    return None


# An electricity row's kind of source (`resources/electricity.json`: `source_kind`, with the names and codes it puts
# in from `source_values`): the sentence the reader sees, in their language; the English one is the publisher's
# title as the table writes it (`source`), which stays in the data as published
ELECTRICITY_SOURCES: dict[str, Msg] = {
    "eurostat_household": QT_TRANSLATE_NOOP(
        "CostWords", "{publisher} household electricity prices incl. taxes ({dataset})"
    ),
    "price_cap": QT_TRANSLATE_NOOP(
        "CostWords", "{publisher} default tariff cap, Great Britain average, direct debit, incl. VAT"
    ),
    "average_residential": QT_TRANSLATE_NOOP("CostWords", "{publisher} average residential retail price, {year}"),
    "tiered_subsidised": QT_TRANSLATE_NOOP("CostWords", "{publisher} residential tariffs (tiered, subsidised)"),
    "tiered_subsidised/unnamed": QT_TRANSLATE_NOOP("CostWords", "Residential tariffs (tiered, subsidised)"),
    "estrato": QT_TRANSLATE_NOOP("CostWords", "Residential tariffs (estrato-dependent)"),
    "regulated_residential": QT_TRANSLATE_NOOP("CostWords", "Regulated residential tariffs"),
    "regulated_tariff_reported": QT_TRANSLATE_NOOP(
        "CostWords", "{publisher} regulated residential tariff {tariff}, {area}, incl. {tax} ({reporter}, {date})"
    ),
    "residential_incl_taxes": QT_TRANSLATE_NOOP("CostWords", "{publisher} residential tariffs incl. taxes"),
}


def electricity_source_title(say: Speaker, source: str, kind: str, values: Mapping[str, Any] | None = None) -> str:
    """An electricity row's source as the reader reads it: its kind's sentence with the publisher's name and codes
    put in; `source` (the publisher's title as written) for a kind the catalogue does not have."""
    v = dict(values or {})
    key = f"{kind}/unnamed" if kind and not v.get("publisher") and f"{kind}/unnamed" in ELECTRICITY_SOURCES else kind
    msg = ELECTRICITY_SOURCES.get(key)
    if msg is None:
        return source
    return say.t(msg, **v)
