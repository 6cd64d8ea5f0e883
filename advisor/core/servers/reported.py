"""What a server says about itself (token counts, speeds, seconds), kept only when it is plausible.

A server's JSON is outside input like any other: `usage.completion_tokens` may be "abc", -100 or 1e308, and
`timings.predicted_per_second` 1e308. Such a figure is not used (the client's own count or clock stands in, or the
figure is not measured) and its field is named in the result's `implausible`, so front ends can say so.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from advisor.core.servers.limits import (
    MAX_REPORTED_SECONDS,
    MAX_REPORTED_TOKENS,
    PROMPT_TOKENS_PER_SECOND_RANGE,
    TOKENS_PER_SECOND_RANGE,
)

T = TypeVar("T")

# llama.cpp's `timings` fields this app reads: speeds (tokens/s) and counts (tokens)
TIMINGS_SPEEDS = {"predicted_per_second": TOKENS_PER_SECOND_RANGE, "prompt_per_second": PROMPT_TOKENS_PER_SECOND_RANGE}
TIMINGS_COUNTS = ("prompt_n", "cache_n", "predicted_n")


def count(value: object) -> int | None:
    """A token count: an integer from 0 to `MAX_REPORTED_TOKENS` (not a bool, not a float such as 1e30); else None."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_REPORTED_TOKENS:
        return value
    return None


def speed(value: object, limits: tuple[float, float] = TOKENS_PER_SECOND_RANGE) -> float | None:
    """A speed in tokens/s within `limits` (the range `cost` takes from a person); else None (NaN and infinity too)."""
    low, high = limits
    if isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high:
        return float(value)
    return None


def seconds(value: object) -> float | None:
    """A time the server measured: above 0 and at most `MAX_REPORTED_SECONDS`; else None."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value <= MAX_REPORTED_SECONDS:
        return float(value)
    return None


def checked(value: object, plausible: T | None, name: str, implausible: set[str]) -> T | None:
    """`plausible` (the checked form of `value`), adding `name` to `implausible` when the server gave a value (not
    null, not absent, not a 0 speed or time) that did not pass."""
    unsaid = value is None or (isinstance(value, int | float) and value == 0)  # 0 tokens/s: nothing was timed
    if plausible is None and not unsaid:
        implausible.add(name)
    return plausible


def clean_timings(timings: Mapping[str, Any], implausible: set[str]) -> dict[str, Any]:
    """llama.cpp's `timings` with the speeds and counts this app reads kept only where plausible (the others
    dropped and named `timings.<field>` in `implausible`); the other fields as they came."""
    kept = dict(timings)
    for key, limits in TIMINGS_SPEEDS.items():
        if key in kept and checked(kept[key], speed(kept[key], limits), f"timings.{key}", implausible) is None:
            del kept[key]
    for key in TIMINGS_COUNTS:
        if key in kept and checked(kept[key], count(kept[key]), f"timings.{key}", implausible) is None:
            del kept[key]
    return kept
