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
    "Estimates on this computer are now calibrated by this benchmark: measured {measured}, estimated {predicted}.",
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
    why = say.t(REFUSED[code], **v) if code in REFUSED else code.replace("_", " ")
    return say.t(CANNOT, why=why)


def saved(say: Speaker, calibration: Any) -> list[str]:
    """What a benchmark that calibrated says: the new line, and the limit when the factor was clamped."""
    lines = [
        say.t(
            SAVED,
            measured=say.speed(calibration.measured_tokens_per_second),
            predicted=say.speed(calibration.predicted_tokens_per_second),
        ),
        calibrated(say, calibration),
    ]
    if calibration.clamped:
        lines.append(say.t(CLAMPED, factor=factor(say, calibration.factor)))
    return lines


def file_problem(say: Speaker, code: str, path: str) -> str:
    why = say.t(FILE_PROBLEMS[code]) if code in FILE_PROBLEMS else code
    return say.t(FILE_PROBLEM, path=path, why=why)


def other_machine(say: Speaker, calibration: Any) -> str:
    return say.t(
        OTHER_MACHINE,
        model=calibration.model,
        date=long_date(say, calibration.date),
        machine=calibration.machine or "?",
    )
