"""A bar chart of one indicator across townships, sorted, with the county total (QtCharts)."""
from __future__ import annotations

from PySide6.QtCharts import (QBarCategoryAxis, QBarSet, QChart, QChartView,
                              QHorizontalBarSeries, QValueAxis)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..collect import Summary
from ..collect.grid import COUNTY_BAR, indicator_bars
from ..collect.units import format_decimal

class IndicatorChart(QWidget):
    """Indicator chooser above a horizontal bar chart; a rate gets its 全县 bar (recomputed)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: Summary | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("指标："), self))
        self.chooser = QComboBox(self)
        self.chooser.setMinimumContentsLength(16)
        top.addWidget(self.chooser, 1)
        layout.addLayout(top)
        self.view = QChartView(self)
        self.view.setRenderHint(QPainter.Antialiasing)
        layout.addWidget(self.view, 1)
        self.chooser.currentIndexChanged.connect(self.show_column)

    def set_summary(self, summary: Summary | None) -> None:
        self.summary = summary
        self.chooser.blockSignals(True)
        self.chooser.clear()
        if summary is not None:
            for k, column in enumerate(summary.columns):
                self.chooser.addItem(column.heading, k)
        self.chooser.blockSignals(False)
        self.show_column(0)

    def categories(self) -> list[str]:
        """What the bars are, top to bottom (tests and export read this)."""
        chart = self.view.chart()
        axes = chart.axes(Qt.Vertical) if chart else []
        if not axes or not isinstance(axes[0], QBarCategoryAxis):
            return []
        return list(reversed(axes[0].categories()))

    def show_column(self, _index: int = 0) -> None:
        chart = QChart()
        chart.legend().hide()
        column = self.chooser.currentData()
        if self.summary is None or column is None:
            chart.setTitle(self.tr("没有可画的指标"))
            self.view.setChart(chart)
            return
        info = self.summary.columns[column]
        points = [(name, float(value)) for name, value in indicator_bars(self.summary, column)]
        total = (self.tr("全县合计 %1").replace("%1", format_decimal(info.total))
                 if info.total is not None and info.kind == "sum" else
                 self.tr("全县（由合计数重算）%1").replace("%1", format_decimal(info.total))
                 if info.total is not None else self.tr("不列合计"))
        chart.setTitle(f"{info.heading}　{total}")
        bars = QBarSet(info.heading)
        bars.setColor(QColor("#4a78b5"))
        names = []
        for name, value in reversed(points):  # Qt draws the first category at the bottom
            bars.append(value)
            names.append(name)
        county = names.index(COUNTY_BAR) if COUNTY_BAR in names else -1
        if county >= 0:  # the recomputed county rate stands out from the townships
            bars.setSelectedColor(QColor("#c0504d"))
            bars.selectBar(county)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(names)
        chart.addAxis(axis_y, Qt.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setMin(0)
        axis_x.setMax(max([v for _, v in points] + [0]) * 1.15 or 1)
        axis_x.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignBottom)
        series.attachAxis(axis_x)
        self.view.setChart(chart)

    def save_png(self, path: str) -> bool:
        return self.view.grab().save(path, "PNG")
