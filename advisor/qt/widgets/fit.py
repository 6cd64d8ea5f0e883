"""Fit badges: the four answers LM Studio users know (full GPU / partial offload / CPU only / too large)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from advisor.core.types import FitLevel

COLORS = {
    FitLevel.FULL_GPU: ("#1b5e20", "#e3f4e4"),
    FitLevel.PARTIAL_OFFLOAD: ("#7a4f00", "#fff1d6"),
    FitLevel.CPU_ONLY: ("#0d3c61", "#e3eefa"),
    FitLevel.TOO_LARGE: ("#8a1c1c", "#fdecea"),
}
NEUTRAL = ("#333333", "#eeeeee")  # no fit known


def fit_text(fit: FitLevel | str | None, tight: bool = False) -> str:
    """The fit in words, with its tight flag ("CPU only, tight"): the core's one rendering of it."""
    from advisor.core.messages import sizing
    from advisor.qt.wording import say

    return sizing.fit_tight(say(), fit, tight)


def fit_tooltip(fit: FitLevel | str | None) -> str:
    from advisor.core.messages import sizing
    from advisor.qt.wording import say

    return sizing.fit_explained(say(), fit)


def fit_colors(fit: FitLevel | str | None) -> tuple[QColor, QColor]:
    fg, bg = COLORS.get(FitLevel(fit), NEUTRAL) if fit else NEUTRAL
    return QColor(fg), QColor(bg)


class FitBadge(QLabel):
    """A coloured pill naming the fit level, with a tooltip explaining it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit: FitLevel | None = None
        self.set_fit(None)

    def set_fit(self, fit: FitLevel | str | None) -> None:
        self._fit = FitLevel(fit) if fit else None
        fg, bg = fit_colors(self._fit)
        self.setText(fit_text(self._fit))
        self.setToolTip(fit_tooltip(self._fit))
        self.setAccessibleName(self.text())
        self.setStyleSheet(
            f"QLabel {{ color: {fg.name()}; background: {bg.name()}; border-radius: 8px;"
            " padding: 2px 8px; font-weight: bold; }"
        )

    def retranslate(self) -> None:
        self.set_fit(self._fit)
