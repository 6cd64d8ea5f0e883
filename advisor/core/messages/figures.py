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
    trim: bool = False  # decimals past `decimals` that would only write zeros are left out (0.075, not 0.0750)
    # at most this many significant digits in a figure of one unit or more (0 = no cap): a peso tariff of 109.746
    # ARS/kWh shows as 109.7, not "109,746" (read as a hundred thousand where a comma is the decimal sign)
    most_significant: int = 0


KINDS: dict[str, Precision] = {  # money kinds (MONEY_KINDS): in a currency with cents; see decimals()
    "money": Precision(2),  # an amount: 12.34 EUR
    "price_per_kwh": Precision(
        3, significant=2, most_significant=4
    ),  # 0.140 EUR/kWh (tariffs keep a tenth of a cent); 0.0045 stays
    "price_per_million": Precision(2, significant=3, trim=True),  # per million tokens: 2.50, 0.435, 0.15, 0.075
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


MONEY_KINDS = frozenset({"money", "price_per_kwh", "price_per_million"})

# Currencies written without decimals: ISO 4217's minor unit 0 (the Chilean peso, the yen, the won…), and those whose
# minor unit exists on paper only — ISO 4217 gives the Colombian peso, the forint and the rupiah two decimals, but
# no coin, price or bill carries centavos, fillér or sen any more: Colombians write "23.539 COP", never ",38".
# The Argentine peso keeps its two: bills and electronic invoices still carry centavos.
WHOLE_UNIT_CURRENCIES = frozenset(
    {
        *("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF"),
        *("XPF", "COP", "HUF", "IDR"),
    }
)


def currency_decimals(currency: str) -> int:
    """The decimals an amount of `currency` is written with by the people who use it: 2 (cents), or 0 for a currency
    without a subunit in use (`WHOLE_UNIT_CURRENCIES`). Never 3: three decimals after a whole unit read as a
    thousands group (23.539,375 COP). An unknown or empty code: 2."""
    return 0 if currency.strip().upper() in WHOLE_UNIT_CURRENCIES else 2


def decimals(value: float, kind: str, currency: str = "") -> int:
    """Decimals to show `value` with as a figure of `kind` (an unknown kind: one decimal).

    A money figure (`MONEY_KINDS`) in `currency` — the one decision the CLI, the app's Costs page and the report
    share, so a figure reads the same in all three:
    - an amount (`money`): the currency's own decimals — 4.35 EUR, 1,077.25 MXN, 23,539 COP;
    - a price per million tokens: the same, and more below one unit until three significant digits show (0.435 EUR,
      0.128 EUR, 0.075 USD, 0.0075 USD; zeros past the currency's decimals left out: 0.15 USD), so a price of one
      unit or more never gets three (5.31 EUR, 23,539 COP);
    - a price per kWh: one decimal more than the currency's (0.260 EUR, 1.551 MXN, as tariffs are published;
      564.9 COP), and more for a tiny one, at most four significant digits from one unit up (109.7 ARS).
    A currency without a subunit in use (`currency_decimals` 0) shows two decimals fewer than one with cents; no
    currency given: as one with cents."""
    p = KINDS.get(kind, Precision(1))
    if p.whole and float(value).is_integer():
        return 0
    places = p.decimals
    if kind in MONEY_KINDS and currency:
        places = max(0, places - (2 - currency_decimals(currency)))
    least = places
    if p.significant and value and math.isfinite(value):
        places = min(max(places, p.significant - 1 - math.floor(math.log10(abs(value)))), 10)
    if p.trim and math.isfinite(value):
        while places > least and round(value, places - 1) == round(value, places):
            places -= 1
    if p.most_significant and math.isfinite(value) and abs(value) >= 1:
        places = min(places, max(0, p.most_significant - 1 - math.floor(math.log10(abs(value)))))
    return min(places, 10)


def figure(value: float, kind: str, number: NumberFormat = english_number, currency: str = "") -> str:
    """`value` as a figure of `kind`, written by `number` (English unless a front end passes its own); a money kind in
    `currency` with that currency's decimals (`decimals`)."""
    return number(float(value), decimals(float(value), kind, currency))
