"""Which language and which way of writing numbers: from `--lang`, else the system's locale, as the app decides too.

One rule (`system_locale()`) gives the language, the region numbers are written for and the country whose
electricity and currency the costs start from, so that the words, the figures and the country never disagree:

- the environment first, as Qt reads it on Linux: the first of LANGUAGE (its first entry), LC_ALL, LC_MESSAGES,
  LANG that names a locale gives the language and, when it names one, the region; when it names none, the region
  of another of those variables in the same language (LANGUAGE=es with LANG=es_MX: Mexico);
- where none of them is set (Windows, an app started from the macOS Finder), the process locale
  (`locale.getlocale()`): 'es_MX', or Windows' 'Spanish_Mexico' / 'English_United States' (never when the
  variables set the C locale, which names no region although Python calls it 'en_US');
- a language with no region is written as in its usual one (es: Spain, en: the United States), as QLocale does.

Any Spanish locale (es_ES, es_MX, es_AR...) gives Spanish, anything else English. The region (MX, ES, AR...)
decides how numbers are written, as CLDR (and so QLocale) writes them: 1.450,5 in Argentina, 1450,5 but 14.500,5 in
Spain, 1,450.5 in Mexico; in English too (en_ES writes 1.450,5).
"""

from __future__ import annotations

import contextlib
import locale
import math
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

LANGUAGES = ("en", "es")
_ENV_ORDER = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# 'es_MX.UTF-8', 'es-419', 'en_US@euro', 'es': a language code and maybe a region, then nothing or a suffix
_LOCALE = re.compile(r"^([a-zA-Z]{2,3})(?:[_-]([a-zA-Z]{2}|\d{3}))?(?=$|[._@-])")
_CODE_PAGE = re.compile(r"\.(\d+|utf-?8)$", re.IGNORECASE)  # Windows' '.1252' or '.utf8' (a name may hold dots)
# the region a language with none is written in (QLocale("es") is es_ES, QLocale("en") en_US)
_USUAL_REGION = {"es": "ES", "en": "US"}
# Windows names its locales in English, 'Spanish_Mexico.1252': the languages we tell apart
_WINDOWS_LANGUAGES = {
    "spanish": "es",
    "english": "en",
    "portuguese": "pt",
    "french": "fr",
    "german": "de",
    "italian": "it",
    "catalan": "ca",
    "galician": "gl",
    "basque": "eu",
}
# ...and its countries (every Spanish- and English-speaking one, the electricity table's, a few more), with the
# older spellings some Windows versions give; the names are compared lower-case, without dots or repeated spaces
_WINDOWS_REGIONS = {
    # Spanish-speaking
    "argentina": "AR",
    "bolivia": "BO",
    "chile": "CL",
    "colombia": "CO",
    "costa rica": "CR",
    "cuba": "CU",
    "dominican republic": "DO",
    "ecuador": "EC",
    "el salvador": "SV",
    "equatorial guinea": "GQ",
    "guatemala": "GT",
    "honduras": "HN",
    "latin america": "419",
    "mexico": "MX",
    "nicaragua": "NI",
    "panama": "PA",
    "paraguay": "PY",
    "peru": "PE",
    "puerto rico": "PR",
    "spain": "ES",
    "uruguay": "UY",
    "venezuela": "VE",
    "bolivarian republic of venezuela": "VE",
    # English-speaking
    "united states": "US",
    "united kingdom": "GB",
    "ireland": "IE",
    "canada": "CA",
    "australia": "AU",
    "new zealand": "NZ",
    "south africa": "ZA",
    "india": "IN",
    "singapore": "SG",
    "malaysia": "MY",
    "philippines": "PH",
    "republic of the philippines": "PH",
    "hong kong sar": "HK",
    "hong kong": "HK",
    "belize": "BZ",
    "jamaica": "JM",
    "trinidad and tobago": "TT",
    "caribbean": "029",
    "zimbabwe": "ZW",
    "nigeria": "NG",
    "kenya": "KE",
    "pakistan": "PK",
    "malta": "MT",
    # others
    "germany": "DE",
    "austria": "AT",
    "switzerland": "CH",
    "france": "FR",
    "belgium": "BE",
    "italy": "IT",
    "portugal": "PT",
    "brazil": "BR",
    "netherlands": "NL",
}

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


def _environment_names(env: Mapping[str, str]) -> list[str]:
    """The locale names the variables give, in the order they count (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    names = []
    for name in _ENV_ORDER:
        value = env.get(name, "")
        if name == "LANGUAGE":  # a priority list, "es_MX:es:en"
            value = value.split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith(("C.", "POSIX.")):
            names.append(value.split(".")[0].split("@")[0])
    return names


def locale_from_environment(env: Mapping[str, str] | None = None) -> str:
    """The user's locale name (`es_MX`, `en_GB`...) from the usual variables; "" when none says."""
    names = _environment_names(os.environ if env is None else env)
    return names[0] if names else ""


def locale_parts(locale_name: str | None) -> tuple[str, str]:
    """(language code, region) of a locale name as a system gives it: 'es_MX.UTF-8' → ('es', 'MX'), 'es-419' →
    ('es', '419'), Windows' 'Spanish_Mexico.1252' → ('es', 'MX'), 'English_United States' → ('en', 'US'); "" for
    what it does not name or we do not know (C, POSIX, 'Klingon_Qo'noS' → ('', ''))."""
    name = (locale_name or "").strip()
    if not name or name in ("C", "POSIX") or name.startswith(("C.", "POSIX.")):
        return "", ""
    match = _LOCALE.match(name)
    if match:
        return match.group(1).lower(), (match.group(2) or "").upper()
    language_name, _, country = _CODE_PAGE.sub("", name).partition("_")
    words = " ".join(language_name.lower().split())
    language = _WINDOWS_LANGUAGES.get(words.split(" ")[0] if words else "", "")
    return language, _WINDOWS_REGIONS.get(" ".join(country.lower().replace(".", "").split()), "")


def region_of(locale_name: str) -> str:
    """The region of a locale name ('es_MX.UTF-8' → 'MX', 'es-419' → '419', 'Spanish_Mexico' → 'MX'); "" when it
    names none."""
    return locale_parts(locale_name)[1]


def language_of(locale_name: str) -> str:
    """ "es" for any Spanish locale ('es_AR', 'Spanish_Mexico'), else "en"."""
    return "es" if locale_parts(locale_name)[0] == "es" else "en"


def half_up(value: float, decimals: int) -> Decimal:
    """`value` rounded to `decimals` decimals as it is written (107.725 → 107.73), halves up: the one rounding of
    every figure, the app's too (`advisor.qt.fmt.number`: QLocale rounds the binary value, 107.72499…, to 107.72, and
    the app said 107.72 MXN where the command line said 107.73: app review). Raises InvalidOperation past Decimal's
    range."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


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
            rounded = half_up(value, decimals)
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
    return number_style_in(region_of(locale_name), language)


def number_style_in(region: str, language: str) -> NumberStyle:
    """How `language` is written in `region` ('MX', 'ES', '419', "" for the language's usual one)."""
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


@dataclass(frozen=True)
class SystemLocale:
    """The system's language and region, read once by one rule (`system_locale`) for everything that follows it."""

    language: str  # "es" | "en": the words, unless --lang or the app's menu say otherwise
    region: str  # "MX", "ES", "419"...; "" when nothing names one: how numbers are written, the costs' country

    @property
    def country(self) -> str | None:
        """The region when it is a country ('MX'; not Latin America's '419'): the costs' default country."""
        return self.region if len(self.region) == 2 and self.region.isalpha() else None

    def numbers(self, language: str | None = None) -> NumberStyle:
        """How `language` (this locale's own when None) is written in this region (Spanish in Mexico: 1,450.5)."""
        return number_style_in(self.region, language or self.language)


def _c_locale(env: Mapping[str, str]) -> bool:
    """The process locale is C or POSIX, set so by the environment (LANG=C.UTF-8 in a container): it names no
    language or region, although Python's `getlocale()` calls it 'en_US'."""
    ctype = next((env[name] for name in ("LC_ALL", "LC_CTYPE", "LANG") if env.get(name)), "")
    return ctype in ("C", "POSIX") or ctype.startswith(("C.", "POSIX."))


def system_locale(
    env: Mapping[str, str] | None = None,
    getlocale: Callable[[], tuple[str | None, str | None]] | None = None,
) -> SystemLocale:
    """The language and region of this system, by the rule in this module's docstring.

    With an explicit `env` (tests), the process locale is read only through an explicit `getlocale`."""
    environ = os.environ if env is None else env
    reader = getlocale or (locale.getlocale if env is None else None)
    named = [parts for parts in map(locale_parts, _environment_names(environ)) if parts[0]]
    language, region = named[0] if named else ("", "")
    if language and not region:  # LANGUAGE=es, LANG=es_MX.UTF-8: Spanish in Mexico (as QLocale.system() says)
        region = next((r for lang, r in named[1:] if lang == language and r), "")
    if reader is not None and not region and not _c_locale(environ):
        system = ("", "")
        with contextlib.suppress(ValueError):  # an unparsable locale setting is not ours to report
            system = locale_parts(reader()[0])
        if not language:
            language, region = system
        elif system[0] == language:
            region = system[1]
    return SystemLocale("es" if language == "es" else "en", region or _USUAL_REGION.get(language, ""))
