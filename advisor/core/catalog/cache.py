"""On-disk cache of Hub answers with an expiry, and the memory of a rate limit (so we never hammer the Hub).

Listings expire after an hour (downloads and new repos move); a file tree is stored under the repo's commit sha,
which never changes, so it is reused until the cache is cleared. A broken or unreadable cache is a miss, never an
error. Files are written atomically (temp file + rename), so two processes never read half a file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advisor.core import files

log = logging.getLogger(__name__)

LISTING_TTL_S = 3600.0
TREE_TTL_S = 30 * 24 * 3600.0


def default_cache_dir() -> Path:
    return files.user_cache_dir("catalog")


class HubCache:
    def __init__(self, directory: str | os.PathLike[str] | None = None, *, clock: Callable[[], float] = time.time):
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self._clock = clock

    def _path(self, kind: str, key: str) -> Path:
        return self.directory / kind / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".json")

    def get(self, kind: str, key: str, max_age_s: float | None) -> tuple[Any, float] | None:
        """(value, stored_at) when cached and younger than max_age_s (any age with None); else None."""
        try:
            record = json.loads(self._path(kind, key).read_text(encoding="utf-8"))
            stored_at = float(record["stored_at"])
            if record.get("key") != key:
                return None
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if max_age_s is not None and self._clock() - stored_at > max_age_s:
            return None
        return record["value"], stored_at

    def put(self, kind: str, key: str, value: Any) -> None:
        path = self._path(kind, key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            files.write_atomic(
                path, json.dumps({"key": key, "stored_at": self._clock(), "value": value}), overwrite=True
            )
        except OSError as exc:  # a read-only or full disk costs speed, not the search (no temp file is left)
            log.info("catalog cache not written (%s): %s", path, exc)

    # ------------------------------------------------------------------ rate limit memory

    def rate_limited_for_s(self, endpoint: str) -> float | None:
        """Seconds left of a 429's wait for this endpoint, or None when free to ask."""
        hit = self.get("state", f"rate-limit:{endpoint}", None)
        if hit is None:
            return None
        left = float(hit[0]) - self._clock()
        return left if left > 0 else None

    def remember_rate_limit(self, endpoint: str, retry_after_s: float | None) -> None:
        self.put("state", f"rate-limit:{endpoint}", self._clock() + (retry_after_s or 60.0))
