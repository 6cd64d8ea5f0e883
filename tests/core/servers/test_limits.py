"""Deadlines are totals, answers are capped (after decoding), secrets in URLs are never shown: the core functions
against the hostile server in-process (tests/hostile has the same through the real CLI)."""

from __future__ import annotations

import threading
import time

import pytest

from advisor.cli.main import main
from advisor.core.servers import ProblemCode, benchmark, check, discover, stream_chat
from advisor.core.servers import limits as caps
from advisor.core.servers.types import Problem, ServerStatus
from advisor.core.urls import redact_text, redact_url
from tests.hostile.hostile_server import HostileServer
from tests.support.fake_http import FakeServer, json_reply


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://user:secret@host:1234/v1", "http://user:***@host:1234/v1"),
        ("http://localhost:1234/v1?api_key=abc&x=1", "http://localhost:1234/v1?api_key=***&x=1"),
        (
            "http://h/v1?token=a&key=b&access_token=c&Api-Key=d",
            "http://h/v1?token=***&key=***&access_token=***&Api-Key=***",
        ),
        ("user:pw@localhost:1234/v1", "user:***@localhost:1234/v1"),
        ("http://localhost:1234/v1", "http://localhost:1234/v1"),
        ("http://[::1]:1234/v1?token=t", "http://[::1]:1234/v1?token=***"),
        ("http://[broken:1234/v1?token=t", "http://[broken:1234/v1?token=***"),
        ("", ""),
    ],
)
def test_redact_url(url, shown):
    assert redact_url(url) == shown
    assert redact_url(shown) == shown  # twice changes nothing


def test_urls_inside_a_message_are_redacted():
    assert redact_text("GET http://u:p@h/x?token=t failed") == "GET http://u:***@h/x?token=*** failed"


def test_problems_and_statuses_never_hold_a_secret_nor_a_megabyte_message():
    problem = Problem(ProblemCode.HTTP_ERROR, {"url": "http://u:pw@h/v1", "message": "x" * 100_000, "status": 500})
    assert problem.values["url"] == "http://u:***@h/v1" and problem.values["status"] == 500
    assert len(problem.values["message"]) == caps.MESSAGE_MAX_CHARS
    status = ServerStatus("http://u:pw@h:1/v1", False, None, None, (), problem)
    assert status.url == "http://u:***@h:1/v1"


@pytest.mark.parametrize("scenario", ["trickle_body", "trickle_headers", "trickle_reply"])
def test_a_trickling_server_is_cut_at_the_total_deadline(scenario):
    with HostileServer(scenario) as server:
        started = time.monotonic()
        status = check(server.api_url, timeout_s=0.8)
        elapsed = time.monotonic() - started
    assert status.problem is not None and status.problem.code is ProblemCode.TIMEOUT
    assert elapsed < 0.8 + 0.7


@pytest.mark.parametrize("scenario", ["gzip_bomb", "huge_body", "endless_chunked", "million_models"])
def test_a_huge_answer_is_cut_at_its_cap_after_decoding(scenario):
    with HostileServer(scenario) as server:
        status = check(server.api_url, timeout_s=5)
    assert status.reachable
    assert status.problem is not None and status.problem.code is ProblemCode.RESPONSE_TOO_LARGE
    assert status.problem.values == {"url": server.api_url, "what": "model_list", "limit_bytes": caps.JSON_MAX_BYTES}


def test_a_huge_error_body_is_cut_short_and_still_diagnosed():
    with FakeServer({"GET /v1/models": json_reply({"error": {"message": "boom " * 400_000}}, 500)}) as server:
        status = check(server.base_url + "/v1", timeout_s=5)
    assert status.problem is not None and status.problem.code is ProblemCode.HTTP_ERROR
    assert status.problem.values["status"] == 500
    assert len(str(status.problem.values["message"])) <= caps.MESSAGE_MAX_CHARS


def test_an_endless_stream_stops_at_the_token_budget():
    with HostileServer("endless_sse") as server:
        result = stream_chat(server.api_url, model=None, system=None, prompt="Hola", max_tokens=5, timeout_s=5)
    assert result.problem is None and result.stopped_by == "tokens"
    assert result.completion_tokens == 6  # the piece past max_tokens shows the server ignored it


def test_an_endless_stream_without_max_tokens_stops_at_the_time_budget_with_the_text_so_far():
    with HostileServer("endless_sse") as server:
        started = time.monotonic()
        result = stream_chat(server.api_url, model="hostile-model", system=None, prompt="Hola", timeout_s=1.0)
        elapsed = time.monotonic() - started
    assert result.problem is None and result.stopped_by == "time" and result.text.startswith("tok ")
    assert elapsed < 1.0 + 0.7


@pytest.mark.parametrize("scenario", ["keepalive_sse", "stalled_sse"])
def test_keepalive_comments_or_a_stall_end_at_the_time_budget(scenario):
    with HostileServer(scenario) as server:
        started = time.monotonic()
        result = stream_chat(server.api_url, model="hostile-model", system=None, prompt="Hola", timeout_s=1.0)
        elapsed = time.monotonic() - started
        with pytest.raises(Exception) as exc:
            benchmark(server.api_url, runs=2, max_tokens=8, timeout_s=1.0)
    assert elapsed < 1.0 + 0.7
    if scenario == "keepalive_sse":
        assert result.problem is not None and result.problem.code is ProblemCode.TIMEOUT
        assert result.problem.values["step"] == "stream"
    else:
        assert result.problem is None and result.stopped_by == "time" and result.text == "Uno dos"
    problem = exc.value.problem
    assert problem.code is ProblemCode.TIMEOUT and problem.values["step"] == "benchmark"


def test_a_normal_benchmark_says_it_was_done():
    with HostileServer("ok") as server:
        bench = benchmark(server.api_url, runs=2, max_tokens=8, timeout_s=5)
    assert bench.runs == 2 and bench.stopped_by == "done" and not bench.cancelled


def test_a_benchmark_cancelled_says_so():
    cancel = threading.Event()
    cancel.set()
    with HostileServer("ok") as server:
        bench = benchmark(server.api_url, runs=2, max_tokens=8, timeout_s=5, cancel=cancel)
    assert bench.cancelled and bench.stopped_by == "cancelled" and bench.runs == 0


def test_discovery_ends_within_its_budget_when_ports_trickle():
    with HostileServer("trickle_headers") as slow, HostileServer("trickle_body") as slower, HostileServer("ok") as ok:
        started = time.monotonic()
        found = discover(ports=(slow.port, ok.port, slower.port), timeout_s=0.8)
        elapsed = time.monotonic() - started
    assert [s.url for s in found] == [ok.api_url]
    assert elapsed < 0.8 + 0.5


def test_redirects_are_not_followed():
    with HostileServer("redirect_loop") as server:
        status = check(server.api_url, timeout_s=3)
    assert status.problem is not None and status.problem.values["reason"] == "redirect"
    assert status.problem.values["status"] == 302 and status.problem.values["location"] == "/v1/models"
    assert server.requests.count("GET /v1/models") == 1


def test_deadlines_come_from_the_environment_when_set(monkeypatch):
    monkeypatch.setenv(caps.ENV_CHECK_TIMEOUT, "2.5")
    assert caps.check_timeout_s() == 2.5
    for bad in ("0", "-1", "abc", "1e12", "nan", "inf", "1e-300"):
        monkeypatch.setenv(caps.ENV_CHECK_TIMEOUT, bad)
        assert caps.check_timeout_s() == caps.CHECK_TIMEOUT_S
    monkeypatch.setenv(caps.ENV_CHECK_TIMEOUT, "0.7")
    with HostileServer("trickle_body") as server:
        status = check(server.api_url)
    assert status.problem is not None and status.problem.values["timeout_s"] == 0.7


@pytest.mark.parametrize(
    "argv",
    [
        ["server", "--timeout", "0"],
        ["server", "--timeout", "1e-9"],  # ran out before a refused connection was told: "accepted, no answer"
        ["server", "--timeout", "3601"],
        ["server", "--bench", "--stream-timeout", "0"],
        ["server", "--bench", "--stream-timeout", "99999"],
        ["server", "--stream-timeout", "5"],  # needs --bench or --prompt
        ["server", "--discover", "--ports", "0"],
        ["server", "--discover", "--ports", "1234,abc"],
        ["server", "--ports", "1234"],  # needs --discover
    ],
)
def test_bad_limits_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        raise SystemExit(main(argv))
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()


def test_the_cli_words_the_new_problem_codes():
    from advisor.cli.server import describe_problem

    message, advice = describe_problem(
        "response_too_large", {"url": "http://h/v1", "what": "model_list", "limit_bytes": 4 << 20}
    )
    assert "a model list too large" in message and "4 MiB" in message and advice
    message, _ = describe_problem("some_future_code", {"url": "http://u:pw@h/v1"})
    assert "pw" not in message
