"""A report Document as Markdown (GitHub-flavoured tables); every piece of text is escaped."""

from __future__ import annotations

import re

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

_SPECIAL = re.compile(r"([\\`*\[\]|#!]|~(?![/\\]))")  # "~/" (a redacted home) cannot strike through
_EDGE_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
# a command the advice quotes (`ollama serve`): a code span, whose text Markdown shows as written
CODE_SPAN = re.compile(r"`([^`]+)`")


def escape(text: str) -> str:
    """Text that Markdown shows as written: no emphasis, links, HTML or table breaks from untrusted names; a quoted
    command (`ollama serve`) as a code span, not as "\\`ollama serve\\`" (newcomer round)."""
    text = " ".join(str(text).split())  # newlines would end a table row
    out, last = [], 0
    for found in CODE_SPAN.finditer(text):
        out += [_plain(text[last : found.start()]), "`" + found.group(1).replace("|", "\\|") + "`"]
        last = found.end()
    return "".join([*out, _plain(text[last:])])


def _plain(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    return _EDGE_UNDERSCORE.sub(r"\\_", text)


def _cell(cell: Cell) -> str:
    if isinstance(cell, Link):
        url = cell.url.replace("(", "%28").replace(")", "%29").replace(" ", "%20").replace("<", "%3C")
        return f"[{escape(cell.text)}]({url})"
    if isinstance(cell, Command):
        return f"{escape(cell.sentence)} {escape(cell.command)}"
    return escape(cell)


def _table(headers: tuple[str, ...], rows: tuple[tuple[Cell, ...], ...], numeric: tuple[int, ...]) -> str:
    lines = ["| " + " | ".join(escape(h) for h in headers) + " |"]
    lines.append("|" + "|".join("---:" if i in numeric else "---" for i in range(len(headers))) + "|")
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return "#" * max(2, min(block.level, 6)) + " " + escape(block.text)
    if isinstance(block, Paragraph):
        return f"*{escape(block.text)}*" if block.note else escape(block.text)
    if isinstance(block, KeyValues):
        return "\n".join(f"- **{escape(k)}:** {_cell(v)}" for k, v in block.rows)
    if isinstance(block, Table):
        return _table(block.headers, block.rows, block.numeric)
    if isinstance(block, Bullets):
        return "\n".join(f"- {escape(item)}" for item in block.items)
    raise TypeError(f"unknown block {type(block).__name__}")


def to_markdown(doc: Document) -> str:
    return "\n\n".join(["# " + escape(doc.title), *(_block(b) for b in doc.blocks)]) + "\n"
