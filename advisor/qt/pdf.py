"""The report as PDF: the report's HTML laid out by QTextDocument on A4 pages through QPdfWriter.

Needs only a QGuiApplication (one is created when none runs, on the offscreen platform where there is no
display), so `llm-advisor report --format pdf` works on a headless machine too.

The pages are laid out here rather than by `QTextDocument.print_()`, so that what is printed is what `layout()`
returns (the tests read its pages and lines): words wrap at word boundaries (a word breaks only when it is wider
than its whole column, as a long file name can be, and a table's header never breaks: "tokens/s", never
"tokens/ s"), a table row is never split across two pages, a heading is never the last line of a page, and the
report never ends with a few lines alone on a page of their own.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QRegularExpression,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextOption,
    QTextTable,
    QTextTableCell,
)

from advisor.core.report import Assessment, Wording, render, write_atomic

WRITER_MARGIN_MM = 0.0  # the page margins are the document's own (PAGE_MARGIN_MM), so the page numbers fit in them
PAGE_MARGIN_MM = 20.0
BODY_POINT_SIZE = 10.0  # printed body text; headings and notes are sized by the report's style sheet
RESOLUTION_DPI = 300
# The last page holds at least this many lines of text; fewer, and the last section starts on that page instead.
MIN_LAST_PAGE_LINES = 4
DEFAULT_TITLE = "Local LLM Advisor report"
_LONG_WORD = QRegularExpression(r"[^\s\x{200b}]{40,}")
WORD_JOINER = "\u2060"  # no line break on either side (Unicode line breaking class WJ), drawn as nothing
_BREAKS_AFTER = "/-"  # where Qt would break a header's word ("tokens/s", "VRAM+RAM" does not break)
MAX_LAYOUT_PASSES = 60  # each pass moves one heading or one table row; a report has about ten sections

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


def _writer(buffer: QBuffer) -> QPdfWriter:
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
    writer.setCreator("Local LLM Advisor")
    return writer


def _margin(device: QPaintDevice) -> float:
    """The page margin in the device's pixels (where the page number is drawn)."""
    return PAGE_MARGIN_MM / 25.4 * device.logicalDpiY()


def _layout_dpi() -> float:
    """The resolution QTextDocument measures frame margins in (Qt's default: the screen's logical DPI, 96 without
    one); it scales them to the paint device. A margin given in device pixels would come out 300/96 times too
    wide: 6 cm instead of 2, and tables squeezed into the 8 cm left over — "Disponibl e"."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def layout(html: str, device: QPagedPaintDevice) -> QTextDocument:
    """The report's HTML laid out in pages of `device` (A4 at 300 dpi for the PDF), as it will be printed.

    Each page of the document is one page of the device: `document.pageSize()` is the whole page, the root
    frame's margin is the page margin, so `pageCount()` is the number of PDF pages."""
    _ensure_gui_app()
    document = QTextDocument()
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Segoe UI", "Helvetica", "Arial"])
    font.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    option = QTextOption(document.defaultTextOption())
    # Words stay whole: a column is at least as wide as its longest word (a header reads "Disponible", never
    # "Disponibl e"); only a word wider than the whole page width still breaks.
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setMetaInformation(QTextDocument.MetaInformation.CssMedia, "print")  # no on-screen page margins
    document.setHtml(html)
    document.documentLayout().setPaintDevice(device)
    frame = document.rootFrame().frameFormat()
    frame.setMargin(PAGE_MARGIN_MM / 25.4 * _layout_dpi())
    document.rootFrame().setFrameFormat(frame)
    document.setPageSize(QSizeF(device.width(), device.height()))
    _let_long_words_break(document)
    _keep_headers_whole(document)
    # lay it all out again before measuring pages: after the header edits Qt's incremental layout left the page
    # count short, and the last blocks of the report were silently not printed
    document.markContentsDirty(0, document.characterCount())
    _keep_sections_together(document, device)
    return document


def _let_long_words_break(document: QTextDocument) -> None:
    """A "word" of LONG_WORD characters or more (a path, a hash) may break after its punctuation, or anywhere if
    it has none: words wrap only at word boundaries, and it would otherwise run off the page."""
    cursor = document.find(_LONG_WORD)
    while not cursor.isNull():
        word = cursor.selectedText()
        pieces = re.sub(r"([/\\_.\-+:])", "\\1\u200b", word)
        if pieces == word:
            pieces = "\u200b".join(word[i : i + 24] for i in range(0, len(word), 24))
        end = cursor.selectionEnd() + len(pieces) - len(word)
        cursor.insertText(pieces)  # keeps the character format (a link stays a link)
        cursor = document.find(_LONG_WORD, end)


def _page_of(document: QTextDocument, y: float) -> int:
    return int(y // document.pageSize().height())


def _block_rect(document: QTextDocument, block: QTextBlock) -> QRectF:
    return document.documentLayout().blockBoundingRect(block)


def _break_before(document: QTextDocument, block: QTextBlock) -> None:
    form = QTextBlockFormat()
    form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor = QTextCursor(block)
    cursor.mergeBlockFormat(form)


def _headings(document: QTextDocument) -> list[QTextBlock]:
    found = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            found.append(block)
        block = block.next()
    return found


def _tables(frame: QTextFrame) -> list[QTextTable]:
    """The tables in `frame`, in document order (a table inside a table after its parent)."""
    found: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found += _tables(child)
    return found


def _cell_blocks(document: QTextDocument, cell: QTextTableCell) -> list[QTextBlock]:
    blocks = []
    block = document.findBlock(cell.firstPosition())
    while block.isValid() and block.position() <= cell.lastPosition():
        blocks.append(block)
        block = block.next()
    return blocks


def _keep_headers_whole(document: QTextDocument) -> None:
    """A table header's words never break inside: a word joiner after each "/" or "-" between two characters
    ("tokens/s" stays one word; Qt would break after the slash and print "tokens/" over "s")."""
    for table in _tables(document.rootFrame()):
        for row in range(table.format().headerRowCount()):  # a <thead>: the grid tables, not key-value ones
            for column in range(table.columns()):
                for block in _cell_blocks(document, table.cellAt(row, column)):
                    text = block.text()
                    cuts = [
                        i + 1
                        for i, char in enumerate(text[:-1])
                        if char in _BREAKS_AFTER and i > 0 and not text[i - 1].isspace() and not text[i + 1].isspace()
                    ]
                    for cut in reversed(cuts):  # from the end, so the earlier positions stay right
                        cursor = QTextCursor(block)
                        cursor.setPosition(block.position() + cut)
                        cursor.insertText(WORD_JOINER)


def _keep_sections_together(document: QTextDocument, device: QPaintDevice) -> None:
    """No table row runs over a page break (it moves whole to the next page, under the table's header), no
    heading is the last thing on a page (it moves to the next page with what it heads), and the report does not
    end with a few lines on a page of their own (its last section then starts on that page).

    Each pass mends the first of these in document order, so what it moves down never undoes a pass before it;
    only moving the last section back up does, and the rows mended after that heading are mended again."""
    padded: list[tuple[QTextTable, int, float]] = []  # (table, row, its first cell's bottom padding before)
    for _ in range(MAX_LAYOUT_PASSES):
        if _mend_first_split(document, device, padded):
            continue
        heading = _fill_last_page(document, device)
        if heading is None:
            return
        _unpad_after(document, heading.position(), padded)


def _mend_first_split(
    document: QTextDocument, device: QPaintDevice, padded: list[tuple[QTextTable, int, float]]
) -> bool:
    """Mend the first heading that ends a page or table row that runs over a page break, in document order."""
    heading = next((h for h in _headings(document) if _heading_ends_a_page(document, h)), None)
    split = _first_split_row(document, device)
    if heading is not None and (split is None or heading.position() < split[0].firstPosition()):
        _break_before(document, heading)
        return True
    if split is None:
        return False
    table, row = split
    first_body_row = max(0, table.format().headerRowCount())
    if row <= first_body_row:  # the header and the first row go over together: the whole table does
        return _break_before_table(document, table)
    # The row above grows until this row's first line no longer fits above the foot of the page: Qt's own layout
    # then moves the row whole to the next page and stretches the row above to the foot (what it does when a
    # row's first line does not fit). A cell's padding is what grows a row (a block's margins in a cell are not
    # laid out); it is in the layout's units (96 dpi), the page in the device's.
    # Not all the way to the foot: Qt keeps a cell's own lines above the foot less that cell's bottom padding, so
    # a row above padded to the foot sends its own last line to the next page — that row is split in turn, the
    # row above it is padded, and so on: rows padded for nothing, printed tall and empty in the middle of the next
    # page. Half the first line short of the foot, this row's first line overhangs the foot by half its height
    # (it moves) while the row above keeps that half line of room (it stays whole).
    page = document.pageSize().height()
    lines = sorted(_row_lines(document, table, row))
    top, first_bottom = lines[0]
    foot = (_page_of(document, top) + 1) * page - _margin(device)
    scale = device.logicalDpiY() / _layout_dpi()
    cell = table.cellAt(row - 1, 0)
    padding = cell.format().toTableCellFormat()
    if not any(t == table and r == row - 1 for t, r, _p in padded):
        padded.append((table, row - 1, padding.bottomPadding()))
    grow = foot - top - (first_bottom - top) / 2
    padding.setBottomPadding(padding.bottomPadding() + max(1.0, grow / scale))
    cell.setFormat(padding)
    return True


def _break_before_table(document: QTextDocument, table: QTextTable) -> bool:
    """Start the table on a new page, with the heading just above it when there is one (a heading never ends a
    page). False when it already starts one."""
    above = document.findBlock(table.firstPosition() - 1)
    if above.isValid() and above.blockFormat().headingLevel() > 0:
        if _breaks_before(above):
            return False
        _break_before(document, above)
        return True
    form = table.format()
    if form.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return False
    form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(form)
    return True


def _heading_ends_a_page(document: QTextDocument, heading: QTextBlock) -> bool:
    following = heading.next()
    if not following.isValid() or _breaks_before(heading):
        return False
    top = _block_rect(document, heading).top()
    first_line = _block_rect(document, following).top() + _line_height(following)
    return _page_of(document, first_line) > _page_of(document, top)


def _row_lines(document: QTextDocument, table: QTextTable, row: int) -> list[tuple[float, float]]:
    """(top, bottom) of every line of text in a table row, in document coordinates."""
    lines = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row or cell.column() != column:  # spanned: laid out with its own first row and column
            continue
        for block in _cell_blocks(document, cell):
            top, laid = _block_rect(document, block).top(), block.layout()
            for i in range(laid.lineCount() if laid is not None else 0):
                line = laid.lineAt(i)
                lines.append((top + line.y(), top + line.y() + line.height()))
    return lines


def _row_top(document: QTextDocument, table: QTextTable, row: int) -> float:
    return min((top for top, _bottom in _row_lines(document, table, row)), default=0.0)


def _first_split_row(document: QTextDocument, device: QPaintDevice) -> tuple[QTextTable, int] | None:
    """The first table row whose lines lie on two pages (and that would fit on one page of its own)."""
    page = document.pageSize().height()
    room = page - 2 * _margin(device)
    for table in _tables(document.rootFrame()):
        for row in range(table.rows()):
            lines = _row_lines(document, table, row)
            if not lines:
                continue
            top, bottom = min(t for t, _b in lines), max(b for _t, b in lines)
            if _page_of(document, top) != _page_of(document, bottom - 1) and bottom - top < room:
                return table, row
    return None


def _unpad_after(document: QTextDocument, position: int, padded: list[tuple[QTextTable, int, float]]) -> None:
    """Take back the padding of rows after `position`: a heading before them moved, and so did they."""
    for entry in [e for e in padded if e[0].firstPosition() > position]:
        table, row, padding = entry
        cell = table.cellAt(row, 0)
        form = cell.format().toTableCellFormat()
        form.setBottomPadding(padding)
        cell.setFormat(form)
        padded.remove(entry)


def _fill_last_page(document: QTextDocument, device: QPaintDevice) -> QTextBlock | None:
    """When the last page holds only a few lines, the last section starts on it: the heading moved, or None."""
    headings = _headings(document)
    count = pages(document)
    if count < 2:
        return None
    page = document.pageSize().height()
    last_page_top = (count - 1) * page
    line = QFontMetricsF(document.defaultFont(), device).lineSpacing()
    if _content_bottom(document) - last_page_top - _margin(device) >= MIN_LAST_PAGE_LINES * line:
        return None
    # the last heading that starts before the last page, and is not already at the top of its page
    for heading in reversed(headings):
        top = _block_rect(document, heading).top()
        if top < last_page_top and not _breaks_before(heading):
            _break_before(document, heading)
            return heading
    return None


def _breaks_before(block: QTextBlock) -> bool:
    return bool(block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def _line_height(block: QTextBlock) -> float:
    lines = block.layout()
    return lines.lineAt(0).height() if lines is not None and lines.lineCount() else 0.0


def pages(document: QTextDocument) -> int:
    """The pages the laid-out report fills: up to its last line of text (QTextDocument may count one more, empty
    but for the bottom margin, which is not printed)."""
    return max(1, min(document.pageCount(), int(_content_bottom(document) // document.pageSize().height()) + 1))


def _content_bottom(document: QTextDocument) -> float:
    """Where the last text of the document ends (the root frame's bottom margin and empty space not counted)."""
    block = document.lastBlock()
    while block.isValid() and not block.text().strip():
        block = block.previous()
    if not block.isValid():
        return 0.0
    return _block_rect(document, block).bottom()


def _paint(document: QTextDocument, writer: QPdfWriter) -> None:
    """Each page of the laid-out document on its own PDF page, with its number at the foot (as print_() does)."""
    page = document.pageSize()
    margin = _margin(writer)
    painter = QPainter(writer)
    try:
        font = QFont(document.defaultFont())
        painter.setFont(font)
        ascent = QFontMetricsF(font, writer).ascent()
        for index in range(pages(document)):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * page.height())
            document.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
            painter.restore()
            number = QPointF(page.width() - margin, page.height() - margin + ascent + 5 * writer.logicalDpiY() / 72)
            painter.drawText(
                QRectF(number.x() - page.width(), number.y() - ascent, page.width(), ascent * 2),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                str(index + 1),
            )
    finally:
        painter.end()


def pdf_bytes(
    source: str | Assessment,
    *,
    wording: Wording | None = None,
    include_identifiers: bool | None = None,
    title: str | None = None,
) -> bytes:
    """A PDF of `source` (the report's HTML, or an Assessment rendered to HTML first). Its title is `title`, else
    the HTML's own `<title>` (the report's title in its language)."""
    _ensure_gui_app()
    html = (
        source
        if isinstance(source, str)
        else render(source, "html", wording=wording, include_identifiers=include_identifiers)
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    document = layout(html, writer)
    writer.setTitle(title or document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or DEFAULT_TITLE)
    _paint(document, writer)
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
