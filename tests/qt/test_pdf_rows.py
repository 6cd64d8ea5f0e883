"""The PDF keeps a table row on one page and a table header's words whole: a Spanish report once printed "Demasiado"
at the foot of page 1 and "grande" on page 2, and a header "tokens/" over "s"."""

from __future__ import annotations

import pytest

from advisor.core.report.document import Document, Heading, Paragraph, Table
from advisor.core.report.to_html import to_html

pytestmark = pytest.mark.gui

FIT = "Demasiado grande: necesita más memoria de la que tiene este equipo, GPU y RAM juntas"  # three lines
ROWS = tuple((f"{i}B", "Llama-3.1-70B", "no", FIT, "—", "41,5 GiB") for i in range(14))
TABLE = Table(("Tamaño", "Modelo", "Funciona aquí", "Cómo cabe", "tokens/s", "Necesita"), ROWS, numeric=(4, 5))


def _laid_out(html: str, monkeypatch=None, *, mend: bool = True):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from advisor.qt import pdf

    pdf._ensure_gui_app()
    if not mend and monkeypatch is not None:
        monkeypatch.setattr(pdf, "MAX_LAYOUT_PASSES", 0)
    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf._writer(buffer)
    document = pdf.layout(html, writer)
    if not mend and monkeypatch is not None:
        monkeypatch.undo()
    return document, writer, buffer


def _row_pages(document, table, row) -> set[int]:
    from advisor.qt import pdf

    return {pdf._page_of(document, top) for top, _bottom in pdf._row_lines(document, table, row)} | {
        pdf._page_of(document, bottom - 1) for _top, bottom in pdf._row_lines(document, table, row)
    }


def _split_rows(document) -> list[tuple[int, str]]:
    from advisor.qt import pdf

    split = []
    for table in pdf._tables(document.rootFrame()):
        for row in range(table.rows()):
            if len(_row_pages(document, table, row)) > 1:
                split.append((row, table.cellAt(row, 0).firstCursorPosition().block().text()))
    return split


def test_no_table_row_is_split_across_two_pages_wherever_the_table_falls(monkeypatch):
    """Every position of a table against the page break: Qt alone splits a row of two-line cells; the PDF moves the
    row whole to the next page (under the repeated header), and a heading above a table that moves goes with it."""
    from advisor.qt import pdf

    qt_alone_split = 0
    for filler in range(34, 60):
        for heading in (False, True):
            blocks = [Paragraph(f"Line {i} of the report") for i in range(filler)]
            blocks += [Heading("Modelos")] if heading else []
            html = to_html(Document("Informe", (*blocks, TABLE, Paragraph("Fin del informe."))), lang="es")
            raw, _w, _b = _laid_out(html, monkeypatch, mend=False)
            qt_alone_split += bool(_split_rows(raw))
            document, _writer, _buffer = _laid_out(html)
            assert _split_rows(document) == [], f"{filler} lines before the table"
            table = pdf._tables(document.rootFrame())[0]
            first_row_page = min(_row_pages(document, table, 0))
            for h in pdf._headings(document):
                if h.text() == "Modelos":  # the heading stays on the page where its table starts
                    assert pdf._page_of(document, pdf._block_rect(document, h).top()) == first_row_page
            shown = [table.cellAt(r, 3).firstCursorPosition().block().text() for r in range(1, table.rows())]
            assert shown == [FIT] * len(ROWS)  # no row lost, none printed twice
    assert qt_alone_split  # the positions tried really made Qt split rows


def test_a_table_header_never_breaks_inside_a_word():
    """ "tokens/s" in a narrow column stays one word (Qt breaks after a slash), the header's text reads the same."""
    from advisor.qt import pdf

    wide = Table(
        ("Repositorio", "Cuantización", "Archivo", "Tamaño", "Cómo cabe", "tokens/s", "Licencia", "VRAM+RAM"),
        (
            (
                "unsloth/Qwen3-30B-A3B-GGUF",
                "Q4_K_M",
                "Qwen3-30B-A3B-Q4_K_M.gguf",
                "17,3 GiB",
                "GPU parcial",
                "35,1",
                "apache-2.0",
                "—",
            ),
        ),
    )
    document, _writer, _buffer = _laid_out(to_html(Document("Informe", (wide,)), lang="es"))
    table = pdf._tables(document.rootFrame())[0]
    headers = {}
    for column in range(table.columns()):
        block = table.cellAt(0, column).firstCursorPosition().block()
        headers[block.text().replace(pdf.WORD_JOINER, "")] = block.layout().lineCount()
    assert headers["tokens/s"] == 1
    assert set(headers) >= {"tokens/s", "Cuantización", "Licencia"}  # the words themselves unchanged


def test_every_section_of_a_real_report_is_printed(tmp_path):
    """The header edits once left Qt's page count short: the PDF silently lost the report's last page (its
    assumptions, data sources and privacy line). Every heading of the report's HTML is in the PDF's own text, read
    back with Qt's PDF reader, in English and Spanish."""
    import re

    from PySide6.QtPdf import QPdfDocument

    from advisor.core.hardware.profile_io import load_profile
    from advisor.core.messages.report import report_wording
    from advisor.core.messages.speaker import Speaker
    from advisor.core.report import render
    from advisor.core.report.build import build_assessment
    from advisor.qt import pdf

    profile = load_profile({"ram": {"total_bytes": 16 * 2**30}, "gpus": []})
    assessment = build_assessment(profile, offline=True, include_models=False, hardware_origin="file")
    for language in ("en", "es"):
        wording = report_wording(Speaker(language), "cli")
        html = render(assessment, "html", wording=wording)
        path = tmp_path / f"report-{language}.pdf"
        path.write_bytes(pdf.pdf_bytes(assessment, wording=wording))
        document = QPdfDocument(None)
        document.load(str(path))
        printed = re.sub(r"\s+", " ", " ".join(document.getAllText(i).text() for i in range(document.pageCount())))
        headings = re.findall(r"<h[12][^>]*>(.*?)</h[12]>", html)
        assert len(headings) >= 5, headings
        for heading in headings:
            assert re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", heading)).strip() in printed, (language, heading)
