"""`llm-advisor gui`: open the desktop app (also what `llm-advisor` alone does)."""

from __future__ import annotations

import argparse

from advisor.cli.speech import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP("Cli", "open the desktop app (the same as running llm-advisor without a subcommand)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    from advisor.cli import speech
    from advisor.cli.common import EXIT_PROBLEM, CliError

    try:
        from advisor.qt.app import main as qt_main
    except ImportError as exc:  # PySide6 missing or its system libraries absent
        raise CliError(
            speech.say().t(QT_TRANSLATE_NOOP("Cli", "the desktop app cannot start: {reason}"), reason=str(exc)),
            EXIT_PROBLEM,
        ) from exc
    return qt_main([])
