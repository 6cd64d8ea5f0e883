"""What every subcommand shares: errors with exit codes, JSON/text output, number and size parsing."""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any

from advisor.cli import speech
from advisor.cli.speech import QT_TRANSLATE_NOOP
from advisor.core.jsonio import to_jsonable
from advisor.core.messages import Msg

# a path a command must not write: `report -o`, `cost --csv` (even with --force)
NOT_A_FILE = QT_TRANSLATE_NOOP("Cli", "is not a regular file (a device, a pipe or a broken link); give a file name")
FILE_EXISTS = QT_TRANSLATE_NOOP("Cli", "file exists; use --force to replace it")


def check_output_file(flag: str, path: str, force: bool) -> None:
    """Refuse the file `flag` names before any slow work, one line each: a folder, a missing folder or one that is
    a file, a file that would be replaced without --force, and, even with it, a device, a pipe or a broken link
    (`files.is_regular_or_missing`: as root `report --force -o /dev/null` replaced /dev/null)."""
    from pathlib import Path

    from advisor.core.files import is_regular_or_missing

    target = Path(path)
    say = speech.say()
    if target.is_dir():
        raise CliError(f"{flag} {path}: " + say.t(QT_TRANSLATE_NOOP("Cli", "is a folder; give a file name")))
    if not is_regular_or_missing(target):
        raise CliError(f"{flag} {path}: " + say.t(NOT_A_FILE))
    if not target.parent.exists():
        raise CliError(
            f"{flag} {path}: "
            + say.t(QT_TRANSLATE_NOOP("Cli", "folder {folder} does not exist"), folder=str(target.parent))
        )
    if not target.parent.is_dir():
        raise CliError(
            f"{flag} {path}: "
            + say.t(QT_TRANSLATE_NOOP("Cli", "{folder} is a file, not a folder"), folder=str(target.parent))
        )
    if target.exists() and not force:
        raise CliError(f"{flag} {path}: " + say.t(FILE_EXISTS))


EXIT_OK = 0
EXIT_PROBLEM = 1  # the command ran and found a problem (server down, download failed, ...)
EXIT_USAGE = 2  # bad input: arguments, files, values


class CliError(Exception):
    """One clear line for the user, and the exit code that goes with it."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


_UNKNOWN_NAMES = {
    "gpu": QT_TRANSLATE_NOOP("Cli", "unknown GPU {name}"),
    "country": QT_TRANSLATE_NOOP("Cli", "unknown country {name}"),
    "currency": QT_TRANSLATE_NOOP("Cli", "unknown currency {name}"),
    "api_model": QT_TRANSLATE_NOOP("Cli", "unknown API model {name}"),
    "preset": QT_TRANSLATE_NOOP("Cli", "unknown preset {name}"),
}


def unknown_name_line(exc: Any) -> str:
    """An `UnknownNameError` in one line: "unknown GPU 'X'; did you mean: A, B?" (or the known names, when none is
    close and the list is short)."""
    say = speech.say()
    name = repr(printable(exc.name))
    template = _UNKNOWN_NAMES.get(exc.kind)
    what = (
        say.t(template, name=name)
        if template is not None
        else say.t(QT_TRANSLATE_NOOP("Cli", "unknown {kind} {name}"), kind=exc.kind, name=name)
    )
    if exc.suggestions:
        what = say.t(
            QT_TRANSLATE_NOOP("Cli", "{what}; did you mean: {names}?"), what=what, names=", ".join(exc.suggestions)
        )
    elif exc.known:
        what = say.t(QT_TRANSLATE_NOOP("Cli", "{what}; known: {names}"), what=what, names=", ".join(exc.known))
    if exc.kind == "currency":  # any other currency with one's own rate (UYU: newcomer round)
        what += "; " + say.t(
            QT_TRANSLATE_NOOP("Cli", "another currency works with --usd-rate (units of it for one US dollar)")
        )
    return what


def worded(exc: BaseException) -> str:
    """A core error in the run's language: one that carries its catalogue message (`msg` and `values`, as the
    hardware file's and a server URL's do) is worded by the run's `Speaker`; any other is shown as it is."""
    msg, values = getattr(exc, "msg", None), getattr(exc, "values", None)
    if isinstance(msg, Msg) and isinstance(values, dict):
        return speech.say().t(msg, **values)
    return str(exc)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print JSON instead of text"))


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with lone surrogates (from undecodable file names, or a "\\ud800" escape in a JSON file) replaced by
    U+FFFD, so that it can be written as UTF-8 instead of failing with UnicodeEncodeError."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def emit(args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    """Print `data` as JSON with --json, else the human text."""
    if getattr(args, "json", False):
        sys.stdout.write(printable(json.dumps(to_jsonable(data), indent=2, ensure_ascii=False)) + "\n")
    else:
        sys.stdout.write(printable(text().rstrip("\n")) + "\n")


_COUNT_SUFFIX = {"": 1, "K": 1e3, "M": 1e6, "B": 1e9, "G": 1e9, "T": 1e12}
_SIZE_SUFFIX = {
    "": 1,
    "B": 1,
    "KB": 1e3,
    "MB": 1e6,
    "GB": 1e9,
    "TB": 1e12,
    "KIB": 2**10,
    "MIB": 2**20,
    "GIB": 2**30,
    "TIB": 2**40,
    "K": 2**10,
    "M": 2**20,
    "G": 2**30,
    "T": 2**40,
}
_NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\s*([A-Za-z]*)\s*$")


def parse_count(text: str) -> float:
    """'8.03e9', '8.03B', '70b', '500M' → a positive number (B = billion, as model names use it)."""
    m = _NUMBER.match(str(text))
    if not m or m.group(2).upper() not in _COUNT_SUFFIX:
        raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} is not a number like 8.03e9 or 8.03B"), repr(text))
    value = float(m.group(1)) * _COUNT_SUFFIX[m.group(2).upper()]
    if not math.isfinite(value):
        raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} is too large"), shown(text))
    if value <= 0:
        raise _refused(_MORE_THAN_ZERO, repr(text))
    return value


_PARAM_SUFFIX = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
# a mixture of experts' name written as its size: "30B-A3B", "30b-a3b", "235B-A22B" (total, then active)
_MOE_NAME = re.compile(r"^\s*([0-9]+(?:[.,][0-9]+)?\s*[BbMmTt])\s*-?\s*[Aa][0-9]+(?:[.,][0-9]+)?\s*[BbMm]?\s*$")
_PARAM_NUMBER = re.compile(r"^\s*([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE]([+-]?[0-9]{1,4}))?\s*([KkMmBbTt]?)\s*$")
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
        """'8 billion', '7.6 billion', '500 million', '1.5 trillion' (in the run's language)."""
        say = speech.say()
        for scale, name, one in _SCALES:
            if self >= scale:
                significant = f"{float(self) / scale:.4g}"  # 4 significant digits: 7.6, 12.35, 500
                if significant == "1":
                    return say.t(one)  # "1 millón" in Spanish
                decimals = len(significant.partition(".")[2]) if "e" not in significant else 2
                return say.t(name, number=say.number(float(significant), decimals))
        return say.count(round(float(self)))

    def described(self, option: str = "--params") -> str:
        """'8 billion parameters (read from --params 8)'."""
        return speech.say().t(
            QT_TRANSLATE_NOOP("Cli", "{count} parameters (read from {option} {text})"),
            count=self.words(),
            option=option,
            text=self.text.strip(),
        )


_SCALES = (
    (1e12, QT_TRANSLATE_NOOP("Cli", "{number} trillion"), QT_TRANSLATE_NOOP("Cli", "1 trillion")),
    (1e9, QT_TRANSLATE_NOOP("Cli", "{number} billion"), QT_TRANSLATE_NOOP("Cli", "1 billion")),
    (1e6, QT_TRANSLATE_NOOP("Cli", "{number} million"), QT_TRANSLATE_NOOP("Cli", "1 million")),
)


def parameter_count(text: str) -> ParameterCount:
    """argparse `type=` for a model's parameter count, in the units people type.

    '8B', '8b', '8 B', '7.6B', '7,6B', '500M', '1.5T', '0.5B' scale by their suffix (K/M/B/T, any case); '8e9' and
    '8000000000' are parameters; a bare number below a million ('8', '0.5', '70') means billions. Zero, negative,
    nan, inf, text, and anything that rounds to under a million or over ten trillion parameters is an error.
    """
    raw = str(text)
    m = _PARAM_NUMBER.match(_decimal_point(raw)) if len(raw) <= _MAX_NUMBER_CHARS else None
    say = speech.say()
    hint = say.t(QT_TRANSLATE_NOOP("Cli", "accepted: 1M to 10T parameters, written like 8B, 7.6B, 500M or 8e9"))
    moe = _MOE_NAME.match(raw) if len(raw) <= _MAX_NUMBER_CHARS else None
    if not m and moe:  # "30B-A3B", as a mixture of experts is named: its total, and how to give its experts
        total = moe.group(1).replace(" ", "")
        raise argparse.ArgumentTypeError(
            say.t(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{value} names a mixture of experts: give its total and its expert counts, --params {total} "
                    "--experts N --active-experts K (Qwen3-30B-A3B: --experts 128 --active-experts 8)",
                ),
                value=shown(raw),
                total=total,
            )
        )
    if not m:
        raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} is not a parameter count; {accepted}"), shown(raw), hint)
    mantissa, exponent, suffix = m.groups()
    value = float(f"{mantissa}e{exponent or 0}")  # a huge exponent gives inf, not OverflowError
    if suffix:
        value *= _PARAM_SUFFIX[suffix.upper()]
    elif value < BARE_BILLIONS_BELOW:
        value *= 1e9
    if value != value or value in (float("inf"), float("-inf")):
        raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} is not a parameter count; {accepted}"), repr(raw), hint)
    if value == 0:
        raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} must be more than zero; {accepted}"), repr(raw), hint)
    count = round(value)
    if count < MIN_PARAMETERS:
        raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} is under a million parameters; {accepted}"), repr(raw), hint)
    if count > MAX_PARAMETERS_ACCEPTED:
        raise _refused(
            QT_TRANSLATE_NOOP("Cli", "{value} is more than ten trillion parameters; {accepted}"), repr(raw), hint
        )
    return ParameterCount(float(count), raw)


MAX_SIZE_BYTES = 2**50  # 1 PiB: no model file comes near


# a decimal comma, as Spanish writes numbers ('30,5B', '4,58GiB'): one comma and one or two digits after it, never
# three ('30,500' reads as a thousands group and stays refused)
_DECIMAL_COMMA = re.compile(r"^(\s*[+-]?[0-9]+),([0-9]{1,2})(?![0-9])")


def _decimal_point(text: str) -> str:
    """`text` with a decimal comma written as a point; anything else unchanged."""
    return _DECIMAL_COMMA.sub(r"\1.\2", text, count=1) if text.count(",") == 1 else text


def parse_size(text: str) -> int:
    """'4912345678', '4.58GiB', '4,58GiB', '4.9GB', '512MiB' → bytes (GiB/MiB binary, GB/MB decimal), 1 byte to
    1 PiB."""
    m = _NUMBER.match(_decimal_point(str(text))) if len(str(text)) <= _MAX_NUMBER_CHARS else None
    accepted = speech.say().t(QT_TRANSLATE_NOOP("Cli", "accepted: 1 byte to 1 PiB, like 4912345678 or 4.58GiB"))
    if not m or m.group(2).upper() not in _SIZE_SUFFIX:
        raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} is not a size; {accepted}"), shown(text), accepted)
    value = float(m.group(1)) * _SIZE_SUFFIX[m.group(2).upper()]
    if value <= 0:
        raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} must be greater than zero; {accepted}"), repr(text), accepted)
    if not value <= MAX_SIZE_BYTES:
        raise _refused(_OUT_OF_RANGE, shown(text), accepted)
    return max(1, round(value))


def positive_int(text: str) -> int:
    try:
        value = int(parse_count(text))  # finite: parse_count refuses inf
    except argparse.ArgumentTypeError:
        raise _refused(
            QT_TRANSLATE_NOOP("Cli", "{value} is not a whole number greater than zero"), repr(text)
        ) from None
    if value <= 0:
        raise _refused(_MORE_THAN_ZERO, repr(text))
    return value


# --------------------------------------------------------------------------- bounded option values
# Every numeric option takes a `type=` from these factories with an explicit range: text, nan, inf, 1e400 and
# values outside the range are one argparse error line ("argument --limit: '0' is out of range; accepted: ...")
# and exit 2, never a traceback or an "inf" figure downstream. The words are the run's language, chosen when the
# error is raised (main() picks the language before argparse reads the arguments).

_MAX_NUMBER_CHARS = 64
_SIGNED_NUMBER = re.compile(r"^\s*([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\s*([A-Za-z]*)\s*$")

_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Cli", "{value} is not a number")
_MORE_THAN_ZERO = QT_TRANSLATE_NOOP("Cli", "{value} must be greater than zero")
_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Cli", "{value} is out of range; {accepted}")

# The units, kinds of text and hints the subcommands give these factories, marked here so that lupdate extracts
# them: a factory looks its `unit`, `what` and `hint` up in the "Cli" context (English when not listed).
_OPTION_WORDS = (
    QT_TRANSLATE_NOOP("Cli", " tokens"),
    QT_TRANSLATE_NOOP("Cli", " tokens/s"),
    QT_TRANSLATE_NOOP("Cli", " s"),
    QT_TRANSLATE_NOOP("Cli", " seconds"),
    QT_TRANSLATE_NOOP("Cli", " W"),
    QT_TRANSLATE_NOOP("Cli", " hours"),
    QT_TRANSLATE_NOOP("Cli", " days"),
    QT_TRANSLATE_NOOP("Cli", " years"),
    QT_TRANSLATE_NOOP("Cli", " tokens (10M, 2.5e6)"),
    QT_TRANSLATE_NOOP("Cli", " (0.5 = half the tokens)"),
    QT_TRANSLATE_NOOP("Cli", "text"),
    QT_TRANSLATE_NOOP("Cli", "model ids"),
    QT_TRANSLATE_NOOP("Cli", "a currency code"),
    QT_TRANSLATE_NOOP("Cli", "a country code"),
    QT_TRANSLATE_NOOP("Cli", "a preset name"),
    QT_TRANSLATE_NOOP("Cli", "search words"),
    QT_TRANSLATE_NOOP("Cli", "a quant name"),
    QT_TRANSLATE_NOOP("Cli", "a model name"),
    QT_TRANSLATE_NOOP("Cli", "a Hugging Face repo id"),
    QT_TRANSLATE_NOOP("Cli", "a file or folder path"),
    QT_TRANSLATE_NOOP("Cli", "a URL"),
    QT_TRANSLATE_NOOP("Cli", "a file name in the repo"),
    QT_TRANSLATE_NOOP("Cli", "like http://localhost:1234/v1"),
    QT_TRANSLATE_NOOP("Cli", "OWNER/NAME, e.g. bartowski/Qwen_Qwen3-8B-GGUF"),
    QT_TRANSLATE_NOOP("Cli", "like model-Q4_K_M.gguf or folder/model.gguf"),
)


def _words(text: str) -> str:
    """A unit, kind of text or hint given to a factory, in the run's language (as given when not listed)."""
    return speech.say().translate("Cli", text) if text else text


def _refused(msg: Msg, value: str, accepted: str = "") -> argparse.ArgumentTypeError:
    """The argparse error for a refused value, in the run's language."""
    return argparse.ArgumentTypeError(speech.say().t(msg, value=value, accepted=accepted))


def shown(text: object, limit: int = 40) -> str:
    """`text` quoted for a message, cut short when long (a 100 kB argument must not become a 100 kB line)."""
    raw = str(text)
    if len(raw) <= limit:
        return repr(raw)
    return speech.say().t(
        QT_TRANSLATE_NOOP("Cli", "{value}… ({count} characters)"), value=repr(raw[:limit]), count=len(raw)
    )


def _amount(x: float) -> str:
    say = speech.say()
    if float(x).is_integer() and abs(x) < 1e15:
        return say.count(int(x))
    return f"{x:g}"  # a fraction as typed (0.01): the parsers read a decimal point or comma in any language


def _number(text: str, suffixes: bool, scale: Mapping[str, float] = _COUNT_SUFFIX) -> float | None:
    """The number in `text` (with K/M/B/G/T when `suffixes`, each worth `scale`'s), inf when it overflows, None
    when it is not one."""
    raw = str(text)
    if len(raw) > _MAX_NUMBER_CHARS:
        return None
    m = _SIGNED_NUMBER.match(_decimal_point(raw))
    if not m:
        return None
    suffix = m.group(2).upper()
    if suffix and (not suffixes or suffix not in scale):
        return None
    return float(m.group(1)) * scale[suffix]


# A whole number written with its thousands grouped, as the tool prints it in each language ("32.768" in Spain,
# "32,768" in Mexico, "32 768"): pasted back, it is that whole number, never 32.768 (no option takes a fraction)
_GROUPED_WHOLE = re.compile(r"^\s*[1-9][0-9]{0,2}(?:([.,\u00a0\u202f '\u2019])[0-9]{3})(?:\1[0-9]{3})*\s*$")
_ZERO_GROUPED = re.compile(r"^\s*0[0-9]+[.,\u00a0\u202f ][0-9]{3}\b")
# Token counts of llama.cpp's (a context, a batch, the tokens to generate) are powers of two: "8K" and "32k" are 8,192
# and 32,768, as llama.cpp and LM Studio write them
CONTEXT_SUFFIX = {"": 1, "K": 1024.0, "M": 1024.0**2}


def int_in_range(
    low: int, high: int, *, unit: str = "", suffixes: bool = True, scale: Mapping[str, float] = _COUNT_SUFFIX
) -> Callable[[str], int]:
    """argparse `type=` for a whole number from `low` to `high` (`4096`, `8e3`, `32.768` grouped as the output
    writes it, and with `suffixes` `32K`, worth `scale`'s K)."""

    def accepted() -> str:
        return speech.say().t(
            QT_TRANSLATE_NOOP("Cli", "accepted: a whole number from {low} to {high}{unit}"),
            low=low,
            high=high,
            unit=_words(unit),
        )

    def parse(text: str) -> int:
        grouped = len(str(text)) <= _MAX_NUMBER_CHARS and _GROUPED_WHOLE.match(str(text))
        value = float(re.sub(r"[^0-9]", "", str(text))) if grouped else _number(text, suffixes, scale)
        if not grouped and _ZERO_GROUPED.match(str(text)[:_MAX_NUMBER_CHARS]):
            value = None  # "01.000": a group after a leading zero is no number (it read as 1)
        if value is None:
            raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} is not a number; {accepted}"), shown(text), accepted())
        if not low <= value <= high:
            raise _refused(_OUT_OF_RANGE, shown(text), accepted())
        if not value.is_integer():
            raise _refused(
                QT_TRANSLATE_NOOP("Cli", "{value} is not a whole number; {accepted}"), shown(text), accepted()
            )
        return int(value)

    parse.__name__ = "whole number"
    parse.accepted = accepted  # type: ignore[attr-defined]
    return parse


# signs that only ever group thousands: spaces (RAE, ISO, French) and apostrophes (Switzerland: 1'200)
_SPACES = " \u00a0\u202f'\u2019"
_AMOUNT = re.compile(r"([+-]?)([0-9](?:[0-9.,\u00a0\u202f '\u2019]*[0-9])?)\s*([A-Za-z]*)")
_FIRST_GROUP = re.compile(r"[1-9][0-9]{0,2}")


def _regional_amount(text: str, suffixes: bool = False) -> float | None:
    """An amount written with a thousands sign or a decimal comma, else None (then read as plain digits).

    A group sign is read where no other reading exists: a sign repeated between groups of three ("800.000.000",
    "1,200,000"), a space ("1 200", as RAE and ISO group), the first of two different signs ("1.200,50",
    "1,200.50"), the region's own sign in a number it groups ("14.500" in Spain, "800,000" in Mexico, "2.500" in
    Chile, which groups four digits). A lone sign before exactly three digits that the region would not group with
    could be a group or a decimal sign, and a person may write either way whatever the region ("25.000" pasted from
    Argentina into a Mexican run was 25, a hardware cost that paid back at once; "2.500" in Spain, which writes 2500
    but 14.500; "2.500K"): refused, saying both readings. "0,260" (a tariff as Spain's output prints it) and
    "25,5" are decimals."""
    raw = str(text).strip()
    found = _AMOUNT.fullmatch(raw) if len(raw) <= _MAX_NUMBER_CHARS else None
    if found is None:
        return None
    sign, body, letters = found.groups()
    if body.isdigit():
        return None  # plain digits, with or without a suffix: the plain reader's
    scale = _COUNT_SUFFIX.get(letters.upper()) if suffixes else (1.0 if not letters else None)
    if scale is None:
        return None  # "12.500 EUR": no suffix this option takes; not a number
    spaced = re.sub(f"[{_SPACES}]", " ", body)
    marks = [c for c in spaced if not c.isdigit()]
    decimal_mark = ""
    if len(set(marks)) > 2 or (len(set(marks)) == 2 and marks[-1] == " "):
        return None  # "1 200.300,500", "1.200 300": a space after a decimal sign, or three signs: no one reading
    if len(set(marks)) == 2:  # two different signs: the last one is the decimal sign, and it comes once
        decimal_mark = marks[-1]
        if marks.count(decimal_mark) != 1:
            return None
    elif " " in marks:  # spaces only: groups, never a decimal sign
        pass
    elif len(marks) == 1:  # one sign: a group or a decimal sign
        left, right = spaced.split(marks[0])
        if len(right) != 3 or not _FIRST_GROUP.fullmatch(left):
            decimal_mark = marks[0]  # "25,5", "0,260", "1234.5": no group of three after a first group
        else:
            style = speech.say().numbers
            ours = marks[0] == style.group and len(left + right) >= style.min_group_digits
            if letters or not ours:
                minus = "-" if sign == "-" else ""
                readings = {
                    "whole": minus + left + right + letters,
                    "fraction": minus + _fraction(left, right) + letters,
                }
                said = QT_TRANSLATE_NOOP("Cli", "{value} could be {whole} or {fraction}: write one of these")
                raise argparse.ArgumentTypeError(speech.say().t(said, value=shown(text), **readings))
    whole, _, fraction = spaced.partition(decimal_mark) if decimal_mark else (spaced, "", "")
    groups = re.split(r"[ .,]", whole)
    if not _FIRST_GROUP.fullmatch(groups[0]) and not (len(groups) == 1 and groups[0].isdigit()):
        return None
    if any(len(g) != 3 for g in groups[1:]) or not (fraction.isdigit() or not decimal_mark):
        return None
    value = float(f"{''.join(groups)}.{fraction or 0}") * scale
    return -value if sign == "-" else value


def _fraction(left: str, right: str) -> str:
    """`left`.`right` read as a decimal, in the run's region's way ("2.500" → "2,5" in Spain; "25.000" → "25")."""
    decimals = right.rstrip("0")
    return left + (speech.say().numbers.decimal + decimals if decimals else "")


def float_in_range(
    low: float, high: float, *, low_open: bool = False, unit: str = "", suffixes: bool = False
) -> Callable[[str], float]:
    """argparse `type=` for a finite number in [low, high], or (low, high] with `low_open`."""

    def accepted() -> str:
        msg = (
            QT_TRANSLATE_NOOP("Cli", "accepted: a number more than {low} and at most {high}{unit}")
            if low_open
            else QT_TRANSLATE_NOOP("Cli", "accepted: a number from {low} to {high}{unit}")
        )
        return speech.say().t(msg, low=_amount(low), high=_amount(high), unit=_words(unit))

    def parse(text: str) -> float:
        value = _regional_amount(text, suffixes)
        value = _number(text, suffixes) if value is None else value
        if value is None:
            raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} is not a number; {accepted}"), shown(text), accepted())
        if not (low < value if low_open else low <= value) or not value <= high:
            raise _refused(_OUT_OF_RANGE, shown(text), accepted())
        return value

    parse.__name__ = "number"
    parse.accepted = accepted  # type: ignore[attr-defined]
    return parse


def bounded_text(
    max_chars: int,
    what: str = "text",
    *,
    allow_empty: bool = False,
    pattern: re.Pattern[str] | None = None,
    hint: str = "",
) -> Callable[[str], str]:
    """argparse `type=` for a text option: not empty (unless `allow_empty`), at most `max_chars`, no NUL
    character, and matching `pattern` when given."""

    def accepted() -> str:
        say = speech.say()
        if hint:
            return say.t(
                QT_TRANSLATE_NOOP("Cli", "accepted: {what} ({hint}), at most {max_chars} characters"),
                what=_words(what),
                hint=_words(hint),
                max_chars=max_chars,
            )
        return say.t(
            QT_TRANSLATE_NOOP("Cli", "accepted: {what}, at most {max_chars} characters"),
            what=_words(what),
            max_chars=max_chars,
        )

    def parse(text: str) -> str:
        raw = str(text)
        if not raw.strip() and not allow_empty:
            raise _refused(QT_TRANSLATE_NOOP("Cli", "empty; {accepted}"), "", accepted())
        if len(raw) > max_chars:
            raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} is too long; {accepted}"), shown(raw), accepted())
        if "\x00" in raw:
            raise _refused(
                QT_TRANSLATE_NOOP("Cli", "{value} contains a NUL character; {accepted}"), shown(raw), accepted()
            )
        if pattern is not None and raw and not pattern.fullmatch(raw):
            raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} is not valid; {accepted}"), shown(raw), accepted())
        return raw

    parse.__name__ = what
    return parse


MAX_PATH_CHARS = 4096
_path_chars = bounded_text(MAX_PATH_CHARS, "a file or folder path")


def path_text(text: str) -> str:
    """argparse `type=` for a path: not empty, at most 4,096 characters, and one the file system can name (no NUL,
    no lone surrogate that cannot be encoded)."""
    raw = _path_chars(text)
    try:
        os.fsencode(raw)
    except UnicodeError:
        raise _refused(QT_TRANSLATE_NOOP("Cli", "{value} has characters no file name can hold"), shown(raw)) from None
    return raw


url_text = bounded_text(2048, "a URL", hint="like http://localhost:1234/v1")
# Hugging Face's own rule for repo ids: OWNER/NAME, each part letters, digits, '-', '_', '.', at most 96
# characters, not starting or ending with '-' or '.', and no '--' or '..' anywhere.
_HF_PART = r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?"
_HF_REPO = re.compile(rf"(?!.*(?:--|\.\.)){_HF_PART}/{_HF_PART}")
hf_repo_id = bounded_text(
    200, "a Hugging Face repo id", pattern=_HF_REPO, hint="OWNER/NAME, e.g. bartowski/Qwen_Qwen3-8B-GGUF"
)
# A file inside a repo: relative, '/'-separated, no '..' or empty part, no backslash
_HF_FILE = re.compile(r"(?!.*(?:^|/)\.\.?(?:/|$))(?!/)[^\\\x00-\x1f]+(?<!/)")
hf_file_name = bounded_text(
    1000, "a file name in the repo", pattern=_HF_FILE, hint="like model-Q4_K_M.gguf or folder/model.gguf"
)


def gib(n_bytes: int | float | None, digits: int = 1) -> str:
    """Memory for people: binary GiB with one decimal ('4.6 GiB', '4,6 GiB' in Spanish); '—' when unknown."""
    return speech.say().gib(n_bytes, digits)


MAX_MIN_TPS = 10_000.0


def add_min_tps_option(parser: argparse.ArgumentParser) -> None:
    """--min-tps: the slowest speed a person accepts, one option for `recommend` and `models` (the list's "runs here"
    and its mark of the recommendation follow the same floor)."""
    parser.add_argument(
        "--min-tps",
        metavar="X",
        type=float_in_range(0, MAX_MIN_TPS, low_open=True, unit=" tokens/s"),
        default=5.0,
        help=QT_TRANSLATE_NOOP("Cli", "slowest speed you accept, in tokens/s (default 5)"),
    )
