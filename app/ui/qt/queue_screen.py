"""The work queue: assigned shards (project, items, done/total, expiry highlighted when near,
download progress) and the items of the open shard with their state. Enter or N opens the
next unlabelled item; a skip needs a reason chosen from the fixed list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.queue import ItemQueue, ShardRow
from app.ui.qt.theme import colour, current_theme, message_line, scaled_font, show_message
from app.workstation.workbench import SKIP_REASONS

SHARD_COLUMNS = ("Project", "Items", "Done", "Expires", "Kept")
ITEM_COLUMNS = ("#", "Kind", "State")


def _table(parent: QWidget, columns: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(list(columns))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    table.setDragEnabled(False)
    return table


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class QueueScreen(QWidget):
    refresh_requested = Signal()
    download_requested = Signal(str)  # shard id
    open_shard_requested = Signal(str)  # shard id
    open_item_requested = Signal(int)  # index in the open shard
    next_requested = Signal()
    skip_requested = Signal(int, str)  # index, reason code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._rows: list[ShardRow] = []
        self.queue: ItemQueue | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel("Work queue", self)
        title.setObjectName("title")
        title.setFont(scaled_font(self, 1.3, bold=True))
        top.addWidget(title)
        top.addStretch(1)
        self.refresh = QPushButton("Refresh", self)
        self.refresh.setToolTip("Ask the server for the shards assigned to you (F5)")
        self.download = QPushButton("Download", self)
        self.open = QPushButton("Open shard", self)
        self.open.setObjectName("primary")
        for button in (self.refresh, self.download, self.open):
            top.addWidget(button)
        layout.addLayout(top)
        self.progress = QProgressBar(self)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = message_line(self)
        layout.addWidget(self.message)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.shards = _table(splitter, SHARD_COLUMNS)
        self.shards.setAccessibleName("Assigned shards")
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.counts = QLabel("No shard open", right)
        self.counts.setObjectName("hint")
        right_layout.addWidget(self.counts)
        self.items = _table(right, ITEM_COLUMNS)
        self.items.setAccessibleName("Items of the open shard")
        right_layout.addWidget(self.items, 1)
        actions = QHBoxLayout()
        self.skip_reason = QComboBox(right)
        self.skip_reason.addItem("Skip reason…", "")
        for code, text in SKIP_REASONS.items():
            self.skip_reason.addItem(text, code)
        self.skip_reason.setAccessibleName("Reason to skip the selected item")
        self.skip = QPushButton("Skip", right)
        self.skip.setEnabled(False)
        self.next = QPushButton("Next unlabelled", right)
        self.next.setToolTip("Open the next item that has no label yet (N or Enter)")
        self.open_item = QPushButton("Open item", right)
        actions.addWidget(self.skip_reason)
        actions.addWidget(self.skip)
        actions.addStretch(1)
        actions.addWidget(self.open_item)
        actions.addWidget(self.next)
        right_layout.addLayout(actions)
        splitter.addWidget(self.shards)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.refresh.clicked.connect(self.refresh_requested.emit)
        self.download.clicked.connect(self._download)
        self.open.clicked.connect(self._open_shard)
        self.shards.itemDoubleClicked.connect(lambda _item: self._open_shard())
        self.shards.itemSelectionChanged.connect(self._update_buttons)
        self.items.itemDoubleClicked.connect(lambda _item: self._open_item())
        self.items.itemSelectionChanged.connect(self._update_buttons)
        self.open_item.clicked.connect(self._open_item)
        self.next.clicked.connect(self.next_requested.emit)
        self.skip_reason.currentIndexChanged.connect(self._update_buttons)
        self.skip.clicked.connect(self._skip)
        self._update_buttons()

    # --- shards ---------------------------------------------------------------------------

    def show_shards(self, rows: Sequence[ShardRow]) -> None:
        selected = self.selected_shard()
        self._rows = list(rows)
        self.shards.setRowCount(len(rows))
        warn = QBrush(colour(current_theme(), "near_expiry"))
        for r, row in enumerate(rows):
            cells = (
                row.project, row.items, row.progress, row.expires,
                "downloaded" if row.downloaded else "on server",
            )  # fmt: skip
            for c, text in enumerate(cells):
                cell = _cell(text)
                if row.near_expiry:
                    cell.setBackground(warn)
                    cell.setToolTip("Expires within a day: finish or sync it soon")
                    if c == SHARD_COLUMNS.index("Expires"):
                        font = cell.font()
                        font.setBold(True)
                        cell.setFont(font)
                self.shards.setItem(r, c, cell)
            if row.shard_id == selected:
                self.shards.selectRow(r)
        if rows and self.selected_shard() is None:
            self.shards.selectRow(0)
        if not rows:
            show_message(self.message, "No shards are assigned to you yet.", kind="info")
        self._update_buttons()

    def selected_shard(self) -> str | None:
        rows = self.shards.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()].shard_id

    def _selected_row(self) -> ShardRow | None:
        shard_id = self.selected_shard()
        return next((r for r in self._rows if r.shard_id == shard_id), None)

    def _download(self) -> None:
        shard_id = self.selected_shard()
        if shard_id is not None:
            self.download_requested.emit(shard_id)

    def _open_shard(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        if row.downloaded:
            self.open_shard_requested.emit(row.shard_id)
        else:
            self.download_requested.emit(row.shard_id)

    def show_download(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat("Downloading %p%")
        self.progress.setVisible(done < total)

    def set_busy(self, busy: bool, text: str = "") -> None:
        if busy:
            self.progress.setRange(0, 0)
            self.progress.setFormat(text)
        self.progress.setVisible(busy)
        for button in (self.refresh, self.download, self.open):
            button.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    # --- items ----------------------------------------------------------------------------

    def show_items(self, queue: ItemQueue | None) -> None:
        self.queue = queue
        if queue is None:
            self.items.setRowCount(0)
            self.counts.setText("No shard open")
            self._update_buttons()
            return
        self.items.setRowCount(len(queue.items))
        for r, item in enumerate(queue.items):
            for c, text in enumerate((str(r + 1), item.kind, item.state)):
                self.items.setItem(r, c, _cell(text))
        counts = queue.counts()
        self.counts.setText(
            f"{len(queue)} items: {counts['new']} new, {counts['labelled']} labelled, "
            f"{counts['skipped']} skipped, {counts['needs sync']} need sync"
        )
        if queue.current is not None:
            self.items.selectRow(queue.current)
        elif queue.items:
            self.items.selectRow(0)
        self._update_buttons()

    def selected_item(self) -> int | None:
        rows = self.items.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _open_item(self) -> None:
        index = self.selected_item()
        if index is not None:
            self.open_item_requested.emit(index)

    def focus_skip(self, index: int | None) -> None:
        """Ask for a skip reason for `index` (the workspace's skip key lands here)."""
        if index is not None:
            self.items.selectRow(index)
        self.skip_reason.setCurrentIndex(0)
        self.skip_reason.setFocus()
        show_message(self.message, "Choose a reason to skip this item.", kind="info")

    def _skip(self) -> None:
        index, reason = self.selected_item(), self.skip_reason.currentData()
        if index is None:
            return
        if not reason:
            show_message(self.message, "Choose a reason to skip this item.")
            return
        self.skip_reason.setCurrentIndex(0)
        self.skip_requested.emit(index, str(reason))

    def _update_buttons(self) -> None:
        row = self._selected_row()
        self.download.setEnabled(row is not None and not row.downloaded)
        self.open.setEnabled(row is not None)
        has_item = self.selected_item() is not None and self.queue is not None
        self.open_item.setEnabled(has_item)
        self.next.setEnabled(self.queue is not None)
        self.skip.setEnabled(has_item and bool(self.skip_reason.currentData()))

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        show_message(self.message, text)

    def show_info(self, text: str) -> None:
        show_message(self.message, text, kind="info")
