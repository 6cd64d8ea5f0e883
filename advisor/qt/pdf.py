"""The report as PDF: the report's HTML laid out by QTextDocument on A4 pages through QPdfWriter.

Needs only a QGuiApplication (one is created when none runs, on the offscreen platform where there is no
display), so `llm-advisor report --format pdf` works on a headless machine too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from advisor.core.report import Assessment, Wording, render, write_atomic

# QTextDocument.print_() puts a 2 cm margin around the text and the page number at the foot of each page
# (documented); the writer's own margins would come on top of it, so they are zero.
WRITER_MARGIN_MM = 0.0
BODY_POINT_SIZE = 10.0  # printed body text; headings and notes are sized by the report's style sheet
RESOLUTION_DPI = 300

_app: QGuiApplication | None = None  # the one we created, kept alive for the process


def _ensure_gui_app() -> None:
    """QTextDocument needs fonts, and fonts need a QGuiApplication; the wizard's QApplication does too."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    argv = [sys.argv[0] if sys.argv and sys.argv[0] else "llm-advisor"]
    headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and "QT_QPA_PLATFORM" not in os.environ:
        argv += ["-platform", "offscreen"]
    _app = QGuiApplication(argv)


def pdf_bytes(
    source: str | Assessment,
    *,
    wording: Wording | None = None,
    include_identifiers: bool | None = None,
    title: str = "Local LLM Advisor report",
) -> bytes:
    """A PDF of `source` (the report's HTML, or an Assessment rendered to HTML first)."""
    _ensure_gui_app()
    html = (
        source
        if isinstance(source, str)
        else render(source, "html", wording=wording, include_identifiers=include_identifiers)
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(WRITER_MARGIN_MM, WRITER_MARGIN_MM, WRITER_MARGIN_MM, WRITER_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Local LLM Advisor")
    document = QTextDocument()
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Segoe UI", "Helvetica", "Arial"])
    font.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    document.setMetaInformation(QTextDocument.MetaInformation.CssMedia, "print")  # no on-screen page margins
    document.setHtml(html)
    document.print_(writer)  # lays the text out on the writer's pages; a long report runs over several
    del writer  # ends the PDF (writes the trailer) before the buffer is read
    buffer.close()
    return bytes(data.data())


def write_pdf(
    source: str | Assessment,
    path: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    wording: Wording | None = None,
    include_identifiers: bool | None = None,
) -> Path:
    """Write the PDF atomically (temporary file + rename); FileExistsError unless `overwrite`."""
    payload = pdf_bytes(source, wording=wording, include_identifiers=include_identifiers)
    return write_atomic(path, payload, overwrite=overwrite)
