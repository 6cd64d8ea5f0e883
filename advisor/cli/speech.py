"""The command line's voice: one `Speaker` for the whole run, in the language of `--lang` or of the environment.

Every command words its results through `say()` (the core message catalogue), so the terminal says what the app
says, in Spanish or English. JSON output stays language-neutral: codes and values, and English `message` fields
(`ENGLISH`) for scripts that show one.
"""

from __future__ import annotations

import argparse
from typing import Any

from advisor.core.messages import ENGLISH, QT_TRANSLATE_NOOP, Msg, Speaker

__all__ = ["ENGLISH", "QT_TRANSLATE_NOOP", "HelpFormatter", "help_text", "say", "set_language", "spoken"]

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


def widths(rows: list[list[str]], minimum: tuple[int, ...]) -> list[int]:
    """The width of each column of a text table: at least `minimum` (the English layout), wider where a cell in
    this language is (a Spanish header or word is often longer: "cuant. baja" in a column made for "low q")."""
    return [max([low, *(len(row[i]) for row in rows if i < len(row))]) for i, low in enumerate(minimum)]


# --------------------------------------------------------------------------- --help in the run's language
# Every description, epilog, group title and option help is written where the option is, as a catalogue message:
# `help=QT_TRANSLATE_NOOP("Cli", "...")`, or `help=help_text(QT_TRANSLATE_NOOP("Cli", "... {value}"), value=x)`
# when it names a figure. The parser keeps the English (scripts and tests read it); `HelpFormatter` words it in
# the run's language when the help page is written, after `main()` has read --lang wherever it was given. argparse
# then fills its own `%(default)s`-style fields, so a literal percent sign in a help text is written `%%`.


class HelpText(Msg):
    """A help text whose `{placeholders}` take `values` (written the run's language's way) when it is shown."""

    values: dict[str, Any]


def help_text(msg: Msg, /, **values: Any) -> HelpText:
    """`msg` (made by `QT_TRANSLATE_NOOP`) with the values of its `{placeholders}`, for `help=` or `description=`."""
    text = HelpText(msg.context, str(msg))
    text.values = values
    return text


def spoken(text: str | None, *, percent_formatted: bool = False) -> str | None:
    """A help text in the run's language: a catalogue message translated (and filled), anything else as it is
    (argparse's own words are translated by its `_()`, see `advisor.cli.main.speak_argparse`).
    `percent_formatted`: argparse fills %(...)s fields in the result next, so a % in a value is doubled."""
    if isinstance(text, HelpText):
        speaker = say()
        template = speaker.translate(text.context, str(text))
        values = speaker.values(text.values)
        if percent_formatted:
            values = {key: value.replace("%", "%%") for key, value in values.items()}
        return speaker.fill(template, values)
    if isinstance(text, Msg):
        return say().translate(text.context, str(text))
    return text


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, saying descriptions, group titles and option help in the run's language."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return spoken(action.help, percent_formatted=True)  # argparse's _expand_help fills %(default)s next

    def add_text(self, text: str | None) -> None:  # a description or epilog: %-formatted only with a %(prog)
        template = say().translate(text.context, str(text)) if isinstance(text, Msg) else text
        super().add_text(spoken(text, percent_formatted="%(prog)" in (template or "")))

    def start_section(self, heading: str | None) -> None:
        super().start_section(spoken(heading))
