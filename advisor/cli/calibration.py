"""`llm-advisor calibration [show|reset]`: the benchmark that corrects this machine's speed estimates.

`server --bench` saves one when it can (`--no-calibrate` skips it); `estimate`, `recommend`, `models` and `cost`
then use it, and their text says so ("Calibrated by your benchmark of … on … (GPU speeds ×1.25)").
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from advisor.cli import speech
from advisor.cli.common import EXIT_PROBLEM, CliError, add_json_option, emit
from advisor.cli.hardware_option import add_hardware_option
from advisor.cli.speech import QT_TRANSLATE_NOOP
from advisor.core.types import Reason

HELP = QT_TRANSLATE_NOOP(
    "Cli", "show or reset the calibration your benchmark (server --bench) made of this machine's speed estimates"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action",
        nargs="?",
        choices=("show", "reset"),
        default="show",
        help=QT_TRANSLATE_NOOP("Cli", "show the saved calibration and whether it applies here (default), or reset it"),
    )
    add_hardware_option(parser)
    add_json_option(parser)


def calibrated_line(used: Any) -> str:
    """The line an estimate or a recommendation shows when a benchmark corrected it; "" when none did."""
    if used is None:
        return ""
    from advisor.core.messages import calibration as words

    return words.calibrated(speech.say(), used)


_warned: set[tuple[str, str]] = set()


def warn_if_ignored() -> None:
    """Once per run, on stderr: the saved calibration file is there but ignored (unreadable, not a calibration)."""
    from advisor.core.messages import calibration as words
    from advisor.core.sizing import calibration

    loaded = calibration.saved()
    if loaded.problem and (loaded.path, loaded.problem) not in _warned:
        _warned.add((loaded.path, loaded.problem))
        print(words.file_problem(speech.say(), loaded.problem, loaded.path), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from advisor.core.messages import calibration as words
    from advisor.core.sizing import calibration

    say = speech.say()
    if args.action == "reset":
        try:
            removed = calibration.reset()
        except OSError as exc:
            raise CliError(words.reset_failed(say, exc, str(calibration.store_path())), EXIT_PROBLEM) from None
        emit(
            args,
            {"schema_version": 1, "reset": removed, "path": str(calibration.store_path())},
            lambda: say.t(words.RESET if removed else words.NOTHING_TO_RESET),
        )
        return 0

    from advisor.cli.hardware_option import profile_from_args

    loaded = calibration.load()
    found = loaded.calibration
    applies = None
    if found is not None:
        applies = found.fingerprint == calibration.fingerprint(profile_from_args(args))

    def text() -> str:
        if loaded.problem:
            return words.file_problem(say, loaded.problem, loaded.path)
        if found is None:
            return say.t(words.NONE)
        if not applies:
            return words.other_machine(say, found)
        lines = [words.calibrated(say, found)]
        lines += speech.labelled(
            [
                (
                    say.t(speech.QT_TRANSLATE_NOOP("Cli", "Measured")),
                    say.t(
                        speech.QT_TRANSLATE_NOOP("Cli", "{measured}, estimated {predicted} before the correction"),
                        measured=say.speed(found.measured_tokens_per_second),
                        predicted=say.speed(found.predicted_tokens_per_second),
                    ),
                ),
                (say.t(speech.QT_TRANSLATE_NOOP("Cli", "Machine")), found.machine),
                (say.t(speech.QT_TRANSLATE_NOOP("Cli", "Saved in")), loaded.path),
            ]
        )
        if found.clamped:
            lines.append(say.t(words.CLAMPED, factor=words.factor(say, found.factor)))
        lines += words.ratio_lines(say, found)
        return "\n".join(lines)

    emit(
        args,
        {
            "schema_version": 1,
            "calibration": None if found is None else calibration.to_json(found),
            "applies": applies,
            "problem": loaded.problem,
            "path": loaded.path,
        },
        text,
    )
    return 0


# ---------------------------------------------------------------------------------------------- after server --bench


def after_bench(
    args: argparse.Namespace,
    status: Any,
    url: str,
    *,
    profile: Any = None,
    figures_said: tuple[float | None, float | None] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Calibrate from the benchmark `status` carries: (its JSON, its lines). Never fails the command: a refusal or a
    folder that cannot be written is said.

    `profile`: this machine as the run already detected it (detected here otherwise, only when needed), so every
    figure of one run rests on one detection. `figures_said`: (predicted, measured) tokens/s the run already showed
    for this model (the after-load check); when they read the same as the calibration's, they are not said twice."""
    from advisor.cli.hardware_option import profile_from_args
    from advisor.core.messages import calibration as words
    from advisor.core.sizing import calibration

    say = speech.say()
    kind = str(status.kind) if status.kind is not None else None
    early = calibration.refusal_before_reading(url, status.benchmark)
    if early is None and getattr(args, "hardware", None):  # a description is not the computer the server ran on
        early = Reason(calibration.DESCRIBED_MACHINE)
    if early is not None:  # said without detecting this machine (seconds, and memory) for nothing
        return (
            {"saved": None, "refused": {"code": early.code, "values": early.values}},
            [words.refused(say, early.code, early.values)],
        )
    try:
        outcome = calibration.calibrate(
            url,
            status.benchmark,
            profile if profile is not None else profile_from_args(args),
            kind=kind,
            api_key=args.api_key,
        )
    except OSError as exc:
        where = str(calibration.store_path())
        return {"saved": None, "error": f"{where}: {exc.strerror or exc}"}, [f"{where}: {exc.strerror or exc}"]
    previous = None if outcome.previous is None else calibration.to_json(outcome.previous)
    if outcome.calibration is None:
        refused = outcome.refused
        assert refused is not None
        return (
            {"saved": None, "refused": {"code": refused.code, "values": refused.values}, "previous": previous},
            words.outcome(say, outcome),
        )
    cal = outcome.calibration
    said = figures_said is not None and [say.speed(x) for x in figures_said] == [
        say.speed(cal.predicted_tokens_per_second),
        say.speed(cal.measured_tokens_per_second),
    ]
    return (
        {"saved": calibration.to_json(cal), "path": outcome.saved_to, "previous": previous, "ratio": cal.ratio},
        words.outcome(say, outcome, figures_said=said),
    )
