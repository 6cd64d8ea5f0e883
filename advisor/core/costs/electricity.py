"""Bundled, dated household electricity prices per country, and the country this computer's locale points to."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from advisor.core.messages.language import system_locale
from advisor.core.names import UnknownNameError, close_names
from advisor.core.resources import load_json

_FILE = "electricity.json"
_ALIASES = {"UK": "GB", "USA": "US", "EEUU": "US"}


@dataclass(frozen=True)
class ElectricityPrice:
    country: str  # ISO 3166-1 alpha-2
    name: str
    price_per_kwh: float
    currency: str  # the currency the price is quoted in (Latin American rows are in USD, as the sources give them)
    period: str
    source: str  # the publisher's own title of the figures, as the publisher writes it (never translated)
    confidence: str  # "high" | "medium" | "low"
    local_currency: str  # the currency people in that country pay in: the default --currency
    price_range: tuple[float, float] | None = None
    # how the row's figure was taken from that source, in the advisor's own words (messages.costs.ELECTRICITY_BASIS):
    # "" (as published), "reference", "rounded_in_reference", "range_midpoint", "range_typical", "estimate_lowered"
    basis: str = ""
    basis_values: tuple[tuple[str, str | float], ...] = ()  # the figures those words name (estimate_lowered's)
    # the kind of source, for the reader's language (messages.costs.ELECTRICITY_SOURCES: its sentence, in English the
    # title above), and the publisher's name and codes that sentence puts in ("" and (): the title as written)
    source_kind: str = ""
    source_values: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ElectricityTable:
    retrieved: str
    source: str
    rows: tuple[ElectricityPrice, ...]

    @property
    def countries(self) -> tuple[str, ...]:
        return tuple(row.country for row in self.rows)

    def lookup(self, country: str) -> ElectricityPrice:
        """By ISO code ('ES', 'uk' works too) or English name ('Spain'); UnknownNameError("country") if neither."""
        wanted = country.strip().upper()
        wanted = _ALIASES.get(wanted, wanted)
        for row in self.rows:
            if wanted in (row.country, row.name.upper()):
                return row
        raise UnknownNameError("country", country, self.close_matches(country), known=self.countries)

    def close_matches(self, country: str) -> tuple[str, ...]:
        """Country codes whose code or English name look like `country` ('Spian' → 'ES')."""
        names = {row.name: row.country for row in self.rows} | {row.country: row.country for row in self.rows}
        return close_names(country, names, n=3, cutoff=0.5)


@cache
def bundled_table() -> ElectricityTable:
    raw = load_json(_FILE)
    rows = tuple(
        ElectricityPrice(
            country=r["country"],
            name=r["name"],
            price_per_kwh=float(r["price_per_kwh"]),
            currency=r["currency"],
            period=r["period"],
            source=r["source"],
            confidence=r["confidence"],
            local_currency=r["local_currency"],
            price_range=tuple(r["price_range"]) if r.get("price_range") else None,
            basis=r.get("basis", ""),
            basis_values=tuple(sorted((r.get("basis_values") or {}).items())),
            source_kind=r.get("source_kind", ""),
            source_values=tuple(sorted((r.get("source_values") or {}).items())),
        )
        for r in raw["countries"]
    )
    return ElectricityTable(retrieved=raw["retrieved"], source=raw["source"], rows=rows)


def country_from_locale(
    env: Mapping[str, str] | None = None,
    getlocale: Callable[[], tuple[str | None, str | None]] | None = None,
) -> str | None:
    """The country of the system's region ('es_MX.UTF-8' → 'MX', Windows' 'Spanish_Mexico' → 'MX'), if it names
    one: the region numbers are written for too (`messages.language.system_locale`), so the two never disagree.

    With an explicit `env`, the process locale is consulted only through an explicit `getlocale`."""
    return system_locale(env, getlocale).country
