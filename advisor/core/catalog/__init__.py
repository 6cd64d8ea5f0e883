"""Hugging Face GGUF catalogue: search what runs on this machine, download into LM Studio's folder, offline snapshot.

Import cost is kept low: huggingface_hub loads on the first call, not on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advisor.core.catalog.filenames import group_files, parse_quant
from advisor.core.catalog.links import lms_get_command, lmstudio_deep_link
from advisor.core.catalog.types import Candidate, CatalogProblem, DownloadResult, QuantFile, SearchResult

if TYPE_CHECKING:
    from advisor.core.catalog.fetch import download
    from advisor.core.catalog.query import search

__all__ = [
    "Candidate",
    "CatalogProblem",
    "DownloadResult",
    "QuantFile",
    "SearchResult",
    "download",
    "group_files",
    "lms_get_command",
    "lmstudio_deep_link",
    "parse_quant",
    "search",
]


def __getattr__(name: str) -> Any:
    if name == "search":
        from advisor.core.catalog.query import search

        return search
    if name == "download":
        from advisor.core.catalog.fetch import download

        return download
    raise AttributeError(name)
