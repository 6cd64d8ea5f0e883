"""`llm-advisor download OWNER/REPO FILE [--dest DIR] [--stall-timeout SECONDS]`: a GGUF model into LM Studio's
models folder, verified; an interrupted download of the same file is resumed, other leftovers are cleaned."""

from __future__ import annotations

import argparse
import re
import sys
import threading
import time

from advisor.cli import speech
from advisor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    CliError,
    bounded_text,
    float_in_range,
    hf_file_name,
    path_text,
)
from advisor.cli.speech import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "Cli", "download a GGUF model (every part of a split one) from Hugging Face into LM Studio's models folder"
)
_REPO = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "repo",
        metavar="OWNER/REPO",
        type=bounded_text(200, "a Hugging Face repo id"),
        help=QT_TRANSLATE_NOOP("Cli", "the Hugging Face repo, e.g. bartowski/Qwen_Qwen3-8B-GGUF"),
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        type=hf_file_name,
        help=QT_TRANSLATE_NOOP("Cli", "the .gguf file (for a split model, its first part)"),
    )
    parser.add_argument(
        "--dest",
        metavar="DIR",
        type=path_text,
        help=QT_TRANSLATE_NOOP("Cli", "folder to put it in (default: LM Studio's models folder/OWNER/REPO)"),
    )
    parser.add_argument(
        "--stall-timeout",
        metavar="SECONDS",
        type=float_in_range(0, 86_400, low_open=True, unit=" s"),
        default=None,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "give up when no byte has arrived for this long (default: 60); the bytes already downloaded are kept "
            "and the same command resumes them",
        ),
    )


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{speech.say().count(seconds // 3600)} h {seconds % 3600 // 60} min"
    if seconds >= 60:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds} s"


class _ProgressLine:
    """One self-rewriting line on a terminal (at most 10 times a second); nothing when output is not a TTY."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.started = False  # some bytes have arrived (so an interruption keeps something to resume)
        self._last = 0.0
        self._lock = threading.Lock()

    def __call__(self, done: int, total: int, rate_bps: float, eta_s: float | None) -> None:
        self.started = self.started or done > 0
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.1 and done < total):
            return
        with self._lock:
            self._last = now
            pct = 100 * done / total if total else 100
            say = speech.say()
            line = "  " + say.t(
                QT_TRANSLATE_NOOP("Cli", "{done} / {total}  {percent}%  {rate} MB/s  {eta} left"),
                done=say.gib(done),
                total=say.gib(total),
                percent=f"{pct:3.0f}",
                rate=say.number(rate_bps / 1e6, 1),
                eta=_duration(eta_s),
            )
            sys.stderr.write("\r" + line.ljust(72))
            sys.stderr.flush()

    def end(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def _problem_text(problem) -> str:
    """A download problem in one sentence, in the run's language (the core catalogue: the app says the same)."""
    from advisor.core.messages import catalog

    return catalog.problem(speech.say(), problem.code, problem.repo_id, problem.values)


def housekeeping_lines(result) -> list[str]:
    """What the download reused or cleaned up, in words (empty when nothing): the catalogue's, as the app says it."""
    from advisor.core.messages import catalog

    return catalog.housekeeping(
        speech.say(),
        resumed_bytes=getattr(result, "resumed_bytes", 0) or 0,
        leftovers_removed=getattr(result, "leftovers_removed", 0) or 0,
        freed_bytes=getattr(result, "freed_bytes", 0) or 0,
    )


# a write the system refused in a folder the user gave (--dest): bad input (exit 2), as `report -o` says it
_DEST_REFUSED = frozenset({"EROFS", "EACCES", "EPERM", "ENOTDIR", "EEXIST"})


def _check_dest(dest: str) -> None:
    """Refuse before any network: a --dest with a file where a folder must be (itself or a folder above it)."""
    from pathlib import Path

    probe = Path(dest)
    while not probe.exists() and not probe.is_symlink() and probe.parent != probe:
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        say = speech.say()
        raise CliError(
            f"--dest {dest}: " + say.t(QT_TRANSLATE_NOOP("Cli", "{folder} is a file, not a folder"), folder=str(probe))
        )


def _on_sigterm(signum, frame):
    raise KeyboardInterrupt  # unwinds like Ctrl-C: the lock is released and the bytes so far stay resumable


def run(args: argparse.Namespace) -> int:
    import signal

    from advisor.core.catalog import download, lms_get_command, lmstudio_deep_link, parse_quant

    say = speech.say()
    if not _REPO.match(args.repo):
        raise CliError(
            say.t(
                QT_TRANSLATE_NOOP(
                    "Cli", "{repo} is not a repo name like OWNER/REPO (e.g. bartowski/Qwen_Qwen3-8B-GGUF)"
                ),
                repo=repr(args.repo),
            )
        )
    if args.dest is not None:
        _check_dest(args.dest)
    print(
        say.t(QT_TRANSLATE_NOOP("Cli", "Downloading {repo} {file} …"), repo=args.repo, file=args.file), file=sys.stderr
    )
    line = _ProgressLine()
    extra = {} if args.stall_timeout is None else {"stall_timeout_s": args.stall_timeout}
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        result = download(args.repo, args.file, dest_dir=args.dest, progress=line, **extra)
    except KeyboardInterrupt:
        line.end()
        if line.started:  # bytes arrived: they are kept in the staging folder
            print(
                say.t(
                    QT_TRANSLATE_NOOP(
                        "Cli", "Stopped. The bytes downloaded so far are kept: run the same command again to resume."
                    )
                ),
                file=sys.stderr,
            )
        else:
            print(say.t(QT_TRANSLATE_NOOP("Cli", "Stopped before any byte arrived.")), file=sys.stderr)
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    line.end()
    for text in housekeeping_lines(result):
        print(text)
    link = lmstudio_deep_link(args.repo, args.file)
    if result.problem is not None:
        print(_problem_text(result.problem), file=sys.stderr)  # a whole sentence: no "llm-advisor download:" before
        if result.problem.code in ("offline", "timeout", "server_error", "rate_limited", "stalled"):
            print(
                "  " + say.t(QT_TRANSLATE_NOOP("Cli", "Or let LM Studio fetch it later: {link}"), link=link),
                file=sys.stderr,
            )
        refused = result.problem.code == "write_failed" and result.problem.values.get("error") in _DEST_REFUSED
        if args.dest is not None and refused:
            return EXIT_USAGE  # the folder given cannot hold it: bad input, as for `report -o`
        return EXIT_PROBLEM
    check = (
        say.t(QT_TRANSLATE_NOOP("Cli", "SHA-256 verified"))
        if result.verified
        else say.t(QT_TRANSLATE_NOOP("Cli", "no SHA-256 on the Hub to verify against"))
    )
    print(
        say.t(
            QT_TRANSLATE_NOOP("Cli", "Saved {size} in {duration} ({check}):"),
            size=say.gib(result.size_bytes),
            duration=_duration(result.seconds),
            check=check,
        )
    )
    for path in result.paths:
        print(f"  {path}")
    print(say.t(QT_TRANSLATE_NOOP("Cli", "LM Studio lists it under My Models. The same file from LM Studio itself:")))
    print(f"  {link}")
    print(f"  {lms_get_command(args.repo, parse_quant(args.file))}")
    return EXIT_OK
