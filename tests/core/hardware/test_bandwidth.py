"""The RAM copy test that `detect` runs: several threads when numpy is there, one thread without it."""

from __future__ import annotations

import math
import sys
import time
from functools import partial

import pytest

from advisor.core.hardware import bandwidth
from advisor.core.hardware.bandwidth import MAX_TOTAL_S, default_threads, measure_copy_bandwidth_gbps

SMALL = 8 * 2**20  # small buffers keep the tests quick; no number is asserted beyond "positive and finite"


def _timed(**kwargs) -> tuple[float, float]:
    start = time.perf_counter()
    gbps = measure_copy_bandwidth_gbps(**kwargs)
    return gbps, time.perf_counter() - start


@pytest.mark.parametrize("threads", [None, 1, 2, 3])
def test_multi_thread_copy_returns_a_rate_within_its_budget(threads):
    pytest.importorskip("numpy")
    gbps, seconds = _timed(buffer_bytes=SMALL, budget_s=0.2, threads=threads)
    assert gbps > 0 and math.isfinite(gbps)
    assert seconds < MAX_TOTAL_S + 0.5  # never much past its hard cap, whatever the machine


def test_the_default_call_keeps_to_detects_time():
    pytest.importorskip("numpy")
    gbps, seconds = _timed()
    # a hang would show; a loaded 2-core machine (CI runs other suites beside it) may add a second of scheduling
    assert gbps > 0 and math.isfinite(gbps) and seconds < MAX_TOTAL_S + 2.0


def test_more_threads_than_cores_still_times_the_copies():
    # the main thread can be descheduled while the workers copy: the workers stamp their own times
    pytest.importorskip("numpy")
    gbps, _ = _timed(buffer_bytes=SMALL, budget_s=0.1, threads=8)
    assert 0 < gbps < 10_000


def test_without_numpy_it_falls_back_to_one_thread(monkeypatch):
    monkeypatch.setitem(sys.modules, "numpy", None)  # `import numpy` now raises ImportError
    called = []
    real = bandwidth._one_thread_copy_gbps
    monkeypatch.setattr(bandwidth, "_one_thread_copy_gbps", lambda *a: called.append(a) or real(*a))
    gbps, seconds = _timed(buffer_bytes=SMALL, budget_s=0.1, threads=4)
    assert called and gbps > 0 and math.isfinite(gbps) and seconds < MAX_TOTAL_S + 0.5


def test_default_threads_is_one_per_physical_core_within_limits():
    assert 1 <= default_threads() <= bandwidth.MAX_THREADS


def test_detect_stores_the_multi_thread_number_as_measured(tmp_path):
    from advisor.core.hardware import detect
    from tests.core.hardware.conftest import quick

    measure = partial(measure_copy_bandwidth_gbps, buffer_bytes=SMALL, budget_s=0.1)
    profile = detect(**quick(tmp_path, measure_bandwidth=measure, system="Linux"))
    assert profile.ram.bandwidth_source == "measured" and profile.ram.bandwidth_gbps > 0
    assert next(p for p in profile.probes if p.name == "ram-bandwidth").ok
