"""The bundled, dated snapshot of well-known GGUF repos: what the catalogue shows offline (labelled as such)."""

from __future__ import annotations

from typing import Any

from advisor.core.resources import load_json

SNAPSHOT_FILE = "catalog_snapshot.json"


def load_snapshot() -> dict[str, Any]:
    """`{"source", "retrieved_at", "repos": [{id, author, downloads, ..., files: [{path, size}]}]}`."""
    snapshot: dict[str, Any] = load_json(SNAPSHOT_FILE)
    return snapshot
