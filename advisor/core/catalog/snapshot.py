"""The bundled, dated snapshot of well-known GGUF repos: what the catalogue shows offline (labelled as such)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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


def bundled_file_of(model: str, label: str, snapshot: dict[str, Any] | None = None) -> BundledFile | None:
    """The bundled snapshot's file of `model` (a name `recommend` prints, as `ranking` matches repos to it: the
    model's own release first) whose quant label is `label` (case aside), or None. `estimate --model Qwen3-30B-A3B
    --quant UD-Q4_K_XL` sizes that file, as the Models list does (newcomer round: 17.3 GiB and tight there, 16.5 GiB
    and not tight in the list, since the variant was sized as the Q4_K_M it is named after)."""
    from advisor.core.catalog.filenames import group_files
    from advisor.core.catalog.ranking import is_of_model, release_rank
    from advisor.core.sizing.quants import quant_key

    data = snapshot if snapshot is not None else load_snapshot()
    # Q4_K_XL typed is unsloth's UD-Q4_K_XL (its XL files are all UD ones); UD-IQ2_XXS typed is not a plain IQ2_XXS
    wanted = {quant_key(label), "UD_" + quant_key(label).removeprefix("UD_")}
    repos = [r for r in data.get("repos", ()) if is_of_model(str(r.get("id", "")), model)]
    repos.sort(key=lambda r: release_rank(str(r["id"]), model))
    for repo in repos:
        files = group_files((f["path"], int(f["size"])) for f in repo.get("files", ()))
        found = next((f for f in files if f.quant and quant_key(f.quant) in wanted and f.size_bytes > 0), None)
        if found is not None:
            return BundledFile(
                repo_id=str(repo["id"]), path=found.path, size_bytes=found.size_bytes, quant=str(found.quant)
            )
    return None


def variant_remarks(typed_quant: str | None, model: str | None) -> tuple[Reason, ...]:
    """What an estimate without a file says of a variant label typed (`--quant UD-Q4_K_XL`): the bundled file of the
    named `model` it sized (`bundled_file_of`), else the preset it sized instead (`quants.variant_base`); nothing
    for a preset's own name."""
    from advisor.core.sizing import reasons
    from advisor.core.sizing.quants import variant_base

    base = variant_base(typed_quant)
    if base is None or typed_quant is None:
        return ()
    found = bundled_file_of(model, typed_quant) if model else None
    if found is not None:
        return (
            reasons.remark(
                reasons.REMARK_VARIANT_FILE,
                quant=typed_quant.strip(),
                repo=found.repo_id,
                file=found.path,
                file_bytes=found.size_bytes,
            ),
        )
    return (reasons.remark(reasons.REMARK_VARIANT_AS_BASE, quant=typed_quant.strip(), base=base),)


def stands_in_for_hub(status: int | None) -> bool:
    """Whether the snapshot answers for a Hub read that failed with HTTP `status` (None: no HTTP answer at all — no
    connection, no name resolution, a timeout), as `models` falls back to it: no answer, a rate limit (429) or a
    server error (5xx). Never for a 404 or a refusal (401/403): the Hub did answer, and the snapshot may be older."""
    return status is None or status == 429 or status >= 500
