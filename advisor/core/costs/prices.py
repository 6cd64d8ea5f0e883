"""API prices per million tokens from genai-prices' bundled (dated) data, with an optional online refresh.

genai-prices ships no single "data date", so we take the latest price change or "checked" date written in the
data that is not in the future: prices were known to be current on that day. A refreshed snapshot is dated
the day it was fetched.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.metadata import version
from typing import Any

from genai_prices import types as gp
from genai_prices.data_snapshot import DataSnapshot

from advisor.core.clock import run_date
from advisor.core.datasources import DataSource
from advisor.core.names import UnknownNameError, close_names
from advisor.core.within import call_within

log = logging.getLogger(__name__)

DEFAULT_REFRESH_TIMEOUT_S = 10.0
_CHECKED = re.compile(r"\bchecked(?: on)? (\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class ApiModelPrice:
    provider: str
    model_id: str
    name: str | None
    input_per_million_usd: float
    output_per_million_usd: float
    price_date: str  # ISO date the data was known current (bundled data's date, or the refresh day)
    price_since: str | None = None  # when this price took effect, where the data says
    deprecated: bool = False
    notes: tuple[str, ...] = ()  # codes: "tiered_base_price", "peak_price_used"

    @property
    def ref(self) -> str:
        """The id to pass back to `price_for` / `--api-model`: 'provider/model'."""
        return f"{self.provider}/{self.model_id}"


@dataclass(frozen=True)
class PriceData:
    providers: tuple[gp.Provider, ...]
    as_of: str
    origin: str  # "bundled" | "online"
    package_version: str


@dataclass(frozen=True)
class RefreshResult:
    data: PriceData
    refreshed: bool
    error: str | None = None  # why we fell back to the bundled data


def _latest_date_in(providers: tuple[gp.Provider, ...], today: dt.date) -> dt.date | None:
    latest: dt.date | None = None

    def see(day: dt.date) -> None:
        nonlocal latest
        if day <= today and (latest is None or day > latest):
            latest = day

    for provider in providers:
        for text in (provider.price_comments or "",):
            for found in _CHECKED.findall(text):
                see(dt.date.fromisoformat(found))
        for model in provider.models:
            for found in _CHECKED.findall(model.price_comments or ""):
                see(dt.date.fromisoformat(found))
            if isinstance(model.prices, list):
                for conditional in model.prices:
                    if isinstance(conditional.constraint, gp.StartDateConstraint):
                        see(conditional.constraint.start_date)
    return latest


@cache
def bundled_data(today: dt.date | None = None) -> PriceData:
    from genai_prices.data import providers

    day = today or run_date()
    providers_t = tuple(providers)
    latest = _latest_date_in(providers_t, day)
    return PriceData(
        providers=providers_t,
        as_of=(latest or day).isoformat(),
        origin="bundled",
        package_version=version("genai-prices"),
    )


GENAI_PRICES_URL = "https://github.com/pydantic/genai-prices"


def data_source(data: PriceData | None = None) -> DataSource:
    """Where the API prices in `data` (default: the bundled ones) come from, and their date."""
    source = data or bundled_data()
    return DataSource(
        name="api_prices",
        publisher=f"genai-prices {source.package_version} ({source.origin})",
        url=GENAI_PRICES_URL,
        date=source.as_of,
    )


def data_date(data: PriceData | None = None) -> str:
    """The date shown next to every API price."""
    return (data or bundled_data()).as_of


# The most a price refresh reads: genai-prices' published data is ~1.5 MB (its bundled copy, 1.6 MB of Python, holds
# the same); a proxy or a hostile mirror sending gigabytes within the deadline was held in memory whole (hostile
# review, carried: "the price refresh body has no size cap")
PRICE_DATA_MAX_BYTES = 32 * 2**20


def _capped_fetch(url: str, timeout_s: float, max_bytes: int = PRICE_DATA_MAX_BYTES) -> Any:
    """genai-prices' own fetch (a GET of its JSON list of providers, parsed by its own schema), with the body read in
    chunks and given up past `max_bytes`. Its parser is a private function: where a release renames it, its public
    fetch (uncapped) is used instead of failing every refresh."""
    import json

    import httpx2
    from genai_prices import UpdatePrices

    parse = getattr(gp, "_providers_from_raw", None)
    if parse is None:
        return UpdatePrices(url=url, request_timeout=httpx2.Timeout(timeout=timeout_s)).fetch()
    body = bytearray()
    with (
        httpx2.Client(timeout=httpx2.Timeout(timeout=timeout_s)) as client,  # no redirects, as its own fetch
        client.stream("GET", url) as reply,
    ):
        reply.raise_for_status()
        for chunk in reply.iter_bytes():
            body += chunk
            if len(body) > max_bytes:
                raise ValueError(f"price data larger than {max_bytes // 2**20} MiB: not read to the end")
    raw = json.loads(bytes(body))
    if not isinstance(raw, list):
        raise ValueError("price data is not a list of providers")
    return DataSnapshot(parse(raw), from_auto_update=True)


def refresh(
    *, url: str | None = None, timeout_s: float = DEFAULT_REFRESH_TIMEOUT_S, today: dt.date | None = None
) -> RefreshResult:
    """Fetch genai-prices' published data; on any failure keep the bundled data and say why (never raises)."""
    try:
        from genai_prices.update_prices import DEFAULT_UPDATE_URL  # in the try: a release without it never raises

        # httpx's timeout is per read: a proxy trickling a byte every 2 s kept this going past a minute
        snapshot = call_within(
            lambda: _capped_fetch(url or DEFAULT_UPDATE_URL, timeout_s), timeout_s, name="price-refresh"
        )
        if snapshot is None or not snapshot.providers:
            raise ValueError("empty price data")
    except Exception as exc:  # network down, HTTP error, bad payload: all mean "use what we ship"
        log.info("price refresh failed, using bundled data: %s: %s", type(exc).__name__, exc)
        return RefreshResult(data=bundled_data(), refreshed=False, error=f"{type(exc).__name__}: {exc}")
    return RefreshResult(
        data=PriceData(
            providers=tuple(snapshot.providers),
            as_of=(today or run_date()).isoformat(),
            origin="online",
            package_version=version("genai-prices"),
        ),
        refreshed=True,
    )


def _as_float(value: Decimal | gp.TieredPrices | None) -> tuple[float | None, bool]:
    if value is None:
        return None, False
    if isinstance(value, gp.TieredPrices):
        return float(value.base), True
    return float(value), False


def _resolve(model: gp.ModelInfo, on: dt.date) -> tuple[gp.ModelPrice | None, str | None, bool]:
    """The price in force on `on`: (price, since, peak_used). Time-of-day prices use the dearest (peak) rate,
    so a monthly estimate never depends on the hour the command runs."""
    if isinstance(model.prices, gp.ModelPrice):
        return model.prices, None, False
    if not model.prices:
        return None, None, False
    standard, since = model.prices[0].prices, None
    peaks: list[gp.ModelPrice] = []
    for conditional in model.prices:
        constraint = conditional.constraint
        if constraint is None:
            standard, since = conditional.prices, None
        elif isinstance(constraint, gp.StartDateConstraint):
            if constraint.start_date <= on:
                standard, since = conditional.prices, constraint.start_date.isoformat()
        else:
            peaks.append(conditional.prices)
    if not peaks:
        return standard, since, False

    def total(price: gp.ModelPrice) -> float:
        return sum((_as_float(getattr(price, key, None))[0] or 0.0) for key in ("input_mtok", "output_mtok"))

    dearest = max([standard, *peaks], key=total)
    return dearest, since, dearest is not standard


def _price_of(provider: gp.Provider, model: gp.ModelInfo, data: PriceData, on: dt.date) -> ApiModelPrice | None:
    price, since, peak = _resolve(model, on)
    if price is None:
        return None
    inp, tier_in = _as_float(getattr(price, "input_mtok", None))
    out, tier_out = _as_float(getattr(price, "output_mtok", None))
    if inp is None or out is None:
        return None
    notes = (("tiered_base_price",) if tier_in or tier_out else ()) + (("peak_price_used",) if peak else ())
    return ApiModelPrice(
        provider=provider.id,
        model_id=model.id,
        name=model.name,
        input_per_million_usd=inp,
        output_per_million_usd=out,
        price_date=data.as_of,
        price_since=since,
        deprecated=bool(model.deprecated),
        notes=notes,
    )


def list_api_models(
    provider: str | None = None, text: str | None = None, *, data: PriceData | None = None, on: dt.date | None = None
) -> list[ApiModelPrice]:
    """Every model with per-token text prices, sorted by provider then id; `provider` filters by provider id or
    name, `text` by words that must all appear in the provider, id or name (case-insensitive)."""
    source = data or bundled_data()
    day = on or run_date()
    wanted = provider.strip().lower() if provider else None
    words = text.lower().split() if text else []
    found: list[ApiModelPrice] = []
    for prov in source.providers:
        if wanted and wanted not in (prov.id.lower(), prov.name.lower()):
            continue
        for model in prov.models:
            haystack = f"{prov.id} {prov.name} {model.id} {model.name or ''}".lower()
            if not all(word in haystack for word in words):
                continue
            entry = _price_of(prov, model, source, day)
            if entry is not None:
                found.append(entry)
    found.sort(key=lambda p: (p.provider, p.model_id))
    return found


def providers(data: PriceData | None = None) -> list[tuple[str, str]]:
    """(id, name) of every provider, for a provider picker."""
    return [(p.id, p.name) for p in (data or bundled_data()).providers]


def _close_matches(ref: str, source: PriceData) -> tuple[str, ...]:
    """Priced models whose id looks like `ref`; a bare id points at the provider genai-prices would pick."""
    refs: dict[str, str] = {}
    owners = {p.id: p for p in source.providers}
    for entry in list_api_models(data=source):
        refs[entry.ref.lower()] = entry.ref
        owner = owners[entry.provider]
        home = owner.model_match is not None and owner.model_match.is_match(entry.model_id.lower())
        if home or entry.model_id.lower() not in refs:
            refs[entry.model_id.lower()] = entry.ref
    return close_names(ref, refs, n=5, cutoff=0.6)


def _find(ref: str, source: PriceData) -> tuple[gp.Provider, gp.ModelInfo] | None:
    all_providers = list(source.providers)
    if "/" in ref:
        prefix, rest = ref.split("/", 1)
        for prov in all_providers:
            if prov.id.lower() == prefix.lower():
                model = prov.find_model(rest, all_providers=all_providers) or prov.find_model(ref)
                if model is not None:
                    return prov, model
    try:  # genai-prices' own inference: 'gpt-4o' → openai, 'claude-…' → anthropic
        return DataSnapshot(providers=all_providers, from_auto_update=False).find_provider_model(ref, None, None, None)
    except LookupError:
        pass
    for prov in all_providers:
        for model in prov.models:
            if model.id.lower() == ref.lower():
                return prov, model
    return None


def price_for(model_id: str, *, data: PriceData | None = None, on: dt.date | None = None) -> ApiModelPrice:
    """The price of 'gpt-4o', 'openai/gpt-4o' or a dated id like 'gpt-4o-2024-08-06'.

    UnknownNameError("api_model") with close matches when there is no such model; with reason "no_token_prices"
    when the model exists but has no per-token text price."""
    source = data or bundled_data()
    ref = model_id.strip()
    found = _find(ref, source) if ref else None
    if found is None:
        raise UnknownNameError("api_model", model_id, _close_matches(ref, source))
    entry = _price_of(found[0], found[1], source, on or run_date())
    if entry is None:
        raise UnknownNameError("api_model", model_id, reason="no_token_prices")
    return entry
