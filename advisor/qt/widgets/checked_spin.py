"""A number field that talks: both decimal signs accepted, and a value it cannot take is said, never swallowed.

Qt's QDoubleSpinBox silently refuses a "-", drops letters, clamps "0" to its minimum and reads "1.5" as 15 in a
Spanish locale. This one accepts "1.5" and "1,5" alike (the last "." or "," is the decimal sign when both appear;
"14.070", the one form the two conventions read differently, is read as the field writes numbers, and refused as
ambiguous when only the other reading is in range: see `readings`), keeps whatever was typed in the box while it
is being typed, and when the typing ends on something it cannot take it emits `problem` with the reason (the page
shows it next to the field) and goes back to the last good value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")  # a space groups thousands in some locales


def _number(text: str) -> tuple[float, ...]:
    if not _NUMBER.fullmatch(text):
        return ()
    value = float(text)
    return (value,) if math.isfinite(value) else ()


def readings(text: str, *, whole: bool = False, decimal: str = "") -> tuple[float, ...]:
    """What `text` can mean as a number, the field's reading first: () when it is not a plain number.

    The rule, for a field that writes its numbers with `decimal` as the decimal sign (its locale's: "," in Spain
    and most of Latin America, "." in English and Mexico) and the other of "." and "," between thousands:
    - both signs ("1.234,5", "1,234.5"): the last is the decimal sign, the other groups thousands in threes;
    - one sign several times ("4.100.000"): thousands, in threes;
    - one sign once, not before exactly three digits ("14.07", "1,5"), or after a 0 or after four digits or more
      ("0.140", "1234.567"): a decimal sign, whichever it is (a group always has three digits and never starts a
      number with 0);
    - one sign once before exactly three digits, after one to three digits ("14.070", "1,500"): the one form the two
      conventions read differently. A whole-number field reads thousands; else it is read as the field writes its
      own numbers (the locale's group sign: thousands; its decimal sign: a decimal), and the other reading comes
      second, so that a field can refuse the form when only the other reading is in its range
      (`CheckedSpinBox` says so) rather than take a figure a thousand times off. Without `decimal`, a decimal.
    """
    t = text.strip().translate(_SPACES)
    sign = t[:1] if t[:1] in ("+", "-") else ""
    body = t[len(sign) :]
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        mark = "," if body.rfind(",") > body.rfind(".") else "."
        group = "." if mark == "," else ","
        head, _, tail = body.rpartition(mark)
        if not re.fullmatch(rf"\d{{1,3}}({re.escape(group)}\d{{3}})+", head):
            return ()
        return _number(sign + head.replace(group, "") + "." + tail)
    if dots > 1 or commas > 1:
        group = "." if dots else ","
        if not re.fullmatch(rf"\d{{1,3}}({re.escape(group)}\d{{3}})+", body):
            return ()
        return _number(sign + body.replace(group, ""))
    if dots + commas == 0:
        return _number(sign + body)
    mark = "." if dots else ","
    head, _, tail = body.partition(mark)
    as_decimal = _number(sign + head + "." + tail)
    if not (len(tail) == 3 and tail.isdigit() and re.fullmatch(r"[1-9]\d{0,2}", head)):
        return as_decimal
    as_thousands = _number(sign + head + tail)
    if whole:
        return as_thousands
    if decimal not in (".", ","):
        return as_decimal
    return as_decimal + as_thousands if mark == decimal else as_thousands + as_decimal


def parse_number(text: str, *, whole: bool = False, group: str = "", decimal: str = "") -> float | None:
    """'1.5', '1,5', '1.234,5', '1,234.5', ' 2 ' → a float; None for anything that is not a plain number.

    `whole`: the field takes whole numbers (a price in pesos, watts), so one separator followed by exactly three
    digits groups thousands, as people write them: "1.500" € and "25,000" MXN are 1500 and 25000, never 1.5 and 25.
    `decimal` (or `group`, the other sign): the field's locale's decimal sign; "d.ddd" is then read as the field
    writes numbers ("3.517" in Spanish is 3517, as the field wrote it before its cents were deleted); "0.140" stays
    0.14. The whole rule is `readings`'; this is its first reading.
    """
    if decimal not in (".", ",") and group in (".", ","):
        decimal = "," if group == "." else "."
    found = readings(text, whole=whole, decimal=decimal)
    return found[0] if found else None


class CheckedSpinBox(QDoubleSpinBox):
    """QDoubleSpinBox that reports what it cannot take (`problem(str)`: "" when all is well)."""

    problem = Signal(str)  # "not_a_number", "out_of_range" or "ambiguous" (see `ambiguity`); "" once a good value is in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._refused = ""  # why the text being finished was refused (set in fixup, said at editingFinished)
        # "ambiguous": (the text typed, how this field reads it, the other reading), for the page to say both
        self.ambiguity: tuple[str, float, float] = ("", 0.0, 0.0)
        # the decimals a figure of this value is written with elsewhere (the core's `figures.decimals`): the field
        # leaves out zeros past them (9,20 EUR, as the labels and the report write it, not 9,200) and keeps what was
        # typed (0,075 stays); None: every decimal the field holds
        self.shown_decimals: Callable[[float], int] | None = None
        self.editingFinished.connect(self._finished)

    def _number_part(self, text: str) -> str:
        t = text
        if self.prefix() and t.startswith(self.prefix()):
            t = t[len(self.prefix()) :]
        if self.suffix() and t.endswith(self.suffix()):
            t = t[: -len(self.suffix())]
        return t

    def _readings(self, text: str) -> tuple[float, ...]:
        """What the typed text can mean, read as this field writes numbers (its locale's decimal sign)."""
        return readings(self._number_part(text), whole=self.decimals() == 0, decimal=self.locale().decimalPoint())

    def _parse(self, text: str) -> float | None:
        found = self._readings(text)
        return found[0] if found else None

    def _fits(self, value: float) -> bool:
        return self.minimum() <= round(value, self.decimals()) <= self.maximum()

    def _special(self, text: str) -> bool:
        """`text` is the field's special value text (shown for its minimum: "type its price")."""
        return bool(self.specialValueText()) and text.strip() == self.specialValueText().strip()

    def _problem_with(self, text: str) -> str:
        if self._special(text):
            return ""
        found = self._readings(text)
        if not found:
            return "not_a_number"
        if self._fits(found[0]):
            return ""
        if len(found) > 1 and self._fits(found[1]):  # "1.500": out of range as the field reads it, not the other way
            return "ambiguous"
        return "out_of_range"

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # anything may stand in the box while it is typed (a "-" is not swallowed); only a good value is taken
        if self._problem_with(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def textFromValue(self, value: float) -> str:
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        if self.shown_decimals is None or point not in text:
            return text
        whole, fraction = text.rsplit(point, 1)
        keep = max(min(self.shown_decimals(value), len(fraction)), len(fraction.rstrip("0")))
        return whole + (point + fraction[:keep] if keep else "")

    def valueFromText(self, text: str) -> float:
        if self._special(text):
            return self.minimum()
        value = self._parse(text)  # as it was checked: "25.000" in a whole-peso field is 25000, not 25
        # to the field's decimals, as it shows it: Qt keeps 23.5 typed in a whole-number field while showing 24
        return self.value() if value is None else round(value, self.decimals())

    def fixup(self, text: str) -> str:  # what was typed cannot be taken: keep the last good value, say why
        self._refused = self._problem_with(text) or self._refused
        if self._refused == "ambiguous":  # what it was, and its two readings: the page says both
            found = self._readings(text)
            if len(found) > 1:
                self.ambiguity = (self._number_part(text).strip(), found[0], found[1])
        return self.prefix() + self.textFromValue(self.value()) + self.suffix()

    def _finished(self) -> None:
        self.problem.emit(self._refused)
        self._refused = ""
