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


_PARAM_SUFFIX = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
_PARAM_NUMBER = re.compile(r"^\s*(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?\s*([KkMmBbTt]?)\s*$")
BARE_BILLIONS_BELOW = 1e6  # a bare number under a million is billions ('8' → 8B): nobody has an 8-parameter model
MIN_PARAMETERS = 1e6
MAX_PARAMETERS_ACCEPTED = 1e13  # 10 T: the largest published models are ~2 T


class ParameterCount(float):
    """A parameter count (a float) that remembers what was typed, so the output can say how it was read."""

    text: str

    def __new__(cls, value: float, text: str) -> ParameterCount:
        self = super().__new__(cls, value)
        self.text = text
        return self

    def words(self) -> str:
        """'8 billion', '7.6 billion', '500 million', '1.5 trillion'."""
        for scale, name in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if self >= scale:
                return f"{float(self) / scale:.4g} {name}"
        return f"{float(self):,.0f}"

    def described(self, option: str = "--params") -> str:
        """'8 billion parameters (read from --params 8)'."""
        return f"{self.words()} parameters (read from {option} {self.text.strip()})"


def parameter_count(text: str) -> ParameterCount:
    """argparse `type=` for a model's parameter count, in the units people type.

    '8B', '8b', '8 B', '7.6B', '500M', '1.5T', '0.5B' scale by their suffix (K/M/B/T, any case); '8e9' and
    '8000000000' are parameters; a bare number below a million ('8', '0.5', '70') means billions. Zero, negative,
    nan, inf, text, and anything that rounds to under a million or over ten trillion parameters is an error.
    """
    raw = str(text)
    m = _PARAM_NUMBER.match(raw)
    hint = "give it like 8B, 7.6B, 500M or 8e9"
    if not m:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a parameter count; {hint}")
    mantissa, exponent, suffix = m.groups()
    value = float(f"{mantissa}e{exponent or 0}")  # a huge exponent gives inf, not OverflowError
    if suffix:
        value *= _PARAM_SUFFIX[suffix.upper()]
    elif value < BARE_BILLIONS_BELOW:
        value *= 1e9
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"{raw!r} is not a parameter count; {hint}")
    if value == 0:
        raise argparse.ArgumentTypeError(f"{raw!r} must be more than zero; {hint}")
    count = round(value)
    if count < MIN_PARAMETERS:
        raise argparse.ArgumentTypeError(f"{raw!r} is under a million parameters; {hint}")
    if count > MAX_PARAMETERS_ACCEPTED:
        raise argparse.ArgumentTypeError(f"{raw!r} is more than ten trillion parameters; {hint}")
    return ParameterCount(float(count), raw)


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
