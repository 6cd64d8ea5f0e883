"""Every hostile scenario (tests/hostile/scenarios.py) run once through the real CLI: wall time against the
command's stated deadline, peak RSS of the subprocess, exit code, and whether the output says what it must and
nothing it must not (an echoed API key, a control character). Prints a Markdown table; ✗ marks a scenario that fails.

    .venv/bin/python benchmarks/bench_hostile.py [SCENARIO_ID ...]
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.hostile.scenarios import MARGIN_S, RSS_CAP_BYTES, SCENARIOS, expand, run_scenario


def main(argv: list[str]) -> int:
    chosen = [s for s in SCENARIOS if not argv or s.id in argv]
    print(
        f"Python {platform.python_version()} on {platform.machine()}, {platform.system()}; "
        f"margin {MARGIN_S} s, RSS cap {RSS_CAP_BYTES / 2**20:.0f} MiB"
    )
    print()
    print("| scenario | deadline (s) | wall (s) | peak RSS (MiB) | exit | expected exit |")
    print("|---|---:|---:|---:|---:|---:|")
    worst = 0
    for scenario in chosen:
        run, servers = run_scenario(scenario)
        ok = (
            run.returncode == scenario.returncode
            and run.wall_s <= scenario.budget_s + MARGIN_S
            and run.peak_rss_bytes < RSS_CAP_BYTES
            and not run.killed
            # and what it must say, and must never (a secret, a control character): as the test asserts
            and all(text in run.output for text in expand(scenario.expect, servers))
            and not any(text in run.output for text in expand(scenario.absent, servers))
        )
        worst = worst or (0 if ok else 1)
        print(
            f"| {scenario.id} | {scenario.budget_s:g} | {run.wall_s:.2f} | {run.peak_rss_mib:.0f} | "
            f"{run.returncode} | {scenario.returncode} |{'' if ok else ' ✗'}"
        )
    return worst


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
