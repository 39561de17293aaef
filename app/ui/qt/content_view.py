"""ContentView: the one base of every widget that paints task content.

By construction each view is protected by the ContentGuard (no context menu, drags, drops,
input method; shaded when the window is not in front) and carries the visible watermark:
`paintEvent` is final, paints the content and then the watermark in the same pass, so
every grab and every screenshot holds both. Subclasses implement `paint_content` and may
not override `paintEvent` (a class that tries fails at import).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.ui.qt.watermark import paint_watermark

if TYPE_CHECKING:
    from app.ui.qt.guard import ContentGuard
    from app.ui.qt.watermark import WatermarkClock


ERROR_BACKGROUND = QColor("#2B2B2B")
ERROR_INK = QColor("#FFB4A9")


@dataclass
class ViewContext:
    guard: ContentGuard
    clock: WatermarkClock
    opacity_percent: int


class ContentView(QWidget):
    """Base of every widget that shows task content (text, image, DICOM, review screens)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "paintEvent" in cls.__dict__:
            raise TypeError(
                f"The view {cls.__name__} overrides ContentView.paintEvent; implement "
                "paint_content instead so the watermark is painted in the same pass."
            )

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._error: str | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        context.guard.protect(self)
        context.clock.changed.connect(self.update)

    # --- what subclasses implement ------------------------------------------------------

    def paint_content(self, painter: QPainter) -> None:
        """Paint the content (background included: the widget is opaque)."""
        painter.fillRect(self.rect(), self.palette().base())

    def background_luma(self) -> float:
        """0 (black) .. 1 (white): the watermark picks its ink and halo from it."""
        return self.palette().base().color().lightnessF()

    def wipe(self) -> None:
        """Drop every decoded pixel and text buffer (subclasses extend, then call this)."""
        self._error = None
        self.update()

    # --- one line instead of content -----------------------------------------------------

    def show_error(self, message: str) -> None:
        """Show one line in place of the content (the item is unusable; the rest is not)."""
        self.wipe()
        self._error = message
        self.update()

    @property
    def error(self) -> str | None:
        return self._error

    # --- final ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        luma = 0.5
        try:
            painter.save()
            if self._error is not None:
                painter.fillRect(self.rect(), ERROR_BACKGROUND)
                painter.setPen(ERROR_INK)
                painter.drawText(
                    self.rect().adjusted(24, 24, -24, -24),
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    self._error,
                )
                luma = ERROR_BACKGROUND.lightnessF()
            else:
                self.paint_content(painter)
                luma = self.background_luma()
            painter.restore()
        finally:
            # Always, even if painting the content failed half-way.
            paint_watermark(
                painter,
                QRectF(event.rect()),
                self.context.clock.stamp(),
                self.context.opacity_percent,
                luma,
            )
            painter.end()
