"""`search()`: GGUF repos of a size class (or matching a text) with every quant's real size and fit here.

Round trips: one listing call with every field expanded, then the repos' file trees fetched concurrently (bounded),
so 20 repos cost about two round trips, not 21; then, for the repos shown, the GGUF header of one file each (HTTP
Range requests, concurrent and bounded, one total deadline), so each repo is sized with its own architecture.
Answers are cached on disk (listing 1 h, trees and headers per commit).
A 429 stops further requests, is remembered until its reset time, and is reported; offline or on any failure of
the listing, a cached listing (any age) or the bundled snapshot answers instead, labelled as such.
"""

from __future__ import annotations

import contextvars
import math
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from advisor.core.catalog import hub
from advisor.core.catalog.cache import LISTING_TTL_S, TREE_TTL_S, HubCache
from advisor.core.catalog.filenames import group_files
from advisor.core.catalog.hub_http import DEFAULT_TIMEOUT_S, problem_from_exception, request_timeout
from advisor.core.catalog.ranking import USABLE_TOKENS_PER_SECOND, build_candidates, order_candidates, order_near
from advisor.core.catalog.repo_paths import is_repo_id
from advisor.core.catalog.shapes import (
    HEADER_DEADLINE_S,
    MAX_CONCURRENT_HEADERS,
    SOURCE_HEADER,
    SOURCE_SNAPSHOT,
    clean_shape,
    is_complete,
    not_chat_kind,
    read_shapes,
    with_architecture_rules,
)
from advisor.core.catalog.snapshot import load_snapshot
from advisor.core.catalog.types import Candidate, CatalogProblem, SearchResult
from advisor.core.types import HardwareProfile

MAX_CONCURRENT_TREES = 20  # one wave for a default page of 20 repos; well under the Hub's 500 requests / 5 min
_MERGED_CODES = ("offline", "timeout", "rate_limited", "server_error")


def _iso(epoch_s: float) -> str:
    return datetime.fromtimestamp(epoch_s, UTC).isoformat(timespec="seconds")


def tier_bounds(tier: str | None) -> tuple[float | None, float | None]:
    """The size class's parameter range (min inclusive, max exclusive); (None, None) for no class."""
    if tier is None:
        return None, None
    from advisor.core.sizing.tiers import TIERS

    for t in TIERS:
        if t.name.lower() == tier.strip().lower():
            low = t.min_parameters or None
            high = t.max_parameters if math.isfinite(t.max_parameters) else None
            return low, high
    raise ValueError(f"unknown size class {tier!r}; choose one of {', '.join(t.name for t in TIERS)}")


def search(
    *,
    profile: HardwareProfile | None,
    tier: str | None = None,
    text: str | None = None,
    context: int = 4096,
    limit: int = 20,
    include_all: bool = False,
    offline: bool = False,
    sort: str = "downloads",
    endpoint: str | None = None,
    token: str | bool | None = None,
    cache_dir: str | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_concurrency: int = MAX_CONCURRENT_TREES,
    min_tokens_per_second: float = USABLE_TOKENS_PER_SECOND,
    read_headers: bool = True,
    header_deadline_s: float = HEADER_DEADLINE_S,
    max_header_concurrency: int = MAX_CONCURRENT_HEADERS,
    vision: bool = False,
) -> SearchResult:
    """GGUF candidates for `profile`: what runs here, best first, and in `near` the nearest files of the repos where
    nothing does (everything, with its fit, in `candidates` if include_all).

    `vision`: image input — each repo's vision projector (mmproj, the smallest it offers) is added to the memory of
    its files, as llama.cpp loads it beside the model.

    `read_headers`: read one GGUF header per repo shown (cached per commit) for its real architecture; without it,
    or when a read fails, the snapshot's shape for the same repo, else a borrowed one (`QuantFile.shape_borrowed`)."""
    if not hub.is_sort(sort):
        raise ValueError(f"sort must be one of {', '.join(hub.SORTS)}")
    low, high = tier_bounds(tier)
    shape = {
        "profile": profile,
        "context": context,
        "include_all": include_all,
        "min_tps": min_tokens_per_second,
        "vision": vision,
    }
    if offline:
        return _from_snapshot(low, high, text, limit, shape, problems=[])

    import huggingface_hub

    base = (endpoint or huggingface_hub.constants.ENDPOINT).rstrip("/")
    cache = HubCache(cache_dir)
    problems: list[CatalogProblem] = []
    num_parameters = hub.num_parameters_filter(low, high)
    key = f"{base}|{text or ''}|{num_parameters or ''}|{sort}|{limit}"

    hit = cache.get("listing", key, LISTING_TTL_S)
    if hit is not None and not _current_listing(hit[0]):
        hit = None  # cached by an earlier version without the fields that leave non-chat models out: ask again
    if hit is None:
        api = hub.make_api(base, token)
        wait_s = cache.rate_limited_for_s(base)
        if wait_s is not None:
            problems.append(
                CatalogProblem(
                    "rate_limited", None, {"retry_after_s": math.ceil(wait_s), "path": str(cache.rate_limit_path(base))}
                )
            )
        else:
            try:
                with request_timeout(timeout_s):
                    summaries = hub.list_repos(api, text=text, num_parameters=num_parameters, sort=sort, limit=limit)
                # the answer's time is the one stored with it: a search and a later one from the cache say the same
                hit = (summaries, cache.put("listing", key, summaries))
            except Exception as exc:
                problem = problem_from_exception(exc, endpoint=base)
                if problem.code == "rate_limited":
                    cache.remember_rate_limit(base, problem.values.get("retry_after_s"))  # type: ignore[arg-type]
                problems.append(problem)
        if hit is None:
            hit = cache.get("listing", key, None)  # an old answer beats none
        if hit is None:
            return _from_snapshot(low, high, text, limit, shape, problems=problems)
    else:
        api = None
    summaries, stored_at = hit
    # a listing cached by an earlier version may hold a repo id that is no `OWNER/NAME` (a path): never offered
    summaries = _chat_models([s for s in summaries if is_repo_id(s.get("id"))], None, text, problems)

    trees = _fetch_trees(summaries, base, token, cache, api, timeout_s, max_concurrency, problems)
    headers: dict[str, dict[str, Any]] = {}
    if read_headers and profile is not None:
        jobs = []
        for summary in summaries:
            files = group_files(trees.get(summary["id"]) or [])
            if files:  # the smallest model file: every quant of a repo has the same architecture
                jobs.append((summary["id"], summary.get("sha"), min(files, key=lambda f: f.size_bytes).path))
        headers = read_shapes(
            jobs,
            base=base,
            token=token,
            cache=cache,
            max_concurrency=max(1, min(max_header_concurrency, max_concurrency)),
            deadline_s=header_deadline_s,
            timeout_s=timeout_s,
        )
    snapshot_shapes = _snapshot_shapes()
    candidates: list[Candidate] = []
    near: list[Candidate] = []
    for summary in summaries:
        if hub.has_gguf(summary) is False:
            problems.append(CatalogProblem("no_gguf", summary["id"]))
            continue
        entries = trees.get(summary["id"])
        if entries is None:
            continue  # its tree could not be fetched: the problem is already recorded
        repo_shape, source = _best_shape(headers.get(summary["id"]), snapshot_shapes.get(summary["id"]))
        if not _chat_models([summary], repo_shape, text, problems):
            continue  # its header names an embedding or diffusion architecture
        candidate, close, found = build_candidates(
            summary, entries, **_build_args(shape), shape=repo_shape, shape_source=source
        )
        problems.extend(found)
        if candidate is not None:
            candidates.append(candidate)
        if close is not None:
            near.append(close)
    return SearchResult(
        source="hub",
        retrieved_at=_iso(stored_at),
        candidates=tuple(order_candidates(candidates, min_tokens_per_second)),
        errors=tuple(_merge(problems)),
        near=tuple(order_near(near)),
    )


def _current_listing(summaries: Any) -> bool:
    """Whether a cached listing has every field today's search reads (a listing cached before the pipeline tag
    was asked for would offer embedding models for chat until it expired)."""
    return isinstance(summaries, list) and all(
        isinstance(s, dict) and all(field in s for field in ("pipeline_tag", "tags")) for s in summaries
    )


def _snapshot_shapes() -> dict[str, dict[str, Any]]:
    try:
        return {r["id"]: _snapshot_shape(r) for r in load_snapshot()["repos"] if r.get("shape")}
    except Exception:  # a damaged override of the snapshot costs the fallback shapes, not the search
        return {}


def _snapshot_shape(repo: dict[str, Any]) -> dict[str, Any]:
    """A snapshot entry's shape, with what info.py's rules derive from its architecture where it does not say."""
    return with_architecture_rules(clean_shape(repo.get("shape")))


def _chat_models(
    summaries: list[dict[str, Any]], shape: dict[str, Any] | None, text: str | None, problems: list[CatalogProblem]
) -> list[dict[str, Any]]:
    """The repos that are chat models: embedding and diffusion models (by the listing's pipeline tag, tags or
    architecture, or the header's architecture) are left out, and said when the search named something (whoever
    searches for one by name learns why it is not there; a size class's listing just does not show them)."""
    kept = []
    for summary in summaries:
        kind = not_chat_kind(summary, shape)
        if kind is None:
            kept.append(summary)
        elif (text or "").strip():
            architecture = (shape or {}).get("architecture") or summary.get("architecture") or ""
            problems.append(
                CatalogProblem("not_chat_model", summary["id"], {"kind": kind, "architecture": architecture})
            )
    return kept


def _best_shape(
    header: dict[str, Any] | None, snapshot: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, str | None]:
    """The header's shape when it has the numbers the engine needs (gaps filled from the snapshot), else the
    snapshot's, else whatever the header had (the engine borrows the rest and the files say so)."""
    if header is not None and header.get("_kind"):
        return header, None  # not a model: build_candidates drops that file
    if header is not None and is_complete(header):
        return {**(snapshot or {}), **header}, SOURCE_HEADER
    if snapshot:
        return snapshot, SOURCE_SNAPSHOT
    return header, (SOURCE_HEADER if header else None)


def _build_args(shape: dict[str, Any]) -> dict[str, Any]:
    return {
        "profile": shape["profile"],
        "context": shape["context"],
        "include_all": shape["include_all"],
        "min_tokens_per_second": shape["min_tps"],
        "vision": shape.get("vision", False),
    }


def _fetch_trees(
    summaries: list[dict[str, Any]],
    base: str,
    token: str | bool | None,
    cache: HubCache,
    api: Any,
    timeout_s: float,
    max_concurrency: int,
    problems: list[CatalogProblem],
) -> dict[str, list[tuple[str, int, str | None]]]:
    """Each repo's files: from the cache, else fetched concurrently; a 429 stops the requests not yet sent."""
    trees: dict[str, list[tuple[str, int, str | None]]] = {}
    todo = []
    for summary in summaries:
        if hub.has_gguf(summary) is False:
            continue
        tree_key = f"{base}|{summary['id']}|{summary.get('sha') or summary.get('last_modified')}"
        cached = cache.get("tree", tree_key, TREE_TTL_S)
        if cached is not None:
            trees[summary["id"]] = [tuple(e) for e in cached[0]]
        else:
            todo.append((summary, tree_key))
    if not todo:
        return trees
    if api is None:
        api = hub.make_api(base, token)
    if (wait_s := cache.rate_limited_for_s(base)) is not None:
        problems.append(
            CatalogProblem(
                "rate_limited", None, {"retry_after_s": math.ceil(wait_s), "path": str(cache.rate_limit_path(base))}
            )
        )
        return trees

    stop = threading.Event()
    lock = threading.Lock()

    def fetch(summary: dict[str, Any], tree_key: str) -> None:
        if stop.is_set():
            return
        try:
            with request_timeout(timeout_s):
                entries = hub.repo_files(api, summary["id"], revision=summary.get("sha"))
        except Exception as exc:
            problem = problem_from_exception(exc, summary["id"], endpoint=base)
            if problem.code in ("rate_limited", "offline"):
                stop.set()  # never hammer: nothing more is sent this search
            if problem.code == "rate_limited":
                cache.remember_rate_limit(base, problem.values.get("retry_after_s"))  # type: ignore[arg-type]
            with lock:
                problems.append(problem)
            return
        cache.put("tree", tree_key, entries)
        with lock:
            trees[summary["id"]] = entries

    with ThreadPoolExecutor(max_workers=max(1, min(max_concurrency, len(todo))), thread_name_prefix="hub-tree") as pool:
        for summary, tree_key in todo:
            pool.submit(contextvars.copy_context().run, fetch, summary, tree_key)
    return trees


def _merge(problems: list[CatalogProblem]) -> list[CatalogProblem]:
    """One line per network-wide problem (offline, 429...), naming the repos it hit; one per kind of model that is
    not a chat model (a search for "embed" finds dozens: the first named, the rest counted); other problems as
    they are."""
    merged: dict[str, CatalogProblem] = {}
    repos: dict[str, list[str]] = {}  # each merged problem's "repos" value, filled as the problems come
    out: list[CatalogProblem] = []
    for p in problems:
        key = p.code
        if p.code == "not_chat_model":
            key = f"{p.code}/{p.values.get('kind')}"
        elif p.code not in _MERGED_CODES:
            out.append(p)
            continue
        if key not in merged:
            repos[key] = []
            repo_id = p.repo_id if p.code == "not_chat_model" else None  # the first one found is named
            merged[key] = CatalogProblem(p.code, repo_id, {**p.values, "repos": repos[key]})
            out.append(merged[key])
        if p.repo_id:
            repos[key].append(p.repo_id)
    return out


def _from_snapshot(
    low: float | None,
    high: float | None,
    text: str | None,
    limit: int,
    shape: dict[str, Any],
    problems: list[CatalogProblem],
) -> SearchResult:
    snapshot = load_snapshot()
    words = (text or "").lower().split()
    candidates = []
    near = []
    for repo in snapshot["repos"]:
        params = repo.get("parameters") or 0
        if (low is not None and params < low) or (high is not None and params >= high):
            continue
        if not all(w in repo["id"].lower() for w in words):
            continue
        repo_shape = _snapshot_shape(repo) or None
        if not _chat_models([repo], repo_shape, text, problems):
            continue
        entries = [(f["path"], int(f["size"]), f.get("sha256")) for f in repo["files"]]
        candidate, close, found = build_candidates(
            repo, entries, **_build_args(shape), shape=repo_shape, shape_source=SOURCE_SNAPSHOT if repo_shape else None
        )
        problems.extend(found)
        if candidate is not None:
            candidates.append(candidate)
        if close is not None:
            near.append(close)
    candidates.sort(key=lambda c: -c.downloads)
    near.sort(key=lambda c: -c.downloads)
    shown = order_candidates(candidates, shape["min_tps"])[:limit]
    return SearchResult(
        source="offline",
        retrieved_at=snapshot["retrieved_at"],
        candidates=tuple(shown),
        errors=tuple(_merge(problems)),
        snapshot_source=snapshot["source"],
        near=tuple(order_near(near)[: max(0, limit - len(shown))]),
    )
