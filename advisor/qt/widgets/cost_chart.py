"""The cumulative-cost chart (QtCharts, imported only here so start-up never loads it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

_COLORS = ("#c62828", "#6a1b9a", "#ef6c00")


class CostChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart().setMargins(self.chart().margins() * 0)
        self.setMinimumHeight(200)

    def set_series(self, data: Any, *, local_label: str, title: str, month_label: str) -> None:
        chart = QChart()
        chart.setTitle(f"{title} ({data.currency})")  # one currency: the comparison's, as every figure on the page
        chart.setLocalizeNumbers(True)  # axis labels written the region's way (1.500 or 1,500), as the page's
        chart.setLocale(QLocale())
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        lines = [(local_label, data.local, "#2e7d32")]
        lines += [(line.label, line.values, _COLORS[i % len(_COLORS)]) for i, line in enumerate(data.apis)]
        top = max((max(values) for _label, values, _c in lines if values), default=1.0)
        x_axis, y_axis = QValueAxis(), QValueAxis()
        last = max(data.months) if data.months else 1
        x_axis.setRange(0, last)
        step = 6 if last <= 36 else 12  # ticks on half-years or years
        if last % step == 0:
            x_axis.setTickCount(last // step + 1)
        x_axis.setLabelFormat("%.0f")  # never "%d": with localized numbers Qt Charts then draws no month at all
        x_axis.setTitleText(month_label)
        y_axis.setRange(0, top or 1)
        y_axis.setLabelFormat("%.0f")
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for label, values, color in lines:
            series = QLineSeries()
            series.setName(label)
            series.append([QPointF(m, v) for m, v in zip(data.months, values, strict=False)])
            series.setPen(QPen(QColor(color), 2))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()
