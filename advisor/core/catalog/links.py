"""Hand a model to LM Studio itself: its deep link, and the `lms get` command line."""

from __future__ import annotations

from urllib.parse import quote


def lmstudio_deep_link(repo_id: str, filename: str | None = None) -> str:
    """`lmstudio://open_from_hf?model=OWNER/REPO&file=FILE`: opens LM Studio's download dialog for that file."""
    link = f"lmstudio://open_from_hf?model={quote(repo_id, safe='/')}"
    return f"{link}&file={quote(filename, safe='/')}" if filename else link


def lms_get_command(repo_id: str, quant: str | None = None) -> str:
    """`lms get OWNER/REPO@q4_k_m` (LM Studio's CLI picks the quant after the `@`, lower-case in its docs)."""
    return f"lms get {repo_id}@{quant.lower()}" if quant else f"lms get {repo_id}"
