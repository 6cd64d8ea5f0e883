"""On-disk cache of Hub answers with an expiry, and the memory of a rate limit (so we never hammer the Hub).

Listings expire after an hour (downloads and new repos move); a file tree is stored under the repo's commit sha,
which never changes, so it is reused until the cache is cleared. A broken or unreadable cache is a miss, never an
error. Files are written atomically (temp file + rename), so two processes never read half a file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from advisor.core import files

log = logging.getLogger(__name__)

LISTING_TTL_S = 3600.0
TREE_TTL_S = 30 * 24 * 3600.0
# The longest a 429 keeps us from asking (the Hub's own window is 300 s): a mirror or proxy answering
# `Retry-After: 999999999` must not lock the search out for years, nor a wait an older version stored.
MAX_RATE_LIMIT_WAIT_S = 3600.0


def default_cache_dir() -> Path:
    return files.user_cache_dir("catalog")


# how far in the future a record's time may lie (clocks differ a little between runs) before it is not believed:
# a listing "stored" years ahead was fresh for ever, and its date could not even be written (year 33658)
FUTURE_SLACK_S = 24 * 3600.0
# a search's listing is a few hundred KiB; past this a record is not ours (and a pipe or /dev/zero is never read)
MAX_RECORD_BYTES = 64 * 1024 * 1024


class HubCache:
    def __init__(self, directory: str | os.PathLike[str] | None = None, *, clock: Callable[[], float] = time.time):
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self._clock = clock

    def _path(self, kind: str, key: str) -> Path:
        return self.directory / kind / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".json")

    def get(self, kind: str, key: str, max_age_s: float | None) -> tuple[Any, float] | None:
        """(value, stored_at) when cached and younger than max_age_s (any age with None); else None."""
        try:
            record = json.loads(files.read_small_file(self._path(kind, key), MAX_RECORD_BYTES).decode("utf-8"))
            stored_at = float(record["stored_at"])
            if record.get("key") != key or not math.isfinite(stored_at):
                return None
            value = record["value"]
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError, OverflowError):
            return None
        age = self._clock() - stored_at
        if age < -FUTURE_SLACK_S:  # stored "in the future": a clock set back, or a file written by hand; never fresh
            return None
        if max_age_s is not None and age > max_age_s:
            return None
        return value, stored_at

    def put(self, kind: str, key: str, value: Any) -> float:
        """Store `value`; the time it is stored at (what a later `get` gives with it), written or not."""
        path = self._path(kind, key)
        stored_at = self._clock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            files.write_atomic(path, json.dumps({"key": key, "stored_at": stored_at, "value": value}), overwrite=True)
        except OSError as exc:  # a read-only or full disk costs speed, not the search (no temp file is left)
            log.info("catalog cache not written (%s): %s", path, exc)
        return stored_at

    # ------------------------------------------------------------------ rate limit memory

    def rate_limited_for_s(self, endpoint: str) -> float | None:
        """Seconds left of a 429's wait for this endpoint, or None when free to ask (also when the record is not a
        number: a broken cache is a miss). Never more than MAX_RATE_LIMIT_WAIT_S after the answer was stored."""
        hit = self.get("state", f"rate-limit:{endpoint}", None)
        if hit is None:
            return None
        until, stored_at = hit
        if isinstance(until, bool) or not isinstance(until, int | float) or not math.isfinite(until):
            return None
        left = min(until, stored_at + MAX_RATE_LIMIT_WAIT_S) - self._clock()
        return min(left, MAX_RATE_LIMIT_WAIT_S) if left > 0 else None  # a stored_at in the future: no longer either

    def rate_limit_path(self, endpoint: str) -> Path:
        """The file that remembers a 429 for this endpoint: deleting it lets the next search ask at once."""
        return self._path("state", f"rate-limit:{endpoint}")

    def remember_rate_limit(self, endpoint: str, retry_after_s: float | None) -> None:
        wait = retry_after_s if isinstance(retry_after_s, int | float) and math.isfinite(retry_after_s) else None
        wait = min(max(wait or 60.0, 0.0), MAX_RATE_LIMIT_WAIT_S)
        self.put("state", f"rate-limit:{endpoint}", self._clock() + wait)
