"""The lead's disagreement queue: the projects the lead leads, the ranked items of one (item,
kind, annotators, disagreement, reasons, age) and paging. Up/Down move, Enter opens the
item side by side, Ctrl+PgDown/Ctrl+PgUp page, Ctrl+G opens the quality panel. Rows hold
ids and figures only, never content."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.review_queue import Paging, ReviewProject, ReviewRow
from app.ui.qt.queue_screen import _cell, _table
from app.ui.qt.theme import message_line, scaled_font, show_message

COLUMNS = ("Item", "Kind", "Annotators", "Disagreement", "Reasons", "Age")


class ReviewQueueScreen(QWidget):
    project_changed = Signal(str)  # project id
    page_requested = Signal(int)  # offset
    open_item_requested = Signal(str)  # item id
    quality_requested = Signal(str)  # project id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.projects: list[ReviewProject] = []
        self.rows: list[ReviewRow] = []
        self.paging = Paging()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel("Review: items where annotators disagree", self)
        title.setObjectName("title")
        title.setFont(scaled_font(self, 1.3, bold=True))
        top.addWidget(title)
        top.addStretch(1)
        self.project = QComboBox(self)
        self.project.setAccessibleName("Project to review")
        self.project.setMinimumContentsLength(24)
        top.addWidget(QLabel("Project", self))
        top.addWidget(self.project)
        self.refresh = QPushButton("Refresh", self)
        self.quality = QPushButton("Quality…", self)
        self.quality.setToolTip("Agreement, accuracy and throughput of this project (Ctrl+G)")
        self.open = QPushButton("Open item", self)
        self.open.setObjectName("primary")
        self.open.setToolTip("Show the item with each annotator's labels (Enter)")
        for button in (self.refresh, self.quality, self.open):
            top.addWidget(button)
        layout.addLayout(top)
        self.message = message_line(self)
        layout.addWidget(self.message)
        self.table = _table(self, COLUMNS)
        self.table.setAccessibleName("Disagreement queue, most disagreement first")
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.page_text = QLabel("", self)
        self.page_text.setObjectName("hint")
        self.previous = QPushButton("Previous page", self)
        self.previous.setToolTip("Ctrl+PgUp")
        self.next = QPushButton("Next page", self)
        self.next.setToolTip("Ctrl+PgDown")
        bottom.addWidget(self.page_text)
        bottom.addStretch(1)
        bottom.addWidget(self.previous)
        bottom.addWidget(self.next)
        layout.addLayout(bottom)

        self.project.currentIndexChanged.connect(self._project_chosen)
        self.refresh.clicked.connect(lambda: self._page(self.paging.offset))
        self.quality.clicked.connect(self._quality)
        self.open.clicked.connect(self._open)
        self.table.itemDoubleClicked.connect(lambda _item: self._open())
        self.previous.clicked.connect(self.previous_page)
        self.next.clicked.connect(self.next_page)
        for keys, slot in (
            (("Return", "Enter"), self._open),
            (("Ctrl+PgDown",), self.next_page),
            (("Ctrl+PgUp",), self.previous_page),
            (("Ctrl+G",), self._quality),
        ):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # --- what the window calls --------------------------------------------------------------

    @property
    def project_id(self) -> str | None:
        value = self.project.currentData()
        return value if isinstance(value, str) else None

    def show_projects(self, projects: Sequence[ReviewProject]) -> None:
        keep = self.project_id
        self.projects = list(projects)
        self.project.blockSignals(True)
        self.project.clear()
        for p in self.projects:
            self.project.addItem(f"{p.name} ({p.queue_size} to review)", p.project_id)
        index = next((i for i, p in enumerate(self.projects) if p.project_id == keep), 0)
        self.project.setCurrentIndex(index if self.projects else -1)
        self.project.blockSignals(False)
        if not self.projects:
            self.show_rows([], 0, now_ms=0)
            self.say("You lead no project yet; ask an admin to add you as a project's lead.")
        elif self.project_id is not None:
            self.project_changed.emit(self.project_id)

    def show_rows(self, rows: Sequence[ReviewRow], total: int, *, now_ms: int) -> None:
        self.rows = list(rows)
        self.paging.total = total
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row.cells(now_ms)):
                cell = _cell(text)
                if c in (2, 3):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, cell)
        self.page_text.setText(self.paging.text(len(rows)))
        self.previous.setEnabled(self.paging.offset > 0)
        self.next.setEnabled(self.paging.offset + self.paging.limit < total)
        self.open.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)
            self.table.setFocus()

    def say(self, text: str, *, error: bool = False) -> None:
        show_message(self.message, text, kind="error" if error else "info")

    def selected_item(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row].item_id if 0 <= row < len(self.rows) else None

    def select_item(self, item_id: str) -> None:
        for r, row in enumerate(self.rows):
            if row.item_id == item_id:
                self.table.selectRow(r)

    # --- actions -----------------------------------------------------------------------------

    def _project_chosen(self, _index: int) -> None:
        self.paging.offset = 0
        if self.project_id is not None:
            self.project_changed.emit(self.project_id)

    def _page(self, offset: int) -> None:
        if self.project_id is not None:
            self.page_requested.emit(offset)

    def next_page(self) -> None:
        if self.paging.next():
            self._page(self.paging.offset)

    def previous_page(self) -> None:
        if self.paging.previous():
            self._page(self.paging.offset)

    def _open(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.open_item_requested.emit(item)

    def _quality(self) -> None:
        if self.project_id is not None:
            self.quality_requested.emit(self.project_id)
