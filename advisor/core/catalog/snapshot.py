"""The bundled, dated snapshot of well-known GGUF repos: what the catalogue shows offline (labelled as such)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from advisor.core.model_names import model_version, model_words, shown_name
from advisor.core.resources import load_json
from advisor.core.types import ModelSpec, Reason

SNAPSHOT_FILE = "catalog_snapshot.json"


def load_snapshot() -> dict[str, Any]:
    """`{"source", "retrieved_at", "repos": [{id, author, downloads, ..., files: [{path, size}]}]}`."""
    snapshot: dict[str, Any] = load_json(SNAPSHOT_FILE)
    return snapshot


@dataclass(frozen=True)
class SnapshotModel:
    """One model file as the bundled snapshot knows it: the ModelSpec `models --offline` sizes it with (the listed
    size, summed over a split model's parts; the quant from its name; the repo's parameters and published shape),
    and the snapshot's date and source, to be said beside every figure resting on it."""

    spec: ModelSpec
    retrieved_at: str
    source: str


def snapshot_model(repo_id: str, filename: str, snapshot: dict[str, Any] | None = None) -> SnapshotModel | None:
    """The bundled snapshot's `filename` of `repo_id` (a repo id in any case, as the Hub takes it; a split model
    named by any of its parts), or None when the snapshot does not list that file."""
    from advisor.core.catalog.filenames import group_files
    from advisor.core.catalog.shapes import clean_shape, spec_for, with_architecture_rules

    data = snapshot if snapshot is not None else load_snapshot()
    wanted = repo_id.strip().lower()
    for repo in data.get("repos", ()):
        if str(repo.get("id", "")).lower() != wanted or not repo.get("parameters"):
            continue
        files = group_files((f["path"], int(f["size"])) for f in repo.get("files", ()))
        found = next((f for f in files if filename == f.path or filename in f.parts), None)
        if found is None:
            return None
        shape = with_architecture_rules(clean_shape(repo.get("shape"))) or None
        return SnapshotModel(
            spec=spec_for(repo, shape, found.quant, found.size_bytes, found.path),
            retrieved_at=str(data.get("retrieved_at", "")),
            source=str(data.get("source", "")),
        )
    return None


@dataclass(frozen=True)
class BundledFile:
    """A file of a named model the bundled snapshot lists at a quant's own label (unsloth's `UD-Q4_K_XL`)."""

    repo_id: str
    path: str
    size_bytes: int
    quant: str  # the label as the file's name writes it


def _repo_files(repo: dict[str, Any]) -> list[Any]:
    """A repo's whole model files (split parts summed) that have a size."""
    from advisor.core.catalog.filenames import group_files

    return [f for f in group_files((f["path"], int(f["size"])) for f in repo.get("files", ())) if f.size_bytes > 0]


def _label_keys(label: str) -> set[str]:
    """The file labels a quant label typed names: Q4_K_XL typed is unsloth's UD-Q4_K_XL (its XL files are all UD
    ones); UD-IQ2_XXS typed is not a plain IQ2_XXS."""
    from advisor.core.sizing.quants import quant_key

    return {quant_key(label), "UD_" + quant_key(label).removeprefix("UD_")}


def bundled_file_of(model: str, label: str, snapshot: dict[str, Any] | None = None) -> BundledFile | None:
    """The bundled snapshot's file of `model` (a name `recommend` prints, as `ranking` matches repos to it: the
    model's own release first) whose quant label is `label` (case aside), or None. `estimate --model Qwen3-30B-A3B
    --quant UD-Q4_K_XL` sizes that file, as the Models list does (newcomer round: 17.3 GiB and tight there, 16.5 GiB
    and not tight in the list, since the variant was sized as the Q4_K_M it is named after)."""
    from advisor.core.catalog.ranking import is_of_model, release_rank
    from advisor.core.sizing.quants import quant_key

    data = snapshot if snapshot is not None else load_snapshot()
    wanted = _label_keys(label)
    repos = [r for r in data.get("repos", ()) if is_of_model(str(r.get("id", "")), model)]
    repos.sort(key=lambda r: release_rank(str(r["id"]), model))
    for repo in repos:
        found = next((f for f in _repo_files(repo) if f.quant and quant_key(f.quant) in wanted), None)
        if found is not None:
            return BundledFile(
                repo_id=str(repo["id"]), path=found.path, size_bytes=found.size_bytes, quant=str(found.quant)
            )
    return None


def listed_file_for(spec: ModelSpec, quant: str | None) -> BundledFile | None:
    """The bundled list's file a named model (`--model`, a model `recommend` names) is sized as at `quant`: a
    variant's own file (unsloth's `UD-Q4_K_XL`), or any quant the reference table has no published size for
    (`IQ2_M`, `Q3_K_L`, off the quant ladder), as the Models list sizes that file (code review: `--model
    Meta-Llama-3.1-8B-Instruct --quant IQ2_M` gave 2.52 GiB by bits where the Models list's row, the same file, was
    2.75); None for the ladder's quants (sized as `recommend` sizes them) or where the list has no such file."""
    from advisor.core.sizing.quants import QUANT_LADDER, normalize_quant, variant_base
    from advisor.core.sizing.tiers import EXPERTS_KEPT_AT_MXFP4

    if quant is None or not spec.name or spec.name in EXPERTS_KEPT_AT_MXFP4:  # gpt-oss: its published files
        return None
    if variant_base(quant) is None and normalize_quant(quant) in QUANT_LADDER:
        # the ladder's quants are sized as `recommend` sizes them (its table, else bits), so that `--model X` and
        # `--model X --quant <its quant>` agree (code review: Mixtral-8x7B's Q4_K_M, 26.2 GiB one way, 24.6 the other)
        return None
    return bundled_file_of(spec.name, quant)


def variant_remarks(typed_quant: str | None, listed: BundledFile | None) -> tuple[Reason, ...]:
    """What an estimate without a file of one's own says of the quant typed: the bundled list's file it sized
    (`listed`, `listed_file_for`: a variant's own, or a quant the reference table has no size for), else, for a
    variant label (`--quant UD-Q4_K_XL`), the preset it sized instead (`quants.variant_base`); nothing otherwise."""
    from advisor.core.sizing import reasons
    from advisor.core.sizing.quants import variant_base

    if typed_quant is None:
        return ()
    if listed is not None:
        return (
            reasons.remark(
                reasons.REMARK_VARIANT_FILE,
                quant=typed_quant.strip(),
                repo=listed.repo_id,
                file=listed.path,
                file_bytes=listed.size_bytes,
            ),
        )
    base = variant_base(typed_quant)
    if base is None:
        return ()
    return (reasons.remark(reasons.REMARK_VARIANT_AS_BASE, quant=typed_quant.strip(), base=base),)


def stands_in_for_hub(status: int | None) -> bool:
    """Whether the snapshot answers for a Hub read that failed with HTTP `status` (None: no HTTP answer at all — no
    connection, no name resolution, a timeout), as `models` falls back to it: no answer, a rate limit (429) or a
    server error (5xx). Never for a 404 or a refusal (401/403): the Hub did answer, and the snapshot may be older."""
    return status is None or status == 429 or status >= 500


@dataclass(frozen=True)
class BundledModel:
    """A model of the bundled list found by its name (`estimate --model gemma-3-12b`): its repo, the file sized at
    the quant asked (None where the repo lists no file of that quant: parameters × its bits, with the repo's
    architecture), the spec `models --offline` sizes that file with, and every quant the repo lists."""

    repo_id: str
    path: str | None
    spec: ModelSpec
    quants: tuple[str, ...]
    retrieved_at: str


def bundled_model(name: str, quant: str, snapshot: dict[str, Any] | None = None) -> BundledModel | None:
    """The bundled list's model `name` spells (`model_words`: the repo id, or the model's name with or without the
    words a repo adds; a version typed, that version only), at `quant`: its file of that label (a variant label as
    `bundled_file_of` reads it; a variant without its file, the file of the quant it is a variant of, as `--quant
    Q4_K_M` sizes it), else the repo's architecture at that quant. Where several repos hold the model: the owner
    typed, then one with such a file, then the most downloaded. None for a name the list does not hold."""
    from advisor.core.catalog.shapes import clean_shape, spec_for, with_architecture_rules
    from advisor.core.sizing.quants import normalize_quant, quant_key, variant_base

    data = snapshot if snapshot is not None else load_snapshot()
    wanted, version = model_words(name), model_version(name)
    if not wanted:
        return None
    owner = name.strip().rsplit("/", 1)[0].lower() if "/" in name else None
    base = variant_base(quant)
    labels = (_label_keys(quant), {quant_key(base)} if base is not None else set())
    found: list[tuple[tuple[int, int, int], dict[str, Any], Any]] = []
    for repo in data.get("repos", ()):
        repo_id = str(repo.get("id", ""))
        if not repo.get("parameters") or model_words(repo_id) != wanted:
            continue
        if version is not None and model_version(repo_id) != version:  # v0.1 typed is not the list's v0.3
            continue
        files = _repo_files(repo)
        file = next(
            (f for keys in labels for f in files if keys and f.quant and quant_key(f.quant) in keys),
            None,
        )
        rank = (repo_id.split("/")[0].lower() != owner, file is None, -int(repo.get("downloads") or 0))
        found.append((rank, repo, file))
    if not found:
        return None
    _, repo, file = min(found, key=lambda t: t[0])
    files = _repo_files(repo)
    shape = with_architecture_rules(clean_shape(repo.get("shape"))) or None
    if file is not None:
        spec = spec_for(repo, shape, file.quant, file.size_bytes, file.path)
    else:  # no file of that quant listed: the architecture at that quant, parameters × its bits
        spec = dataclasses.replace(spec_for(repo, shape, quant, 1), quant=normalize_quant(quant), file_size_bytes=None)
    return BundledModel(
        repo_id=str(repo["id"]),
        path=file.path if file is not None else None,
        spec=spec,
        quants=tuple(str(f.quant) for f in files if f.quant),
        retrieved_at=str(data.get("retrieved_at", "")),
    )


def bundled_names_like(name: str, limit: int = 5) -> tuple[str, ...]:
    """The bundled list's models whose names hold every word of `name` in a row (`gemma-3` → gemma-3-12b-it,
    gemma-3-4b-it), as a repo names them without its owner and `-GGUF`, each once: what `--model` offers for a name it
    does not know."""
    wanted = model_words(name)
    if not wanted:
        return ()
    n = len(wanted)
    seen: dict[tuple[str, ...], str] = {}
    for repo in load_snapshot().get("repos", ()):
        repo_id = str(repo.get("id", ""))
        words = model_words(repo_id)
        if words not in seen and any(words[i : i + n] == wanted for i in range(len(words) - n + 1)):
            seen[words] = shown_name(repo_id)
    return tuple(seen.values())[:limit]


def bundled_model_remarks(found: BundledModel, typed_quant: str | None) -> tuple[Reason, ...]:
    """What `estimate --model` says of a model of the bundled list it sized (`bundled_model`): the file, or, with
    no file of the quant typed, that parameters × bits were sized (a variant label: as the preset it is a variant of,
    `quants.variant_base`)."""
    from advisor.core.sizing import reasons
    from advisor.core.sizing.quants import normalize_quant, quant_key, variant_base

    model = shown_name(found.repo_id)
    quants = ", ".join(found.quants)
    base = variant_base(typed_quant)
    if (
        base is not None
        and typed_quant is not None
        and normalize_quant(found.spec.quant or "") == base
        and (found.path is None or quant_key(found.spec.quant or "") != quant_key(typed_quant))
    ):  # a variant without its file: sized as its base's file (or bits), said as such
        return (reasons.remark(reasons.REMARK_VARIANT_AS_BASE, quant=typed_quant.strip(), base=base),)
    if found.path is not None:
        said = reasons.remark(
            reasons.REMARK_BUNDLED_MODEL_FILE,
            model=model,
            repo=found.repo_id,
            file=found.path,
            file_bytes=found.spec.file_size_bytes,
            quants=quants,
        )
        return (said,)
    quant = found.spec.quant or ""
    return (
        reasons.remark(
            reasons.REMARK_BUNDLED_MODEL_NO_FILE, model=model, repo=found.repo_id, quant=quant, quants=quants
        ),
    )
