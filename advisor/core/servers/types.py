"""What a server check, a benchmark and a streamed chat return: frozen data, units in the names."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from advisor.core.servers.limits import MESSAGE_MAX_CHARS
from advisor.core.servers.problems import ProblemCode
from advisor.core.text import outside_name, outside_optional_name
from advisor.core.types import Reason
from advisor.core.urls import redact_url

STOPPED_DONE = "done"  # the server ended the reply (finish_reason)
STOPPED_TOKENS = "tokens"  # our token budget was reached first (the server went on past max_tokens)
STOPPED_TIME = "time"  # our time budget ran out first
STOPPED_CANCELLED = "cancelled"  # the user stopped it


class ServerKind(enum.StrEnum):
    LMSTUDIO = "lmstudio"
    OLLAMA = "ollama"
    LLAMA_CPP = "llama.cpp"
    LLAMA_CPP_PYTHON = "llama-cpp-python"
    VLLM = "vllm"
    LOCALAI = "localai"
    KOBOLDCPP = "koboldcpp"
    TEXT_GENERATION_WEBUI = "text-generation-webui"
    GPT4ALL = "gpt4all"
    JAN = "jan"
    OPENAI_COMPATIBLE = "openai_compatible"  # answers the OpenAI API; which program it is, we could not tell


@dataclass(frozen=True)
class Problem(Reason):
    """A diagnosis: a `ProblemCode` plus the values the message needs (status, url, suggested_url, kind, ...).

    A `Reason` like the others in the app, so front ends word it the same way."""

    code: ProblemCode

    def __post_init__(self) -> None:
        # values are printed, written as JSON and put in reports: no secrets from URLs, no megabyte messages
        object.__setattr__(self, "values", {k: _shown(v) for k, v in self.values.items()})


def _shown(value: Any) -> Any:
    # one printable line, no secret (URL or key in play), at most MESSAGE_MAX_CHARS (see advisor.core.text)
    return outside_name(value, max_chars=MESSAGE_MAX_CHARS) if isinstance(value, str) else value


@dataclass(frozen=True)
class ServerModel:
    id: str
    loaded: bool | None = None  # None when the server does not say
    quant: str | None = None  # "Q4_K_M"
    arch: str | None = None  # "llama", "qwen2"
    max_context: int | None = None  # tokens: the model's own limit (its training context), as the server says it
    loaded_context: int | None = None  # tokens it was loaded with (llama.cpp /props n_ctx, LM Studio's loaded one)

    def __post_init__(self) -> None:
        # what a server calls its models is shown everywhere: no control character, no echoed key, bounded
        object.__setattr__(self, "id", outside_name(self.id))
        object.__setattr__(self, "quant", outside_optional_name(self.quant))
        object.__setattr__(self, "arch", outside_optional_name(self.arch))


@dataclass(frozen=True)
class Benchmark:
    """Median over `runs` streamed chats. `tokens_per_second` is the server's own figure where it gives one
    (`source` says which), else the client's; both are kept."""

    model: str
    ttft_ms: float | None  # client: request sent → first non-empty content
    tokens_per_second: float | None  # generation speed
    prompt_tokens_per_second: float | None  # prompt processing (server figure only)
    completion_tokens: int | None  # per run (median)
    source: str  # "llama.cpp_timings", "lmstudio_stats", "client_usage" (server token count), "client_count"
    runs: int
    energy_joules: float | None = None  # whole benchmark, all readable meters
    joules_per_token: float | None = None  # energy ÷ completion tokens of all runs
    power_watts: float | None = None  # average over the runs
    client_tokens_per_second: float | None = None
    server_tokens_per_second: float | None = None
    prompt_tokens: int | None = None
    energy_source: str | None = None  # "nvml", "rapl", "nvml+rapl"
    cancelled: bool = False  # stopped early: the medians cover only the `runs` that finished (maybe none)
    # what ended it: "done" (every run finished), "tokens" (a run was cut at the token budget: the server went past
    # max_tokens), "time" (the time budget ran out; the medians cover the runs that finished), "cancelled"
    stopped_by: str = STOPPED_DONE
    # runs whose server timings say it took (nearly all) the prompt from its cache: their prompt speed and first-token
    # time measure no prompt processing, so they are left out of those medians (None when every run was left out)
    prompt_cached_runs: int = 0
    # the server's own figures it gave but that were not used, as implausible (a negative or 1e308 token count, a speed
    # past what `cost` takes from a person): their fields, "usage.completion_tokens", "timings.predicted_per_second"...
    implausible: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "model", outside_name(self.model))  # the server's model id, as ServerModel.id


@dataclass(frozen=True)
class BenchmarkProgress:
    """What a running benchmark reports after each streamed piece, so a front end can show the speed live."""

    run: int  # the run in progress, counted from 1
    runs: int  # how many runs were asked for
    tokens: int  # pieces received in this run so far (servers stream about one token per piece)
    tokens_per_second: float | None  # this run's speed so far: pieces after the first ÷ time since the first
    total_tokens: int  # pieces received in every run so far


@dataclass(frozen=True)
class ServerStatus:
    url: str  # the OpenAI base URL checked, e.g. http://localhost:1234/v1
    reachable: bool  # something answered HTTP
    kind: ServerKind | None
    version: str | None
    models: tuple[ServerModel, ...]
    problem: Problem | None
    benchmark: Benchmark | None = None
    elapsed_ms: float | None = None

    def __post_init__(self) -> None:
        # shown and reported: a password or a token in the URL never is (call with the URL you checked, not this)
        object.__setattr__(self, "url", redact_url(self.url))
        object.__setattr__(self, "version", outside_optional_name(self.version))

    @property
    def usable(self) -> bool:
        return self.reachable and self.problem is None


@dataclass(frozen=True)
class ChatResult:
    """A streamed reply ("try a prompt")."""

    model: str
    text: str
    finish_reason: str | None  # "stop", "length", "cancelled", ...
    ttft_ms: float | None
    tokens_per_second: float | None  # client-measured over the streamed part
    completion_tokens: int | None  # server usage, else counted chunks
    prompt_tokens: int | None
    cancelled: bool = False
    problem: Problem | None = None  # set when the stream broke or never started
    server_tokens_per_second: float | None = None
    prompt_tokens_per_second: float | None = None
    source: str | None = None
    # "done" (the server finished), "tokens" (our token budget), "time" (our time budget), "cancelled";
    # None when it failed before any text (see `problem`)
    stopped_by: str | None = None
    implausible: tuple[str, ...] = ()  # the server's figures not used, as `Benchmark.implausible`

    def __post_init__(self) -> None:
        object.__setattr__(self, "model", outside_name(self.model))
