"""A server that answers with broken JSON, fields of the wrong type or figures no machine measures: the check, a
prompt and the benchmark each say one clear thing, exit with the check's code, and use no figure it could not have
measured (the client's own count or clock stands in, or the figure is not measured)."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from advisor.cli.main import main
from advisor.core.servers import ProblemCode, ServerProblemError, benchmark, check, reported, stream_chat
from advisor.core.servers.limits import PROMPT_TOKENS_PER_SECOND_RANGE, TOKENS_PER_SECOND_RANGE
from tests.support.fake_http import chat_chunk, json_reply, openai_server, usage_chunk
from tests.support.lmstudio_emulator import LmStudioEmulator

NOT_OPENAI = "does not speak the OpenAI API"
REPLY = [chat_chunk("Uno"), chat_chunk(" dos"), chat_chunk(" tres", "stop")]  # three pieces, then the end


def _usage(completion_tokens: object, prompt_tokens: object = 12) -> dict[str, Any]:
    chunk = usage_chunk(0, 0)
    chunk["usage"] = {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens, "total_tokens": None}
    return chunk


def _text_piece(content: object) -> dict[str, Any]:
    chunk = chat_chunk("x")
    chunk["choices"][0]["delta"]["content"] = content
    return chunk


def _chat(url: str) -> Any:
    return stream_chat(url, model=None, system=None, prompt="Hola", temperature=0)


def _bench(url: str) -> Any:
    return benchmark(url, runs=1, max_tokens=8)


def _run(*argv: str) -> int:
    return main([*argv, "--no-calibrate"] if "--bench" in argv else list(argv))


# ---------------------------------------------------------------------- 1. a one-token chat answered with broken JSON


@pytest.mark.parametrize("body", ['{"choices": [', "[]", "null", "1", '{"id": "chatcmpl-x"}'])
def test_a_chat_answer_that_is_no_completion_is_a_problem_of_the_check_not_a_crash(body):
    with openai_server(completion=(200, body, "application/json")) as server:
        status = check(server.base_url + "/v1")
    assert status.reachable and [m.id for m in status.models] == ["fake"]
    assert status.problem is not None and status.problem.code is ProblemCode.NOT_OPENAI_COMPATIBLE
    assert status.problem.values["step"] == "chat"


def test_the_cli_prints_what_it_found_and_exits_1_for_a_chat_answer_cut_mid_json(capsys):
    with openai_server(completion=(200, '{"choices": [', "application/json")) as server:
        url = server.base_url + "/v1"
        assert _run("server", "--url", url) == 1
        text = capsys.readouterr()
        assert _run("server", "--url", url, "--json") == 1
        data = json.loads(capsys.readouterr().out)
    assert "unexpected error" not in text.err and "Traceback" not in text.err
    assert NOT_OPENAI in text.out and "OpenAI-compatible server" in text.out and "fake" in text.out
    assert data["problem"]["code"] == "not_openai_compatible" and data["usable"] is False
    assert data["reachable"] is True and [m["id"] for m in data["models"]] == ["fake"]


# ---------------------------------------------------------------------- 2. streamed fields of the wrong type


@pytest.mark.parametrize("odd", ["abc", {"a": 1}, [1], True])
def test_a_usage_count_of_the_wrong_type_is_not_used_by_a_prompt_nor_the_benchmark(odd):
    with openai_server([*REPLY, _usage(odd, prompt_tokens=odd)]) as server:
        url = server.base_url + "/v1"
        result = _chat(url)
        bench = _bench(url)
    assert result.problem is None and result.text == "Uno dos tres"
    assert result.completion_tokens == 3 and result.prompt_tokens is None  # the pieces received; no prompt count
    assert {"usage.completion_tokens", "usage.prompt_tokens"} <= set(result.implausible)
    assert bench.completion_tokens == 3 and bench.prompt_tokens is None and bench.source == "client_count"
    assert {"usage.completion_tokens", "usage.prompt_tokens"} <= set(bench.implausible)


@pytest.mark.parametrize("argv", [("--prompt", "Hola"), ("--bench", "--runs", "1")])
def test_the_cli_says_a_wrong_typed_count_was_not_used_and_exits_0(argv, capsys):
    with openai_server([*REPLY, _usage("abc")]) as server:
        code = _run("server", "--url", server.base_url + "/v1", *argv)
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "unexpected error" not in out.err
    said = out.err if "--prompt" in argv else out.out
    assert "implausible figure, not used: usage.completion_tokens" in said


@pytest.mark.parametrize("content", [{"a": 1}, ["Uno"], 5])
def test_reply_text_that_is_not_text_is_not_openai_for_a_prompt_and_the_benchmark_alike(content):
    with openai_server([_text_piece(content), *REPLY]) as server:
        url = server.base_url + "/v1"
        result = _chat(url)
        with pytest.raises(ServerProblemError) as exc:
            _bench(url)
    assert result.problem is not None and result.problem.code is ProblemCode.NOT_OPENAI_COMPATIBLE
    assert result.problem.values["reason"] == "bad_stream" and result.text == ""
    assert exc.value.problem.code is ProblemCode.NOT_OPENAI_COMPATIBLE


@pytest.mark.parametrize("argv", [("--prompt", "Hola"), ("--bench", "--runs", "1")])
def test_the_cli_calls_reply_text_that_is_not_text_not_openai_and_exits_1(argv, capsys):
    with openai_server([_text_piece({"a": 1}), *REPLY]) as server:
        code = _run("server", "--url", server.base_url + "/v1", *argv)
    out = capsys.readouterr()
    assert code == 1
    assert "unexpected error" not in out.err
    assert NOT_OPENAI in out.out + out.err


# ---------------------------------------------------------------------- 3. figures no machine measures


@pytest.mark.parametrize("odd", [-100, 10**30, 1e30, 1e308, math.inf, math.nan, 2.5])
def test_a_token_count_out_of_range_is_not_used(odd):
    with openai_server([*REPLY, _usage(odd, prompt_tokens=odd)]) as server:
        url = server.base_url + "/v1"
        result = _chat(url)
        bench = _bench(url)
    assert result.completion_tokens == 3 and result.prompt_tokens is None
    assert bench.completion_tokens == 3 and bench.prompt_tokens is None
    assert {"usage.completion_tokens", "usage.prompt_tokens"} <= set(result.implausible) & set(bench.implausible)


def _timed(predicted: object, prompt: object) -> list[dict[str, Any]]:
    timings = {"prompt_n": 40, "cache_n": 0, "predicted_n": 3, "predicted_per_second": predicted}
    timings["prompt_per_second"] = prompt
    return [chat_chunk("Uno"), chat_chunk(" dos"), chat_chunk(" tres", "stop", timings=timings), _usage(3, 40)]


def _within(speed: float | None, limits: tuple[float, float] = TOKENS_PER_SECOND_RANGE) -> bool:
    return speed is None or limits[0] <= speed <= limits[1]


@pytest.mark.parametrize("odd", [1e308, math.inf, math.nan, -5.0, 2_000_000, 0.001, "fast"])
def test_llama_cpp_timings_past_what_cost_accepts_are_not_used(odd):
    with openai_server(_timed(odd, odd)) as server:
        url = server.base_url + "/v1"
        result = _chat(url)
        bench = _bench(url)
    assert result.problem is None and result.server_tokens_per_second is None
    assert result.prompt_tokens_per_second is None and result.source is None
    assert bench.server_tokens_per_second is None and bench.prompt_tokens_per_second is None
    assert bench.tokens_per_second == bench.client_tokens_per_second and _within(bench.tokens_per_second)
    assert bench.source == "client_usage" and bench.completion_tokens == 3
    fields = {"timings.predicted_per_second", "timings.prompt_per_second"}
    assert fields <= set(result.implausible) and fields <= set(bench.implausible)


def test_plausible_timings_are_still_the_servers_own_figures():
    with openai_server(_timed(42.5, 900.0)) as server:
        bench = _bench(server.base_url + "/v1")
    assert bench.tokens_per_second == bench.server_tokens_per_second == 42.5
    assert bench.prompt_tokens_per_second == 900.0 and bench.source == "llama.cpp_timings"
    assert bench.implausible == ()


def test_the_benchmark_text_names_the_implausible_figure_instead_of_printing_it(capsys):
    with openai_server(_timed(1e308, 1e308)) as server:
        assert _run("server", "--url", server.base_url + "/v1", "--bench", "--runs", "1") == 0
    out = capsys.readouterr().out
    assert "e+308" not in out and "inf" not in out.lower().replace("info", "")
    assert "implausible figures, not used: timings.predicted_per_second, timings.prompt_per_second" in out


def test_cost_never_takes_a_servers_implausible_speed(capsys):
    with openai_server(_timed(1e308, 1e308)) as server:
        assert main(["cost", "--server-url", server.base_url + "/v1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert _within(data["inputs"]["tokens_per_second"])
    assert _within(data["inputs"]["prompt_tokens_per_second"], PROMPT_TOKENS_PER_SECOND_RANGE)
    assert data["benchmark"]["server_tokens_per_second"] is None


@pytest.mark.parametrize("odd", [1e308, math.inf, 200_000.0])
def test_lm_studio_stats_past_what_cost_accepts_are_not_used(odd):
    with LmStudioEmulator(tokens_per_second=odd) as lms:
        bench = _bench(lms.base_url + "/v1")
    assert bench.server_tokens_per_second is None and _within(bench.tokens_per_second)
    assert bench.source == "client_usage" and "stats.tokens_per_second" in bench.implausible


def test_a_server_figure_is_held_to_the_range_a_person_may_give_cost(capsys):
    low, high = TOKENS_PER_SECOND_RANGE
    assert reported.speed(high) == high and reported.speed(low) == low
    assert reported.speed(high * 1.01) is None and reported.speed(low / 2) is None
    with pytest.raises(SystemExit) as refused:
        main(["cost", "--tokens-per-second", str(high * 1.01)])
    assert refused.value.code == 2
    assert main(["cost", "--tokens-per-second", str(high), "--json"]) == 0


def test_a_zero_speed_is_not_measured_rather_than_implausible():
    implausible: set[str] = set()
    assert reported.checked(0, reported.speed(0), "timings.predicted_per_second", implausible) is None
    assert reported.checked(None, reported.count(None), "usage.completion_tokens", implausible) is None
    assert implausible == set()


def test_the_fake_servers_completion_is_a_well_formed_one():
    with openai_server(completion=json_reply({"error": {"message": "boom"}}, 500)) as server:
        status = check(server.base_url + "/v1")
    assert status.problem is not None and status.problem.code is ProblemCode.HTTP_ERROR
    with openai_server() as server:
        assert check(server.base_url + "/v1").problem is None


@pytest.mark.parametrize(
    ("ms", "english", "spanish"),
    [(182.4, "182 ms", "182 ms"), (2_430, "2.4 s", "2,4 s"), (32_810, "33 s", "33 s"), (96_000, "1.6 min", "1,6 min")],
)
def test_the_first_tokens_wait_is_said_as_people_say_a_wait(ms, english, spanish):
    """A slow model's "first token after 32,810 ms" had to be read as a number first (newcomer round)."""
    from advisor.core.messages import Speaker
    from advisor.core.messages.servers import first_token_time

    assert first_token_time(Speaker("en"), ms) == english
    assert first_token_time(Speaker("es"), ms) == spanish
