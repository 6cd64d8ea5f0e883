"""The report: an Assessment of one machine (hardware, recommendation, models, server, costs, data dates) and its
export as JSON, Markdown or HTML. PDF is made from the HTML by `advisor.qt.pdf` (Qt lives only there).

    assessment = build_assessment(profile, server_url="http://localhost:1234/v1")   # or assemble_assessment(...)
    text = render(assessment, "md")
    write_atomic("report.md", text)
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from advisor.core.jsonio import to_jsonable
from advisor.core.report.build import as_data_source, assemble_assessment, build_assessment
from advisor.core.report.document import Wording
from advisor.core.report.files import write_atomic
from advisor.core.report.model import REPORT_SCHEMA_VERSION, Assessment, DataSource, PartProblem
from advisor.core.report.redact import Scrubber, final_text, scrub
from advisor.core.report.sections import build_document
from advisor.core.report.to_html import to_html
from advisor.core.report.to_markdown import to_markdown

FORMATS = ("json", "md", "html")

__all__ = [
    "FORMATS",
    "REPORT_SCHEMA_VERSION",
    "Assessment",
    "DataSource",
    "PartProblem",
    "ReportFormatError",
    "Scrubber",
    "Wording",
    "as_data_source",
    "assemble_assessment",
    "build_assessment",
    "render",
    "scrub",
    "write_atomic",
]


class ReportFormatError(ValueError):
    """An unknown format, or a saved report whose schema this version cannot read."""


def _data(assessment: Assessment | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(assessment, Assessment):
        data: Mapping[str, Any] = to_jsonable(assessment)
        return data
    version = assessment.get("schema_version")
    if not isinstance(version, int) or version > REPORT_SCHEMA_VERSION:
        raise ReportFormatError(
            f"report schema_version {version!r} is not one this version reads (up to {REPORT_SCHEMA_VERSION})"
        )
    return assessment


def render(
    assessment: Assessment | Mapping[str, Any],
    fmt: str,
    *,
    wording: Wording | None = None,
    include_identifiers: bool | None = None,
    lang: str = "en",
) -> str:
    """The report as text: "json" (schema-versioned), "md" or "html" (self-contained page).

    `assessment` may also be a saved report's parsed JSON. Identifiers are removed unless the assessment was
    built with them, or `include_identifiers=False` removes them from one that was.
    """
    if fmt not in FORMATS:
        raise ReportFormatError(f"unknown report format {fmt!r} (choose from {', '.join(FORMATS)})")
    data = _data(assessment)
    keep = data.get("identifiers_included", False) if include_identifiers is None else include_identifiers
    if not keep:
        data = {**scrub(dict(data)), "identifiers_included": False}
    if fmt == "json":
        first = {"schema_version": data.get("schema_version")}  # first, where a reader looks for it
        return _encodable(json.dumps({**first, **data}, indent=2, ensure_ascii=False) + "\n")
    doc = build_document(data, wording or Wording())
    return _encodable(to_markdown(doc) if fmt == "md" else to_html(doc, lang=lang))


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(text: str) -> str:
    """The report with every lone surrogate (an undecodable file name, a "\\ud800" escape in a hardware file)
    replaced by U+FFFD: the text must encode as UTF-8, or the file would not be written at all."""
    return final_text(_LONE_SURROGATE.sub("\ufffd", text))  # and no secret in play, no control character
