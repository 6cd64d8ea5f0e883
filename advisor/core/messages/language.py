"""Which language and which way of writing numbers: from `--lang`, else the environment, as the app decides too.

The rule is the one Qt applies on Linux (`QLocale.system()` reads the same variables): LANGUAGE, then LC_ALL,
LC_MESSAGES and LANG; any Spanish locale (es_ES, es_MX, es_AR...) gives Spanish, anything else English. The
region (MX, ES, AR...) decides how numbers are written, as CLDR (and so QLocale) writes them: 1.450,5 in Argentina,
1450,5 but 14.500,5 in Spain, 1,450.5 in Mexico; in English too (en_ES writes 1.450,5).
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
_DOT_DECIMAL_REGIONS = frozenset({"MX", "US", "PR", "DO", "GT", "HN", "NI", "PA", "SV", "PE", "419", "CU", "BZ", "BR"})
# Spanish locales that group only from five digits (1450,5 but 14.500,5), as es_ES does; es_AR writes 1.450,5
_FIVE_DIGIT_GROUPING = frozenset({"", "ES", "IC", "EA", "GQ", "PH"})
_NBSP, _NNBSP = "\u00a0", "\u202f"
_SPANISH_GROUPS = {"CR": _NBSP}  # es_CR groups with a no-break space
# English locales that write a decimal comma (CLDR: en_ES, en_DE...), with the sign that groups their thousands
_ENGLISH_COMMA_GROUPS = {
    **dict.fromkeys(("AT", "BE", "DE", "DK", "ES", "ID", "IT", "NL", "PL", "RO", "SI"), "."),
    **dict.fromkeys(("CZ", "EE", "FI", "HU", "LV", "LT", "NO", "PT", "SK", "ZA", "SE", "UA"), _NBSP),
    **dict.fromkeys(("FR", "GE"), _NNBSP),
}


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


def region_of(locale_name: str) -> str:
    """The region of a locale name ('es_MX.UTF-8' → 'MX', 'es-419' → '419'); "" when it names none."""
    match = _LOCALE.match(locale_name or "")
    return (match.group(2) or "").upper() if match else ""


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
    """The number style for a locale, as QLocale writes it; with only a language, Spanish → Spain's style, English →
    1,450.5."""
    region = region_of(locale_name)
    if language != "es":
        group = _ENGLISH_COMMA_GROUPS.get(region)
        if region == "CH":
            return NumberStyle(decimal=".", group="'")
        return NumberStyle(decimal=",", group=group) if group else ENGLISH_NUMBERS
    if region in _DOT_DECIMAL_REGIONS:
        return NumberStyle(decimal=".", group=",", min_group_digits=4)
    if region in _FIVE_DIGIT_GROUPING:
        return SPANISH_NUMBERS
    return NumberStyle(decimal=",", group=_SPANISH_GROUPS.get(region, "."), min_group_digits=4)
