"""Entry point: `llm-advisor [SUBCOMMAND] ...`; no subcommand opens the desktop app.

Each subcommand lives in `advisor/cli/<name>.py` and exposes `HELP: str`,
`add_arguments(parser)` and `run(args) -> int`. Keep their imports light: heavy work is imported in `run`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from advisor import __version__
from advisor.cli.common import EXIT_USAGE, CliError

# Order here is the order in `--help`.
COMMANDS: tuple[str, ...] = (
    "detect", "estimate", "recommend", "models", "download", "verify", "server", "cost", "report", "gui",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own usage errors → exit 2, one line, no traceback
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="llm-advisor",
        description="What language model can this computer run, how fast, where to get it, "
        "is the local server working, and is it cheaper than an API? Without a subcommand, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="log what every probe and request does; show tracebacks")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND", parser_class=_Parser)
    for name in COMMANDS:
        module = importlib.import_module(f"advisor.cli.{name}")
        cmd = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
        print(f"llm-advisor {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("llm-advisor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last guard: a user never sees a traceback unless asked
        if args.debug:
            raise
        print(
            f"llm-advisor {args.command}: unexpected error: {type(exc).__name__}: {exc} "
            "(run again with --debug for details)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
