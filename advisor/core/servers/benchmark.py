"""`benchmark(url)`: a few streamed chats with a fixed Spanish prompt; medians of what the client measured and of
what the server reports about itself (llama.cpp `timings`, LM Studio `stats`, OpenAI `usage`); joules per token
when an energy counter can be read.

Prompt processing is measured only on prompts the server really evaluated. Servers keep the last prompt's
evaluated tokens (llama.cpp's prompt cache, which LM Studio and Ollama run too) and skip the part a new prompt
shares with it: the same prompt twice costs one token, and its "speed" and first-token time are fake. So every
run's system message starts with a random nonce (no prefix beyond the chat template's first tokens is shared with
any earlier request, this benchmark's or another's), llama.cpp is asked not to reuse its cache (`cache_prompt:
false`), and a run whose server says it evaluated less than `MIN_EVALUATED_SHARE` of the prompt (llama.cpp's
`timings.prompt_n` against `cache_n`, OpenAI's `usage.prompt_tokens_details.cached_tokens`) gives no prompt speed
and no first-token time (`Benchmark.prompt_cached_runs` counts them).

The benchmark is labelled with the model the server says answered (its replies' `model`), not the name asked for:
llama-server answers with the one model it loaded whatever name it is sent.
"""

from __future__ import annotations

import secrets
import statistics
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from advisor.core.hardware.power import EnergyMeter
from advisor.core.servers import limits as caps
from advisor.core.servers import reported
from advisor.core.servers.chat import ServerProblemError, StreamRecord, openai_client, stream_once
from advisor.core.servers.check import check
from advisor.core.servers.http import Deadline, auth_headers, httpx, limited, new_client, normalize_url, origin
from advisor.core.servers.models import chat_model
from advisor.core.servers.problems import ProblemCode
from advisor.core.servers.types import (
    STOPPED_CANCELLED,
    STOPPED_DONE,
    STOPPED_TIME,
    STOPPED_TOKENS,
    Benchmark,
    BenchmarkProgress,
    Problem,
    ServerKind,
)

BENCH_SYSTEM = "Eres un asistente que resume textos en español de forma clara y breve."
BENCH_PROMPT = (
    "Resume en tres frases el siguiente párrafo:\n\n"
    "La cooperativa agrícola del valle decidió el año pasado instalar sensores de humedad en sus parcelas y "
    "compartir los datos con todos los socios. Al principio muchos agricultores desconfiaban, porque temían que "
    "la información se usara para fijar cuotas de agua más estrictas. Sin embargo, después de la primera campaña "
    "comprobaron que el riego se ajustaba mejor a lo que cada cultivo necesitaba, que las facturas de "
    "electricidad de las bombas bajaron casi un veinte por ciento y que la cosecha de tomate fue más uniforme. "
    "Ahora la cooperativa quiere ampliar el proyecto con estaciones meteorológicas y un panel en línea, aunque "
    "todavía debe resolver quién pagará el mantenimiento y cómo se protegerán los datos de cada explotación."
)
DEFAULT_RUNS = 3
DEFAULT_MAX_TOKENS = 128
# a run counts for prompt processing when the server evaluated at least this share of its prompt tokens (the rest
# came from its cache): the chat template's first few tokens may be reused, a whole prompt must not
MIN_EVALUATED_SHARE = 0.9
NO_CACHE_BODY = {"cache_prompt": False}  # llama.cpp's request field; sent only to llama.cpp


def _median(values: Sequence[float | int | None]) -> float | None:
    known = [v for v in values if v is not None]
    return float(statistics.median(known)) if known else None


def _read_joules(meter: EnergyMeter | None) -> float | None:
    """The meter's reading, or None when there is no meter or it fails: a RAPL file can become unreadable mid-run
    (permissions changed, a zone gone after suspend) and a torn read is not a number. Energy is then "not measured";
    the speeds still count."""
    if meter is None:
        return None
    try:
        return float(meter.read_joules())
    except (OSError, ValueError):
        return None


def _messages(run: int, nonce: str | None = None) -> list[dict[str, str]]:
    """The run's chat. A fresh random nonce at the very start means no earlier request (a run of this benchmark or of
    an earlier one) shares a prefix with it that a server's prompt cache could skip."""
    nonce = nonce or secrets.token_hex(6)
    return [
        {"role": "system", "content": f"{nonce} · Sesión {run + 1}. {BENCH_SYSTEM}"},
        {"role": "user", "content": BENCH_PROMPT},
    ]


def prompt_evaluated(record: StreamRecord) -> bool:
    """False when the server says it took most of this run's prompt from its cache (so the run's prompt speed and
    first-token time measure no prompt processing); True when it evaluated the prompt or does not say."""
    timings = record.timings or {}
    evaluated, cached = reported.count(timings.get("prompt_n")), reported.count(timings.get("cache_n"))
    if evaluated is not None and cached is not None:
        total = evaluated + cached
    elif evaluated is not None and record.prompt_tokens:
        total = max(record.prompt_tokens, evaluated)
    elif record.cached_tokens is not None and record.prompt_tokens:
        evaluated, total = record.prompt_tokens - record.cached_tokens, record.prompt_tokens
    else:
        return True
    return total <= 0 or evaluated >= MIN_EVALUATED_SHARE * total


def _answered_model(records: Sequence[StreamRecord], asked: str) -> str:
    """The model the server says answered (the most frequent among the runs); `asked` when it does not say. A server
    that serves one model (llama-server) answers with it whatever name was asked for."""
    named = [r.model for r in records if r.model]
    return max(set(named), key=named.count) if named else asked


class _LiveRun:
    """Counts one run's streamed pieces and tells `on_progress` the speed so far (client clock)."""

    def __init__(self, run: int, runs: int, before: int, on_progress: Callable[[BenchmarkProgress], None]) -> None:
        self.run, self.runs, self.before, self.on_progress = run, runs, before, on_progress
        self.tokens = 0
        self.first_s: float | None = None

    def piece(self, _text: str) -> None:
        now = time.perf_counter()
        self.tokens += 1
        if self.first_s is None:
            self.first_s = now
        elapsed = now - self.first_s
        speed = (self.tokens - 1) / elapsed if self.tokens >= 2 and elapsed > 0 else None
        self.on_progress(BenchmarkProgress(self.run, self.runs, self.tokens, speed, self.before + self.tokens))


def benchmark(
    url: str,
    *,
    model: str | None = None,
    api_key: str | None = None,
    runs: int = DEFAULT_RUNS,
    max_tokens: int = DEFAULT_MAX_TOKENS,
    energy_meter: EnergyMeter | None = None,
    temperature: float = 0.0,
    timeout_s: float | None = None,
    on_progress: Callable[[BenchmarkProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> Benchmark:
    """Stream `runs` summaries of a fixed paragraph and report medians. Raises ServerProblemError when a run fails
    (with the same problem codes as `check`) and ValueError for a bad URL or run count.

    `on_progress(BenchmarkProgress)` is called on this thread after every streamed piece. Setting `cancel` works
    like `stream_chat`'s: the reply being streamed is closed at its next piece (the server stops generating), no
    further run starts, and the result comes back with `cancelled=True` and medians of the runs that finished.

    `timeout_s` is the time for the whole benchmark, every run and the server check included (default
    `limits.stream_timeout_s()`: 300 s, or LLM_ADVISOR_STREAM_TIMEOUT_S). Each run also stops at `max_tokens`
    pieces even when the server goes on. When the time runs out, the runs that finished are the result
    (`stopped_by="time"`); when none finished, it is a `timeout` problem.
    """
    if runs < 1 or max_tokens < 1:
        raise ValueError("runs and max_tokens must be at least 1")
    url = normalize_url(url)
    deadline = Deadline(timeout_s if timeout_s is not None else caps.stream_timeout_s())
    with new_client() as http, limited(deadline):
        status = check(url, api_key=api_key, chat=False, client=http)
        if status.problem is not None:
            raise ServerProblemError(status.problem)
        model = model or chat_model(status.models, unloaded_too=status.kind is ServerKind.LLAMA_CPP)
        if model is None:
            kind = {"kind": status.kind.value} if status.kind is not None else {}
            raise ServerProblemError(Problem(ProblemCode.NO_MODEL_LOADED, {"url": url, **kind}))
        client = openai_client(url, api_key, http, deadline.timeout_s)
        extra_body = dict(NO_CACHE_BODY) if status.kind is ServerKind.LLAMA_CPP else None
        start_j = _read_joules(energy_meter)
        records: list[StreamRecord] = []
        timed_out = False
        for run in range(runs):
            if cancel is not None and cancel.is_set():
                break
            if deadline.remaining() <= 0:
                timed_out = True
                break
            live = _LiveRun(run + 1, runs, sum(r.tokens or 0 for r in records), on_progress) if on_progress else None
            rec = stream_once(
                client,
                url=url,
                model=model,
                messages=_messages(run),
                temperature=temperature,
                max_tokens=max_tokens,
                timeout_s=deadline.timeout_s,
                api_key_sent=bool(api_key),
                on_delta=live.piece if live is not None else None,
                cancel=cancel,
                deadline=deadline,
                extra_body=extra_body,
            )
            if rec.problem is not None:
                if rec.problem.code is ProblemCode.TIMEOUT:
                    rec.problem = Problem(ProblemCode.TIMEOUT, {**rec.problem.values, "step": "benchmark"})
                raise ServerProblemError(rec.problem)
            records.append(rec)
            if rec.stopped_by == STOPPED_TIME:
                timed_out = True
                break
            if rec.cancelled:
                break
        end_j = _read_joules(energy_meter) if start_j is not None else None
        energy_j = end_j - start_j if end_j is not None and start_j is not None else None
        cancelled = any(r.cancelled for r in records) or (
            cancel is not None and cancel.is_set() and len(records) < runs
        )
        if timed_out and not cancelled and not any(r.stopped_by != STOPPED_TIME for r in records):
            raise ServerProblemError(
                Problem(
                    ProblemCode.TIMEOUT,
                    {
                        "url": url,
                        "timeout_s": deadline.timeout_s,
                        "step": "benchmark",
                        "tokens_received": sum(r.tokens or 0 for r in records),
                    },
                )
            )
        stats = (
            _lmstudio_stats(http, url, model, api_key, max_tokens, deadline)
            if (status.kind is ServerKind.LMSTUDIO and not cancelled and not timed_out)
            else None
        )
    if cancelled:
        stopped_by = STOPPED_CANCELLED
    elif timed_out:
        stopped_by = STOPPED_TIME
    elif any(r.stopped_by == STOPPED_TOKENS for r in records):
        stopped_by = STOPPED_TOKENS
    else:
        stopped_by = STOPPED_DONE
    return _summarise(
        _answered_model(records, model),
        records,
        stats,
        energy_j,
        energy_meter,
        cancelled=cancelled,
        stopped_by=stopped_by,
    )


def _lmstudio_stats(
    http: httpx.Client, url: str, model: str, api_key: str | None, max_tokens: int, deadline: Deadline
) -> dict[str, Any] | None:
    """LM Studio's own figures come from its native endpoint (non-streamed `stats`); one more run there."""
    if deadline.remaining() <= 0:
        return None
    try:
        with limited(deadline):
            resp = http.post(
                origin(url) + "/api/v0/chat/completions",
                json={
                    "model": model,
                    "messages": _messages(0),
                    "max_tokens": max_tokens,
                    "temperature": 0,
                    "stream": False,
                },
                headers=auth_headers(api_key),
                timeout=deadline.left(),
            )
            body = resp.json() if resp.status_code == 200 else None
    except (httpx.HTTPError, ValueError, RecursionError):
        return None
    if isinstance(body, dict) and isinstance(body.get("stats"), dict):
        stats = dict(body["stats"])
        raw_usage = body.get("usage")
        usage = raw_usage if isinstance(raw_usage, dict) else {}
        stats["prompt_tokens"] = usage.get("prompt_tokens")
        details = usage.get("prompt_tokens_details")
        stats["cached_tokens"] = details.get("cached_tokens") if isinstance(details, dict) else None
        return stats
    return None


def _summarise(
    model: str,
    measured: list[StreamRecord],
    lmstudio: dict[str, Any] | None,
    energy_j: float | None,
    meter: EnergyMeter | None,
    *,
    cancelled: bool = False,
    stopped_by: str = STOPPED_DONE,
) -> Benchmark:
    """Medians over the runs that finished; energy over every piece generated while the meter ran (a stopped
    run's pieces too, since they cost energy)."""
    records = [r for r in measured if not r.cancelled and r.stopped_by != STOPPED_TIME]
    evaluated = [r for r in records if prompt_evaluated(r)]  # the runs whose prompt speed and first token count
    seconds = sum((r.last_s or r.sent_s) - r.sent_s for r in measured)
    client_tps = _median([r.client_tokens_per_second for r in records])
    timings = [r.timings for r in records if r.timings]
    implausible = set().union(*(r.implausible for r in measured))  # each record's timings and usage, checked
    server_tps = prompt_tps = None
    prompt_range = caps.PROMPT_TOKENS_PER_SECOND_RANGE
    if timings:
        server_tps = _median([reported.speed(t.get("predicted_per_second")) for t in timings])
        prompt_tps = _median(
            [reported.speed(r.timings.get("prompt_per_second"), prompt_range) for r in evaluated if r.timings]
        )
    elif lmstudio:
        said = lmstudio.get("tokens_per_second")
        server_tps = reported.checked(said, reported.speed(said), "stats.tokens_per_second", implausible)
        said = lmstudio.get("time_to_first_token")
        ttft_s = reported.checked(said, reported.seconds(said), "stats.time_to_first_token", implausible)
        said = lmstudio.get("prompt_tokens")
        prompt_n = reported.checked(said, reported.count(said), "usage.prompt_tokens", implausible)
        said = lmstudio.get("cached_tokens")
        cached = reported.checked(said, reported.count(said), "usage.prompt_tokens_details.cached_tokens", implausible)
        fresh = cached is None or prompt_n is None or prompt_n - cached >= MIN_EVALUATED_SHARE * prompt_n
        prompt_tps = reported.speed(prompt_n / ttft_s, prompt_range) if ttft_s and prompt_n and fresh else None
    if server_tps is not None:
        source = "llama.cpp_timings" if timings else "lmstudio_stats"
    else:  # the server gave no speed, or only an implausible one: the speed is the client's, and so is its source
        source = "client_usage" if any(r.completion_tokens is not None for r in records) else "client_count"
    total_tokens = sum(r.tokens or 0 for r in measured)
    completion = _median([r.tokens for r in records])
    return Benchmark(
        model=model,
        ttft_ms=_median([r.ttft_ms for r in evaluated]),
        tokens_per_second=server_tps if server_tps is not None else client_tps,
        prompt_tokens_per_second=prompt_tps,
        completion_tokens=round(completion) if completion is not None else None,
        source=source,
        runs=len(records),
        energy_joules=energy_j,
        joules_per_token=energy_j / total_tokens if energy_j is not None and total_tokens else None,
        power_watts=energy_j / seconds if energy_j is not None and seconds > 0 else None,
        client_tokens_per_second=client_tps,
        server_tokens_per_second=server_tps,
        prompt_tokens=round(p) if (p := _median([r.prompt_tokens for r in records])) is not None else None,
        energy_source=meter.name if meter is not None and energy_j is not None else None,
        cancelled=cancelled,
        stopped_by=stopped_by,
        prompt_cached_runs=len(records) - len(evaluated),
        implausible=tuple(sorted(implausible)),
    )
