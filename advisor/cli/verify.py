"""`llm-advisor verify [--models-dir DIR] [--no-hash] [--offline] [--json]`: are the GGUF files in LM Studio's models
folder whole, readable and the Hub's current files? Exit 0 when every file is OK, 1 when a problem was found."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path
from typing import Any

from advisor.cli import speech
from advisor.cli.common import EXIT_OK, EXIT_PROBLEM, CliError, add_json_option, emit, path_text
from advisor.cli.speech import QT_TRANSLATE_NOOP
from advisor.core.messages.translations import Msg

HELP = QT_TRANSLATE_NOOP(
    "Cli",
    "check the GGUF files in LM Studio's models folder: size, header and SHA-256 against Hugging Face "
    "(OK, stale, corrupt or partial)",
)
SCHEMA_VERSION = 1

_LABEL = {
    "ok": QT_TRANSLATE_NOOP("Cli", "OK"),
    "stale": QT_TRANSLATE_NOOP("Cli", "STALE"),
    "corrupt": QT_TRANSLATE_NOOP("Cli", "CORRUPT"),
    "partial": QT_TRANSLATE_NOOP("Cli", "PARTIAL"),
}
_COUNTED = {
    "ok": QT_TRANSLATE_NOOP("Cli", "{count} OK"),
    "stale": QT_TRANSLATE_NOOP("Cli", "{count} stale"),
    "corrupt": QT_TRANSLATE_NOOP("Cli", "{count} corrupt"),
    "partial": QT_TRANSLATE_NOOP("Cli", "{count} partial"),
}
_NOT_CHECKED = {
    "offline": QT_TRANSLATE_NOOP("Cli", "not checked against the Hub (offline)"),
    "not_hub_layout": QT_TRANSLATE_NOOP("Cli", "not checked against the Hub (not in a publisher/repo folder)"),
    "repo_not_found": QT_TRANSLATE_NOOP("Cli", "not checked against the Hub (no such repo there)"),
    "file_not_on_hub": QT_TRANSLATE_NOOP("Cli", "not checked against the Hub (the repo no longer lists this file)"),
    "hub_size_unknown": QT_TRANSLATE_NOOP(
        "Cli", "not checked against the Hub (it lists this file without a usable size, so the two cannot be compared)"
    ),
    "hub_error": QT_TRANSLATE_NOOP("Cli", "not checked against the Hub (the Hub answered with an error)"),
    "deadline": QT_TRANSLATE_NOOP("Cli", "not checked against the Hub (it took too long)"),
    "corrupt": QT_TRANSLATE_NOOP("Cli", "not checked against the Hub"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--models-dir",
        metavar="DIR",
        type=path_text,
        help=QT_TRANSLATE_NOOP("Cli", "the folder to check (default: LM Studio's models folder)"),
    )
    parser.add_argument(
        "--no-hash",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "compare sizes only; skip the SHA-256 of each file (minutes for big files)"),
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "do not ask Hugging Face: check sizes against headers only"),
    )
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
            say = speech.say()
            line = "  " + say.t(
                QT_TRANSLATE_NOOP("Cli", "hashing {done} / {total}  {percent}%  {name}"),
                done=say.gib(done),
                total=say.gib(total),
                percent=f"{pct:3.0f}",
                name=name,
            )
            sys.stderr.write("\r" + line[:100].ljust(72))
            sys.stderr.flush()

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def _detail(f: Any) -> str:
    """What was found of one file; a header the catalogue has words for (llama.cpp refuses it, or a tensor type
    newer than this version knows) said in them, in the run's language."""
    say = speech.say()
    reason = say.t(f.header_reason, **f.header_values) if isinstance(f.header_reason, Msg) else None
    if reason is not None and f.status == "corrupt":
        return reason
    found = _found(f)
    return f"{found}; {reason}" if reason is not None else found


def _found(f: Any) -> str:
    say = speech.say()
    if f.status == "partial":
        if f.hub_size_bytes is not None and f.size_bytes < f.hub_size_bytes:
            return say.t(
                QT_TRANSLATE_NOOP("Cli", "{size} of {hub_size} (the Hub's size): incomplete, download it again"),
                size=say.gib(f.size_bytes),
                hub_size=say.gib(f.hub_size_bytes),
            )
        if f.missing_parts:  # this part is whole: the model is not, and llama.cpp loads it only with every part
            from advisor.core.gguf.info import missing_parts_words

            msg, values = missing_parts_words(f.missing_parts)
            return say.t(msg, **values)
        return say.t(
            QT_TRANSLATE_NOOP("Cli", "{size}, its header needs {needed}: incomplete, download it again"),
            size=say.gib(f.size_bytes),
            needed=say.gib(f.expected_size_bytes),
        )
    if f.status == "corrupt":
        return say.t(QT_TRANSLATE_NOOP("Cli", "header unreadable ({reason}): download it again"), reason=f.header_error)
    if f.status == "stale":
        msg = (
            QT_TRANSLATE_NOOP(
                "Cli",
                "the Hub has a different file now (SHA-256 differs: {size} here, {hub_size} there): download it again",
            )
            if f.size_bytes == f.hub_size_bytes
            else QT_TRANSLATE_NOOP(
                "Cli",
                "the Hub has a different file now (size differs: {size} here, {hub_size} there): download it again",
            )
        )
        return say.t(msg, size=say.gib(f.size_bytes), hub_size=say.gib(f.hub_size_bytes))
    if f.hub == "matched":
        return say.t(QT_TRANSLATE_NOOP("Cli", "SHA-256 matches the Hub"))
    if f.hub == "size_matched":
        return say.t(QT_TRANSLATE_NOOP("Cli", "size matches the Hub (not hashed)"))
    return say.t(_NOT_CHECKED.get(f.hub_reason or "", _NOT_CHECKED["corrupt"]))


def _download_path(f: Any) -> tuple[str, str]:
    """(repo, path) to download again: the file, or for a split model with parts missing its first part (`download`
    fetches every part of a split model from its first)."""
    if f.missing_parts and f.status == "partial" and (f.hub_size_bytes is None or f.size_bytes >= f.hub_size_bytes):
        from advisor.core.gguf.info import split_part_names

        names = split_part_names(f.hub_path)
        if names:
            return f.repo_id, names[0]
    return f.repo_id, f.hub_path


def render_text(result: Any) -> str:
    say = speech.say()
    if result.models_dir is None:
        return say.t(
            QT_TRANSLATE_NOOP(
                "Cli", "LM Studio's models folder was not found (is LM Studio installed? or give --models-dir DIR)"
            )
        )
    lines = []
    n = len(result.files)
    if result.offline and not any(f.hub != "not_checked" for f in result.files):
        how = say.t(QT_TRANSLATE_NOOP("Cli", "sizes and headers only, offline"))
    elif result.hashed:
        how = say.t(QT_TRANSLATE_NOOP("Cli", "SHA-256 against Hugging Face"))
    else:
        how = say.t(QT_TRANSLATE_NOOP("Cli", "sizes against Hugging Face, not hashed"))
    if not n:
        return say.t(QT_TRANSLATE_NOOP("Cli", "No GGUF files in {folder}"), folder=result.models_dir)
    checked = (
        QT_TRANSLATE_NOOP("Cli", "Checked 1 GGUF file in {folder} ({how}):")
        if n == 1
        else QT_TRANSLATE_NOOP("Cli", "Checked {count} GGUF files in {folder} ({how}):")
    )
    lines.append(say.t(checked, count=n, folder=result.models_dir, how=how))
    labels = {status: say.t(msg) for status, msg in _LABEL.items()}
    label_width = max(8, *(len(label) + 1 for label in labels.values()))
    width = max(len(f.relative_path) for f in result.files)
    for f in result.files:
        lines.append(
            f"  {labels[f.status]:<{label_width}} {f.relative_path:<{width}}  {say.gib(f.size_bytes):>9}  {_detail(f)}"
        )
    counts = result.counts
    summary = ", ".join(
        say.t(_COUNTED[s], count=counts[s]) for s in ("ok", "stale", "corrupt", "partial") if counts[s] or s == "ok"
    )
    lines.append(
        summary + ("." if not result.cancelled else " " + say.t(QT_TRANSLATE_NOOP("Cli", "— stopped before the end.")))
    )
    again = list(
        dict.fromkeys(_download_path(f) for f in result.files if f.status != "ok" and f.repo_id and f.hub_path)
    )
    if again:
        lines.append(say.t(QT_TRANSLATE_NOOP("Cli", "Get a good copy:")))
        lines.extend(f"  llm-advisor download {repo_id} {hub_path}" for repo_id, hub_path in again)
    if result.offline and result.hub_problems:
        lines.append(
            say.t(
                QT_TRANSLATE_NOOP(
                    "Cli", "Hugging Face could not be reached: files were checked by size and header only."
                )
            )
        )
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
        "hub_problems": [
            {"code": p.code, "repo_id": p.repo_id, "values": to_jsonable(p.values)} for p in result.hub_problems
        ],
    }


def run(args: argparse.Namespace) -> int:
    from advisor.core.catalog import verify_models

    if args.models_dir is not None and not Path(args.models_dir).is_dir():
        msg = (
            QT_TRANSLATE_NOOP("Cli", "--models-dir {folder}: not a folder")
            if Path(args.models_dir).exists()
            else QT_TRANSLATE_NOOP("Cli", "--models-dir {folder}: no such folder")
        )
        raise CliError(speech.say().t(msg, folder=args.models_dir))
    line = _HashProgress()
    try:
        result = verify_models(args.models_dir, hash_files=not args.no_hash, offline=args.offline, progress=line)
    finally:
        line.end()
    emit(args, to_json(result), lambda: render_text(result))
    return EXIT_OK if result.ok or (result.models_dir is not None and not result.files) else EXIT_PROBLEM
