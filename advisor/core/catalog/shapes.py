"""Each repo's own architecture numbers (layers, KV heads, head size, vocabulary, experts...), so the sizing engine
judges its files as they are instead of borrowing the nearest reference model's shape.

Where they come from, best first: the GGUF header of one of the repo's files, read with HTTP Range requests (only
the header; a size cap and a total deadline; concurrent and bounded; cached on disk by repo + commit, which never
changes), the bundled snapshot's `shape` for the same repo (copied from the model's published config.json), and
only then nothing (the engine borrows a reference shape and the file says so: `QuantFile.shape_borrowed`).
"""

from __future__ import annotations

import contextvars
import dataclasses
import functools
import logging
import time
import urllib.parse
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import Any

from advisor.core.catalog.cache import HubCache
from advisor.core.catalog.hub import EMBEDDING_PIPELINES, EMBEDDING_TAGS, active_parameters_from_name
from advisor.core.gguf.info import NO_KV_ARCHS, GgufInfo, info_from_header, spec_from_gguf
from advisor.core.gguf.kinds import header_kind
from advisor.core.gguf.reader import GgufError, GgufHeader, NewerTensorTypeError
from advisor.core.gguf.remote import GgufFetchError, read_remote_gguf
from advisor.core.types import ModelSpec

log = logging.getLogger(__name__)

SOURCE_HEADER = "gguf_header"
SOURCE_SNAPSHOT = "snapshot"

# The architecture facts `spec_from_gguf` derives from a header (info.py's rules) that are counts, none tied to one
# file's quant
DERIVED_INT_FIELDS = (
    "attention_layers",
    "sliding_window_layers",
    "expert_feed_forward",
    "recurrent_state_bytes",
    "ssm_inner",
    "ssm_state",
    "ssm_groups",
    "ssm_heads",
    "per_layer_input_width",
    "indexer_query_width",
    "mla_attention_heads",
    "hyper_connections",
    "indexer_pool",
    "residual_checkpoints",
    "tensor_count",
)
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
    "kv_lora_rank",
    *DERIVED_INT_FIELDS,
)
# per-cell KV elements of the full and the sliding layers (Gemma 4's layers of two widths): 0 is an answer (no
# cached layer of that kind), None is "uniform layers"
CELL_FIELDS = ("kv_full_cell_elements", "kv_swa_cell_elements")
# Every architecture fact `spec_from_gguf` derives from a header
DERIVED_FIELDS = (*DERIVED_INT_FIELDS, *CELL_FIELDS, "kv_compressed_cell_elements")
# Bytes of one file's own tensors (they change with the quant): given only to the file whose header was read
FILE_BYTE_FIELDS = ("token_embedding_bytes", "per_layer_embedding_bytes")
# config.json facts a snapshot shape may give beside the ModelSpec fields, as the GGUF key llama.cpp reads them
# from (after `{arch}.`): info.py's rules turn them into the derived fields above (Gemma 4's per-layer head sizes,
# its shared KV layers, which layers slide)
CONFIG_KEYS = {
    "key_length_swa": "attention.key_length_swa",
    "value_length_swa": "attention.value_length_swa",
    "shared_kv_layers": "attention.shared_kv_layers",
    "sliding_window_pattern": "attention.sliding_window_pattern",
}
# the shape's own fields, as the GGUF keys info.py reads
_GGUF_KEYS = {
    "layers": "block_count",
    "embedding": "embedding_length",
    "heads": "attention.head_count",
    "kv_heads": "attention.head_count_kv",
    "head_dim": "attention.key_length",
    "value_dim": "attention.value_length",
    "vocab": "vocab_size",
    "feed_forward": "feed_forward_length",
    "context_train": "context_length",
    "experts": "expert_count",
    "active_experts": "expert_used_count",
    "expert_feed_forward": "expert_feed_forward_length",
    "sliding_window": "attention.sliding_window",
    "per_layer_input_width": "embedding_length_per_layer_input",
    **CONFIG_KEYS,
}
# Not chat models (llm-advisor models leaves them out): the Hub's pipeline tags and tags of embedding models
# (hub.EMBEDDING_PIPELINES, hub.EMBEDDING_TAGS), and the architectures llama.cpp gives no KV cache (embedding
# encoders, diffusion models: info.NO_KV_ARCHS)
DIFFUSION_ARCHS = frozenset({"dream", "llada", "llada-moe", "rnd1"})  # llama.cpp runs them with llama-diffusion-cli
NOT_CHAT_EMBEDDING = "embedding"
NOT_CHAT_DIFFUSION = "diffusion"
NOT_CHAT_OTHER = "other"
# the header record's layout: records of an older one lack the derived fields and are read again
RECORD_VERSION = 2

MAX_CONCURRENT_HEADERS = 8
HEADER_DEADLINE_S = 20.0  # for every header of one search together
SHAPE_MAX_HEADER_BYTES = 32 * 2**20  # the largest real headers (262k-token vocabularies) are ~15 MB

Reader = Callable[..., GgufInfo]


def _count(value: object, low: int = 1) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value < 2**40:
        return value
    return None


def clean_shape(raw: object) -> dict[str, Any]:
    """Only the known fields, with sane types and values (a snapshot or cache file is data, not trusted code)."""
    if not isinstance(raw, dict):
        return {}
    out: dict[str, Any] = {}
    for key in INT_FIELDS:
        if (value := _count(raw.get(key))) is not None:
            out[key] = value
    for key in (*CELL_FIELDS, "key_length_swa", "value_length_swa", "shared_kv_layers"):
        if (value := _count(raw.get(key), 0)) is not None:
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
    compressed = raw.get("kv_compressed_cell_elements")
    if isinstance(compressed, list | tuple) and compressed:
        pairs = [tuple(p) for p in compressed if isinstance(p, list | tuple) and len(p) == 2]
        good = [(r, e) for r, e in pairs if _count(r) is not None and _count(e, 0) is not None]
        if len(good) == len(compressed):
            out["kv_compressed_cell_elements"] = tuple(good)
    pattern = raw.get("sliding_window_pattern")
    if _count(pattern, 0) is not None or (
        isinstance(pattern, list) and pattern and all(isinstance(v, bool) for v in pattern)
    ):
        out["sliding_window_pattern"] = pattern
    return out


def _file_bytes(raw: object) -> dict[str, Any]:
    """One file's own tensor bytes from a cached header record (clean_shape's rules for a data file)."""
    if not isinstance(raw, dict):
        return {}
    out: dict[str, Any] = {k: v for k in FILE_BYTE_FIELDS if (v := _count(raw.get(k), 0)) is not None}
    layers = raw.get("expert_layer_bytes")
    if isinstance(layers, list | tuple) and layers and all(_count(v, 0) is not None for v in layers):
        out["expert_layer_bytes"] = tuple(layers)
    return out


def not_chat_kind(summary: dict[str, Any], shape: dict[str, Any] | None = None) -> str | None:
    """Why a repo is not a chat model, when its listing or its header says so ("embedding", "diffusion", "other"):
    its pipeline tag or tags name an embedding model, or its architecture is one llama.cpp keeps no KV cache for
    (an encoder or a diffusion model, which `llm-advisor models` must not offer for chat). None: a chat model."""
    arch = (shape or {}).get("architecture") or summary.get("architecture")
    if arch in DIFFUSION_ARCHS:
        return NOT_CHAT_DIFFUSION
    tags = summary.get("tags") or ()
    if summary.get("pipeline_tag") in EMBEDDING_PIPELINES or any(t in EMBEDDING_TAGS for t in tags):
        return NOT_CHAT_EMBEDDING
    if arch in NO_KV_ARCHS:
        return NOT_CHAT_OTHER if arch in ("wavtokenizer-dec", "clef") else NOT_CHAT_EMBEDDING
    return None


def is_complete(shape: dict[str, Any]) -> bool:
    """Whether the engine can size from it without borrowing (the numbers the KV cache and buffers need)."""
    return all(shape.get(k) for k in ("layers", "embedding", "heads", "kv_heads", "vocab"))


def _derived(spec: ModelSpec) -> dict[str, Any]:
    """The derived architecture facts of a ModelSpec that `spec_from_gguf` made (JSON-friendly)."""
    out: dict[str, Any] = {k: getattr(spec, k) for k in DERIVED_FIELDS}
    if spec.kv_compressed_cell_elements:
        out["kv_compressed_cell_elements"] = [list(p) for p in spec.kv_compressed_cell_elements]
    return out


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
    try:
        raw.update(_derived(spec_from_gguf(info)))
    except GgufError as exc:  # no tensors listed: the plain numbers above still size it
        log.info("no derived shape from a header: %s", exc)
    if info.split_count == 1:  # the tied flag and the expert share need the whole tensor table
        raw["tied_embeddings"] = info.tied_embeddings
        if info.experts and info.active_experts and info.expert_parameter_count and info.parameter_count:
            share = min(1.0, info.active_experts / info.experts)
            raw["active_parameters"] = info.parameter_count - info.expert_parameter_count * (1.0 - share)
    return clean_shape(raw)


def file_bytes_from_info(info: GgufInfo) -> dict[str, Any]:
    """The header's own file's tensor bytes (token embedding, Gemma's per-layer embedding, each layer's experts),
    as a local read gives them; for the other quants of the repo the engine estimates them from the shape."""
    try:
        spec = spec_from_gguf(info)
    except GgufError:
        return {}
    out: dict[str, Any] = {k: getattr(spec, k) for k in FILE_BYTE_FIELDS}
    out["expert_layer_bytes"] = list(spec.expert_layer_bytes) if spec.expert_layer_bytes else None
    return _file_bytes(out)


def with_architecture_rules(shape: dict[str, Any]) -> dict[str, Any]:
    """A snapshot shape (from the model's config.json) with the facts info.py derives from the architecture and
    the shape filled in where the snapshot does not give them: the layers that keep a KV cache (Gemma 3n's first
    20, Gemma 4's unshared ones, none for an embedding or diffusion model), the sliding layers, Gemma 4's per-cell
    elements from its two head sizes. The header's own rules run on the shape written as GGUF keys, so a snapshot
    entry sizes as the same model's header does; older entries without these facts load as they did."""
    arch = shape.get("architecture")
    if not isinstance(arch, str):
        return shape
    metadata: dict[str, object] = {"general.architecture": arch}
    for field, key in _GGUF_KEYS.items():
        if shape.get(field) is not None:
            metadata[f"{arch}.{key}"] = shape[field]
    try:
        info = info_from_header(GgufHeader(version=3, metadata=metadata, tensors=(), header_bytes=0), None)
        # a shape lists no tensors: a stand-in parameter count, which none of the fields taken depends on
        derived = _derived(spec_from_gguf(dataclasses.replace(info, parameter_count=1)))
    except GgufError as exc:  # numbers info.py refuses: the shape as given
        log.info("no derived facts for a %s snapshot shape: %s", arch, exc)
        return shape
    filled = clean_shape(derived)
    return {**shape, **{k: v for k, v in filled.items() if shape.get(k) is None}}


def spec_for(
    summary: dict[str, Any], shape: dict[str, Any] | None, quant: str | None, size_bytes: int, path: str | None = None
) -> ModelSpec:
    """The ModelSpec of one file of a repo: the listing's parameters and the file's size, the repo's own shape (and,
    for `path` the file whose header was read, its own tensor bytes, as a local read of it gives)."""
    shape = shape or {}
    parameters = float(summary["parameters"])
    active = shape.get("active_parameters") or active_parameters_from_name(str(summary.get("id") or ""))
    if active is not None and shape.get("active_parameters") and shape.get("_header_parameters"):
        active = active * parameters / float(shape["_header_parameters"])
    fields: dict[str, Any] = {k: shape[k] for k in (*INT_FIELDS, *CELL_FIELDS) if k in shape}
    fields["context_train"] = shape.get("context_train") or summary.get("context_length")
    if shape.get("kv_compressed_cell_elements"):
        fields["kv_compressed_cell_elements"] = tuple(tuple(p) for p in shape["kv_compressed_cell_elements"])
    if path is not None and path == shape.get("_path"):
        fields.update(shape.get("_file") or {})
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
        key = f"{base}|{repo_id}|{sha}|v{RECORD_VERSION}"
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
            newer = isinstance(exc, NewerTensorTypeError)  # a later version may read it: not "no shape" for good
            if sha and not newer and (isinstance(exc, GgufError) or getattr(exc, "status", None) in (404, 410, 416)):
                cache.put("shape", key, {"shape": None, "path": path})  # the same answer at this commit forever
            return repo_id, None  # offline, 401 on a gated repo, a timeout: try again next time
        except Exception as exc:
            log.info("no header for %s:%s: %s", repo_id, path, exc)
            return repo_id, None
        record: dict[str, Any] = {
            "shape": shape_from_info(info),
            "file": file_bytes_from_info(info),
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
    out: dict[str, Any] = {"_path": record.get("path"), "_file": _file_bytes(record.get("file"))}
    if isinstance(record.get("kind"), str):
        out["_kind"] = record["kind"]
    if isinstance(record.get("parameters"), int | float) and record["parameters"]:
        out["_header_parameters"] = float(record["parameters"])
    return out
