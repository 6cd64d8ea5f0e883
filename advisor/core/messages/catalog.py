"""The Hugging Face catalogue and downloads in words: a `CatalogProblem(code, repo_id, values)` as one sentence."""

from __future__ import annotations

from typing import Any

from advisor.core.messages.speaker import Speaker
from advisor.core.messages.translations import QT_TRANSLATE_NOOP

PROBLEMS = {
    "offline": QT_TRANSLATE_NOOP(
        "CatalogProblems", "Hugging Face cannot be reached: showing the bundled list instead."
    ),
    "timeout": QT_TRANSLATE_NOOP("CatalogProblems", "Hugging Face did not answer in time; try again later."),
    "server_error": QT_TRANSLATE_NOOP("CatalogProblems", "Hugging Face had an error ({status}); try again later."),
    "http_error": QT_TRANSLATE_NOOP("CatalogProblems", "{repo}: the Hugging Face request failed ({detail})."),
    "unauthorized": QT_TRANSLATE_NOOP(
        "CatalogProblems", "{repo}: Hugging Face refused the request ({status}); check your access token (HF_TOKEN)."
    ),
    "repo_not_found": QT_TRANSLATE_NOOP("CatalogProblems", "{repo} does not exist (gone, renamed or private)."),
    "file_not_found": QT_TRANSLATE_NOOP("CatalogProblems", "{file} is no longer in {repo} (renamed or removed?)."),
    "no_gguf": QT_TRANSLATE_NOOP("CatalogProblems", "{repo} has no GGUF files."),
    "odd_file_names": QT_TRANSLATE_NOOP(
        "CatalogProblems", "Some files in {repo} have names we could not read a quant from: {files}"
    ),
    "incomplete_split": QT_TRANSLATE_NOOP(
        "CatalogProblems", "A split model in {repo} is missing parts and was left out: {files}"
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "Not enough free disk space for {file}: it needs {needed_bytes}, and {free_bytes} is free in {dest}.",
    ),
    "checksum_mismatch": QT_TRANSLATE_NOOP(
        "CatalogProblems", "{file} arrived damaged (its SHA-256 is not the Hub's); nothing was kept: download it again."
    ),
    "cancelled": QT_TRANSLATE_NOOP("CatalogProblems", "Download cancelled; nothing was kept."),
    "write_failed": QT_TRANSLATE_NOOP("CatalogProblems", "{file} could not be written: {detail}"),
    "rate_limited": QT_TRANSLATE_NOOP(
        "CatalogProblems", "Hugging Face asks us to slow down: try again in a few minutes."
    ),
    "rate_limited/after": QT_TRANSLATE_NOOP(
        "CatalogProblems", "Hugging Face asks us to slow down: try again in {retry_after_s} s."
    ),
    "gated": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{repo} is gated: accept its licence at {url} and log in (set HF_TOKEN or run `hf auth login`) to download it.",
    ),
    "gated/token": QT_TRANSLATE_NOOP(
        "CatalogProblems", "{repo} is gated: accept its licence at {url}; your token has no access to it yet."
    ),
    "stalled": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{file} stalled: no data for {stall_timeout_s} s ({done_bytes} of {total_bytes} kept); "
        "download it again to resume.",
    ),
    "busy": QT_TRANSLATE_NOOP("CatalogProblems", "{file} is being downloaded by another Local LLM Advisor right now."),
    "unknown": QT_TRANSLATE_NOOP("CatalogProblems", "Problem: {code}"),
}
SKIPPED = QT_TRANSLATE_NOOP("CatalogProblems", "{count} repositories were skipped.")
THE_HUB = "Hugging Face"


def problem(say: Speaker, code: str, repo_id: str | None, values: dict[str, Any] | Any) -> str:
    """A catalogue or download problem in one sentence (plus how many repositories it cost a search)."""
    v = dict(values or {})
    repos = v.get("repos") or []
    v["repo"] = repo_id or THE_HUB
    v["file"] = v.get("file") or repo_id or "?"
    v["files"] = ", ".join(str(f) for f in (v.get("files") or []))
    v["status"] = v.get("status") or "?"
    v["detail"] = v.get("detail") or v["status"]
    v["code"] = code
    v["url"] = v.get("url") or f"https://huggingface.co/{repo_id or ''}"
    for key in ("needed", "free", "done", "total"):
        if f"{key}_bytes" not in v:
            v[f"{key}_bytes"] = None
    if isinstance(v.get("stall_timeout_s"), int | float):
        v["stall_timeout_s"] = say.plain(float(v["stall_timeout_s"]))
    key = code
    if code == "rate_limited" and v.get("retry_after_s"):
        key = "rate_limited/after"
    elif code == "gated" and v.get("has_token"):
        key = "gated/token"
    msg = PROBLEMS.get(key, PROBLEMS["unknown"])
    text = say.t(msg, **v)
    if repos and code in ("offline", "timeout", "server_error", "rate_limited"):
        text += " " + say.t(SKIPPED, count=len(repos))
    return text
