"""DicomView: a DICOM item (one file, one or many frames) with window/level, presets,
frame scroll, and region boxes/polygons in pixel coordinates with the pixel spacing shown.

Read with pydicom from memory (`force=False`: bytes that are not DICOM are refused with a
clear line, not guessed at). Stored values are rescaled (slope/intercept) to modality
units, windowed by the DICOM linear function (models/windowing.py), and MONOCHROME1 is
inverted; RGB frames are shown as they are. Window/level: W toggles the mode in which a
left drag adjusts it (Ctrl+left drag works in any tool); F4-F9 are presets. Frames: PgUp,
PgDown or the wheel (Ctrl+wheel zooms).
"""

from __future__ import annotations

import io
import logging
import math
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QWidget

from app.core.label_schema import LabelSchema
from app.ui.errors import ItemDisplayError
from app.ui.models.geometry import Shape
from app.ui.models.labeling import ItemLabels
from app.ui.models.windowing import (
    PRESETS,
    Window,
    apply_window,
    auto_window,
    drag_window,
    file_window,
    rescaled,
    rgb8,
)
from app.ui.qt.content_view import ViewContext
from app.ui.qt.image_canvas import Drag, ImageCanvas

MAX_PIXELS = 512 * 512 * 2000  # values in all frames together (a long CT series)
_NOT_DICOM = "This item is not a DICOM file; skip it and tell the data steward."
_DAMAGED = (
    "This DICOM file is damaged or its pixels cannot be decoded; skip it and tell the data steward."
)


@dataclass
class DicomPixels:
    """Decoded pixels and what the display needs from the header (no identifying fields)."""

    frames: NDArray[Any]  # (n, rows, cols) grey or (n, rows, cols, 3) RGB, stored values
    rgb: bool
    invert: bool  # MONOCHROME1
    slope: float
    intercept: float
    spacing: tuple[float, float] | None  # (row, column) mm per pixel
    window: Window | None  # the file's own
    modality: str


def _float(value: Any, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


@contextmanager
def _quiet_pydicom() -> Iterator[None]:
    """pydicom warns and logs about odd header values, quoting them: header values can be
    personal data, so while we read, its warnings are dropped and its logger is off."""
    logger = logging.getLogger("pydicom")
    was = logger.disabled
    logger.disabled = True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.disabled = was


def read_dicom(data: bytes | bytearray) -> DicomPixels:
    """Decode a DICOM file held in memory; ItemDisplayError when it is not one or is damaged."""
    with _quiet_pydicom():
        return _read_dicom(data)


def _read_dicom(data: bytes | bytearray) -> DicomPixels:
    import pydicom  # noqa: PLC0415 - loaded on the first DICOM item, not at start-up
    from pydicom.errors import InvalidDicomError  # noqa: PLC0415

    try:
        ds = pydicom.dcmread(io.BytesIO(bytes(data)), force=False)
    except InvalidDicomError:
        raise ItemDisplayError(_NOT_DICOM) from None
    except Exception:
        raise ItemDisplayError(_DAMAGED) from None
    if "PixelData" not in ds:
        raise ItemDisplayError("This DICOM file holds no image; skip it and tell the data steward.")
    try:
        samples = int(ds.get("SamplesPerPixel", 1) or 1)
        frames = int(ds.get("NumberOfFrames", 1) or 1)
        claimed = int(ds.Rows) * int(ds.Columns) * max(frames, 1) * max(samples, 1)
        if claimed > MAX_PIXELS:  # a damaged header must not make us allocate gigabytes
            raise ItemDisplayError("This DICOM file is larger than this client shows; skip "
                                   "it and tell the data steward.")  # fmt: skip
        pixels = np.asarray(ds.pixel_array)
    except ItemDisplayError:
        raise
    except Exception:
        raise ItemDisplayError(_DAMAGED) from None
    rgb = samples == 3
    if frames == 1 or pixels.ndim == (3 if rgb else 2):
        pixels = pixels[np.newaxis, ...]
    if pixels.ndim != (4 if rgb else 3) or 0 in pixels.shape:
        raise ItemDisplayError(_DAMAGED)
    spacing_value = ds.get("PixelSpacing") or ds.get("ImagerPixelSpacing")
    spacing = None
    if spacing_value is not None and len(spacing_value) == 2:
        row, col = _float(spacing_value[0], 0.0), _float(spacing_value[1], 0.0)
        spacing = (row, col) if row > 0 and col > 0 else None
    return DicomPixels(
        frames=pixels,
        rgb=rgb,
        invert=str(ds.get("PhotometricInterpretation", "")).strip() == "MONOCHROME1",
        slope=_float(ds.get("RescaleSlope", 1), 1.0) or 1.0,
        intercept=_float(ds.get("RescaleIntercept", 0), 0.0),
        spacing=spacing,
        window=file_window(ds.get("WindowCenter"), ds.get("WindowWidth")),
        modality=str(ds.get("Modality", "")).strip()[:16],
    )


def grey_image(grey: NDArray[np.uint8]) -> QImage:
    rows, cols = grey.shape
    data = np.ascontiguousarray(grey)
    return QImage(data.data, cols, rows, cols, QImage.Format.Format_Grayscale8).copy()


def rgb_image(rgb: NDArray[np.uint8]) -> QImage:
    rows, cols, _ = rgb.shape
    data = np.ascontiguousarray(rgb)
    return QImage(data.data, cols, rows, cols * 3, QImage.Format.Format_RGB888).copy()


class DicomView(ImageCanvas):
    label_kinds = ("region",)
    series_step = Signal(int)  # +1 / -1: past the last / first frame of this item

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._pixels: DicomPixels | None = None
        self.frame = 0
        self._values: NDArray[np.float32] | None = None  # current frame in modality units
        self._range = 1.0
        self.voi: Window | None = None
        self.preset_name = ""
        self.window_mode = False
        # (modality, preset name, window) the annotator last chose: kept across items
        self._chosen: tuple[str, str, Window | None] | None = None

    # --- content ------------------------------------------------------------------------

    def load(
        self,
        data: bytearray,
        labels: ItemLabels,
        schema: LabelSchema,
        decoded: tuple[QImage, QSize] | None = None,  # images only: DICOM decodes in ~2 ms
    ) -> None:
        self.wipe()
        pixels = read_dicom(data)
        self._labels, self._schema = labels, schema
        self._pixels = pixels
        self.voi = None
        self.set_frame(0)
        chosen = self._chosen
        if chosen is not None and chosen[0] == pixels.modality and not pixels.rgb:
            # the next slice of a series keeps the window the annotator chose
            if chosen[1] == "manual" and chosen[2] is not None:
                self.set_window(chosen[2])
            else:
                self.apply_preset(chosen[1])
        self.refresh_labels()

    def wipe(self) -> None:
        self._pixels, self._values, self.voi = None, None, None
        self.frame, self.preset_name, self.window_mode = 0, "", False
        super().wipe()

    @property
    def frame_count(self) -> int:
        return 0 if self._pixels is None else int(self._pixels.frames.shape[0])

    def current_frame(self) -> int | None:
        return self.frame

    def label_kind_of(self, shape_kind: str) -> str:
        return "region"

    def step_frame(self, step: int) -> None:
        """One frame on; past the first or last frame, `series_step` asks for the next or
        previous slice of the series (the next DICOM item of the shard)."""
        target = self.frame + step
        if self._pixels is not None and not 0 <= target < self.frame_count:
            self.series_step.emit(1 if step > 0 else -1)
            return
        self.set_frame(target)

    def set_frame(self, index: int) -> None:
        pixels = self._pixels
        if pixels is None:
            return
        self.frame = max(0, min(index, self.frame_count - 1))
        raw = pixels.frames[self.frame]
        if pixels.rgb:
            self._values = None
        else:
            values = rescaled(raw, pixels.slope, pixels.intercept)
            self._values = values
            self._range = float(values.max() - values.min()) if values.size else 1.0
            if self.voi is None:
                self.voi = pixels.window or auto_window(values)
                self.preset_name = "file" if pixels.window else "auto"
        self.selected = (
            None
            if self.selected not in {s.annotation_id for s in self.visible_shapes()}
            else self.selected
        )
        self._render()

    def _render(self) -> None:
        pixels = self._pixels
        if pixels is None:
            return
        rows, cols = pixels.frames.shape[1:3]
        if pixels.rgb:
            image = rgb_image(rgb8(pixels.frames[self.frame]))
        else:
            assert self._values is not None
            assert self.voi is not None
            image = grey_image(apply_window(self._values, self.voi, invert=pixels.invert))
        self.set_image(image, (int(cols), int(rows)))

    # --- window/level -------------------------------------------------------------------

    def set_window(self, window: Window, name: str = "manual") -> None:
        if self._pixels is None or self._pixels.rgb:
            self.message.emit("Window/level applies to greyscale images only.", False)
            return
        self.voi, self.preset_name = window, name
        if self._pixels is not None:
            self._chosen = (self._pixels.modality, name, window)
        self._render()

    def apply_preset(self, name: str) -> None:
        """A preset by name (models/windowing.PRESETS), "auto", or "file" (the file's own)."""
        if self._pixels is None:
            return
        if self._values is None:
            self.message.emit("Window/level applies to greyscale images only.", False)
            return
        if name == "file":
            if self._pixels.window is None:
                self.message.emit("This file suggests no window; using auto.", False)
                self.set_window(auto_window(self._values), "auto")
            else:
                self.set_window(self._pixels.window, "file")
            return
        preset = next((p for p in PRESETS if p.name == name), None)
        if preset is None:
            return
        self.set_window(preset.window or auto_window(self._values), preset.name)

    def toggle_window_mode(self) -> None:
        self.window_mode = not self.window_mode
        self.setCursor(
            Qt.CursorShape.SizeAllCursor if self.window_mode else Qt.CursorShape.ArrowCursor
        )
        self.update()

    def begin_special_drag(self, event: QMouseEvent) -> Drag | None:
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if (self.window_mode or ctrl) and self.voi is not None:
            pos = event.position()
            return Drag("window", pos, self._image(pos), extra=self.voi)
        return None

    def continue_special_drag(self, drag: Drag, pos: QPointF) -> None:
        if drag.mode == "window" and isinstance(drag.extra, Window):
            d = pos - drag.start_view
            self.set_window(drag_window(drag.extra, d.x(), d.y(), self._range))

    # --- frames -------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() // 120
        if steps:
            self.step_frame(-steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_PageDown:
            self.step_frame(1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.step_frame(-1)
        else:
            super().keyPressEvent(event)

    # --- overlay ------------------------------------------------------------------------

    def _mm(self, shape: Shape) -> str:
        spacing = self._pixels.spacing if self._pixels else None
        if spacing is None:
            return ""
        row_mm, col_mm = spacing
        if shape.shape == "box":
            x0, y0, x1, y1 = shape.bounds
            return f" {(x1 - x0) * col_mm:.1f}×{(y1 - y0) * row_mm:.1f} mm"
        pts = shape.points
        area = (
            abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(pts, pts[1:] + pts[:1], strict=True)))
            / 2
        )
        return f" {area * row_mm * col_mm:.0f} mm²"

    def tag_text(self, shape: Shape) -> str:
        return shape.label + self._mm(shape)

    def paint_overlay(self, painter: QPainter) -> None:
        pixels = self._pixels
        if pixels is None:
            return
        w, h = self.image_size
        lines = [
            f"{pixels.modality or 'DICOM'}  {w}×{h}  frame {self.frame + 1}/{self.frame_count}"
        ]
        if self.voi is not None:
            mode = "  [W: drag to window]" if self.window_mode else ""
            lines.append(
                f"W {self.voi.width:.0f}  L {self.voi.center:.0f}  ({self.preset_name}){mode}"
            )
        if pixels.spacing is not None:
            lines.append(f"pixel {pixels.spacing[1]:.3g} × {pixels.spacing[0]:.3g} mm")
        else:
            lines.append("pixel spacing unknown: sizes in pixels")
        hover = self._hover
        if hover is not None and self._values is not None:
            x, y = int(hover[0]), int(hover[1])
            if 0 <= x < w and 0 <= y < h:
                lines.append(f"({x}, {y})  {self._values[y, x]:.0f}")
        lines.append(f"{round(self.transform.scale * 100)}%  {self.tool}")
        self.draw_overlay_lines(painter, lines)
