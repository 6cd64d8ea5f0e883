"""The command line's voice: one `Speaker` for the whole run, in the language of `--lang` or of the environment.

Every command words its results through `say()` (the core message catalogue), so the terminal says what the app
says, in Spanish or English. JSON output stays language-neutral: codes and values, and English `message` fields
(`ENGLISH`) for scripts that show one.
"""

from __future__ import annotations

from advisor.core.messages import ENGLISH, QT_TRANSLATE_NOOP, Speaker

__all__ = ["ENGLISH", "QT_TRANSLATE_NOOP", "say", "set_language"]

_speaker: Speaker | None = None


def set_language(language: str | None) -> Speaker:
    """Speak `language` ("es"/"en") for the rest of the run; None: the environment's (LANGUAGE, LC_ALL, LANG)."""
    global _speaker
    _speaker = Speaker.from_environment(language)
    return _speaker


def say() -> Speaker:
    """The run's Speaker (the environment's language until `set_language` is called)."""
    return _speaker if _speaker is not None else set_language(None)


def labelled(rows: list[tuple[str, str | tuple[str, ...] | list[str]]]) -> list[str]:
    """Rows of "Label  text", the labels padded to the widest (Spanish ones are longer). A str is one line, a
    tuple several lines under one label, a list a bulleted list ("- "); empty ones are left out."""
    kept = [(label, value) for label, value in rows if value]
    width = max((len(label) for label, _ in kept), default=0) + 2
    lines: list[str] = []
    for label, value in kept:
        items = [value] if isinstance(value, str) else list(value)
        bullet = "- " if isinstance(value, list) else ""
        for i, item in enumerate(items):
            lines.append(f"{label if i == 0 else '':<{width}}{bullet}{item}")
    return lines
