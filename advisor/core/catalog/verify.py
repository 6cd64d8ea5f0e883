"""`verify_models()`: are the GGUF files already in LM Studio's models folder whole, readable and current?

For every `*.gguf` under the models folder (`advisor.core.hardware.lmstudio`, read-only):
- **size and header**: the GGUF header is parsed (`advisor.core.gguf.reader`, the same bounded reader `read_gguf`
  uses); an unreadable header, or one llama.cpp refuses (no architecture, no tensors, an unknown tensor type, a
  split model's name that disagrees with its `split.count`), is `corrupt`; a file shorter than its own tensor table
  says is `partial`, and so is each part of a split model with a part missing (`missing_parts` names them);
- **the Hub**: LM Studio's layout is `<models>/<publisher>/<repo>/<file>`, so the file's repo is
  `publisher/repo` and its Hub path the rest. One tree call per repo (`list_repo_tree`, which gives every file's
  size and LFS SHA-256) decides: smaller than the Hub's file → `partial`; a different size or SHA-256 → `stale`
  (the publisher replaced the file, or this copy was damaged: either way, download it again); same SHA-256 → `ok`.
  Offline, `offline=True`, a repo the Hub does not know, a file it does not list, or a folder not in that layout
  → the file is "not checked against the Hub" (`hub="not_checked"`, `hub_reason` says why), never an error.
- **hashing** (multi-GB files) happens only where it decides something (same size as the Hub's, SHA-256 known),
  reports progress (`progress(done_bytes, total_bytes, path)`) and stops when `cancel` is set (the result then has
  `cancelled=True` and only the files already decided). `hash_files=False` compares sizes only.

Every Hub call has a per-request timeout (`timeout_s`) and all of them one total deadline (`hub_deadline_s`); after
the first "offline" answer no other repo is asked.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from advisor.core.catalog.hub_http import DEFAULT_TIMEOUT_S
from advisor.core.catalog.types import CatalogProblem
from advisor.core.messages import catalog as catalog_words
from advisor.core.messages.translations import Msg

STATUSES = ("ok", "stale", "corrupt", "partial")
HUB_DEADLINE_S = 60.0
VerifyProgress = Callable[[int, int, str], None]  # done_bytes, total_bytes (of the files to hash), current path
_HASH_CHUNK = 8 * 2**20


@dataclass(frozen=True)
class FileCheck:
    """One local GGUF file and what the checks found.

    `status`: "ok", "stale" (the Hub's file differs in size or SHA-256), "corrupt" (header unreadable, or one
    llama.cpp refuses), "partial" (smaller than the Hub's file, or than its own tensor table says, or a part of a
    split model whose other parts are not all there). `hub`: "matched" (SHA-256 equal),
    "size_matched" (sizes equal; not hashed), "differs" (size or SHA-256 differ), "not_checked" (`hub_reason`:
    "offline", "not_hub_layout", "repo_not_found", "file_not_on_hub", "hub_size_unknown" (the Hub lists it without
    a usable size), "hub_error", "deadline"). An `lfs.oid` that is no SHA-256 counts as no hash: sizes only.
    """

    path: str
    relative_path: str  # inside the models folder, '/' separated
    size_bytes: int
    status: str
    hub: str
    repo_id: str | None = None  # publisher/repo from the folder layout
    hub_path: str | None = None  # the file's path in that repo
    hub_reason: str | None = None
    hub_size_bytes: int | None = None
    hub_sha256: str | None = None
    sha256: str | None = None  # this file's SHA-256, when it was hashed
    header_error: str | None = None  # why the header could not be read, or llama.cpp refuses it (English)
    # what the header says, as a code for scripts: "llama_cpp_refuses", "no_tensors", or "newer_tensor_type" (with no
    # header_error: a tensor type newer than this version knows, not called damaged); None when it read well, or
    # only as header_error
    header_code: str | None = None
    # the same in the catalogue's words (a front end words it with `header_values`)
    header_reason: Msg | None = None
    header_values: dict[str, object] = field(default_factory=dict)
    expected_size_bytes: int | None = None  # the size the header's tensor table needs, when the file is shorter
    missing_parts: tuple[str, ...] = ()  # a split model's parts that are absent or not regular files (file names)


@dataclass(frozen=True)
class VerifyResult:
    models_dir: str | None  # None when LM Studio's models folder was not found
    files: tuple[FileCheck, ...]
    hashed: bool  # SHA-256 was compared where the Hub gave one (False with hash_files=False)
    offline: bool  # the Hub was not asked (offline=True) or could not be reached
    cancelled: bool = False
    hub_problems: tuple[CatalogProblem, ...] = ()  # why some repos could not be checked (offline, timeout, 429...)

    @property
    def counts(self) -> dict[str, int]:
        return {s: sum(1 for f in self.files if f.status == s) for s in STATUSES}

    @property
    def ok(self) -> bool:
        return not self.cancelled and self.models_dir is not None and all(f.status == "ok" for f in self.files)


class _Cancelled(Exception):
    pass


def _models_folder(models_dir: str | os.PathLike[str] | None, home: Path | None) -> Path | None:
    if models_dir is not None:
        return Path(models_dir)
    from advisor.core.hardware.lmstudio import find_home
    from advisor.core.hardware.lmstudio import models_dir as lm_models_dir

    lm_home = find_home(home if home is not None else Path.home())
    return lm_models_dir(lm_home) if lm_home is not None else None


@dataclass(frozen=True)
class _Header:
    error: str | None = None  # why the header is unreadable or llama.cpp refuses it (English, for logs and JSON)
    code: str | None = None  # FileCheck.header_code
    reason: Msg | None = None  # the same in the catalogue's words, where it has them (`values` fill it)
    values: dict[str, object] = field(default_factory=dict)
    needed: int | None = None  # the size its tensor table needs, when the file is shorter
    missing: tuple[str, ...] = ()  # the names of its split model's parts that are missing


def _header(path: Path) -> _Header:
    from advisor.core.gguf.info import missing_parts, model_parts
    from advisor.core.gguf.reader import GgufError, LlamaCppRefusesError, NewerTensorTypeError, read_header

    try:
        header, size = read_header(path)
        parts = model_parts(path, header.metadata)
    except NewerTensorTypeError as exc:
        return _Header(code="newer_tensor_type", reason=exc.msg, values=dict(exc.values))  # no error: not damaged
    except LlamaCppRefusesError as exc:
        return _Header(str(exc), "llama_cpp_refuses", exc.msg, dict(exc.values))
    except (GgufError, OSError) as exc:
        return _Header(str(exc) or type(exc).__name__)
    if not header.tensors:  # not a model: a header that only says so is no partial download of one
        return _Header(str(catalog_words.GGUF_NO_TENSORS), "no_tensors", catalog_words.GGUF_NO_TENSORS)
    needed = max(header.header_bytes + t.offset + (t.n_bytes or 0) for t in header.tensors)
    missing = tuple(p.name for p in missing_parts(parts)) if parts is not None else ()
    return _Header(needed=needed if needed > size else None, missing=missing)


def _layout(relative: tuple[str, ...]) -> tuple[str | None, str | None]:
    if len(relative) < 3:
        return None, None
    return f"{relative[0]}/{relative[1]}", "/".join(relative[2:])


def _hub_trees(
    repos: list[str],
    *,
    endpoint: str | None,
    token: str | bool | None,
    timeout_s: float,
    deadline_s: float,
    cancel: threading.Event | None,
) -> tuple[dict[str, dict[str, tuple[int | None, str | None]] | str], list[CatalogProblem], bool]:
    """repo → {path: (size, sha256)} or the reason it was not checked; the problems; whether we were offline. A file
    the Hub lists without a usable size (none, negative, not a number) has size None: it cannot be compared."""
    from advisor.core.catalog import hub
    from advisor.core.catalog.filenames import group_files, joined_name
    from advisor.core.catalog.hub_http import problem_from_exception, request_timeout

    trees: dict[str, dict[str, tuple[int | None, str | None]] | str] = {}
    problems: list[CatalogProblem] = []
    offline = False
    stop_at = time.monotonic() + deadline_s
    api = hub.make_api(endpoint, token)
    for repo_id in repos:
        if offline:
            trees[repo_id] = "offline"
            continue
        if time.monotonic() >= stop_at:
            trees[repo_id] = "deadline"
            continue
        if cancel is not None and cancel.is_set():
            raise _Cancelled
        unsized: list[str] = []
        try:
            with request_timeout(min(timeout_s, max(0.5, stop_at - time.monotonic()))):
                entries = hub.repo_files(api, repo_id, unsized=unsized)
        except Exception as exc:
            problem = problem_from_exception(exc, repo_id, endpoint=endpoint)
            if problem.code == "offline":
                offline = True
                trees[repo_id] = "offline"
                problems.append(problem)
            elif problem.code == "repo_not_found":
                trees[repo_id] = "repo_not_found"
            else:
                trees[repo_id] = "hub_error"
                problems.append(problem)
            continue
        files: dict[str, tuple[int | None, str | None]] = {path: (None, None) for path in unsized}
        files.update((path, (size, sha)) for path, size, sha in entries)
        for model in group_files(entries):
            if model.needs_join:  # `.partXofY` parts were joined into one file here: compare the sum of sizes
                files.setdefault(joined_name(model), (model.size_bytes, None))
        trees[repo_id] = files
    return trees, problems, offline


def verify_models(
    models_dir: str | os.PathLike[str] | None = None,
    *,
    home: Path | None = None,
    hash_files: bool = True,
    offline: bool = False,
    endpoint: str | None = None,
    token: str | bool | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    hub_deadline_s: float = HUB_DEADLINE_S,
    progress: VerifyProgress | None = None,
    cancel: threading.Event | None = None,
) -> VerifyResult:
    """Check every GGUF file in LM Studio's models folder (or `models_dir`); never raises for Hub errors."""
    from advisor.core.hardware.lmstudio import list_gguf

    folder = _models_folder(models_dir, home)
    if folder is None or not folder.is_dir():
        return VerifyResult(None, (), hash_files, offline)
    folder_s = str(folder)
    local = list_gguf(folder)
    entries = []
    for model in local:
        path = Path(model.path)
        try:  # a named pipe or a link to a device under a .gguf name is no model: reading it would block or never end
            if not stat.S_ISREG(os.stat(path).st_mode):
                continue
        except OSError:
            continue
        parts = path.relative_to(folder).parts
        repo_id, hub_path = _layout(parts)
        entries.append((path, "/".join(parts), model.size_bytes, repo_id, hub_path))

    repos = sorted({e[3] for e in entries if e[3] is not None})
    trees: dict[str, dict[str, tuple[int | None, str | None]] | str] = {}
    problems: list[CatalogProblem] = []
    went_offline = offline
    decided: dict[int, FileCheck] = {}
    try:
        if not offline and repos:
            trees, problems, went_offline = _hub_trees(
                repos, endpoint=endpoint, token=token, timeout_s=timeout_s, deadline_s=hub_deadline_s, cancel=cancel
            )

        # first everything that needs no hashing; then hash the rest with progress
        to_hash: list[tuple[int, FileCheck]] = []
        for i, (path, relative, size, repo_id, hub_path) in enumerate(entries):
            if cancel is not None and cancel.is_set():
                raise _Cancelled
            read = _header(path)
            header_error, needed, missing = read.error, read.needed, read.missing
            base: dict[str, Any] = {
                "path": str(path),
                "relative_path": relative,
                "size_bytes": size,
                "repo_id": repo_id,
                "hub_path": hub_path,
                "header_error": header_error,
                "header_code": read.code,
                "header_reason": read.reason,
                "header_values": read.values,
                "expected_size_bytes": needed,
                "missing_parts": missing,
            }
            local_status = "corrupt" if header_error else ("partial" if needed or missing else "ok")
            tree = trees.get(repo_id) if repo_id else None
            if repo_id is None or hub_path is None:
                reason = "not_hub_layout"
            elif offline:
                reason = "offline"
            elif isinstance(tree, str):
                reason = tree
            elif tree is None:
                reason = "hub_error"
            elif hub_path not in tree:
                reason = "file_not_on_hub"
            elif tree[hub_path][0] is None:
                reason = "hub_size_unknown"
            else:
                reason = None
            if reason is not None:
                decided[i] = FileCheck(status=local_status, hub="not_checked", hub_reason=reason, **base)
                continue
            assert isinstance(tree, dict) and hub_path is not None
            hub_size, hub_sha = tree[hub_path]
            assert hub_size is not None
            with_hub = {**base, "hub_size_bytes": hub_size, "hub_sha256": hub_sha}
            if size < hub_size:
                decided[i] = FileCheck(status="partial", hub="differs", **with_hub)
            elif header_error:
                decided[i] = FileCheck(
                    status="corrupt",
                    hub="differs" if size != hub_size else "not_checked",
                    hub_reason=None if size != hub_size else "corrupt",
                    **with_hub,
                )
            elif size > hub_size:
                decided[i] = FileCheck(status="stale", hub="differs", **with_hub)
            elif hash_files and hub_sha:
                to_hash.append((i, FileCheck(status=local_status, hub="matched", **with_hub)))
            else:
                decided[i] = FileCheck(status=local_status, hub="size_matched", **with_hub)

        total = sum(check.size_bytes for _, check in to_hash)
        done = 0

        def tick(n: int, path: str) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total, path)

        for i, check in to_hash:
            digest = _sha256(Path(check.path), cancel, functools.partial(tick, path=check.path))
            same = digest == check.hub_sha256
            decided[i] = dataclasses.replace(
                check, sha256=digest, status=check.status if same else "stale", hub="matched" if same else "differs"
            )
    except _Cancelled:
        return VerifyResult(
            folder_s,
            tuple(decided[i] for i in sorted(decided)),
            hash_files,
            went_offline,
            cancelled=True,
            hub_problems=tuple(problems),
        )
    return VerifyResult(
        folder_s, tuple(decided[i] for i in sorted(decided)), hash_files, went_offline, hub_problems=tuple(problems)
    )


def _sha256(path: Path, cancel: threading.Event | None, on_bytes: Callable[[int], None]) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            if cancel is not None and cancel.is_set():
                raise _Cancelled
            digest.update(chunk)
            on_bytes(len(chunk))
    if cancel is not None and cancel.is_set():
        raise _Cancelled
    return digest.hexdigest()
