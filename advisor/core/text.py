"""Text that came from outside — a GGUF's `general.name`, a file name in LM Studio's folder, a server's model id or
error message, a Hub repo name — made safe to show: in a terminal, a Qt label, a Markdown or HTML report.

Such text may carry terminal control sequences (ESC … clears the screen or recolours it, CR rewrites the line, a line
break forges a whole line of our own output, BEL rings), bidirectional overrides that show a name other than the one
stored (`U+202E`), lone surrogates (a file name that is not UTF-8) and any length (an 8 MiB `general.name`). The
helpers here are the one rule for all of it; they run where such text *enters* the core (the GGUF reader, the LM
Studio folder scan, the server's model list and messages), so the CLI, the app and the report all receive clean
text, and the report applies `strip_controls` once more to everything it writes.

Each also masks the secrets in play (`advisor.core.urls.redact_text`): a server that echoes the API key in a model
id or a message shows `***`.
"""

from __future__ import annotations

import re
import unicodedata

from advisor.core.urls import redact_text

NAME_MAX_CHARS = 256  # a model id, a file name, a GGUF's general.name: longer is cut, with "…"
REPLACEMENT = "\ufffd"  # what an invisible or unprintable character becomes in a name
ELLIPSIS = "…"

# explicit direction marks, embeddings, overrides and isolates: they reorder what is shown after them
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SPACES = re.compile(r"\s+")
# C0 (but tab and line feed), DEL, C1, bidi controls, lone surrogates, line/paragraph separators
_NAME_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)


def _char(ch: str) -> str:
    if ch.isprintable():
        return ch
    if ch.isspace():  # tab, line break, no-break and other spaces: a plain space
        return " "
    if unicodedata.category(ch) == "Cf" and ch not in BIDI_CONTROLS:
        return ""  # zero-width joiners and the like: invisible, harmless once alone
    return REPLACEMENT


def outside_name(value: str, *, max_chars: int = NAME_MAX_CHARS) -> str:
    """`value` as one printable line: control characters, bidi overrides and lone surrogates become `U+FFFD`,
    whitespace runs one space, secrets in play `***`, and at most `max_chars` characters (the last one "…").
    Names that are already clean come back unchanged."""
    if not isinstance(value, str):
        return value
    if len(value) > 4 * max_chars:  # never walk megabytes for a name that is cut anyway
        value = value[: 4 * max_chars]
    text = value if value.isprintable() else _SPACES.sub(" ", "".join(_char(ch) for ch in value)).strip()
    text = redact_text(text)
    if len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + ELLIPSIS
    return text


def outside_optional_name(value: object, *, max_chars: int = NAME_MAX_CHARS) -> str | None:
    """`outside_name` of a string; None for anything else or for a name with nothing printable left."""
    if not isinstance(value, str):
        return None
    return outside_name(value, max_chars=max_chars) or None


def outside_text(value: str, *, max_chars: int | None = None) -> str:
    """Multi-line text from outside (a chat reply): line breaks and tabs kept, every other control character and
    bidi override removed, secrets in play masked, cut at `max_chars` when given."""
    if not isinstance(value, str):
        return value
    text = strip_controls(value.replace("\r\n", "\n").replace("\r", "\n"))
    text = redact_text(text)
    if max_chars is not None and len(text) > max_chars:
        text = text[: max_chars - 1] + ELLIPSIS
    return text


def strip_controls(text: str) -> str:
    """`text` without any character a terminal or a renderer acts on: C0 controls other than tab and line feed, DEL,
    C1 controls, bidi controls, lone surrogates (those become `U+FFFD`). For text already built (a whole report)."""
    if not isinstance(text, str) or text.isprintable():
        return text
    return _CONTROLS.sub(lambda m: REPLACEMENT if "\ud800" <= m.group(0) <= "\udfff" else "", text)


def has_controls(value: str) -> bool:
    """Whether `value` holds a character a terminal acts on: any C0 control (tab and line feed included), DEL, a
    C1 control, a bidi control, a line or paragraph separator. A lone surrogate (a file name that is not UTF-8) is
    not one: it can still name a file, and every output writes it as U+FFFD."""
    return isinstance(value, str) and _NAME_CONTROLS.search(value) is not None


__all__ = [
    "BIDI_CONTROLS",
    "NAME_MAX_CHARS",
    "has_controls",
    "outside_name",
    "outside_optional_name",
    "outside_text",
    "strip_controls",
]
