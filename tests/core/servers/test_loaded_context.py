"""A model's context next to the word "loaded" is the context the server loaded it with (llama.cpp's /props n_ctx,
LM Studio's loaded_context_length); when the server does not say, the model's own limit is shown as such."""

from __future__ import annotations

import pytest

from advisor.cli.main import main
from advisor.core.servers import check
from advisor.core.servers.models import lmstudio_v1_models
from tests.support.llama_server import LlamaServer
from tests.support.lmstudio_emulator import LmStudioEmulator, model_entry


def test_lm_studio_says_the_context_it_loaded_a_model_with(capsys):
    loaded = {**model_entry("qwen2.5-7b-instruct", loaded=True, max_context=32768), "loaded_context_length": 4096}
    with LmStudioEmulator([loaded, model_entry("llama-3.2-3b", loaded=False, max_context=131072)]) as lms:
        status = check(lms.base_url + "/v1")
        assert main(["--lang", "en", "server", "--url", lms.base_url + "/v1"]) == 0
    by_id = {m.id: m for m in status.models}
    assert (by_id["qwen2.5-7b-instruct"].loaded_context, by_id["qwen2.5-7b-instruct"].max_context) == (4096, 32768)
    assert by_id["llama-3.2-3b"].loaded_context is None
    out = capsys.readouterr().out
    assert "qwen2.5-7b-instruct (loaded, Q4_K_M, qwen2, context 4,096)" in out
    assert "llama-3.2-3b (not loaded, Q4_K_M, qwen2, training context 131,072)" in out


def test_lm_studio_v1_reads_the_loaded_instance_context():
    body = {
        "models": [
            {
                "type": "llm",
                "key": "qwen/qwen3-8b",
                "architecture": "qwen3",
                "quantization": {"name": "Q4_K_M", "bits_per_weight": 4},
                "max_context_length": 40960,
                "loaded_instances": [{"id": "qwen/qwen3-8b", "config": {"context_length": 8192}}],
            }
        ]
    }
    [model] = lmstudio_v1_models(body) or ()
    assert (model.loaded, model.loaded_context, model.max_context) == (True, 8192, 40960)


@pytest.mark.server
def test_llama_server_started_with_a_smaller_context_shows_that_one(tiny_gguf, llama_server_bin, capsys):
    with LlamaServer(tiny_gguf, binary=llama_server_bin, ctx_size=512) as server:
        [model] = check(server.base_url + "/v1").models
        assert main(["--lang", "en", "server", "--url", server.base_url + "/v1"]) == 0
    assert (model.loaded_context, model.max_context) == (512, 1024)  # --ctx-size, not the GGUF's training context
    out = capsys.readouterr().out
    assert "loaded, all F32, context 512)" in out and "1,024" not in out
