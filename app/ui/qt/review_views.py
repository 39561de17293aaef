"""The item side by side for a lead: the normal text, image and DICOM views with each
annotator's labels painted over them as read-only, colour-coded layers.

They are the annotator's views (subclasses: same guard, same watermark in the same paint
pass, same tools), so the lead can also draw a new label with the normal tools; the layers
are painted after the content and before the watermark. A layer is never editable: its
labels are the annotators' and come from the server.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from app.ui.models.review_layers import Layer, LayerVisibility
from app.ui.models.text_spans import Span
from app.ui.qt.dicom_view import DicomView
from app.ui.qt.image_canvas import ImageCanvas
from app.ui.qt.text_view import LANE_H, TextView


class _Layers:
    """The layers a review view paints, and which are shown."""

    def __init__(self) -> None:
        self.layers: tuple[Layer, ...] = ()
        self.visibility = LayerVisibility(0)

    def set(self, layers: Sequence[Layer]) -> None:
        self.layers = tuple(layers)
        self.visibility = LayerVisibility(len(self.layers))

    def shown(self) -> list[tuple[int, Layer]]:
        return [(i, self.layers[i]) for i in self.visibility.shown()]


class ReviewTextView(TextView):
    """A text item with one lane per shown annotator under each line: the layer's spans as
    a bar in its colour with the label name, and a light tint over the text they cover."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.overlay = _Layers()
        self._layer_spans: list[list[Span]] = []

    def set_layers(self, layers: Sequence[Layer]) -> None:
        self.overlay.set(layers)
        self._layer_spans = [layer.spans(self.text_length) for layer in self.overlay.layers]
        self._position_lines()
        self.update()

    def press_layer_key(self, key: int) -> bool:
        changed = self.overlay.visibility.press(key)
        if changed:
            self._position_lines()
            self.update()
        return changed

    def wipe(self) -> None:
        if hasattr(self, "overlay"):  # wipe() may run inside the base's __init__
            self._layer_spans = []
            self.overlay.set(())
        super().wipe()

    def _present(self, start: int, end: int) -> list[tuple[int, list[Span]]]:
        """Shown layers with a span on the line [start, end), in layer order."""
        if not hasattr(self, "overlay"):
            return []
        found = []
        for i in self.overlay.visibility.shown():
            spans = self._layer_spans[i] if i < len(self._layer_spans) else []
            on = [s for s in spans if s.start < max(end, start + 1) and s.end > start]
            if on:
                found.append((i, on))
        return found

    def _place(self, ln: Any) -> None:  # the annotator lanes go under the lead's own
        super()._place(ln)
        extra = len(self._present(ln.start, ln.end))
        if extra:
            ln.lanes += extra
            self._next_y = ln.bottom + 2

    def paint_content(self, painter: QPainter) -> None:
        super().paint_content(painter)
        if not self._lines or not self._layer_spans:
            return
        painter.save()
        painter.resetTransform()
        origin = self._origin()
        painter.translate(origin)
        top, bottom = -origin.y(), -origin.y() + self.height()
        painter.setFont(self._small)
        ascent = self._small_metrics.ascent()
        dark = self.palette().base().color().lightnessF() < 0.5
        for ln in self._lines:
            if ln.bottom < top:
                continue
            if ln.y > bottom:
                break
            present = self._present(ln.start, ln.end)
            first_lane = ln.lanes - len(present)
            for lane, (i, spans) in enumerate(present, start=first_lane):
                colour = QColor(self.overlay.layers[i].colour)
                bar_y = ln.y + ln.text_h + lane * LANE_H + 1
                for span in spans:
                    rect = self._range_rect(ln, span.start, span.end)
                    if rect is None:
                        continue
                    tint = QColor(colour)
                    tint.setAlpha(40)
                    painter.fillRect(rect, tint)
                    painter.fillRect(QRectF(rect.left(), bar_y, max(rect.width(), 2.0), 3), colour)
                    if ln.start <= span.start < ln.end or span.start == ln.start:
                        painter.setPen(colour.lighter(130) if dark else colour.darker(140))
                        tag = f"{self.overlay.layers[i].annotator}: {span.label}"
                        painter.drawText(QPointF(rect.left(), bar_y + 3 + ascent), tag)
        painter.restore()


def _paint_shape_layers(view: ImageCanvas, overlay: _Layers, painter: QPainter) -> None:
    """Each shown layer's shapes (on the current frame) in the layer's colour, dashed so
    they read apart from the lead's own solid shapes, tagged `A2: label`."""
    if view.image_size == (0, 0):
        return
    frame = view.current_frame()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = view._small_metrics
    step = metrics.height() + 4
    placed: list[QRectF] = []  # tags already drawn: a new one moves down until it is free
    for _, layer in overlay.shown():
        colour = QColor(layer.colour)
        fill = QColor(colour)
        fill.setAlpha(28)
        for shape in layer.shapes():
            if frame is not None and (shape.frame or 0) != frame:
                continue
            painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(fill))
            painter.drawPath(view._path(shape))
            x0, _, _, y1 = shape.bounds
            text = f"{layer.annotator}: {shape.label}"
            at = view._view((x0, y1)) + QPointF(0, step)
            rect = QRectF(at.x(), at.y() - step, metrics.horizontalAdvance(text) + 8, step)
            while any(rect.intersects(other) for other in placed):
                rect.translate(0, step)
            placed.append(rect)
            view._paint_tag(painter, QPointF(rect.left(), rect.bottom()), text, colour)
    painter.restore()


class _ShapeLayerCanvas(ImageCanvas):
    """What the image and DICOM review views share: each shown annotator's shapes, drawn
    over whatever the view paints (a DICOM view's frame decides which regions show)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.overlay = _Layers()

    def set_layers(self, layers: Sequence[Layer]) -> None:
        self.overlay.set(layers)
        self.update()

    def press_layer_key(self, key: int) -> bool:
        changed = self.overlay.visibility.press(key)
        self.update()
        return changed

    def wipe(self) -> None:
        _wipe_overlay(self)
        super().wipe()

    def paint_content(self, painter: QPainter) -> None:
        super().paint_content(painter)
        _paint_shape_layers(self, self.overlay, painter)


class ReviewImageCanvas(_ShapeLayerCanvas):
    """An image item with each shown annotator's boxes and polygons over it."""


class ReviewDicomView(_ShapeLayerCanvas, DicomView):
    """A DICOM item with each shown annotator's regions on the frame on screen."""


def _wipe_overlay(view: ImageCanvas) -> None:
    overlay = getattr(view, "overlay", None)
    if isinstance(overlay, _Layers):
        overlay.set(())
