"""Catalogue repos built by hand for the ranking tests: a repo and its quant files with the fit and speed each gets,
ordered as the catalogue orders them (`order_files`), so a test states only what it is about."""

from __future__ import annotations

from advisor.core.catalog.ranking import order_files
from advisor.core.catalog.types import Candidate, QuantFile
from advisor.core.types import FitLevel

GIB = 2**30
# (quant, size in GiB, fit, tokens/s) or the same with `tight` last
FileRow = tuple[str, float, FitLevel, float] | tuple[str, float, FitLevel, float, bool]


def candidate(repo_id: str, *files: FileRow) -> Candidate:
    """A 14.8 B qwen2 repo holding `files` (each a QuantFile named after its quant)."""
    quant_files = [
        QuantFile(
            path=f"{row[0]}.gguf",
            parts=(f"{row[0]}.gguf",),
            quant=row[0],
            size_bytes=int(row[1] * GIB),
            fit=row[2],
            tokens_per_second=row[3],
            tight=bool(row[4]) if len(row) > 4 else False,
        )
        for row in files
    ]
    return Candidate(
        repo_id=repo_id,
        publisher=repo_id.split("/")[0],
        downloads=1,
        likes=1,
        license=None,
        gated=False,
        last_modified=None,
        architecture="qwen2",
        parameters=14.8e9,
        context_length=32768,
        files=tuple(order_files(quant_files, 5.0)),
    )
