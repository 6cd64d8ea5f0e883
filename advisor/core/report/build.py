"""Put an Assessment together: from parts the caller already has (the wizard), or by asking each core module.

Each part is optional and failure-tolerant: a part whose module is missing or raises becomes a `PartProblem`
in the assessment, so a report is always produced with what could be found.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from importlib import metadata
from typing import Any

from advisor import __version__
from advisor.core.report.model import Assessment, DataSource, PartProblem
from advisor.core.report.redact import Scrubber, scrub
from advisor.core.types import HardwareProfile, Recommendation

log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _real(module: str, name: str) -> Callable[..., Any]:
    """The real core function, imported only when a report needs it (an ImportError marks the part unavailable)."""
    found = getattr(importlib.import_module(module), name, None)
    if found is None:
        raise ImportError(f"{module}.{name} is not available")
    return found


def _attempt(part: str, problems: list[PartProblem], call: Callable[[], Any]) -> Any:
    try:
        return call()
    except ImportError as exc:
        log.info("report: %s unavailable: %s", part, exc)
        problems.append(PartProblem(part, "unavailable", f"{type(exc).__name__}: {exc}"))
    except Exception as exc:  # a part must never take the whole report down
        log.debug("report: %s failed", part, exc_info=True)
        problems.append(PartProblem(part, "failed", f"{type(exc).__name__}: {exc}"))
    return None


def _field(obj: Any, *names: str) -> Any:
    for name in names:
        value = obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)
        if value is not None:
            return value
    return None


def as_data_source(name: str, info: Any) -> DataSource | None:
    """A DataSource from what a module says about its data (a DataSource, a mapping, or an object with
    source/date-like fields); None when it says nothing usable."""
    if info is None:
        return None
    if isinstance(info, DataSource):
        return info
    source = _field(info, "source", "source_url", "provider", "url")
    date = _field(info, "date", "period", "retrieved", "retrieved_at", "as_of", "price_date")
    if source is None and date is None:
        return None
    return DataSource(name, str(source or "—"), None if date is None else str(date))


def _package(name: str) -> str:
    try:
        return f"{name} {metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return name


_INPUT_DATA = {"electricity_price_per_kwh": "electricity_prices", "usd_rate": "exchange_rates"}


def _costs_sources(costs: Any) -> list[DataSource | None]:
    """The dated data a cost comparison rests on: the API price data, and every default input that came from a
    bundled table (its origin names the table's source and date)."""
    found: list[DataSource | None] = []
    api = _field(costs, "api")
    if api is not None and _field(api, "price_date") is not None and _field(api, "model_id") is not None:
        found.append(DataSource("api_prices", _package("genai-prices"), str(_field(api, "price_date"))))
    inputs = _field(costs, "inputs")
    for origin in (_field(inputs, "origins") or ()) if inputs is not None else ():
        values = _field(origin, "values") or {}
        if isinstance(values, Mapping) and values.get("source"):
            name = str(_field(origin, "input") or "costs")
            found.append(as_data_source(_INPUT_DATA.get(name, name), values))
    return found


def _dedupe(sources: Iterable[DataSource | None]) -> tuple[DataSource, ...]:
    seen: dict[tuple[str, str, str | None], DataSource] = {}
    for s in sources:
        if s is not None:
            seen.setdefault((s.name, s.source, s.date), s)
    return tuple(seen.values())


def assemble_assessment(
    profile: HardwareProfile,
    *,
    recommendation: Recommendation | None = None,
    local_models: Iterable[Any] = (),
    search: Any | None = None,
    candidates: Iterable[Any] | None = None,
    server: Any | None = None,
    benchmark: Any | None = None,
    costs: Any | None = None,
    data_sources: Iterable[DataSource] = (),
    problems: Iterable[PartProblem] = (),
    hardware_origin: str = "detected",
    include_identifiers: bool = False,
    gpu_table_source: Callable[[], Any] | None = None,
    now: Callable[[], datetime] = _utc_now,
    scrubber: Scrubber | None = None,
) -> Assessment:
    """An Assessment from parts already computed (what the wizard holds), with the data sources they rest on.

    `search` is the catalogue's SearchResult; `candidates` overrides its list with the models the user chose.
    The benchmark defaults to the one inside the server status. Identifiers are removed unless asked for.
    """
    problem_list = list(problems)
    sources: list[DataSource | None] = list(data_sources)
    if profile.gpus:  # their bandwidth and board power come from the bundled GPU table
        table_source = gpu_table_source or (lambda: _real("advisor.core.hardware.gpu_table", "table_source")())
        sources.append(as_data_source("gpu_table", _attempt("data_sources", problem_list, table_source)))
    catalog_source = catalog_date = None
    catalog_problems: tuple[Any, ...] = ()
    if search is not None:
        catalog_source, catalog_date = _field(search, "source"), _field(search, "retrieved_at")
        catalog_problems = tuple(_field(search, "errors") or ())
        if candidates is None:
            candidates = _field(search, "candidates") or ()
        where = _field(search, "snapshot_source") or "bundled offline snapshot"
        sources.append(
            DataSource("model_catalogue", where if catalog_source == "offline" else "Hugging Face Hub", catalog_date)
        )
    if benchmark is None and server is not None:
        benchmark = _field(server, "benchmark")
    if costs is not None:
        sources.extend(_costs_sources(costs))
    assessment = Assessment(
        created_at=now().astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        app_version=__version__,
        hardware=profile,
        hardware_origin=hardware_origin,
        recommendation=recommendation,
        local_models=tuple(local_models or ()),
        candidates=tuple(candidates or ()),
        catalog_source=catalog_source,
        catalog_retrieved_at=catalog_date,
        catalog_problems=catalog_problems,
        server=server,
        benchmark=benchmark,
        costs=costs,
        data_sources=_dedupe(sources),
        problems=tuple(problem_list),
        identifiers_included=include_identifiers,
    )
    return scrub(assessment, include_identifiers=include_identifiers, scrubber=scrubber)


def build_assessment(
    profile: HardwareProfile,
    *,
    server_url: str | None = None,
    include_models: bool = True,
    offline: bool = False,
    context: int = 4096,
    models_limit: int = 10,
    bench: bool = True,
    hardware_origin: str = "detected",
    include_identifiers: bool = False,
    recommend: Callable[..., Any] | None = None,
    estimate_local_models: Callable[..., Any] | None = None,
    search: Callable[..., Any] | None = None,
    check_server: Callable[..., Any] | None = None,
    run_benchmark: Callable[..., Any] | None = None,
    energy_meter: Callable[[], Any] | None = None,
    default_cost_inputs: Callable[..., Any] | None = None,
    compare_costs: Callable[..., Any] | None = None,
    gpu_table_source: Callable[[], Any] | None = None,
    now: Callable[[], datetime] = _utc_now,
    scrubber: Scrubber | None = None,
) -> Assessment:
    """Ask every core module for its part and assemble the Assessment (the CLI's `report`).

    The server is checked only when `server_url` is given, and benchmarked when `bench` and it is usable.
    Each callable defaults to the real core function; tests and the GUI pass their own.
    """
    problems: list[PartProblem] = []

    def use(given: Callable[..., Any] | None, module: str, name: str) -> Callable[..., Any]:
        return given if given is not None else (lambda *a, **k: _real(module, name)(*a, **k))

    recommendation = _attempt(
        "recommendation", problems, lambda: use(recommend, "advisor.core.sizing", "recommend")(profile, context=context)
    )
    local = ()
    if profile.lmstudio.models:
        local = (
            _attempt(
                "local_models",
                problems,
                lambda: use(estimate_local_models, "advisor.core.sizing", "estimate_local_models")(
                    profile, context=context
                ),
            )
            or ()
        )
    found = None
    if include_models and recommendation is not None and recommendation.tier:
        found = _attempt(
            "models",
            problems,
            lambda: use(search, "advisor.core.catalog", "search")(
                profile=profile,
                tier=recommendation.tier,
                context=context,
                offline=offline,
                limit=models_limit,
                min_tokens_per_second=recommendation.min_tokens_per_second,
            ),
        )
    status = bench_result = None
    if server_url:
        status = _attempt("server", problems, lambda: use(check_server, "advisor.core.servers", "check")(server_url))
        if status is not None and bench and _field(status, "benchmark") is None and getattr(status, "usable", False):

            def measure() -> Any:
                nonlocal status
                meter = use(energy_meter, "advisor.core.hardware.power", "open_energy_meter")()
                try:
                    return use(run_benchmark, "advisor.core.servers", "benchmark")(server_url, energy_meter=meter)
                except Exception as exc:
                    if getattr(exc, "problem", None) is None:  # servers.ServerProblemError: a diagnosis, not a bug
                        raise
                    status = dataclasses.replace(status, problem=exc.problem)
                    return None

            bench_result = _attempt("benchmark", problems, measure)
    bench_used = bench_result or (_field(status, "benchmark") if status is not None else None)

    def costs_part() -> Any:
        inputs = use(default_cost_inputs, "advisor.core.costs", "default_inputs")(
            profile, measured=bench_used, speed_estimator=(lambda _p: recommendation) if recommendation else None
        )
        return use(compare_costs, "advisor.core.costs", "compare")(inputs)

    costs = _attempt("costs", problems, costs_part)
    return assemble_assessment(
        profile,
        recommendation=recommendation,
        local_models=local,
        search=found,
        server=status,
        benchmark=bench_used,
        costs=costs,
        problems=problems,
        hardware_origin=hardware_origin,
        include_identifiers=include_identifiers,
        gpu_table_source=gpu_table_source,
        now=now,
        scrubber=scrubber,
    )
