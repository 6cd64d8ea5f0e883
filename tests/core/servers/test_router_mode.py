"""llama-server's router mode (`--models-dir`), against the real server: it lists the models it may load, each with
its status, and answers a chat for one it has not loaded with HTTP 400 "model is not loaded" (newcomer round: the
check said "answered with an error: model is not loaded. Read the server's log" beside "tiny (loaded)")."""

from __future__ import annotations

import pytest

from advisor.cli.main import main
from advisor.core.servers import ProblemCode, check
from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import LlamaServer

pytestmark = pytest.mark.server


def test_a_router_without_a_loaded_model_says_so_and_how_to_load_one(tmp_path, capsys):
    models = tmp_path / "models"
    models.mkdir()
    write_llama_gguf(models / "tiny.gguf", n_embd=64, n_head=2, n_layer=2)
    with LlamaServer(
        None, ctx_size=None, parallel=None, extra_args=("--models-dir", str(models), "--no-models-autoload")
    ) as server:
        status = check(server.base_url + "/v1")
        assert status.reachable and not status.usable
        [model] = status.models
        assert model.id == "tiny" and model.loaded is False
        assert status.problem is not None and status.problem.code is ProblemCode.NO_MODEL_LOADED
        assert main(["--lang", "es", "server", "--url", server.base_url + "/v1"]) == 1
    out = capsys.readouterr().out
    assert "no tiene ningún modelo cargado" in out and "POST /models/load" in out
    assert "tiny (sin cargar)" in out and "(cargado)" not in out
