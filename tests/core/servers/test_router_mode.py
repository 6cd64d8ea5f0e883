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


def test_a_router_with_autoload_is_checked_benchmarked_and_looked_at_through_its_loaded_model(tmp_path, capsys):
    """A router that loads a model a request names was told it had no model loaded (nothing was asked); its own
    /props says model_path "none": the after-load check said "Model loaded: none" and the calibration "cannot read
    the model file none" (newcomer round, Barcelona). Its loaded model's props are /props?model=ID."""
    from advisor.core.hardware.profile_io import load_profile
    from advisor.core.servers import benchmark
    from advisor.core.servers.after_load import after_load
    from advisor.core.sizing.calibration import _server_model_file

    models = tmp_path / "models"
    models.mkdir()
    write_llama_gguf(models / "tiny.gguf", n_embd=64, n_head=2, n_layer=2)
    with LlamaServer(None, ctx_size=None, parallel=None, extra_args=("--models-dir", str(models))) as server:
        status = check(server.base_url + "/v1")  # the one-token chat loads it
        assert status.usable and status.problem is None
        bench = benchmark(server.base_url + "/v1", runs=1, max_tokens=8)
        assert bench.model == "tiny" and bench.completion_tokens == 8
        path, context = _server_model_file(server.base_url + "/v1", None, 5.0)
        assert path is not None and path.endswith("tiny.gguf") and context
        seen = after_load(server.base_url + "/v1", load_profile({"ram": {"total_bytes": 8 * 2**30}, "gpus": []}))
        assert seen.model == "tiny.gguf" and seen.model_path.endswith("tiny.gguf") and seen.predicted_ram_bytes


def test_a_relative_model_path_is_the_servers_working_folders(tmp_path, monkeypatch):
    """`llama-server -m models/x.gguf` started in its own folder: read from any other, the file "could not be read
    here" (newcomer round): a relative path is the server process's working folder's."""
    import os
    import subprocess

    from advisor.core.hardware.profile_io import load_profile
    from advisor.core.servers.after_load import after_load
    from tests.support.llama_server import free_port, health, llama_server_binary

    (tmp_path / "models").mkdir()
    write_llama_gguf(tmp_path / "models" / "tiny.gguf", n_embd=64, n_head=2, n_layer=2)
    port = free_port()
    proc = subprocess.Popen(
        [str(llama_server_binary()), "-m", "models/tiny.gguf", "--host", "127.0.0.1", "--port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        import time

        for _ in range(200):
            try:
                if health(f"http://127.0.0.1:{port}")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        monkeypatch.chdir(os.path.dirname(__file__))  # anywhere but the server's folder
        seen = after_load(f"http://127.0.0.1:{port}/v1", load_profile({"ram": {"total_bytes": 8 * 2**30}, "gpus": []}))
        assert seen.model_path == str(tmp_path / "models" / "tiny.gguf") and seen.predicted_ram_bytes
        from advisor.core.sizing.calibration import _server_model_file

        # the benchmark's calibration reads the same file (final review: it opened the relative path here)
        assert _server_model_file(f"http://127.0.0.1:{port}/v1", None, 5.0)[0] == str(tmp_path / "models" / "tiny.gguf")
    finally:
        proc.kill()
        proc.wait(10)


def test_a_router_with_several_models_loaded_calibrates_by_the_one_benchmarked(tmp_path):
    """Final review: a router keeps several models loaded; the calibration read the first one's file whatever the
    benchmark measured."""
    from advisor.core.servers import benchmark
    from advisor.core.sizing.calibration import _server_model_file

    models = tmp_path / "models"
    models.mkdir()
    for name in ("aaa", "bbb"):
        write_llama_gguf(models / f"{name}.gguf", n_embd=64, n_head=2, n_layer=2)
    with LlamaServer(None, ctx_size=None, parallel=None, extra_args=("--models-dir", str(models))) as server:
        for name in ("aaa", "bbb"):
            assert benchmark(server.base_url + "/v1", model=name, runs=1, max_tokens=4).completion_tokens == 4
        for name in ("bbb", "aaa"):
            path, _ = _server_model_file(server.base_url + "/v1", None, 5.0, name)
            assert path is not None and path.endswith(f"{name}.gguf")
