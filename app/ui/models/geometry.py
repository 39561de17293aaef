"""Boxes and polygons without Qt: label values, hit-testing, move/resize/vertex edits, and
the zoom/pan transform between widget and image pixels.

Shapes live in original image pixels (integers in stored values, docs/FORMATS.md), whatever
the display scale; only the transform knows about the screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from app.core.encoding import JsonObject, is_int

Point = tuple[float, float]
MAX_VERTICES = 10_000
# Box handles: corners and edge midpoints, named by compass direction.
HANDLES = ("nw", "n", "ne", "e", "se", "s", "sw", "w")


@dataclass(frozen=True)
class Shape:
    """A box (`points` = two opposite corners, top-left first) or a polygon (its vertices)."""

    annotation_id: str
    shape: str  # "box" | "polygon"
    points: tuple[Point, ...]
    label: str
    frame: int | None = None

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        xs, ys = [p[0] for p in self.points], [p[1] for p in self.points]
        return min(xs), min(ys), max(xs), max(ys)


# --- values -----------------------------------------------------------------------------


def _int_points(value: Any) -> list[tuple[int, int]] | None:
    if not isinstance(value, list) or len(value) > MAX_VERTICES:
        return None
    points = []
    for p in value:
        if not (isinstance(p, list) and len(p) == 2 and is_int(p[0]) and is_int(p[1])):
            return None
        points.append((p[0], p[1]))
    return points


def parse_shape(annotation_id: str, kind: str, value: Any) -> Shape | None:
    """A stored box, polygon or region value; None when deleted or malformed (it is then
    not drawn, and the rest of the item stays usable)."""
    if not isinstance(value, dict) or value.get("deleted") is True:
        return None
    label, frame = value.get("label"), value.get("frame")
    if not isinstance(label, str) or not (frame is None or (is_int(frame) and frame >= 0)):
        return None
    if kind == "box":
        x, y, w, h = (value.get(k) for k in ("x", "y", "w", "h"))
        if not (is_int(x) and is_int(y) and is_int(w) and is_int(h)) or w <= 0 or h <= 0:
            return None
        return Shape(annotation_id, "box", ((x, y), (x + w, y + h)), label, frame)
    points = _int_points(value.get("points"))
    if points is None:
        return None
    if kind == "polygon" or (kind == "region" and value.get("shape") == "polygon"):
        if len(points) < 3:
            return None
        return Shape(annotation_id, "polygon", tuple(points), label, frame)
    if kind == "region" and value.get("shape") == "box" and len(points) == 2:
        (x0, y0), (x1, y1) = points
        if x1 <= x0 or y1 <= y0:
            return None
        return Shape(annotation_id, "box", tuple(points), label, frame)
    return None


def shape_value(shape: Shape, label_kind: str) -> JsonObject:
    """The stored value of a shape, rounded to integer pixels (signed values hold no floats)."""
    pts = [[round(x), round(y)] for x, y in shape.points]
    frame = {} if shape.frame is None else {"frame": shape.frame}
    if label_kind == "region":
        return {
            "shape": shape.shape,
            "points": pts,
            "label": shape.label,
            "frame": shape.frame or 0,
        }
    if shape.shape == "box":
        (x0, y0), (x1, y1) = pts
        return {"x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0, "label": shape.label, **frame}
    return {"points": pts, "label": shape.label, **frame}


# --- hit-testing ------------------------------------------------------------------------


def box_from(p: Point, q: Point) -> tuple[Point, Point]:
    return (min(p[0], q[0]), min(p[1], q[1])), (max(p[0], q[0]), max(p[1], q[1]))


def contains(shape: Shape, p: Point) -> bool:
    if shape.shape == "box":
        (x0, y0), (x1, y1) = shape.points
        return x0 <= p[0] <= x1 and y0 <= p[1] <= y1
    inside, pts = False, shape.points  # even-odd ray casting
    for (ax, ay), (bx, by) in zip(pts, pts[1:] + pts[:1], strict=True):
        if (ay > p[1]) != (by > p[1]) and p[0] < (bx - ax) * (p[1] - ay) / (by - ay) + ax:
            inside = not inside
    return inside


def box_handles(shape: Shape) -> dict[str, Point]:
    (x0, y0), (x1, y1) = shape.points
    xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
    return {"nw": (x0, y0), "n": (xm, y0), "ne": (x1, y0), "e": (x1, ym),
            "se": (x1, y1), "s": (xm, y1), "sw": (x0, y1), "w": (x0, ym)}  # fmt: skip


def handle_at(shape: Shape, p: Point, tolerance: float) -> str | int | None:
    """The box handle name or polygon vertex index within `tolerance` image pixels."""
    if shape.shape == "box":
        for name, (hx, hy) in box_handles(shape).items():
            if abs(hx - p[0]) <= tolerance and abs(hy - p[1]) <= tolerance:
                return name
        return None
    for i, (vx, vy) in enumerate(shape.points):
        if math.hypot(vx - p[0], vy - p[1]) <= tolerance:
            return i
    return None


def shape_at(shapes: Sequence[Shape], p: Point) -> Shape | None:
    """The smallest shape under `p` (so a box inside another stays reachable)."""
    hits = [s for s in shapes if contains(s, p)]

    def area(s: Shape) -> float:
        x0, y0, x1, y1 = s.bounds
        return (x1 - x0) * (y1 - y0)

    return min(hits, key=area) if hits else None


# --- edits ------------------------------------------------------------------------------


def _clamp(p: Point, width: int, height: int) -> Point:
    return min(max(p[0], 0.0), float(width)), min(max(p[1], 0.0), float(height))


def moved(shape: Shape, dx: float, dy: float, width: int, height: int) -> Shape:
    """The shape shifted, kept whole inside the image."""
    x0, y0, x1, y1 = shape.bounds
    dx = min(max(dx, -x0), width - x1)
    dy = min(max(dy, -y0), height - y1)
    return replace(shape, points=tuple((x + dx, y + dy) for x, y in shape.points))


def resized(shape: Shape, handle: str, p: Point, width: int, height: int) -> Shape:
    """A box with the dragged handle at `p` (normalised if dragged past the other side)."""
    (x0, y0), (x1, y1) = shape.points
    px, py = _clamp(p, width, height)
    if "w" in handle:
        x0 = px
    if "e" in handle:
        x1 = px
    if "n" in handle:
        y0 = py
    if "s" in handle:
        y1 = py
    return replace(shape, points=box_from((x0, y0), (x1, y1)))


def with_vertex(shape: Shape, index: int, p: Point, width: int, height: int) -> Shape:
    pts = list(shape.points)
    pts[index] = _clamp(p, width, height)
    return replace(shape, points=tuple(pts))


def without_vertex(shape: Shape, index: int) -> Shape | None:
    """The polygon less one vertex; None if it would drop under three."""
    if len(shape.points) <= 3:
        return None
    return replace(shape, points=shape.points[:index] + shape.points[index + 1 :])


def edge_at(shape: Shape, p: Point, tolerance: float) -> int | None:
    """Index i of the polygon edge (vertex i to i+1) within `tolerance` of `p`."""
    if shape.shape != "polygon":
        return None
    pts = shape.points
    for i, (a, b) in enumerate(zip(pts, pts[1:] + pts[:1], strict=True)):
        dx, dy = b[0] - a[0], b[1] - a[1]
        length2 = dx * dx + dy * dy
        t = (
            0.0
            if length2 == 0
            else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2))
        )
        if math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]) <= tolerance:
            return i
    return None


def with_inserted_vertex(shape: Shape, edge: int, p: Point) -> Shape:
    """The polygon with a new vertex on edge `edge` (after vertex `edge`)."""
    pts = list(shape.points)
    pts.insert(edge + 1, p)
    return replace(shape, points=tuple(pts))


def is_drawable(shape: Shape, min_size: float = 1.0) -> bool:
    """Big enough to keep: a click without a drag makes no box."""
    x0, y0, x1, y1 = shape.bounds
    return x1 - x0 >= min_size and y1 - y0 >= min_size


# --- view transform ---------------------------------------------------------------------

MIN_SCALE, MAX_SCALE = 0.02, 32.0


@dataclass
class ViewTransform:
    """widget = image * scale + offset. Zooming keeps the image point under the cursor fixed."""

    scale: float = 1.0
    dx: float = 0.0
    dy: float = 0.0

    def to_view(self, p: Point) -> Point:
        return p[0] * self.scale + self.dx, p[1] * self.scale + self.dy

    def to_image(self, p: Point) -> Point:
        return (p[0] - self.dx) / self.scale, (p[1] - self.dy) / self.scale

    def zoom_at(self, cursor: Point, factor: float) -> None:
        image_point = self.to_image(cursor)
        self.scale = min(max(self.scale * factor, MIN_SCALE), MAX_SCALE)
        self.dx = cursor[0] - image_point[0] * self.scale
        self.dy = cursor[1] - image_point[1] * self.scale

    def pan(self, dx: float, dy: float) -> None:
        self.dx += dx
        self.dy += dy

    def fit(self, view_w: float, view_h: float, image_w: int, image_h: int) -> None:
        """Whole image visible and centred."""
        if image_w <= 0 or image_h <= 0 or view_w <= 0 or view_h <= 0:
            return
        self.scale = min(view_w / image_w, view_h / image_h)
        self.dx = (view_w - image_w * self.scale) / 2
        self.dy = (view_h - image_h * self.scale) / 2

    def actual_size(self, view_w: float, view_h: float, image_w: int, image_h: int) -> None:
        """100%: one image pixel per screen pixel, centred on the current view centre."""
        centre = self.to_image((view_w / 2, view_h / 2))
        self.scale = 1.0
        self.dx = view_w / 2 - centre[0]
        self.dy = view_h / 2 - centre[1]
