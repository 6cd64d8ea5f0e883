"""Each server is recognised by the reply only it gives (reference/servers.md), not by its port."""

from __future__ import annotations

import pytest

from advisor.core.servers import ServerKind, check, discover
from advisor.core.servers.identify import JAN_PORT
from tests.support.fake_http import FakeServer, json_reply


def _models(*ids: str, owned_by: str = "organization_owner", **extra: object) -> dict[str, object]:
    return {"object": "list", "data": [{"id": i, "object": "model", "owned_by": owned_by, **extra} for i in ids]}


SERVERS = {
    ServerKind.OLLAMA: {
        "GET /": (200, "Ollama is running", "text/plain; charset=utf-8"),
        "GET /api/version": json_reply({"version": "0.12.3"}),
        "GET /v1/models": json_reply(_models("llama3.2:latest", owned_by="library")),
    },
    ServerKind.KOBOLDCPP: {  # emulates Ollama's and llama.cpp's routes too; its own version route decides
        "GET /api/extra/version": json_reply({"result": "KoboldCpp", "version": "1.98.1", "protected": False}),
        "GET /api/version": json_reply({"version": "0.6.4"}),
        "GET /health": json_reply({"status": "ok"}),
        "GET /v1/models": json_reply(_models("koboldcpp/Llama-3-8B", owned_by="koboldcpp")),
    },
    ServerKind.VLLM: {
        "GET /version": json_reply({"version": "0.11.0"}),
        "GET /health": (200, "", "application/json"),
        "GET /v1/models": json_reply(_models("Qwen/Qwen2.5-1.5B-Instruct", owned_by="vllm", max_model_len=32768)),
    },
    ServerKind.LLAMA_CPP_PYTHON: {
        "GET /v1/models": json_reply(_models("./models/llama.gguf", owned_by="me", permissions=[])),
    },
    ServerKind.LOCALAI: {
        "GET /.well-known/localai.json": json_reply({"version": "v3.6.0", "endpoints": ["/v1/chat/completions"]}),
        "GET /v1/models": json_reply(_models("gpt-4", owned_by="")),
    },
    ServerKind.TEXT_GENERATION_WEBUI: {
        "GET /v1/internal/model/info": json_reply({"model_name": "Llama-3-8B", "lora_names": []}),
        "GET /v1/models": json_reply(_models("Llama-3-8B", owned_by="system")),
    },
    ServerKind.GPT4ALL: {
        "GET /v1/models": json_reply(_models("Llama 3 8B Instruct", owned_by="humanity")),
    },
    ServerKind.OPENAI_COMPATIBLE: {
        "GET /v1/models": json_reply(_models("some-model", owned_by="someone")),
    },
}
VERSIONS = {
    ServerKind.OLLAMA: "0.12.3",
    ServerKind.KOBOLDCPP: "1.98.1",
    ServerKind.VLLM: "0.11.0",
    ServerKind.LOCALAI: "v3.6.0",
}


@pytest.mark.parametrize("kind", list(SERVERS), ids=str)
def test_each_server_is_identified_by_its_own_reply(kind):
    with FakeServer(SERVERS[kind]) as server:
        status = check(server.base_url + "/v1", chat=False)
        assert status.reachable and status.problem is None
        assert status.kind is kind
        assert status.version == VERSIONS.get(kind)
        assert status.models


def test_vllm_reports_the_context_it_serves():
    with FakeServer(SERVERS[ServerKind.VLLM]) as server:
        [model] = check(server.base_url + "/v1", chat=False).models
        assert (model.id, model.max_context, model.loaded) == ("Qwen/Qwen2.5-1.5B-Instruct", 32768, True)


def test_discover_lists_every_server_found_concurrently():
    with FakeServer(SERVERS[ServerKind.OLLAMA]) as ollama, FakeServer(SERVERS[ServerKind.VLLM]) as vllm:
        found = discover(ports=(ollama.port, vllm.port))
        assert [s.kind for s in found] == [ServerKind.OLLAMA, ServerKind.VLLM]
        assert all(s.problem is None for s in found)


def test_jan_is_only_guessed_on_its_own_port():
    # Jan gives nothing specific away; elsewhere the same reply is just "OpenAI-compatible".
    from advisor.core.servers.http import Deadline, new_client
    from advisor.core.servers.identify import identify

    with FakeServer(SERVERS[ServerKind.OPENAI_COMPATIBLE]) as server, new_client() as client:
        body = _models("some-model", owned_by="someone")
        on_jan_port = identify(
            client, server.base_url, deadline=Deadline(2), headers={}, models_body=body, port=JAN_PORT
        )
        elsewhere = identify(
            client, server.base_url, deadline=Deadline(2), headers={}, models_body=body, port=server.port
        )
        assert on_jan_port.kind is ServerKind.JAN and elsewhere.kind is None
