"""Imported shapes onto a cropped item: from original-image pixels to stored pixels.

Label Studio draws on the image it was given, which for an import is the ORIGINAL image; ingest
may crop it (the project's or the sidecar's region of interest, app/redaction/geometry.py).
A shape inside the crop maps exactly; a shape partly outside is clipped to the crop (the
caller flags it `clipped_to_crop`); a shape wholly outside has no place on the stored image
(the caller counts it). Boxes are half-open pixel rectangles `[x, x+w) x [y, y+h)`; polygon
points are clipped to the crop's closed rectangle with Sutherland-Hodgman, exactly
(fractions), then rounded to whole stored pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from app.redaction.geometry import ItemGeometry

Point = tuple[Fraction, Fraction]


@dataclass(frozen=True)
class Mapped:
    """A shape's value in stored pixels (None: nothing of it lies on the crop) and whether
    it had to be clipped. `why` says why a shape has no value."""

    value: dict[str, Any] | None
    clipped: bool = False
    why: str = ""


OUTSIDE = "a shape lies wholly outside the image's crop (ingest cropped the image)"
NO_AREA = "a polygon mapped onto the image's crop has no area left"


def to_stored(kind: str, value: dict[str, Any], geometry: ItemGeometry) -> Mapped:
    """`value` (a box or polygon in original pixels) in the stored image's pixels."""
    if kind == "box":
        return _box(value, geometry)
    if kind == "polygon":
        return _polygon(value, geometry)
    return Mapped(value)


def _number(value: Fraction) -> int | float:
    return value.numerator if value.denominator == 1 else float(value)


def _stored(geometry: ItemGeometry, x: Fraction, y: Fraction) -> tuple[int, int]:
    sx, sy = geometry.to_stored(_number(x), _number(y))
    px = min(max(round(sx), 0), geometry.width)
    py = min(max(round(sy), 0), geometry.height)
    return px, py


def _box(value: dict[str, Any], geometry: ItemGeometry) -> Mapped:
    left, top, right, bottom = geometry.crop
    x0, y0 = int(value["x"]), int(value["y"])
    x1, y1 = x0 + int(value["w"]), y0 + int(value["h"])
    cx0, cy0, cx1, cy1 = max(x0, left), max(y0, top), min(x1, right), min(y1, bottom)
    if cx1 <= cx0 or cy1 <= cy0:
        return Mapped(None, why=OUTSIDE)
    clipped = (cx0, cy0, cx1, cy1) != (x0, y0, x1, y1)
    sx0, sy0 = _stored(geometry, Fraction(cx0), Fraction(cy0))
    sx1, sy1 = _stored(geometry, Fraction(cx1), Fraction(cy1))
    if sx1 <= sx0 or sy1 <= sy0:
        return Mapped(None, why=OUTSIDE)
    return Mapped(value | {"x": sx0, "y": sy0, "w": sx1 - sx0, "h": sy1 - sy0}, clipped)


def _clip_edge(points: list[Point], inside: Any, cross: Any) -> list[Point]:
    """One Sutherland-Hodgman pass: keep what `inside` holds, cut edges at `cross`."""
    out: list[Point] = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current):
            if not inside(previous):
                out.append(cross(previous, current))
            out.append(current)
        elif inside(previous):
            out.append(cross(previous, current))
    return out


def _at_x(x: Fraction) -> Any:
    def cross(a: Point, b: Point) -> Point:
        return x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])

    return cross


def _at_y(y: Fraction) -> Any:
    def cross(a: Point, b: Point) -> Point:
        return a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y

    return cross


def clip_polygon(points: list[Point], crop: tuple[int, int, int, int]) -> list[Point]:
    """The part of a polygon inside the closed rectangle `crop` (left, top, right, bottom)."""
    left, top, right, bottom = (Fraction(v) for v in crop)
    for inside, cross in (
        (lambda p: p[0] >= left, _at_x(left)),
        (lambda p: p[0] <= right, _at_x(right)),
        (lambda p: p[1] >= top, _at_y(top)),
        (lambda p: p[1] <= bottom, _at_y(bottom)),
    ):
        points = _clip_edge(points, inside, cross) if points else []
    return points


def _polygon(value: dict[str, Any], geometry: ItemGeometry) -> Mapped:
    original = [(Fraction(int(x)), Fraction(int(y))) for x, y in value["points"]]
    clipped_points = clip_polygon(original, geometry.crop)
    if not clipped_points:
        return Mapped(None, why=OUTSIDE)
    clipped = clipped_points != original
    points: list[list[int]] = []
    for x, y in clipped_points:
        pixel = list(_stored(geometry, x, y))
        if not points or points[-1] != pixel:
            points.append(pixel)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    doubled_area = sum(
        points[i - 1][0] * points[i][1] - points[i][0] * points[i - 1][1]
        for i in range(len(points))
    )
    if len(points) < 3 or (clipped and doubled_area == 0):
        return Mapped(None, why=NO_AREA)
    return Mapped(value | {"points": points}, clipped)
