"""`llm-advisor download OWNER/REPO FILE [--dest DIR] [--stall-timeout SECONDS]`: a GGUF model into LM Studio's
models folder, verified; an interrupted download of the same file is resumed, other leftovers are cleaned."""

from __future__ import annotations

import argparse
import re
import sys
import threading
import time

from advisor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CliError,
    bounded_text,
    float_in_range,
    gib,
    hf_file_name,
    path_text,
)

HELP = "download a GGUF model (every part of a split one) from Hugging Face into LM Studio's models folder"
_REPO = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("repo", metavar="OWNER/REPO", type=bounded_text(200, "a Hugging Face repo id"),
                        help="the Hugging Face repo, e.g. bartowski/Qwen_Qwen3-8B-GGUF")
    parser.add_argument("file", metavar="FILE", type=hf_file_name,
                        help="the .gguf file (for a split model, its first part)")
    parser.add_argument("--dest", metavar="DIR", type=path_text,
                        help="folder to put it in (default: LM Studio's models folder/OWNER/REPO)")
    parser.add_argument("--stall-timeout", metavar="SECONDS", type=float_in_range(0, 86_400, low_open=True, unit=" s"),
                        default=None,
                        help="give up when no byte has arrived for this long (default: 60); the bytes already "
                             "downloaded are kept and the same command resumes them")


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600} h {seconds % 3600 // 60} min"
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
            line = f"  {gib(done)} / {gib(total)}  {pct:3.0f}%  {rate_bps / 1e6:.1f} MB/s  {_duration(eta_s)} left"
            sys.stderr.write("\r" + line.ljust(72))
            sys.stderr.flush()

    def end(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def _problem_text(problem) -> str:
    from advisor.cli.models import problem_text

    v = problem.values
    if problem.code == "stalled":
        return (f"{problem.repo_id}:{v.get('file')} stalled: no data for {v.get('stall_timeout_s'):g} s "
                f"({gib(v.get('done_bytes'))} of {gib(v.get('total_bytes'))} kept); run the same command again "
                "to resume")
    if problem.code == "busy":
        return f"{problem.repo_id}:{v.get('file')} is being downloaded by another llm-advisor right now"
    return problem_text(problem)


def housekeeping_lines(result) -> list[str]:
    """What the download reused or cleaned up, in words (empty when nothing)."""
    lines = []
    resumed = getattr(result, "resumed_bytes", 0)
    if resumed:
        lines.append(f"Resumed an interrupted download: {gib(resumed)} were already there.")
    freed = getattr(result, "freed_bytes", 0)
    removed = getattr(result, "leftovers_removed", 0)
    if removed:
        what = "an interrupted download" if removed == 1 else f"{removed} interrupted downloads"
        lines.append(f"Removed the leftovers of {what}: {gib(freed)} freed.")
    return lines


def _on_sigterm(signum, frame):
    raise KeyboardInterrupt  # unwinds like Ctrl-C: the lock is released and the bytes so far stay resumable


def run(args: argparse.Namespace) -> int:
    import signal

    from advisor.core.catalog import download, lms_get_command, lmstudio_deep_link, parse_quant

    if not _REPO.match(args.repo):
        raise CliError(f"{args.repo!r} is not a repo name like OWNER/REPO (e.g. bartowski/Qwen_Qwen3-8B-GGUF)")
    print(f"Downloading {args.repo} {args.file} …", file=sys.stderr)
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
            print("Stopped. The bytes downloaded so far are kept: run the same command again to resume.",
                  file=sys.stderr)
        else:
            print("Stopped before any byte arrived.", file=sys.stderr)
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    line.end()
    for text in housekeeping_lines(result):
        print(text)
    if not result.ok:
        print(f"llm-advisor download: {_problem_text(result.problem)}", file=sys.stderr)
        if result.problem.code in ("offline", "timeout", "server_error", "rate_limited", "stalled"):
            print(f"  Or let LM Studio fetch it later: {lmstudio_deep_link(args.repo, args.file)}", file=sys.stderr)
        return EXIT_PROBLEM
    check = "SHA-256 verified" if result.verified else "no SHA-256 on the Hub to verify against"
    print(f"Saved {gib(result.size_bytes)} in {_duration(result.seconds)} ({check}):")
    for path in result.paths:
        print(f"  {path}")
    print("LM Studio lists it under My Models. The same file from LM Studio itself:")
    print(f"  {lmstudio_deep_link(args.repo, args.file)}")
    print(f"  {lms_get_command(args.repo, parse_quant(args.file))}")
    return EXIT_OK
