"""How long a catalogue search of 20 repos takes when every Hub request costs 200 ms.

Runs `advisor.core.catalog.search` (the real huggingface_hub client) against the fake Hub of the tests with 20
GGUF repos and 200 ms of injected latency per request, with an empty disk cache each time. Target: under three
round trips' worth (600 ms), where fetching the trees one by one would cost 21.

    .venv/bin/python benchmarks/bench_catalog_search.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LATENCY_S = 0.2
REPOS = 20


def synthetic_repos(n: int) -> list[dict]:
    """n repos in lmstudio-community's shape: four quants of an 8B model each."""
    repos = []
    for i in range(n):
        name = f"Model{i:02d}-8B-Instruct"
        repos.append(
            {
                "id": f"lmstudio-community/{name}-GGUF",
                "sha": f"{i:040x}",
                "lastModified": "2025-01-01T00:00:00.000Z",
                "downloads": 1000 * (n - i),
                "likes": n - i,
                "gated": False,
                "tags": ["gguf", "text-generation", "license:apache-2.0"],
                "cardData": {"license": "apache-2.0"},
                "gguf": {"total": 8_030_261_312, "architecture": "llama", "context_length": 131072},
                "files": [{"path": "README.md", "size": 4000}]
                + [
                    {"path": f"{name}-{q}.gguf", "size": size}
                    for q, size in (
                        ("Q3_K_L", 4_321_957_472),
                        ("Q4_K_M", 4_920_739_232),
                        ("Q6_K", 6_596_007_008),
                        ("Q8_0", 8_540_771_424),
                    )
                ],
            }
        )
    return repos


def main() -> None:
    home = tempfile.mkdtemp(prefix="bench-hf-home-")
    os.environ.update(
        HF_HOME=home, HF_HUB_DISABLE_XET="1", NO_PROXY="127.0.0.1,localhost", HF_HUB_DISABLE_TELEMETRY="1"
    )
    os.environ.pop("HF_TOKEN", None)
    from tests.support.fake_hub import FakeHub

    with FakeHub(synthetic_repos(REPOS), latency_s=LATENCY_S) as hub:
        os.environ["HF_ENDPOINT"] = hub.url  # before huggingface_hub is imported: its one-off requests land here too
        from advisor.core.catalog import search
        from advisor.core.hardware.profile_io import load_profile

        profile = load_profile(
            {
                "ram": {"total_bytes": 32 * 2**30},
                "gpus": [{"name": "NVIDIA GeForce RTX 4070", "vram_total_bytes": 12 * 2**30}],
            }
        )
        import huggingface_hub  # noqa: F401 - imported (and its one-off /api/agent-harnesses asked) before the clock

        rows = []
        for label, kwargs in (
            ("search with an empty cache, trees fetched concurrently (default)", {}),
            ("search with an empty cache, trees one at a time (max_concurrency=1)", {"max_concurrency": 1}),
        ):
            before = len(hub.requests)
            started = time.perf_counter()
            result = search(
                profile=profile,
                tier="7B",
                include_all=True,
                limit=REPOS,
                cache_dir=tempfile.mkdtemp(prefix="bench-cache-"),
                **kwargs,
            )
            seconds = time.perf_counter() - started
            assert len(result.candidates) == REPOS and not result.errors, result.errors
            rows.append((label, seconds, len(hub.requests) - before))

        shared = tempfile.mkdtemp(prefix="bench-cache-")
        search(profile=profile, tier="7B", include_all=True, limit=REPOS, cache_dir=shared)
        before = len(hub.requests)
        started = time.perf_counter()
        search(profile=profile, tier="7B", include_all=True, limit=REPOS, cache_dir=shared)
        rows.append(
            (
                "the same search again (answered from the disk cache)",
                time.perf_counter() - started,
                len(hub.requests) - before,
            )
        )

    print(
        f"Catalogue search of {REPOS} GGUF repos (80 quants sized and fitted), "
        f"{LATENCY_S * 1000:.0f} ms injected latency per Hub request"
    )
    for label, seconds, requests in rows:
        print(
            f"  {label:<78} {seconds * 1000:7.0f} ms  {requests:3d} requests  "
            f"= {seconds / LATENCY_S:4.1f} round trips' worth"
        )
    target = rows[0][1]
    print(
        f"Target: under 3 round trips' worth ({3 * LATENCY_S * 1000:.0f} ms): "
        f"{'met' if target < 3 * LATENCY_S else 'NOT met'} ({target * 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
