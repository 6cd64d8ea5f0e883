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
from tests.qt.helpers import pdf_laid_out

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


# --------------------------------------------------------------------------- layout: words, orphans, title


def _tables(document):
    from PySide6.QtGui import QTextTable

    def walk(frame):
        for child in frame.childFrames():
            if isinstance(child, QTextTable):
                yield child
            yield from walk(child)

    return list(walk(document.rootFrame()))


def _cell_lines(table):
    """(row, column, text with "|" where each line ends) for every cell of a table."""
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
            while block.isValid():
                lines, text = block.layout(), block.text()
                cuts = [lines.lineAt(i).textStart() + lines.lineAt(i).textLength() for i in range(lines.lineCount())]
                yield row, column, text, cuts[:-1]
                if block == last:
                    break
                block = block.next()


def test_pdf_tables_wrap_at_word_boundaries_and_fit_the_page(long_assessment):
    """A Spanish header once printed as "Disponibl e": the page margins were 6 cm (Qt scales a frame margin from
    96 dpi to the printer's), leaving tables 8 cm wide. Every line in every cell must now end between words."""
    from advisor.core.messages import Speaker
    from advisor.core.messages.report import report_wording
    from advisor.qt import pdf

    html = render(long_assessment, "html", wording=report_wording(Speaker("es"), "report"), lang="es")
    document, writer, _buffer = pdf_laid_out(html)
    body_right = document.pageSize().width() - pdf._margin(writer)
    tables = _tables(document)
    assert len(tables) >= 5
    broken = []
    for table in tables:
        width = document.documentLayout().frameBoundingRect(table)
        assert width.right() <= body_right + 0.02 * document.pageSize().width()  # at most 4 mm into the margin
        for row, column, text, cuts in _cell_lines(table):
            broken += [(row, column, text[:cut] + "|" + text[cut:]) for cut in cuts if _inside_a_word(text, cut)]
    assert broken == []
    headers = {text for table in tables for row, _c, text, _cuts in _cell_lines(table) if row == 0}
    assert "Disponible" in headers and "Mejor cuantización" in headers


def _inside_a_word(text: str, cut: int) -> bool:
    return 0 < cut < len(text) and text[cut - 1].isalnum() and text[cut].isalnum()


def test_a_word_wider_than_its_column_breaks_at_its_punctuation_not_off_the_page(long_assessment):
    from advisor.qt import pdf

    path = "publisher/" + "-".join(["Very-Long-Model-Name-Instruct-GGUF"] * 6) + ".gguf"
    html = render(long_assessment, "html").replace("publisher39/Model-39-8B-Instruct-GGUF", path)
    document, writer, _buffer = pdf_laid_out(html)
    for table in _tables(document):
        rect = document.documentLayout().frameBoundingRect(table)
        assert rect.right() <= document.pageSize().width() - pdf._margin(writer) + 0.02 * document.pageSize().width()


def test_no_heading_ends_a_page_and_no_report_ends_with_a_few_lines_alone(qapp):
    """However long the report, a section's heading stays with its first line, and the last page holds more than
    a spilled line or two (the last section moves there whole)."""
    from advisor.core.report.document import Document, Heading, Paragraph, Table
    from advisor.core.report.to_html import to_html
    from advisor.qt import pdf

    table = Table(("Data", "Publisher", "Date"), tuple((f"data {i}", "publisher", "5 December 2026") for i in range(3)))
    end = Paragraph("Host name, serial numbers and user folders are left out of this report.", note=True)
    checked = 0
    for filler in range(28, 64):  # one page's worth of positions for the last section
        blocks = [Paragraph(f"Line {i} of the report") for i in range(filler)]
        document, writer, _buffer = pdf_laid_out(to_html(Document("T", (*blocks, Heading("Data sources"), table, end))))
        page = document.pageSize().height()
        for heading in pdf._headings(document):
            first_line = pdf._block_rect(document, heading.next()).top() + pdf._line_height(heading.next())
            assert pdf._page_of(document, pdf._block_rect(document, heading).top()) == pdf._page_of(
                document, first_line
            ), f"{filler} lines: the heading {heading.text()!r} ends a page"
        pages = pdf.pages(document)
        if pages > 1:
            on_last = pdf._content_bottom(document) - (pages - 1) * page - pdf._margin(writer)
            assert on_last >= pdf.MIN_LAST_PAGE_LINES * 0.9 * _line(document, writer), f"{filler} lines"
        checked += pages > 1
    assert checked  # the range really crossed a page boundary


def _line(document, writer) -> float:
    from PySide6.QtGui import QFontMetricsF

    return QFontMetricsF(document.defaultFont(), writer).lineSpacing()


def test_the_pdf_title_is_the_reports_title_in_its_language(long_assessment):
    from advisor.core.messages import Speaker
    from advisor.core.messages.report import report_wording

    words = report_wording(Speaker("es"), "report")
    title = words.t("Local LLM Advisor report")
    pdf = pdf_bytes(long_assessment, wording=words)
    encoded = title.encode("utf-16-be")
    assert encoded in pdf or title.encode() in pdf or encoded.hex().upper().encode() in pdf.upper()
    assert pdf_bytes(render(long_assessment, "html")).count(b"/Title") == 1


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_how_to_load_flags_print_on_a_line_of_their_own_never_broken_at_a_hyphen(tmp_path, qapp, lang):
    """A printed "-ngl 99 --n-cpu-" / "moe 38" is copied wrong: llama.cpp's flags are a paragraph of their own,
    laid out unbroken, after LM Studio's settings (which wrap as any sentence); a saved report prints the same."""
    from advisor.core.hardware.profile_io import load_profile
    from advisor.core.messages import Speaker
    from advisor.core.messages.report import report_wording
    from advisor.core.sizing import recommend

    profile = load_profile(
        {
            "ram": {"total_bytes": 32 * 2**30},
            "gpus": [{"name": "NVIDIA GeForce RTX 4060", "vram_total_bytes": 8 * 2**30}],
        }
    )
    rec = recommend(profile)
    assert rec.n_cpu_moe > 0
    assessment = assemble_assessment(profile, recommendation=rec, hardware_origin="file")
    wording = report_wording(Speaker(lang), "report")
    saved = json.loads(render(assessment, "json"))
    for html in (render(assessment, "html", wording=wording, lang=lang), render(saved, "html", wording=wording)):
        document, _writer, _buffer = pdf_laid_out(html)
        flags = f"llama.cpp: -ngl 99 --n-cpu-moe {rec.n_cpu_moe}."
        block = document.firstBlock()
        found = []
        while block.isValid():
            if "--n-cpu-moe" in block.text():
                found.append((block.text(), block.layout().lineCount()))
            block = block.next()
        assert found == [(flags, 1)]
    # Markdown keeps them in one sentence, as before
    md = render(assessment, "md", wording=wording)
    # (the Spanish sentence glosses the setting LM Studio leaves in English before its number)
    said = "” to" if lang == "en" else "a la CPU) en"
    assert f"{said} {rec.n_cpu_moe}. llama.cpp: -ngl 99 --n-cpu-moe {rec.n_cpu_moe}." in md
