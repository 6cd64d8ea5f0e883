"""Run the real CLI (`python -m advisor ...`) as a subprocess and measure it: wall time, peak RSS, exit code, output.

Peak RSS is polled with psutil every 10 ms (the child's own resident memory; a spike shorter than that can be
missed, the kernel's ru_maxrss of all children is kept as a cross-check in `peak_rss_children_bytes`).
"""

from __future__ import annotations

import contextlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
POLL_S = 0.01


@dataclass(frozen=True)
class CliRun:
    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    wall_s: float
    peak_rss_bytes: int
    killed: bool  # still running at the hard limit: killed by the runner

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    @property
    def peak_rss_mib(self) -> float:
        return self.peak_rss_bytes / 1024 / 1024


def run_cli(argv: list[str], *, env: dict[str, str] | None = None, hard_limit_s: float = 60.0) -> CliRun:
    """`python -m advisor *argv` with the test's environment (no proxies, offscreen Qt, HOME kept)."""
    child_env = {k: v for k, v in os.environ.items() if not k.upper().endswith("_PROXY")}
    child_env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1", "NO_COLOR": "1"})
    child_env.update(env or {})
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "advisor", *argv],
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            cwd=ROOT,
            env=child_env,
        )
        peak = 0
        killed = False
        try:
            watched = psutil.Process(proc.pid)
            while proc.poll() is None:
                with contextlib.suppress(psutil.Error):
                    peak = max(peak, watched.memory_info().rss)
                if time.monotonic() - started > hard_limit_s:
                    proc.kill()
                    killed = True
                    break
                time.sleep(POLL_S)
        finally:
            proc.wait()
        wall = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return CliRun(
            tuple(argv),
            proc.returncode,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
            wall,
            peak,
            killed,
        )


def peak_rss_children_bytes() -> int:
    """The largest RSS any finished child of this process reached (Linux reports KiB)."""
    kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return kib * 1024 if sys.platform != "darwin" else kib
