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
  `OWNER/NAME`), and every final file is checked to land inside its folder once symlinks are resolved: a hostile
  mirror naming `../../x.gguf` or `/abs/x.gguf` is refused before anything is written. Staging names are this
  program's own (`<key>/parts/<16 hex digits>.partial`: no Hub name in them, so any name a listing offers fits the
  disk), and a link found where a staging folder or file goes (`.llm-advisor-download`, a job, `parts`, a
  `.partial`, the lock, the manifest) is removed — the link, never what it points to — and files are opened with
  O_NOFOLLOW: nothing is staged, grown or deleted outside the folder.
- The cleaner deletes only what this program writes: job folders named as it names them, and inside them only its
  own files (`_OWN_FILE`); links are removed themselves, never followed (folder-relative calls where the OS has
  them), and publisher or repo folders that link out of the models folder are not entered.

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
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from advisor.core.catalog import hub
from advisor.core.catalog.filenames import group_files, is_gguf, joined_name
from advisor.core.catalog.hub_http import (
    DEFAULT_TIMEOUT_S,
    HubTimeout,
    HubUnreachable,
    page_url,
    problem_from_exception,
    request_timeout,
)
from advisor.core.catalog.repo_paths import (
    MAX_PART_BYTES,
    MAX_REPO_FILE_CHARS,
    UnsafePath,
    file_refusal,
    inside,
    is_repo_id,
    repo_folder,
)
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
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # a staging file that is a link is never opened through (not on Windows)
_BINARY = getattr(os, "O_BINARY", 0)
_REPARSE_POINT = 0x400  # Windows: FILE_ATTRIBUTE_REPARSE_POINT, a junction or a link
# What the cleaner may delete: job folders named as staging_key() names them (16 hex digits) or as version 0.1.0
# did (12), and inside them only the files this program writes there (a lock, the manifest, `.partial` and
# `.joining` files; 0.1.0's huggingface_hub `.incomplete`/`.lock`/`.metadata` files and model parts). Anything
# else is left where it is, and a link is removed (the link itself), never followed.
_JOB_NAME = re.compile(r"[0-9a-f]{12}|[0-9a-f]{16}")
_OWN_FILE = re.compile(
    rf"{LOCK_NAME}|{re.escape(MANIFEST)}(?:\.tmp)?|\.gitignore|.+\.(?:partial|joining|incomplete|metadata|lock)",
    re.IGNORECASE,
)
_MAX_DEPTH = 12  # folders inside a job folder (0.1.0's `.cache/huggingface/download/<repo folders>`)
_MAX_MANIFEST_BYTES = 2**20


class DownloadCancelled(Exception):
    """Raised from the progress hook when the caller sets `cancel`."""


class _Stalled(Exception):
    """No byte arrived for `stall_timeout_s`."""


class _TooMuchData(Exception):
    """The server sent more bytes than the file's listed size: what it sends is not that file (not a disk fault)."""


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
        if _is_link(self.path):  # a planted link: removed, never opened through
            _unlink_link(self.path)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o666)
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
    """Create the job folder `<dest>/.llm-advisor-download/<key>` and take its lock (retrying for `wait_s` while a
    cleaner holds it); None when in use. The staging folder and the job folder are made real folders: a link in
    their place is removed (never followed), so nothing is staged outside `<dest>`."""
    deadline = time.monotonic() + wait_s
    while True:
        folder.parent.parent.mkdir(parents=True, exist_ok=True)
        _own_folder(_own_folder(folder.parent.parent, folder.parent.name), folder.name)
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


def _is_link(path: str | os.PathLike[str]) -> bool:
    """Whether `path` is a symbolic link (or, on Windows, a junction): something to remove, never to enter."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISLNK(st.st_mode) or bool(getattr(st, "st_file_attributes", 0) & _REPARSE_POINT)


def _unlink_link(path: str | os.PathLike[str], dir_fd: int | None = None) -> None:
    """Remove a link itself (what it points to is untouched); a Windows folder link or junction needs rmdir."""
    try:
        os.unlink(path, dir_fd=dir_fd)
    except (IsADirectoryError, PermissionError):  # pragma: no cover - Windows folder links
        os.rmdir(path, dir_fd=dir_fd)


def _own_folder(parent: Path, name: str) -> Path:
    """`parent/name` as a real folder (made when missing); a link of that name is removed first, never followed."""
    path = parent / name
    if _is_link(path):
        _unlink_link(path)
    path.mkdir(exist_ok=True)
    if _is_link(path) or not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path))
    return path


def _is_own_file(name: str) -> bool:
    return _OWN_FILE.fullmatch(name) is not None or is_gguf(name)


_AT_FDS = os.unlink in os.supports_dir_fd and os.open in os.supports_dir_fd and os.scandir in os.supports_fd


def _remove_own(folder: Path) -> tuple[int, bool]:
    """Delete what this program wrote in a job folder, never following a link: (bytes freed, whether the folder is
    gone). Links are removed themselves; files not named as this program names them stay (and so does the folder).
    Where the OS allows, every step is relative to an open folder (no link swapped in meanwhile is followed)."""
    if _is_link(folder):
        with contextlib.suppress(OSError):
            _unlink_link(folder)
        return 0, not _is_link(folder)
    if not _AT_FDS:  # pragma: no cover - Windows; tested by forcing _AT_FDS off
        return _remove_own_paths(folder, 0)
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _NOFOLLOW)
    except OSError:
        return 0, False
    try:
        freed, empty = _remove_own_at(fd, 0)
    finally:
        os.close(fd)
    if empty:
        with contextlib.suppress(OSError):
            os.rmdir(folder)
    return freed, not os.path.lexists(folder)


def _remove_own_at(dir_fd: int, depth: int) -> tuple[int, bool]:
    """_remove_own inside the folder open as `dir_fd`: (bytes freed, whether it is empty now)."""
    freed, left = 0, False
    try:
        with os.scandir(dir_fd) as it:
            names = [entry.name for entry in it]
    except OSError:
        return 0, False
    for name in names:
        try:
            st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
            if stat.S_ISLNK(st.st_mode):
                os.unlink(name, dir_fd=dir_fd)
            elif stat.S_ISDIR(st.st_mode) and depth < _MAX_DEPTH:
                sub = os.open(name, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _NOFOLLOW, dir_fd=dir_fd)
                try:
                    sub_freed, empty = _remove_own_at(sub, depth + 1)
                finally:
                    os.close(sub)
                freed += sub_freed
                if empty:
                    os.rmdir(name, dir_fd=dir_fd)
                else:
                    left = True
            elif stat.S_ISREG(st.st_mode) and _is_own_file(name):
                os.unlink(name, dir_fd=dir_fd)
                freed += st.st_size
            else:
                left = True
        except OSError:
            left = True
    return freed, not left


def _remove_own_paths(folder: Path, depth: int) -> tuple[int, bool]:
    """_remove_own by paths (where the OS has no `dir_fd`): each entry lstat'ed just before it is touched."""
    freed, left = 0, False
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return 0, False
    for path in entries:
        try:
            st = os.lstat(path)
            if _is_link(path):
                _unlink_link(path)
            elif stat.S_ISDIR(st.st_mode) and depth < _MAX_DEPTH:
                sub_freed, gone = _remove_own_paths(path, depth + 1)
                freed += sub_freed
                left = left or not gone
            elif stat.S_ISREG(st.st_mode) and _is_own_file(path.name):
                path.unlink()
                freed += st.st_size
            else:
                left = True
        except OSError:
            left = True
    if not left:
        with contextlib.suppress(OSError):
            folder.rmdir()
    return freed, not os.path.lexists(folder)


def _default_models_root() -> Path:
    from advisor.core.hardware.lmstudio import find_home
    from advisor.core.hardware.lmstudio import models_dir as lm_models_dir

    home = find_home(Path.home())
    return lm_models_dir(home) if home is not None else Path.home() / ".lmstudio" / "models"


def staging_roots(models_dir: str | os.PathLike[str] | None = None) -> list[Path]:
    """Every `.llm-advisor-download` under a models folder (the folder itself, publisher/ and publisher/repo/).

    A publisher or repo folder that is a link is not entered (it leads out of the models folder), and every
    candidate is checked to lie inside the models folder once symlinks are resolved. A staging folder that is itself
    a link is listed so that `clean_staging` removes the link (never what it points to)."""
    root = Path(models_dir) if models_dir is not None else _default_models_root()
    try:
        real_root = root.resolve()
    except (OSError, RuntimeError):
        return []
    found = []
    for candidate in (root, *_children(root), *(g for c in _children(root) for g in _children(c))):
        staging = candidate / STAGING_DIR
        try:
            st = os.lstat(staging)
            inside_root = candidate.resolve().is_relative_to(real_root)
        except (OSError, RuntimeError):
            continue
        if inside_root and (stat.S_ISDIR(st.st_mode) or _is_link(staging)):
            found.append(staging)
    return found


def _children(folder: Path) -> list[Path]:
    """The real sub-folders of `folder` (a link to a folder is not one), hidden ones left out."""
    try:
        with os.scandir(folder) as it:
            return [
                Path(e.path)
                for e in it
                if not e.name.startswith(".") and e.is_dir(follow_symlinks=False) and not _is_link(e.path)
            ]
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
    models folder). A leftover is a job folder inside a staging folder whose lock nobody holds (its process is
    gone); names in `keep` are left alone (the download about to resume them). Only what this program writes is
    deleted (`_JOB_NAME`, `_OWN_FILE`); a staging folder, job or file that is a link is removed as a link, never
    followed, so nothing outside the staging folder is ever touched. Cheap: no network, no hashing.
    """
    folders = [Path(r) for r in roots] if roots is not None else staging_roots(models_dir)
    keep = set(keep)
    freed, removed, in_use = 0, [], []
    for staging in folders:
        if _is_link(staging):  # a link where the staging folder goes: the link goes, its target stays untouched
            with contextlib.suppress(OSError):
                _unlink_link(staging)
            continue
        try:
            with os.scandir(staging) as it:
                jobs = [(entry.name, entry.is_dir(follow_symlinks=False)) for entry in it]
        except OSError:
            continue
        for name, is_dir in jobs:
            job = staging / name
            if name in keep:
                continue
            if _is_link(job):
                with contextlib.suppress(OSError):
                    _unlink_link(job)
                continue
            if not is_dir or _JOB_NAME.fullmatch(name) is None:  # not a job folder of ours: left alone
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
                if sys.platform == "win32":  # pragma: no cover - an open file cannot be deleted there
                    lock.release()
                size, gone = _remove_own(job)
            finally:
                lock.release()
            freed += size
            if gone:
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
    """Where one part's bytes are staged: `<job>/parts/<16 hex digits>.partial`, a name of this program's own (no
    Hub name or folder in it: as short as any file system takes, and no folder on the way but `parts`)."""
    return job / "parts" / (hashlib.sha256(part.encode()).hexdigest()[:16] + PARTIAL_SUFFIX)


def _open_staged(path: Path, *, truncate: bool = False) -> BinaryIO:
    """Open (create) a staging file for reading and writing, never through a link: a link in its place is removed
    first, O_NOFOLLOW refuses one that appears meanwhile, and anything but a plain file is refused (EISDIR...)."""
    if _is_link(path):
        _unlink_link(path)
    flags = os.O_RDWR | os.O_CREAT | _NOFOLLOW | _BINARY | (os.O_TRUNC if truncate else 0)
    fd = os.open(path, flags, 0o666)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a plain file", str(path))
        return os.fdopen(fd, "r+b")
    except BaseException:
        os.close(fd)
        raise


def _clear_way(path: Path) -> None:
    """Make room for a staging file at `path`: a link there is removed (the link); a folder there (this program never
    makes one) loses the files this program names, and is moved aside in the job folder, never deleted, if anything
    else is left in it."""
    if _is_link(path):
        _unlink_link(path)
    elif path.is_dir():
        _, gone = _remove_own(path)
        if not gone:
            os.replace(path, path.with_name(f"{path.name}.set-aside-{time.time_ns()}"))


def _read_manifest(job: Path) -> dict[str, Any]:
    """The manifest an earlier run wrote ({} when missing, a link, too large or damaged)."""
    path = job / MANIFEST
    try:
        # O_NONBLOCK: a pipe in its place opens without waiting for a writer (it blocked the download for ever),
        # then is no regular file
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return {}
    try:
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return {}
            data = fh.read(_MAX_MANIFEST_BYTES + 1)
    except OSError:
        return {}
    try:
        old = json.loads(data) if len(data) <= _MAX_MANIFEST_BYTES else None
    except ValueError:
        return {}
    return old if isinstance(old, dict) else {}


def _resume_state(
    job: Path, repo_id: str, model: QuantFile, sizes: dict[str, int], hashes: dict[str, str | None]
) -> int:
    """Keep the partial parts an earlier run left that are still good to resume; drop the rest. Bytes kept."""
    _own_folder(job, "parts")  # before any partial is looked at: a `parts` that is a link is removed, not entered
    old = _read_manifest(job)
    old_parts = old.get("parts", {}) if old.get("repo_id") == repo_id else {}
    kept = 0
    for part in model.parts:
        partial = _partial_path(job, part)
        _clear_way(partial)  # a link or a folder in its place: never resumed through, never followed
        try:
            st = os.lstat(partial)
        except OSError:
            continue
        recorded = old_parts.get(part) if isinstance(old_parts, dict) else None
        sha = hashes.get(part)
        size = st.st_size
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
    with _open_staged(tmp, truncate=True) as out:
        out.write(json.dumps(manifest).encode("utf-8"))
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

    unsized: list[str] = []  # files the tree lists without a usable size: never downloaded
    try:
        api = hub.make_api(endpoint, token)
        with request_timeout(timeout_s):
            entries = hub.repo_files(api, repo_id, unsized=unsized)
    except Exception as exc:
        with contextlib.suppress(OSError):
            cleaned = _clean_for(dest, dest_dir, models_dir, keep=())
        return failed(_problem(exc, repo_id, filename, endpoint, token))
    model = _find(group_files(entries), filename)
    if model is None:
        with contextlib.suppress(OSError):
            cleaned = _clean_for(dest, dest_dir, models_dir, keep=())
        code = "unsized_file" if filename in unsized else "file_not_found"
        return failed(CatalogProblem(code, repo_id, {"file": filename}))
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
            _own_folder(job, partial.parent.name)
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
            except _TooMuchData:  # the bytes are not that file: the staging folder is removed, as for a bad SHA-256
                return failed(
                    CatalogProblem("too_much_data", repo_id, {"file": part, "expected_bytes": sizes.get(part)})
                )
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
            _remove_own(job)
        lock.release()
        with contextlib.suppress(OSError):
            staging.rmdir()  # only when no other download is using it
        _remove_empty(created)  # a failed or cancelled first download leaves no empty owner/repo folders
    verified = all(hashes.get(p) for p in model.parts)
    return result(verified=verified, **done_result)


def _unsafe_problem(repo_id: str, name: str, what: str) -> CatalogProblem:
    shown = outside_name(name)  # shown in a sentence: printable and bounded
    values: dict[str, Any] = {"file": shown, "what": what}
    if what == "long":  # the limits the sentence states
        values.update(part_bytes=MAX_PART_BYTES, chars=MAX_REPO_FILE_CHARS)
    return CatalogProblem("unsafe_name", outside_name(repo_id), values)


def _unsafe_request(repo_id: str, filename: str) -> CatalogProblem | None:
    """The problem `unsafe_name` when the repo id or the file name asked for could not stay inside the models folder
    (repo_paths); None when both are fine."""
    if not is_repo_id(repo_id):
        return _unsafe_problem(repo_id, repo_id, "repo")
    refusal = file_refusal(filename)
    if refusal is not None:  # "long": a name no disk takes, worded as such
        return _unsafe_problem(repo_id, filename, refusal)
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


def _partial_sizes(job: Path) -> list[int]:
    """The sizes of the plain `.partial` files in `<job>/parts` (a link, there or in their place, is not counted)."""
    parts = job / "parts"
    if _is_link(parts):
        return []
    try:
        with os.scandir(parts) as it:
            entries = [e for e in it if e.name.endswith(PARTIAL_SUFFIX)]
        return [e.stat(follow_symlinks=False).st_size for e in entries if e.is_file(follow_symlinks=False)]
    except OSError:
        return []


def _partial_bytes(job: Path) -> int:
    return sum(_partial_sizes(job))


def _has_bytes(job: Path) -> bool:
    return any(size > 0 for size in _partial_sizes(job))


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

    Returns (sha256 hex, size). Raises _Stalled when no byte arrives for `stall_timeout_s`, _TooMuchData when
    more than `expected_size` bytes come.
    """
    from huggingface_hub.utils import hf_raise_for_status

    from advisor.core.catalog.hub_http import httpx

    digest = hashlib.sha256()
    reconnects = _RECONNECTS
    with _open_staged(partial) as out:  # never through a link: the bytes stay in the staging folder
        have = os.fstat(out.fileno()).st_size
        if expected_size is not None and have > expected_size:
            out.truncate(0)
            have = 0
        else:  # resuming: the bytes already there count towards the hash
            while chunk := out.read(_HASH_CHUNK):
                digest.update(chunk)
                sink.check_cancel()
        out.seek(have)
        sink.start_part(have)
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
                            raise _TooMuchData
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
        joined = job / ("model" + ".joining")  # a name of ours, short whatever the model's
        try:
            with _open_staged(joined, truncate=True) as out:
                for part in model.parts:
                    with _open_staged(_partial_path(job, part)) as src:
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
    return iter(sorted(parts.glob("*" + PARTIAL_SUFFIX))) if parts.is_dir() and not _is_link(parts) else iter(())
