"""The Models page's table: one row per repository, showing the file that suits this machine best."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from advisor.core.types import FitLevel
from advisor.qt import fmt
from advisor.qt.widgets.fit import fit_colors, fit_text, fit_tooltip

_FIT_ORDER = {FitLevel.FULL_GPU: 0, FitLevel.PARTIAL_OFFLOAD: 1, FitLevel.CPU_ONLY: 2, FitLevel.TOO_LARGE: 3, None: 4}
Index = QModelIndex | QPersistentModelIndex


def _with_placement(fit_words: str, file: Any) -> str:
    """The fit with the placement its speed assumes, briefly ("Partial GPU · experts of 35 layers in RAM")."""
    from advisor.core.messages import sizing
    from advisor.qt.wording import say

    placed = sizing.placement_short(say(), file)
    return f"{fit_words} · {placed}" if placed else fit_words


def _how_to_load(tooltip: str, file: Any, context: int | None = None) -> str:
    """The fit's explanation, and how to load the file in that placement at the list's `context` (the
    recommendation's words)."""
    from advisor.core.messages import sizing
    from advisor.qt.wording import say

    runs = getattr(file, "fit", None) not in (None, FitLevel.TOO_LARGE)  # too large: nothing to load at any context
    how = sizing.how_to_load(say(), getattr(file, "load", None), context, runs=runs)
    return "\n".join((tooltip, *how)) if how else tooltip


class CandidatesModel(QAbstractTableModel):
    MODEL, FIT, SPEED, QUANT, SIZE, DOWNLOADS, LICENSE = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Any, Any]] = []  # (candidate, shown file)
        self._headers: list[str] = []
        self._offline = False  # the bundled list: its rough download counts are not shown
        self._context: int | None = None  # the context the files were sized at: how to load them says it
        self.retranslate()

    def set_candidates(
        self,
        candidates: tuple[Any, ...],
        preferred_quant: str | None = None,
        preferred_model: str | None = None,
        *,
        offline: bool = False,
        context: int | None = None,
    ) -> None:
        """`offline`: the bundled list, whose download counts are rough figures kept only to order it: not shown;
        `context`: the one the files were sized at."""
        self.beginResetModel()
        self._offline = offline
        self._context = context
        if candidates:
            from advisor.core.catalog.ranking import suggested_file  # the catalogue loads with the first search

            self._rows = [(c, suggested_file(c, preferred_quant, preferred_model)) for c in candidates]
        else:
            self._rows = []
        self.endResetModel()

    def candidate(self, row: int) -> Any:
        return self._rows[row][0]

    def shown_file(self, row: int) -> Any:
        return self._rows[row][1]

    def retranslate(self) -> None:
        self._headers = [
            self.tr("Model"),
            self.tr("Fit"),
            self.tr("Speed"),
            self.tr("Quant"),
            self.tr("Size"),
            self.tr("Downloads"),
            self.tr("Licence"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        cand, file = self._rows[index.row()]
        col = index.column()
        fit = file.fit if file is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.MODEL: ("~ " if getattr(file, "shape_borrowed", False) else "") + cand.repo_id,
                self.FIT: _with_placement(fit_text(fit, getattr(file, "tight", False)), file),
                self.SPEED: fmt.tokens_per_second(getattr(file, "tokens_per_second", None)),
                self.QUANT: (file.quant or "—") if file is not None else "—",
                self.SIZE: fmt.size(file.size_bytes) if file is not None else "—",
                self.DOWNLOADS: "—" if self._offline else fmt.count(cand.downloads),
                self.LICENSE: cand.license or "—",
            }.get(col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.FIT:
                return _how_to_load(fit_tooltip(fit), file, self._context)
            if col == self.SPEED:
                return self.tr("Estimated generation speed with this file on this computer (about 0.75 words a token).")
            if col == self.SIZE:
                return self.tr("Size of the file to download; the model needs a little more memory than this.")
            if col == self.DOWNLOADS:
                return self.tr("Downloads on Hugging Face in the last month.")
            if col == self.MODEL and cand.gated:
                return self.tr("Gated: accept the licence on huggingface.co before downloading.")
            if col == self.MODEL and getattr(file, "shape_borrowed", False):
                return self.tr(
                    "~ This model's layers could not be read: its memory is estimated from a similar well-known model."
                )
            if col == self.QUANT:
                return self.tr("The quantisation of the file suggested for this computer.")
            return None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and col == self.FIT:
            fg, bg = fit_colors(fit)
            return bg if role == Qt.ItemDataRole.BackgroundRole else fg
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SPEED, self.SIZE, self.DOWNLOADS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return {
                self.SPEED: (getattr(file, "tokens_per_second", None) or 0.0) if file else 0.0,
                self.SIZE: file.size_bytes if file else 0,
                self.DOWNLOADS: cand.downloads,
                self.FIT: _FIT_ORDER.get(fit, 4),
            }.get(col, self.data(index))
        return None
