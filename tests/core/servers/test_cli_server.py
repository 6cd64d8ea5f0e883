"""`llm-advisor server`: exit 0 when usable, 1 for a found problem, 2 for bad input; JSON as documented."""

from __future__ import annotations

import json

import pytest

from advisor.cli.main import main
from advisor.core import servers
from tests.support.llama_server import free_port
from tests.support.lmstudio_emulator import LmStudioEmulator, model_entry


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


@pytest.mark.server
def test_a_healthy_server_exits_0_with_the_documented_json(llama_server, capsys):
    assert main(["server", "--url", llama_server.base_url + "/v1", "--json"]) == 0
    data = _json(capsys)
    assert {"url", "reachable", "kind", "models", "problem", "benchmark", "schema_version"} <= set(data)
    assert data["reachable"] is True and data["kind"] == "llama.cpp" and data["problem"] is None
    assert data["benchmark"] is None
    assert {"id", "loaded"} <= set(data["models"][0])


@pytest.mark.server
def test_bench_adds_the_benchmark_to_the_json(llama_server, capsys):
    assert (
        main(
            ["server", "--url", llama_server.base_url + "/v1", "--bench", "--runs", "1", "--max-tokens", "8", "--json"]
        )
        == 0
    )
    bench = _json(capsys)["benchmark"]
    assert {"model", "ttft_ms", "tokens_per_second", "prompt_tokens_per_second", "completion_tokens", "source"} <= set(
        bench
    )
    assert bench["completion_tokens"] == 8 and bench["tokens_per_second"] > 0 and bench["source"] == "llama.cpp_timings"


@pytest.mark.server
def test_bench_text_shows_speed_and_first_token_time(llama_server, capsys):
    assert main(["server", "--url", llama_server.base_url + "/v1", "--bench", "--runs", "1", "--max-tokens", "8"]) == 0
    out = capsys.readouterr().out
    assert "llama.cpp" in out and "tokens/s" in out and "first token after" in out


@pytest.mark.server
def test_try_a_prompt_streams_the_reply_to_stdout(llama_server, capsys):
    code = main(
        [
            "server",
            "--url",
            llama_server.base_url + "/v1",
            "--prompt",
            "Resume: hola",
            "--system",
            "Eres breve.",
            "--temperature",
            "0.2",
            "--max-tokens",
            "6",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.strip()  # the streamed text
    assert "6 tokens" in captured.err


def test_a_closed_port_exits_1_with_code_message_and_advice(capsys):
    port = free_port()
    assert main(["server", "--url", f"http://127.0.0.1:{port}/v1", "--json"]) == 1
    data = _json(capsys)
    assert data["reachable"] is False
    assert data["problem"]["code"] == "connection_refused"
    # a port no program uses by default: how to start a server on it, llama-server's way and LM Studio's
    advice = data["problem"]["advice"]
    assert "not started" in data["problem"]["message"] and f"--port {port}`" in advice and "Start Server" in advice


def test_lm_studio_without_a_loaded_model_tells_how_to_load_one(capsys):
    with LmStudioEmulator([model_entry("qwen2.5-7b-instruct", loaded=False)]) as lms:
        assert main(["server", "--url", lms.base_url + "/v1"]) == 1
    out = capsys.readouterr().out
    assert "LM Studio" in out and "no model loaded" in out and "lms load" in out
    assert "qwen2.5-7b-instruct (not loaded, Q4_K_M, qwen2, training context 32,768)" in out


def test_discover_lists_the_servers_found(monkeypatch, capsys):
    with LmStudioEmulator() as lms:
        monkeypatch.setattr(servers, "KNOWN_PORTS", (free_port(), lms.port))
        assert main(["server", "--discover", "--json"]) == 0
    data = _json(capsys)
    assert [s["kind"] for s in data["servers"]] == ["lmstudio"]


def test_discover_finding_nothing_exits_1(monkeypatch, capsys):
    monkeypatch.setattr(servers, "KNOWN_PORTS", (free_port(),))
    assert main(["server", "--discover"]) == 1
    assert "No local server found" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["server", "--url", "ftp://localhost/v1"],
        ["server", "--discover", "--bench"],
        ["server", "--system", "Eres breve."],
        ["server", "--bench", "--prompt", "hola"],
        ["server", "--temperature", "-1", "--prompt", "hola"],
        ["server", "--runs", "0", "--bench"],
        ["server", "--url", "http://127.0.0.1:9/v1", "--api-key", "clave\u2011ñ"],  # was UnicodeEncodeError
        ["server", "--url", "http://127.0.0.1:9/v1", "--timeout", "1e12"],  # was OverflowError
    ],
)
def test_bad_input_exits_2_with_one_line_and_no_traceback(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        raise SystemExit(main(argv))
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()


def test_a_pasted_token_with_spaces_around_is_sent_trimmed():
    # "Bearer abc " is an illegal header value: the request failed with LocalProtocolError before
    from advisor.cli.server import api_key

    assert api_key("  sk-lm-abc123\n") == "sk-lm-abc123"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("   \n", "api_key_empty"),
        ("clave\u2011ñ", "api_key_not_header_safe"),
        ("sk-a\nsk-b", "api_key_not_header_safe"),
    ],
)
def test_the_shared_token_check_names_what_is_wrong(text, code):
    """One check for both front ends (the CLI's --api-key type and the app's Server page), a code for each to word."""
    from advisor.core.servers.http import ApiKeyError, clean_api_key

    with pytest.raises(ApiKeyError) as exc:
        clean_api_key(text)
    assert exc.value.code == code and isinstance(exc.value, ValueError)


def test_a_pasted_token_reaches_lm_studio_trimmed_through_the_cli(capsys):
    with LmStudioEmulator(api_token="lms-token") as lms:
        assert main(["server", "--url", lms.base_url + "/v1", "--api-key", " lms-token\n", "--json"]) == 0
    assert _json(capsys)["problem"] is None
