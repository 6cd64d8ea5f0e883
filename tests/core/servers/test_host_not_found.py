"""A server address whose host name does not exist is a typo to fix, not a server to start: its own diagnosis,
with the name it was probably meant to be; a refused port on this machine stays "not started"."""

from __future__ import annotations

import socket

from advisor.cli.main import main
from advisor.core.messages import ENGLISH
from advisor.core.messages import servers as words
from advisor.core.servers import ProblemCode, check
from advisor.core.servers.http import suggested_host
from tests.support.llama_server import free_port

NOWHERE = "http://example.invalid:1234/v1"  # RFC 2606: `.invalid` never resolves, no network needed


def test_a_name_that_cannot_be_resolved_is_its_own_problem_not_a_stopped_server():
    status = check(NOWHERE)
    assert not status.reachable
    assert status.problem is not None and status.problem.code is ProblemCode.HOST_NOT_FOUND
    assert status.problem.values["host"] == "example.invalid"
    assert "suggested_host" not in status.problem.values  # nothing close to "localhost"

    refused = check(f"http://127.0.0.1:{free_port()}/v1")  # nothing listens: that one is "not started"
    assert refused.problem is not None and refused.problem.code is ProblemCode.CONNECTION_REFUSED


def test_the_command_line_says_to_check_the_address_instead_of_starting_lm_studio(capsys):
    assert main(["server", "--url", NOWHERE]) == 1
    out = capsys.readouterr().out
    assert "example.invalid cannot be found" in out and "check the address" in out
    assert "Nothing is listening" not in out and "Start Server" not in out


def test_a_typo_of_localhost_is_answered_with_the_address_it_meant(monkeypatch):
    real = socket.getaddrinfo

    def resolver(host, *args, **kwargs):  # the resolver's own answer for a name no computer has
        if host == "localhots":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    status = check("http://localhots:1234/v1")
    assert status.problem is not None and status.problem.code is ProblemCode.HOST_NOT_FOUND
    values = status.problem.values
    assert values["suggested_host"] == "localhost"
    assert values["suggested_url"] == "http://localhost:1234/v1"  # the URL given, port and path kept
    what, advice = words.problem(ENGLISH, status.problem.code, values, "cli")
    assert what.startswith("localhots cannot be found")
    assert "Did you mean localhost?" in advice and "http://localhost:1234/v1." in advice


def test_only_names_close_to_localhost_get_that_suggestion():
    assert {suggested_host(h) for h in ("localhots", "locahost", "LocalHsot", "localhost1")} == {"localhost"}
    assert suggested_host("localhost") is None  # it resolves; nothing to suggest
    assert suggested_host("example.invalid") is None and suggested_host("myserver") is None
