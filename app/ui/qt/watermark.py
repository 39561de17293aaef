"""The visible watermark: who is looking, tiled over every pixel of task content.

`ContentView.paintEvent` calls `paint_watermark` right after painting the content, in the
same pass, so every grab and every screenshot carries it. The text block is rendered once
into a seamless, already-rotated tile (cached per stamp, colours, size and pixel ratio) and
blitted with `drawTiledPixmap`, so a repaint costs one tiled blit and no text layout.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from app.core.clock import now_ms
from app.ui.models.watermark_text import WatermarkStamp, minute_of

__all__ = [
    "MIN_OPACITY_PERCENT",
    "WatermarkClock",
    "WatermarkStamp",
    "effective_opacity",
    "paint_watermark",
]

MIN_OPACITY_PERCENT: Final = 10  # below this a capture is no longer attributable by eye
ANGLE_DEG: Final = 30.0
FONT_FAMILY: Final = "DejaVu Sans"
FONT_PX: Final = 24
HALO_PX: Final = 3.0
GAP_PX: Final = 48.0
DARK_INK: Final = QColor(20, 20, 20)
LIGHT_INK: Final = QColor(245, 245, 245)


def effective_opacity(opacity_percent: int) -> int:
    """The policy's percent, never below the floor nor above 100."""
    return max(MIN_OPACITY_PERCENT, min(100, int(opacity_percent)))


def _inks(background_luma: float) -> tuple[QColor, QColor]:
    """(ink, halo): dark text with a light halo on light pages, the reverse on dark images."""
    if background_luma >= 0.5:
        return DARK_INK, LIGHT_INK
    return LIGHT_INK, DARK_INK


def _font() -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(FONT_PX)
    font.setBold(True)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


@lru_cache(maxsize=8)
def _tile(lines: tuple[str, ...], ink_rgb: int, halo_rgb: int, ratio: float) -> QPixmap:
    """A seamless tile of rotated text blocks, wrapped at the edges (blitted untransformed)."""
    font = _font()
    metrics = QFontMetricsF(font)
    line_h = metrics.height()
    block_w = max(metrics.horizontalAdvance(line) for line in lines) + 2 * HALO_PX
    block_h = line_h * len(lines)
    # Block centres form the lattice {i*(W, 0) + j*(0, H)} with H/W = tan(30°): each band
    # of blocks runs along the text direction (W, -H), so the tile repeats seamlessly and
    # needs no transform when blitted. Bands are Lg apart along the text and Lg/2*cos30
    # apart across it; Lg is chosen so neither the blocks nor the bands overlap.
    rad = math.radians(ANGLE_DEG)
    along = max(block_w + GAP_PX, (block_h + GAP_PX) / (math.sin(rad) * math.cos(rad)))
    tile_w = max(1, round(along * math.cos(rad)))
    tile_h = max(1, round(along * math.sin(rad)))
    image = QImage(
        math.ceil(tile_w * ratio),
        math.ceil(tile_h * ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)

    path = QPainterPath()
    for i, line in enumerate(lines):
        x = (block_w - metrics.horizontalAdvance(line)) / 2 - block_w / 2
        y = i * line_h + metrics.ascent() - block_h / 2
        path.addText(QPointF(x, y), font, line)

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i in (-1, 0, 1, 2):  # the block at each lattice point that reaches into the tile
        for j in (-1, 0, 1, 2):
            painter.save()
            painter.translate(i * tile_w, j * tile_h)
            painter.rotate(-ANGLE_DEG)
            painter.strokePath(path, QPen(QColor.fromRgb(halo_rgb), HALO_PX * 2))
            painter.fillPath(path, QColor.fromRgb(ink_rgb))
            painter.restore()
    painter.end()
    return QPixmap.fromImage(image)


def paint_watermark(
    painter: QPainter,
    rect: QRectF,
    stamp: WatermarkStamp,
    opacity_percent: int,
    background_luma: float,
) -> None:
    """Tile the stamp over `rect` at the policy's opacity (never below the floor)."""
    ink, halo = _inks(background_luma)
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    tile = _tile(stamp.lines(), ink.rgb(), halo.rgb(), float(ratio))
    painter.save()
    painter.setOpacity(effective_opacity(opacity_percent) / 100)
    # Anchored at the widget origin, not at `rect`, so partial repaints line up.
    painter.drawTiledPixmap(rect, tile, rect.topLeft())
    painter.restore()


class WatermarkClock(QObject):
    """The current stamp; `changed` fires when the minute turns or the session changes."""

    changed = Signal()

    def __init__(
        self,
        user: str,
        device_id: str,
        session_id: str,
        *,
        clock_ms: Callable[[], int] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock_ms = clock_ms or now_ms
        self._user, self._device_id, self._session_id = user, device_id, session_id
        self._minute = minute_of(self._clock_ms())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.tick)
        self._arm()

    def stamp(self) -> WatermarkStamp:
        return WatermarkStamp(self._user, self._device_id, self._session_id, self._minute)

    def set_identity(self, user: str, device_id: str, session_id: str) -> None:
        """After a login or unlock: a new session shows at once."""
        self._user, self._device_id, self._session_id = user, device_id, session_id
        self.changed.emit()

    def tick(self) -> None:
        """Re-read the clock; emit `changed` if the minute turned (the timer calls this)."""
        minute = minute_of(self._clock_ms())
        if minute != self._minute:
            self._minute = minute
            self.changed.emit()
        self._arm()

    def _arm(self) -> None:
        ms_left = 60_000 - self._clock_ms() % 60_000
        self._timer.start(min(60_000, ms_left + 50))
