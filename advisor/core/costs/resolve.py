"""Which figure wins: the precedence of a cost comparison's inputs, decided once for the command line and the app.

From lowest to highest: the defaults for this machine (documented estimates, the locale's country and currency;
a hardware cost of 0 that is "already owned" for a computer the user has, "not given" for a described one:
`ownership`) →
a preset (the tutorial's scenario) → a hardware file the user named (`--hardware`: its power and speed estimates) →
a server measurement (`--server-url`, the app's benchmark) → the user's own values (flags, edits in the app).
Every value keeps the origin it came from (`CostInputs.origins`: "preset", "measured", "user", ...).

The API compared follows two rules, the same wherever it is chosen:
- naming an API model prices it from the dated data: any typed price, its date and a monthly fee go (a fee belongs
  to the hosted offer it came with, such as the tutorial's Llama 2 on Azure);
- typing both prices per million tokens (in the comparison's currency) replaces the model's: the model's monthly
  fee goes too, and the label is the model named with them, else "custom"; a fee typed with them is counted on top;
- a monthly fee typed alone is a subscription: no price per token, the model named only its label, else
  "subscription"; a fee of 0 alone is no subscription (the API compared stays as it was).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from advisor.core.costs.currency import Money, convert
from advisor.core.costs.defaults import CostOf, default_inputs, serveable_default_usage
from advisor.core.costs.model import ApiOption, CostInputError, CostInputs, InputOrigin
from advisor.core.costs.ownership import for_origin, hardware_origin
from advisor.core.costs.presets import Preset, apply_preset
from advisor.core.types import HardwareProfile

# the inputs a machine's profile (and a server measurement) decide
MACHINE_INPUTS = ("power_watts", "idle_watts", "tokens_per_second", "prompt_tokens_per_second")
API_PRICES = ("api_price_input", "api_price_output")
# the inputs that are amounts of money, in the comparison's currency
MONEY_INPUTS = ("electricity_price_per_kwh", "hardware_cost", "resale_value", *API_PRICES, "api_fixed_per_month")
_API_FIELDS = ("api_model_id", *API_PRICES, "api_price_date", "api_fixed_per_month")

ProfileSource = HardwareProfile | Callable[[], HardwareProfile | None] | None
DefaultInputs = Callable[..., CostInputs]


def choose_api_model(inputs: CostInputs, model_id: str) -> CostInputs:
    """`inputs` comparing against `model_id`, priced from the dated data: typed prices, their date and any monthly
    fee go with the API they belonged to."""
    kept = tuple(o for o in inputs.origins if o.input not in _API_FIELDS)
    return dataclasses.replace(
        inputs,
        api_model_id=model_id.strip(),
        api_price_input=None,
        api_price_output=None,
        api_price_date=None,
        api_fixed_per_month=0.0,
        origins=(*kept, InputOrigin("api_model_id", "user")),
    )


SUBSCRIPTION_API = "subscription"  # the label of a flat monthly fee typed without a name (messages.costs words it)


def subscribe(inputs: CostInputs, fee_per_month: float, name: str | None = None) -> CostInputs:
    """`inputs` compared with a flat subscription of `fee_per_month` (ChatGPT Plus), whatever the tokens: no price per
    token and no publisher's date, labelled `name`, else SUBSCRIPTION_API. Only the fee (and a name given) is the
    person's: the zero prices are the subscription's, not typed (newcomer round: "is it cheaper than the 20 a
    month I pay?" had no answer, only per-token APIs)."""
    named = name.strip() if name and name.strip() else None
    kept = tuple(o for o in inputs.origins if o.input not in _API_FIELDS)
    mine = (InputOrigin("api_model_id", "user"),) if named else ()
    plain = dataclasses.replace(
        inputs,
        api_model_id=named or SUBSCRIPTION_API,
        api_price_input=0.0,
        api_price_output=0.0,
        api_price_date=None,
        api_fixed_per_month=0.0,
        origins=(*kept, *mine),
    )
    return plain.with_values("user", api_fixed_per_month=fee_per_month)


def set_api_prices(
    inputs: CostInputs, price_input: float, price_output: float, *, model_id: str | None = None
) -> CostInputs:
    """`inputs` with the user's own API prices per million tokens (in `inputs.currency`), labelled `model_id` (None:
    "custom"); a monthly fee goes, as the prices typed are the whole price."""
    return inputs.with_values(
        "user",
        api_model_id=model_id,
        api_price_input=price_input,
        api_price_output=price_output,
        api_fixed_per_month=0.0,
    )


def apply_user_values(inputs: CostInputs, user: Mapping[str, Any]) -> CostInputs:
    """`inputs` with the user's values (CostInputs field names: flags given, fields edited), each marked "user".

    An `api_model_id` chooses that model (`choose_api_model`); `api_price_input` and `api_price_output` go in pairs
    (`set_api_prices`, labelled with the `api_model_id` given with them): one without the other is a CostInputError
    naming the missing one. A fee typed with its own currency (a `Money`: "20USD") is converted into the currency
    counted, at the rate in use (the user's --usd-rate, else the bundled table's)."""
    values = dict(user)
    model = values.pop("api_model_id", None)
    prices = {name: values.pop(name) for name in API_PRICES if name in values}
    fee = values.pop("api_fixed_per_month", None)
    if values:
        inputs = inputs.with_values("user", **values)
    typed = fee if isinstance(fee, Money) else None
    if typed is not None:  # typed with its own currency ("20USD"): in the currency counted, at the rate used
        fee = convert(typed.amount, typed.currency, inputs.currency, target_usd_rate=inputs.usd_rate)
    if fee is not None and not prices and float(fee) > 0:
        subscribed = subscribe(inputs, float(fee), model if isinstance(model, str) else None)
        return serveable_default_usage(_typed_in(subscribed, typed))
    if fee is not None and not prices:  # 0 alone: no subscription (a free "API" would win every comparison)
        fee = None
    if isinstance(model, str):
        inputs = choose_api_model(inputs, model)
    if prices:
        missing = [name for name in API_PRICES if prices.get(name) is None]
        if missing:
            raise CostInputError(missing[0], "missing", None)
        inputs = set_api_prices(
            inputs,
            float(prices["api_price_input"]),
            float(prices["api_price_output"]),
            model_id=model if isinstance(model, str) else None,
        )
    if fee is not None:  # a monthly fee beside the prices typed (a hosted instance): both count
        inputs = _typed_in(inputs.with_values("user", api_fixed_per_month=float(fee)), typed)
    return serveable_default_usage(inputs)


def _typed_in(inputs: CostInputs, typed: Money | None) -> CostInputs:
    """`inputs` whose fee's origin says what was typed, where it was typed in another currency ("you entered 20.00
    USD"): the converted figure alone read as a sum the person never typed (code review)."""
    if typed is None:
        return inputs
    values = {"amount": typed.amount, "typed_currency": typed.currency}
    origins = tuple(
        InputOrigin(o.input, o.code, values) if o.input == "api_fixed_per_month" else o for o in inputs.origins
    )
    return dataclasses.replace(
        inputs, origins=origins
    )  # new hours or speed move a default usage the machine could not serve


def in_currency(user: Mapping[str, Any], source: str, target: str) -> dict[str, Any]:
    """The user's values (CostInputs field → value) for a comparison in `target` instead of `source`: each amount of
    money (`MONEY_INPUTS`) converted once, at the bundled rates, so a currency switch keeps what was typed; an
    exchange rate (`usd_rate`) and the currency itself go, as they belonged to `source`. Raises UnknownNameError for
    a currency without a rate."""
    from advisor.core.costs.currency import convert

    out: dict[str, Any] = {}
    for name, value in user.items():
        if name in ("currency", "usd_rate"):
            continue
        if name in MONEY_INPUTS and isinstance(value, int | float) and not isinstance(value, bool):
            out[name] = convert(float(value), source, target)
        else:
            out[name] = value
    return out


def unpaired_price(user: Mapping[str, Any]) -> tuple[str, str] | None:
    """(given, missing) when `user` has one API price without the other (they go in pairs, see
    `apply_user_values`), else None."""
    given = [name for name in API_PRICES if user.get(name) is not None]
    if len(given) != 1:
        return None
    return given[0], next(name for name in API_PRICES if name not in given)


def needs_profile(*, preset: Preset | None = None, user: Mapping[str, Any] | None = None) -> bool:
    """Whether some machine figure (power, speed) is left for the hardware to estimate: detecting a machine takes
    seconds, so it is done only then."""
    given = set(user or ()) | set(preset.values if preset is not None else ())
    return any(name not in given for name in MACHINE_INPUTS)


def _keep_from(base: CostInputs, inputs: CostInputs, names: Sequence[str]) -> CostInputs:
    """`inputs` with `names` (value and origin) taken back from `base`."""
    if not names:
        return inputs
    kept = tuple(o for o in inputs.origins if o.input not in names)
    restored = tuple(o for o in base.origins if o.input in names)
    return dataclasses.replace(inputs, origins=kept + restored, **{name: getattr(base, name) for name in names})


def resolve_inputs(
    profile: ProfileSource = None,
    *,
    hardware_file: bool = False,
    preset: Preset | None = None,
    measured: Any = None,
    user: Mapping[str, Any] | None = None,
    country: str | None = None,
    country_is_region: bool = False,
    currency: str | None = None,
    usd_rate: float | None = None,
    env: Mapping[str, str] | None = None,
    defaults: DefaultInputs = default_inputs,
    cost_of: CostOf = "recommended",
) -> CostInputs:
    """The inputs of a cost comparison, each with its origin, in the precedence this module's docstring gives.

    `profile`: the machine (or a function giving it, called only when a machine figure is left to estimate);
    `hardware_file`: that profile is a file the user named (or the app's what-if), so its figures beat a preset's,
    and unless it is a saved detection its price is not given (`ownership`: not a computer the user has);
    `measured`: a server `Benchmark` (or its JSON); `user`: the user's values by CostInputs field (see
    `apply_user_values`); `country`/`currency`/`usd_rate`: the user's, else the locale's and the bundled table's
    (`country_is_region`: the country is the app's region, not one the user picked for the costs: its origin says
    so); `defaults`: the function computing the defaults (a seam for the app's tests); `cost_of`: whose cost it is,
    the recommended model's or the model `measured` ran (a measurement counts only for the model it measured:
    `defaults.default_inputs`). Raises UnknownNameError for an unknown country or currency and CostInputError for
    an API price without its pair."""
    user = dict(user or {})
    machine = profile
    if callable(profile):
        machine = profile() if hardware_file or needs_profile(preset=preset, user=user) else None
    base = defaults(
        machine, measured=measured, country=country, currency=currency, usd_rate=usd_rate, env=env, cost_of=cost_of
    )
    described = machine if isinstance(machine, HardwareProfile) else None
    base = for_origin(base, hardware_origin(described, from_file=hardware_file))
    if country is not None and country_is_region:
        base = _country_from_region(base)
    inputs = base
    if preset is not None:
        inputs = apply_preset(base, preset)
        # a measurement beats the preset's assumed figures, and so do a named hardware file's estimates
        won = [name for name in MACHINE_INPUTS if hardware_file or _origin_code(base, name) == "measured"]
        inputs = _keep_from(base, inputs, won)
    return apply_user_values(inputs, user) if user else serveable_default_usage(inputs)


def _country_from_region(inputs: CostInputs) -> CostInputs:
    """`inputs` whose country (given as the user's) is said to come from the app's region."""
    origins = tuple(
        InputOrigin(o.input, "app_region", o.values) if o.input == "country" and o.code == "user" else o
        for o in inputs.origins
    )
    return dataclasses.replace(inputs, origins=origins)


def _origin_code(inputs: CostInputs, name: str) -> str | None:
    origin = inputs.origin(name)
    return origin.code if origin is not None else None


def comparison_options(preset: Preset | None, user: Mapping[str, Any] | None = None) -> tuple[str | ApiOption, ...]:
    """The APIs shown beside the one compared: a preset's other offers and today's prices for comparable models —
    unless the user named an API (a model or prices), which then stands alone."""
    if preset is None or any(name in (user or {}) for name in ("api_model_id", *API_PRICES)):
        return ()
    return (*preset.api_options[1:], *preset.today)
