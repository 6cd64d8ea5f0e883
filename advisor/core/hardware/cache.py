"""A small on-disk cache for slow, rarely changing facts about this machine (py-cpuinfo takes ~1.2 s).

Entries live in the user cache folder, one JSON file per name, keyed by the machine (host name, OS, CPU
architecture, core count) so a copied home folder or a changed machine never reads another machine's facts.
They expire after `max_age_s`; a broken or unreadable file is treated as absent.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import time
from pathlib import Path
from typing import Any

from advisor.core import files

SUB_DIR = "hardware"
DEFAULT_MAX_AGE_S = 30 * 24 * 3600  # a CPU does not change; a month bounds stale flags after OS updates
MAX_ENTRY_BYTES = 1024 * 1024  # a CPU's facts are a few KiB: a bigger file is not ours (or damaged)


def user_cache_dir() -> Path:
    return files.user_cache_dir(SUB_DIR)


def machine_key() -> str:
    parts = (platform.node(), platform.system(), platform.machine(), str(os.cpu_count()))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


class DiskCache:
    def __init__(self, folder: Path | None = None, *, max_age_s: float = DEFAULT_MAX_AGE_S, key: str | None = None):
        self.folder = folder if folder is not None else user_cache_dir()
        self.max_age_s = max_age_s
        self.key = key if key is not None else machine_key()

    def _path(self, name: str) -> Path:
        return self.folder / f"{name}-{self.key}.json"

    def get(self, name: str) -> Any | None:
        try:
            entry = json.loads(files.read_small_file(self._path(name), MAX_ENTRY_BYTES).decode("utf-8"))
            if not 0 <= time.time() - float(entry["saved_at"]) <= self.max_age_s:
                return None
            return entry["value"]
        except (OSError, ValueError, KeyError, TypeError, RecursionError, OverflowError):
            return None

    def put(self, name: str, value: Any) -> None:
        """Best effort: a read-only or full disk only costs speed next time (and leaves no temp file)."""
        path = self._path(name)
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            files.write_atomic(path, json.dumps({"saved_at": time.time(), "value": value}), overwrite=True)

    def clear(self) -> None:
        for path in self.folder.glob(f"*-{self.key}.json"):
            with contextlib.suppress(OSError):
                path.unlink()
