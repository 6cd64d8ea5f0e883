"""Against a real llama.cpp llama-server serving a generated GGUF (see tests/conftest.py)."""

from __future__ import annotations

import threading
import time

import pytest

from advisor.core.servers import (
    ProblemCode,
    ServerKind,
    ServerProblemError,
    benchmark,
    check,
    discover,
    stream_chat,
)
from tests.support.energy_meter import StepMeter
from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import LlamaServer, free_port, health

pytestmark = pytest.mark.server


def test_check_finds_a_usable_llama_cpp_server_and_lists_its_model(llama_server, tiny_gguf):
    status = check(llama_server.base_url + "/v1")
    assert status.reachable and status.problem is None and status.usable
    assert status.kind is ServerKind.LLAMA_CPP
    [model] = status.models
    assert model.id == str(tiny_gguf) or model.id.endswith(tiny_gguf.name)
    assert model.loaded is True
    assert model.max_context == 1024  # llama.cpp's meta.n_ctx_train, as written into the GGUF


def test_a_url_without_v1_still_works_on_llama_cpp_which_serves_both(llama_server):
    assert check(llama_server.base_url).usable


def test_a_wrong_path_is_diagnosed_with_the_url_that_works(llama_server):
    status = check(llama_server.base_url + "/api")
    assert status.problem is not None and status.problem.code is ProblemCode.WRONG_PATH
    assert status.problem.values["suggested_url"] == llama_server.base_url + "/v1"
    assert status.kind is ServerKind.LLAMA_CPP


def test_benchmark_streams_real_tokens_and_reads_llama_cpp_timings(llama_server):
    bench = benchmark(llama_server.base_url + "/v1", runs=2, max_tokens=24)
    assert bench.runs == 2
    assert bench.completion_tokens == 24  # the generated model never stops early: every run yields max_tokens
    assert bench.source == "llama.cpp_timings"
    assert bench.server_tokens_per_second and bench.server_tokens_per_second > 0
    assert bench.tokens_per_second == bench.server_tokens_per_second
    assert bench.prompt_tokens_per_second and bench.prompt_tokens_per_second > 0
    assert bench.client_tokens_per_second and bench.client_tokens_per_second > 0
    assert bench.ttft_ms is not None and 0 < bench.ttft_ms < 10_000
    assert bench.prompt_tokens and bench.prompt_tokens > 50  # the Spanish paragraph reached the model
    assert bench.energy_joules is None  # no meter given


def test_benchmark_reports_joules_per_token_from_an_energy_meter(llama_server):
    bench = benchmark(llama_server.base_url + "/v1", runs=2, max_tokens=10, energy_meter=StepMeter(2.0, name="fake"))
    assert bench.energy_joules == pytest.approx(2.0)
    assert bench.joules_per_token == pytest.approx(2.0 / 20)
    assert bench.power_watts and bench.power_watts > 0
    assert bench.energy_source == "fake"


def test_benchmark_reports_live_progress_with_growing_token_counts(llama_server):
    seen = []
    bench = benchmark(llama_server.base_url + "/v1", runs=2, max_tokens=12, on_progress=seen.append)
    assert not bench.cancelled and bench.runs == 2
    assert [p.run for p in seen] == sorted(p.run for p in seen) and {p.run for p in seen} == {1, 2}
    assert all(p.runs == 2 for p in seen)
    for run in (1, 2):
        counts = [p.tokens for p in seen if p.run == run]
        assert counts == list(range(1, len(counts) + 1)) and len(counts) >= 2  # one call per piece, in order
    totals = [p.total_tokens for p in seen]
    assert totals == list(range(1, len(seen) + 1))  # the second run continues the count
    assert seen[0].tokens_per_second is None  # one piece is no speed yet
    assert all(p.tokens_per_second and p.tokens_per_second > 0 for p in seen if p.tokens >= 2)


def test_benchmark_stops_promptly_when_cancelled_mid_run(llama_server):
    cancel = threading.Event()
    seen = []

    def on_progress(p):
        seen.append(p)
        if p.tokens == 3:
            cancel.set()

    started = time.monotonic()
    bench = benchmark(llama_server.base_url + "/v1", runs=3, max_tokens=600, on_progress=on_progress, cancel=cancel)
    assert time.monotonic() - started < 5
    assert bench.cancelled and bench.runs == 0  # no run finished: no medians to report
    assert bench.tokens_per_second is None and bench.ttft_ms is None
    assert len(seen) == 3 and {p.run for p in seen} == {1}  # the stream closed at the next piece
    assert check(llama_server.base_url + "/v1").usable  # the server is still fine afterwards


def test_a_benchmark_cancelled_in_a_later_run_keeps_the_runs_that_finished(llama_server):
    cancel = threading.Event()
    runs_seen = set()

    def on_progress(p):
        runs_seen.add(p.run)
        if p.run == 2 and p.tokens == 2:
            cancel.set()

    bench = benchmark(llama_server.base_url + "/v1", runs=3, max_tokens=16, on_progress=on_progress, cancel=cancel)
    assert bench.cancelled and bench.runs == 1
    assert runs_seen == {1, 2}  # the third run never started
    assert bench.tokens_per_second and bench.tokens_per_second > 0
    assert bench.completion_tokens == 16  # the median of the one finished run, not of the stopped one


def test_stream_chat_streams_pieces_as_they_arrive(llama_server):
    pieces: list[str] = []
    result = stream_chat(
        llama_server.base_url + "/v1",
        model=None,
        system="Eres un asistente útil.",
        prompt="Hola, ¿qué tal?",
        temperature=0.7,
        max_tokens=12,
        on_delta=pieces.append,
    )
    assert result.problem is None
    # a word at a time as the tokens come (a key the server quotes back is never shown cut in two: chat.ShownSafely)
    assert pieces and "".join(pieces) == result.text
    assert all(piece and piece[-1].isspace() for piece in pieces[:-1])
    assert result.completion_tokens == 12 and result.finish_reason == "length"
    assert result.ttft_ms is not None and result.ttft_ms > 0


def test_stream_chat_stops_when_cancelled_and_keeps_the_text(llama_server):
    cancel = threading.Event()
    pieces: list[str] = []

    def on_delta(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()

    started = time.monotonic()
    result = stream_chat(
        llama_server.base_url + "/v1",
        model=None,
        system=None,
        prompt="Cuenta hasta mil.",
        temperature=0.0,
        max_tokens=900,
        on_delta=on_delta,
        cancel=cancel,
    )
    assert result.cancelled and result.finish_reason == "cancelled" and result.problem is None
    assert result.text == "".join(pieces) and 3 <= len(pieces) <= 4  # the word held back at the stop comes last
    assert time.monotonic() - started < 5
    assert check(llama_server.base_url + "/v1").usable  # the server is still fine afterwards


def test_discover_finds_the_server_among_closed_ports(llama_server):
    closed = free_port()
    found = discover(ports=(closed, llama_server.port))
    assert [s.url for s in found] == [f"http://127.0.0.1:{llama_server.port}/v1"]
    assert found[0].kind is ServerKind.LLAMA_CPP


def test_a_server_started_with_an_api_key_is_diagnosed_as_auth_required(tiny_gguf, llama_server_bin):
    with LlamaServer(tiny_gguf, api_key="s3cret", binary=llama_server_bin) as server:
        status = check(server.base_url + "/v1")
        assert status.problem is not None and status.problem.code is ProblemCode.AUTH_REQUIRED
        assert status.problem.values["key_sent"] is False
        assert status.kind is ServerKind.LLAMA_CPP  # recognised by its public /health
        wrong = check(server.base_url + "/v1", api_key="nope")
        assert wrong.problem is not None and wrong.problem.code is ProblemCode.AUTH_REQUIRED
        assert wrong.problem.values["key_sent"] is True
        assert check(server.base_url + "/v1", api_key="s3cret").usable
        with pytest.raises(ServerProblemError) as exc:
            benchmark(server.base_url + "/v1", runs=1, max_tokens=4)
        assert exc.value.problem.code is ProblemCode.AUTH_REQUIRED


@pytest.fixture(scope="module")
def slow_loading_gguf(tmp_path_factory):
    """A model whose 120k-token vocabulary takes llama.cpp about a second to load (tensors stay small)."""
    return write_llama_gguf(
        tmp_path_factory.mktemp("slow") / "big-vocab.gguf", n_embd=32, n_head=1, n_ff=64, n_vocab=120_000
    )


def test_a_server_still_loading_its_model_is_diagnosed_as_loading(slow_loading_gguf, llama_server_bin):
    with LlamaServer(slow_loading_gguf, wait_ready=False, binary=llama_server_bin) as server:
        deadline = time.monotonic() + 10
        while health(server.base_url, 0.5)[0] != 503:  # listening, model not loaded yet
            assert time.monotonic() < deadline, "llama-server never answered while loading"
            time.sleep(0.002)
        status = check(server.base_url + "/v1")
        assert status.reachable
        assert status.problem is not None and status.problem.code is ProblemCode.LOADING
        assert status.kind is ServerKind.LLAMA_CPP
        server.wait_healthy(30)
        assert check(server.base_url + "/v1").usable
