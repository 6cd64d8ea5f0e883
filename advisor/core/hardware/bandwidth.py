"""System RAM bandwidth as llama.cpp's decode sees it: a short multi-thread copy test, or an estimate.

What it measures: several threads at once — one per physical core, at most 16 (llama.cpp decodes with one
thread per physical core by default) — each copy their own pair of buffers with numpy's `copyto`, which
releases the GIL for large arrays, so the copies really run in parallel. A run is timed from the first thread's
start to the last thread's end (each thread stamps its own copy); bytes read plus bytes written (the STREAM "copy"
convention) over that time, in decimal GB/s, best of the runs that fit in the time budget. Each thread
allocates and first-touches its own buffers before the timed runs (page faults are not bandwidth; on a
multi-socket machine the pages land on the thread's own node).

Why several threads: decoding a token reads every active weight once with all cores. One core alone cannot keep
enough memory requests in flight to saturate the memory controllers: on laptops and desktops it draws roughly
half to three quarters of what all cores do, on many-channel servers far less. The one-thread number therefore
under-predicts CPU decode speed.

Buffers: `buffer_bytes` (64 MiB) is copied per run in all, split across the threads (at least 4 MiB each), so the
footprint stays 128 MiB whatever the core count — the same as the former one-thread test, and the same cost in
`detect` (first-touching fresh memory is the slow part, ~0.1 s). A last-level cache near or above that size (big
servers, 3D V-Cache parts, VMs that see their host's cache) lets part of the copy hit the cache and reads high.

Time: about `budget_s` (0.3 s) in all — the numpy import, allocating and touching the buffers, and the timed
runs — and never more than `MAX_TOTAL_S` (1 s), since it runs during `detect`.

Without numpy (it comes with `gguf`, but may be missing): the former one-thread `memcpy` through memoryviews,
a floor rather than what a decode reads.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import threading
import time
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_BUFFER_BYTES = 64 * 2**20  # bytes copied per run, split across the threads (each has its own pair)
MIN_THREAD_BUFFER_BYTES = 4 * 2**20
DEFAULT_BUDGET_S = 0.3
MAX_TOTAL_S = 1.0  # a hard cap: detection waits for this probe
MAX_THREADS = 16


def default_threads() -> int:
    """One per physical core (llama.cpp's default), within this process's CPU affinity, at most MAX_THREADS."""
    count: int | None = None
    try:
        import psutil

        count = psutil.cpu_count(logical=False)
    except Exception:  # psutil missing or unable to tell (some VMs): fall back to logical CPUs
        count = None
    count = count or os.cpu_count() or 1
    with contextlib.suppress(AttributeError, OSError):  # no sched_getaffinity on macOS / Windows
        count = min(count, len(os.sched_getaffinity(0)))
    return max(1, min(MAX_THREADS, count))


def measure_copy_bandwidth_gbps(
    *,
    buffer_bytes: int = DEFAULT_BUFFER_BYTES,
    budget_s: float = DEFAULT_BUDGET_S,
    max_runs: int = 8,
    threads: int | None = None,
) -> float:
    """Best read+write rate of `buffer_bytes` copied per run by `threads` threads at once, in decimal GB/s.

    `threads=None` is one per physical core (at most 16). Stops after `budget_s` (at least two timed runs unless
    MAX_TOTAL_S has passed). Without numpy: one thread through memoryviews.
    """
    started = time.perf_counter()
    deadline = started + budget_s
    hard_deadline = started + max(MAX_TOTAL_S, budget_s)
    try:
        import numpy as np
    except ImportError:
        log.debug("numpy not importable: one-thread memoryview copy")
        return _one_thread_copy_gbps(buffer_bytes, deadline, max_runs)
    n = max(1, threads if threads is not None else default_threads())
    per_thread = max(MIN_THREAD_BUFFER_BYTES, buffer_bytes // n) // 4096 * 4096
    best = _threaded_copy_seconds(np, n, per_thread, deadline, hard_deadline, max_runs)
    return round(2 * per_thread * n / best / 1e9, 1)


def _threaded_copy_seconds(
    np: Any, n: int, per_thread: int, deadline: float, hard_deadline: float, max_runs: int
) -> float:
    """The fastest wall time of `n` threads each copying `per_thread` bytes at the same moment."""
    wait_s = max(0.1, hard_deadline - time.perf_counter())
    go = threading.Barrier(n + 1, timeout=wait_s)
    done = threading.Barrier(n + 1, timeout=wait_s)
    stop = threading.Event()
    failures: list[BaseException] = []
    # each thread stamps its own copy: the main thread may be descheduled when the barrier opens (more threads
    # than cores), so its clock would miss the copies
    stamps = [(0.0, 0.0)] * n

    def work(i: int) -> None:
        try:
            src = np.empty(per_thread, dtype=np.uint8)
            src.fill(1)
            dst = np.empty_like(src)
            np.copyto(dst, src)  # first touch of both buffers, outside the timed runs
            while True:
                go.wait()
                if stop.is_set():
                    return
                start = time.perf_counter()
                np.copyto(dst, src)
                stamps[i] = (start, time.perf_counter())
                done.wait()
        except threading.BrokenBarrierError:
            return
        except BaseException as exc:  # MemoryError and the like: re-raised by the main thread
            failures.append(exc)
            go.abort()
            done.abort()

    workers = [threading.Thread(target=work, args=(i,), name=f"ram-bandwidth-{i}", daemon=True) for i in range(n)]
    for w in workers:
        w.start()
    best = math.inf
    try:
        for run in range(max_runs):
            go.wait()
            done.wait()
            best = min(best, max(end for _, end in stamps) - min(start for start, _ in stamps))
            now = time.perf_counter()
            if (run >= 1 and now > deadline) or now > hard_deadline:
                break
        stop.set()
        go.wait()  # lets the workers see `stop` and return (freeing their buffers)
    except threading.BrokenBarrierError:
        go.abort()
        done.abort()
        if failures:
            raise failures[0] from None
        if math.isinf(best):
            raise TimeoutError(f"copy threads did not finish within {wait_s:.1f} s") from None
    for w in workers:
        w.join(timeout=0.1)
    return best


def _one_thread_copy_gbps(buffer_bytes: int, deadline: float, max_runs: int) -> float:
    src = bytearray(buffer_bytes)
    dst = bytearray(buffer_bytes)
    s, d = memoryview(src), memoryview(dst)
    d[:] = s  # first touch: page faults are not bandwidth
    best = math.inf
    for run in range(max_runs):
        start = time.perf_counter()
        d[:] = s
        best = min(best, time.perf_counter() - start)
        if run >= 2 and time.perf_counter() > deadline:
            break
    return round(2 * buffer_bytes / best / 1e9, 1)
