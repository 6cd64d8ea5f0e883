"""The user's benchmark calibration in words (advisor/core/sizing/calibration.py): the line an estimate shows, what a
benchmark did to the estimates, why it could not calibrate them, and why a saved file was ignored."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advisor.core.messages.dates import long_date
from advisor.core.messages.speaker import Speaker
from advisor.core.messages.translations import QT_TRANSLATE_NOOP, Msg

CALIBRATED: dict[str, Msg] = {  # key: where the calibrated speeds run
    "gpu": QT_TRANSLATE_NOOP(
        "Calibration", "Calibrated by your benchmark of {model} on {date} (GPU speeds ×{factor})."
    ),
    "cpu": QT_TRANSLATE_NOOP(
        "Calibration", "Calibrated by your benchmark of {model} on {date} (processor speeds ×{factor})."
    ),
}
SAVED = QT_TRANSLATE_NOOP(
    "Calibration",
    "Estimates on this computer are now calibrated by this benchmark: measured {measured}, estimated {predicted} "
    "before any calibration.",
)
RATIO = QT_TRANSLATE_NOOP(
    "Calibration",
    "The correction ×{factor} applies to the time spent reading the model's weights, not to the fixed time each "
    "token also takes: the speed of {model} changes by ×{ratio}, a larger model's by nearly ×{factor}.",
)
REPLACED = QT_TRANSLATE_NOOP(
    "Calibration", "It replaces the calibration saved before: your benchmark of {model} on {date} (×{factor})."
)
KEPT = QT_TRANSLATE_NOOP(
    "Calibration", "The calibration saved before stays: your benchmark of {model} on {date} (×{factor})."
)
CLAMPED = QT_TRANSLATE_NOOP(
    "Calibration", "The difference is larger than usual: the correction is limited to ×{factor}."
)
RESET = QT_TRANSLATE_NOOP("Calibration", "Calibration reset: the estimates use the usual figures again.")
NOTHING_TO_RESET = QT_TRANSLATE_NOOP("Calibration", "There was no calibration to reset.")
NONE = QT_TRANSLATE_NOOP("Calibration", "No calibration: the estimates use the usual figures.")
OTHER_MACHINE = QT_TRANSLATE_NOOP(
    "Calibration",
    "The saved calibration ({model}, {date}) was measured on other hardware ({machine}): it is not applied here.",
)
CANNOT = QT_TRANSLATE_NOOP("Calibration", "This benchmark cannot calibrate the estimates: {why}.")
REFUSED: dict[str, Msg] = {
    "not_local": QT_TRANSLATE_NOOP("Calibration", "the server runs on another computer"),
    "no_speed": QT_TRANSLATE_NOOP("Calibration", "no generation speed was measured"),
    "too_short": QT_TRANSLATE_NOOP("Calibration", "too few tokens per run ({tokens}; at least {minimum} are needed)"),
    "model_file_unknown": QT_TRANSLATE_NOOP(
        "Calibration",
        "the model file of {model} was not found (llama.cpp's server names it; for LM Studio and Ollama it must be "
        "in their models folder, and the only file with that name and quant)",
    ),
    "model_unreadable": QT_TRANSLATE_NOOP("Calibration", "the model file {file} could not be read"),
    "described_machine": QT_TRANSLATE_NOOP(
        "Calibration", "the hardware was described by a file (--hardware), not read from the computer that ran it"
    ),
    "split": QT_TRANSLATE_NOOP(
        "Calibration",
        "the estimate splits {model} between the GPU and the processor ({gpu_layers} of {total_layers} layers on the "
        "GPU), so the time spent on each cannot be told apart",
    ),
    "does_not_fit": QT_TRANSLATE_NOOP(
        "Calibration", "the estimate says {model} does not fit this computer, so the server runs it another way"
    ),
    "too_small": QT_TRANSLATE_NOOP(
        "Calibration",
        "{model} is too small to calibrate larger models: it reads {read} of weights per token, less than the "
        "{minimum} needed; a small model's time per token is mostly fixed costs (setting up each step, sampling), "
        "which say little about a larger model's",
    ),
    "fixed_costs": QT_TRANSLATE_NOOP(
        "Calibration",
        "{model} is too small to calibrate larger models on this computer: reading its weights takes only {share} % "
        "of each token's estimated time here (at least {minimum} % is needed); the rest is fixed costs, which say "
        "little about a larger model's",
    ),
    "too_far": QT_TRANSLATE_NOOP(
        "Calibration",
        "the measured speed ({measured}) is too far from the estimate ({predicted}) to be the setup the estimate "
        "describes (check whether the server runs the model on the GPU or on the processor)",
    ),
}
FILE_PROBLEM = QT_TRANSLATE_NOOP(
    "Calibration", "The saved calibration {path} is ignored: {why}. Run a benchmark again, or reset it."
)
FILE_PROBLEMS: dict[str, Msg] = {
    "unreadable": QT_TRANSLATE_NOOP("Calibration", "it could not be read"),
    "invalid": QT_TRANSLATE_NOOP("Calibration", "it is not a valid calibration file"),
}
# a folder or a pipe where the file should be: `calibration reset` leaves it (it is not the advisor's to remove)
FILE_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Calibration",
    "The saved calibration {path} is ignored: it is not a file (a folder, a pipe or a device). Remove or rename it; "
    "the next benchmark saves a new one.",
)


def factor(say: Speaker, value: float) -> str:
    return say.number(value, 2)


def calibrated(say: Speaker, used: Any) -> str:
    """'Calibrated by your benchmark of model.gguf on 14 May 2026 (GPU speeds ×1.25).' for a `CalibrationUsed`
    (or its JSON)."""
    fields: Mapping[str, Any] = used if isinstance(used, Mapping) else getattr(used, "__dict__", {})
    msg = CALIBRATED.get(str(fields.get("where"))) or CALIBRATED["cpu"]
    value = fields.get("factor")
    return say.t(
        msg,
        model=str(fields.get("model") or "?"),
        date=long_date(say, str(fields.get("date") or "")),
        factor=factor(say, float(value)) if isinstance(value, int | float) else "?",
    )


def refused(say: Speaker, code: str, values: Mapping[str, Any] | None = None) -> str:
    """Why a benchmark could not calibrate, as a whole sentence."""
    v = dict(values or {})
    for key in ("measured", "predicted"):
        if isinstance(v.get(key), int | float):
            v[key] = say.speed(float(v[key]))
    for key, shown in (("read_bytes", "read"), ("minimum_bytes", "minimum")):
        if isinstance(v.get(key), int | float):
            v[shown] = say.gib(float(v.pop(key)))
    why = say.t(REFUSED[code], **v) if code in REFUSED else code.replace("_", " ")
    return say.t(CANNOT, why=why)


def saved(say: Speaker, calibration: Any, previous: Any = None, *, figures_said: bool = False) -> list[str]:
    """What a benchmark that calibrated says: measured and estimated (unless `figures_said`: the same two figures
    were just shown), the new line, the limit when the factor was clamped, why this model's speed changed by
    another figure than the factor, and the calibration it replaced."""
    lines = [] if figures_said else [measured_line(say, calibration)]
    lines.append(calibrated(say, calibration))
    if calibration.clamped:
        lines.append(say.t(CLAMPED, factor=factor(say, calibration.factor)))
    lines += ratio_lines(say, calibration)
    if previous is not None:
        lines.append(_earlier(say, REPLACED, previous))
    return lines


def measured_line(say: Speaker, calibration: Any) -> str:
    return say.t(
        SAVED,
        measured=say.speed(calibration.measured_tokens_per_second),
        predicted=say.speed(calibration.predicted_tokens_per_second),
    )


def ratio_lines(say: Speaker, calibration: Any) -> list[str]:
    """Why measured ÷ estimated of the benchmarked model is not the factor shown ([] when both read the same)."""
    ratio = calibration.measured_tokens_per_second / calibration.predicted_tokens_per_second
    if factor(say, ratio) == factor(say, calibration.factor):
        return []
    return [say.t(RATIO, factor=factor(say, calibration.factor), ratio=factor(say, ratio), model=calibration.model)]


def _earlier(say: Speaker, msg: Any, calibration: Any) -> str:
    return say.t(
        msg,
        model=calibration.model,
        date=long_date(say, calibration.date),
        factor=factor(say, calibration.factor),
    )


def outcome(say: Speaker, result: Any, *, figures_said: bool = False) -> list[str]:
    """Everything a benchmark's `CalibrationOutcome` says: what was saved (and what it replaced), or why nothing
    was (and the calibration that stays)."""
    if result.calibration is not None:
        return saved(say, result.calibration, result.previous, figures_said=figures_said)
    lines = [refused(say, result.refused.code, result.refused.values)] if result.refused is not None else []
    if result.previous is not None:
        lines.append(_earlier(say, KEPT, result.previous))
    return lines


RESET_FAILED = QT_TRANSLATE_NOOP(
    "Calibration",
    "The saved calibration {path} was not reset: {why}. It was left as it is; remove or rename it yourself, and the "
    "next benchmark saves a new one.",
)


NOT_A_FILE = QT_TRANSLATE_NOOP("Calibration", "it is not a file (a folder, a pipe or a device)")


def reset_failed(say: Speaker, exc: BaseException, path: str) -> str:
    """Why `calibration reset` removed nothing: the path is not a file (`files.NotARegularFileError`), or the
    system's refusal in its own words."""
    from advisor.core.files import NotARegularFileError

    why = say.t(NOT_A_FILE) if isinstance(exc, NotARegularFileError) else getattr(exc, "strerror", None) or str(exc)
    return say.t(RESET_FAILED, path=path, why=why)


def file_problem(say: Speaker, code: str, path: str) -> str:
    if code == "not_a_file":
        return say.t(FILE_NOT_A_FILE, path=path)
    why = say.t(FILE_PROBLEMS[code]) if code in FILE_PROBLEMS else code
    return say.t(FILE_PROBLEM, path=path, why=why)


def other_machine(say: Speaker, calibration: Any) -> str:
    return say.t(
        OTHER_MACHINE,
        model=calibration.model,
        date=long_date(say, calibration.date),
        machine=calibration.machine or "?",
    )
