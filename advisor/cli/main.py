"""Entry point: `llm-advisor [SUBCOMMAND] ...`; no subcommand opens the desktop app.

Each subcommand lives in `advisor/cli/<name>.py` and exposes `HELP` (a catalogue message, like every option's
help: `speech.HelpFormatter` says them in the run's language), `add_arguments(parser)` and `run(args) -> int`.
Keep their imports light: heavy work is imported in `run`.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import importlib
import io
import logging
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, NoReturn

from advisor import __version__
from advisor.cli import speech
from advisor.cli.common import EXIT_USAGE, CliError
from advisor.cli.speech import QT_TRANSLATE_NOOP, HelpFormatter, set_language
from advisor.core.messages.language import LANGUAGES

# Order here is the order in `--help`.
COMMANDS: tuple[str, ...] = (
    "detect",
    "estimate",
    "recommend",
    "models",
    "download",
    "verify",
    "server",
    "calibration",
    "cost",
    "report",
    "gui",
)


# argparse's own words (its `_()` is gettext's), said in the run's language: the usage line, the help page's headings
# and its -h line, and its errors. The rest of the help page is ours, worded by `speech.HelpFormatter`.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)
_ARGPARSE_KNOWN = frozenset(str(m) for m in ARGPARSE_WORDS)


def _argparse_gettext(message: str) -> str:
    """argparse's `_()`: its fixed words in the run's language (anything else, e.g. the help headings, as is)."""
    return speech.say().translate("argparse", message) if message in _ARGPARSE_KNOWN else message


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return _argparse_gettext(singular if n == 1 else plural)


def speak_argparse() -> None:
    """Make argparse's own words ("usage:", "unrecognized arguments") follow `--lang`: argparse looks them up
    through its module's `_` and `ngettext` (gettext's), called when a message is made, so the run's `Speaker`
    is asked each time."""
    setattr(argparse, "_", _argparse_gettext)  # noqa: B010 - a module global, not a typed attribute
    setattr(argparse, "ngettext", _argparse_ngettext)  # noqa: B010


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)  # --help in the run's language
        kwargs.setdefault("allow_abbrev", False)  # "--gpu-layers" was read as --gpu-layers-draft: no guessing
        super().__init__(*args, **kwargs)

    def _get_option_tuples(self, option_string: str) -> list[Any]:
        """No abbreviation of a single-dash option either: Python before 3.12 prefix-matches those even with
        allow_abbrev=False, so `-ngl 10` (llama.cpp's flag, which `estimate` does not take) was read as -ngld 10
        and `-dev none` as -devd none. A short option with its value attached (`-c8192`) still reads."""
        found = super()._get_option_tuples(option_string)
        if self.allow_abbrev:
            return found
        return [t for t in found if t[1] == option_string or (len(t[1]) == 2 and option_string.startswith(t[1]))]

    def error(self, message: str) -> NoReturn:  # argparse's own usage errors → exit 2, no traceback
        """A value an option refused is one line, naming the option and what it accepts (the README's promise; a
        newcomer's `cost --hardware-cost 1.200` printed 13 lines of usage first); a command line argparse cannot
        read at all (an unknown option, a missing argument) gets the usage above it, which shows what it takes."""
        refused = sys.exc_info()[1]
        if not (isinstance(refused, argparse.ArgumentError) and refused.argument_name):
            self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, _error_line(self.prog, message) + "\n")


def _error_line(prog: str, message: object) -> str:
    """'llm-advisor estimate: error: ...' in the run's language."""
    return speech.say().t(QT_TRANSLATE_NOOP("Cli", "{prog}: error: {message}"), prog=prog, message=str(message))


def _language(text: str) -> str:
    if text.lower() not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            speech.say().t(
                QT_TRANSLATE_NOOP("Cli", "{value}: choose one of {choices}"),
                value=repr(text),
                choices=", ".join(LANGUAGES),
            )
        )
    return text.lower()


def _language_in(argv: Sequence[str]) -> str | None:
    """The --lang value in `argv` (the last one; None when absent or not one we speak), found before argparse reads
    the rest, so that its errors about the other arguments are in that language too."""
    chosen = None
    argv = [str(a) for a in argv]
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else arg[7:] if arg.startswith("--lang=") else None
        if value is not None and value.lower() in LANGUAGES:
            chosen = value.lower()
    return chosen


def _language_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--lang",
        metavar="es|en",
        type=_language,
        default=default,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "language of the text output (default: the system's, from LANGUAGE / LC_ALL / LANG, else the regional "
            "setting, as the app)",
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="llm-advisor",
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "What language model can this computer run, how fast, where to get it, is the local server working, "
            "and is it cheaper than an API? Without a subcommand, opens the app.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=QT_TRANSLATE_NOOP("Cli", "show the program's version number and exit"),
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "log what every probe and request does; show tracebacks"),
    )
    _language_option(parser, None)
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND", parser_class=_Parser)
    for name in COMMANDS:
        module = importlib.import_module(f"advisor.cli.{name}")
        cmd = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        _language_option(cmd, argparse.SUPPRESS)  # `llm-advisor recommend --lang es` as well as before it
        cmd.set_defaults(_run=module.run)
    return parser


# --------------------------------------------------------------------------- output any terminal or file can take
# Python writes a redirected stdout in the system's code page (cp1252 or cp850 on a Spanish Windows, ASCII under
# some CI runners and `LANG=C` boxes), which cannot encode the typographic characters our sentences use ("−", "—",
# "→", "…"), nor, in ASCII, "á". Rather than fail ("UnicodeEncodeError" and an empty file), every character the
# stream cannot take is written as its plain look-alike ("−" → "-", "→" → "->", "á" → "a"), or "?" when it has none.
LOOKALIKE_ERRORS = "llm-advisor-lookalike"
_LOOKALIKES = {
    "\u2212": "-",  # minus sign
    "\u2010": "-",
    "\u2011": "-",
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',  # «
    "\u00bb": '"',  # »
    "\u2026": "...",
    "\u00b7": ".",  # middle dot
    "\u2022": "*",  # bullet
    "\u2192": "->",
    "\u21b3": "->",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u00d7": "x",
    "\u00f7": "/",
    "\u00a0": " ",  # no-break spaces (a thousands separator in some locales)
    "\u202f": " ",
    "\u2009": " ",
    "\u2502": "|",
    "\u2514": "`-",
    "\u2605": "*",
    "\u2714": "v",
    "\u2716": "x",
    "\u20ac": "EUR",
    "\u00bf": "?",
    "\u00a1": "!",
    "\u00ae": "(R)",
    "\u2122": "(TM)",
}


def _lookalike(char: str) -> str:
    if char in _LOOKALIKES:
        return _LOOKALIKES[char]
    plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii")  # "á" → "a", "²" → "2"
    return plain or "?"


def _lookalike_errors(error: UnicodeError) -> tuple[str | bytes, int]:
    """A codec error handler: what the stream cannot encode, as ASCII look-alikes (always encodable: every stdout
    code page is a superset of ASCII); lone surrogates from undecodable file names as their original bytes, as
    Python's own "surrogateescape" writes them."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    if all(0xDC80 <= ord(c) <= 0xDCFF for c in bad):
        return bytes(ord(c) - 0xDC00 for c in bad), error.end
    return "".join(_lookalike(c) for c in bad), error.end


codecs.register_error(LOOKALIKE_ERRORS, _lookalike_errors)


def tolerant_output() -> None:
    """Make stdout and stderr write what their encoding cannot as look-alikes instead of raising. The encoding is
    kept (the file stays in the code page the user's other tools read); only the error handler changes."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors != LOOKALIKE_ERRORS:
            with contextlib.suppress(OSError, ValueError):  # a closed or detached stream: nothing will be written
                stream.reconfigure(errors=LOOKALIKE_ERRORS)


def main(argv: Sequence[str] | None = None) -> int:
    tolerant_output()
    set_language(_language_in(list(sys.argv[1:] if argv is None else argv)))
    speak_argparse()
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args.lang)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from advisor.cli import gui

        return gui.run(args)
    try:
        return int(args._run(args) or 0)
    except CliError as exc:
        print(_error_line(f"llm-advisor {args.command}", exc), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(speech.say().t(QT_TRANSLATE_NOOP("Cli", "llm-advisor: interrupted")), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last guard: a user never sees a traceback unless asked
        if args.debug:
            raise
        print(
            speech.say().t(
                QT_TRANSLATE_NOOP(
                    "Cli", "llm-advisor {command}: unexpected error: {error} (run again with --debug for details)"
                ),
                command=args.command,
                error=f"{type(exc).__name__}: {exc}",
            ),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
