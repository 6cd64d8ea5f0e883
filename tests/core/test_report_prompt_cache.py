"""A report's benchmark says why prompt processing is missing (or partial) when the server took the prompt from its
cache, with the sentence `llm-advisor server --bench` prints, in the reader's language; from a saved report.json too."""

from __future__ import annotations

import json

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, Speaker
from advisor.core.messages.report import report_wording
from advisor.core.messages.servers import prompt_speed
from advisor.core.report import assemble_assessment, render
from advisor.core.servers.types import Benchmark, ServerKind, ServerModel, ServerStatus
from tests.core.test_report import HARDWARE, SCRUB, _write_hardware


def _bench(prompt_speed: float | None, cached: int) -> Benchmark:
    return Benchmark(
        model="qwen2.5-7b-instruct",
        ttft_ms=182.0 if prompt_speed else None,
        tokens_per_second=47.3,
        prompt_tokens_per_second=prompt_speed,
        completion_tokens=128,
        source="llama.cpp_timings",
        runs=3,
        prompt_cached_runs=cached,
    )


def _report(tmp_path, bench: Benchmark, lang: str = "en") -> str:
    profile = load_profile(_write_hardware(tmp_path, HARDWARE))
    server = ServerStatus(
        url="http://127.0.0.1:8080/v1",
        reachable=True,
        kind=ServerKind.LLAMA_CPP,
        version=None,
        models=(ServerModel("qwen2.5-7b-instruct", loaded=True),),
        problem=None,
        benchmark=bench,
    )
    a = assemble_assessment(profile, server=server, scrubber=SCRUB)
    saved = json.loads(render(a, "json"))
    say = ENGLISH if lang == "en" else Speaker(lang)
    text = render(a, "md", wording=report_wording(say, "report"), lang=lang)
    assert render(saved, "md", wording=report_wording(say, "report"), lang=lang) == text  # a saved one says the same
    return text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_prompt_processing_left_out_of_every_run_says_why(tmp_path, lang):
    say = ENGLISH if lang == "en" else Speaker(lang)
    text = _report(tmp_path, _bench(None, 3), lang)
    why = prompt_speed(say, None, 3, 3)
    assert "3" in why and why in text  # the CLI's sentence, not an empty dash
    row = next(line for line in text.splitlines() if why in line)
    assert row.startswith("- **")  # on the prompt processing row of the benchmark


def test_prompt_processing_from_some_runs_says_how_many_were_left_out(tmp_path):
    text = _report(tmp_path, _bench(1450.0, 1))
    assert "1,450.0 tokens/s (the server reused the prompt from its cache in 1 of 3 runs: left out)" in text


def test_a_benchmark_that_measured_every_prompt_shows_only_the_speed(tmp_path):
    text = _report(tmp_path, _bench(1450.0, 0))
    assert "- **Prompt processing:** 1,450.0 tokens/s\n" in text
    assert "cache" not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_server_figure_not_used_as_implausible_is_said_in_the_report(tmp_path, lang):
    """`server --bench` says which of the server's own figures it did not use; the report showed the client's
    speed as if nothing had been dropped. Said on its "Figures from" row, from a saved report.json too."""
    import dataclasses

    from advisor.core.messages.servers import implausible_note

    say = ENGLISH if lang == "en" else Speaker(lang)
    bench = dataclasses.replace(_bench(812.0, 0), source="client", implausible=("usage.completion_tokens",))
    text = _report(tmp_path, bench, lang)
    why = implausible_note(say, ("usage.completion_tokens",))
    assert why and why in text
