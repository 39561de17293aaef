"""The quality panel: agreement by label, agreement over time, accuracy against adjudicated
labels and gold items, throughput, each plotted with QtCharts (PySide6-Addons) with its
numbers in a table beside the plot, and the project's overall figures. "Save figures CSV"
(Ctrl+E) asks the window to save the server's CSV (figures only) through the workstation
and shows where it went. Nothing here is task content: counts, rates, pseudonyms, label
names.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.review_charts import QualityFigures
from app.ui.models.review_layers import LAYER_COLOURS
from app.ui.qt.queue_screen import _cell
from app.ui.qt.theme import COLOURS, current_theme, message_line, scaled_font, show_message

CHART_THEMES = {
    "light": QChart.ChartTheme.ChartThemeLight,
    "dark": QChart.ChartTheme.ChartThemeDark,
    "high_contrast": QChart.ChartTheme.ChartThemeHighContrast,
}


def _table(parent: QWidget, columns: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(list(columns))
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    table.setDragEnabled(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names take the room
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = _cell(text)
            if c > 0:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, cell)
    # tall enough for every row (up to 12), so the numbers read without scrolling
    shown = min(max(len(rows), 1), 12)
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(min(len(rows), shown)))
    height += table.verticalHeader().defaultSectionSize() * (shown - min(len(rows), shown))
    table.setMinimumHeight(height + 2)


class QualityPanel(QWidget):
    refresh_requested = Signal(str)  # project id
    save_csv_requested = Signal(str)  # project id
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.project_id = ""
        self.figures: QualityFigures | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel("Quality", self)
        self.title.setObjectName("title")
        self.title.setFont(scaled_font(self, 1.3, bold=True))
        top.addWidget(self.title)
        top.addStretch(1)
        self.back = QPushButton("Back to the queue", self)
        self.back.setToolTip("Alt+R")
        self.refresh = QPushButton("Refresh", self)
        self.save_csv = QPushButton("Save figures CSV", self)
        self.save_csv.setObjectName("primary")
        self.save_csv.setToolTip("Figures only, never content, to your documents folder (Ctrl+E)")
        for button in (self.back, self.refresh, self.save_csv):
            top.addWidget(button)
        outer.addLayout(top)
        self.message = message_line(self)
        outer.addWidget(self.message)

        body = QWidget(self)
        grid = QGridLayout(body)
        self.overall = _table(body, ("Overall", "Value"), "Overall agreement figures")
        self.annotators = _table(
            body, ("Annotator", "Labels", "Items", "Agreement", "vs adjudicated", "vs gold"),
            "Figures per annotator",
        )  # fmt: skip
        grid.addWidget(self.overall, 0, 0)
        grid.addWidget(self.annotators, 0, 1)
        self.charts: dict[str, QChartView] = {}
        self.tables: dict[str, QTableWidget] = {}
        specs = (
            ("by_label", "Agreement by label", ("Label", "Agreement", "n")),
            ("by_day", "Agreement over time", ("Day", "Agreement", "Labels")),
            ("accuracy", "Accuracy vs adjudicated and gold",
             ("Annotator", "vs adjudicated", "vs gold")),
            ("throughput", "Throughput (labels per day)", ("Day", "Labels", "")),
        )  # fmt: skip
        for row, (key, title, columns) in enumerate(specs, start=1):
            chart = QChart()
            chart.setTitle(title)
            chart.legend().setVisible(key == "accuracy")
            chart.setMargins(QMargins(4, 4, 4, 4))
            view = QChartView(chart, body)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(self.fontMetrics().height() * 14)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            view.setAccessibleName(title)
            table = _table(body, [c for c in columns if c], f"{title}: the numbers")
            grid.addWidget(view, row, 0)
            grid.addWidget(table, row, 1)
            self.charts[key], self.tables[key] = view, table
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.back.clicked.connect(self.back_requested.emit)
        self.refresh.clicked.connect(lambda: self.refresh_requested.emit(self.project_id))
        self.save_csv.clicked.connect(self._save)
        action = QAction(self)
        action.setShortcut(QKeySequence("Ctrl+E"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self._save)
        self.addAction(action)

    def _save(self) -> None:
        if self.project_id:
            self.save_csv_requested.emit(self.project_id)

    def say(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, kind="error" if error else "info")

    # --- figures --------------------------------------------------------------------------

    def show_figures(self, project_name: str, figures: QualityFigures) -> None:
        self.project_id, self.figures = figures.project_id or self.project_id, figures
        self.title.setText(f"Quality · {project_name}")
        _fill(self.overall, figures.overall_rows())
        _fill(self.annotators, figures.annotator_rows())
        _fill(self.tables["by_label"], figures.label_rows())
        _fill(self.tables["by_day"], figures.day_rows())
        _fill(self.tables["accuracy"], [(r[0], r[4], r[5]) for r in figures.annotator_rows()])
        _fill(self.tables["throughput"], [(d, n) for d, _, n in figures.day_rows()])
        self._plot(figures)

    def _style(self, chart: QChart) -> None:
        theme = current_theme()
        chart.setTheme(CHART_THEMES.get(theme, QChart.ChartTheme.ChartThemeLight))
        colours = COLOURS[theme]
        chart.setBackgroundBrush(QColor(colours["base"]))
        chart.setTitleBrush(QColor(colours["text"]))
        chart.legend().setLabelColor(QColor(colours["text"]))

    def _reset(self, key: str) -> QChart:
        chart = self.charts[key].chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._style(chart)
        return chart

    def _axes(self, chart: QChart, series: object, categories: Sequence[str], top: float) -> None:
        x = QBarCategoryAxis()
        x.append(list(categories) or [""])
        y = QValueAxis()
        y.setRange(0, top)
        y.setLabelFormat("%.2f" if top <= 1 else "%d")
        if top > 1:
            y.applyNiceNumbers()  # counts: 0, 100, 200 rather than 0, 99, 199
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)  # type: ignore[attr-defined]
        series.attachAxis(y)  # type: ignore[attr-defined]

    def _bars(self, key: str, sets: Sequence[tuple[str, Sequence[float]]],
              categories: Sequence[str], top: float) -> None:  # fmt: skip
        chart = self._reset(key)
        series = QBarSeries()
        for i, (name, values) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(LAYER_COLOURS[i % len(LAYER_COLOURS)]))
            bar_set.append([float(v) for v in values])
            series.append(bar_set)
        chart.addSeries(series)
        self._axes(chart, series, categories, top)

    def _plot(self, q: QualityFigures) -> None:
        self._bars("by_label", [("agreement", [a for _, a, _ in q.by_label])],
                   [name for name, _, _ in q.by_label], 1.0)  # fmt: skip
        chart = self._reset("by_day")
        line = QLineSeries()
        line.setName("agreement")
        line.setColor(QColor(LAYER_COLOURS[0]))
        line.setPointsVisible(True)
        for i, (_, agreement, _) in enumerate(q.by_day):
            if agreement is not None:
                line.append(QPointF(i, agreement))
        chart.addSeries(line)
        self._axes(chart, line, [day[5:] for day, _, _ in q.by_day], 1.0)
        self._bars(
            "accuracy",
            [("vs adjudicated", [a.accuracy_vs_adjudicated or 0.0 for a in q.annotators]),
             ("vs gold", [a.accuracy_vs_gold or 0.0 for a in q.annotators])],
            [a.annotator for a in q.annotators], 1.0,
        )  # fmt: skip
        most = max((n for _, _, n in q.by_day), default=0)
        self._bars("throughput", [("labels", [n for _, _, n in q.by_day])],
                   [day[5:] for day, _, _ in q.by_day], float(max(1, most) * 1.1))  # fmt: skip

    def clear(self) -> None:
        self.figures = None
        for table in (self.overall, self.annotators, *self.tables.values()):
            table.setRowCount(0)
        for key in self.charts:
            self._reset(key)
        self.say("")
