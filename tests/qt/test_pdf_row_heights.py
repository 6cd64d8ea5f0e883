"""A table row in the PDF is as tall as its text: the only row that stretches is the last one of a page, the one
that fills the page's foot when the next row moves whole to the next page.

A Mac mini's report once printed rows with a blank of up to five lines in the middle of a page: moving a row to
the next page padded the row above it all the way to the page's foot, which sent that row's own last line over the
break; that row was then moved too, its padding kept, and so on up the table. Measured in the laid-out document
(`advisor.qt.pdf.layout`, what the PDF prints page by page), as tests/qt/test_pdf_rows.py measures split rows.
"""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from advisor.core.report.document import Document, Heading, Link, Paragraph, Table
from advisor.core.report.to_html import to_html
from tests.qt.helpers import pdf_laid_out

pytestmark = pytest.mark.gui

MACHINES = Path(__file__).parent.parent / "data" / "machines"


def _rows(document) -> list[tuple[int, int, float, float, float]]:
    """Every table row with text: (table, row, top of its text, bottom of its text, its first line's height)."""
    from advisor.qt import pdf

    found = []
    for t, table in enumerate(pdf._tables(document.rootFrame())):
        for row in range(table.rows()):
            lines = sorted(pdf._row_lines(document, table, row))
            if lines:
                top, first_bottom = lines[0]
                found.append((t, row, top, max(bottom for _top, bottom in lines), first_bottom - top))
    return found


def _tall_rows(document) -> list[tuple[int, int, float]]:
    """Rows followed by a blank taller than one line of their text before the next row on the same page:
    (table, row, the blank in lines). A row whose next one starts a page is the page's last: it may fill the foot."""
    from advisor.qt import pdf

    rows = _rows(document)
    tall = []
    for (t, row, top, bottom, line), (t_next, row_next, top_next, _b, _l) in pairwise(rows):
        if t_next != t or row_next != row + 1 or pdf._page_of(document, top_next) != pdf._page_of(document, top):
            continue
        if top_next - bottom > line:
            tall.append((t, row, round((top_next - bottom) / line, 1)))
    return tall


def _split_rows(document) -> list[tuple[int, int]]:
    from advisor.qt import pdf

    return [
        (t, row)
        for t, row, top, bottom, _line in _rows(document)
        if pdf._page_of(document, top) != pdf._page_of(document, bottom - 1)
    ]


def _models_table() -> Table:
    """The report's Models table: a repository's first file with its link, its other files under it, file names
    that wrap to two or three lines and fits that wrap to one to three, so rows of one to five lines follow."""
    rows = []
    for i in range(6):
        repo = Link(f"lmstudio-community/Mistral-Nemo-Instruct-2407-v{i}-GGUF", f"https://huggingface.co/x/m{i}")
        for j, quant in enumerate(("Q4_K_M", "Q6_K", "Q8_0", "IQ4_XS")):
            name = f"Mistral-Nemo-Instruct-2407-{quant}.gguf" if j % 2 else f"m{i}.{quant}.gguf"
            fit = (
                "GPU completa",
                "GPU parcial, al límite",
                "GPU completa, al límite · expertos de 12 capas en la RAM",
            )[j % 3]
            rows.append((repo if j == 0 else "", quant, name, f"{7 + j},{i} GiB", fit, f"{12 - j},{i}", "apache-2.0"))
    return Table(
        ("Repositorio", "Cuantización", "Archivo", "Tamaño", "Cómo cabe", "tokens/s", "Licencia"), tuple(rows), (3, 5)
    )


def test_only_a_pages_last_row_stretches_wherever_a_table_crosses_the_page():
    """Every position of a table of uneven rows against the page break: no row is split over two pages, and none
    but a page's last is followed by a blank taller than a line (every row's cells still all printed)."""
    from advisor.qt import pdf

    table = _models_table()
    for filler in range(30, 62):
        blocks = [Paragraph(f"Line {i} of the report") for i in range(filler)]
        html = to_html(Document("Informe", (*blocks, Heading("Modelos"), table, Paragraph("Fin."))), lang="es")
        document, _writer, _buffer = pdf_laid_out(html)
        assert pdf.pages(document) >= 2, filler  # the table crosses a page
        assert _split_rows(document) == [], f"{filler} lines before the table"
        assert _tall_rows(document) == [], f"{filler} lines before the table"
        laid = pdf._tables(document.rootFrame())[0]
        quants = [laid.cellAt(r, 1).firstCursorPosition().block().text() for r in range(1, laid.rows())]
        assert quants == [row[1] for row in table.rows]  # no row lost, none printed twice


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_real_reports_rows_are_as_tall_as_their_text(language):
    """A 16 GB Apple silicon Mac's report (the bundled catalogue: several repos of the 13B class, each with its
    files), the PDF laid out as `report --format pdf` lays it: its tables cross pages, and no row but a page's
    last one is taller than its text."""
    from advisor.core.hardware.profile_io import load_profile
    from advisor.core.messages.report import report_wording
    from advisor.core.messages.speaker import Speaker
    from advisor.core.report import render
    from advisor.core.report.build import build_assessment
    from advisor.qt import pdf

    profile = load_profile(json.loads((MACHINES / "apple-m2-16gb.json").read_text(encoding="utf-8")))
    country = "ES" if language == "es" else "US"
    assessment = build_assessment(profile, offline=True, hardware_origin="file", country=country)
    html = render(assessment, "html", wording=report_wording(Speaker(language), "cli"))
    document, _writer, _buffer = pdf_laid_out(html)
    rows = _rows(document)
    assert pdf.pages(document) >= 3
    assert {pdf._page_of(document, top) for _t, _r, top, _b, _l in rows} >= {0, 1, 2}  # tables on three pages
    assert len(rows) >= 40
    assert _split_rows(document) == []
    assert _tall_rows(document) == []
