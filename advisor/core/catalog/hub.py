"""Hugging Face Hub calls through `huggingface_hub`'s HTTP client: one listing call, then a repo's file tree.

Both return plain dicts (cacheable as JSON): a repo summary, and `(path, size_bytes, sha256)` file entries. The
JSON is read here, field by field (the library's ModelInfo and RepoFile raise on one odd entry): a field of the wrong
type or an impossible value is unknown, an entry without a usable id or path is left out. Each is
one Hub operation (`hub_http.hub_operation`: a total deadline and a cap on pages, across every page and redirect);
a file tree is also capped at MAX_TREE_ENTRIES entries. Names that could not be a path inside LM Studio's folder
(`repo_paths`: `..`, absolute, backslashes, control characters; a repo id off the Hub's rule) are dropped here.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from typing import Any, Literal, TypeGuard
from urllib.parse import quote

from huggingface_hub import HfApi
from huggingface_hub.constants import DEFAULT_REVISION
from huggingface_hub.utils import (
    build_hf_headers,
    hf_raise_for_status,
    http_backoff,
    parse_datetime,
    validate_repo_id,
)

from advisor.core.catalog.filenames import is_model_file
from advisor.core.catalog.hub_http import HubBadAnswer, HubListingTooLong, hub_operation, install_client
from advisor.core.catalog.repo_paths import is_repo_id, is_safe_repo_file
from advisor.core.gguf.info import MAX_CONTEXT_LENGTH, MAX_PARAMETERS
from advisor.core.text import outside_name, outside_optional_name

Expand = Literal[
    "author",
    "cardData",
    "downloads",
    "gated",
    "gguf",
    "lastModified",
    "likes",
    "pipeline_tag",
    "sha",
    "siblings",
    "tags",
]
Sort = Literal["downloads", "likes", "trending_score", "last_modified"]

# Everything a candidate shows, in the one listing call (no per-repo model_info needed).
LIST_EXPAND: tuple[Expand, ...] = (
    "author",
    "cardData",
    "downloads",
    "gated",
    "gguf",
    "lastModified",
    "likes",
    "pipeline_tag",  # an embedding model says "feature-extraction" or "sentence-similarity": not offered for chat
    "sha",
    "siblings",
    "tags",
)
SORTS: tuple[Sort, ...] = ("downloads", "likes", "trending_score", "last_modified")
_SORT_PARAM = {"trending_score": "trendingScore", "last_modified": "lastModified"}  # the Hub's names for them
# The Hub's pipeline tags and tags of embedding models (sentence-transformers' own tag included)
EMBEDDING_PIPELINES = frozenset({"feature-extraction", "sentence-similarity"})
EMBEDDING_TAGS = EMBEDDING_PIPELINES | {"sentence-transformers"}


# Entries (files and folders) of one repo's tree: the largest GGUF repos have ~2,000 (a few hundred split parts in
# per-quant folders); a mirror that lists more is not sending a real repo, and its tree is given up.
MAX_TREE_ENTRIES = 20_000


def is_sort(value: str) -> TypeGuard[Sort]:
    return value in SORTS


_PARAMS_IN_NAME = re.compile(r"(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)[Bb](?![A-Za-z0-9])")


def make_api(endpoint: str | None, token: str | bool | None) -> HfApi:
    install_client()
    return HfApi(endpoint=endpoint, token=token, library_name="local-llm-advisor")


def num_parameters_filter(min_params: float | None, max_params: float | None) -> str | None:
    """The Hub's `num_parameters` query: `min:6B,max:9B` (either side optional)."""

    def billions(n: float) -> str:
        return f"{n / 1e9:g}B"

    sides = []
    if min_params:
        sides.append(f"min:{billions(min_params)}")
    if max_params and math.isfinite(max_params):
        sides.append(f"max:{billions(max_params)}")
    return ",".join(sides) or None


def parameters_from_name(repo_id: str) -> float | None:
    """'Meta-Llama-3.1-8B-Instruct-GGUF' → 8e9; the fallback when the Hub has no GGUF metadata."""
    found = _PARAMS_IN_NAME.findall(repo_id.split("/")[-1])
    return float(found[-1]) * 1e9 if found else None


_ACTIVE_IN_NAME = re.compile(r"(?<=[\d.][Bb])-A(\d+(?:\.\d+)?)[Bb](?![A-Za-z0-9])")


def active_parameters_from_name(repo_id: str) -> float | None:
    """'Qwen3-30B-A3B-GGUF' → 3e9: a mixture of experts reads only its active parameters per token, and the
    listing carries no expert counts — without this a 30B-A3B model is sized as a dense 30B, ~10× too slow."""
    found = _ACTIVE_IN_NAME.findall(repo_id.split("/")[-1])
    return float(found[-1]) * 1e9 if found else None


# A mirror (HF_ENDPOINT) may send any JSON: every field is checked here, where the listing enters, and one of the
# wrong type or past what any real repo has counts as unknown; an entry without a usable id or path is left out.
MAX_COUNT = 10**12  # downloads or likes: the most downloaded repos have ~10^8
MAX_FILE_BYTES = 2**50  # 1 PiB: the Hub stores files of at most a few hundred GB
LICENSE_MAX_CHARS = 64  # a licence id ("apache-2.0", "llama3.1", "other"): a longer one is cut, with "…"
_HEX_SHA256 = re.compile(r"[0-9a-fA-F]{64}")
_HEX_COMMIT = re.compile(r"[0-9a-fA-F]{40,64}")


def _whole(value: object, most: float) -> int | None:
    """`value` as a whole number in 0..`most`, or None: a string, a bool, a fraction, Infinity or -5 is unknown."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not (math.isfinite(value) and value == int(value) and 0 <= value <= most):
        return None
    return int(value)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _parameters(gguf: dict[str, Any], repo_id: str) -> float | None:
    """The Hub's parameter count, else the one in the repo's name; None when neither is a real model's."""
    for value in (gguf.get("total"), parameters_from_name(repo_id)):
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value <= MAX_PARAMETERS:
            return float(value)
    return None


def _last_modified(value: object) -> str | None:
    """The Hub's `2024-05-01T12:00:00.000Z` as ISO 8601 in UTC; None when it is no such date."""
    if not isinstance(value, str):
        return None
    try:
        return parse_datetime(value).isoformat()
    except (ValueError, OverflowError):
        return None


def _license(item: dict[str, Any]) -> str | None:
    card = item.get("cardData")
    value = card.get("license") if isinstance(card, dict) else None
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str) and value:
        return value
    for tag in _strings(item.get("tags")):
        if tag.startswith("license:"):
            return tag.split(":", 1)[1]
    return None


def _mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _siblings(value: object) -> list[str] | None:
    """The file names a listing gives (None when it gives none): only plain relative paths inside the repo
    (`repo_paths`: no `..`, absolute, control characters), so a name never climbs out of LM Studio's folder."""
    if not isinstance(value, list):
        return None
    names = (s.get("rfilename") for s in value if isinstance(s, dict))
    return [n for n in names if isinstance(n, str) and is_safe_repo_file(n)]


def summarize(item: dict[str, Any]) -> dict[str, Any] | None:
    """One entry of the Hub's listing → the fields a candidate needs (JSON-friendly, so it can be cached); None
    when it has no `OWNER/NAME` id. Names are made printable and bounded; any other field of the wrong type or an
    impossible value is unknown (None, or 0 for the counts), so one odd field never costs the whole listing."""
    repo_id = item.get("id")
    if not isinstance(repo_id, str) or not is_repo_id(repo_id):
        return None
    gguf = _mapping(item.get("gguf"))
    architecture = _text(gguf.get("architecture"))
    sha = _text(item.get("sha"))
    return {
        "id": outside_name(repo_id),
        "author": outside_name(_text(item.get("author")) or repo_id.split("/")[0]),
        "downloads": _whole(item.get("downloads"), MAX_COUNT) or 0,
        "likes": _whole(item.get("likes"), MAX_COUNT) or 0,
        "license": outside_optional_name(_license(item), max_chars=LICENSE_MAX_CHARS),
        "gated": item.get("gated") is True or item.get("gated") in ("auto", "manual"),
        "last_modified": _last_modified(item.get("lastModified")),
        "sha": sha if sha is not None and _HEX_COMMIT.fullmatch(sha) else None,
        "architecture": outside_name(architecture) if architecture else None,
        "parameters": _parameters(gguf, repo_id),
        "context_length": _whole(gguf.get("context_length"), MAX_CONTEXT_LENGTH) or None,
        "siblings": _siblings(item.get("siblings")),
        "pipeline_tag": _text(item.get("pipeline_tag")),
        "tags": [t for t in _strings(item.get("tags")) if t in EMBEDDING_TAGS],  # those that mark a model as not chat
    }


def has_gguf(summary: dict[str, Any]) -> bool | None:
    """Whether the listing shows any GGUF model file (None when it did not list files)."""
    names = summary.get("siblings")
    if names is None:
        return None
    return any(is_model_file(n) for n in names)


def _pages(api: HfApi, url: str, params: dict[str, Any] | None = None) -> Iterator[list[Any]]:
    """Every page of a Hub listing, followed as huggingface_hub does (the absolute `Link: rel="next"` header).
    Read here rather than through the library's ModelInfo/RepoFile, which raise on one odd entry (a date that is
    no date, a file without `size`) and so lose the whole listing; a page that is not a JSON list is HubBadAnswer."""
    headers = build_hf_headers(  # what HfApi's own calls send (its private _build_hf_headers, by its public parts)
        token=api.token,
        library_name=api.library_name,
        library_version=api.library_version,
        user_agent=api.user_agent,
        headers=api.headers,
    )
    next_url: str | None = url
    while next_url is not None:
        response = http_backoff("GET", next_url, params=params, headers=headers)
        hf_raise_for_status(response)
        host = response.url.host or "the Hub"
        try:
            page = response.json()
        except ValueError as exc:
            raise HubBadAnswer(host) from exc
        if not isinstance(page, list):
            raise HubBadAnswer(host)
        yield page
        next_url, params = response.links.get("next", {}).get("url"), None  # the next link carries the query


def list_repos(
    api: HfApi, *, text: str | None, num_parameters: str | None, sort: Sort, limit: int
) -> list[dict[str, Any]]:
    """One listing call (its pages followed through the absolute `Link` header), within one total deadline and
    MAX_PAGES pages. An entry without an `OWNER/NAME` id by the Hub's rule is left out; a listing with entries but
    none usable is HubBadAnswer (a mirror that is not the Hub), not "nothing matches"."""
    params: dict[str, Any] = {"filter": ["gguf"], "sort": _SORT_PARAM.get(sort, sort), "limit": limit}
    params["expand"] = [*LIST_EXPAND]
    if text:
        params["search"] = text
    if num_parameters is not None:
        params["num_parameters"] = num_parameters
    with hub_operation():
        items = itertools.islice(
            itertools.chain.from_iterable(_pages(api, f"{api.endpoint}/api/models", params)), limit
        )
        raw = list(items)
        summaries = [s for s in (summarize(item) for item in raw if isinstance(item, dict)) if s is not None]
    if raw and not summaries:
        raise HubBadAnswer(api.endpoint)
    return summaries


def _tree_file(item: object) -> tuple[str, int | None, str | None] | None:
    """A file of a repo's tree → `(path, size_bytes, sha256)`, size None when the Hub gives no usable one; None for
    a folder, or a name that is not a plain relative path inside the repo (`repo_paths.is_safe_repo_file`)."""
    if not isinstance(item, dict) or item.get("type") != "file":
        return None
    path = item.get("path")
    if not isinstance(path, str) or not is_safe_repo_file(path):
        return None
    lfs = _mapping(item.get("lfs"))
    size = _whole(item.get("size"), MAX_FILE_BYTES)
    if size is None:
        size = _whole(lfs.get("size"), MAX_FILE_BYTES)
    oid = lfs.get("oid")
    sha256 = oid.lower() if isinstance(oid, str) and _HEX_SHA256.fullmatch(oid) else None  # else no hash known
    return path, size, sha256


def repo_files(
    api: HfApi,
    repo_id: str,
    revision: str | None = None,
    *,
    total_s: float | None = None,
    max_entries: int = MAX_TREE_ENTRIES,
    unsized: list[str] | None = None,
) -> list[tuple[str, int, str | None]]:
    """Every file of a repo, recursively (per-quant folders included): `(path, size_bytes, sha256)`.

    One Hub operation: every page within `total_s` (default: twice the per-request timeout) and MAX_PAGES pages, at
    most `max_entries` entries; past any of them it raises (HubTimeout, HubListingTooLong) and nothing is kept.
    A file whose name is not a plain relative path inside the repo (`repo_paths.is_safe_repo_file`) is left out; so
    is one listed without a usable size (neither `size` nor `lfs.size` a whole number of bytes), named in `unsized`
    so a download or a check can say why; an `lfs.oid` that is not a SHA-256 is no hash (None)."""
    validate_repo_id(repo_id)  # it becomes part of the URL
    rev = quote(revision or DEFAULT_REVISION, safe="")
    url = f"{api.endpoint}/api/models/{repo_id}/tree/{rev}"
    entries = []
    with hub_operation(total_s) as operation:
        items = itertools.chain.from_iterable(_pages(api, url, {"recursive": True, "expand": False}))
        for seen, item in enumerate(items, start=1):
            if seen > max_entries:
                host = getattr(api, "endpoint", None) or "the Hub"
                raise HubListingTooLong(host, pages=operation.requests, entries=seen - 1)
            found = _tree_file(item)
            if found is None:  # a folder (listed too), or a name that climbs out
                continue
            path, size, sha256 = found
            if size is None:
                if unsized is not None:
                    unsized.append(path)
                continue
            entries.append((path, size, sha256))
    return entries
