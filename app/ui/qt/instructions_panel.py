"""InstructionsPanel: the project's instructions from the shard, painted (never selectable),
watermarked like any content, scrolled with the wheel."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QWheelEvent
from PySide6.QtWidgets import QWidget

from app.ui.qt.content_view import ContentView, ViewContext

PAD = 10


class InstructionsPanel(ContentView):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._text = ""
        self._scroll = 0
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(80)

    def show_text(self, text: str) -> None:
        self._text, self._scroll = text, 0
        self.update()

    def wipe(self) -> None:
        self._text, self._scroll = "", 0
        super().wipe()

    def paint_content(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), self.palette().alternateBase())
        painter.setPen(self.palette().text().color())
        flags = int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        area = QRectF(PAD, PAD - self._scroll, self.width() - 2 * PAD, 100_000)
        painter.drawText(area, flags, self._text or "No instructions for this project.")

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._scroll = max(0, self._scroll - event.angleDelta().y() // 2)
        self.update()
