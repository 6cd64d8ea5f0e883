"""Fit badges: the four answers LM Studio users know (full GPU / partial offload / CPU only / too large)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from advisor.core.types import FitLevel

COLORS = {
    FitLevel.FULL_GPU: ("#1b5e20", "#e3f4e4"),
    FitLevel.PARTIAL_OFFLOAD: ("#7a4f00", "#fff1d6"),
    FitLevel.CPU_ONLY: ("#0d3c61", "#e3eefa"),
    FitLevel.TOO_LARGE: ("#8a1c1c", "#fdecea"),
}


def fit_text(fit: FitLevel | str | None) -> str:
    fit = FitLevel(fit) if fit else None
    return {
        FitLevel.FULL_GPU: QCoreApplication.translate("Fit", "Full GPU"),
        FitLevel.PARTIAL_OFFLOAD: QCoreApplication.translate("Fit", "Partial GPU"),
        FitLevel.CPU_ONLY: QCoreApplication.translate("Fit", "CPU only"),
        FitLevel.TOO_LARGE: QCoreApplication.translate("Fit", "Too large"),
    }.get(fit, "—")


def fit_tooltip(fit: FitLevel | str | None) -> str:
    fit = FitLevel(fit) if fit else None
    return {
        FitLevel.FULL_GPU: QCoreApplication.translate(
            "Fit", "Every layer fits in free GPU memory: the fastest way to run it."),
        FitLevel.PARTIAL_OFFLOAD: QCoreApplication.translate(
            "Fit", "Some layers run on the GPU and the rest on the CPU: it works, but slower."),
        FitLevel.CPU_ONLY: QCoreApplication.translate(
            "Fit", "It fits in system RAM and runs on the processor: usable for small models."),
        FitLevel.TOO_LARGE: QCoreApplication.translate(
            "Fit", "Not enough memory (GPU plus RAM) to load it on this computer."),
    }.get(fit, "")


def fit_colors(fit: FitLevel | str | None) -> tuple[QColor, QColor]:
    fg, bg = COLORS.get(FitLevel(fit) if fit else None, ("#333333", "#eeeeee"))
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
        self.setStyleSheet(f"QLabel {{ color: {fg.name()}; background: {bg.name()}; border-radius: 8px;"
                           " padding: 2px 8px; font-weight: bold; }")

    def retranslate(self) -> None:
        self.set_fit(self._fit)
