"""`llm-advisor verify [--models-dir DIR] [--no-hash] [--offline] [--json]`: are the GGUF files in LM Studio's models
folder whole, readable and the Hub's current files? Exit 0 when every file is OK, 1 when a problem was found."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from typing import Any

from advisor.cli.common import EXIT_OK, EXIT_PROBLEM, CliError, add_json_option, emit, gib, path_text

HELP = ("check the GGUF files in LM Studio's models folder: size, header and SHA-256 against Hugging Face "
        "(OK, stale, corrupt or partial)")
SCHEMA_VERSION = 1

_LABEL = {"ok": "OK", "stale": "STALE", "corrupt": "CORRUPT", "partial": "PARTIAL"}
_NOT_CHECKED = {
    "offline": "not checked against the Hub (offline)",
    "not_hub_layout": "not checked against the Hub (not in a publisher/repo folder)",
    "repo_not_found": "not checked against the Hub (no such repo there)",
    "file_not_on_hub": "not checked against the Hub (the repo no longer lists this file)",
    "hub_error": "not checked against the Hub (the Hub answered with an error)",
    "deadline": "not checked against the Hub (it took too long)",
    "corrupt": "not checked against the Hub",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--models-dir", metavar="DIR", type=path_text,
                        help="the folder to check (default: LM Studio's models folder)")
    parser.add_argument("--no-hash", action="store_true",
                        help="compare sizes only; skip the SHA-256 of each file (minutes for big files)")
    parser.add_argument("--offline", action="store_true",
                        help="do not ask Hugging Face: check sizes against headers only")
    add_json_option(parser)


class _HashProgress:
    """One self-rewriting line on a terminal while files are hashed; nothing when output is not a TTY."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self._last = 0.0
        self._lock = threading.Lock()
        self.shown = False

    def __call__(self, done: int, total: int, path: str) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.1 and done < total):
            return
        with self._lock:
            self._last = now
            self.shown = True
            pct = 100 * done / total if total else 100
            name = path.replace("\\", "/").rsplit("/", 1)[-1]
            sys.stderr.write("\r" + f"  hashing {gib(done)} / {gib(total)}  {pct:3.0f}%  {name}"[:100].ljust(72))
            sys.stderr.flush()

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def _detail(f: Any) -> str:
    if f.status == "partial":
        if f.hub_size_bytes is not None and f.size_bytes < f.hub_size_bytes:
            return f"{gib(f.size_bytes)} of {gib(f.hub_size_bytes)} (the Hub's size): incomplete, download it again"
        return (f"{gib(f.size_bytes)}, its header needs {gib(f.expected_size_bytes)}: incomplete, "
                "download it again")
    if f.status == "corrupt":
        return f"header unreadable ({f.header_error}): download it again"
    if f.status == "stale":
        what = "SHA-256" if f.size_bytes == f.hub_size_bytes else "size"
        return (f"the Hub has a different file now ({what} differs: {gib(f.size_bytes)} here, "
                f"{gib(f.hub_size_bytes)} there): download it again")
    if f.hub == "matched":
        return "SHA-256 matches the Hub"
    if f.hub == "size_matched":
        return "size matches the Hub (not hashed)"
    return _NOT_CHECKED.get(f.hub_reason or "", "not checked against the Hub")


def render_text(result: Any) -> str:
    if result.models_dir is None:
        return "LM Studio's models folder was not found (is LM Studio installed? or give --models-dir DIR)"
    lines = []
    n = len(result.files)
    how = ("sizes and headers only, offline" if result.offline and not any(f.hub != "not_checked" for f in result.files)
           else "SHA-256 against Hugging Face" if result.hashed else "sizes against Hugging Face, not hashed")
    if not n:
        return f"No GGUF files in {result.models_dir}"
    lines.append(f"Checked {n} GGUF file{'s' if n != 1 else ''} in {result.models_dir} ({how}):")
    width = max(len(f.relative_path) for f in result.files)
    for f in result.files:
        lines.append(f"  {_LABEL[f.status]:<8} {f.relative_path:<{width}}  {gib(f.size_bytes):>9}  {_detail(f)}")
    counts = result.counts
    summary = ", ".join(f"{counts[s]} {'OK' if s == 'ok' else s}" for s in ("ok", "stale", "corrupt", "partial")
                        if counts[s] or s == "ok")
    lines.append(summary + ("." if not result.cancelled else " — stopped before the end."))
    again = [f for f in result.files if f.status != "ok" and f.repo_id and f.hub_path]
    if again:
        lines.append("Get a good copy:")
        lines.extend(f"  llm-advisor download {f.repo_id} {f.hub_path}" for f in again)
    if result.offline and result.hub_problems:
        lines.append("Hugging Face could not be reached: files were checked by size and header only.")
    return "\n".join(lines)


def to_json(result: Any) -> dict[str, Any]:
    from advisor.core.jsonio import to_jsonable

    return {
        "schema_version": SCHEMA_VERSION,
        "models_dir": result.models_dir,
        "hashed": result.hashed,
        "offline": result.offline,
        "cancelled": result.cancelled,
        "ok": result.ok,
        "counts": result.counts,
        "files": to_jsonable(result.files),
        "hub_problems": [{"code": p.code, "repo_id": p.repo_id, "values": to_jsonable(p.values)}
                         for p in result.hub_problems],
    }


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from advisor.core.catalog import verify_models

    if args.models_dir is not None and not Path(args.models_dir).is_dir():
        what = "not a folder" if Path(args.models_dir).exists() else "no such folder"
        raise CliError(f"--models-dir {args.models_dir}: {what}")
    line = _HashProgress()
    try:
        result = verify_models(args.models_dir, hash_files=not args.no_hash, offline=args.offline, progress=line)
    finally:
        line.end()
    emit(args, to_json(result), lambda: render_text(result))
    return EXIT_OK if result.ok or (result.models_dir is not None and not result.files) else EXIT_PROBLEM
