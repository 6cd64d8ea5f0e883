"""The Assessment: everything the app found about one machine, in one schema-versioned, frozen record.

The parts come from other core modules (sizing, catalog, servers, costs); their types are kept as the modules
return them so the JSON of a report carries the same names as `detect --json`, `models --json`, `server --json`
and `cost --json`. A part that could not be produced is absent and listed in `problems` — a report is always
written, with what is known.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from advisor.core.datasources import DataSource
from advisor.core.types import HardwareProfile, Recommendation

__all__ = ["REPORT_SCHEMA_VERSION", "Assessment", "DataSource", "PartProblem"]

# Version of the report's own JSON shape; bumped when a key is renamed or removed (adding keys keeps it).
# 2: each of `data_sources` is `advisor.core.datasources.DataSource` ({name, publisher, url, date}); version 1
# had {name, source, date} and still renders (`source` is read as the publisher).
REPORT_SCHEMA_VERSION = 2


@dataclass(frozen=True)
class PartProblem:
    """A part of the assessment that is missing, and why (data, not a sentence)."""

    part: str  # "hardware", "recommendation", "local_models", "models", "server", "benchmark", "costs"
    code: str  # "unavailable" (feature not installed / not importable) or "failed" (it raised)
    detail: str = ""  # the exception type and message, for the curious


@dataclass(frozen=True)
class Assessment:
    created_at: str  # ISO 8601, UTC, seconds: "2026-11-26T12:30:00Z"
    app_version: str
    hardware: HardwareProfile
    # costs.ownership.HardwareOrigin: "detected" (this machine), "saved_detection" (a `detect --json` file), "file" (a
    # hand-written --hardware file, a what-if) or "what_if" (the app's what-if)
    hardware_origin: str = "detected"
    recommendation: Recommendation | None = None
    local_models: tuple[Any, ...] = ()  # sizing's estimates of the GGUF files already in LM Studio
    candidates: tuple[Any, ...] = ()  # catalogue candidates: the chosen models, each with its files
    catalog_source: str | None = None  # "hub" or "offline"
    catalog_retrieved_at: str | None = None
    catalog_problems: tuple[Any, ...] = ()  # catalog.CatalogProblem: why the Hub was not (fully) asked
    server: Any | None = None  # servers.ServerStatus
    benchmark: Any | None = None  # servers.Benchmark
    after_load: Any | None = None  # servers.after_load.AfterLoad: what the loaded model really uses (absent before)
    costs: Any | None = None  # costs.CostComparison
    data_sources: tuple[DataSource, ...] = ()
    problems: tuple[PartProblem, ...] = ()
    identifiers_included: bool = False  # True only when the user asked for host name and paths to stay
    schema_version: int = REPORT_SCHEMA_VERSION
