"""A number field that talks: both decimal signs accepted, and a value it cannot take is said, never swallowed.

Qt's QDoubleSpinBox silently refuses a "-", drops letters, clamps "0" to its minimum and reads "1.5" as 15 in a
Spanish locale. This one accepts "1.5" and "1,5" alike (the last "." or "," is the decimal sign when both appear),
keeps whatever was typed in the box while it is being typed, and when the typing ends on something it cannot take
it emits `problem` with the reason (the page shows it next to the field) and goes back to the last good value.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_number(text: str, *, whole: bool = False) -> float | None:
    """'1.5', '1,5', '1.234,5', '1,234.5', ' 2 ' → a float; None for anything that is not a plain number.

    `whole`: the field takes whole numbers (a price in pesos, watts), so one separator followed by exactly three
    digits groups thousands, as people write them: "1.500" € and "25,000" MXN are 1500 and 25000, never 1.5 and 25.
    """
    t = text.strip().replace("\u00a0", "").replace(" ", "")
    if not t:
        return None
    if whole and re.fullmatch(r"[+-]?\d{1,3}([.,]\d{3})+", t):
        t = t.replace(",", "").replace(".", "")
    if "," in t and "." in t:  # both: the last one is the decimal sign, the other groups thousands
        decimal = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if decimal == "," else ",", "")
    elif t.count(",") > 1 or t.count(".") > 1:  # one sign, several times: thousands
        t = t.replace(",", "").replace(".", "")
    if not _NUMBER.match(t):
        return None
    value = float(t.replace(",", "."))
    return value if math.isfinite(value) else None


class CheckedSpinBox(QDoubleSpinBox):
    """QDoubleSpinBox that reports what it cannot take (`problem(str)`: "" when all is well)."""

    problem = Signal(str)  # "not_a_number" or "out_of_range"; "" once a good value is in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._refused = ""  # why the text being finished was refused (set in fixup, said at editingFinished)
        self.editingFinished.connect(self._finished)

    def _number_part(self, text: str) -> str:
        t = text
        if self.prefix() and t.startswith(self.prefix()):
            t = t[len(self.prefix()) :]
        if self.suffix() and t.endswith(self.suffix()):
            t = t[: -len(self.suffix())]
        return t

    def _parse(self, text: str) -> float | None:
        return parse_number(self._number_part(text), whole=self.decimals() == 0)

    def _problem_with(self, text: str) -> str:
        value = self._parse(text)
        if value is None:
            return "not_a_number"
        if not self.minimum() <= round(value, self.decimals()) <= self.maximum():
            return "out_of_range"
        return ""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # anything may stand in the box while it is typed (a "-" is not swallowed); only a good value is taken
        if self._problem_with(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def valueFromText(self, text: str) -> float:
        value = parse_number(self._number_part(text))
        # to the field's decimals, as it shows it: Qt keeps 23.5 typed in a whole-number field while showing 24
        return self.value() if value is None else round(value, self.decimals())

    def fixup(self, text: str) -> str:  # what was typed cannot be taken: keep the last good value, say why
        self._refused = self._problem_with(text) or self._refused
        return self.prefix() + self.textFromValue(self.value()) + self.suffix()

    def _finished(self) -> None:
        self.problem.emit(self._refused)
        self._refused = ""
