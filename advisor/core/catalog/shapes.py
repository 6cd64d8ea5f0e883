"""Each repo's own architecture numbers (layers, KV heads, head size, vocabulary, experts...), so the sizing engine
judges its files as they are instead of borrowing the nearest reference model's shape.

Where they come from, best first: the GGUF header of one of the repo's files, read with HTTP Range requests (only
the header; a size cap and a total deadline; concurrent and bounded; cached on disk by repo + commit, which never
changes), the bundled snapshot's `shape` for the same repo (copied from the model's published config.json), and
only then nothing (the engine borrows a reference shape and the file says so: `QuantFile.shape_borrowed`).
"""

from __future__ import annotations

import contextvars
import functools
import logging
import time
import urllib.parse
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import Any

from advisor.core.catalog.cache import HubCache
from advisor.core.catalog.hub import active_parameters_from_name
from advisor.core.gguf.info import GgufInfo
from advisor.core.gguf.kinds import header_kind
from advisor.core.gguf.reader import GgufError
from advisor.core.gguf.remote import GgufFetchError, read_remote_gguf
from advisor.core.types import ModelSpec

log = logging.getLogger(__name__)

SOURCE_HEADER = "gguf_header"
SOURCE_SNAPSHOT = "snapshot"

# ModelSpec fields a shape may carry (the snapshot's `shape` objects use the same names)
INT_FIELDS = (
    "layers",
    "embedding",
    "heads",
    "kv_heads",
    "head_dim",
    "value_dim",
    "vocab",
    "feed_forward",
    "context_train",
    "experts",
    "active_experts",
    "sliding_window",
    "sliding_window_layers",
    "attention_layers",
    "kv_lora_rank",
)
SHAPE_FIELDS = ("architecture", *INT_FIELDS, "tied_embeddings", "active_parameters")

MAX_CONCURRENT_HEADERS = 8
HEADER_DEADLINE_S = 20.0  # for every header of one search together
SHAPE_MAX_HEADER_BYTES = 32 * 2**20  # the largest real headers (262k-token vocabularies) are ~15 MB

Reader = Callable[..., GgufInfo]


def clean_shape(raw: object) -> dict[str, Any]:
    """Only the known fields, with sane types and values (a snapshot or cache file is data, not trusted code)."""
    if not isinstance(raw, dict):
        return {}
    out: dict[str, Any] = {}
    for key in INT_FIELDS:
        value = raw.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**40:
            out[key] = value
    if isinstance(raw.get("architecture"), str) and raw["architecture"]:
        out["architecture"] = raw["architecture"]
    if isinstance(raw.get("tied_embeddings"), bool):
        out["tied_embeddings"] = raw["tied_embeddings"]
    active = raw.get("active_parameters")
    if isinstance(active, int | float) and not isinstance(active, bool) and active > 0:
        out["active_parameters"] = float(active)
    if raw.get("attention_layers") == 0:  # recurrent models: no per-token KV cache at all
        out["attention_layers"] = 0
    return out


def is_complete(shape: dict[str, Any]) -> bool:
    """Whether the engine can size from it without borrowing (the numbers the KV cache and buffers need)."""
    return all(shape.get(k) for k in ("layers", "embedding", "heads", "kv_heads", "vocab"))


def shape_from_info(info: GgufInfo) -> dict[str, Any]:
    """The architecture numbers a GGUF header gives (the same ones `spec_from_gguf` passes to the engine)."""
    raw: dict[str, Any] = {
        "architecture": info.architecture,
        "layers": info.layers,
        "embedding": info.embedding,
        "heads": info.heads,
        "kv_heads": info.kv_heads,
        "head_dim": info.head_dim,
        "value_dim": info.value_dim,
        "vocab": info.vocab_size,
        "feed_forward": info.feed_forward,
        "context_train": info.context_length,
        "experts": info.experts,
        "active_experts": info.active_experts,
        "sliding_window": info.sliding_window,
        "sliding_window_layers": info.sliding_window_layers,
        "attention_layers": info.attention_layers,
        "kv_lora_rank": info.kv_lora_rank,
    }
    if info.split_count == 1:  # the tied flag and the expert share need the whole tensor table
        raw["tied_embeddings"] = info.tied_embeddings
        if info.experts and info.active_experts and info.expert_parameter_count and info.parameter_count:
            share = min(1.0, info.active_experts / info.experts)
            raw["active_parameters"] = info.parameter_count - info.expert_parameter_count * (1.0 - share)
    return clean_shape(raw)


def spec_for(summary: dict[str, Any], shape: dict[str, Any] | None, quant: str | None, size_bytes: int) -> ModelSpec:
    """The ModelSpec of one file of a repo: the listing's parameters and the file's size, the repo's own shape."""
    shape = shape or {}
    parameters = float(summary["parameters"])
    active = shape.get("active_parameters") or active_parameters_from_name(str(summary.get("id") or ""))
    if active is not None and shape.get("active_parameters") and shape.get("_header_parameters"):
        active = active * parameters / float(shape["_header_parameters"])
    fields = {k: shape[k] for k in INT_FIELDS if k in shape}
    fields["context_train"] = shape.get("context_train") or summary.get("context_length")
    return ModelSpec(
        parameters=parameters,
        quant=quant,
        file_size_bytes=size_bytes,
        architecture=shape.get("architecture") or summary.get("architecture"),
        name=summary.get("id"),
        active_parameters=min(active, parameters) if active else None,
        tied_embeddings=shape.get("tied_embeddings"),
        **fields,
    )


def header_url(base: str, repo_id: str, revision: str | None, path: str) -> str:
    return f"{base}/{repo_id}/resolve/{urllib.parse.quote(revision or 'main', safe='')}/{urllib.parse.quote(path)}"


def _auth_headers(token: str | bool | None) -> dict[str, str]:
    try:
        from huggingface_hub.utils import build_hf_headers

        return dict(build_hf_headers(token=token, library_name="local-llm-advisor"))
    except Exception as exc:  # no token where one was asked for: read public repos without one
        log.info("no Hub headers for the header reads: %s", exc)
        return {}


def read_shapes(
    jobs: Iterable[tuple[str, str | None, str]],
    *,
    base: str,
    token: str | bool | None,
    cache: HubCache,
    max_concurrency: int = MAX_CONCURRENT_HEADERS,
    deadline_s: float = HEADER_DEADLINE_S,
    timeout_s: float = HEADER_DEADLINE_S,
    reader: Reader = read_remote_gguf,
) -> dict[str, dict[str, Any]]:
    """`(repo_id, commit sha, path of the file to read)` → repo_id → its shape (with `"kind"` when the header says
    the file is not a model). Repos whose header could not be read in time are left out (never an error: their files
    are sized with a borrowed shape and say so). Readable answers, good or not a GGUF, are cached per commit."""
    shapes: dict[str, dict[str, Any]] = {}
    todo = []
    for repo_id, sha, path in jobs:
        key = f"{base}|{repo_id}|{sha}"
        hit = cache.get("shape", key, None) if sha else None
        if hit is not None and isinstance(hit[0], dict):
            if hit[0].get("shape") is not None:
                shapes[repo_id] = {**clean_shape(hit[0]["shape"]), **_extras(hit[0])}
            continue
        todo.append((repo_id, sha, path, key))
    if not todo:
        return shapes
    if cache.rate_limited_for_s(base) is not None:
        return shapes
    headers = _auth_headers(token)
    ends_at = time.monotonic() + deadline_s

    def read(repo_id: str, sha: str | None, path: str, key: str) -> tuple[str, dict[str, Any] | None]:
        left = ends_at - time.monotonic()
        if left <= 0:
            return repo_id, None
        try:
            info = reader(
                header_url(base, repo_id, sha, path),
                headers=headers,
                timeout_s=min(timeout_s, left),
                max_header_bytes=SHAPE_MAX_HEADER_BYTES,
                deadline_s=left,
                split_sizes=False,
            )
        except (GgufError, GgufFetchError) as exc:
            log.info("no header for %s:%s: %s", repo_id, path, exc)
            if sha and (isinstance(exc, GgufError) or getattr(exc, "status", None) in (404, 410, 416)):
                cache.put("shape", key, {"shape": None, "path": path})  # the same answer at this commit forever
            return repo_id, None  # offline, 401 on a gated repo, a timeout: try again next time
        except Exception as exc:
            log.info("no header for %s:%s: %s", repo_id, path, exc)
            return repo_id, None
        record: dict[str, Any] = {
            "shape": shape_from_info(info),
            "path": path,
            "kind": header_kind(info.metadata),
            "parameters": info.parameter_count if info.split_count == 1 else None,
        }
        if sha:
            cache.put("shape", key, record)
        return repo_id, {**record["shape"], **_extras(record)}

    pool = ThreadPoolExecutor(max_workers=max(1, min(max_concurrency, len(todo))), thread_name_prefix="hub-header")
    try:
        futures = [pool.submit(contextvars.copy_context().run, functools.partial(read, *job)) for job in todo]
        done, _ = wait(futures, timeout=max(0.0, ends_at - time.monotonic()))
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # past the deadline: nobody waits for the stragglers
    for future in done:
        if future.exception() is None:
            repo_id, shape = future.result()
            if shape is not None:
                shapes[repo_id] = shape
    return shapes


def _extras(record: dict[str, Any]) -> dict[str, Any]:
    """What a cached header record adds to the shape: the file it was read from, its kind, its tensor count."""
    out: dict[str, Any] = {"_path": record.get("path")}
    if isinstance(record.get("kind"), str):
        out["_kind"] = record["kind"]
    if isinstance(record.get("parameters"), int | float) and record["parameters"]:
        out["_header_parameters"] = float(record["parameters"])
    return out
