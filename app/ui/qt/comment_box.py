"""CommentBox: the annotator's own comment on the item, saved through the sink (PII check
first). It holds only what the user typed or saved before, never task content; a refusal
shows inline, red, on one line, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.errors import CleanroomError
from app.ui.models.labeling import MAX_COMMENT_LEN

ERROR_STYLE = "color: #C62828;"
OK_STYLE = "color: palette(mid);"


class CommentBox(QWidget):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Comment (Ctrl+M, Enter saves)", self)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(MAX_COMMENT_LEN)
        self.edit.setPlaceholderText("Your note on this item")
        self.edit.setClearButtonEnabled(True)
        self.edit.setDragEnabled(False)
        self.status = QLabel("", self)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(title)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        self._saver: Callable[[str], object] | None = None
        self._saved_text = ""
        self.edit.editingFinished.connect(self.commit)
        self.edit.textEdited.connect(self._edited)

    def show_comment(self, text: str, saver: Callable[[str], object] | None) -> None:
        """The saved comment of the item and how to save a new one (None: read-only)."""
        self._saver, self._saved_text = saver, text
        self.edit.setText(text)
        self.edit.setEnabled(saver is not None)
        self._say("", error=False)

    def clear(self) -> None:
        self.show_comment("", None)

    @property
    def dirty(self) -> bool:
        return self.edit.text().strip() != self._saved_text

    def commit(self) -> bool:
        """Save if changed; True when nothing is left unsaved."""
        if self._saver is None or not self.dirty:
            return True
        text = self.edit.text().strip()
        try:
            self._saver(text)
        except CleanroomError as exc:
            self._say(exc.message, error=True)
            return False
        self._saved_text = text
        self._say("Saved.", error=False)
        self.saved.emit()
        return True

    def _edited(self) -> None:
        self._say("Not saved yet: Enter saves.", error=False)

    def _say(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        style = ERROR_STYLE if error else OK_STYLE
        if self.status.styleSheet() != style:  # re-polishing costs more than the text
            self.status.setStyleSheet(style)
