"""An emulation of LM Studio's local server, speaking its documented replies (LM Studio cannot run here).

Documented behaviour reproduced (reference: shared/reference/servers.md):
* `GET /lmstudio-greeting` → `{"lmstudio": true}`.
* `GET /v1/models` → OpenAI list, `owned_by: "organization_owner"`; with JIT loading off only loaded models.
* `GET /api/v0/models` (0.3.6+) → `{"data": [{id, object, type, publisher, arch, compatibility_type, quantization,
  state, max_context_length}]}`.
* Chat with no model loaded → `{"error": {"message": "No models loaded. ...", "type": "invalid_request_error",
  "param": "model"}}`, status 404 (older) or 400 (newer).
* Unknown route on 0.4.x → HTTP 200 with `{"error": "Unexpected endpoint or method. (GET /props)"}`.
* `POST /api/v0/chat/completions` adds `stats{tokens_per_second, time_to_first_token, generation_time, stop_reason}`.
* Optional authentication (0.4+): `Authorization: Bearer <token>`.
"""

from __future__ import annotations

import time
from typing import Any

from tests.support.fake_http import FakeServer, Handler, Reply, chat_chunk, json_reply, usage_chunk

NO_MODELS_MESSAGE = "No models loaded. Please load a model in the developer page or use the 'lms load' command."
WORDS = ("La", " cooperativa", " instaló", " sensores", " y", " ahorró", " energía", ".")


def model_entry(
    id: str, *, loaded: bool, quant: str = "Q4_K_M", arch: str = "qwen2", max_context: int = 32768, type: str = "llm"
) -> dict[str, Any]:
    """One item of `/api/v0/models`."""
    return {
        "id": id,
        "object": "model",
        "type": type,
        "publisher": id.split("/")[0] if "/" in id else "lmstudio-community",
        "arch": arch,
        "compatibility_type": "gguf",
        "quantization": quant,
        "state": "loaded" if loaded else "not-loaded",
        "max_context_length": max_context,
    }


class LmStudioEmulator(FakeServer):
    def __init__(
        self,
        models: list[dict[str, Any]] | None = None,
        *,
        native_api: bool = True,
        no_models_status: int = 400,
        api_token: str | None = None,
        jit: bool = False,
        tokens_per_second: float = 42.5,
    ) -> None:
        super().__init__(fallback=self._unknown_route)
        self.models = list(
            models
            if models is not None
            else [
                model_entry("qwen2.5-7b-instruct", loaded=True),
                model_entry("text-embedding-nomic-embed-text-v1.5", loaded=False, type="embeddings", arch="nomic-bert"),
            ]
        )
        self.no_models_status = no_models_status
        self.api_token = api_token
        self.jit = jit
        self.tokens_per_second = tokens_per_second
        self.chat_bodies: list[dict[str, Any]] = []  # every chat request's JSON, OpenAI's and the native one's
        self.routes.update(
            {
                "GET /lmstudio-greeting": json_reply({"lmstudio": True}),
                "GET /v1/models": self._authed(self._v1_models),
                "POST /v1/chat/completions": self._authed(self._chat),
            }
        )
        if native_api:
            self.routes["GET /api/v0/models"] = self._authed(self._v0_models)
            self.routes["POST /api/v0/chat/completions"] = self._authed(self._native_chat)

    def _authed(self, route: Any) -> Any:
        def wrapped(h: Handler) -> Reply | None:
            if self.api_token is not None and h.bearer != self.api_token:
                return json_reply({"error": {"message": "Invalid API token", "type": "invalid_request_error"}}, 401)
            return route(h)

        return wrapped

    @staticmethod
    def _unknown_route(h: Handler) -> Reply:
        return json_reply({"error": f"Unexpected endpoint or method. ({h.command} {h.path})"}, 200)

    def _loaded(self) -> list[dict[str, Any]]:
        return [m for m in self.models if m["state"] == "loaded" and m["type"] != "embeddings"]

    def _v0_models(self, h: Handler) -> Reply:
        return json_reply({"object": "list", "data": self.models})

    def _v1_models(self, h: Handler) -> Reply:
        shown = self.models if self.jit else [m for m in self.models if m["state"] == "loaded"]
        return json_reply(
            {
                "object": "list",
                "data": [{"id": m["id"], "object": "model", "owned_by": "organization_owner"} for m in shown],
            }
        )

    def _no_models(self) -> Reply:
        return json_reply(
            {"error": {"message": NO_MODELS_MESSAGE, "type": "invalid_request_error", "param": "model"}},
            self.no_models_status,
        )

    def _pieces(self, body: dict[str, Any]) -> list[str]:
        n = int(body.get("max_tokens") or len(WORDS))
        return [WORDS[i % len(WORDS)] for i in range(n)]

    def _chat(self, h: Handler) -> Reply | None:
        body = h.body_json or {}
        self.chat_bodies.append(body)
        if not self._loaded():
            return self._no_models()
        model = self._loaded()[0]["id"]
        pieces = self._pieces(body)
        if not body.get("stream"):
            return json_reply(self._completion(model, pieces))
        # LM Studio names the model that answers in every chunk (the loaded one, whatever id was asked for)
        events: list[dict[str, Any]] = [chat_chunk(p, model=model) for p in pieces]
        events.append(chat_chunk(finish="length", model=model))
        if (body.get("stream_options") or {}).get("include_usage"):
            events.append(usage_chunk(57, len(pieces), model=model))
        h.stream_sse(events)
        return None

    def _completion(self, model: str, pieces: list[str]) -> dict[str, Any]:
        return {
            "id": "chatcmpl-lms",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "".join(pieces)},
                    "logprobs": None,
                    "finish_reason": "length",
                }
            ],
            "usage": {"prompt_tokens": 57, "completion_tokens": len(pieces), "total_tokens": 57 + len(pieces)},
        }

    def _native_chat(self, h: Handler) -> Reply:
        body = h.body_json or {}
        self.chat_bodies.append(body)
        if not self._loaded():
            return self._no_models()
        loaded = self._loaded()[0]
        pieces = self._pieces(body)
        reply = self._completion(loaded["id"], pieces)
        reply["stats"] = {
            "tokens_per_second": self.tokens_per_second,
            "time_to_first_token": 0.114,
            "generation_time": len(pieces) / self.tokens_per_second,
            "stop_reason": "maxPredictedTokensReached",
        }
        reply["model_info"] = {
            "arch": loaded["arch"],
            "quant": loaded["quantization"],
            "format": "gguf",
            "context_length": loaded["max_context_length"],
        }
        reply["runtime"] = {"name": "llama.cpp-linux-x86_64-avx2", "version": "1.52.0", "supported_formats": ["gguf"]}
        return json_reply(reply)
