"""Streamed chat through the `openai` client: "try a prompt" (the tutorial's `get_completion`) and the
measurement the benchmark repeats. Times are taken on this side: request sent → first visible text → last text.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from advisor.core.servers import limits as caps
from advisor.core.servers import reported
from advisor.core.servers.check import PLACEHOLDER_API_KEY, check, problem_from_status
from advisor.core.servers.http import Deadline, httpx, limited, new_client, normalize_url, problem_from_exception
from advisor.core.servers.models import chat_model
from advisor.core.servers.problems import ProblemCode
from advisor.core.servers.types import (
    STOPPED_CANCELLED,
    STOPPED_DONE,
    STOPPED_TIME,
    STOPPED_TOKENS,
    ChatResult,
    Problem,
    ServerKind,
)
from advisor.core.text import outside_text, strip_controls
from advisor.core.urls import known_secrets, mask_secrets, redact_text, remember_secret

STREAM_TIMEOUT_S = caps.STREAM_TIMEOUT_S  # total for one reply (a big model on a CPU is slow); not per read
CONNECT_TIMEOUT_S = caps.CONNECT_TIMEOUT_S


class ServerProblemError(Exception):
    """A benchmark or chat could not run; `problem` says why (the same codes as a check)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code.value)
        self.problem = problem


@dataclass
class StreamRecord:
    """Everything one streamed reply told us, raw."""

    text_parts: list[str] = field(default_factory=list)
    sent_s: float = 0.0
    first_s: float | None = None
    last_s: float | None = None
    content_chunks: int = 0
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    timings: dict[str, Any] | None = None  # llama.cpp
    stats: dict[str, Any] | None = None  # LM Studio (native API)
    finish_reason: str | None = None
    cancelled: bool = False
    problem: Problem | None = None
    stopped_by: str | None = None  # "done", "tokens", "time", "cancelled"; None when it failed
    model: str | None = None  # the model the server says answered (its chunks' `model`), not the one asked for
    cached_tokens: int | None = None  # prompt tokens the server reused from its cache (usage.prompt_tokens_details)
    # the server's own figures given but not used as implausible ("usage.completion_tokens", "timings.prompt_n"...)
    implausible: set[str] = field(default_factory=set)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)

    @property
    def ttft_ms(self) -> float | None:
        return (self.first_s - self.sent_s) * 1000 if self.first_s is not None else None

    @property
    def tokens(self) -> int | None:
        """Generated tokens: the server's count when it gave one, else the content pieces we received."""
        return self.completion_tokens if self.completion_tokens is not None else (self.content_chunks or None)

    @property
    def client_tokens_per_second(self) -> float | None:
        """Generation speed over the streamed part: tokens after the first ÷ time from first to last piece; None past
        the range a person may give `cost` (a server's count of 10⁸ tokens in a millisecond measures nothing)."""
        tokens = self.tokens
        if tokens is None or tokens < 2 or self.first_s is None or self.last_s is None or self.last_s <= self.first_s:
            return None
        return reported.speed((tokens - 1) / (self.last_s - self.first_s))


def openai_client(url: str, api_key: str | None, http: httpx.Client, timeout_s: float) -> Any:
    import openai

    remember_secret(api_key)  # masked from now on in whatever the server says (urls.redact_text)
    return openai.OpenAI(
        base_url=url,
        api_key=api_key or PLACEHOLDER_API_KEY,
        max_retries=0,
        http_client=http,
        timeout=httpx.Timeout(timeout_s, connect=min(CONNECT_TIMEOUT_S, timeout_s)),
    )


def stream_once(
    client: Any,
    *,
    url: str,
    model: str,
    messages: list[dict[str, str]],
    temperature: float,
    max_tokens: int | None,
    timeout_s: float,
    api_key_sent: bool,
    on_delta: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
    deadline: Deadline | None = None,
    extra_body: dict[str, Any] | None = None,
) -> StreamRecord:
    """One streamed chat with usage requested; never raises for what the server does (see `record.problem`).
    `extra_body`: fields a particular server understands beyond OpenAI's (llama.cpp's `cache_prompt`).

    It stops at whichever comes first: the server's end of the reply (`stopped_by="done"`), the token budget
    (`"tokens"`: more pieces than `max_tokens`, or `limits.CHAT_MAX_TOKENS` without it), the time budget (`"time"`:
    `deadline`, else `timeout_s` from now, for the whole reply, keep-alive comments and stalls included), or
    `cancel` (`"cancelled"`). The streamed bytes are capped at `limits.STREAM_MAX_BYTES` (`response_too_large`).
    A time stop before any text is a `timeout` problem; after some text, the text so far is the result.
    """
    import openai

    deadline = deadline or Deadline(timeout_s)
    timeouts = _timeouts()
    budget = max_tokens if max_tokens else caps.CHAT_MAX_TOKENS
    record = StreamRecord(sent_s=time.perf_counter())
    kwargs: dict[str, Any] = {"max_tokens": max_tokens} if max_tokens else {}
    stream = None
    try:
        with limited(deadline, max_bytes=caps.STREAM_MAX_BYTES, what="stream"):
            stream = client.chat.completions.create(
                model=model,
                messages=messages,
                temperature=temperature,
                stream=True,
                stream_options={"include_usage": True},
                extra_body=extra_body,
                **kwargs,
            )
            for chunk in stream:
                if cancel is not None and cancel.is_set():
                    record.cancelled, record.finish_reason = True, "cancelled"
                    record.stopped_by = STOPPED_CANCELLED
                    break
                _take(record, chunk, on_delta)
                if record.content_chunks > budget or (not max_tokens and record.content_chunks >= budget):
                    record.stopped_by = STOPPED_TOKENS
                    break
                if deadline.remaining() <= 0:
                    record.stopped_by = STOPPED_TIME
                    break
    except timeouts as exc:  # the time budget ran out while waiting for the next piece (or the first)
        if record.first_s is not None:
            record.stopped_by = STOPPED_TIME
        else:
            record.problem = Problem(
                ProblemCode.TIMEOUT, {"url": url, "timeout_s": deadline.timeout_s, "step": "stream"}
            )
        del exc
    except openai.APIStatusError as exc:
        record.problem = problem_from_status(
            exc.status_code, exc.body, str(exc), url=url, api_key_sent=api_key_sent, kind=None
        )
    except openai.APIError as exc:  # an `error` event inside the stream, or a transport failure wrapped by openai
        if isinstance(exc, openai.APIConnectionError):
            record.problem = problem_from_exception(
                exc, url=url, timeout_s=timeout_s, during_stream=record.first_s is not None
            )
        else:
            record.problem = problem_from_status(
                200, exc.body, exc.message, url=url, api_key_sent=api_key_sent, kind=None
            )
    except httpx.HTTPError as exc:  # the connection dropped mid-stream
        record.problem = problem_from_exception(exc, url=url, timeout_s=timeout_s, during_stream=True)
    # a stream event that is not JSON, nested deeper than the parser goes, or not a chunk's shape
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        record.problem = Problem(
            ProblemCode.NOT_OPENAI_COMPATIBLE,
            {"url": url, "reason": "bad_stream", "error": f"{type(exc).__name__}: {exc}"},
        )
    finally:
        if stream is not None:
            with contextlib.suppress(httpx.HTTPError, OSError):  # closing a connection we are leaving anyway
                stream.close()
    if record.problem is None and record.stopped_by is None:
        if record.finish_reason is None:
            # every OpenAI-compatible server ends a reply with a finish_reason; a stream that just stops was cut
            reason = "stream_broken" if record.first_s is not None else "empty_stream"
            record.problem = Problem(ProblemCode.HTTP_ERROR, {"url": url, "reason": reason})
        else:
            record.stopped_by = STOPPED_DONE
    return record


def _timeouts() -> tuple[type[BaseException], ...]:
    import openai

    return (httpx.TimeoutException, openai.APITimeoutError)


def _take(record: StreamRecord, chunk: Any, on_delta: Callable[[str], None] | None) -> None:
    """Fold one chunk in. Chunks with no choices still matter: the usage (and llama.cpp timings) ride on them.

    A reply's text or its end that is not a string is no OpenAI chunk: TypeError, which `stream_once` reports as
    `not_openai_compatible` (for "try a prompt" and the benchmark alike). The server's counts and speeds are kept only
    when plausible (`servers.reported`); the others are named in `record.implausible`."""
    now = time.perf_counter()
    if record.model is None and isinstance(getattr(chunk, "model", None), str) and chunk.model:
        record.model = chunk.model
    for choice in chunk.choices or ():
        content = getattr(choice.delta, "content", None) if choice.delta is not None else None
        if content is not None and not isinstance(content, str):
            raise TypeError(f"delta.content is {type(content).__name__}, not text")
        if choice.finish_reason is not None and not isinstance(choice.finish_reason, str):
            raise TypeError(f"finish_reason is {type(choice.finish_reason).__name__}, not text")
        if content:
            record.text_parts.append(content)
            record.content_chunks += 1
            record.last_s = now
            if record.first_s is None:
                record.first_s = now
            if on_delta is not None:  # no terminal control, no whole key in this piece (`ShownSafely` joins them)
                on_delta(strip_controls(mask_secrets(content)))
        if choice.finish_reason:
            record.finish_reason = choice.finish_reason
    usage = getattr(chunk, "usage", None)
    if usage is not None:
        odd = record.implausible
        given = getattr(usage, "prompt_tokens", None)
        record.prompt_tokens = reported.checked(given, reported.count(given), "usage.prompt_tokens", odd)
        given = getattr(usage, "completion_tokens", None)
        record.completion_tokens = reported.checked(given, reported.count(given), "usage.completion_tokens", odd)
        given = getattr(getattr(usage, "prompt_tokens_details", None), "cached_tokens", None)
        record.cached_tokens = reported.checked(
            given, reported.count(given), "usage.prompt_tokens_details.cached_tokens", odd
        )
    extra = chunk.model_extra or {}
    if isinstance(extra.get("timings"), dict):
        record.timings = reported.clean_timings(extra["timings"], record.implausible)
    if isinstance(extra.get("stats"), dict):
        record.stats = extra["stats"]


# A word that, with what follows it, `redact_text` masks as a credential ("Bearer xyz", "api_key: xyz"): text is not
# shown up to a break right after one, or the value would be shown alone, without the label that gets it masked.
_LABEL_AT_END = re.compile(
    r"(?i)\b(?:bearer|basic|x[_-]api[_-]key|api[_-]?key|access[_-]token|hf[_-]token|password|passwd)"
    r"[\"']?\s*[:=]?\s*[\"']?\Z"
)
_LABEL_TAIL_CHARS = 40  # how far back a label can start before a break
RUN_HELD_MAX_CHARS = 256  # a run without a break longer than this is shown, but for its last characters


class ShownSafely:
    """What a streamed reply may show as it arrives, without ever showing a secret in play (an API key the server
    quotes back comes token by token, cut anywhere).

    Text is shown up to its last break (a space or a line end) and masked as the whole reply is (`redact_text`):
    no secret, URL or `Bearer` credential has a break inside it, so the pieces shown, joined, are the whole reply
    masked, and a key cut across pieces is held until it is whole. A run with no break longer than
    `RUN_HELD_MAX_CHARS` is shown but for its last (longest form of a secret − 1) characters, so a secret inside it
    is still never shown whole. `flush()` gives what is held, masked, at the end of the reply (or after a stop)."""

    def __init__(self) -> None:
        self._held = ""
        self._keep = max((_longest_form(s) for s in known_secrets()), default=1) - 1

    def feed(self, piece: str) -> str:
        self._held += piece
        cut = self._cut()
        if cut <= 0:
            return ""
        shown, self._held = self._held[:cut], self._held[cut:]
        return strip_controls(redact_text(shown))

    def flush(self) -> str:
        shown, self._held = self._held, ""
        return strip_controls(redact_text(shown)) if shown else ""

    def _cut(self) -> int:
        held = self._held
        for i in range(len(held), 0, -1):
            if held[i - 1].isspace() and not _LABEL_AT_END.search(held[max(0, i - _LABEL_TAIL_CHARS) : i]):
                return i
        return len(held) - self._keep if len(held) > RUN_HELD_MAX_CHARS + self._keep else 0


def _longest_form(secret: str) -> int:
    """The length of the longest way a secret can be written in a reply (as `urls.mask_secrets` looks for it)."""
    return max(len(secret), len(quote(secret, safe="")), len(html.escape(secret)), len(json.dumps(secret)) - 2)


def pick_model(url: str, api_key: str | None, http: httpx.Client) -> str:
    """The model to talk to when the caller named none: a loaded one, per the server's own list."""
    status = check(url, api_key=api_key, chat=False, client=http)
    if status.problem is not None:
        raise ServerProblemError(status.problem)
    model = chat_model(status.models, unloaded_too=status.kind is ServerKind.LLAMA_CPP)
    if model is None:
        kind = {"kind": status.kind.value} if status.kind is not None else {}
        raise ServerProblemError(Problem(ProblemCode.NO_MODEL_LOADED, {"url": url, **kind}))
    return model


def stream_chat(
    url: str,
    *,
    model: str | None,
    system: str | None,
    prompt: str,
    temperature: float = 0.7,
    api_key: str | None = None,
    on_delta: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
    max_tokens: int | None = None,
    timeout_s: float | None = None,
) -> ChatResult:
    """Send `system` + `prompt`, call `on_delta(text)` with the reply as it arrives, return the whole reply.
    The text given to `on_delta` is masked as the whole reply is, a secret cut across pieces included: it goes out
    a word at a time (`ShownSafely`), and what was held back when the reply ends or stops is given last.

    Setting `cancel` stops reading and closes the connection (the server stops generating); the text so far is
    kept. Server failures come back in `ChatResult.problem`, never as exceptions (a bad URL raises ValueError).
    `timeout_s` is the time for everything, the model lookup included (default `limits.stream_timeout_s()`:
    300 s, or LLM_ADVISOR_STREAM_TIMEOUT_S); `ChatResult.stopped_by` says what ended the reply.
    """
    url = normalize_url(url)
    deadline = Deadline(timeout_s if timeout_s is not None else caps.stream_timeout_s())
    messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": prompt}]
    with new_client() as http, limited(deadline):
        try:
            model = model or pick_model(url, api_key, http)
        except ServerProblemError as exc:
            return ChatResult(model or "", "", None, None, None, None, None, problem=exc.problem)
        client = openai_client(url, api_key, http, deadline.timeout_s)  # remembers the key: ShownSafely holds it
        safely = ShownSafely()

        def shown(piece: str) -> None:
            text = safely.feed(piece)
            if text and on_delta is not None:
                on_delta(text)

        rec = stream_once(
            client,
            url=url,
            model=model,
            messages=messages,
            temperature=temperature,
            max_tokens=max_tokens,
            timeout_s=deadline.timeout_s,
            api_key_sent=bool(api_key),
            on_delta=shown if on_delta is not None else None,
            cancel=cancel,
            deadline=deadline,
        )
        rest = safely.flush()  # the end of the reply, or of what came before a stop
        if rest and on_delta is not None:
            on_delta(rest)
    timings = rec.timings or {}
    server_tps = reported.speed(timings.get("predicted_per_second"))
    return ChatResult(
        model=model,
        text=outside_text(rec.text),
        finish_reason=rec.finish_reason,
        ttft_ms=rec.ttft_ms,
        tokens_per_second=rec.client_tokens_per_second,
        completion_tokens=rec.tokens,
        prompt_tokens=rec.prompt_tokens,
        cancelled=rec.cancelled,
        problem=rec.problem,
        server_tokens_per_second=server_tps,
        prompt_tokens_per_second=reported.speed(timings.get("prompt_per_second"), caps.PROMPT_TOKENS_PER_SECOND_RANGE),
        source="llama.cpp_timings" if server_tps is not None else None,
        stopped_by=rec.stopped_by,
        implausible=tuple(sorted(rec.implausible)),
    )
