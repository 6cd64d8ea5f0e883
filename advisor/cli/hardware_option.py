"""`--hardware FILE` for every subcommand that reasons about a machine: a what-if profile, or this machine."""

from __future__ import annotations

import argparse

from advisor.cli import speech
from advisor.cli.common import CliError
from advisor.cli.speech import QT_TRANSLATE_NOOP
from advisor.core.types import HardwareProfile


def add_hardware_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--hardware",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "use the machine described in FILE (what `detect --json` writes, or a minimal hand-written one) "
            "instead of detecting this one",
        ),
    )


def profile_from_args(args: argparse.Namespace) -> HardwareProfile:
    """The profile from --hardware, else a fresh detection; a bad file is one line and exit 2."""
    from advisor.cli.calibration import warn_if_ignored
    from advisor.core.hardware import detect
    from advisor.core.hardware.profile_io import HardwareFileError, load_profile
    from advisor.core.names import UnknownNameError

    warn_if_ignored()  # a saved calibration that cannot be used: said once, the usual figures used
    path = getattr(args, "hardware", None)
    if path is None:
        return detect()
    try:
        return load_profile(path)
    except HardwareFileError as exc:
        cause = exc.__cause__
        # the file's problem in the run's language: a field name and what is wrong with it
        line = f"--hardware {path}: {speech.say().t(exc.msg, **exc.values)}"
        if isinstance(cause, UnknownNameError) and cause.suggestions:
            line = speech.say().t(
                QT_TRANSLATE_NOOP("Cli", "{what}; did you mean: {names}?"),
                what=line,
                names=", ".join(cause.suggestions),
            )
        raise CliError(line) from exc
