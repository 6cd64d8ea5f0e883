"""System RAM bandwidth: a short memory-copy test (~0.1–0.3 s), or an estimate when it cannot be measured.

The copy runs `memcpy` through memoryviews (no numpy import) over buffers well beyond a desktop CPU's last-level
cache, counts bytes read plus bytes written (the STREAM "copy" convention) and keeps the best of a few runs.
It is one thread: on desktops and laptops one core already draws most of the bandwidth, on many-core servers
the number is a floor.
"""

from __future__ import annotations

import time

DEFAULT_BUFFER_BYTES = 64 * 2**20
DEFAULT_BUDGET_S = 0.25
# Dual-channel DDR4-3200 peaks at 51.2 GB/s; real copies reach 60–80 % of that (shared/reference/sizing.md).
ESTIMATED_RAM_GBPS = 36.0


def measure_copy_bandwidth_gbps(
    *, buffer_bytes: int = DEFAULT_BUFFER_BYTES, budget_s: float = DEFAULT_BUDGET_S, max_runs: int = 8
) -> float:
    """Best read+write rate of repeated copies of `buffer_bytes`, in decimal GB/s; stops after `budget_s`."""
    src = bytearray(buffer_bytes)
    dst = bytearray(buffer_bytes)
    s, d = memoryview(src), memoryview(dst)
    d[:] = s  # first touch: page faults are not bandwidth
    best = float("inf")
    deadline = time.perf_counter() + budget_s
    for run in range(max_runs):
        start = time.perf_counter()
        d[:] = s
        best = min(best, time.perf_counter() - start)
        if run >= 2 and time.perf_counter() > deadline:
            break
    return round(2 * buffer_bytes / best / 1e9, 1)
