"""A benchmark measures prompt processing only on prompts the server really evaluated: servers keep the last
prompt's tokens (llama.cpp's prompt cache) and skip what a new prompt shares with it, which made every benchmark after
the first report a "prompt speed" of one token and a first token after 10 ms. Against a real llama-server and the LM
Studio emulator."""

from __future__ import annotations

import dataclasses
import importlib
import secrets

import pytest

from advisor.core.servers import benchmark, check
from advisor.core.servers.chat import StreamRecord
from tests.support.lmstudio_emulator import LmStudioEmulator

bench_module = importlib.import_module("advisor.core.servers.benchmark")  # the package exports the function by name


def _same_prompt_every_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The old benchmark's mistake, forced: every run (and every benchmark) sends the very same chat."""
    fixed = bench_module._messages(0, nonce=secrets.token_hex(6))
    monkeypatch.setattr(bench_module, "_messages", lambda run, nonce=None: fixed)


@pytest.mark.server
def test_two_benchmarks_in_a_row_each_measure_the_whole_prompt(llama_server):
    url = llama_server.base_url + "/v1"
    first = benchmark(url, runs=3, max_tokens=8)
    second = benchmark(url, runs=3, max_tokens=8)
    for bench in (first, second):
        assert bench.prompt_cached_runs == 0  # the server's own timings: every run evaluated its prompt
        assert bench.prompt_tokens and bench.prompt_tokens > 50
        assert bench.prompt_tokens_per_second and bench.ttft_ms
    # the same order of magnitude: a cached prompt measured one token and read 20-50x off
    speeds = (first.prompt_tokens_per_second, second.prompt_tokens_per_second)
    assert max(speeds) / min(speeds) < 5, speeds


@pytest.mark.server
def test_llama_cpp_is_asked_not_to_reuse_its_cache_even_for_an_identical_prompt(llama_server, monkeypatch):
    _same_prompt_every_run(monkeypatch)
    bench = benchmark(llama_server.base_url + "/v1", runs=3, max_tokens=8)
    assert bench.prompt_cached_runs == 0  # cache_prompt: false made it evaluate the prompt three times
    assert bench.prompt_tokens_per_second is not None and bench.ttft_ms is not None


@pytest.mark.server
def test_a_forced_cache_hit_is_detected_and_not_reported(llama_server, monkeypatch):
    from advisor.cli.server import render_status

    _same_prompt_every_run(monkeypatch)
    monkeypatch.setattr(bench_module, "NO_CACHE_BODY", {})  # a server that reuses its cache whatever it is asked
    url = llama_server.base_url + "/v1"
    partly = benchmark(url, runs=3, max_tokens=8)  # run 1 evaluates the prompt, runs 2 and 3 find it cached
    assert partly.prompt_cached_runs == 2
    assert partly.prompt_tokens_per_second is not None and partly.ttft_ms is not None  # run 1's alone
    cached = benchmark(url, runs=2, max_tokens=8)  # the prompt is in the cache before the first run
    assert cached.prompt_cached_runs == 2
    assert cached.prompt_tokens_per_second is None and cached.ttft_ms is None
    assert cached.tokens_per_second and cached.runs == 2  # generation was measured all the same

    text = render_status(dataclasses.replace(check(url), benchmark=cached))
    [line] = [x for x in text.splitlines() if "prompt processing" in x]
    assert line.split("prompt processing", 1)[1].strip() == (
        "not measured: the server reused the prompt from its cache in 2 of 2 runs, so it processed almost none of it"
    )
    assert "first token after" not in text


@pytest.mark.server
def test_the_benchmark_is_labelled_with_the_model_that_answered(llama_server):
    """llama-server answers with the model it loaded whatever name it is sent: `--model nope` is not what ran."""
    url = llama_server.base_url + "/v1"
    [served] = check(url).models
    bench = benchmark(url, model="nope", runs=1, max_tokens=4)
    assert bench.model == served.id != "nope"


def test_lm_studio_gets_a_prompt_of_its_own_each_run_and_no_llama_cpp_field():
    with LmStudioEmulator() as lms:
        bench = benchmark(lms.base_url + "/v1", model="nope", runs=3, max_tokens=6)
        bodies = list(lms.chat_bodies)
    assert len(bodies) == 4  # three streamed runs and the native one for LM Studio's statistics
    assert all("cache_prompt" not in b for b in bodies)
    systems = [b["messages"][0]["content"] for b in bodies]
    assert len({s[:6] for s in systems}) == 4  # no two requests share even their first characters
    assert bench.model == "qwen2.5-7b-instruct"  # the model LM Studio says answered, not the name asked for
    assert bench.prompt_cached_runs == 0 and bench.prompt_tokens_per_second is not None


@pytest.mark.parametrize(
    ("timings", "prompt_tokens", "cached_tokens", "evaluated"),
    [
        ({"prompt_n": 1, "cache_n": 936}, 937, None, False),  # the review's server log: n_past = 936
        ({"prompt_n": 909, "cache_n": 28}, 937, None, True),  # the chat template's first tokens reused: fine
        ({"prompt_n": 937}, 937, None, True),  # an older llama.cpp without cache_n
        ({"prompt_n": 5}, 937, None, False),
        (None, 937, 930, False),  # OpenAI's usage.prompt_tokens_details.cached_tokens (vLLM, LM Studio)
        (None, 937, 0, True),
        (None, 937, None, True),  # a server that does not say: the nonce is the protection
    ],
)
def test_a_run_counts_for_prompt_speed_only_when_the_server_evaluated_its_prompt(
    timings, prompt_tokens, cached_tokens, evaluated
):
    record = StreamRecord(timings=timings, prompt_tokens=prompt_tokens, cached_tokens=cached_tokens)
    assert bench_module.prompt_evaluated(record) is evaluated
