"""The Spanish (or any language's) words, read from the same Qt Linguist `.ts` file the app's `.qm` is built from.

Every message is written once, in English, as `translate("Context", "English {placeholder}")` in
`advisor/core/messages/` (or `QT_TRANSLATE_NOOP` for a table of them); `pyside6-lupdate` extracts those calls into
`resources/translations/advisor_<lang>.ts`, a translator fills them in (Qt Linguist), and this module reads that
XML without Qt, so the command line speaks the language the app speaks, word for word.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from functools import cache

from advisor.core.resources import resource_path

log = logging.getLogger(__name__)
Key = tuple[str, str]  # (context, English source)


class Msg(str):
    """An English message that remembers its context, so a `Speaker` can look its translation up."""

    context: str

    def __new__(cls, context: str, source: str) -> Msg:
        msg = super().__new__(cls, source)
        msg.context = context
        return msg


def QT_TRANSLATE_NOOP(context: str, source: str) -> Msg:
    """Marks `source` for extraction into the `.ts` files under `context` (lupdate needs exactly this call, two
    string literals); returns it as a `Msg` for `Speaker.t(msg, **values)`."""
    return Msg(context, source)


@cache
def translations(language: str) -> dict[Key, str]:
    """(context, English) → the finished translation, for one language; empty for English or a missing file.

    Unfinished, vanished and obsolete entries are left out, so an untranslated message shows in English rather
    than blank (a test fails on them before a release)."""
    if language == "en":
        return {}
    path = resource_path("translations", f"advisor_{language}.ts")
    try:
        root = ET.parse(path).getroot()  # our own file, shipped with the app
    except (OSError, ET.ParseError) as exc:
        log.warning("translations for %s could not be read (%s): English is used", language, exc)
        return {}
    table: dict[Key, str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in node.iter("numerusform")]
                text = forms[-1] if forms else ""
            else:
                text = node.text or ""
            if text:
                table[(name, source)] = text
    return table
