"""Which language and which way of writing numbers: from `--lang`, else the environment, as the app decides too.

The rule is the one Qt applies on Linux (`QLocale.system()` reads the same variables): LANGUAGE, then LC_ALL,
LC_MESSAGES and LANG; any Spanish locale (es_ES, es_MX, es_AR...) gives Spanish, anything else English. The
region (MX, ES, AR...) decides the decimal sign: 1.450,5 in Spain and Argentina, 1,450.5 in Mexico (CLDR).
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

LANGUAGES = ("en", "es")
_ENV_ORDER = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_LOCALE = re.compile(r"^([a-zA-Z]{2,3})(?:[_-]([a-zA-Z]{2}|\d{3}))?")

# Spanish-speaking regions that write 1,450.5 (CLDR): the others write 1.450,5
_DOT_DECIMAL_REGIONS = frozenset({"MX", "US", "PR", "DO", "GT", "HN", "NI", "PA", "SV", "PE", "419", "CU"})


def locale_from_environment(env: Mapping[str, str] | None = None) -> str:
    """The user's locale name (`es_MX`, `en_GB`...) from the usual variables; "" when none says."""
    env = os.environ if env is None else env
    for name in _ENV_ORDER:
        value = env.get(name, "")
        if name == "LANGUAGE":  # a priority list, "es_MX:es:en"
            value = value.split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith(("C.", "POSIX.")):
            return value.split(".")[0].split("@")[0]
    return ""


def language_of(locale_name: str) -> str:
    """ "es" for any Spanish locale, else "en"."""
    match = _LOCALE.match(locale_name or "")
    return "es" if match and match.group(1).lower() == "es" else "en"


@dataclass(frozen=True)
class NumberStyle:
    """How one region writes numbers: the decimal sign, the thousands sign, and from how many digits it groups
    (Spain writes 1450 but 14.500: grouping starts at five digits, as `QLocale("es_ES")` does)."""

    decimal: str = "."
    group: str = ","
    min_group_digits: int = 4

    def number(self, value: float, decimals: int = 1) -> str:
        """`value` with `decimals` decimals (halves rounded up, like QLocale), grouped the region's way."""
        if not math.isfinite(value):
            return "—"
        try:
            rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        except InvalidOperation:
            return f"{value:g}"
        text = f"{abs(rounded):f}"
        whole, _, frac = text.partition(".")
        if len(whole) >= self.min_group_digits:
            groups: list[str] = []
            while len(whole) > 3:
                groups.insert(0, whole[-3:])
                whole = whole[:-3]
            whole = self.group.join([whole, *groups])
        sign = "-" if rounded < 0 else ""
        return sign + whole + (self.decimal + frac if frac else "")

    def count(self, value: int) -> str:
        return self.number(float(value), 0)


ENGLISH_NUMBERS = NumberStyle()
SPANISH_NUMBERS = NumberStyle(decimal=",", group=".", min_group_digits=5)


def number_style(locale_name: str, language: str) -> NumberStyle:
    """The number style for a locale; with only a language, Spanish → Spain's style, English → 1,450.5."""
    if language != "es":
        return ENGLISH_NUMBERS
    match = _LOCALE.match(locale_name or "")
    region = (match.group(2) or "").upper() if match and match.group(1).lower() == "es" else ""
    if region in _DOT_DECIMAL_REGIONS:
        return NumberStyle(decimal=".", group=",", min_group_digits=4)
    return SPANISH_NUMBERS
