"""LabelPanel: the schema's labels for this item's kind (key, colour, name) and the item's
classes as toggles. A click does what the key does; the keys work from anywhere in the
window (the workspace's actions). Shows schema names only, never item content.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.label_schema import LabelSchema


def _swatch(color: str) -> str:
    ink = "black" if QColor(color).lightnessF() > 0.55 else "white"
    return f"background: {color}; color: {ink}; border: none; padding: 3px 6px; text-align: left;"


class LabelPanel(QWidget):
    key_clicked = Signal(str)  # a label or class key, as if typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._buttons: dict[str, QPushButton] = {}  # class name -> toggle
        self._shown: tuple[LabelSchema, tuple[str, ...]] | None = None

    def show_schema(
        self, schema: LabelSchema, kinds: Sequence[str], classes: Sequence[str]
    ) -> None:
        """Rebuild for one item: its kind's labels, then the item classes (kept as they are
        when the schema and kinds did not change: switching items stays cheap)."""
        key = (schema, tuple(kinds))
        if key == self._shown:
            self.set_classes(classes)
            return
        self._shown = key
        while self._layout.count():
            item = self._layout.takeAt(0)
            child = item.widget() if item is not None else None
            if child is not None:  # hidden at once: deleteLater waits for the event loop
                child.hide()
                child.setParent(None)
                child.deleteLater()
        self._buttons = {}
        labels = schema.labels_for(*kinds)
        if labels:
            self._layout.addWidget(self._heading("Labels"))
        for d in labels:
            button = QPushButton(f"{d.key or ' '}   {d.name}  ({d.kind})", self)
            button.setStyleSheet(_swatch(d.color))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(f"Press {d.key} to apply" if d.key else "No key left for this label")
            if d.key:
                button.clicked.connect(lambda _=False, k=d.key: self.key_clicked.emit(k))
            self._layout.addWidget(button)
        if schema.classes:
            how = "one or more" if schema.multi_class else "one"
            self._layout.addWidget(self._heading(f"Item class ({how})"))
        for c in schema.classes:
            toggle = QPushButton(f"{c.key or ' '}   {c.name}", self)
            toggle.setCheckable(True)
            toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if c.key:
                toggle.clicked.connect(lambda _=False, k=c.key: self.key_clicked.emit(k))
            self._buttons[c.name] = toggle
            self._layout.addWidget(toggle)
        self.set_classes(classes)

    def set_classes(self, classes: Sequence[str]) -> None:
        for name, toggle in self._buttons.items():
            toggle.setChecked(name in classes)

    def checked(self) -> list[str]:
        return [name for name, toggle in self._buttons.items() if toggle.isChecked()]

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label
