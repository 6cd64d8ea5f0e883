"""A model too large at a long context whose cache is smaller than its weights is still told that the context is what
does not fit, where a shorter one fits (contradiction review: an 8B at 32K on an 8 GB laptop, 4.0 GiB of cache beside
4.6 GiB of weights, was told it would read its weights from disk, while the same file runs there at 4K)."""

from __future__ import annotations

from pathlib import Path

from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing import reasons
from advisor.core.sizing.estimate import estimate
from advisor.core.sizing.tiers import LLAMA_3_1_8B, LLAMA_3_1_70B, reference_at
from advisor.core.types import FitLevel

LAPTOP_8GB = Path(__file__).parents[2] / "data" / "machines" / "laptop-i5-1135g7-8gb.json"


def test_a_long_context_is_blamed_where_a_short_one_fits():
    profile = load_profile(LAPTOP_8GB)
    spec = reference_at(LLAMA_3_1_8B, "Q4_K_M")
    long = estimate(spec, profile, context=32768)
    assert long.fit == FitLevel.TOO_LARGE
    assert long.memory.kv_cache_bytes < long.memory.weights_bytes  # the cache alone is not the larger part
    assert reasons.NOTE_CONTEXT_TOO_LARGE in long.notes and reasons.NOTE_SLOW_DISK_PAGING not in long.notes
    assert estimate(spec, profile, context=4096).fit != FitLevel.TOO_LARGE  # what the note promises


def test_weights_too_large_at_any_context_still_read_from_disk():
    profile = load_profile(LAPTOP_8GB)
    spec = reference_at(LLAMA_3_1_8B, "F16")  # 16 GB of weights on an 8 GB laptop
    est = estimate(spec, profile, context=32768)
    assert est.fit == FitLevel.TOO_LARGE
    assert reasons.NOTE_SLOW_DISK_PAGING in est.notes and reasons.NOTE_CONTEXT_TOO_LARGE not in est.notes


def test_a_small_cache_beside_large_weights_is_not_blamed():
    """Code review: a 70B at 4K on a 48 GB Mac (1.3 GiB of cache beside 39.6 GiB of weights) was told the context is
    what does not fit, since 2,048 tokens would: the weights are what does not fit."""
    mac = load_profile({"ram": {"total_bytes": 48 * 2**30}, "gpus": [{"name": "Apple M4 Pro (20-core GPU)"}]})
    est = estimate(reference_at(LLAMA_3_1_70B, "Q4_K_M"), mac, context=4096)
    assert est.fit == FitLevel.TOO_LARGE and est.memory.kv_cache_bytes * 4 < est.memory.weights_bytes
    assert reasons.NOTE_CONTEXT_TOO_LARGE not in est.notes and reasons.NOTE_SLOW_DISK_PAGING in est.notes
