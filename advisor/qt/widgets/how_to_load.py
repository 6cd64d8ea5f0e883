"""The "How to load it" line of the Recommendation and Models pages: LM Studio's settings, wrapped as any sentence,
then llama.cpp's flags on a line of their own that never breaks.

Qt breaks a line after a hyphen ("--n-" / "cpu-moe 27"), and `white-space: nowrap` on a span only keeps its spaces
together: a paragraph of its own with `white-space: pre` is laid out without breaks (`nonBreakableLines`). The text
stays plain ASCII: copying it from the label gives the flags as typed (no non-breaking hyphen or space)."""

from __future__ import annotations

from html import escape


def how_to_load_html(sentence: str, command: str) -> str:
    """Rich text for a QLabel: `sentence` ("How to load it: LM Studio: …") wrapped, `command` ("llama.cpp: -ngl 99
    --n-cpu-moe 27.") unbroken on the next line."""
    return (
        f'<p style="margin:0">{escape(sentence, quote=False)}</p>'
        f'<p style="margin:0; white-space:pre">{escape(command, quote=False)}</p>'
    )
