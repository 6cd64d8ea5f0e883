"""Repo summaries + file lists → Candidates with each quant's fit on this machine, best first.

Each file is sized with its repo's own architecture (`shapes.py`: the GGUF header, else the snapshot's copy of the
config); only when neither is known does the engine borrow a reference shape, and the file says so
(`shape_borrowed`). Each is sized in the placement the recommendation sizes its pick in and tells the user to load
it with (`sizing.estimate.placed_estimate_on`: a mixture of experts too large for the graphics card with the routed
experts of its first N layers in RAM where that is faster; `QuantFile.n_cpu_moe`), so a file and the recommendation
never give two speeds for one model and quant.

"Runs here" means: the sizing engine says it fits (GPU, partial offload or CPU) and generates at least
`min_tokens_per_second` (when it can tell). Best first is the recommendation's own order (`_pick` in
`advisor.core.sizing.recommend`): quants of Q4_K_M or better before lower ones; among them the best fit level (full
GPU, then partial offload, then CPU), then the highest quality that still decodes at `COMFORT_FACTOR` × the minimum
speed, else the fastest. Across repos: those whose best
file runs fully on the GPU, then partial offload, then CPU, keeping the Hub's order (downloads, likes...) among equals.
Files that do not run here follow, closest to running first; when nothing of a repo runs here, its nearest files
go to the `near` list instead, each with why (`too_large`, `too_slow`) and the shorter context at which it would run.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from advisor.core.catalog.filenames import group_files, incomplete_splits, is_projector
from advisor.core.catalog.shapes import SOURCE_HEADER, spec_for
from advisor.core.catalog.types import Candidate, CatalogProblem, QuantFile
from advisor.core.model_names import RELEASE_NAMES
from advisor.core.sizing.estimate import load_placement, placed_estimate_on
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.sizing.quants import is_good_quant
from advisor.core.sizing.reasons import REMARK_SHAPE_FROM_REFERENCE
from advisor.core.sizing.recommend import COMFORT_FACTOR, DEFAULT_MIN_TOKENS_PER_SECOND
from advisor.core.sizing.shortfall import shortfall
from advisor.core.types import Estimate, FitLevel, HardwareProfile, ModelSpec, Reason

log = logging.getLogger(__name__)

USABLE_TOKENS_PER_SECOND = DEFAULT_MIN_TOKENS_PER_SECOND  # the same bar the size-class recommendation uses
_FIT_RANK = {FitLevel.FULL_GPU: 0, FitLevel.PARTIAL_OFFLOAD: 1, FitLevel.CPU_ONLY: 2, FitLevel.TOO_LARGE: 3, None: 4}
NEAR_FILES_PER_REPO = 2
MIN_HINT_CONTEXT = 1024  # `runs_at_context` halves the searched context down to this, no further

TOO_LARGE = "too_large"
TOO_SLOW = "too_slow"
SHORT_CONTEXT = "context"  # trained for fewer tokens than asked: not offered as running (recommend picks none either)


def _estimate(
    quant_file: QuantFile,
    summary: dict[str, Any],
    profile: HardwareProfile,
    context: int,
    shape: dict[str, Any] | None,
    projector_bytes: int | None = None,
) -> Estimate | None:
    sized = _sized(quant_file, summary, profile, context, shape, projector_bytes)
    return None if sized is None else sized[1]


def _sized(
    quant_file: QuantFile,
    summary: dict[str, Any],
    profile: HardwareProfile,
    context: int,
    shape: dict[str, Any] | None,
    projector_bytes: int | None = None,
) -> tuple[ModelSpec, Estimate] | None:
    """The file's ModelSpec and its estimate on `profile` (None when no name of its quant can be sized), in the
    placement to load it with, as the recommendation sizes its pick: a mixture of experts split by layers with the
    routed experts of its first N layers in RAM where that is faster (`placed_estimate_on`; `Estimate.n_cpu_moe`)."""
    machine = machine_from_profile(profile)
    for quant in _quant_names(quant_file.quant):
        spec = spec_for(summary, shape, quant, quant_file.size_bytes, quant_file.path)
        if projector_bytes:
            spec = replace(spec, projector_bytes=projector_bytes)
        try:
            return spec, placed_estimate_on(spec, machine, context=context)
        except Exception as exc:  # an unknown preset name: try its base type; one odd repo must not sink the search
            log.info("no estimate for %s %s as %s: %s", summary.get("id"), quant_file.path, quant, exc)
    return None


def too_large_by(spec: ModelSpec, profile: HardwareProfile, context: int) -> Reason:
    """What does not fit of a model too large for `profile`: the system RAM its best layout needs against the RAM
    budget, and what the graphics card holds beside it (`advisor.core.sizing.shortfall`, the computation the
    recommendation's "the next size up needs…" states too)."""
    short = shortfall(spec, machine_from_profile(profile), context=context)
    return Reason(
        TOO_LARGE,
        {
            "needs_bytes": short.needs_bytes,
            "available_bytes": short.available_bytes,
            "memory": short.memory,
            "gpu_bytes": short.gpu_bytes,
        },
    )


def fit_file(
    quant_file: QuantFile,
    summary: dict[str, Any],
    profile: HardwareProfile | None,
    context: int,
    *,
    shape: dict[str, Any] | None = None,
    min_tokens_per_second: float = USABLE_TOKENS_PER_SECOND,
    projector_bytes: int | None = None,
) -> QuantFile:
    """The file with the sizing engine's fit and tokens/s on `profile` (unchanged when it cannot say).

    `projector_bytes`: for vision use, the repo's projector (mmproj) loaded beside the model.

    `shape`: the repo's architecture numbers (ModelSpec field names, see `shapes.py`); without them the engine
    borrows the nearest reference model's, and the file carries `shape_borrowed=True`.
    """
    if profile is None or not summary.get("parameters"):
        return quant_file
    sized = _sized(quant_file, summary, profile, context, shape, projector_bytes)
    if sized is None:
        return quant_file
    spec, est = sized
    fitted = replace(
        quant_file,
        fit=est.fit,
        tokens_per_second=est.tokens_per_second,
        shape_borrowed=any(r.code == REMARK_SHAPE_FROM_REFERENCE for r in est.remarks),
        needs_bytes=est.memory.total_bytes,
        tight=est.tight,
        too_large=too_large_by(spec, profile, context) if est.fit is FitLevel.TOO_LARGE else None,
        n_cpu_moe=est.n_cpu_moe,
        total_layers=est.total_layers,
        load=load_placement(est),
    )
    trained = _context_train(summary, shape)
    fitted = replace(fitted, context_train=trained)
    ok = runs_here(fitted, min_tokens_per_second) and not _beyond_training(context, trained)
    return replace(fitted, runs_here=ok, why_not=None if ok else why_not(fitted, min_tokens_per_second, context))


def _context_train(summary: dict[str, Any], shape: dict[str, Any] | None) -> int | None:
    """The tokens the model was trained for: the repo's figure, else its header's; None when neither says."""
    value = summary.get("context_length") or (shape or {}).get("context_train")
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) and value > 0 else None


def _beyond_training(context: int, trained: int | None) -> bool:
    """A context longer than the model was trained for: it loads, but answers fall apart past its length (the
    recommendation picks no such model either, `recommend._model_eval`'s context_ok; newcomer round: Gemma 2,
    trained for 8K, was listed as running for 32K documents)."""
    return trained is not None and context > trained


def why_not(
    quant_file: QuantFile, min_tokens_per_second: float = USABLE_TOKENS_PER_SECOND, context: int | None = None
) -> str | None:
    """Why a file with a known fit does not run here: "too_large", "too_slow", or "context" (trained for fewer
    tokens than `context`); None when it runs."""
    if quant_file.fit is None:
        return None
    if quant_file.fit is FitLevel.TOO_LARGE:
        return TOO_LARGE
    if quant_file.tokens_per_second is not None and quant_file.tokens_per_second < min_tokens_per_second:
        return TOO_SLOW
    if quant_file.why_not == SHORT_CONTEXT or (
        context is not None and _beyond_training(context, quant_file.context_train)
    ):
        return SHORT_CONTEXT
    return None


def runs_at_context(
    quant_file: QuantFile,
    summary: dict[str, Any],
    profile: HardwareProfile | None,
    context: int,
    *,
    shape: dict[str, Any] | None = None,
    min_tokens_per_second: float = USABLE_TOKENS_PER_SECOND,
) -> int | None:
    """The largest context, halving from `context`, down to MIN_HINT_CONTEXT, at which the file runs here (and
    that the model was trained for: Llama 2, trained for 4K, was said to run "with a context of 16,384 tokens")."""
    if profile is None or not summary.get("parameters"):
        return None
    shorter = context // 2
    trained = _context_train(summary, shape)
    while trained is not None and shorter > trained:
        shorter //= 2
    while shorter >= MIN_HINT_CONTEXT:
        est = _estimate(quant_file, summary, profile, shorter, shape)
        if est is None:
            return None
        at_shorter = replace(quant_file, fit=est.fit, tokens_per_second=est.tokens_per_second, why_not=None)
        if runs_here(at_shorter, min_tokens_per_second):
            return shorter
        shorter //= 2
    return None


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
    if quant_file.fit is None or quant_file.fit is FitLevel.TOO_LARGE or quant_file.why_not == SHORT_CONTEXT:
        return False
    return quant_file.tokens_per_second is None or quant_file.tokens_per_second >= min_tokens_per_second


def running_only(candidates: Iterable[Candidate], min_tokens_per_second: float) -> tuple[Candidate, ...]:
    """Of `candidates`, the files that run here at `min_tokens_per_second` (`runs_here`), each repo with at least one
    such file, in their order: what a report lists under "Models that run here" whatever the list showed (app
    review: the app's report listed only the repo picked, and with "show everything" a Q8_0 "too large" under that
    heading, where `llm-advisor report` lists every repo that runs here)."""
    kept = []
    for c in candidates:
        files = tuple(f for f in c.files if runs_here(f, min_tokens_per_second))
        if files:
            kept.append(replace(c, files=files))
    return tuple(kept)


def _good_quant(quant: str | None) -> bool:
    """Q4_K_M or better (what the recommendation picks without a quality warning); unknown names by their base."""
    for name in _quant_names(quant):
        try:
            return is_good_quant(name)
        except ValueError:
            continue
    return True


def best_first_key(quant_file: QuantFile, min_tokens_per_second: float) -> tuple[float, ...]:
    """The recommendation's order (`advisor.core.sizing.recommend`) as a sort key over files of one model.

    As `recommend` does: quants of Q4_K_M or better first, and among them `_pick`'s rule — the best fit level, then
    not tight, then the highest quality among files at least COMFORT_FACTOR × the minimum speed, before the others,
    fastest first
    (within a repo quality follows the file's size, as the quant ladder does); the lower quants after, the highest
    quality first. The first file in this order is the one the recommendation picks from the same fits and speeds.
    """
    if not _good_quant(quant_file.quant):
        return (1, 0, 0, 0, -float(quant_file.size_bytes), 0)
    tps = quant_file.tokens_per_second or 0.0
    comfortable = tps >= COMFORT_FACTOR * min_tokens_per_second
    within = -float(quant_file.size_bytes) if comfortable else -tps
    return (
        0,
        _FIT_RANK[quant_file.fit],
        int(quant_file.tight),
        0 if comfortable else 1,
        within,
        -float(quant_file.size_bytes),
    )


def _closeness_key(quant_file: QuantFile) -> tuple[float, ...]:
    """Nearest to running first: too slow before too large; the faster, then the smaller."""
    if quant_file.fit is not None and quant_file.fit is not FitLevel.TOO_LARGE:
        return (0, -(quant_file.tokens_per_second or 0.0), quant_file.size_bytes)
    return (1, quant_file.needs_bytes or quant_file.size_bytes, quant_file.size_bytes)


def order_files(files: Iterable[QuantFile], min_tokens_per_second: float) -> list[QuantFile]:
    """Files that run here in the recommendation's order (`best_first_key`); then the rest, nearest to running."""
    files = list(files)
    good = sorted(
        (f for f in files if runs_here(f, min_tokens_per_second)),
        key=lambda f: best_first_key(f, min_tokens_per_second),
    )
    rest = sorted(
        (f for f in files if not runs_here(f, min_tokens_per_second)), key=lambda f: (f.fit is None, f.size_bytes)
    )
    return good + rest


def suggested_file(
    candidate: Candidate, recommended_quant: str | None = None, recommended_model: str | None = None
) -> QuantFile | None:
    """The file a list shows for a repo: its first in the recommendation's order (`order_files`); in a repo of the
    recommended model, the recommended quant where that one ranks as well (same quality band, fit level and room),
    so that repo shows the recommendation's own file. Another model's repo keeps its own first (its speeds are its
    own: a 5 tok/s Q6_K is not suggested over a 9 tok/s Q4_K_M because the recommended model was comfortable at
    Q6_K)."""
    if not candidate.files:
        return None
    first = candidate.files[0]
    if not recommended_quant or not recommended_model or not is_of_model(candidate.repo_id, recommended_model):
        return first

    def rank(f: QuantFile) -> tuple[bool, int, bool]:
        return (_good_quant(f.quant), _FIT_RANK[f.fit], f.tight)

    matching = [f for f in candidate.files if same_quant(f.quant, recommended_quant) and rank(f) == rank(first)]
    # the quant itself before a variant of it (Q4_K_M before UD-Q4_K_XL): the file the recommendation was sized on
    exact = [f for f in matching if str(f.quant or "").upper() == recommended_quant.upper()]
    return (exact or matching or [first])[0]


def recommended_index(
    candidates: Sequence[Candidate], recommended_model: str | None = None, recommended_quant: str | None = None
) -> int | None:
    """Which repo of a list holds the recommendation, its index: the first repo of the recommended model whose
    suggested file (`suggested_file`) is the recommended quant — the recommendation's own file; else the first repo
    of the recommended model (its list says why it has another quant: `lacks_recommended_quant`). None when no repo
    of the recommended model is listed."""
    if not recommended_model:
        return None
    of_model = [i for i, c in enumerate(candidates) if c.files and is_of_model(c.repo_id, recommended_model)]
    # the model's own chat release before a fine-tune or a base model whose name holds the model's name
    of_model.sort(key=lambda i: release_rank(candidates[i].repo_id, recommended_model))
    for i in of_model:
        shown = suggested_file(candidates[i], recommended_quant, recommended_model)
        if recommended_quant and shown is not None and same_quant(shown.quant, recommended_quant):
            return i
    return of_model[0] if of_model else None


def offered_first(
    candidates: Sequence[Candidate], recommended_model: str | None = None, recommended_quant: str | None = None
) -> int | None:
    """Which repo of a list (in its order: `order_candidates`, as `llm-advisor models` prints it) a front end offers
    first, its index: the one holding the recommendation (`recommended_index`), else the list's first. None for an
    empty list.

    The list keeps its order (the one `llm-advisor models` prints, marking that repo); only the row offered first
    follows the recommendation."""
    if not candidates:
        return None
    found = recommended_index(candidates, recommended_model, recommended_quant)
    return 0 if found is None else found


def _name_words(repo_id: str, model: str) -> tuple[list[str], list[str]]:
    """The words of a repo's name (without its owner) and of a model's release name, lower-case."""
    words = re.findall(r"[a-z0-9]+", repo_id.rsplit("/", 1)[-1].lower())
    return words, re.findall(r"[a-z0-9]+", RELEASE_NAMES.get(model, model).lower())


def is_of_model(repo_id: str, model: str) -> bool:
    """Whether a repo holds `model` or a variant of it: the model's name words in a row in the repo's name
    ("Qwen2.5-14B" in bartowski/Qwen2.5-14B-Instruct-GGUF, "Llama-3.1-8B" in Meta-Llama-3.1-8B-Instruct-GGUF),
    whole words only ("Gemma-3-1B" is not in gemma-3-12b-it)."""
    words, wanted = _name_words(repo_id, model)
    n = len(wanted)
    return n > 0 and any(words[i : i + n] == wanted for i in range(len(words) - n + 1))


# Words a GGUF repo of a model's own chat release adds to the model's name (bartowski/Qwen2.5-14B-Instruct-GGUF,
# lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF, unsloth/gemma-3-12b-it-GGUF, Mistral-Small-24B-Instruct-2501):
# any other word marks a fine-tune (abliterated, Coder, Math, Distill…) or the base model (no "instruct")
_CHAT_WORDS = frozenset({"instruct", "it", "chat"})
_RELEASE_WORDS = _CHAT_WORDS | {"gguf", "meta", "hf", "mlx"}
_RELEASE_TAG = re.compile(r"\d{4}")  # Mistral's release month (2407, 2501)


def release_rank(repo_id: str, model: str) -> int:
    """How plainly a repo of `model` (`is_of_model`) is the model's own release: 0 its chat release (the model's
    name, a chat word and nothing but the words a release adds), 1 the name alone (Qwen3-30B-A3B is its own chat
    model; for others the base model), 2 anything else (a fine-tune, a distillation, a long-context variant)."""
    extra, wanted = _name_words(repo_id, model)
    for w in wanted:
        if w in extra:
            extra.remove(w)
    if not all(w in _RELEASE_WORDS or _RELEASE_TAG.fullmatch(w) for w in extra):
        return 2
    return 0 if _CHAT_WORDS.intersection(extra) else 1


def same_quant(quant: str | None, wanted: str) -> bool:
    """Whether a file's label is the quant `wanted` names (case aside; `UD-` and `_L`-style variants count)."""
    return wanted.upper() in {str(n).upper() for n in _quant_names(quant) if n}


def lacks_recommended_quant(candidate: Candidate, model: str | None, quant: str | None) -> bool:
    """Whether this repo is of the recommended model (`is_of_model`) but none of its files listed here is the
    recommended quant: then its list shows another, and says why."""
    return repo_lacks_quant(candidate.repo_id, [f.quant for f in candidate.files], model, quant)


def repo_lacks_quant(repo_id: str, quants: Sequence[str | None], model: str | None, quant: str | None) -> bool:
    """`lacks_recommended_quant` on a repo's name and its listed files' quants (a saved report's, for one)."""
    if not model or not quant or not quants or not is_of_model(repo_id, model):
        return False
    return not any(same_quant(q, quant) for q in quants)


def projector_size(entries: list[tuple[str, int, str | None]] | list[tuple[str, int]]) -> int | None:
    """The repo's vision projector (mmproj) to count for image input: the smallest one it offers (a Q8_0 beside an
    F16 serves the same images); None when the repo has none."""
    sizes = [int(e[1]) for e in entries if is_projector(str(e[0])) and int(e[1]) > 0]
    return min(sizes) if sizes else None


def build_candidates(
    summary: dict[str, Any],
    entries: list[tuple[str, int, str | None]],
    *,
    profile: HardwareProfile | None,
    context: int,
    include_all: bool,
    min_tokens_per_second: float,
    shape: dict[str, Any] | None = None,
    shape_source: str | None = None,
    vision: bool = False,
) -> tuple[Candidate | None, Candidate | None, list[CatalogProblem]]:
    """One repo → (its Candidate of files shown, its `near` Candidate, the problems its files have).

    The near Candidate (only without include_all, when none of its files runs here) holds its NEAR_FILES_PER_REPO
    files nearest to running, each with `why_not` and `runs_at_context`.
    """
    repo_id = summary["id"]
    problems: list[CatalogProblem] = []
    files = group_files(entries)
    if shape and shape.get("_kind") and shape.get("_path"):
        # the header read says this file is not a model (an adapter, a projector): it is never listed
        files = [f for f in files if f.path != shape["_path"]]
        shape, shape_source = None, None
    broken = incomplete_splits(entries)
    if broken:
        problems.append(CatalogProblem("incomplete_split", repo_id, {"files": broken}))
    if not files:
        if not broken:
            problems.append(CatalogProblem("no_gguf", repo_id))
        return None, None, problems
    odd = [f.path for f in files if f.quant is None]
    if odd:
        problems.append(CatalogProblem("odd_file_names", repo_id, {"files": odd}))
    projector = projector_size(entries)
    fitted = [
        fit_file(
            f,
            summary,
            profile,
            context,
            shape=shape,
            min_tokens_per_second=min_tokens_per_second,
            projector_bytes=projector if vision else None,
        )
        for f in files
    ]
    if shape_source is None and shape and shape.get("_path"):
        shape_source = SOURCE_HEADER

    def candidate(chosen: list[QuantFile]) -> Candidate:
        return Candidate(
            repo_id=repo_id,
            publisher=summary.get("author") or repo_id.split("/")[0],
            downloads=int(summary.get("downloads") or 0),
            likes=int(summary.get("likes") or 0),
            license=summary.get("license"),
            gated=bool(summary.get("gated")),
            last_modified=summary.get("last_modified"),
            architecture=(shape or {}).get("architecture") or summary.get("architecture"),
            parameters=summary.get("parameters"),
            context_length=summary.get("context_length") or (shape or {}).get("context_train"),
            files=tuple(chosen),
            shape_source=shape_source if shape else None,
            experts=(shape or {}).get("experts") if ((shape or {}).get("experts") or 0) > 1 else None,
            active_experts=(shape or {}).get("active_experts") if ((shape or {}).get("experts") or 0) > 1 else None,
            projector_bytes=projector,
            vision_counted=bool(vision and projector),
        )

    if include_all:
        return candidate(order_files(fitted, min_tokens_per_second)), None, problems
    shown = [f for f in fitted if runs_here(f, min_tokens_per_second)]
    if shown:
        return candidate(order_files(shown, min_tokens_per_second)), None, problems
    known = sorted((f for f in fitted if f.fit is not None), key=_closeness_key)[:NEAR_FILES_PER_REPO]
    if not known:
        return None, None, problems
    near = [
        replace(
            f,
            runs_at_context=runs_at_context(
                f, summary, profile, context, shape=shape, min_tokens_per_second=min_tokens_per_second
            ),
        )
        for f in known
    ]
    return None, candidate(near), problems


def order_candidates(candidates: Iterable[Candidate], min_tokens_per_second: float) -> list[Candidate]:
    """Stable: by the fit of each repo's best file (GPU first), the Hub's order among equals."""

    def best_rank(c: Candidate) -> int:
        good = [f for f in c.files if runs_here(f, min_tokens_per_second)]
        return min((_FIT_RANK[f.fit] for f in good), default=_FIT_RANK[FitLevel.TOO_LARGE] + 1)

    return sorted(candidates, key=best_rank)


def order_near(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Stable: the repos whose nearest file comes closest to running here first."""
    return sorted(candidates, key=lambda c: _closeness_key(c.files[0]) if c.files else (2,))
