"""A wrapped label as tall as the longest of the sentences it may show, at its width.

The Costs page's line under the country says where that country's electricity price comes from, one to four lines
long by country and language; sized for the longest, the fields below it stay where they are when the country
changes (a newcomer comparing countries kept losing the field they were looking at)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

_TALL = 1_000_000  # a box tall enough for any wrapped sentence


class SourceLabel(QLabel):
    """A word-wrapped, top-aligned QLabel whose minimum height fits each of `sentences()` and its own text."""

    def __init__(self, sentences: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sentences = sentences
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reserve()

    def reserve(self) -> None:
        """Set the minimum height to the tallest of the sentences wrapped at the label's width (nothing before the
        label has a width)."""
        width = self.contentsRect().width()
        if width <= 0:
            return
        metrics = self.fontMetrics()
        box = QRect(0, 0, width, _TALL)
        flags = int(Qt.TextFlag.TextWordWrap)
        heights = [
            metrics.boundingRect(box, flags, text).height() for text in (*self._sentences(), self.text()) if text
        ]
        height = max(heights, default=0)
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
