"""The cost model: local (electricity + amortisation) against an API, exactly as issue 6 writes it.

Everything here is pure arithmetic over explicit inputs (the one look-up: an `api_model_id` without prices is
priced from the bundled genai-prices data). Defaults and where they came from are `defaults.py`'s job.

    input tokens = N × F;  output tokens = N × (1 − F)
    generation hours = (output ÷ T + input ÷ prompt speed) ÷ 3600;  powered-on hours = H × D
    electricity = (generation hours × W + max(powered-on − generation, 0) × idle W) × P ÷ 1000
    amortisation = (C − V) ÷ (Y × 12);  local = electricity + amortisation
    API = input ÷ 1e6 × input price + output ÷ 1e6 × output price  (+ a flat monthly fee, for hosted instances)
    break-even months = C ÷ (API − electricity) when positive, else None
    break-even verdict: "over_capacity" (not capacity ok), "never" (API − electricity ≤ 0), "unpriced" (C = 0 as
                        the price of hardware being considered was not given), "at_once" (C = 0: already owned),
                        "past_lifetime" (months > Y × 12), else "months"
    capacity ok = generation hours ≤ powered-on hours
    capacity (tokens a month) = H × D × 3600 ÷ ((1 − F) ÷ T + F ÷ prompt speed)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

from advisor.core.costs.currency import bundled_rates, needs_usd_rate
from advisor.core.jsonio import finite_number
from advisor.core.types import SCHEMA_VERSION, Reason

if TYPE_CHECKING:
    from advisor.core.costs.prices import PriceData


class CostInputError(ValueError):
    """An input that makes no sense; `input` is the CostInputs field, `code` says what is wrong."""

    def __init__(self, input_name: str, code: str, value: object) -> None:
        super().__init__(f"{input_name}: {code.replace('_', ' ')} (got {value!r})")
        self.input = input_name
        self.code = code  # "must_be_positive", "must_not_be_negative", "out_of_range", "missing", ...
        self.value = value


@dataclass(frozen=True)
class InputOrigin:
    """Where one input's value came from: `code` ("user", "measured", "country_table", …) plus the facts."""

    input: str
    code: str
    values: dict[str, object] = field(default_factory=dict)


def table_rate_dates(currency: str, origins: Iterable[Any]) -> tuple[str, ...]:
    """The dates of the bundled exchange table's rates a comparison in `currency` used, oldest first: the rate to
    `currency` (none for dollars, nor for a typed `--usd-rate`) and the rate from the currency an electricity price
    was published in (the table's euros for Spain turned into dollars). `origins`: InputOrigins, or their JSON
    (a saved report's)."""

    def part(origin: Any, name: str) -> Any:
        return origin.get(name) if isinstance(origin, Mapping) else getattr(origin, name, None)

    dates: set[str] = set()
    for origin in origins:
        values = part(origin, "values")
        values = values if isinstance(values, Mapping) else {}
        code, name = part(origin, "code"), part(origin, "input")
        if name == "usd_rate" and code == "exchange_table" and needs_usd_rate(currency):
            as_of = values.get("as_of")
            if isinstance(as_of, str):
                dates.add(as_of)
        elif name == "electricity_price_per_kwh" and code == "country_table":
            source = values.get("table_currency")
            if isinstance(source, str) and source.upper() != currency.upper() and needs_usd_rate(source):
                dates.add(bundled_rates().date_of(source))
    return tuple(sorted(dates))


@dataclass(frozen=True, kw_only=True)
class CostInputs:
    tokens_per_month: float
    input_share: float = 0.5
    api_model_id: str | None = None
    api_price_input: float | None = None  # per million tokens, in `currency`
    api_price_output: float | None = None
    api_price_date: str | None = None  # shown next to a user-entered price when known
    api_fixed_per_month: float = 0.0  # a hosted instance billed by the month (the tutorial's Llama 2 on Azure)
    currency: str = "USD"
    usd_rate: float = 1.0  # units of `currency` for one US dollar
    electricity_price_per_kwh: float
    power_watts: float  # whole machine while generating
    idle_watts: float = 0.0  # whole machine switched on, not generating
    hours_per_day: float = 8.0
    days_per_month: float = 30.0
    tokens_per_second: float
    prompt_tokens_per_second: float
    hardware_cost: float = 0.0
    resale_value: float = 0.0
    lifetime_years: float = 3.0
    origins: tuple[InputOrigin, ...] = ()

    def origin(self, name: str) -> InputOrigin | None:
        return next((o for o in self.origins if o.input == name), None)

    def table_rate_dates(self) -> tuple[str, ...]:
        """The dates of the bundled table's rates these sums use, oldest first: none for dollars or a typed rate."""
        return table_rate_dates(self.currency, self.origins)

    def with_values(self, code: str = "user", **values: object) -> CostInputs:
        """A copy with `values` replaced and their origin set to `code` (what a user edit in the GUI does)."""
        kept = tuple(o for o in self.origins if o.input not in values)
        added = tuple(InputOrigin(name, code) for name in values)
        return dataclasses.replace(self, origins=kept + added, **values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ApiOption:
    """One API offer to compare against, in its own currency (USD for genai-prices data)."""

    label: str
    price_input_per_million: float
    price_output_per_million: float
    currency: str = "USD"
    fixed_per_month: float = 0.0
    price_date: str | None = None
    provider: str | None = None
    model_id: str | None = None
    price_since: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class LocalCost:
    electricity_per_month: float
    amortisation_per_month: float
    total_per_month: float
    cost_per_million_tokens: float
    energy_wh_per_million_tokens: float  # while generating; idle hours are not charged to tokens
    generation_hours_per_month: float
    powered_on_hours_per_month: float
    energy_kwh_per_month: float
    hours_per_day_needed: float  # generation hours ÷ days per month


@dataclass(frozen=True)
class ApiCost:
    model: str  # the label: 'openai/gpt-4o', 'custom', 'Llama 2, Azure (tutorial 2024-03)'
    price_input_per_million: float  # in the comparison's currency
    price_output_per_million: float
    price_date: str | None
    total_per_month: float
    cost_per_million_tokens: float
    fixed_per_month: float = 0.0
    provider: str | None = None
    model_id: str | None = None
    price_currency: str = "USD"  # the currency the price was published in
    price_input_per_million_published: float | None = None
    price_output_per_million_published: float | None = None
    price_since: str | None = None

    @property
    def flat_fee(self) -> bool:
        """A subscription's price: a monthly fee and no price per token (a fee beside prices is a hosted instance's)."""
        return bool(self.fixed_per_month) and not (self.price_input_per_million or self.price_output_per_million)


BreakEvenKind = Literal["at_once", "months", "past_lifetime", "never", "over_capacity", "unpriced"]
# the hardware cost's origin when the machine costed is one being considered (the app's what-if, a hand-written
# hardware file: `costs.ownership`) and its price was not given: its 0 is no price, not "already paid for"
NOT_PRICED = "hardware_not_priced"


@dataclass(frozen=True)
class BreakEven:
    """When the hardware pays for itself — the one verdict every front end and the report word.

    kind "at_once": no hardware cost counted (already owned), `months` 0; "months": after `months`, within the
    hardware's lifetime; "past_lifetime": after `months`, beyond `lifetime_years` (in practice, never); "never": the
    API costs less than the electricity alone, `months` None; "over_capacity": the machine cannot generate the tokens
    in the hours it is on, so no saving or break-even is reachable on it, `months` None; "unpriced": the hardware is
    one being considered (not owned) and its price was not given, so when it pays for itself is not known until it
    is, `months` None.
    JSON: {"kind", "months", "lifetime_years"}.
    """

    kind: BreakEvenKind
    months: float | None
    lifetime_years: float

    @property
    def pays_off(self) -> bool:
        """The hardware is paid back within its lifetime (at once or after some months)."""
        return self.kind in ("at_once", "months")

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> BreakEven | None:
        """The verdict from a comparison's JSON (`cost --json`, a report's "costs"): its "break_even", or for JSON
        written before that key existed, the same rule over "break_even_months" and "inputs"; None if unreadable."""
        raw = data.get("break_even")
        if isinstance(raw, Mapping):
            kind, months, years = (
                raw.get("kind"),
                _number_or_none(raw.get("months")),
                _number_or_none(raw.get("lifetime_years")),
            )
            for known in get_args(BreakEvenKind):
                if kind == known and years is not None:
                    return cls(known, months, years)
            return None
        inputs = data.get("inputs")
        months = _number_or_none(data.get("break_even_months"))
        if not isinstance(inputs, Mapping) or (months is None and data.get("break_even_months") is not None):
            return None
        cost, years = _number_or_none(inputs.get("hardware_cost", 0.0)), _number_or_none(inputs.get("lifetime_years"))
        if cost is None or years is None:
            return None
        capacity_ok = data.get("capacity_ok", True) is not False
        return break_even_verdict(months, hardware_cost=cost, lifetime_years=years, capacity_ok=capacity_ok)


def _number_or_none(value: object) -> float | None:
    return finite_number(value)


def break_even_verdict(
    months: float | None,
    *,
    hardware_cost: float,
    lifetime_years: float,
    capacity_ok: bool = True,
    priced: bool = True,
) -> BreakEven:
    """The verdict for a break-even of `months` (None: the API costs less than the electricity alone); a machine that
    cannot generate the tokens in the hours it is on (`capacity_ok` False) reaches none. A hardware cost of 0 is
    "already paid for" unless the price was not given (`priced` False: hardware being considered, see `NOT_PRICED`),
    when the break-even is not known yet."""
    if not capacity_ok:
        return BreakEven("over_capacity", None, lifetime_years)
    if months is None:
        return BreakEven("never", None, lifetime_years)
    if hardware_cost == 0:
        return BreakEven("at_once", 0.0, lifetime_years) if priced else BreakEven("unpriced", None, lifetime_years)
    if months > lifetime_years * 12:
        return BreakEven("past_lifetime", months, lifetime_years)
    return BreakEven("months", months, lifetime_years)


@dataclass(frozen=True)
class CostComparison:
    currency: str
    local: LocalCost
    api: ApiCost
    break_even_months: float | None  # kept for JSON readers of earlier versions: `break_even` says what it means
    capacity_ok: bool
    savings_per_month: float  # API − local; negative when the API is cheaper
    assumptions: tuple[Reason, ...]
    inputs: CostInputs
    break_even: BreakEven
    schema_version: int = SCHEMA_VERSION


@dataclass(frozen=True)
class CostRow:
    api: ApiCost
    break_even_months: float | None
    savings_per_month: float
    break_even: BreakEven


@dataclass(frozen=True)
class CostTable:
    """Several APIs against the same local setup and usage."""

    currency: str
    local: LocalCost
    rows: tuple[CostRow, ...]
    capacity_ok: bool
    assumptions: tuple[Reason, ...]
    schema_version: int = SCHEMA_VERSION


@dataclass(frozen=True)
class SeriesLine:
    label: str
    values: tuple[float, ...]
    price_date: str | None = None


@dataclass(frozen=True)
class CumulativeSeries:
    """Cumulative money spent, month by month: the hardware is paid at month 0 (resale not counted, as in the
    break-even formula), then electricity; each API line is its monthly bill added up."""

    currency: str
    months: tuple[int, ...]
    local: tuple[float, ...]
    apis: tuple[SeriesLine, ...]


# --------------------------------------------------------------------------- validation

_POSITIVE = (
    "tokens_per_month",
    "usd_rate",
    "electricity_price_per_kwh",
    "power_watts",
    "hours_per_day",
    "days_per_month",
    "tokens_per_second",
    "prompt_tokens_per_second",
    "lifetime_years",
)
_NOT_NEGATIVE = ("idle_watts", "hardware_cost", "resale_value", "api_fixed_per_month")
_LIMITS = {"input_share": (0.0, 1.0), "hours_per_day": (0.0, 24.0), "days_per_month": (0.0, 31.0)}


def _number(name: str, value: object) -> float:
    number = finite_number(value)
    if number is None:
        raise CostInputError(name, "not_a_number", value)
    return number


def validate(inputs: CostInputs) -> None:
    """Raise CostInputError naming the first input that makes no sense."""
    for name in _POSITIVE:
        if _number(name, getattr(inputs, name)) <= 0:
            raise CostInputError(name, "must_be_positive", getattr(inputs, name))
    for name in _NOT_NEGATIVE:
        if _number(name, getattr(inputs, name)) < 0:
            raise CostInputError(name, "must_not_be_negative", getattr(inputs, name))
    for name, (low, high) in _LIMITS.items():
        value = _number(name, getattr(inputs, name))
        if not low <= value <= high:
            raise CostInputError(name, "out_of_range", value)
    for name in ("api_price_input", "api_price_output"):
        value = getattr(inputs, name)
        if value is not None and _number(name, value) < 0:
            raise CostInputError(name, "must_not_be_negative", value)
    if (inputs.api_price_input is None) != (inputs.api_price_output is None):
        missing = "api_price_output" if inputs.api_price_output is None else "api_price_input"
        raise CostInputError(missing, "missing", None)
    if inputs.resale_value > inputs.hardware_cost:
        raise CostInputError("resale_value", "more_than_hardware_cost", inputs.resale_value)


# --------------------------------------------------------------------------- the arithmetic


def _token_split(inputs: CostInputs) -> tuple[float, float]:
    return inputs.tokens_per_month * inputs.input_share, inputs.tokens_per_month * (1 - inputs.input_share)


def local_cost(inputs: CostInputs) -> LocalCost:
    validate(inputs)
    n_in, n_out = _token_split(inputs)
    generation_h = (n_out / inputs.tokens_per_second + n_in / inputs.prompt_tokens_per_second) / 3600
    powered_on_h = inputs.hours_per_day * inputs.days_per_month
    energy_wh = generation_h * inputs.power_watts + max(powered_on_h - generation_h, 0.0) * inputs.idle_watts
    electricity = energy_wh * inputs.electricity_price_per_kwh / 1000
    amortisation = (inputs.hardware_cost - inputs.resale_value) / (inputs.lifetime_years * 12)
    total = electricity + amortisation
    millions = inputs.tokens_per_month / 1e6
    return LocalCost(
        electricity_per_month=electricity,
        amortisation_per_month=amortisation,
        total_per_month=total,
        cost_per_million_tokens=total / millions,
        energy_wh_per_million_tokens=generation_h * inputs.power_watts / millions,
        generation_hours_per_month=generation_h,
        powered_on_hours_per_month=powered_on_h,
        energy_kwh_per_month=energy_wh / 1000,
        hours_per_day_needed=generation_h / inputs.days_per_month,
    )


def api_option_from_inputs(inputs: CostInputs, *, data: PriceData | None = None) -> ApiOption:
    """The API that `inputs` names: a user-entered price (in `currency`), else `api_model_id` priced from `data`
    (default: bundled); raises UnknownNameError for a model the data does not price."""
    if inputs.api_price_input is not None and inputs.api_price_output is not None:
        return ApiOption(
            label=inputs.api_model_id or "custom",
            price_input_per_million=inputs.api_price_input,
            price_output_per_million=inputs.api_price_output,
            currency=inputs.currency,
            fixed_per_month=inputs.api_fixed_per_month,
            price_date=inputs.api_price_date,
            model_id=inputs.api_model_id,
        )
    if inputs.api_model_id is None:
        raise CostInputError("api_model_id", "missing", None)
    return api_option_for(inputs.api_model_id, data=data)


def api_option_for(model_id: str, *, data: PriceData | None = None) -> ApiOption:
    """A genai-prices model as an ApiOption (USD), from `data` (default: bundled); raises UnknownNameError."""
    from advisor.core.costs.prices import price_for

    price = price_for(model_id, data=data)
    return ApiOption(
        label=price.ref,
        price_input_per_million=price.input_per_million_usd,
        price_output_per_million=price.output_per_million_usd,
        currency="USD",
        price_date=price.price_date,
        provider=price.provider,
        model_id=price.model_id,
        price_since=price.price_since,
        notes=price.notes,
    )


def _factor(option: ApiOption, inputs: CostInputs) -> float:
    if option.currency.upper() == inputs.currency.upper():
        return 1.0
    if option.currency.upper() == "USD":
        return inputs.usd_rate
    raise CostInputError("currency", "cannot_convert", option.currency)


def api_cost(inputs: CostInputs, option: ApiOption) -> ApiCost:
    validate(inputs)
    for name in ("price_input_per_million", "price_output_per_million", "fixed_per_month"):
        if _number(name, getattr(option, name)) < 0:
            raise CostInputError(name, "must_not_be_negative", getattr(option, name))
    factor = _factor(option, inputs)
    price_in = option.price_input_per_million * factor
    price_out = option.price_output_per_million * factor
    fixed = option.fixed_per_month * factor
    n_in, n_out = _token_split(inputs)
    total = n_in / 1e6 * price_in + n_out / 1e6 * price_out + fixed
    return ApiCost(
        model=option.label,
        price_input_per_million=price_in,
        price_output_per_million=price_out,
        price_date=option.price_date,
        total_per_month=total,
        cost_per_million_tokens=total / (inputs.tokens_per_month / 1e6),
        fixed_per_month=fixed,
        provider=option.provider,
        model_id=option.model_id,
        price_currency=option.currency.upper(),
        price_input_per_million_published=option.price_input_per_million,
        price_output_per_million_published=option.price_output_per_million,
        price_since=option.price_since,
    )


def hardware_priced(inputs: CostInputs) -> bool:
    """Whether the hardware cost is a price (given, a preset's, or the 0 of a computer already owned), not the 0 of
    hardware being considered whose price was not given (`NOT_PRICED`)."""
    origin = inputs.origin("hardware_cost")
    return origin is None or origin.code != NOT_PRICED


def break_even_months(inputs: CostInputs, local: LocalCost, api: ApiCost) -> float | None:
    margin = api.total_per_month - local.electricity_per_month
    return inputs.hardware_cost / margin if margin > 0 else None


def break_even(inputs: CostInputs, local: LocalCost, api: ApiCost) -> BreakEven:
    """The break-even verdict of this local setup against this API (see `BreakEven`)."""
    return break_even_verdict(
        break_even_months(inputs, local, api),
        hardware_cost=inputs.hardware_cost,
        lifetime_years=inputs.lifetime_years,
        capacity_ok=within_capacity(local),
        priced=hardware_priced(inputs),
    )


def within_capacity(local: LocalCost) -> bool:
    """Whether the machine generates the tokens in the hours it is on."""
    return local.generation_hours_per_month <= local.powered_on_hours_per_month


def capacity_tokens_per_month(inputs: CostInputs) -> float:
    """The most tokens a month (at `input_share`) the machine generates in the hours it is on."""
    seconds_per_token = (1 - inputs.input_share) / inputs.tokens_per_second + (
        inputs.input_share / inputs.prompt_tokens_per_second
    )
    return inputs.hours_per_day * inputs.days_per_month * 3600 / seconds_per_token


def _assumptions(inputs: CostInputs, local: LocalCost, apis: Sequence[ApiCost]) -> tuple[Reason, ...]:
    out: list[Reason] = []
    for origin in inputs.origins:
        if origin.input == "usd_rate" and not needs_usd_rate(inputs.currency):
            continue  # dollars per dollar is no assumption ("1,000 USD por dólar" read as a thousand in Mexico)
        value = {"value": getattr(inputs, origin.input)} if hasattr(inputs, origin.input) else {}
        out.append(Reason(origin.code, {"input": origin.input, **value, **origin.values}))
    for api in apis:
        if api.price_currency != inputs.currency.upper():
            out.append(
                Reason(
                    "api_price_converted",
                    {
                        "model": api.model,
                        "from": api.price_currency,
                        "to": inputs.currency.upper(),
                        "usd_rate": inputs.usd_rate,
                    },
                )
            )
        if api.fixed_per_month:
            # a subscription's fee is its whole price ("also charges" read as a fee on top of one)
            code = "api_flat_fee" if api.flat_fee else "api_fixed_fee"
            out.append(Reason(code, {"model": api.model, "per_month": api.fixed_per_month}))
    if local.generation_hours_per_month > local.powered_on_hours_per_month:
        out.append(
            Reason(
                "capacity_exceeded",
                {
                    "generation_hours_per_month": local.generation_hours_per_month,
                    "powered_on_hours_per_month": local.powered_on_hours_per_month,
                    "hours_per_day_needed": local.hours_per_day_needed,
                },
            )
        )
    return tuple(out)


def compare(inputs: CostInputs, api: ApiOption | None = None) -> CostComparison:
    """Local against one API (`api`, else the one `inputs` names)."""
    local = local_cost(inputs)
    cost = api_cost(inputs, api or api_option_from_inputs(inputs))
    verdict = break_even(inputs, local, cost)
    return CostComparison(
        currency=inputs.currency.upper(),
        local=local,
        api=cost,
        break_even_months=verdict.months,
        capacity_ok=within_capacity(local),
        savings_per_month=cost.total_per_month - local.total_per_month,
        assumptions=_assumptions(inputs, local, [cost]),
        inputs=inputs,
        break_even=verdict,
    )


def _options(api_models: Sequence[str | ApiOption]) -> list[ApiOption]:
    return [api_option_for(m) if isinstance(m, str) else m for m in api_models]


def _row(inputs: CostInputs, local: LocalCost, cost: ApiCost) -> CostRow:
    verdict = break_even(inputs, local, cost)
    return CostRow(
        api=cost,
        break_even_months=verdict.months,
        savings_per_month=cost.total_per_month - local.total_per_month,
        break_even=verdict,
    )


def compare_many(inputs: CostInputs, api_model_ids: Sequence[str | ApiOption]) -> CostTable:
    """The same usage and local setup against several APIs (ids from genai-prices, or ready ApiOptions)."""
    local = local_cost(inputs)
    costs = [api_cost(inputs, option) for option in _options(api_model_ids)]
    return CostTable(
        currency=inputs.currency.upper(),
        local=local,
        rows=tuple(_row(inputs, local, c) for c in costs),
        capacity_ok=within_capacity(local),
        assumptions=_assumptions(inputs, local, costs),
    )


def cumulative_series(
    inputs: CostInputs, months: int | None = None, api_models: Sequence[str | ApiOption] | None = None
) -> CumulativeSeries:
    """Month 0…`months` (default: the hardware lifetime): local = C + electricity × m, each API = bill × m.

    `api_models` default to the API that `inputs` names."""
    local = local_cost(inputs)
    horizon = months if months is not None else max(1, round(inputs.lifetime_years * 12))
    if horizon < 1:
        raise CostInputError("months", "must_be_positive", months)
    options = _options(api_models) if api_models else [api_option_from_inputs(inputs)]
    steps = tuple(range(horizon + 1))
    lines = []
    for option in options:
        cost = api_cost(inputs, option)
        lines.append(SeriesLine(cost.model, tuple(cost.total_per_month * m for m in steps), cost.price_date))
    return CumulativeSeries(
        currency=inputs.currency.upper(),
        months=steps,
        local=tuple(inputs.hardware_cost + local.electricity_per_month * m for m in steps),
        apis=tuple(lines),
    )
