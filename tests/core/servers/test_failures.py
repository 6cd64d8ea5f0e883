"""What a user meets when the server is not there, not an LLM server, hung, or breaks mid-reply."""

from __future__ import annotations

import time

import pytest

from advisor.core.servers import ProblemCode, ServerProblemError, benchmark, check, normalize_url, stream_chat
from tests.support.fake_http import FakeServer, Handler, SilentServer, chat_chunk, json_reply
from tests.support.llama_server import free_port

HTML = "<!DOCTYPE html><html><head><title>My site</title></head><body>Hello</body></html>"


def test_a_closed_port_is_connection_refused_and_fast():
    port = free_port()
    started = time.monotonic()
    status = check(f"http://127.0.0.1:{port}/v1")
    assert time.monotonic() - started < 1
    assert not status.reachable and status.kind is None
    assert status.problem is not None and status.problem.code is ProblemCode.CONNECTION_REFUSED
    assert status.problem.values["port"] == port


def test_a_web_page_on_the_port_is_not_openai_compatible():
    with FakeServer(fallback=(200, HTML, "text/html; charset=utf-8")) as web:
        status = check(web.base_url + "/v1")
        assert status.reachable and status.kind is None
        assert status.problem is not None and status.problem.code is ProblemCode.NOT_OPENAI_COMPATIBLE
        assert status.problem.values["html"] is True


def test_a_web_server_answering_404_is_not_openai_compatible():
    with FakeServer(fallback=(404, "<html><body>Not Found</body></html>", "text/html")) as web:
        status = check(web.base_url + "/v1")
        assert status.problem is not None and status.problem.code is ProblemCode.NOT_OPENAI_COMPATIBLE


def test_a_server_that_never_answers_times_out_within_the_bound():
    with SilentServer() as silent:
        started = time.monotonic()
        status = check(silent.base_url + "/v1", timeout_s=0.5)
        elapsed = time.monotonic() - started
        assert status.problem is not None and status.problem.code is ProblemCode.TIMEOUT
        assert not status.reachable
        assert 0.4 < elapsed < 2.0


def test_a_server_error_is_an_http_error_with_its_status():
    with FakeServer({"GET /v1/models": json_reply({"error": {"message": "boom"}}, 500)}) as broken:
        status = check(broken.base_url + "/v1")
        assert status.problem is not None and status.problem.code is ProblemCode.HTTP_ERROR
        assert status.problem.values["status"] == 500 and status.problem.values["message"] == "boom"


def _dropping_server() -> FakeServer:
    """An OpenAI-compatible server that sends three pieces of a reply and then drops the connection."""

    def chat(h: Handler) -> None:
        h.stream_sse([chat_chunk("Uno"), chat_chunk(" dos"), chat_chunk(" tres")], cut=True)

    return FakeServer(
        {
            "GET /v1/models": json_reply({"object": "list", "data": [{"id": "m", "object": "model", "owned_by": "x"}]}),
            "POST /v1/chat/completions": chat,
        }
    )


def test_a_connection_dropped_mid_stream_is_reported_and_the_text_so_far_kept():
    with _dropping_server() as server:
        pieces: list[str] = []
        result = stream_chat(
            server.base_url + "/v1", model="m", system=None, prompt="Cuenta", temperature=0, on_delta=pieces.append
        )
        assert result.text == "Uno dos tres" == "".join(pieces)
        assert result.problem is not None and result.problem.code is ProblemCode.HTTP_ERROR
        assert result.problem.values["reason"] == "stream_broken"


def test_a_benchmark_run_cut_mid_stream_fails_with_the_problem():
    with _dropping_server() as server:
        with pytest.raises(ServerProblemError) as exc:
            benchmark(server.base_url + "/v1", runs=2, max_tokens=8)
        assert exc.value.problem.values["reason"] == "stream_broken"


def test_a_stream_that_ends_without_finishing_counts_as_broken():
    def chat(h: Handler) -> None:  # closes cleanly but never sends finish_reason nor [DONE]
        h.stream_sse([chat_chunk("Hola")], done=False)

    with FakeServer({"POST /v1/chat/completions": chat}) as server:
        result = stream_chat(server.base_url + "/v1", model="m", system=None, prompt="Hola", temperature=0)
        assert result.text == "Hola"
        assert result.problem is not None and result.problem.values["reason"] == "stream_broken"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("localhost:1234/v1", "http://localhost:1234/v1"),
        ("http://localhost:1234/v1/", "http://localhost:1234/v1"),
        ("http://localhost:1234/v1/chat/completions", "http://localhost:1234/v1"),
        ("http://127.0.0.1:11434", "http://127.0.0.1:11434"),
    ],
)
def test_urls_are_taken_as_people_paste_them(typed, expected):
    assert normalize_url(typed) == expected


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "ftp://host/v1",
        "http://",
        "http://host:99999/v1",
        "http://127.0.0.1:0/v1",
        # hostile review: each was "unexpected error" (the HTTP client's UnicodeError, InvalidURL), exit 1
        "http://a..b:1234/v1",
        "http://999.1.1.1:1/v1",
        "http://" + "a" * 64 + ".com:1/v1",
    ],
)
def test_impossible_urls_are_rejected(bad):
    with pytest.raises(ValueError):
        normalize_url(bad)


_MODELS = json_reply({"object": "list", "data": [{"id": "m", "object": "model", "owned_by": "x"}]})


def test_a_chat_endpoint_answering_a_web_page_is_a_problem_not_a_crash():
    # /v1/models answers like an API but the chat path is a web app: openai hands back the raw text (a str)
    with FakeServer({"GET /v1/models": _MODELS, "POST /v1/chat/completions": (200, HTML, "text/html")}) as server:
        status = check(server.base_url + "/v1")
        assert status.problem is not None and status.problem.code is ProblemCode.NOT_OPENAI_COMPATIBLE
        assert status.problem.values["html"] is True


@pytest.mark.parametrize(
    "events",
    [
        b"data: {not json}\n\ndata: [DONE]\n\n",  # an event that is not JSON
        b'data: {"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": "oops"}\n\n',
    ],
)
def test_a_stream_that_is_not_openai_chunks_is_a_problem_not_a_crash(events):
    with FakeServer(
        {"GET /v1/models": _MODELS, "POST /v1/chat/completions": (200, events, "text/event-stream")}
    ) as server:
        result = stream_chat(server.base_url + "/v1", model="m", system=None, prompt="Hola", temperature=0)
        assert result.problem is not None and result.problem.code is ProblemCode.NOT_OPENAI_COMPATIBLE
        assert result.problem.values["reason"] == "bad_stream"
        with pytest.raises(ServerProblemError) as exc:
            benchmark(server.base_url + "/v1", model="m", runs=1, max_tokens=8)
        assert exc.value.problem.code is ProblemCode.NOT_OPENAI_COMPATIBLE


@pytest.mark.parametrize("bad", ["notaurl", "lmstudio", "  typo  "])
def test_a_bare_word_is_not_a_url_rather_than_a_server_that_is_not_running(bad):
    with pytest.raises(ValueError, match="not a URL"):
        normalize_url(bad)


@pytest.mark.parametrize("good", ["myhost:1234", "http://myhost/v1", "localhost", "127.0.0.1", "box.lan/v1"])
def test_a_lan_name_with_a_port_or_a_scheme_is_still_a_url(good):
    assert normalize_url(good).startswith("http://")


def test_https_to_a_server_on_this_computer_says_to_try_plain_http(capsys):
    """`server --url https://localhost:…` against a local (plain http) server was told the host did not accept the
    connection, and "for a server on this computer use localhost" (newcomer round): local servers speak http."""
    from advisor.cli.main import main

    with FakeServer({"GET /v1/models": _MODELS}) as server:
        url = server.base_url.replace("http://", "https://") + "/v1"
        assert main(["server", "--url", url, "--timeout", "2"]) == 1
    out = capsys.readouterr().out
    assert "speak plain http, not https: try " + server.base_url + "/v1" in out
