"""Find and test local OpenAI-compatible servers (LM Studio first), benchmark them, and stream a chat.

check(url)      → ServerStatus: reachable? which server? its models; a problem code when something is wrong
discover()      → [ServerStatus] for every server on this machine's known ports
benchmark(url)  → Benchmark: time to first token, tokens/s (client and server figures), joules per token;
                  live BenchmarkProgress via on_progress, stops early via cancel
stream_chat(url, model=..., system=..., prompt=..., temperature=...) → ChatResult, pieces via on_delta
"""

from __future__ import annotations

from advisor.core.servers.benchmark import BENCH_PROMPT, BENCH_SYSTEM, benchmark
from advisor.core.servers.chat import ServerProblemError, stream_chat
from advisor.core.servers.check import KNOWN_PORTS, check, discover, warm_up
from advisor.core.servers.http import DEFAULT_URL, normalize_url
from advisor.core.servers.problems import ProblemCode
from advisor.core.servers.types import (
    Benchmark,
    BenchmarkProgress,
    ChatResult,
    Problem,
    ServerKind,
    ServerModel,
    ServerStatus,
)

__all__ = [
    "BENCH_PROMPT",
    "BENCH_SYSTEM",
    "DEFAULT_URL",
    "KNOWN_PORTS",
    "Benchmark",
    "BenchmarkProgress",
    "ChatResult",
    "Problem",
    "ProblemCode",
    "ServerKind",
    "ServerModel",
    "ServerProblemError",
    "ServerStatus",
    "benchmark",
    "check",
    "discover",
    "normalize_url",
    "stream_chat",
    "warm_up",
]
