"""What every subcommand shares: errors with exit codes, JSON/text output, number and size parsing."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from typing import Any

from advisor.core.jsonio import to_jsonable

EXIT_OK = 0
EXIT_PROBLEM = 1  # the command ran and found a problem (server down, download failed, ...)
EXIT_USAGE = 2  # bad input: arguments, files, values


class CliError(Exception):
    """One clear line for the user, and the exit code that goes with it."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def emit(args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    """Print `data` as JSON with --json, else the human text."""
    if getattr(args, "json", False):
        json.dump(to_jsonable(data), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text().rstrip("\n") + "\n")


_COUNT_SUFFIX = {"": 1, "K": 1e3, "M": 1e6, "B": 1e9, "G": 1e9, "T": 1e12}
_SIZE_SUFFIX = {
    "": 1, "B": 1,
    "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
    "KIB": 2**10, "MIB": 2**20, "GIB": 2**30, "TIB": 2**40,
    "K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40,
}
_NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\s*([A-Za-z]*)\s*$")


def parse_count(text: str) -> float:
    """'8.03e9', '8.03B', '70b', '500M' → a positive number (B = billion, as model names use it)."""
    m = _NUMBER.match(str(text))
    if not m or m.group(2).upper() not in _COUNT_SUFFIX:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number like 8.03e9 or 8.03B")
    value = float(m.group(1)) * _COUNT_SUFFIX[m.group(2).upper()]
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be greater than zero")
    return value


def parse_size(text: str) -> int:
    """'4912345678', '4.58GiB', '4.9GB', '512MiB' → bytes (GiB/MiB binary, GB/MB decimal)."""
    m = _NUMBER.match(str(text))
    if not m or m.group(2).upper() not in _SIZE_SUFFIX:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 4912345678 or 4.58GiB")
    value = float(m.group(1)) * _SIZE_SUFFIX[m.group(2).upper()]
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be greater than zero")
    return round(value)


def positive_int(text: str) -> int:
    try:
        value = int(parse_count(text))
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number greater than zero") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be greater than zero")
    return value


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} must be a number greater than zero")
    return value


def non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} must be zero or a positive number")
    return value


def gib(n_bytes: int | float | None, digits: int = 1) -> str:
    """Memory for people: binary GiB with one decimal ('4.6 GiB'); '—' when unknown."""
    if n_bytes is None:
        return "—"
    if abs(n_bytes) < 2**30:
        return f"{n_bytes / 2**20:.0f} MiB"
    return f"{n_bytes / 2**30:.{digits}f} GiB"
