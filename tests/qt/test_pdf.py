"""The report as PDF through Qt: A4, readable text size, paginated, written atomically, and made on a machine
without a display (the CLI's `--format pdf`)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from advisor.core.report import assemble_assessment, render
from advisor.qt.pdf import pdf_bytes, write_pdf
from tests.core.test_report import SCRUB, _candidates, _server, _write_hardware

A4_POINTS = (595, 842)
POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdfinfo") is not None


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


@pytest.fixture
def long_assessment(tmp_path, qapp):
    from advisor.core.hardware.profile_io import load_profile
    from advisor.core.sizing import recommend

    profile = load_profile(_write_hardware(tmp_path))
    good, evil = _candidates()
    many = tuple(replace(good, repo_id=f"publisher{i}/Model-{i}-8B-Instruct-GGUF") for i in range(40))
    return assemble_assessment(
        profile, recommendation=recommend(profile), candidates=(*many, evil), server=_server(), scrubber=SCRUB
    )


def test_a_long_report_is_an_a4_pdf_of_several_pages(long_assessment):
    pdf = pdf_bytes(long_assessment)
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert _pages(pdf) >= 2
    boxes = {tuple(round(float(x)) for x in m.split()[2:]) for m in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", pdf)}
    assert boxes == {A4_POINTS}


def test_a_short_report_fits_on_fewer_pages_than_a_long_one(long_assessment):
    short = replace(long_assessment, candidates=long_assessment.candidates[:1])
    assert _pages(pdf_bytes(short)) < _pages(pdf_bytes(long_assessment))


@pytest.mark.skipif(not POPPLER, reason="reads the PDF back with poppler-utils (apt-get install poppler-utils)")
def test_the_pdf_text_is_the_report_at_a_readable_size(long_assessment, tmp_path):
    path = write_pdf(long_assessment, tmp_path / "report.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, timeout=30, check=True
    ).stdout
    assert "Local LLM Advisor report" in text and "32.0 GiB total, 24.0 GiB available" in text
    assert "Models that run here" in text and "publisher39/" in text  # the last of the long list
    raw = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, timeout=30, check=True
    ).stdout
    assert "evil/<script>alert(1)</script>" in raw.replace("\n", "")  # the name shown as text, not markup
    assert "/home/maria" not in text
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, timeout=30, check=True).stdout
    assert "A4" in info
    bbox = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout
    heights = sorted(float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', bbox))
    median = heights[len(heights) // 2]
    assert 9.0 <= median <= 16.0  # body text is 9–10 pt type (a word box is a little taller than the type size)


def test_write_pdf_does_not_replace_a_file_unless_asked(long_assessment, tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        write_pdf(long_assessment, target)
    assert target.read_bytes() == b"keep me"
    write_pdf(render(long_assessment, "html"), target, overwrite=True)  # HTML works as the source too
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_cli_writes_a_pdf_on_a_machine_without_a_display(tmp_path):
    hardware = _write_hardware(tmp_path)
    out = tmp_path / "report.pdf"
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = subprocess.run(
        [sys.executable, "-m", "advisor", "report", "--hardware", str(hardware), "--no-models", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-") and _pages(out.read_bytes()) >= 1
    assert "Traceback" not in result.stderr
    assert json.loads(json.dumps(result.stdout)) == ""  # nothing on stdout: the PDF went to the file
