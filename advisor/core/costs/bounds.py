"""How far an amount of money typed into a form may go, in the currency it is typed in.

The limits are set once in US dollars (a kWh between 0.001 and 10 USD, a computer up to a million dollars, an API
price per million tokens up to 1,000 USD) and scaled by the exchange rate of the currency shown, then rounded
generously to a round figure (1, 2 or 5 × a power of ten): 564.9 COP per kWh or a 3,500,000 COP computer fit their
fields in Colombia as 0.15 USD and 930 USD do in dollars.
The arrow keys' step is scaled the same way (`money_step`): 50 USD on a computer's price is 1,000 MXN and
200,000 COP, never 50 pesos on a 30,000 MXN card.
"""

from __future__ import annotations

import math

from advisor.core.messages.figures import currency_decimals

# field → (lowest, highest) in US dollars
USD_BOUNDS: dict[str, tuple[float, float]] = {
    "electricity_price_per_kwh": (0.001, 10.0),
    "hardware_cost": (0.0, 1_000_000.0),
    "api_price_input": (0.0, 1000.0),  # per million tokens
    "api_price_output": (0.0, 1000.0),
    "api_fixed_per_month": (0.0, 100_000.0),  # a subscription or a hosted instance, by the month
}
# field → one arrow-key step in US dollars (a cent on a kWh, 50 dollars on a computer, 10 cents per million tokens)
USD_STEPS: dict[str, float] = {
    "electricity_price_per_kwh": 0.01,
    "hardware_cost": 50.0,
    "api_price_input": 0.1,
    "api_price_output": 0.1,
    "api_fixed_per_month": 1.0,
}
# field → the decimals it shows in US dollars (0.075 per million tokens, a computer in whole dollars). A kWh keeps a
# tenth of a cent in every currency: tariffs are published so (CFE's 1.551 MXN, 109.746 ARS in the bundled table).
USD_DECIMALS: dict[str, int] = {
    "electricity_price_per_kwh": 3,
    "hardware_cost": 0,
    "api_price_input": 3,
    "api_price_output": 3,
    "api_fixed_per_month": 2,
}
# no paid chat plan costs less than a dollar a month (the cheapest, ChatGPT Go in India, is about 4.5 USD): a fee
# under it is a price read in the wrong currency (newcomer round: ChatGPT Plus's "20" typed in Argentina was 20 ARS,
# 0.02 USD, and "the API is cheaper by 540 ARS a month")
SUBSCRIPTION_MIN_USD = 1.0
CENTS_ONLY = ("api_price_input", "api_price_output")  # at most cents in a currency worth a tenth of a dollar or less
CENTS_RATE = 10.0  # MXN, ARS, COP, CLP: a tenth of a dollar or less
_ROUND = (1.0, 2.0, 5.0)
_TOLERANCE = 1e-9  # 1000 × 1.0 stays 1000, never 2000 through a rounding error


def _round_figures(x: float) -> list[float]:
    """The round figures (1, 2, 5 × 10ⁿ) around `x` > 0, smallest first."""
    exponent = math.floor(math.log10(x))
    return [m * 10.0**e for e in range(exponent - 1, exponent + 2) for m in _ROUND]


def round_up(x: float) -> float:
    """The smallest round figure (1, 2, 5 × 10ⁿ) at or above `x`; 0 for 0 or less."""
    if x <= 0:
        return 0.0
    return next(r for r in _round_figures(x) if r >= x * (1 - _TOLERANCE))


def round_down(x: float) -> float:
    """The largest round figure (1, 2, 5 × 10ⁿ) at or below `x`; 0 for 0 or less."""
    if x <= 0:
        return 0.0
    return next(r for r in reversed(_round_figures(x)) if r <= x * (1 + _TOLERANCE))


def money_bounds(name: str, usd_rate: float, value: float | None = None) -> tuple[float, float]:
    """(lowest, highest) for the money field `name` (a key of `USD_BOUNDS`) in a currency of `usd_rate` units per US
    dollar; `value`, a figure already computed for that field, is always inside (the range widens to hold it), so a
    field never shows less than the figure the totals use."""
    low_usd, high_usd = USD_BOUNDS[name]
    rate = usd_rate if math.isfinite(usd_rate) and usd_rate > 0 else 1.0
    low, high = round_down(low_usd * rate), round_up(high_usd * rate)
    if value is not None and math.isfinite(value):
        low = min(low, round_down(value)) if value < low else low
        high = max(high, round_up(value))
    return low, high


def round_nearest(x: float) -> float:
    """The round figure (1, 2, 5 × 10ⁿ) nearest to `x` (by ratio: 900 → 1000, 46 → 50, 0.18 → 0.2); 0 for 0 or less."""
    if x <= 0:
        return 0.0
    return min(_round_figures(x), key=lambda r: abs(math.log(r / x)))


def money_step(name: str, usd_rate: float) -> float:
    """One arrow-key step of the money field `name` (a key of `USD_STEPS`) in a currency of `usd_rate` units per US
    dollar: the dollar step in that currency, as a round figure."""
    rate = usd_rate if math.isfinite(usd_rate) and usd_rate > 0 else 1.0
    return round_nearest(USD_STEPS[name] * rate)


def money_decimals(name: str, usd_rate: float, currency: str = "") -> int:
    """The decimals the money field `name` (a key of `USD_DECIMALS`) shows in a currency of `usd_rate` units per US
    dollar: the dollar field's; an API price at most two (cents) in a currency worth a tenth of a dollar or less —
    0.075 USD per million tokens, but 105.53 ARS, never 105.525; and two fewer in a `currency` written without
    decimals (`figures.currency_decimals`), as the page's figures write it: 564.9 COP per kWh, 9416 COP per million
    tokens."""
    decimals = USD_DECIMALS[name]
    rate = usd_rate if math.isfinite(usd_rate) and usd_rate > 0 else 1.0
    if name in CENTS_ONLY and rate >= CENTS_RATE:
        decimals = min(decimals, 2)
    if currency:
        decimals = max(0, decimals - (2 - currency_decimals(currency)))
    return decimals


def below_any_plan(fee: float, usd_rate: float) -> bool:
    """Whether a monthly fee of `fee` (in a currency of `usd_rate` units per dollar) is under what any paid plan
    costs (`SUBSCRIPTION_MIN_USD`); no fee (0) is not."""
    rate = usd_rate if math.isfinite(usd_rate) and usd_rate > 0 else 1.0
    return 0 < fee < SUBSCRIPTION_MIN_USD * rate
