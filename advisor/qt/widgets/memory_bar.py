"""A horizontal bar: what a model needs (weights, KV cache, overhead) against what the machine can give.

The bar's segments add up to the figure the page compares with the capacity (the core's `memory_parts`); what
the model keeps outside that figure (its token embeddings in system RAM beside a model on the GPU) is named after
the capacity, "+ In system RAM 0.5 GiB", and never drawn against it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from advisor.qt import fmt


@dataclass(frozen=True)
class Segment:
    label: str
    n_bytes: int
    color: str


class MemoryBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments: tuple[Segment, ...] = ()
        self.capacity_bytes = 0
        self.capacity_label = ""
        self.aside: tuple[Segment, ...] = ()  # parts outside the compared figure: named in the legend, not drawn
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by keyboard so screen readers read its summary

    def set_data(
        self,
        segments: tuple[Segment, ...],
        capacity_bytes: int,
        capacity_label: str,
        aside: tuple[Segment, ...] = (),
    ) -> None:
        self.segments, self.capacity_bytes, self.capacity_label = segments, capacity_bytes, capacity_label
        self.aside = tuple(s for s in aside if s.n_bytes > 0)
        parts = [f"{s.label}: {fmt.gib(s.n_bytes)}" for s in segments]
        beside = [f"+ {s.label}: {fmt.gib(s.n_bytes)}" for s in self.aside]
        summary = "; ".join([*parts, f"{capacity_label}: {fmt.gib(capacity_bytes)}", *beside])
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, self.fontMetrics().height() * 2 + 14)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        bar_h = fm.height() + 6
        total = sum(s.n_bytes for s in self.segments)
        scale_max = max(total, self.capacity_bytes, 1)
        width = self.width() - 2
        bar = QRectF(1, 1, width, bar_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#eeeeee"))
        painter.drawRoundedRect(bar, 4, 4)
        x = 1.0
        for seg in self.segments:
            w = width * seg.n_bytes / scale_max
            painter.setBrush(QColor(seg.color))
            painter.drawRect(QRectF(x, 1, w, bar_h))
            x += w
        if self.capacity_bytes:
            cx = 1 + width * self.capacity_bytes / scale_max
            painter.setPen(QPen(QColor("#c62828") if total > self.capacity_bytes else QColor("#222222"), 2))
            painter.drawLine(int(cx), 0, int(cx), bar_h + 2)
        # legend below the bar
        painter.setPen(self.palette().text().color())
        lx, ly = 1, bar_h + 4
        for seg in self.segments:
            painter.setBrush(QColor(seg.color))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(QRectF(lx, ly + 3, 10, 10))
            painter.setPen(self.palette().text().color())
            text = f"{seg.label} {fmt.gib(seg.n_bytes)}"
            painter.drawText(lx + 14, ly + fm.ascent() + 1, text)
            lx += 14 + fm.horizontalAdvance(text) + 16
        if self.capacity_bytes:
            text = f"│ {self.capacity_label} {fmt.gib(self.capacity_bytes)}"
            painter.drawText(lx, ly + fm.ascent() + 1, text)
            lx += fm.horizontalAdvance(text) + 16
        for seg in self.aside:  # outside the compared figure: named, with its colour, after the capacity
            text = f"+ {seg.label} {fmt.gib(seg.n_bytes)}"
            painter.setBrush(QColor(seg.color))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(QRectF(lx, ly + 3, 10, 10))
            painter.setPen(self.palette().text().color())
            painter.drawText(lx + 14, ly + fm.ascent() + 1, text)
            lx += 14 + fm.horizontalAdvance(text) + 16
        painter.end()
