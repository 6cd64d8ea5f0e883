"""Numbers as people read them in the chosen region (1,450.5 in Mexico, 1.450,5 in Argentina), with their units.

Every figure goes through `QLocale()`, the default that `i18n.install_language` sets from the language and the
region; `number_style()` hands the same writing to the core's `Speaker`, so a sentence from the message catalogue,
a label, a field and the exported report write a number the same way.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass
from decimal import InvalidOperation

from PySide6.QtCore import QLocale

from advisor.core.messages import figures
from advisor.core.messages.language import NumberStyle, half_up

GIB = 1024**3


def number(value: float, decimals: int = 1) -> str:
    """`value` in the app's locale, rounded as the command line and the report round it (`language.half_up`); "—"
    for no number at all (NaN, infinity), as they write it."""
    if not math.isfinite(value):
        return "—"
    with contextlib.suppress(InvalidOperation):  # past Decimal's range: as QLocale writes it
        value = float(half_up(value, decimals))
    return QLocale().toString(float(value), "f", decimals)


@dataclass(frozen=True)
class QtNumbers(NumberStyle):
    """The app's QLocale as the core's `NumberStyle`: a `Speaker` made with it writes every figure as `number()`."""

    def number(self, value: float, decimals: int = 1) -> str:
        return number(value, decimals)

    def count(self, value: int) -> str:
        return QLocale().toString(int(value))


def number_style() -> NumberStyle:
    """How the app writes numbers now (its QLocale), for the core's `Speaker`."""
    locale = QLocale()
    group = locale.groupSeparator()
    if group in locale.toString(1000.0, "f", 0):
        min_group = 4
    elif group in locale.toString(10000.0, "f", 0):
        min_group = 5  # es_ES: 1450 but 14.500
    else:
        min_group = 99
    return QtNumbers(decimal=locale.decimalPoint(), group=group, min_group_digits=min_group)


def figure(value: float, kind: str) -> str:
    """`value` with the decimals its kind needs (core's `figures.KINDS`: 0,140 EUR/kWh, not 0,1)."""
    return figures.figure(value, kind, number)


def gib(n_bytes: int | None, decimals: int = 1) -> str:
    return "—" if n_bytes is None else f"{number(n_bytes / GIB, decimals)} GiB"


def size(n_bytes: int | None) -> str:
    """File sizes: MiB below 1 GiB, GiB above."""
    if n_bytes is None:
        return "—"
    if n_bytes < GIB:
        return f"{number(n_bytes / 1024**2, 0)} MiB"
    return gib(n_bytes)


def rate(bytes_per_second: float | None) -> str:
    """A download's speed, without "/s" (the sentence adds it): KiB below 1 MiB, MiB with one decimal below 10 MiB
    (a slow line reads "0.4 MiB"… never "0 MiB"), whole MiB above, GiB from 1 GiB."""
    if bytes_per_second is None or bytes_per_second < 0:
        return "—"
    if bytes_per_second < 1024**2:
        return f"{number(bytes_per_second / 1024, 0)} KiB"
    if bytes_per_second < 10 * 1024**2:
        return f"{number(bytes_per_second / 1024**2, 1)} MiB"
    if bytes_per_second < GIB:
        return f"{number(bytes_per_second / 1024**2, 0)} MiB"
    return f"{number(bytes_per_second / GIB, 1)} GiB"


def tokens_per_second(value: float | None) -> str:
    return "—" if value is None else f"{number(value, 1)} tok/s"


def money(value: float | None, currency: str, decimals: int = 2) -> str:
    return "—" if value is None else f"{number(value, decimals)} {currency}"


def count(value: int | None) -> str:
    return "—" if value is None else QLocale().toString(int(value))


def duration(seconds: float | None) -> str:
    """ETA-style: 1:05:07, 4:09, 0:07."""
    if seconds is None or seconds < 0:
        return "—"
    s = round(seconds)
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
