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
from functools import partial
from importlib import metadata
from typing import Any, cast

from advisor import __version__
from advisor.core.costs.model import table_rate_dates
from advisor.core.report.model import Assessment, DataSource, PartProblem
from advisor.core.report.redact import Scrubber, scrub
from advisor.core.types import HardwareProfile, Recommendation

log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _real(module: str, name: str) -> Callable[..., Any]:
    """The real core function, imported only when a report needs it (an ImportError marks the part unavailable)."""
    found = getattr(importlib.import_module(module), name, None)
    if found is None or not callable(found):
        raise ImportError(f"{module}.{name} is not available")
    return cast(Callable[..., Any], found)


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
    publisher/url/date-like fields); None when it says nothing usable."""
    if info is None:
        return None
    if isinstance(info, DataSource):
        return info
    publisher = _field(info, "publisher", "source", "provider")
    url = _field(info, "url", "source_url")
    date = _field(info, "date", "as_of", "retrieved_at", "retrieved", "period", "price_date")
    if publisher is None and date is None:
        return None
    return DataSource(
        name=name,
        publisher=str(publisher or "—"),
        url=url if isinstance(url, str) and url else None,
        date=None if date is None else str(date),
    )


def _package(name: str) -> str:
    try:
        return f"{name} {metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return name


def _table(name: str) -> DataSource:
    """A bundled table's DataSource, as its own header states it (`advisor.core.datasources`)."""
    found: DataSource = _real("advisor.core.datasources", "table_source")(name)
    return found


# an input's origin code → the bundled table its value was read from
_ORIGIN_TABLES = {"country_table": "electricity_prices", "exchange_table": "exchange_rates", "preset": "cost_presets"}


def _api_prices(price_date: object) -> DataSource:
    """The API price data (genai-prices) with the date of the prices the comparison used."""
    try:
        source: DataSource = _real("advisor.core.costs.prices", "data_source")()
    except Exception:  # genai-prices missing or unreadable: name the package, keep the date
        log.debug("report: genai-prices data source unavailable", exc_info=True)
        return DataSource("api_prices", _package("genai-prices"), None, str(price_date))
    return dataclasses.replace(source, date=str(price_date))


def _costs_sources(costs: Any, problems: list[PartProblem]) -> list[DataSource | None]:
    """The dated data a cost comparison rests on: the API price data, and every bundled table a default input was
    read from (its origin's code says which)."""
    found: list[DataSource | None] = []
    api = _field(costs, "api")
    if api is not None and _field(api, "price_date") is not None and _field(api, "model_id") is not None:
        found.append(_api_prices(_field(api, "price_date")))
    inputs = _field(costs, "inputs")
    origins = list(_field(inputs, "origins") or ())
    rate_dates = table_rate_dates(str(_field(inputs, "currency") or "USD"), origins)
    tables = {_ORIGIN_TABLES.get(str(_field(o, "code"))) for o in origins} - {None, "exchange_rates"}
    if rate_dates:  # dated by the rates used (the COP rate of 2 March in a table of 8 May): the oldest of them
        tables.add("exchange_rates")
    rate_date = next(iter(rate_dates), None)
    for name in sorted(t for t in tables if t is not None):
        source = _attempt("data_sources", problems, partial(_table, name))
        if name == "exchange_rates" and source is not None and rate_date is not None:
            source = dataclasses.replace(source, date=rate_date)
        found.append(source)
    return found


def _dedupe(sources: Iterable[DataSource | None]) -> tuple[DataSource, ...]:
    seen: dict[str, DataSource] = {}
    for s in sources:
        if s is not None:
            seen.setdefault(s.name, s)  # one row per dataset: the first (most specific) said of it wins
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
    after_load: Any | None = None,
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
    The benchmark defaults to the one inside the server status; `after_load` is a check of what the server's
    loaded model really uses (servers.after_load). Identifiers are removed unless asked for.
    """
    problem_list = list(problems)
    sources: list[DataSource | None] = list(data_sources)
    if profile.gpus:  # their bandwidth and board power come from the bundled GPU table
        table_source = gpu_table_source or (lambda: _table("gpu_table"))
        sources.append(as_data_source("gpu_table", _attempt("data_sources", problem_list, table_source)))
    if profile.ram.bandwidth_source == "cpu_family":  # the memory speed this processor family usually has
        sources.append(_attempt("data_sources", problem_list, lambda: _table("cpu_families")))
    catalog_source = catalog_date = None
    catalog_problems: tuple[Any, ...] = ()
    if search is not None:
        catalog_source, catalog_date = _field(search, "source"), _field(search, "retrieved_at")
        catalog_problems = tuple(_field(search, "errors") or ())
        if candidates is None:
            candidates = _field(search, "candidates") or ()
        if catalog_source == "offline":  # the bundled snapshot, dated as the search says
            snapshot = _attempt("data_sources", problem_list, lambda: _table("model_catalogue"))
            if snapshot is not None:
                sources.append(dataclasses.replace(snapshot, date=str(catalog_date) if catalog_date else snapshot.date))
        else:
            sources.append(
                DataSource(
                    "model_catalogue",
                    "Hugging Face Hub",
                    "https://huggingface.co",
                    str(catalog_date) if catalog_date else None,
                )
            )
    if benchmark is None and server is not None:
        benchmark = _field(server, "benchmark")
    if costs is not None:
        sources.extend(_costs_sources(costs, problem_list))
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
        after_load=after_load,
        costs=costs,
        data_sources=_dedupe(sources),
        problems=tuple(problem_list),
        identifiers_included=include_identifiers,
    )
    scrubbed: Assessment = scrub(assessment, include_identifiers=include_identifiers, scrubber=scrubber)
    return scrubbed


def build_assessment(
    profile: HardwareProfile,
    *,
    server_url: str | None = None,
    api_key: str | None = None,
    include_models: bool = True,
    offline: bool = False,
    context: int = 4096,
    min_tokens_per_second: float | None = None,
    models_limit: int = 10,
    bench: bool = True,
    after_load: bool = False,
    hardware_origin: str = "detected",
    include_identifiers: bool = False,
    country: str | None = None,
    currency: str | None = None,
    cost_values: Mapping[str, Any] | None = None,
    usd_rate: float | None = None,
    recommend: Callable[..., Any] | None = None,
    estimate_local_models: Callable[..., Any] | None = None,
    search: Callable[..., Any] | None = None,
    check_server: Callable[..., Any] | None = None,
    run_benchmark: Callable[..., Any] | None = None,
    check_after_load: Callable[..., Any] | None = None,
    energy_meter: Callable[[], Any] | None = None,
    default_cost_inputs: Callable[..., Any] | None = None,
    compare_costs: Callable[..., Any] | None = None,
    gpu_table_source: Callable[[], Any] | None = None,
    now: Callable[[], datetime] = _utc_now,
    scrubber: Scrubber | None = None,
) -> Assessment:
    """Ask every core module for its part and assemble the Assessment (the CLI's `report`).

    The server is checked only when `server_url` is given, and benchmarked when `bench` and it is usable; with
    `after_load`, what its loaded model really uses is set against the estimate (servers.after_load). `api_key` goes
    with each request to the server (never into the Assessment). `country`, `currency` and `usd_rate` are the cost
    comparison's (as `llm-advisor cost --country/--currency/--usd-rate`); None: the system region's and the bundled
    rate. `cost_values`: the user's other inputs by CostInputs field, as `cost` takes them (`costs.resolve`).
    Each callable defaults to the real core function; tests and the GUI pass their own.
    """
    problems: list[PartProblem] = []
    key = {"api_key": api_key} if api_key else {}  # the token goes to the server only, never into the Assessment

    def use(given: Callable[..., Any] | None, module: str, name: str) -> Callable[..., Any]:
        return given if given is not None else (lambda *a, **k: _real(module, name)(*a, **k))

    # the slowest speed accepted (`report --min-tps`, as `recommend` takes it; None: the recommendation's default)
    floor = {} if min_tokens_per_second is None else {"min_tokens_per_second": min_tokens_per_second}
    recommendation = _attempt(
        "recommendation",
        problems,
        lambda: use(recommend, "advisor.core.sizing", "recommend")(profile, context=context, **floor),
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
        status = _attempt(
            "server", problems, lambda: use(check_server, "advisor.core.servers", "check")(server_url, **key)
        )
        if status is not None and bench and _field(status, "benchmark") is None and getattr(status, "usable", False):

            def measure() -> Any:
                nonlocal status
                meter = use(energy_meter, "advisor.core.hardware.power", "open_energy_meter")()
                try:
                    return use(run_benchmark, "advisor.core.servers", "benchmark")(
                        server_url, energy_meter=meter, **key
                    )
                except Exception as exc:
                    problem = getattr(exc, "problem", None)
                    if problem is None:  # servers.ServerProblemError: a diagnosis, not a bug
                        raise
                    status = dataclasses.replace(status, problem=problem) if status is not None else None
                    return None

            bench_result = _attempt("benchmark", problems, measure)
    bench_used = bench_result or (_field(status, "benchmark") if status is not None else None)
    loaded = None
    if server_url and after_load and status is not None and getattr(status, "usable", False):
        loaded = _attempt(
            "after_load",
            problems,
            lambda: use(check_after_load, "advisor.core.servers.after_load", "after_load")(
                server_url,
                profile,
                **key,
                kind=_field(status, "kind"),
                assumed_context=context,
                recommendation=recommendation,
                measured_tokens_per_second=_field(bench_used, "tokens_per_second") if bench_used else None,
                measured_model=_field(bench_used, "model") if bench_used else None,
            ),
        )

    def costs_part() -> Any:
        from advisor.core.costs.defaults import serveable_default_usage
        from advisor.core.costs.ownership import for_origin
        from advisor.core.costs.resolve import apply_user_values

        place = (("country", country), ("currency", currency), ("usd_rate", usd_rate))
        inputs = use(default_cost_inputs, "advisor.core.costs", "default_inputs")(
            profile,
            measured=bench_used,
            speed_estimator=(lambda _p: recommendation) if recommendation else None,
            **{k: v for k, v in place if v is not None},
        )
        # hardware described by hand is not taken as already paid for: its price is not given (costs.ownership)
        inputs = for_origin(inputs, hardware_origin)
        # the user's values win, as `cost` takes them (costs.resolve); else a default usage the machine can serve
        inputs = apply_user_values(inputs, cost_values) if cost_values else serveable_default_usage(inputs)
        return use(compare_costs, "advisor.core.costs", "compare")(inputs)

    costs = _attempt("costs", problems, costs_part)
    return assemble_assessment(
        profile,
        recommendation=recommendation,
        local_models=local,
        search=found,
        server=status,
        benchmark=bench_used,
        after_load=loaded,
        costs=costs,
        problems=problems,
        hardware_origin=hardware_origin,
        include_identifiers=include_identifiers,
        gpu_table_source=gpu_table_source,
        now=now,
        scrubber=scrubber,
    )
