"""A column of fields that scrolls up and down when the window is too short for it, never sideways.

At the app's default size every text in it is shown whole; where the window is made shorter, or a note appears
under a field (a value the field could not take, an explained default), the column scrolls instead of squeezing
word-wrapped labels (which cuts their last lines off) or making the window taller.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ContentHeightScroll(QScrollArea):
    """Scrolls up and down, never sideways: asks the window for the content's width plus the scroll bar's, and for
    its height only up to `max_min_height`; asks again when the content's needs change (rows, notes, words)."""

    max_min_height = 240

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's needs changed (a note shown, new words): the page asks again
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        need = content.minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(need.width() + bar + 2 * self.frameWidth(), min(need.height(), self.max_min_height))


class ColumnScroll(ContentHeightScroll):
    """Holds `content` at the viewport's width and its own height for that width (its word-wrapped labels whole).

    It asks the window for the content's width (plus room for the scroll bar), so that the fields are never cut at
    the side, and for at most `max_min_height` of its height: a longer text (another country's source, a note shown)
    makes it scroll, never the window grow. Frameless and transparent, it looks like the box it stands in."""

    def __init__(self, content: QWidget, parent: QWidget | None = None, *, max_min_height: int = 240) -> None:
        super().__init__(parent)
        self.max_min_height = max_min_height
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        # QScrollArea paints the content with the window colour: the box's own colour shows through instead
        content.setAutoFillBackground(False)
        viewport = self.viewport()
        if viewport is not None:
            viewport.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        hint = self.minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        return QSize(max(hint.width(), content.sizeHint().width()), max(hint.height(), content.sizeHint().height()))
