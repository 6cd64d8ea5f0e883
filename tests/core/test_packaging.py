"""A non-editable install must carry every bundled file: the app reads resources/ from inside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_wheel_carries_every_file_under_resources(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("local_llm_advisor-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    bundled = {
        "advisor/resources/" + p.relative_to(REPO / "resources").as_posix()
        for p in (REPO / "resources").rglob("*")
        if p.is_file()
    }
    assert bundled and bundled <= names, sorted(bundled - names)
    assert "advisor/resources/translations/advisor_es.qm" in names
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)
