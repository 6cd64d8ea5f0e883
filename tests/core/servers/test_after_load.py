"""Checked after load, against the real llama-server: the process found by its port, what it really uses, and the
estimate for the very file and context it loaded, within the sizing engine's own target (10 % or 150 MiB)."""

from __future__ import annotations

import json

import pytest

from advisor.cli.main import main
from advisor.core.hardware.profile_io import load_profile
from advisor.core.servers.after_load import MODEL_UNKNOWN, NO_PROCESS, NOT_LOCAL, after_load
from tests.support.fake_http import FakeServer, json_reply

pytestmark = pytest.mark.server
GiB = 2**30
CPU_ONLY = {"ram": {"total_bytes": 16 * GiB, "available_bytes": 12 * GiB, "bandwidth_gbps": 20}, "gpus": []}


def test_the_real_server_process_is_found_and_its_memory_matches_the_estimate(llama_server):
    loaded = after_load(llama_server.base_url + "/v1", load_profile(CPU_ONLY))
    assert loaded.pid == llama_server.pid and loaded.kind == "llama.cpp" and loaded.quant == "F32"
    assert loaded.memory_gap == "close" and loaded.predicted_tokens_per_second
    assert loaded.model_path and loaded.model_path.endswith(".gguf") and loaded.context
    assert loaded.used_ram_bytes and loaded.predicted_ram_bytes
    gap = abs(loaded.predicted_ram_bytes - loaded.used_ram_bytes)
    assert gap <= max(0.10 * loaded.used_ram_bytes, 150 * 2**20), (loaded.predicted_ram_bytes, loaded.used_ram_bytes)
    assert loaded.notes == ()


def test_the_cli_says_predicted_and_used_side_by_side(llama_server, capsys, tmp_path):
    hw = tmp_path / "pc.json"
    hw.write_text(json.dumps(CPU_ONLY), encoding="utf-8")
    bench = ["--bench", "--runs", "1", "--max-tokens", "16"]
    assert main(["server", "--url", llama_server.base_url + "/v1", "--after-load", "--hardware", str(hw), *bench]) == 0
    out = capsys.readouterr().out
    speed = next(x for x in out.splitlines() if x.startswith("Speed"))
    assert "predicted " in speed and " · measured " in speed  # the benchmark's speed beside the estimate's
    line = next(x for x in out.splitlines() if x.startswith("Memory"))
    assert f"(process {llama_server.pid})" in line and "predicted" in line and " · using " in line
    assert ".gguf (F32) at " in next(x for x in out.splitlines() if x.startswith("Model loaded"))
    assert (
        main(["server", "--url", llama_server.base_url + "/v1", "--after-load", "--hardware", str(hw), "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["after_load"]["pid"] == llama_server.pid and data["after_load"]["predicted_ram_bytes"] > 0
    # the F32 file is set against the quant advised for its size class, as the report and the app do
    assert data["after_load"]["expected_quant"] and data["after_load"]["expected_tier"]
    assert "quant_differs" in {r["code"] for r in data["after_load"]["explanations"]}


def test_what_cannot_be_known_is_said_not_guessed(llama_server):
    remote = after_load("http://192.0.2.10:1234/v1", load_profile(CPU_ONLY))  # never contacted: not local
    assert remote.notes == (NOT_LOCAL,) and remote.used_ram_bytes is None
    hidden = after_load(llama_server.base_url + "/v1", load_profile(CPU_ONLY), pid_of=lambda _port: None)
    assert NO_PROCESS in hidden.notes and hidden.used_ram_bytes is None
    assert hidden.predicted_ram_bytes  # the model side still answers


def test_a_server_that_does_not_name_its_model_is_said():
    models = {"object": "list", "data": [{"id": "some-model", "object": "model", "owned_by": "someone"}]}
    with FakeServer({"GET /v1/models": json_reply(models)}) as other:  # only the OpenAI list: no model file
        loaded = after_load(other.base_url + "/v1", load_profile(CPU_ONLY))
    assert MODEL_UNKNOWN in loaded.notes and loaded.predicted_ram_bytes is None
    assert loaded.used_ram_bytes  # the fake is a process of ours listening on that port
