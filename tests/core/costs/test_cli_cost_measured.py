"""`llm-advisor cost --server-url`: speeds (and power, where energy can be read) measured on a real llama-server."""

from __future__ import annotations

import json

import pytest

from tests.core.costs.test_cli_cost import run
from tests.support.energy_meter import StepMeter
from tests.support.llama_server import LlamaServer, free_port

pytestmark = pytest.mark.server

# Usage and money fixed, so only the machine's figures come from defaults (or the benchmark).
FIXED = ["--country", "ES", "--tokens-per-month", "10M", "--api-price-input", "2", "--api-price-output", "8"]


def _line(out: str, label: str) -> str:
    [line] = [x for x in out.splitlines() if x.strip().startswith(label)]
    return line


def _model(capsys, url: str) -> str:
    """The model the server answers with, as its benchmark names it."""
    code, out, _ = run(capsys, "cost", "--server-url", url, *FIXED, "--json")
    assert code == 0
    return json.loads(out)["benchmark"]["model"]


def test_speeds_come_from_the_benchmark_and_say_measured(capsys, llama_server):
    url = llama_server.base_url + "/v1"
    code, out, err = run(capsys, "cost", "--server-url", url, *FIXED)
    assert code == 0, err
    assert f"Benchmarking {url}" in err
    assert f"Measured on {url}:" in out and "median of 3 runs (llama.cpp's own timings)" in out
    model = _model(capsys, url)
    assert model.endswith("/tiny-llama-f32.gguf")  # llama-server names its model by the file's path
    # the cost of what the server runs: its measured speeds, each naming the model measured by its file name (the
    # folders may carry the user's name)
    assert _line(out, "Generation speed").endswith("measured by the benchmark of tiny-llama-f32.gguf")
    assert _line(out, "Prompt speed").endswith("measured by the benchmark of tiny-llama-f32.gguf")


def test_json_carries_the_benchmark_and_uses_its_figures(capsys, llama_server):
    code, out, _ = run(capsys, "cost", "--server-url", llama_server.base_url + "/v1", *FIXED, "--json")
    data = json.loads(out)
    assert code == 0
    bench = data["benchmark"]
    assert bench["tokens_per_second"] > 0 and bench["source"] == "llama.cpp_timings"
    assert data["inputs"]["tokens_per_second"] == pytest.approx(bench["tokens_per_second"])
    assert data["inputs"]["prompt_tokens_per_second"] == pytest.approx(bench["prompt_tokens_per_second"])
    measured = {a["values"]["input"] for a in data["assumptions"] if a["code"] == "measured"}
    assert measured == {"tokens_per_second", "prompt_tokens_per_second"}  # no energy counter here: power estimated


def test_power_is_measured_when_an_energy_counter_can_be_read(capsys, llama_server, monkeypatch):
    import advisor.core.hardware.power as power

    monkeypatch.setattr(power, "open_energy_meter", lambda: StepMeter(30.0, name="nvml"))
    code, out, err = run(capsys, "cost", "--server-url", llama_server.base_url + "/v1", *FIXED)
    assert code == 0, err
    assert "J/token" in _line(out, "Measured on") and "W measured (nvml)" in _line(out, "Measured on")
    assert "W (nvml) +" in _line(out, "Power while generating") and "not metered" in _line(
        out, "Power while generating"
    )


def test_a_stopped_server_is_one_line_naming_the_problem_and_exit_1(capsys):
    port = free_port()
    code, out, err = run(capsys, "cost", "--server-url", f"http://127.0.0.1:{port}/v1", *FIXED)
    assert code == 1 and out == ""
    [line] = [x for x in err.splitlines() if x.startswith("llm-advisor cost: error:")]
    assert f"Nothing is listening on 127.0.0.1:{port}: the server is not started" in line
    assert "Start Server" in line  # what to do, in the same line


def test_the_api_key_reaches_a_server_that_requires_one(capsys, tiny_gguf, llama_server_bin):
    with LlamaServer(tiny_gguf, api_key="s3cret", binary=llama_server_bin) as server:
        url = server.base_url + "/v1"
        code, _, err = run(capsys, "cost", "--server-url", url, *FIXED)
        assert code == 1 and "requires an API token" in err and "--api-key" in err
        code, out, err = run(capsys, "cost", "--server-url", url, "--api-key", "s3cret", *FIXED)
        assert code == 0, err
        assert "measured by the benchmark of " in _line(out, "Generation speed")


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--api-key", "x"], "--api-key needs --server-url"),
        (["--server-url", "ftp://localhost:1234"], "--server-url 'ftp://localhost:1234'"),
        # the same token check as `server --api-key`: a pasted 'ñ' crashed the request with UnicodeEncodeError
        (["--server-url", "http://127.0.0.1:9/v1", "--api-key", "clave\u2011ñ"], "characters an HTTP header"),
    ],
)
def test_bad_server_options_are_usage_errors(capsys, argv, message):
    code, out, err = run(capsys, "cost", *argv, *FIXED)
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err
