"""ImageCanvas: an image item with boxes and polygons (draw, select, move, resize, edit
vertices, delete, relabel), zoom to the cursor, pan, fit and 100%.

Pixels are decoded once, in memory, from the item's bytes (QImageReader over a QBuffer: no
temporary file, no image viewer); images larger than MAX_DISPLAY_SIDE are decoded
downsampled for display while shapes stay in original pixels. The pixmap scaled for the
current zoom is cached, so a repaint is one blit plus the shapes. The middle and right
buttons are the guard's; panning is Space+drag, dragging empty space, or the arrow keys.

Keyboard: B/P/V pick the tool (the workspace's actions), arrows move the crosshair while
drawing (Shift: one pixel) and Enter places a corner or a vertex (Enter on the last
vertex closes a polygon); with a shape selected, arrows move it and Ctrl+arrows resize it
(or move the active vertex of a polygon: "." and "," pick it).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageReader,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from app.core.errors import CleanroomError
from app.core.label_schema import LabelSchema
from app.core.labels import LabelVersion
from app.ui.errors import ItemDisplayError
from app.ui.models.geometry import (
    Point,
    Shape,
    ViewTransform,
    box_from,
    box_handles,
    edge_at,
    handle_at,
    is_drawable,
    moved,
    parse_shape,
    resized,
    shape_at,
    shape_value,
    with_inserted_vertex,
    with_vertex,
    without_vertex,
)
from app.ui.models.labeling import ItemLabels
from app.ui.qt.content_view import ContentView, ViewContext

MAX_DISPLAY_SIDE = 4096
BACKGROUND = QColor("#1E1E1E")
HANDLE_PX = 7.0
ZOOM_STEP = 1.25


@dataclass
class Drag:
    mode: str  # "move" | "resize" | "vertex" | "box" | "pan" | "window"
    start_view: QPointF
    start_image: Point
    shape: Shape | None = None
    handle: str | int | None = None
    extra: object = None


def _display_size(size: QSize, fit: QSize | None, jpeg: bool) -> QSize | None:
    """The size to decode at, or None for full size. JPEG decodes at 1/2, 1/4 or 1/8 of its
    size almost for free (DCT scaling), so an image much larger than the view is decoded
    at the smallest such size still at least as large as the view; full pixels come when
    the user zooms in. Anything over MAX_DISPLAY_SIDE is decoded downsampled."""
    w, h = size.width(), size.height()
    factor = 1
    if jpeg and fit is not None and fit.width() > 0 and fit.height() > 0:
        while factor < 8 and w // (factor * 2) >= fit.width() and h // (factor * 2) >= fit.height():
            factor *= 2
    while max(w, h) // factor > MAX_DISPLAY_SIDE:
        factor *= 2
    if factor == 1:
        return None
    return QSize(max(1, -(-w // factor)), max(1, -(-h // factor)))


def decode_image(data: bytes | bytearray, fit: QSize | None = None) -> tuple[QImage, QSize]:
    """Decode PNG/JPEG bytes in memory: (display image, original size). `fit` (device
    pixels) lets a large JPEG decode smaller. Safe to call off the GUI thread (QImage only).
    Raises ItemDisplayError when the bytes are not an image Qt can read."""
    raw = QByteArray(data)  # one copy, wiped below (bytes(data) would be a second)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    try:
        reader.setAutoTransform(False)  # shapes are in stored pixel order, as the server's
        size = reader.size()
        if not size.isValid() or size.isEmpty():
            raise ItemDisplayError("This item is not an image this client can show; skip it "
                                   "and tell the data steward.")  # fmt: skip
        jpeg = bytes(reader.format().data()) == b"jpeg"
        scaled = _display_size(size, fit, jpeg)
        if jpeg:
            return _decode_jpeg(data, scaled), size
        if scaled is not None:
            reader.setScaledSize(scaled)
        image = reader.read()
        if image.isNull():
            raise ItemDisplayError("This image is damaged and cannot be decoded; skip it and "
                                   "tell the data steward.")  # fmt: skip
        return image, size
    finally:
        # Drop the format handler before the buffer: Qt's TIFF handler closes its file on
        # destruction and would touch a buffer Python has already freed (a segfault).
        reader.setDevice(None)  # type: ignore[arg-type]  # Qt takes nullptr: drops the handler
        buffer.close()
        raw.fill(0)  # our copy of the decrypted bytes


def _decode_jpeg(data: bytes | bytearray, scaled: QSize | None) -> QImage:
    """JPEG through Pillow's libjpeg-turbo (2-3x faster here than Qt's bundled decoder),
    with DCT scaling (`draft`) down to `scaled`; in memory, EXIF orientation ignored."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            if scaled is not None:
                img.draft(img.mode, (scaled.width(), scaled.height()))
            img.load()
            pixels = img if img.mode in ("L", "RGB") else img.convert("RGB")
            grey = pixels.mode == "L"
            fmt = QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB888
            raw = pixels.tobytes()
            line = pixels.width * (1 if grey else 3)
            return QImage(raw, pixels.width, pixels.height, line, fmt).copy()
    except (OSError, ValueError, Image.DecompressionBombError):
        raise ItemDisplayError(
            "This image is damaged and cannot be decoded; skip it and tell the data steward."
        ) from None


class ImageCanvas(ContentView):
    changed = Signal()  # a label version was committed
    message = Signal(str, bool)  # one line for the annotator; True when it is an error

    #: label kinds of the schema this view draws (DicomView: region)
    label_kinds: tuple[str, ...] = ("box", "polygon")

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setMouseTracking(True)
        self._pixmap: QPixmap | None = None
        self._source: bytearray | None = None  # kept only while a full decode may be needed
        self._scaled: tuple[int, QPixmap] | None = None  # (target width, pixmap)
        self.image_size = (0, 0)
        self._luma = BACKGROUND.lightnessF()
        self.transform = ViewTransform()
        self._fitted = True  # refit on resize until the user zooms or pans
        self._labels: ItemLabels | None = None
        self._schema = LabelSchema()
        self.shapes: list[Shape] = []
        self.selected: str | None = None
        self.tool = "select"
        self._current: dict[str, str] = {}  # shape kind -> label name for new shapes
        self._drag: Drag | None = None
        self._preview: Shape | None = None  # the selected shape while it is being edited
        self.draft: list[Point] = []  # polygon or box corners placed so far
        self.crosshair: Point | None = None  # keyboard drawing position, image pixels
        self.active_vertex = 0  # of the selected polygon, for keyboard vertex edits
        self._space = False
        self._hover: Point | None = None
        self._small = QFont(self.font())
        self._small_metrics = QFontMetricsF(self._small)

    # --- content ------------------------------------------------------------------------

    def load(
        self,
        data: bytearray,
        labels: ItemLabels,
        schema: LabelSchema,
        decoded: tuple[QImage, QSize] | None = None,
    ) -> None:
        """Show the item with its shapes. `decoded` is `decode_image(data, fit)` already run
        (on a worker thread, for the next item): then showing is only a blit."""
        self.wipe()
        image, size = decoded if decoded is not None else decode_image(data, self._fit_size())
        self._labels, self._schema = labels, schema
        self._source = data if image.width() < size.width() else None
        self.set_image(image, (size.width(), size.height()))
        self.refresh_labels()

    def _fit_size(self) -> QSize:
        ratio = self.devicePixelRatioF()
        w, h = (self.width(), self.height()) if self.isVisible() else (1920, 1080)
        return QSize(round(w * ratio), round(h * ratio))

    def _full_pixels(self) -> None:
        """Zoomed in past the decoded size: decode the full pixels once (the item's bytes
        are held until the item leaves the view, then wiped by the workspace)."""
        source, self._source = self._source, None
        if source is None or not any(source[:64]):
            return
        try:
            image, size = decode_image(source)
        except ItemDisplayError:
            return
        if (size.width(), size.height()) == self.image_size:
            self._pixmap, self._scaled = QPixmap.fromImage(image), None

    def set_image(self, image: QImage, original: tuple[int, int]) -> None:
        """Show decoded pixels (maybe downsampled) standing for an `original`-sized image."""
        self._pixmap = QPixmap.fromImage(image)
        self._scaled = None
        first = self.image_size == (0, 0) or self.image_size != original
        self.image_size = original
        tiny = image.scaled(16, 16).convertToFormat(QImage.Format.Format_Grayscale8)
        total = sum(tiny.pixelColor(x, y).lightnessF() for x in range(16) for y in range(16))
        self._luma = total / 256
        if first or self._fitted:
            self.fit()
        self.update()

    def wipe(self) -> None:
        self._pixmap, self._scaled, self._source = None, None, None
        self.image_size = (0, 0)
        self._labels = None
        self.shapes, self.selected, self._preview, self._drag = [], None, None, None
        self.draft, self.crosshair = [], None
        self.tool = "select"
        super().wipe()

    def background_luma(self) -> float:
        return self._luma

    def current_frame(self) -> int | None:
        """The frame shapes belong to (DICOM); None for a still image."""
        return None

    def label_kind_of(self, shape_kind: str) -> str:
        """The stored label kind of a drawn shape: box/polygon here, region on DICOM."""
        return shape_kind

    def refresh_labels(self) -> None:
        labels = self._labels
        found = []
        for v in labels.live(*self.label_kinds) if labels else []:
            shape = parse_shape(v.annotation_id, v.kind, v.value)
            if shape is not None:
                found.append(shape)
        self.shapes = found
        if self.selected not in {s.annotation_id for s in found}:
            self.selected = None
        self.update()

    def visible_shapes(self) -> list[Shape]:
        frame = self.current_frame()
        return [s for s in self.shapes if frame is None or (s.frame or 0) == frame]

    def _shape(self, annotation_id: str | None) -> Shape | None:
        if self._preview is not None and self._preview.annotation_id == annotation_id:
            return self._preview
        return next((s for s in self.shapes if s.annotation_id == annotation_id), None)

    # --- zoom and pan -------------------------------------------------------------------

    def fit(self) -> None:
        w, h = self.image_size
        self.transform.fit(self.width(), self.height(), w, h)
        self._fitted = True
        self.update()

    def actual_size(self) -> None:
        w, h = self.image_size
        self.transform.actual_size(self.width(), self.height(), w, h)
        self._fitted = False
        self.update()

    def zoom(self, factor: float, at: QPointF | None = None) -> None:
        centre = at if at is not None else QPointF(self.width() / 2, self.height() / 2)
        self.transform.zoom_at((centre.x(), centre.y()), factor)
        self._fitted = False
        self.update()

    def pan(self, dx: float, dy: float) -> None:
        self.transform.pan(dx, dy)
        self._fitted = False
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._fitted:
            self.fit()
        super().resizeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP**steps, event.position())

    # --- painting -----------------------------------------------------------------------

    def _view(self, p: Point) -> QPointF:
        x, y = self.transform.to_view(p)
        return QPointF(x, y)

    def _image(self, p: QPointF) -> Point:
        return self.transform.to_image((p.x(), p.y()))

    def paint_content(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), BACKGROUND)
        if self._pixmap is None:
            return
        w, h = self.image_size
        target = QRectF(self._view((0, 0)), self._view((w, h)))
        painter.drawPixmap(target, *self._pixmap_for(target))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for shape in self.visible_shapes():
            self._paint_shape(painter, self._shape(shape.annotation_id) or shape)
        self._paint_draft(painter)
        self.paint_overlay(painter)

    def _pixmap_for(self, target: QRectF) -> tuple[QPixmap, QRectF]:
        """The pixmap to blit into `target` and its source rect: a smooth copy at the
        current size when zoomed out (cached), the decoded pixels when zoomed in."""
        assert self._pixmap is not None
        width = round(target.width() * self.devicePixelRatioF())
        if width > self._pixmap.width() and self._source is not None:
            self._full_pixels()
        if width >= self._pixmap.width() or width < 1:
            return self._pixmap, QRectF(self._pixmap.rect())
        if self._scaled is None or self._scaled[0] != width:
            self._scaled = (
                width,
                self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation),
            )
        return self._scaled[1], QRectF(self._scaled[1].rect())

    def _path(self, shape: Shape) -> QPainterPath:
        path = QPainterPath()
        if shape.shape == "box":
            path.addRect(QRectF(self._view(shape.points[0]), self._view(shape.points[1])))
        else:
            path.addPolygon(QPolygonF([self._view(p) for p in shape.points]))
            path.closeSubpath()
        return path

    def _paint_shape(self, painter: QPainter, shape: Shape) -> None:
        color = QColor(self._schema.color_of(shape.label))
        selected = shape.annotation_id == self.selected
        fill = QColor(color)
        fill.setAlpha(70 if selected else 35)
        painter.setPen(QPen(color, 3 if selected else 2))
        painter.setBrush(QBrush(fill))
        painter.drawPath(self._path(shape))
        x0, y0, _, _ = shape.bounds
        self._paint_tag(painter, self._view((x0, y0)), self.tag_text(shape), color)
        if selected:
            handles = (
                list(box_handles(shape).values()) if shape.shape == "box" else list(shape.points)
            )
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(QBrush(color))
            for i, p in enumerate(handles):
                v = self._view(p)
                size = HANDLE_PX * (
                    1.8
                    if shape.shape == "polygon" and i == self.active_vertex % len(handles)
                    else 1
                )
                painter.drawRect(QRectF(v.x() - size / 2, v.y() - size / 2, size, size))

    def tag_text(self, shape: Shape) -> str:
        return shape.label

    def _paint_tag(self, painter: QPainter, at: QPointF, text: str, color: QColor) -> None:
        painter.setFont(self._small)
        m = self._small_metrics
        rect = QRectF(
            at.x(), at.y() - m.height() - 2, m.horizontalAdvance(text) + 8, m.height() + 2
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(rect)
        painter.setPen(QColor("black") if color.lightnessF() > 0.55 else QColor("white"))
        painter.drawText(
            rect.adjusted(4, 1, 0, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )

    def _paint_draft(self, painter: QPainter) -> None:
        pen = QPen(QColor("white"), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        drag = self._drag
        if drag is not None and drag.mode == "box" and self._hover is not None:
            painter.drawRect(QRectF(self._view(drag.start_image), self._view(self._hover)))
        points = list(self.draft)
        tip = self.crosshair if self.crosshair is not None else self._hover
        if points:
            if self.tool == "box" and tip is not None:
                painter.drawRect(QRectF(self._view(points[0]), self._view(tip)))
            else:
                painter.drawPolyline(
                    QPolygonF([self._view(p) for p in [*points, *([tip] if tip else [])]])
                )
                for p in points:
                    v = self._view(p)
                    painter.drawEllipse(v, 3, 3)
        if self.crosshair is not None:
            v = self._view(self.crosshair)
            painter.setPen(QPen(QColor("#FFD400"), 1))
            painter.drawLine(QPointF(v.x() - 10, v.y()), QPointF(v.x() + 10, v.y()))
            painter.drawLine(QPointF(v.x(), v.y() - 10), QPointF(v.x(), v.y() + 10))

    def paint_overlay(self, painter: QPainter) -> None:
        """Text over the image (zoom; DICOM adds window, frame and spacing)."""
        w, h = self.image_size
        self.draw_overlay_lines(
            painter, [f"{round(self.transform.scale * 100)}%  {w}×{h}  {self.tool}"]
        )

    def draw_overlay_lines(self, painter: QPainter, lines: list[str]) -> None:
        painter.setFont(self._small)
        m = self._small_metrics
        y = self.height() - 8 - m.height() * len(lines)
        for line in lines:
            y += m.height()
            painter.setPen(QColor("black"))
            painter.drawText(QPointF(9, y + 1), line)
            painter.setPen(QColor("#F0F0F0"))
            painter.drawText(QPointF(8, y), line)

    # --- mouse --------------------------------------------------------------------------

    def begin_special_drag(self, event: QMouseEvent) -> Drag | None:
        """A subclass's own left-drag (DICOM window/level); None to let the tools act."""
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._pixmap is None:
            event.ignore()
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        img = self._image(pos)
        tolerance = HANDLE_PX / self.transform.scale
        if self._space:
            self._drag = Drag("pan", pos, img)
            return
        special = self.begin_special_drag(event)
        if special is not None:
            self._drag = special
            return
        self.crosshair = None
        if self.tool == "box":
            self._drag = Drag("box", pos, self._clamped(img))
            self._hover = self._clamped(img)
        elif self.tool == "polygon":
            first = self.draft[0] if self.draft else None
            if (
                first is not None
                and len(self.draft) >= 3
                and abs(first[0] - img[0]) <= tolerance
                and abs(first[1] - img[1]) <= tolerance
            ):
                self.close_polygon()
            else:
                self.draft.append(self._clamped(img))
        else:
            current = self._shape(self.selected)
            handle = handle_at(current, img, tolerance) if current is not None else None
            if current is not None and handle is not None:
                mode = "resize" if isinstance(handle, str) else "vertex"
                self._drag = Drag(mode, pos, img, current, handle)
            else:
                hit = shape_at(self.visible_shapes(), img)
                self.selected = hit.annotation_id if hit else None
                self.active_vertex = 0
                self._drag = Drag("move", pos, img, hit) if hit else Drag("pan", pos, img)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        img = self._image(pos)
        self._hover = self._clamped(img)
        drag = self._drag
        if drag is not None:
            w, h = self.image_size
            if drag.mode == "pan":
                d = pos - drag.start_view
                drag.start_view = pos
                self.pan(d.x(), d.y())
            elif drag.mode == "move" and drag.shape is not None:
                self._preview = moved(
                    drag.shape, img[0] - drag.start_image[0], img[1] - drag.start_image[1], w, h
                )
            elif drag.mode == "resize" and drag.shape is not None and isinstance(drag.handle, str):
                self._preview = resized(drag.shape, drag.handle, img, w, h)
            elif drag.mode == "vertex" and drag.shape is not None and isinstance(drag.handle, int):
                self._preview = with_vertex(drag.shape, drag.handle, img, w, h)
            else:
                self.continue_special_drag(drag, pos)
        self.update()

    def continue_special_drag(self, drag: Drag, pos: QPointF) -> None:
        """Subclasses move their own drags (DICOM window/level)."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        drag, self._drag = self._drag, None
        if drag is None:
            return
        if drag.mode == "box":
            corners = box_from(drag.start_image, self._clamped(self._image(event.position())))
            self._create("box", corners)
        elif drag.mode in ("move", "resize", "vertex") and self._preview is not None:
            preview, self._preview = self._preview, None
            if drag.shape is not None and preview.points != drag.shape.points:
                self._commit_shape(preview)
        self._preview = None
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Polygon tool: close the polygon. Select tool, on the selected polygon: a double
        click on a vertex removes it, on an edge adds one there."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.tool == "polygon" and len(self.draft) >= 3:
            self.close_polygon()
            return
        shape = self._shape(self.selected)
        if self.tool != "select" or shape is None or shape.shape != "polygon":
            return
        self._drag, self._preview = None, None
        img = self._image(event.position())
        tolerance = HANDLE_PX / self.transform.scale
        vertex = handle_at(shape, img, tolerance)
        if isinstance(vertex, int):
            fewer = without_vertex(shape, vertex)
            if fewer is None:
                self.message.emit("A polygon keeps at least three points.", False)
            else:
                self._commit_shape(fewer)
            return
        edge = edge_at(shape, img, tolerance)
        if edge is not None:
            point = (float(round(img[0])), float(round(img[1])))
            self._commit_shape(with_inserted_vertex(shape, edge, point))

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = Qt.Key(event.key()), event.modifiers()
        if key == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space = True
                self.setCursor(Qt.CursorShape.OpenHandCursor)
            return
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        fine = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key in arrows and self._pixmap is not None:
            dx, dy = arrows[key]
            if self.tool in ("box", "polygon"):
                self._move_crosshair(dx, dy, fine)
            elif self.selected is not None:
                self._nudge(dx, dy, fine, resize=bool(mods & Qt.KeyboardModifier.ControlModifier))
            else:
                self.pan(-dx * 40, -dy * 40)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.tool in ("box", "polygon"):
            self.place_point()
            return
        event.ignore()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.isAutoRepeat():
            return
        if event.key() == Qt.Key.Key_Space:
            self._space = False
            self.unsetCursor()
        elif self._preview is not None and self._drag is None:
            preview, self._preview = self._preview, None  # a keyboard move or resize ends
            self._commit_shape(preview)

    def _move_crosshair(self, dx: int, dy: int, fine: bool) -> None:
        if self.crosshair is None:
            w, h = self.image_size
            self.crosshair = (
                self.draft[-1]
                if self.draft
                else self._clamped(self._image(QPointF(self.width() / 2, self.height() / 2)))
            )
            if not (0 <= self.crosshair[0] <= w):
                self.crosshair = (w / 2, h / 2)
        step = 1.0 if fine else max(1.0, round(10 / self.transform.scale))
        x, y = self.crosshair
        self.crosshair = self._clamped((round(x + dx * step), round(y + dy * step)))
        self.update()

    def _nudge(self, dx: int, dy: int, fine: bool, *, resize: bool) -> None:
        shape = self._shape(self.selected)
        if shape is None:
            return
        step = 1 if fine else 10
        w, h = self.image_size
        if resize and shape.shape == "box":
            (_, _), (x1, y1) = shape.points
            self._preview = resized(shape, "se", (x1 + dx * step, y1 + dy * step), w, h)
        elif resize:  # a polygon: Ctrl+arrows move its active vertex
            i = self.active_vertex % len(shape.points)
            x, y = shape.points[i]
            self._preview = with_vertex(shape, i, (x + dx * step, y + dy * step), w, h)
        else:
            self._preview = moved(shape, dx * step, dy * step, w, h)
        self.update()

    def cycle_vertex(self, step: int) -> None:
        """The active vertex of the selected polygon (Ctrl+arrows move it)."""
        shape = self._shape(self.selected)
        if shape is not None and shape.shape == "polygon":
            self.active_vertex = (self.active_vertex + step) % len(shape.points)
            self.update()

    def place_point(self) -> None:
        """Enter while drawing: a corner (box) or a vertex (polygon) at the crosshair."""
        if self.crosshair is None:
            if self.tool == "polygon" and len(self.draft) >= 3:
                self.close_polygon()
            else:
                self._move_crosshair(0, 0, True)
            return
        point = self.crosshair
        if self.tool == "box":
            if not self.draft:
                self.draft = [point]
            else:
                corners = box_from(self.draft[0], point)
                self.draft = []
                self._create("box", corners)
        elif self.draft and self.draft[-1] == point and len(self.draft) >= 3:
            self.close_polygon()
        elif not self.draft or self.draft[-1] != point:
            self.draft.append(point)
        self.update()

    def close_polygon(self) -> None:
        points, self.draft = tuple(self.draft), []
        if len(points) >= 3:
            self._create("polygon", points)
        self.update()

    def _clamped(self, p: Point) -> Point:
        w, h = self.image_size
        return min(max(p[0], 0.0), float(w)), min(max(p[1], 0.0), float(h))

    # --- labeling (the workspace's actions call these) -----------------------------------

    def set_tool(self, tool: str) -> None:
        if tool != "select" and not self._schema.labels_for(*self._kinds_for(tool)):
            self.message.emit(f"This project has no labels to draw as a {tool}.", False)
            return
        self.tool, self.draft, self._drag = tool, [], None
        if tool != "select":
            self.selected = None
        else:
            self.crosshair = None
        self.setCursor(
            Qt.CursorShape.CrossCursor if tool != "select" else Qt.CursorShape.ArrowCursor
        )
        self.update()

    def _kinds_for(self, shape_kind: str) -> tuple[str, ...]:
        kind = self.label_kind_of(shape_kind)
        return (kind,)

    def apply_key(self, key: str) -> bool:
        """A label key: relabel the selected shape, or choose the label for new shapes."""
        label = self._schema.label_for_key(key, *self.label_kinds)
        if label is None:
            return False
        shape = self._shape(self.selected)
        if shape is not None and self.label_kind_of(shape.shape) == label.kind:
            if shape.label != label.name:
                self._commit_shape(replace(shape, label=label.name))
            return True
        # no selection, or a label of another kind: it becomes the label for new shapes
        self.selected = None
        shape_kind = (
            label.kind
            if label.kind in ("box", "polygon")
            else (self.tool if self.tool != "select" else "box")
        )
        self._current[shape_kind] = label.name
        if self.tool != shape_kind:
            self.set_tool(shape_kind)
        self.message.emit(f"Drawing {label.name} ({shape_kind}).", False)
        return True

    def _label_for_new(self, shape_kind: str) -> str | None:
        kind = self.label_kind_of(shape_kind)
        name = self._current.get(shape_kind)
        if name is not None and self._schema.label(name, kind) is not None:
            return name
        choices = self._schema.labels_for(kind)
        return choices[0].name if choices else None

    def _create(self, shape_kind: str, points: tuple[Point, ...]) -> None:
        label = self._label_for_new(shape_kind)
        if label is None:
            self.message.emit(f"This project has no labels to draw as a {shape_kind}.", False)
            return
        shape = Shape(
            "",
            shape_kind,
            tuple((float(round(x)), float(round(y))) for x, y in points),
            label,
            self.current_frame(),
        )
        if not is_drawable(shape):
            return
        kind = self.label_kind_of(shape_kind)
        saved = self._save(lambda labels: labels.create(kind, shape_value(shape, kind)))
        if saved is not None:
            self.selected = saved

    def _commit_shape(self, shape: Shape) -> None:
        kind = self.label_kind_of(shape.shape)
        aid = shape.annotation_id
        self._save(lambda labels: labels.update(aid, shape_value(shape, kind)))

    def delete_selected(self) -> bool:
        if self.draft:  # Backspace while drawing drops the last point
            self.draft.pop()
            self.update()
            return True
        if self.selected is None:
            return False
        aid = self.selected
        if self._save(lambda labels: labels.delete(aid)) is not None:
            self.selected = None
        return True

    def cycle(self, step: int) -> None:
        shapes = self.visible_shapes()
        if not shapes:
            return
        ids = [s.annotation_id for s in shapes]
        i = ids.index(self.selected) + step if self.selected in ids else (0 if step > 0 else -1)
        self.selected = ids[i % len(ids)]
        self.tool, self.active_vertex = "select", 0
        self.update()

    def focusNextPrevChild(self, forward: bool) -> bool:
        self.cycle(1 if forward else -1)
        return True

    def deselect(self) -> None:
        self.selected, self.draft, self.crosshair, self._preview, self._drag = (
            None,
            [],
            None,
            None,
            None,
        )
        self.update()

    def _save(self, change: Callable[[ItemLabels], LabelVersion]) -> str | None:
        if self._labels is None:
            return None
        try:
            saved = change(self._labels)
        except CleanroomError as exc:
            self.message.emit(exc.message, True)
            self.refresh_labels()
            return None
        self.refresh_labels()
        self.changed.emit()
        return saved.annotation_id
