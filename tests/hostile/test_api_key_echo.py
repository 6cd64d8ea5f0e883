"""The `--api-key` never reaches the CLI's text, its JSON or any report format, even when the server quotes it back:
in a model id (whole, cut to 12 characters, URL-encoded) and in a 400 error message, as LiteLLM-style gateways do.
The real CLI, end to end, against `hostile_server.py` speaking the OpenAI-compatible protocol."""

from __future__ import annotations

import json

import pytest

from tests.hostile.hostile_server import HostileServer
from tests.hostile.runner import run_cli
from tests.hostile.scenarios import HARDWARE, SHORT

pytestmark = pytest.mark.hostile

KEY = "sk-SUPERSECRET-12345"
PIECES = tuple(KEY[i : i + 8] for i in range(len(KEY) - 7))  # any 8 characters of it in a row


def assert_no_key(text: str) -> None:
    assert KEY not in text, text
    leaked = [p for p in PIECES if p.casefold() in text.casefold()]
    assert not leaked, (leaked, text)


def test_the_server_command_masks_a_key_the_server_echoes():
    with HostileServer("key_echo") as server:
        run = run_cli(["server", "--url", server.api_url, "--timeout", "5", "--api-key", KEY])
    assert run.returncode == 1, run.output  # the 400 is still a problem
    assert_no_key(run.output)
    assert "(HTTP 400): bad request for key Bearer ***" in run.output  # the message is kept, the key masked
    assert "model-Bearer ***" in run.output and "hostile-model" in run.output  # every model is still listed


def test_the_json_of_a_check_holds_no_key():
    with HostileServer("key_echo") as server:
        run = run_cli(["server", "--url", server.api_url, "--timeout", "5", "--api-key", KEY, "--json"])
    assert run.returncode == 1, run.output
    assert_no_key(run.output)
    data = json.loads(run.stdout)
    assert data["problem"]["code"] == "http_error" and data["problem"]["values"]["status"] == 400
    assert [m["id"] for m in data["models"]] == ["model-Bearer ***", "***", "enc-***", "hostile-model"]


def test_a_chat_reply_that_quotes_the_key_shows_it_masked():
    with HostileServer("key_echo_chat") as server:
        run = run_cli(
            [
                "server",
                "--url",
                server.api_url,
                "--timeout",
                "5",
                "--api-key",
                KEY,
                "--prompt",
                "Hola",
                "--model",
                "hostile-model",
                "--stream-timeout",
                "5",
            ]
        )
    assert run.returncode == 0, run.output
    assert_no_key(run.output)
    assert "Tu clave es ***." in run.stdout
    assert (
        "\x1b" not in run.output and "\x07" not in run.output
    )  # the reply's escape sequence did not reach the terminal


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_no_report_format_holds_the_key(fmt, tmp_path):
    out = tmp_path / f"report.{fmt}"
    with HostileServer("key_echo") as server:
        run = run_cli(
            [
                "report",
                "--hardware",
                HARDWARE,
                "--offline",
                "--no-models",
                "--server-url",
                server.api_url,
                "--api-key",
                KEY,
                "--format",
                fmt,
                "-o",
                str(out),
            ],
            env=SHORT,
        )
    assert run.returncode == 0, run.output
    assert_no_key(run.output)
    text = out.read_text(encoding="utf-8")
    assert_no_key(text)
    assert "bad request for key Bearer" in text  # the server's problem is reported, without the key


@pytest.mark.parametrize("scenario", ["key_split_chat", "key_token_chat"])
def test_a_key_streamed_in_pieces_never_reaches_the_terminal(scenario):
    """A server streams the key back cut across pieces (three, or four characters each, as a tokenizer cuts it):
    `server --prompt` writes each piece as it arrives, and none of what it writes holds the key or 8 characters of
    it; the reply around it is all there."""
    with HostileServer(scenario) as server:
        run = run_cli(
            [
                *("server", "--url", server.api_url, "--timeout", "5", "--api-key", KEY),
                *("--prompt", "Hola", "--model", "hostile-model", "--stream-timeout", "5"),
            ]
        )
    assert run.returncode == 0, run.output
    assert_no_key(run.output)
    assert run.stdout.startswith("Tu clave es *** y nada más.\n"), run.stdout
