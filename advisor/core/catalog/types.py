"""What the catalogue returns: repos with their GGUF quants, problems as codes, download outcomes.

Plain frozen dataclasses (JSON through `advisor.core.jsonio.to_jsonable`); dates are ISO 8601 strings (UTC).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor.core.types import FitLevel, Reason


@dataclass(frozen=True)
class CatalogProblem:
    """One thing that went wrong, as data; the CLI and the GUI word it.

    Codes: offline, timeout, gated, unauthorized, repo_not_found, file_not_found, rate_limited, server_error,
    http_error, no_gguf, odd_file_names, incomplete_split, disk_full, checksum_mismatch, cancelled, write_failed,
    not_chat_model (a repo a search by name found that is an embedding or diffusion model, left out: values
    `kind` "embedding", "diffusion" or "other", and its `architecture`), endless_listing (a listing or file tree
    that did not end: values `pages`, `max_pages`, and `entries` when cut at its entries), unsafe_name (a download
    of a repo id or file name that would be written outside the models folder: values `file`, `what`), bad_answer
    (a listing or file tree that is not the Hub's JSON), unsized_file (a download of a file the tree lists without a
    usable size: value `file`), too_much_data (a download that sent more than the file's listed size: values
    `file`, `expected_bytes`), odd_redirect (a redirect to an address that is not http or https, refused: value
    `scheme`).
    """

    code: str
    repo_id: str | None = None
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class QuantFile:
    """One downloadable model: a single .gguf, or every part of a split one (sizes summed)."""

    path: str  # the first part; what `download` takes
    parts: tuple[str, ...]  # every file to fetch, in order (one entry for a single file)
    quant: str | None  # "Q4_K_M", "UD-Q4_K_XL", "F16"...; None when the name does not say
    size_bytes: int
    sha256: str | None = None  # the file's SHA-256 (LFS oid) when it is one file; None for split models
    fit: FitLevel | None = None  # on this machine at the searched context; None when it could not be estimated
    tokens_per_second: float | None = None
    needs_join: bool = False  # `.partXofY` / `-split-a` parts: joined into one .gguf after download
    # the sizing engine had to borrow layers/heads/vocab from the nearest reference model (no header or shape known):
    # its fit and speed are rougher than the others'
    shape_borrowed: bool = False
    runs_here: bool | None = None  # fits and decodes at least the minimum speed; None when it could not be estimated
    tight: bool = False  # runs, but leaves the system less RAM than it needs for comfortable use
    # when it does not run here: "too_large" (memory), "too_slow" (below the minimum) or "context" (the model was
    # trained for fewer tokens than the context asked: llama.cpp loads it, its answers fall apart past that length)
    why_not: str | None = None
    context_train: int | None = None  # the tokens the model was trained for, where the repo or its header says
    needs_bytes: int | None = None  # memory the estimate needs at the searched context (weights + KV cache + buffers)
    # for a file that does not run at the searched context: the largest shorter context (halving) at which it does
    runs_at_context: int | None = None
    # a file too large for this machine: what did not fit (`advisor.core.catalog.ranking.TOO_LARGE`, values
    # `needs_bytes` and `available_bytes` of `memory` "ram", and `gpu_bytes` the graphics card holds beside it)
    too_large: Reason | None = None
    # sized in the placement to load it with (`advisor.core.sizing.estimate.placed_estimate_on`): a mixture of experts
    # with the routed experts of its first `n_cpu_moe` layers in system RAM (0: every layer whole), of `total_layers`
    n_cpu_moe: int = 0
    total_layers: int | None = None
    # how to load it in that placement (advisor.core.sizing.estimate.load_placement, as the recommendation says it)
    load: Reason | None = None


@dataclass(frozen=True)
class Candidate:
    repo_id: str
    publisher: str
    downloads: int
    likes: int
    license: str | None
    gated: bool
    last_modified: str | None
    architecture: str | None
    parameters: float | None  # count of weights (from the Hub's GGUF metadata, else the repo name)
    context_length: int | None
    files: tuple[QuantFile, ...]
    # where the architecture numbers came from: "gguf_header" (read from one of its files on the Hub), "snapshot"
    # (the bundled snapshot's copy of the model's config.json), or None (borrowed from the nearest reference model)
    shape_source: str | None = None
    experts: int | None = None  # a mixture of experts: routed experts, and those used per token
    active_experts: int | None = None
    projector_bytes: int | None = None  # the repo's vision projector (mmproj), the smallest it offers
    vision_counted: bool = False  # the fits include that projector (the search asked for image input)


@dataclass(frozen=True)
class SearchResult:
    source: str  # "hub" (live or the on-disk cache of it) or "offline" (the bundled snapshot)
    retrieved_at: str  # when the data was fetched (the snapshot's date when offline)
    candidates: tuple[Candidate, ...]
    errors: tuple[CatalogProblem, ...] = ()
    snapshot_source: str | None = None  # where the bundled snapshot came from, when source == "offline"
    # Not include_all: the repos whose files come nearest to running here without doing so (each with its nearest
    # files, `why_not` saying why), so a machine where nothing runs still sees what would with a lower quant or less
    # context. Empty with include_all (every file is in `candidates` then).
    near: tuple[Candidate, ...] = ()


@dataclass(frozen=True)
class DownloadResult:
    repo_id: str
    filename: str
    dest_dir: str
    paths: tuple[str, ...] = ()  # the finished files (one .gguf, or every part of a split model)
    size_bytes: int = 0
    verified: bool = False  # every part's SHA-256 matched the Hub's
    seconds: float = 0.0
    problem: CatalogProblem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None
