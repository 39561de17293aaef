"""The cheat sheet (`?`): every shortcut from models/shortcuts.py, the window's own, and the
open item's label keys, grouped as the table groups them. Keyboard only: Escape closes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.models.shortcuts import SHORTCUTS, Shortcut


def grouped(shortcuts: Iterable[Shortcut]) -> list[tuple[str, list[Shortcut]]]:
    """Groups in first-seen order, shortcuts in table order."""
    groups: dict[str, list[Shortcut]] = {}
    for shortcut in shortcuts:
        groups.setdefault(shortcut.group, []).append(shortcut)
    return list(groups.items())


class CheatSheet(QDialog):
    def __init__(
        self,
        extra: Sequence[Shortcut] = (),
        label_keys: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Keys", "Action"])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        table = [*extra, *SHORTCUTS]
        if label_keys:
            table += [
                Shortcut(f"key_{k}", (k,), name, "This item's labels") for k, name in label_keys
            ]
        for group, shortcuts in grouped(table):
            head = QTreeWidgetItem([group, ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(head)
            for shortcut in shortcuts:
                self.tree.addTopLevelItem(
                    QTreeWidgetItem([" or ".join(shortcut.keys), shortcut.description])
                )
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 80
        self.resize(width, self.fontMetrics().height() * 32)

    def rows(self) -> list[tuple[str, str]]:
        """What the sheet shows, for tests: (keys, description) per line."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                rows.append((item.text(0), item.text(1)))
        return rows
