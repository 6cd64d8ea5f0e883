"""`download()`: one GGUF model (every part of a split one) into LM Studio's models folder, verified.

Why it is shaped like this:
- Parts go to a hidden staging folder beside the destination (same disk, so the final move is a rename), are
  checked against the Hub's SHA-256, and only then are moved into place — the first part last, so LM Studio never
  sees a model whose other parts are missing. A failed or cancelled download removes the staging folder: nothing
  that looks complete is ever left behind.
- Free disk space is checked before the first byte (a clear refusal instead of a full disk at 97 %).
- Progress and cancellation ride on huggingface_hub's `tqdm_class` hook (called every 10 MiB chunk).
- `.partXofY` / `-split-a` parts (old repos) are joined with the equivalent of `cat` into one `.gguf`.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tqdm import tqdm

from advisor.core.catalog import hub
from advisor.core.catalog.filenames import group_files, joined_name
from advisor.core.catalog.hub_http import DEFAULT_TIMEOUT_S, page_url, problem_from_exception, request_timeout
from advisor.core.catalog.types import CatalogProblem, DownloadResult, QuantFile

ProgressCallback = Callable[[int, int, float, float | None], None]  # done_bytes, total_bytes, rate_bps, eta_s
STAGING_DIR = ".llm-advisor-download"
DISK_MARGIN_BYTES = 256 * 2**20  # leave a little room: a disk filled to the last byte breaks other programs
_HASH_CHUNK = 8 * 2**20


class DownloadCancelled(Exception):
    """Raised from the progress hook when the caller sets `cancel`."""


class _Progress:
    """Bytes done across every part → the caller's callback (rate and time left over the whole download)."""

    def __init__(self, total_bytes: int, callback: ProgressCallback | None, cancel: threading.Event | None):
        self.total_bytes = total_bytes
        self.done_bytes = 0
        self._finished_parts_bytes = 0
        self._part_bytes = 0
        self._callback = callback
        self._cancel = cancel
        self._started = time.monotonic()

    def check_cancel(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise DownloadCancelled

    def start_part(self, initial: int) -> None:
        self._part_bytes = initial

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
        rate = self.done_bytes / elapsed
        eta = (self.total_bytes - self.done_bytes) / rate if rate > 0 else None
        self._callback(self.done_bytes, self.total_bytes, rate, eta)


class _Bar(tqdm):  # type: ignore[misc]
    """A silent tqdm that forwards `update()` to a _Progress (set on a per-download subclass)."""

    sink: _Progress

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.pop("name", None)
        kwargs["disable"] = True
        super().__init__(*args, **kwargs)
        self.sink.start_part(int(kwargs.get("initial") or 0))

    def update(self, n: float | None = 1) -> bool | None:
        self.sink.advance(int(n or 0))
        return None


def default_dest_dir(repo_id: str, models_dir: str | None = None) -> Path:
    """`<LM Studio models folder>/<owner>/<repo>`, so LM Studio lists the model at once."""
    if models_dir is None:
        from advisor.core.hardware.lmstudio import find_home
        from advisor.core.hardware.lmstudio import models_dir as lm_models_dir

        home = find_home(Path.home())
        root = lm_models_dir(home) if home is not None else Path.home() / ".lmstudio" / "models"
    else:
        root = Path(models_dir)
    owner, _, name = repo_id.partition("/")
    return root / owner / name


def _free_bytes(path: Path) -> int | None:
    from advisor.core.hardware.lmstudio import free_bytes

    return free_bytes(path)


def sha256_of(path: Path, check_cancel: Callable[[], None] | None = None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            digest.update(chunk)
            if check_cancel is not None:
                check_cancel()
    return digest.hexdigest()


def _find(files: list[QuantFile], filename: str) -> QuantFile | None:
    for f in files:
        if filename in f.parts or filename == joined_name(f):
            return f
    return None


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
    free_bytes: Callable[[Path], int | None] = _free_bytes,
) -> DownloadResult:
    """Fetch `filename` (any part of a split model brings every part) from `repo_id`; never raises for Hub errors."""
    started = time.monotonic()
    dest = Path(dest_dir) if dest_dir else default_dest_dir(repo_id, models_dir)

    def failed(problem: CatalogProblem, **extra: Any) -> DownloadResult:
        return DownloadResult(
            repo_id, filename, str(dest), seconds=time.monotonic() - started, problem=problem, **extra
        )

    try:
        api = hub.make_api(endpoint, token)
        with request_timeout(timeout_s):
            entries = hub.repo_files(api, repo_id)
    except Exception as exc:
        return failed(_problem(exc, repo_id, filename, endpoint, token))
    model = _find(group_files(entries), filename)
    if model is None:
        return failed(CatalogProblem("file_not_found", repo_id, {"file": filename}))
    sizes = {path: size for path, size, _ in entries}
    hashes = {path: sha for path, _, sha in entries}
    final_paths = [dest / joined_name(model)] if model.needs_join else [dest / p for p in model.parts]

    if _already_there(final_paths, model, sizes, hashes):
        return DownloadResult(
            repo_id, filename, str(dest), tuple(str(p) for p in final_paths), model.size_bytes, True,
            time.monotonic() - started,
        )

    needed = model.size_bytes * (2 if model.needs_join else 1) + DISK_MARGIN_BYTES
    free = free_bytes(dest)
    if free is not None and free < needed:
        return failed(
            CatalogProblem("disk_full", repo_id, {"file": filename, "needed_bytes": needed, "free_bytes": free,
                                                  "dest": str(dest)})
        )

    sink = _Progress(model.size_bytes, progress, cancel)
    bar_class = type("_DownloadBar", (_Bar,), {"sink": sink})
    staging = dest / STAGING_DIR / uuid.uuid4().hex[:12]
    try:
        from huggingface_hub import hf_hub_download

        for part in model.parts:
            sink.check_cancel()
            with request_timeout(timeout_s):
                local = Path(
                    hf_hub_download(
                        repo_id, part, local_dir=staging, endpoint=endpoint, token=token, tqdm_class=bar_class,
                        etag_timeout=timeout_s,
                    )
                )
            expected = hashes.get(part)
            if expected is not None:
                actual = sha256_of(local, sink.check_cancel)
                if actual != expected:
                    return failed(
                        CatalogProblem("checksum_mismatch", repo_id, {"file": part, "expected": expected,
                                                                      "actual": actual})
                    )
            sink.finish_part(sizes.get(part, local.stat().st_size))
        _place(model, staging, dest)
    except DownloadCancelled:
        return failed(CatalogProblem("cancelled", repo_id, {"file": filename}))
    except Exception as exc:
        return failed(_problem(exc, repo_id, filename, endpoint, token))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        with contextlib.suppress(OSError):
            (dest / STAGING_DIR).rmdir()  # only when no other download is using it
    verified = all(hashes.get(p) for p in model.parts)
    return DownloadResult(
        repo_id, filename, str(dest), tuple(str(p) for p in final_paths), model.size_bytes, verified,
        time.monotonic() - started,
    )


def _problem(
    exc: BaseException, repo_id: str, filename: str, endpoint: str | None, token: str | bool | None
) -> CatalogProblem:
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


def _place(model: QuantFile, staging: Path, dest: Path) -> None:
    """Verified parts → their final names (joined when needed); the first part arrives last."""
    if model.needs_join:
        target = dest / joined_name(model)
        joined = staging / (Path(joined_name(model)).name + ".joining")
        with joined.open("wb") as out:
            for part in model.parts:
                with (staging / part).open("rb") as src:
                    shutil.copyfileobj(src, out, 16 * 2**20)
        target.parent.mkdir(parents=True, exist_ok=True)
        joined.replace(target)
        return
    for part in reversed(model.parts):
        target = dest / part
        target.parent.mkdir(parents=True, exist_ok=True)
        (staging / part).replace(target)
