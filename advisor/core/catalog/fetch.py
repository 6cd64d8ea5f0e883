"""`download()`: one GGUF model (every part of a split one) into LM Studio's models folder, verified.

Why it is shaped like this:
- Parts are streamed into a hidden staging folder beside the destination (same disk, so the final move is a
  rename): `<dest>/.llm-advisor-download/<key>/`, where `<key>` is fixed for (repo, file). Each part's bytes go to
  `<part>.partial`, are hashed while they arrive, are checked against the Hub's SHA-256, flushed to disk (fsync),
  and only then renamed into place (`os.replace`, atomic) — the first part last, so LM Studio never sees a model
  whose other parts are missing, and a finished model is never replaced by a half-written one.
- A download that dies (SIGKILL, SIGTERM, power loss, a sleeping laptop, a stalled connection) leaves its staging
  folder behind. The next download of the same file **resumes** it (an HTTP Range request from the bytes already
  there, once the Hub's SHA-256 for that part is still the one recorded); any other download, or `clean_staging()`,
  **removes** the leftovers of other downloads and reports the bytes freed. A staging folder in use is held by an
  exclusive lock (`flock`/`msvcrt.locking`, released by the OS when the process dies), so a live download is never
  cleaned away and two processes never write the same file.
- A cancel, a bad checksum or a refused request removes the staging folder; a stall, a broken connection or a disk
  that filled up meanwhile keeps the bytes already downloaded so the next try (once space is freed) resumes.
- Free disk space is checked before the first byte (a clear refusal instead of a full disk at 97 %): the file's
  size plus DISK_MARGIN_BYTES, and the refusal says both.
- Every request has a deadline: Hub calls `timeout_s`, the byte stream a *stall* deadline (`stall_timeout_s`, no
  byte for that long → problem `stalled`), never a total one (a 40 GB file on a slow line may take hours).
- `.partXofY` / `-split-a` parts (old repos) are joined with the equivalent of `cat` into one `.gguf`.
- Every name from the Hub that becomes a path passes `repo_paths` (a relative path inside the repo; the repo id
  `OWNER/NAME`), and every file written — staging and final — is checked to land inside its folder once symlinks
  are resolved: a hostile mirror naming `../../x.gguf` or `/abs/x.gguf` is refused before anything is written.

Problem codes added here (beyond types.CatalogProblem's): `stalled` (values: file, stall_timeout_s, done_bytes,
total_bytes), `busy` (another process is downloading the same file; values: file) and `unsafe_name` (a repo id or
file name that would not stay inside the models folder; values: file, what "file" or "repo").
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from advisor.core.catalog import hub
from advisor.core.catalog.filenames import group_files, joined_name
from advisor.core.catalog.hub_http import (
    DEFAULT_TIMEOUT_S,
    HubTimeout,
    HubUnreachable,
    page_url,
    problem_from_exception,
    request_timeout,
)
from advisor.core.catalog.repo_paths import UnsafePath, inside, is_repo_id, is_safe_repo_file, repo_folder
from advisor.core.catalog.types import CatalogProblem, DownloadResult, QuantFile
from advisor.core.text import outside_name

ProgressCallback = Callable[[int, int, float, float | None], None]  # done_bytes, total_bytes, rate_bps, eta_s
STAGING_DIR = ".llm-advisor-download"
PARTIAL_SUFFIX = ".partial"
MANIFEST = "download.json"
LOCK_NAME = "lock"
DISK_MARGIN_BYTES = 256 * 2**20  # leave a little room: a disk filled to the last byte breaks other programs
DEFAULT_STALL_TIMEOUT_S = 60.0
LOCK_WAIT_S = 2.0  # a cleaner holds a leftover's lock only while deleting it
_HASH_CHUNK = 8 * 2**20
_STREAM_CHUNK = 2**20
_RECONNECTS = 3  # a connection broken mid-body is resumed this many times (each after new bytes arrived)


class DownloadCancelled(Exception):
    """Raised from the progress hook when the caller sets `cancel`."""


class _Stalled(Exception):
    """No byte arrived for `stall_timeout_s`."""


@dataclass(frozen=True)
class DownloadOutcome(DownloadResult):
    """A DownloadResult that also says what was reused and what was cleaned up."""

    resumed_bytes: int = 0  # bytes kept from an interrupted download of the same file (not fetched again)
    freed_bytes: int = 0  # disk space freed by removing leftovers of other interrupted downloads
    leftovers_removed: int = 0  # how many such leftover staging folders were removed


@dataclass(frozen=True)
class CleanResult:
    """What `clean_staging()` did: leftovers removed (their folders), the bytes that freed, and those in use."""

    freed_bytes: int = 0
    removed: tuple[str, ...] = ()
    in_use: tuple[str, ...] = ()


class _Progress:
    """Bytes done across every part → the caller's callback (rate and time left over this session's bytes)."""

    def __init__(self, total_bytes: int, callback: ProgressCallback | None, cancel: threading.Event | None):
        self.total_bytes = total_bytes
        self.done_bytes = 0
        self._finished_parts_bytes = 0
        self._part_bytes = 0
        self._reused = 0  # bytes that were already on disk: not part of the rate
        self._callback = callback
        self._cancel = cancel
        self._started = time.monotonic()

    def check_cancel(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise DownloadCancelled

    def start_part(self, initial: int) -> None:
        self._part_bytes = initial
        self._reused += initial

    def restart_part(self) -> None:
        """The server ignored our Range: the part's bytes start again from zero."""
        self._reused -= self._part_bytes
        self._part_bytes = 0

    def finish_part(self, size: int) -> None:
        self._finished_parts_bytes += size
        self._part_bytes = 0
        self._report()

    def advance(self, n: int) -> None:
        self._part_bytes += n
        self._report()
        self.check_cancel()

    def _report(self) -> None:
        self.done_bytes = min(self.total_bytes, self._finished_parts_bytes + max(0, self._part_bytes))
        if self._callback is None:
            return
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = max(self.done_bytes - self._reused, 0) / elapsed
        left = self.total_bytes - self.done_bytes
        eta = left / rate if rate > 0 else (0.0 if left <= 0 else None)
        self._callback(self.done_bytes, self.total_bytes, rate, eta)


# ---------------------------------------------------------------------------------------------- locks


class _Lock:
    """An exclusive, non-blocking lock on `<folder>/lock`; the OS drops it when the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            # the folder may have been cleaned between open() and the lock: then this lock guards nothing
            if os.fstat(fd).st_ino != os.stat(self.path).st_ino:
                raise OSError(errno.ESTALE, "lock file replaced")
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            if sys.platform == "win32":  # pragma: no cover
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _lock_job(folder: Path, wait_s: float = LOCK_WAIT_S) -> _Lock | None:
    """Create `folder` and take its lock (retrying for `wait_s` while a cleaner holds it); None when in use."""
    deadline = time.monotonic() + wait_s
    while True:
        folder.mkdir(parents=True, exist_ok=True)
        lock = _Lock(folder / LOCK_NAME)
        with contextlib.suppress(FileNotFoundError):
            if lock.try_acquire():
                return lock
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.05)


# ---------------------------------------------------------------------------------------------- leftovers


def staging_key(repo_id: str, model_path: str) -> str:
    """The staging folder's name for one (repo, file): the same on every run, so a rerun finds its bytes."""
    return hashlib.sha256(f"{repo_id}\n{model_path}".encode()).hexdigest()[:16]


def _tree_bytes(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(root, name)).st_size
    return total


def _remove_tree(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _default_models_root() -> Path:
    from advisor.core.hardware.lmstudio import find_home
    from advisor.core.hardware.lmstudio import models_dir as lm_models_dir

    home = find_home(Path.home())
    return lm_models_dir(home) if home is not None else Path.home() / ".lmstudio" / "models"


def staging_roots(models_dir: str | os.PathLike[str] | None = None) -> list[Path]:
    """Every `.llm-advisor-download` folder under a models folder (publisher/repo/, and the folder itself)."""
    root = Path(models_dir) if models_dir is not None else _default_models_root()
    found = []
    for candidate in (root, *_children(root), *(g for c in _children(root) for g in _children(c))):
        staging = candidate / STAGING_DIR
        if staging.is_dir():
            found.append(staging)
    return found


def _children(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")]
    except OSError:
        return []


def clean_staging(
    models_dir: str | os.PathLike[str] | None = None,
    *,
    roots: Iterable[str | os.PathLike[str]] | None = None,
    keep: Iterable[str] = (),
) -> CleanResult:
    """Remove what interrupted downloads left behind; never touches a download that is still running.

    Scans `roots` (staging folders) when given, else every staging folder under `models_dir` (default: LM Studio's
    models folder). A leftover is a folder inside a staging folder whose lock nobody holds (its process is gone);
    names in `keep` are left alone (the download about to resume them). Cheap: no network, no hashing.
    """
    folders = [Path(r) for r in roots] if roots is not None else staging_roots(models_dir)
    keep = set(keep)
    freed, removed, in_use = 0, [], []
    for staging in folders:
        try:
            jobs = [p for p in staging.iterdir()]
        except OSError:
            continue
        for job in jobs:
            if job.name in keep:
                continue
            if not job.is_dir():  # a stray file (an older version's leftovers)
                with contextlib.suppress(OSError):
                    size = job.lstat().st_size
                    job.unlink()
                    freed += size
                    removed.append(str(job))
                continue
            lock = _Lock(job / LOCK_NAME)
            try:
                got = lock.try_acquire()
            except OSError:
                got = False
            if not got:
                in_use.append(str(job))
                continue
            try:
                size = _tree_bytes(job)
                if sys.platform == "win32":  # pragma: no cover - an open file cannot be deleted there
                    lock.release()
                _remove_tree(job)
            finally:
                lock.release()
            if not job.exists():
                freed += size
                removed.append(str(job))
        with contextlib.suppress(OSError):
            staging.rmdir()  # only when empty
    return CleanResult(freed, tuple(removed), tuple(in_use))


# ---------------------------------------------------------------------------------------------- download


def default_dest_dir(repo_id: str, models_dir: str | None = None) -> Path:
    """`<LM Studio models folder>/<owner>/<repo>`, so LM Studio lists the model at once (UnsafePath for a repo id
    that is not `OWNER/NAME` by the Hub's rule)."""
    return repo_folder(models_dir if models_dir is not None else _default_models_root(), repo_id)


def _free_bytes(path: Path) -> int | None:
    from advisor.core.hardware.lmstudio import free_bytes

    return free_bytes(path)


def sha256_of(
    path: Path, check_cancel: Callable[[], None] | None = None, on_bytes: Callable[[int], None] | None = None
) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            digest.update(chunk)
            if on_bytes is not None:
                on_bytes(len(chunk))
            if check_cancel is not None:
                check_cancel()
    return digest.hexdigest()


def _find(files: list[QuantFile], filename: str) -> QuantFile | None:
    for f in files:
        if filename in f.parts or filename == joined_name(f):
            return f
    return None


def _partial_path(job: Path, part: str) -> Path:
    return inside(job / "parts", part + PARTIAL_SUFFIX)


def _resume_state(
    job: Path, repo_id: str, model: QuantFile, sizes: dict[str, int], hashes: dict[str, str | None]
) -> int:
    """Keep the partial parts an earlier run left that are still good to resume; drop the rest. Bytes kept."""
    try:
        old = json.loads((job / MANIFEST).read_text(encoding="utf-8"))
        old_parts = old.get("parts", {}) if isinstance(old, dict) and old.get("repo_id") == repo_id else {}
    except (OSError, ValueError):
        old_parts = {}
    kept = 0
    for part in model.parts:
        partial = _partial_path(job, part)
        if not partial.exists():
            continue
        recorded = old_parts.get(part) if isinstance(old_parts, dict) else None
        sha = hashes.get(part)
        size = partial.stat().st_size
        # only bytes of the very same file (same SHA-256 on the Hub) are worth keeping; no hash → no proof
        if not isinstance(recorded, dict) or not sha or recorded.get("sha256") != sha or size > sizes.get(part, 0):
            partial.unlink(missing_ok=True)
            continue
        kept += size
    manifest = {
        "repo_id": repo_id,
        "file": model.path,
        "started_at": time.time(),
        "pid": os.getpid(),
        "parts": {p: {"size": sizes.get(p), "sha256": hashes.get(p)} for p in model.parts},
    }
    tmp = job / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest), encoding="utf-8")
    os.replace(tmp, job / MANIFEST)
    return kept


def download(
    repo_id: str,
    filename: str,
    *,
    dest_dir: str | None = None,
    models_dir: str | None = None,
    endpoint: str | None = None,
    token: str | bool | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    stall_timeout_s: float = DEFAULT_STALL_TIMEOUT_S,
    free_bytes: Callable[[Path], int | None] = _free_bytes,
) -> DownloadOutcome:
    """Fetch `filename` (any part of a split model brings every part) from `repo_id`; never raises for Hub errors.

    Resumes an interrupted download of the same file, removes the leftovers of other interrupted downloads (in
    `dest`'s staging folder and, with the default destination, every staging folder of the models folder), and
    says so in `resumed_bytes` / `freed_bytes` / `leftovers_removed`.
    """
    started = time.monotonic()
    unsafe = _unsafe_request(repo_id, filename)
    if unsafe is not None:  # refused before any request, folder or byte
        return DownloadOutcome(repo_id, filename, dest_dir or "", problem=unsafe)
    dest = Path(dest_dir) if dest_dir else default_dest_dir(repo_id, models_dir)
    cleaned = CleanResult()
    resumed = 0

    def result(**fields: Any) -> DownloadOutcome:
        return DownloadOutcome(
            repo_id,
            filename,
            str(dest),
            seconds=time.monotonic() - started,
            resumed_bytes=resumed,
            freed_bytes=cleaned.freed_bytes,
            leftovers_removed=len(cleaned.removed),
            **fields,
        )

    def failed(problem: CatalogProblem) -> DownloadOutcome:
        return result(problem=problem)

    try:
        api = hub.make_api(endpoint, token)
        with request_timeout(timeout_s):
            entries = hub.repo_files(api, repo_id)
    except Exception as exc:
        with contextlib.suppress(OSError):
            cleaned = _clean_for(dest, dest_dir, models_dir, keep=())
        return failed(_problem(exc, repo_id, filename, endpoint, token))
    model = _find(group_files(entries), filename)
    if model is None:
        with contextlib.suppress(OSError):
            cleaned = _clean_for(dest, dest_dir, models_dir, keep=())
        return failed(CatalogProblem("file_not_found", repo_id, {"file": filename}))
    sizes = {path: size for path, size, _ in entries}
    hashes = {path: sha for path, _, sha in entries}
    try:  # every name is checked where it enters (hub.repo_files); here the paths are checked once more, resolved
        final_paths = [inside(dest, joined_name(model))] if model.needs_join else [inside(dest, p) for p in model.parts]
    except UnsafePath as exc:
        return failed(_unsafe_problem(repo_id, exc.name, "file"))
    done_result = {"paths": tuple(str(p) for p in final_paths), "size_bytes": model.size_bytes}

    key = staging_key(repo_id, model.path)
    staging = dest / STAGING_DIR
    job = staging / key
    # the folders this download creates (models/owner/repo): removed again if nothing is kept in them
    created = [d for d in (dest, dest.parent) if not d.exists()]
    try:
        lock = _lock_job(job)
    except OSError as exc:
        _remove_empty(created)
        return failed(_where(_problem(exc, repo_id, filename, endpoint, token), dest))
    if lock is None:
        _remove_empty(created)
        return failed(CatalogProblem("busy", repo_id, {"file": filename}))
    keep_job = False
    try:
        cleaned = _clean_for(dest, dest_dir, models_dir, keep=(key,))
        # checked under the lock: a download of the same file that just finished elsewhere is not redone
        if _already_there(final_paths, model, sizes, hashes):
            return result(verified=True, **done_result)
        resumed = _resume_state(job, repo_id, model, sizes, hashes)

        file_bytes = _space_for(model, resumed)
        needed = file_bytes + DISK_MARGIN_BYTES
        free = free_bytes(dest)
        if free is not None and free < needed:
            return failed(
                CatalogProblem(
                    "disk_full",
                    repo_id,
                    {
                        "file": filename,
                        "needed_bytes": needed,
                        "file_bytes": file_bytes,
                        "margin_bytes": DISK_MARGIN_BYTES,
                        "free_bytes": free,
                        "dest": str(dest),
                    },
                )
            )

        sink = _Progress(model.size_bytes, progress, cancel)
        from huggingface_hub import hf_hub_url
        from huggingface_hub.utils import build_hf_headers

        headers = build_hf_headers(token=token, library_name="local-llm-advisor")
        for part in model.parts:
            sink.check_cancel()
            partial = _partial_path(job, part)
            partial.parent.mkdir(parents=True, exist_ok=True)
            url = hf_hub_url(repo_id, part, endpoint=endpoint)
            expected = hashes.get(part)
            try:
                actual, size = _fetch_part(url, headers, partial, sizes.get(part), sink, timeout_s, stall_timeout_s)
            except (_Stalled, HubTimeout, HubUnreachable, ConnectionError) as exc:
                keep_job = _has_bytes(job)  # the bytes so far are good: the next run resumes from them
                if isinstance(exc, _Stalled | HubTimeout):
                    return failed(
                        CatalogProblem(
                            "stalled",
                            repo_id,
                            {
                                "file": part,
                                "stall_timeout_s": stall_timeout_s,
                                "done_bytes": sink.done_bytes,
                                "total_bytes": model.size_bytes,
                            },
                        )
                    )
                raise
            if expected is not None and actual != expected:
                return failed(
                    CatalogProblem("checksum_mismatch", repo_id, {"file": part, "expected": expected, "actual": actual})
                )
            if part in sizes and size != sizes[part]:
                return failed(
                    CatalogProblem(
                        "checksum_mismatch", repo_id, {"file": part, "expected_size": sizes[part], "actual_size": size}
                    )
                )
            sink.finish_part(size)
        _place(model, job, dest)
    except DownloadCancelled:
        return failed(CatalogProblem("cancelled", repo_id, {"file": filename}))
    except Exception as exc:
        problem = _where(_problem(exc, repo_id, filename, endpoint, token), dest)
        if problem.code in ("offline", "timeout", "server_error", "rate_limited", "disk_full"):
            keep_job = _has_bytes(job)  # a full disk too: once space is freed, the same download resumes
        if problem.code == "disk_full":
            kept = _partial_bytes(job) if keep_job else 0
            left = _space_for(model, kept)
            values = {
                **problem.values,
                "during": True,  # the disk filled up after the check: another program wrote to it meanwhile
                "done_bytes": kept,
                "total_bytes": model.size_bytes,
                "needed_bytes": left + DISK_MARGIN_BYTES,
                "file_bytes": left,
                "margin_bytes": DISK_MARGIN_BYTES,
            }
            with contextlib.suppress(OSError):
                free = free_bytes(dest)
                if free is not None:
                    values["free_bytes"] = free
            problem = CatalogProblem(problem.code, problem.repo_id, values)
        return failed(problem)
    except BaseException:  # Ctrl-C, or SIGTERM turned into KeyboardInterrupt: the bytes so far stay resumable
        keep_job = _has_bytes(job)
        raise
    finally:
        if not keep_job:
            if sys.platform == "win32":  # pragma: no cover
                lock.release()
            _remove_tree(job)
        lock.release()
        with contextlib.suppress(OSError):
            staging.rmdir()  # only when no other download is using it
        _remove_empty(created)  # a failed or cancelled first download leaves no empty owner/repo folders
    verified = all(hashes.get(p) for p in model.parts)
    return result(verified=verified, **done_result)


def _unsafe_problem(repo_id: str, name: str, what: str) -> CatalogProblem:
    shown = outside_name(name)  # shown in a sentence: printable and bounded
    return CatalogProblem("unsafe_name", outside_name(repo_id), {"file": shown, "what": what})


def _unsafe_request(repo_id: str, filename: str) -> CatalogProblem | None:
    """The problem `unsafe_name` when the repo id or the file name asked for could not stay inside the models folder
    (repo_paths); None when both are fine."""
    if not is_repo_id(repo_id):
        return _unsafe_problem(repo_id, repo_id, "repo")
    if not is_safe_repo_file(filename):
        return _unsafe_problem(repo_id, filename, "file")
    return None


def _remove_empty(folders: Iterable[Path]) -> None:
    """Remove each folder (deepest first) that is empty: one that holds anything, a model or kept bytes, stays."""
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()


def _space_for(model: QuantFile, kept_bytes: int) -> int:
    """The disk space the rest of a download takes: the bytes still to come, and a whole second copy to join parts."""
    return model.size_bytes - kept_bytes + (model.size_bytes if model.needs_join else 0)


def _where(problem: CatalogProblem, dest: Path) -> CatalogProblem:
    """A disk problem names the folder it happened in (the sentence says where to free space or look)."""
    if problem.code in ("disk_full", "write_failed") and "dest" not in problem.values:
        return CatalogProblem(problem.code, problem.repo_id, {**problem.values, "dest": str(dest)})
    return problem


def _partial_bytes(job: Path) -> int:
    parts = job / "parts"
    if not parts.is_dir():
        return 0
    return sum(p.stat().st_size for p in parts.rglob("*" + PARTIAL_SUFFIX) if p.is_file())


def _has_bytes(job: Path) -> bool:
    parts = job / "parts"
    return parts.is_dir() and any(p.is_file() and p.stat().st_size > 0 for p in parts.rglob("*" + PARTIAL_SUFFIX))


def _clean_for(dest: Path, dest_dir: str | None, models_dir: str | None, keep: Iterable[str]) -> CleanResult:
    roots = {dest / STAGING_DIR}
    if dest_dir is None:  # the default destination: the whole models folder is ours to tidy
        roots.update(staging_roots(models_dir))
    return clean_staging(roots=sorted(roots), keep=keep)


def _range_start(content_range: str | None) -> int | None:
    """The first byte of a 206 answer ("bytes 1048576-2097151/3145728" → 1048576), or None."""
    m = re.match(r"\s*bytes\s+(\d+)-", content_range or "")
    return int(m.group(1)) if m else None


def _open_stream(
    url: str, headers: dict[str, str], start: int, timeout_s: float, stall_timeout_s: float
) -> contextlib.AbstractContextManager[Any]:
    from huggingface_hub.utils import get_session

    from advisor.core.catalog.hub_http import httpx

    request_headers = dict(headers)
    if start > 0:
        request_headers["Range"] = f"bytes={start}-"
    timeout = httpx.Timeout(timeout_s, read=stall_timeout_s)
    return get_session().stream("GET", url, headers=request_headers, timeout=timeout, follow_redirects=True)


def _fetch_part(
    url: str,
    headers: dict[str, str],
    partial: Path,
    expected_size: int | None,
    sink: _Progress,
    timeout_s: float,
    stall_timeout_s: float,
) -> tuple[str, int]:
    """Stream one part into `partial` (appending to the bytes already there), hashing as it goes; fsync'd.

    Returns (sha256 hex, size). Raises _Stalled when no byte arrives for `stall_timeout_s`.
    """
    from huggingface_hub.utils import hf_raise_for_status

    from advisor.core.catalog.hub_http import httpx

    digest = hashlib.sha256()
    have = 0
    if partial.exists():  # resuming: the bytes already there count towards the hash
        have = partial.stat().st_size
        if expected_size is not None and have > expected_size:
            partial.unlink()
            have = 0
        else:
            with partial.open("rb") as fh:
                while chunk := fh.read(_HASH_CHUNK):
                    digest.update(chunk)
                    sink.check_cancel()
    sink.start_part(have)
    reconnects = _RECONNECTS
    with partial.open("ab") as out:
        while expected_size is None or have < expected_size:
            got_bytes = False
            try:
                with _open_stream(url, headers, have, timeout_s, stall_timeout_s) as response:
                    if response.status_code == 416 and have > 0:  # we already have every byte
                        break
                    if response.status_code >= 400:
                        response.read()
                        hf_raise_for_status(response)
                    # the server ignored our Range, or answered a range that does not start where ours ends: the
                    # bytes would not line up, so start this part over rather than append and fail the checksum
                    if have > 0 and (
                        response.status_code != 206 or _range_start(response.headers.get("content-range")) != have
                    ):
                        out.seek(0)
                        out.truncate()
                        digest = hashlib.sha256()
                        sink.restart_part()
                        have = 0
                    for chunk in response.iter_bytes(_STREAM_CHUNK):
                        if not chunk:
                            continue
                        out.write(chunk)
                        digest.update(chunk)
                        have += len(chunk)
                        got_bytes = True
                        if expected_size is not None and have > expected_size:
                            raise OSError(errno.EIO, f"the server sent more than the {expected_size} bytes announced")
                        sink.advance(len(chunk))
            except (httpx.ReadTimeout, HubTimeout) as exc:
                out.flush()
                raise _Stalled from exc
            except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
                out.flush()
                reconnects = _RECONNECTS if got_bytes else reconnects - 1
                if reconnects <= 0:
                    raise ConnectionError(f"the connection broke: {exc}") from exc
                continue
            if expected_size is None:
                break
            if have < expected_size and not got_bytes:
                raise ConnectionError("the server ended the file early")
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest(), have


def _problem(
    exc: BaseException, repo_id: str, filename: str, endpoint: str | None, token: str | bool | None
) -> CatalogProblem:
    if isinstance(exc, ConnectionError) and not isinstance(exc, HubUnreachable):
        return CatalogProblem("offline", repo_id, {"file": filename, "detail": str(exc)})
    if isinstance(exc, UnsafePath):
        return _unsafe_problem(repo_id, exc.name, exc.kind)
    problem = problem_from_exception(exc, repo_id, filename=filename, endpoint=endpoint)
    if problem.code in ("gated", "unauthorized"):
        from huggingface_hub import get_token

        has_token = bool(token) if token is not None else get_token() is not None
        return CatalogProblem(
            problem.code, repo_id, {**problem.values, "url": page_url(repo_id, endpoint), "has_token": has_token}
        )
    return problem


def _already_there(final_paths: list[Path], model: QuantFile, sizes: dict[str, int], hashes: dict[str, Any]) -> bool:
    """The model is in place already with the Hub's size and SHA-256 (a re-run costs a hash, not a download)."""
    if model.needs_join:
        return False  # joined files have no Hub hash to compare with; a size match alone is not proof
    for path, part in zip(final_paths, model.parts, strict=True):
        if not path.is_file() or path.stat().st_size != sizes.get(part) or not hashes.get(part):
            return False
        if sha256_of(path) != hashes[part]:
            return False
    return True


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - directories cannot be opened there
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _place(model: QuantFile, job: Path, dest: Path) -> None:
    """Verified parts → their final names (joined when needed) by atomic rename; the first part arrives last."""
    if model.needs_join:
        target = inside(dest, joined_name(model))
        joined = job / (Path(joined_name(model)).name + ".joining")
        try:
            with joined.open("wb") as out:
                for part in model.parts:
                    with _partial_path(job, part).open("rb") as src:
                        shutil.copyfileobj(src, out, 16 * 2**20)
                out.flush()
                os.fsync(out.fileno())
        except OSError:  # a full disk while joining: the verified parts stay, the half-joined copy goes
            joined.unlink(missing_ok=True)
            raise
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(joined, target)
        _fsync_dir(target.parent)
        return
    for part in reversed(model.parts):
        target = inside(dest, part)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(_partial_path(job, part), target)
        _fsync_dir(target.parent)


def iter_partials(job: Path) -> Iterator[Path]:
    """The partial files in a staging folder (for tests and diagnostics)."""
    parts = job / "parts"
    return iter(sorted(parts.rglob("*" + PARTIAL_SUFFIX))) if parts.is_dir() else iter(())
