"""Hugging Face GGUF catalogue: search what runs on this machine, download into LM Studio's folder, offline snapshot.

Import cost is kept low: huggingface_hub loads on the first call, not on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from advisor.core.catalog.filenames import group_files, parse_quant
from advisor.core.catalog.links import lms_get_command, lmstudio_deep_link
from advisor.core.catalog.types import Candidate, CatalogProblem, DownloadResult, QuantFile, SearchResult

if TYPE_CHECKING:
    from advisor.core.catalog.fetch import CleanResult, DownloadOutcome, clean_staging, download
    from advisor.core.catalog.query import search
    from advisor.core.catalog.verify import FileCheck, VerifyResult, verify_models

__all__ = [
    "Candidate",
    "CatalogProblem",
    "CleanResult",
    "DownloadOutcome",
    "DownloadResult",
    "FileCheck",
    "QuantFile",
    "SearchResult",
    "VerifyResult",
    "clean_staging",
    "download",
    "group_files",
    "lms_get_command",
    "lmstudio_deep_link",
    "parse_quant",
    "search",
    "verify_models",
]

_LAZY = {
    "search": "advisor.core.catalog.query",
    "download": "advisor.core.catalog.fetch",
    "clean_staging": "advisor.core.catalog.fetch",
    "CleanResult": "advisor.core.catalog.fetch",
    "DownloadOutcome": "advisor.core.catalog.fetch",
    "verify_models": "advisor.core.catalog.verify",
    "VerifyResult": "advisor.core.catalog.verify",
    "FileCheck": "advisor.core.catalog.verify",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(module), name)
