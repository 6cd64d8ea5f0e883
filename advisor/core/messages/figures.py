"""How many decimals each kind of figure is shown with, in every front end (CLI, app, report): data, no wording.

One table, so an electricity price reads 0.140 in English and 0,140 in Spanish, never 0,1. A `Speaker`
(`advisor.core.messages.speaker`) writes the number the language's way with `decimals(value, kind)` digits.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

NumberFormat = Callable[[float, int], str]
"""(value, decimals) → text in one language: `english_number` here, `Speaker.number` for any language."""


def english_number(value: float, decimals: int) -> str:
    """1,450.0: the CLI's (and the default report's) way of writing a number."""
    return f"{value:,.{decimals}f}"


@dataclass(frozen=True)
class Precision:
    decimals: int = 0  # at least this many decimals
    significant: int = 0  # more decimals for small values, until this many significant digits show
    whole: bool = False  # a whole value shows without decimals (8 h, 4 years)


KINDS: dict[str, Precision] = {
    "money": Precision(2),  # an amount: 12.34 EUR
    "price_per_kwh": Precision(3, significant=2),  # 0.140 EUR/kWh; 0.0045 stays 0.0045
    "price_per_million": Precision(3, significant=2),  # API price per million tokens: 0.150, 0.0075
    "rate": Precision(significant=4),  # exchange rate: 0.8500, 18.35, 4,101
    "watts": Precision(0),
    "hours": Precision(1, whole=True),
    "days": Precision(1, whole=True),
    "years": Precision(1, whole=True),
    "months": Precision(1),
    "speed": Precision(1),  # tokens per second
    "count": Precision(0),  # tokens, layers
    "share": Precision(2),  # a fraction: 0.50
    "joules": Precision(2, significant=2),  # energy per token: 0.35 J, 0.045 J
    "watt_hours": Precision(0),
    "gbps": Precision(1),  # memory bandwidth: 51.2 GB/s
    "gpu_gbps": Precision(0),  # a graphics card's: 504 GB/s
    "ms": Precision(0),
}

COST_INPUT_KINDS: dict[str, str] = {  # CostInputs field → its kind
    "tokens_per_month": "count",
    "input_share": "share",
    "hours_per_day": "hours",
    "days_per_month": "days",
    "electricity_price_per_kwh": "price_per_kwh",
    "power_watts": "watts",
    "idle_watts": "watts",
    "tokens_per_second": "speed",
    "prompt_tokens_per_second": "speed",
    "hardware_cost": "money",
    "resale_value": "money",
    "lifetime_years": "years",
    "usd_rate": "rate",
    "api_price_input": "price_per_million",
    "api_price_output": "price_per_million",
    "api_fixed_per_month": "money",
}


def decimals(value: float, kind: str) -> int:
    """Decimals to show `value` with as a figure of `kind` (an unknown kind: one decimal)."""
    p = KINDS.get(kind, Precision(1))
    if p.whole and float(value).is_integer():
        return 0
    places = p.decimals
    if p.significant and value and math.isfinite(value):
        places = max(places, p.significant - 1 - math.floor(math.log10(abs(value))))
    return min(places, 10)


def figure(value: float, kind: str, number: NumberFormat = english_number) -> str:
    """`value` as a figure of `kind`, written by `number` (English unless a front end passes its own)."""
    return number(float(value), decimals(float(value), kind))
