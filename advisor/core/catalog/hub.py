"""Hugging Face Hub calls through `huggingface_hub.HfApi`: one listing call, then a repo's file tree.

Both return plain dicts (cacheable as JSON): a repo summary, and `(path, size_bytes, sha256)` file entries. Each is
one Hub operation (`hub_http.hub_operation`: a total deadline and a cap on pages, across every page and redirect);
a file tree is also capped at MAX_TREE_ENTRIES entries. Names that could not be a path inside LM Studio's folder
(`repo_paths`: `..`, absolute, backslashes, control characters; a repo id off the Hub's rule) are dropped here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any, Literal, TypeGuard

from huggingface_hub import HfApi, RepoFile

from advisor.core.catalog.filenames import is_model_file
from advisor.core.catalog.hub_http import HubListingTooLong, hub_operation, install_client
from advisor.core.catalog.repo_paths import is_repo_id, is_safe_repo_file
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


def _license(info: Any) -> str | None:
    card = getattr(info, "card_data", None)
    value = getattr(card, "license", None) if card is not None else None
    if isinstance(value, list):
        value = value[0] if value else None
    if value:
        return str(value)
    tags: Iterable[str] = info.tags or ()
    for tag in tags:
        if tag.startswith("license:"):
            return tag.split(":", 1)[1]
    return None


def summarize(info: Any) -> dict[str, Any]:
    """A listed ModelInfo → the fields a candidate needs (JSON-friendly, so it can be cached)."""
    gguf = info.gguf or {}
    # names from the Hub (or a mirror) are shown and become paths: one that is not a plain relative path inside the
    # repo (`..`, absolute, control characters: repo_paths) is left out, the rest made printable and bounded
    siblings = None if info.siblings is None else [s.rfilename for s in info.siblings if is_safe_repo_file(s.rfilename)]
    parameters = gguf.get("total") or parameters_from_name(info.id)
    return {
        "id": outside_name(info.id),
        "author": outside_name(info.author or info.id.split("/")[0]),
        "downloads": int(info.downloads or 0),
        "likes": int(info.likes or 0),
        "license": outside_optional_name(_license(info)),
        "gated": bool(info.gated),
        "last_modified": info.last_modified.isoformat() if info.last_modified else None,
        "sha": info.sha,
        "architecture": gguf.get("architecture"),
        "parameters": float(parameters) if parameters else None,
        "context_length": gguf.get("context_length"),
        "siblings": siblings,
        "pipeline_tag": getattr(info, "pipeline_tag", None),
        "tags": [str(t) for t in info.tags or () if t in EMBEDDING_TAGS],  # the ones that mark a model as not chat
    }


def has_gguf(summary: dict[str, Any]) -> bool | None:
    """Whether the listing shows any GGUF model file (None when it did not list files)."""
    names = summary.get("siblings")
    if names is None:
        return None
    return any(is_model_file(n) for n in names)


def list_repos(
    api: HfApi, *, text: str | None, num_parameters: str | None, sort: Sort, limit: int
) -> list[dict[str, Any]]:
    """One listing call (pages followed by the library through the absolute `Link` header), within one total
    deadline and MAX_PAGES pages; a repo whose id is not `OWNER/NAME` by the Hub's rule is left out."""
    with hub_operation():
        infos = api.list_models(
            filter="gguf",
            search=text or None,
            num_parameters=num_parameters,
            sort=sort,
            limit=limit,
            expand=[*LIST_EXPAND],
        )
        return [summarize(info) for info in infos if is_repo_id(info.id)]


def repo_files(
    api: HfApi,
    repo_id: str,
    revision: str | None = None,
    *,
    total_s: float | None = None,
    max_entries: int = MAX_TREE_ENTRIES,
) -> list[tuple[str, int, str | None]]:
    """Every file of a repo, recursively (per-quant folders included): `(path, size_bytes, sha256)`.

    One Hub operation: every page within `total_s` (default: twice the per-request timeout) and MAX_PAGES pages, at
    most `max_entries` entries; past any of them it raises (HubTimeout, HubListingTooLong) and nothing is kept.
    A file whose name is not a plain relative path inside the repo (`repo_paths.is_safe_repo_file`) is left out."""
    entries = []
    with hub_operation(total_s) as operation:
        for seen, item in enumerate(api.list_repo_tree(repo_id, recursive=True, revision=revision), start=1):
            if seen > max_entries:
                host = getattr(api, "endpoint", None) or "the Hub"
                raise HubListingTooLong(host, pages=operation.requests, entries=seen - 1)
            if isinstance(item, RepoFile) and is_safe_repo_file(item.path):  # folders are listed too
                entries.append((item.path, int(item.size), item.lfs.sha256 if item.lfs is not None else None))
    return entries
