"""Numbers as people read them in the chosen language (decimal comma in Spanish), with their units."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from advisor.core.messages import figures

GIB = 1024**3


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


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
