"""How long hardware detection takes: each probe, and `llm-advisor detect` end to end, cold and warm.

cold = py-cpuinfo's cache cleared (a first run on this machine); warm = its answer cached on disk (every later run).
On Linux the CPU comes from /proc/cpuinfo; the "py-cpuinfo path" rows show what macOS and Windows (and Linux
boards without a model name in /proc/cpuinfo) go through. Target (issue 2): `llm-advisor detect` cold under 1.5 s
wall on a 2-core machine.

    .venv/bin/python benchmarks/bench_detect.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from advisor.core.hardware import detect
from advisor.core.hardware.cache import DiskCache
from advisor.core.hardware.cpu import forget_memo


def cli_wall_seconds(cache_dir: Path, *, cold: bool) -> float:
    if cold:
        DiskCache(cache_dir).clear()
    env = {**os.environ, "LLM_ADVISOR_CACHE_DIR": str(cache_dir)}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "advisor", "detect", "--json"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=60,
    )
    return time.perf_counter() - start


def probe_table(cache_dir: Path, *, cold: bool, py_cpuinfo: bool = False) -> None:
    os.environ["LLM_ADVISOR_CACHE_DIR"] = str(cache_dir)
    forget_memo()
    if cold:
        DiskCache(cache_dir).clear()
    start = time.perf_counter()
    profile = detect(proc_cpuinfo=None) if py_cpuinfo else detect()
    total = time.perf_counter() - start
    path = ", py-cpuinfo path" if py_cpuinfo else ""
    print(f"\n  detect() in-process, {'cold' if cold else 'warm'}{path}: {total:.3f} s")
    for p in profile.probes:
        print(f"    {p.name:<17} {p.seconds:6.3f} s  {'ok' if p.ok else '--'}  {p.detail}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="advisor-bench-") as tmp:
        cache_dir = Path(tmp)
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} logical CPUs")
        probe_table(cache_dir, cold=True)
        probe_table(cache_dir, cold=False)
        probe_table(cache_dir, cold=True, py_cpuinfo=True)
        probe_table(cache_dir, cold=False, py_cpuinfo=True)
        for cold in (True, False):
            times = [cli_wall_seconds(cache_dir, cold=cold) for _ in range(args.runs)]
            print(
                f"\n  llm-advisor detect --json, {'cold' if cold else 'warm'} ({args.runs} runs): "
                f"median {statistics.median(times):.3f} s, min {min(times):.3f} s, max {max(times):.3f} s"
            )


if __name__ == "__main__":
    main()
