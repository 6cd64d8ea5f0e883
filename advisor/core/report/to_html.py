"""A report Document as one self-contained HTML page (inline style, no scripts, no external files).

The markup stays within what Qt's QTextDocument understands (tables with attributes, simple CSS), so the same
page is the PDF's source. Every piece of text is escaped: model names and server replies are untrusted.
"""

from __future__ import annotations

from html import escape

from advisor.core.report.document import (
    Block,
    Bullets,
    Cell,
    Command,
    Document,
    Heading,
    KeyValues,
    Link,
    Paragraph,
    Table,
)
from advisor.core.report.to_markdown import CODE_SPAN

_STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif; color: #1d2329; }
@media screen { body { max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.4; } }
h1 { font-size: 20pt; color: #0b4f6c; margin-bottom: 2px; }
h2 { font-size: 14pt; color: #0b4f6c; margin-top: 18px; margin-bottom: 6px; border-bottom: 1px solid #c8d3da; }
h3 { font-size: 12pt; color: #0b4f6c; margin-top: 12px; margin-bottom: 4px; }
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 10px; }
table.grid { font-size: 9pt; }
th, td { border: 1px solid #c8d3da; padding-top: 3px; padding-bottom: 3px; padding-left: 4px; padding-right: 4px;
         vertical-align: top; text-align: left; }
th { background-color: #eef3f6; font-weight: bold; }
td.num { text-align: right; }
table.kv th { background-color: transparent; border: none; color: #4a5863;
              padding-top: 1px; padding-bottom: 1px; padding-left: 0; padding-right: 16px; }
table.kv td { border: none; padding-top: 1px; padding-bottom: 1px; padding-left: 0; }
p.note { color: #5b6770; font-size: 9pt; }
a { color: #0b62a3; }
code { font-family: 'DejaVu Sans Mono', Consolas, Menlo, monospace; }
"""  # Qt applies cell padding given in px only (not pt)


def _cell(cell: Cell) -> str:
    if isinstance(cell, Link):
        return f'<a href="{escape(cell.url, quote=True)}">{escape(cell.text)}</a>'
    if isinstance(cell, Command):
        # a paragraph of its own in `white-space: pre`: Qt's PDF layout (and a browser) never breaks it, where a
        # `nowrap` span still breaks after a hyphen in Qt (advisor/qt/widgets/how_to_load.py)
        return (
            f'<p style="margin:0">{escape(cell.sentence)}</p>'
            f'<p style="margin:0; white-space:pre">{escape(cell.command)}</p>'
        )
    return _inline(cell)


def _inline(text: str) -> str:
    """Body text escaped, a quoted command (`ollama serve`) as code, as the Markdown report shows it."""
    return CODE_SPAN.sub(r"<code>\1</code>", escape(text))


def _table(block: Table) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in block.headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num" align="right">{_cell(c)}</td>' if i in block.numeric else f"<td>{_cell(c)}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>\n"
        for row in block.rows
    )
    return (
        f'<table class="grid" border="1" cellspacing="0" width="100%">\n<thead><tr>{head}</tr></thead>\n'
        f"<tbody>\n{body}</tbody></table>"
    )


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        level = max(2, min(block.level, 6))
        return f"<h{level}>{escape(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f'<p class="note">{_inline(block.text)}</p>' if block.note else f"<p>{_inline(block.text)}</p>"
    if isinstance(block, KeyValues):
        rows = "".join(f"<tr><th>{escape(k)}</th><td>{_cell(v)}</td></tr>\n" for k, v in block.rows)
        return f'<table class="kv" cellspacing="0">\n{rows}</table>'
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Bullets):
        return "<ul>\n" + "".join(f"<li>{_inline(item)}</li>\n" for item in block.items) + "</ul>"
    raise TypeError(f"unknown block {type(block).__name__}")


def to_html(doc: Document, *, lang: str = "en") -> str:
    body = "\n".join(_block(b) for b in doc.blocks)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang, quote=True)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(doc.title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{escape(doc.title)}</h1>\n{body}\n</body>\n</html>\n"
    )
