"""A host that cannot be reached is said in the catalogue's words, in the person's language, never with the
operating system's English ("[Errno 111] Connection refused"): the core names the common reasons (refused, timed
out, no route, name not resolved, reset), the messages word them, and the raw reason shows only under --debug."""

from __future__ import annotations

import errno
import os
import socket
import subprocess
import sys
import threading

import pytest

from advisor.core.gguf import GgufFetchError, read_remote_gguf
from advisor.core.messages import Speaker
from advisor.core.messages import servers as words
from advisor.core.servers.http import httpx, problem_from_exception
from advisor.core.servers.problems import ProblemCode, os_reason
from tests.support.llama_server import free_port

SYSTEM_ENGLISH = ("Errno", "Connection refused", "No route to host", "Connection reset by peer", "timed out")


def _reset_by_peer() -> OSError:
    """The error a client really gets from a server that aborts the connection (SO_LINGER 0: an RST). The deadlines
    are long so that a loaded machine still delivers the RST before the client gives up waiting."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)

        def abort() -> None:
            conn, _ = listener.accept()
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            conn.close()

        thread = threading.Thread(target=abort)
        thread.start()
        try:  # the reset reaches the client at connect, send or receive, as fast as the listener aborts
            with socket.create_connection(listener.getsockname(), timeout=30) as client:
                thread.join(30)
                client.sendall(b"GET / HTTP/1.1\r\n\r\n")
                client.recv(1)
        except ConnectionResetError as exc:
            return exc
        finally:
            thread.join(30)
    raise AssertionError("the aborted connection raised no reset")


def _refused() -> OSError:
    try:
        socket.create_connection(("127.0.0.1", free_port()), timeout=5).close()
    except OSError as exc:
        return exc
    raise AssertionError("a closed port accepted")


def _wrapped(cls: type[Exception], cause: BaseException) -> Exception:
    """`cause` inside an httpx error, as httpx raises it (`raise httpx.X(str(cause)) from cause`)."""
    try:
        raise cls(str(cause)) from cause
    except cls as exc:
        return exc


def test_the_common_system_reasons_are_named_from_real_socket_errors():
    assert os_reason(_refused()) == "refused"
    assert os_reason(_reset_by_peer()) == "reset"
    assert os_reason(_wrapped(httpx.ConnectError, OSError(errno.EHOSTUNREACH, "No route to host"))) == "no_route"
    assert os_reason(_wrapped(httpx.ConnectError, socket.gaierror(-2, "Name or service not known"))) == (
        "name_not_resolved"
    )
    assert os_reason(TimeoutError("timed out")) == "timed_out"
    assert os_reason(ValueError("not a network failure")) is None


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_route_to_a_server_is_not_called_a_stopped_server(language):
    error = _wrapped(httpx.ConnectError, OSError(errno.EHOSTUNREACH, "[Errno 113] No route to host"))
    problem = problem_from_exception(error, url="http://192.168.1.50:1234/v1", timeout_s=5)
    assert problem.code is ProblemCode.HOST_UNREACHABLE
    what, advice = words.problem(Speaker(language), problem.code, problem.values, "cli")
    assert "192.168.1.50" in what and not any(raw in what + advice for raw in SYSTEM_ENGLISH)
    if language == "en":
        assert "no network route leads there" in what and "Nothing is listening" not in what


def test_a_connection_nobody_takes_is_not_a_busy_server():
    error = _wrapped(httpx.ConnectTimeout, TimeoutError("timed out"))
    problem = problem_from_exception(error, url="http://192.168.1.50:1234/v1", timeout_s=5)
    assert problem.code is ProblemCode.TIMEOUT and problem.values["step"] == "connect"
    what, _advice = words.problem(Speaker("en"), problem.code, problem.values, "app")
    assert "did not take the connection within 5" in what and "accepted the connection" not in what


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_reply_cut_by_a_reset_says_so_in_words(language):
    error = _wrapped(httpx.ReadError, _reset_by_peer())
    problem = problem_from_exception(error, url="http://127.0.0.1:8080/v1", timeout_s=5, during_stream=True)
    assert problem.code is ProblemCode.HTTP_ERROR and problem.values["os_reason"] == "reset"
    assert "ReadError" in problem.values["error"]  # the system's own text is kept for --debug and the JSON
    what, _advice = words.problem(Speaker(language), problem.code, problem.values, "cli")
    assert not any(raw in what for raw in SYSTEM_ENGLISH) and "ReadError" not in what
    assert Speaker(language).t(words.OS_REASONS["reset"]) in what


def test_a_gguf_header_from_a_closed_port_says_refused_in_words():
    with pytest.raises(GgufFetchError) as caught:
        read_remote_gguf(f"http://127.0.0.1:{free_port()}/x.gguf", timeout_s=5)
    exc = caught.value
    for language in ("en", "es"):
        said = Speaker(language).t(exc.msg, **exc.values)
        assert "127.0.0.1" in said and not any(raw in said for raw in SYSTEM_ENGLISH)
    assert Speaker("en").t(exc.msg, **exc.values).endswith("the connection was refused (nothing listens there)")


def test_the_cli_says_the_reason_in_words_and_the_systems_only_under_debug():
    env = {**os.environ, "HF_ENDPOINT": f"http://127.0.0.1:{free_port()}", "HF_HUB_OFFLINE": "0"}
    command = [sys.executable, "-m", "advisor", "estimate", "--hf", "owner/repo", "--file", "m.gguf"]
    plain = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    assert plain.returncode != 0 and "the connection was refused" in plain.stderr
    assert "Errno" not in plain.stderr
    debug = subprocess.run([*command[:3], "--debug", *command[3:]], capture_output=True, text=True, timeout=60, env=env)
    assert "[Errno" in debug.stderr  # the system's own words, for whoever asked for the details
