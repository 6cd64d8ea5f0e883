"""The models a server offers: the OpenAI list, plus LM Studio's native API for loaded/quant/arch/context."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from advisor.core.servers.types import ServerKind, ServerModel
from advisor.core.text import outside_name


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def openai_models(body: Any, kind: ServerKind | None) -> tuple[ServerModel, ...] | None:
    """Items of a `GET /v1/models` reply; None when the body is not such a list."""
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        return None
    models = []
    for item in data:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        raw_meta = item.get("meta")
        meta = raw_meta if isinstance(raw_meta, dict) else {}
        max_context = _int(meta.get("n_ctx_train")) or _int(item.get("max_model_len"))
        # llama.cpp and vLLM serve exactly the models they list, already in memory; llama-server in router mode
        # (`--models-dir`) lists the models it may load, each with its `status` ("loaded", "loading", "unloaded")
        status = item.get("status")
        if isinstance(status, dict) and isinstance(status.get("value"), str):
            loaded: bool | None = status["value"] == "loaded"
        else:
            loaded = True if kind in (ServerKind.LLAMA_CPP, ServerKind.VLLM) else None
        quant = meta.get("ftype") if isinstance(meta.get("ftype"), str) else None
        models.append(ServerModel(id=item["id"], loaded=loaded, quant=quant, max_context=max_context))
    return tuple(models)


def embedding_ids(body: Any) -> set[str]:
    """Ids of embedding models in LM Studio's native lists (v0 `data[].type`, v1 `models[].type`)."""
    if not isinstance(body, dict):
        return set()
    items = body.get("data") if isinstance(body.get("data"), list) else body.get("models")
    if not isinstance(items, list):
        return set()
    return {  # as ServerModel writes ids (advisor.core.text), so that they compare
        outside_name(str(item.get("id") or item.get("key")))
        for item in items
        if isinstance(item, dict) and str(item.get("type", "")).startswith("embedding")
    }


def lmstudio_v0_models(body: Any) -> tuple[ServerModel, ...] | None:
    """`GET /api/v0/models` (LM Studio 0.3.6+); embedding models are left out: they cannot chat."""
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        return None
    return tuple(
        ServerModel(
            id=item["id"],
            loaded=item.get("state") == "loaded" if item.get("state") else None,
            quant=item.get("quantization") or None,
            arch=item.get("arch") or None,
            max_context=_int(item.get("max_context_length")),
            loaded_context=_int(item.get("loaded_context_length")),  # newer versions say it
        )
        for item in data
        if isinstance(item, dict) and isinstance(item.get("id"), str) and item.get("type") != "embeddings"
    )


def lmstudio_v1_models(body: Any) -> tuple[ServerModel, ...] | None:
    """`GET /api/v1/models` (LM Studio 0.4+): `{"models": [{key, architecture, quantization{name}, ...}]}`."""
    items = body.get("models") if isinstance(body, dict) else None
    if not isinstance(items, list):
        return None
    models = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("key"), str) or item.get("type") == "embedding":
            continue
        quant = item.get("quantization")
        instances = item.get("loaded_instances")
        models.append(
            ServerModel(
                id=item["key"],
                loaded=bool(instances) if isinstance(instances, list) else None,
                quant=(quant.get("name") if isinstance(quant, dict) else quant) or None,
                arch=item.get("architecture") or None,
                max_context=_int(item.get("max_context_length")),
                loaded_context=_instance_context(instances),
            )
        )
    return tuple(models)


def _instance_context(instances: Any) -> int | None:
    """The context of a v1 model's first loaded instance (`loaded_instances[].config.context_length`)."""
    first = instances[0] if isinstance(instances, list) and instances else None
    config = first.get("config") if isinstance(first, dict) else None
    return _int(config.get("context_length")) if isinstance(config, dict) else None


def with_loaded_context(models: tuple[ServerModel, ...], props: Any) -> tuple[ServerModel, ...]:
    """llama.cpp's models with the context it loaded them with: `/props` `default_generation_settings.n_ctx` (one
    slot's; `--ctx-size` when a single slot serves). Unchanged when `/props` does not say."""
    settings = props.get("default_generation_settings") if isinstance(props, dict) else None
    n_ctx = _int(settings.get("n_ctx")) if isinstance(settings, dict) else None
    if n_ctx is None:
        return models
    return tuple(replace(m, loaded_context=n_ctx) if m.loaded else m for m in models)


def merge(
    listed: tuple[ServerModel, ...], native: tuple[ServerModel, ...], skip: frozenset[str] | set[str] = frozenset()
) -> tuple[ServerModel, ...]:
    """The native list describes models better; the OpenAI list is what the chat endpoint accepts.

    Every native LLM is kept (LM Studio's /v1/models shows only loaded ones when JIT loading is off), and OpenAI
    ids the native API does not know are added at the end.
    """
    known = {m.id for m in native} | set(skip)
    return native + tuple(m for m in listed if m.id not in known)


def chat_model(models: tuple[ServerModel, ...], *, unloaded_too: bool = False) -> str | None:
    """The model a check or benchmark talks to: a loaded one first, then one whose state is unknown; with
    `unloaded_too` (llama-server's router, which loads a model a request names unless started with
    --no-models-autoload) then an unloaded one, whose reply says which it is (newcomer round: a router with
    autoload on was told it had no model loaded, without asking it)."""
    for wanted in (True, None, False) if unloaded_too else (True, None):
        for m in models:
            if m.loaded is wanted:
                return m.id
    return None
