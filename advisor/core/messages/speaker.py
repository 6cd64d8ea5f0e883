"""A `Speaker` words things in one language: it looks messages up, fills their placeholders, writes figures.

The CLI makes one from `--lang` or the environment, the app from its language menu, the report uses the one it is
given; all three then say the same sentence for the same code.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import cached_property
from typing import Any

from advisor.core.messages import figures
from advisor.core.messages.language import (
    ENGLISH_NUMBERS,
    LANGUAGES,
    NumberStyle,
    number_style,
    system_locale,
)
from advisor.core.messages.translations import QT_TRANSLATE_NOOP, Msg, translations

TOKENS_PER_SECOND = QT_TRANSLATE_NOOP("Units", "{speed} tokens/s")
GIB = 1024**3
MIB = 1024**2
DASH = "—"

# a message value's name → the kind of figure it is (figures.KINDS), where one decimal would mislead
VALUE_KINDS: dict[str, str] = {
    **figures.COST_INPUT_KINDS,
    "table_price": "price_per_kwh",
    "per_month": "money",
    "hours_per_day_needed": "hours",
    "generation_hours_per_month": "hours",
    "powered_on_hours_per_month": "hours",
    "tokens_per_second": "speed",
    "min_tokens_per_second": "speed",
    "dense_tokens_per_second": "speed",
    "cpu_tokens_per_second": "speed",
    "cpu_prompt_tokens_per_second": "speed",
    "prompt_tokens_per_second": "speed",
    "now_tokens_per_second": "speed",
    "now_prompt_tokens_per_second": "speed",
    "bandwidth_gbps": "gbps",
    "board_power_watts": "watts",
    "measured_watts": "watts",
    "unmetered_watts": "watts",
    "rest_of_system_watts": "watts",
    "timeout_s": "seconds",
    "months": "months",
}


# the GPU variant the GPU table names an Apple chip's GPU by ("Apple M3 Max (40-core GPU)"): the advisor's words
_CORE_GPU = re.compile(r"\((\d{1,3})-core GPU\)")
CORE_GPU = QT_TRANSLATE_NOOP("Hardware", "{cores}-core GPU")


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:  # a template naming a value the code did not give: "?" not a crash
        return "?"


class Speaker:
    """Words and figures in one language. Cheap to make; translations are read once per language."""

    def __init__(self, language: str = "en", numbers: NumberStyle | None = None) -> None:
        self.language = language if language in LANGUAGES else "en"
        self.numbers = numbers or (ENGLISH_NUMBERS if self.language == "en" else number_style("", self.language))

    @classmethod
    def from_environment(cls, language: str | None = None, env: Mapping[str, str] | None = None) -> Speaker:
        """`language` when given (`--lang`), else the system's; numbers the system's region's way, whatever the
        language (English words in Spain write 1.450,5, as the app does with the same choice). The region is the
        one the costs' default country comes from (`language.system_locale`: the environment, else the
        process locale, e.g. Windows' 'Spanish_Mexico'); `env` given: that environment only (tests)."""
        system = system_locale(env)
        chosen = language if language in LANGUAGES else system.language
        return cls(chosen, system.numbers(chosen))

    @cached_property
    def _table(self) -> dict[tuple[str, str], str]:
        return translations(self.language)

    # ------------------------------------------------------------------ words
    def translate(self, context: str, source: str) -> str:
        """The message `source` (English, as written in the code) in this language; English when untranslated.

        Written as a call `translate("Context", "text")` so that pyside6-lupdate extracts it."""
        return self._table.get((context, source), source)

    def t(self, msg: Msg, /, **values: Any) -> str:
        """`msg` (made by `QT_TRANSLATE_NOOP`) in this language, its `{placeholders}` filled with `values` written
        this language's way."""
        return self.fill(self.translate(msg.context, str(msg)), values)

    def fill(self, template: str, values: Mapping[str, Any]) -> str:
        return template.format_map(_Missing(self.values(values)))

    def values(self, values: Mapping[str, Any]) -> dict[str, str]:
        """Each value as text: byte counts (`*_bytes`) as GiB, floats with the decimals their kind needs (an
        exchange rate 0,8500, an electricity price 0,140), whole numbers grouped (4.096 in Spanish); a money figure
        with the decimals of the `currency` among the values (23.539 COP, 4,35 EUR)."""
        currency = values.get("currency")
        currency = currency if isinstance(currency, str) else ""
        out: dict[str, str] = {}
        for key, value in values.items():
            if value is None:
                out[key] = DASH
            elif isinstance(value, bool):
                out[key] = str(value)
            elif isinstance(value, int | float) and key.endswith("_bytes"):
                out[key] = self.gib(value)
            elif isinstance(value, float):
                out[key] = self.figure(value, VALUE_KINDS.get(key, ""), currency)
            elif isinstance(value, int):
                out[key] = self.count(value)
            else:
                out[key] = self.hardware_name(str(value))
        return out

    def hardware_name(self, name: str) -> str:
        """A hardware name with the variant words the advisor adds to it in this language: the GPU table's "Apple M4
        (10-core GPU)" is "Apple M4 (GPU de 10 núcleos)" in Spanish, as Apple's own Spanish pages write it; any other
        text as it is."""
        if "-core GPU)" not in name:
            return name
        return _CORE_GPU.sub(lambda m: "(" + self.t(CORE_GPU, cores=int(m[1])) + ")", name)

    # ------------------------------------------------------------------ figures
    def number(self, value: float, decimals: int = 1) -> str:
        return self.numbers.number(float(value), decimals)

    def count(self, value: int | None) -> str:
        return DASH if value is None else self.numbers.count(int(value))

    def figure(self, value: float | None, kind: str, currency: str = "") -> str:
        """`value` with the decimals its kind needs (`figures.KINDS`; a money kind: `currency`'s, `figures.decimals`);
        a plain float: as few as it needs (≤ 2)."""
        if value is None or not math.isfinite(value):
            return DASH
        if kind in figures.KINDS:
            return figures.figure(value, kind, self.number, currency)
        if kind == "seconds":
            return self.number(value, 0 if float(value).is_integer() else 1)
        return self.plain(value)

    def plain(self, value: float) -> str:
        """A figure without a kind, like `:g` but the language's way: 5, 7.5, 12.25."""
        for places in (0, 1, 2):
            if round(value, places) == round(value, 6):
                return self.number(value, places)
        return self.number(value, 2)

    def gib(self, n_bytes: float | None, decimals: int = 1) -> str:
        """Memory for people: MiB below 1 GiB, else GiB with one decimal."""
        if n_bytes is None:
            return DASH
        if abs(n_bytes) < GIB:
            mib = n_bytes / MIB
            # a few MiB keep their decimal (2.5 MiB, not "3 MiB" that 32 copies of would not add up to 80)
            small = abs(mib) < 10 and round(mib, 1) != round(mib)
            return f"{self.number(mib, 1 if small else 0)} MiB"
        return f"{self.number(n_bytes / GIB, decimals)} GiB"

    def money(self, value: float | None, currency: str, kind: str = "money") -> str:
        """An amount (or, with `kind`, a price per kWh or per million tokens) and its currency, with the decimals
        that currency is written with: 4,35 EUR, 0,435 EUR, 23.539 COP — the one way the CLI, the app and the report
        write money (`figures.decimals`)."""
        return DASH if value is None else f"{self.figure(value, kind, currency)} {currency}".rstrip()

    def speed(self, tokens_per_second: float | None) -> str:
        return DASH if tokens_per_second is None else self.t(TOKENS_PER_SECOND, speed=self.number(tokens_per_second, 1))


ENGLISH = Speaker("en")
