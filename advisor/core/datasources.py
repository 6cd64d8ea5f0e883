"""Where every bundled table comes from, in one shape: who published the figures, where, and the date they describe.

Each JSON table in `resources/` states its `publisher`, its `url` (`source_url` in gpus.json, which its build script
writes) and its date (`as_of`, `retrieved_at` or `retrieved`, whichever the table has); the API prices come from the
genai-prices package. The front ends and the report show these with every figure that rests on them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from advisor.core.resources import load_json

if TYPE_CHECKING:
    from advisor.core.costs.prices import PriceData

# name → file in resources/, in the order they are listed
TABLES: dict[str, str] = {
    "gpu_table": "gpus.json",
    "cpu_families": "cpu_families.json",
    "model_catalogue": "catalog_snapshot.json",
    "electricity_prices": "electricity.json",
    "exchange_rates": "exchange_rates.json",
    "cost_presets": "cost_presets.json",
}
_DATE_KEYS = ("as_of", "retrieved_at", "retrieved")


@dataclass(frozen=True)
class DataSource:
    """One dataset a figure rests on. `name`: "gpu_table", "cpu_families", "model_catalogue", "api_prices",
    "electricity_prices", "exchange_rates", "cost_presets"; `date`: ISO date (or year-month) of the data itself."""

    name: str
    publisher: str
    url: str | None
    date: str | None


def _text(value: Any) -> str | None:
    return str(value) if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value) else None


def source_of(name: str, table: Mapping[str, Any]) -> DataSource:
    """The DataSource a bundled table's own header states (its publisher, url and date keys)."""
    date = next((_text(table.get(key)) for key in _DATE_KEYS if _text(table.get(key))), None)
    return DataSource(
        name=name,
        publisher=_text(table.get("publisher")) or _text(table.get("source")) or name,
        url=_text(table.get("url")) or _text(table.get("source_url")),
        date=date,
    )


def table_source(name: str) -> DataSource:
    """The source of the bundled table called `name` (a key of `TABLES`)."""
    return source_of(name, load_json(TABLES[name]))


def data_sources(*, api_prices: PriceData | None = None) -> tuple[DataSource, ...]:
    """Every bundled dataset with its publisher, URL and date: the tables of `TABLES`, then the API prices
    (`api_prices`: the data in use, e.g. a refreshed one; default the bundled genai-prices data)."""
    from advisor.core.costs.prices import data_source

    return (*(table_source(name) for name in TABLES), data_source(api_prices))
