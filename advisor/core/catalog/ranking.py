"""Repo summaries + file lists → Candidates with each quant's fit on this machine, best first.

"Runs here" means: the sizing engine says it fits (GPU, partial offload or CPU) and generates at least
`min_tokens_per_second` (when it can tell). Best first: within a repo, the largest file that runs here (the highest
quality the machine can afford); across repos, those whose best file runs fully on the GPU, then partial offload,
then CPU, keeping the Hub's order (downloads, likes...) among equals.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from advisor.core.catalog.filenames import group_files, incomplete_splits
from advisor.core.catalog.hub import active_parameters_from_name
from advisor.core.catalog.types import Candidate, CatalogProblem, QuantFile
from advisor.core.sizing import estimate
from advisor.core.sizing.recommend import DEFAULT_MIN_TOKENS_PER_SECOND
from advisor.core.types import FitLevel, HardwareProfile, ModelSpec

log = logging.getLogger(__name__)

USABLE_TOKENS_PER_SECOND = DEFAULT_MIN_TOKENS_PER_SECOND  # the same bar the size-class recommendation uses
_FIT_RANK = {FitLevel.FULL_GPU: 0, FitLevel.PARTIAL_OFFLOAD: 1, FitLevel.CPU_ONLY: 2, FitLevel.TOO_LARGE: 3, None: 4}


def fit_file(
    quant_file: QuantFile, summary: dict[str, Any], profile: HardwareProfile | None, context: int
) -> QuantFile:
    """The file with the sizing engine's fit and tokens/s on `profile` (unchanged when it cannot say)."""
    if profile is None or not summary.get("parameters"):
        return quant_file
    est = None
    active = active_parameters_from_name(str(summary.get("id") or ""))
    for quant in _quant_names(quant_file.quant):
        spec = ModelSpec(
            parameters=float(summary["parameters"]),
            quant=quant,
            file_size_bytes=quant_file.size_bytes,
            architecture=summary.get("architecture"),
            context_train=summary.get("context_length"),
            name=summary.get("id"),
            active_parameters=active,
        )
        try:
            est = estimate(spec, profile, context=context)
            break
        except Exception as exc:  # an unknown preset name: try its base type; one odd repo must not sink the search
            log.info("no estimate for %s %s as %s: %s", summary.get("id"), quant_file.path, quant, exc)
    if est is None:
        return quant_file
    return replace(quant_file, fit=est.fit, tokens_per_second=est.tokens_per_second)


def _quant_names(quant: str | None) -> list[str | None]:
    """The label, then its base type (bartowski's `Q4_K_L` is Q4_K_M with 8-bit embeddings; `Q6_K_L` is Q6_K),
    then none at all (the real file size still sizes it)."""
    if quant is None:
        return [None]
    plain = quant.removeprefix("UD-")
    base = re.sub(r"^(Q[2-5]_K)_(?:XXL|XL|L)$", r"\1_M", plain)
    base = re.sub(r"^Q6_K_(?:XXL|XL|L|M|S)$", "Q6_K", base)
    base = re.sub(r"^Q8_K(?:_(?:XXL|XL|L|M|S))?$", "Q8_0", base)
    return list(dict.fromkeys([plain, base, None]))


def runs_here(quant_file: QuantFile, min_tokens_per_second: float = USABLE_TOKENS_PER_SECOND) -> bool:
    if quant_file.fit is None or quant_file.fit is FitLevel.TOO_LARGE:
        return False
    return quant_file.tokens_per_second is None or quant_file.tokens_per_second >= min_tokens_per_second


def order_files(files: Iterable[QuantFile], min_tokens_per_second: float) -> list[QuantFile]:
    """Files that run here, largest first; then the rest, smallest first (closest to running)."""
    files = list(files)
    good = sorted((f for f in files if runs_here(f, min_tokens_per_second)), key=lambda f: -f.size_bytes)
    rest = sorted((f for f in files if not runs_here(f, min_tokens_per_second)), key=lambda f: f.size_bytes)
    return good + rest


def build_candidate(
    summary: dict[str, Any],
    entries: list[tuple[str, int, str | None]],
    *,
    profile: HardwareProfile | None,
    context: int,
    include_all: bool,
    min_tokens_per_second: float,
) -> tuple[Candidate | None, list[CatalogProblem]]:
    """One repo → its Candidate (None when nothing in it is shown) and the problems its files have."""
    repo_id = summary["id"]
    problems: list[CatalogProblem] = []
    files = group_files(entries)
    broken = incomplete_splits(entries)
    if broken:
        problems.append(CatalogProblem("incomplete_split", repo_id, {"files": broken}))
    if not files:
        if not broken:
            problems.append(CatalogProblem("no_gguf", repo_id))
        return None, problems
    odd = [f.path for f in files if f.quant is None]
    if odd:
        problems.append(CatalogProblem("odd_file_names", repo_id, {"files": odd}))
    fitted = [fit_file(f, summary, profile, context) for f in files]
    shown = fitted if include_all else [f for f in fitted if runs_here(f, min_tokens_per_second)]
    if not shown:
        return None, problems
    candidate = Candidate(
        repo_id=repo_id,
        publisher=summary.get("author") or repo_id.split("/")[0],
        downloads=int(summary.get("downloads") or 0),
        likes=int(summary.get("likes") or 0),
        license=summary.get("license"),
        gated=bool(summary.get("gated")),
        last_modified=summary.get("last_modified"),
        architecture=summary.get("architecture"),
        parameters=summary.get("parameters"),
        context_length=summary.get("context_length"),
        files=tuple(order_files(shown, min_tokens_per_second)),
    )
    return candidate, problems


def order_candidates(candidates: Iterable[Candidate], min_tokens_per_second: float) -> list[Candidate]:
    """Stable: by the fit of each repo's best file (GPU first), the Hub's order among equals."""

    def best_rank(c: Candidate) -> int:
        good = [f for f in c.files if runs_here(f, min_tokens_per_second)]
        return min((_FIT_RANK[f.fit] for f in good), default=_FIT_RANK[FitLevel.TOO_LARGE] + 1)

    return sorted(candidates, key=best_rank)
