"""How long from launching the app to its first window on screen (target: under 1 s on this machine).

Each run starts a fresh Python process (imports and all, like a user double-clicking), which opens the wizard
with throw-away settings and prints a line once the window is shown and the event loop has painted it; the
time is measured here, from just before the process starts to that line. Prints every run and the median.

    .venv/bin/python benchmarks/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from advisor.qt import app

def shown():
    print("shown", flush=True)
    QTimer.singleShot(0, QApplication.instance().quit)

sys.exit(app.main([], on_shown=shown, settings=QSettings(sys.argv[1], QSettings.Format.IniFormat)))
"""


def one_run(settings_path: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, settings_path],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - t0
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    if line.strip() != "shown":
        raise SystemExit(f"the app did not start (exit code {proc.returncode})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        one_run(os.path.join(tmp, "warm.ini"))  # warm the OS file cache, as a second launch would be
        times = [one_run(os.path.join(tmp, f"run{i}.ini")) for i in range(args.runs)]
    for i, t in enumerate(times, 1):
        print(f"run {i}: {t * 1000:.0f} ms")
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(
        f"first window on screen: median {statistics.median(times) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms over {len(times)} runs (platform {platform})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
