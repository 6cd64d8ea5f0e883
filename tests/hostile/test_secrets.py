"""A password or a token in the server URL, or in a server's error message, never reaches the CLI's text, its JSON
or a report: the real CLI, end to end."""

from __future__ import annotations

import json

import pytest

from tests.hostile.hostile_server import HostileServer
from tests.hostile.runner import run_cli
from tests.hostile.scenarios import HARDWARE, SHORT

pytestmark = pytest.mark.hostile

SECRETS = ("s3cr3t",)  # the password, the query token and the echoed URL's secrets all contain it


def _with_secrets(server: HostileServer) -> str:
    return f"http://user:s3cr3t-pass@127.0.0.1:{server.port}/v1?api_key=s3cr3t-token&token=s3cr3t-2"


def _clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, text


@pytest.mark.parametrize("extra", [(), ("--json",)], ids=["text", "json"])
def test_the_server_command_never_prints_a_secret(extra):
    with HostileServer("secret_echo") as server:
        run = run_cli(["server", "--url", _with_secrets(server), "--timeout", "3", *extra])
    assert run.returncode == 1, run.output
    _clean(run.output)
    assert "user:***@127.0.0.1" in run.output and "api_key=***" in run.output  # the echoed URL, redacted
    if extra:
        data = json.loads(run.stdout)
        assert data["url"] == f"http://user:***@127.0.0.1:{server.port}/v1"
        assert data["problem"]["code"] == "http_error"


def test_a_benchmark_with_credentials_in_the_url_works_and_shows_none():
    with HostileServer("ok") as server:
        run = run_cli(["server", "--url", _with_secrets(server), "--bench", "--runs", "1", "--json"])
    assert run.returncode == 0, run.output
    _clean(run.output)
    data = json.loads(run.stdout)
    assert data["benchmark"]["runs"] == 1 and data["benchmark"]["stopped_by"] == "done"


def test_a_bad_url_with_a_password_is_refused_without_showing_it():
    run = run_cli(["server", "--url", "http://user:s3cr3t-pass@127.0.0.1:99999/v1"])
    assert run.returncode == 2 and "the port must be a number from 1 to 65535" in run.stderr
    _clean(run.output)


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_a_report_never_contains_a_secret(fmt):
    with HostileServer("secret_echo") as server:
        run = run_cli(
            [
                "report",
                "--server-url",
                _with_secrets(server),
                "--hardware",
                HARDWARE,
                "--offline",
                "--no-models",
                "--format",
                fmt,
            ],
            env=SHORT,
        )
    assert run.returncode == 0, run.output
    _clean(run.output)
    # the address is kept, its password masked (Markdown escapes the asterisks)
    assert "user:***@127.0.0.1" in run.stdout or r"user:\*\*\*@127.0.0.1" in run.stdout
