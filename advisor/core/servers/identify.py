"""Which program answers on a URL: LM Studio, Ollama, llama.cpp, ... — by response, never by port alone.

Ports are shared (8080: llama.cpp and LocalAI; 8000: vLLM and llama-cpp-python), so each server is recognised by
a cheap request only it answers that way (reference: shared/reference/servers.md). KoboldCpp is asked before
Ollama and llama.cpp because it emulates both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from advisor.core.servers.http import Deadline, ProbeError, Reply, get, httpx
from advisor.core.servers.types import ServerKind

# `owned_by` in /v1/models items → the server that writes it
_OWNED_BY = {
    "llamacpp": ServerKind.LLAMA_CPP,
    "me": ServerKind.LLAMA_CPP_PYTHON,
    "vllm": ServerKind.VLLM,
    "humanity": ServerKind.GPT4ALL,
    "koboldcpp": ServerKind.KOBOLDCPP,
    "library": ServerKind.OLLAMA,
    "ollama": ServerKind.OLLAMA,
}
JAN_PORT = 1337


@dataclass(frozen=True)
class Identity:
    kind: ServerKind | None
    version: str | None = None


@dataclass
class _Ctx:
    client: httpx.Client
    origin: str
    deadline: Deadline
    headers: dict[str, str]
    models_body: Any  # parsed /v1/models, or None
    port: int

    def get(self, path: str) -> Reply | None:
        """GET origin+path; None when it got no HTTP answer (the main check has already diagnosed that)."""
        try:
            return get(self.client, self.origin + path, self.deadline, self.headers)
        except ProbeError:
            return None

    def get_json(self, path: str) -> Any:
        reply = self.get(path)
        return reply.json if reply is not None and reply.status == 200 else None

    def owned_by(self) -> set[str]:
        data = self.models_body.get("data") if isinstance(self.models_body, dict) else None
        if not isinstance(data, list):
            return set()
        return {str(m.get("owned_by")) for m in data if isinstance(m, dict) and m.get("owned_by") is not None}


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _lmstudio(ctx: _Ctx) -> Identity | None:
    body = ctx.get_json("/lmstudio-greeting")
    if isinstance(body, dict) and body.get("lmstudio") is True:
        return Identity(ServerKind.LMSTUDIO, _text(body.get("version")))
    return None


def _koboldcpp(ctx: _Ctx) -> Identity | None:
    body = ctx.get_json("/api/extra/version")
    if isinstance(body, dict) and body.get("result") == "KoboldCpp":
        return Identity(ServerKind.KOBOLDCPP, _text(body.get("version")))
    return None


def _ollama(ctx: _Ctx) -> Identity | None:
    root = ctx.get("/")
    owned = ctx.owned_by() & {"library", "ollama"}
    if not owned and not (root is not None and root.status == 200 and "Ollama is running" in root.text):
        return None
    body = ctx.get_json("/api/version")
    return Identity(ServerKind.OLLAMA, _text(body.get("version")) if isinstance(body, dict) else None)


def _localai(ctx: _Ctx) -> Identity | None:
    body = ctx.get_json("/.well-known/localai.json")
    if isinstance(body, dict) and ("endpoints" in body or "version" in body):
        return Identity(ServerKind.LOCALAI, _text(body.get("version")))
    return None


def _text_generation_webui(ctx: _Ctx) -> Identity | None:
    body = ctx.get_json("/v1/internal/model/info")
    if isinstance(body, dict) and "model_name" in body and "lora_names" in body:
        return Identity(ServerKind.TEXT_GENERATION_WEBUI)
    return None


# where a server recognised by `owned_by` tells its version: path, key
_VERSION_AT = {
    ServerKind.LLAMA_CPP: ("/props", "build_info"),
    ServerKind.VLLM: ("/version", "version"),
    ServerKind.OLLAMA: ("/api/version", "version"),
    ServerKind.KOBOLDCPP: ("/api/extra/version", "version"),
}


def _by_owner(ctx: _Ctx) -> Identity | None:
    for owner in sorted(ctx.owned_by()):
        kind = _OWNED_BY.get(owner)
        if kind is None:
            continue
        version = None
        if kind in _VERSION_AT:
            path, key = _VERSION_AT[kind]
            body = ctx.get_json(path)
            version = _text(body.get(key)) if isinstance(body, dict) else None
        return Identity(kind, version)
    return None


def _llama_cpp_health(ctx: _Ctx) -> Identity | None:
    """llama.cpp when /v1/models gave nothing (loading, or a key is required): its /health is public."""
    reply = ctx.get("/health")
    if reply is None:
        return None
    body = reply.json
    if reply.status == 200 and body == {"status": "ok"}:
        props = ctx.get_json("/props")
        if isinstance(props, dict) and ("default_generation_settings" in props or "build_info" in props):
            return Identity(ServerKind.LLAMA_CPP, _text(props.get("build_info")))
        return Identity(ServerKind.LLAMA_CPP) if reply.headers.get("server", "").startswith("llama") else None
    err = body.get("error") if isinstance(body, dict) else None
    if reply.status == 503 and isinstance(err, dict) and err.get("type") == "unavailable_error":
        return Identity(ServerKind.LLAMA_CPP)
    return None


def _jan(ctx: _Ctx) -> Identity | None:
    """Jan gives nothing specific away; its default port and an OpenAI list (or a key demand) are all there is."""
    if ctx.port != JAN_PORT:
        return None
    if isinstance(ctx.models_body, dict) and ctx.models_body.get("object") == "list":
        return Identity(ServerKind.JAN)
    return None


_PROBES: tuple[Callable[[_Ctx], Identity | None], ...] = (
    _lmstudio,
    _koboldcpp,
    _by_owner,
    _ollama,
    _localai,
    _text_generation_webui,
    _llama_cpp_health,
    _jan,
)


def identify(
    client: httpx.Client,
    origin: str,
    *,
    deadline: Deadline,
    headers: dict[str, str],
    models_body: Any,
    port: int,
) -> Identity:
    """The first probe that recognises the server wins; `Identity(None)` when none does."""
    ctx = _Ctx(client, origin, deadline, headers, models_body, port)
    for probe in _PROBES:
        if deadline.expired:
            break
        found = probe(ctx)
        if found is not None:
            return found
    return Identity(None)
