"""What differs between annotators' layers, without Qt: the diff list beside the item.

Each pair of layers (A1/A2, A1/A3, A2/A3 ...) is compared per kind:
- spans: matched by the largest character overlap; the same range with another label is a
  label mismatch, an overlapping but different range is "extent differs" (with the overlap
  ratio, intersection over union of the characters); an unmatched span is missing from the
  other layer;
- boxes, polygons and DICOM regions (same frame only): matched greedily by IoU at the
  project's `min_iou`; a matched pair with another label is a label mismatch, one with IoU
  below 1 shows the IoU; an unmatched shape is missing from the other layer;
- item classes: any difference in the class sets.
Rows carry label names, offsets and figures only, never the item's text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Final

from app.ui.models.geometry import Shape
from app.ui.models.review_layers import Layer
from app.ui.models.text_spans import Span

POLYGON_GRID: Final = 96  # samples per side when measuring polygon overlap
AGREE: Final = 0.999_999


@dataclass(frozen=True)
class DiffRow:
    kind: str  # span | box | polygon | region | class
    what: str  # "label mismatch" | "extent differs" | "IoU" | "missing" | "classes differ"
    layers: tuple[int, int]  # indices of the two layers compared
    # annotation ids in each of the two layers (None: that layer has no such element)
    elements: tuple[str | None, str | None]
    detail: str
    score: float | None = None  # IoU or overlap ratio, when there is one

    def text(self, names: Sequence[str]) -> str:
        a, b = names[self.layers[0]], names[self.layers[1]]
        detail = self.detail.replace("only in the first", f"only in {a}")
        detail = detail.replace("only in the second", f"only in {b}")
        return f"{self.kind}: {self.what} ({a} vs {b}) {detail}".rstrip()


def span_overlap(a: Span, b: Span) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / (max(a.end, b.end) - min(a.start, b.start))


def box_iou(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def _inside(points: Sequence[tuple[float, float]], x: float, y: float) -> bool:
    hit, j = False, len(points) - 1
    for i, (xi, yi) in enumerate(points):
        xj, yj = points[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def shape_iou(a: Shape, b: Shape) -> float:
    """IoU of two shapes: exact for two boxes, sampled on a grid when a polygon is in it
    (good to about 1/POLYGON_GRID, enough for a lead's diff list)."""
    if a.shape == "box" and b.shape == "box":
        return box_iou(a.bounds, b.bounds)
    if box_iou(a.bounds, b.bounds) == 0.0:
        return 0.0
    x0, y0 = min(a.bounds[0], b.bounds[0]), min(a.bounds[1], b.bounds[1])
    x1, y1 = max(a.bounds[2], b.bounds[2]), max(a.bounds[3], b.bounds[3])
    pa, pb = _corners(a), _corners(b)
    inter = union = 0
    for i in range(POLYGON_GRID):
        y = y0 + (i + 0.5) * (y1 - y0) / POLYGON_GRID
        for j in range(POLYGON_GRID):
            x = x0 + (j + 0.5) * (x1 - x0) / POLYGON_GRID
            ina, inb = _inside(pa, x, y), _inside(pb, x, y)
            inter += ina and inb
            union += ina or inb
    return inter / union if union else 0.0


def _corners(shape: Shape) -> list[tuple[float, float]]:
    if shape.shape == "box":
        (x0, y0), (x1, y1) = shape.points[0], shape.points[1]
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    return list(shape.points)


def _diff_spans(i: int, j: int, a: list[Span], b: list[Span]) -> list[DiffRow]:
    rows: list[DiffRow] = []
    pairs = sorted(
        ((span_overlap(x, y), n, m) for n, x in enumerate(a) for m, y in enumerate(b)),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    for overlap, n, m in pairs:
        if overlap <= 0 or n in used_a or m in used_b:
            continue
        used_a.add(n)
        used_b.add(m)
        x, y = a[n], b[m]
        ids = (x.annotation_id, y.annotation_id)
        where = f"[{x.start}:{x.end}] / [{y.start}:{y.end}]"
        if x.label != y.label:
            rows.append(DiffRow("span", "label mismatch", (i, j), ids,
                                f"{x.label} / {y.label} {where}", overlap))  # fmt: skip
        elif overlap < AGREE:
            rows.append(DiffRow("span", "extent differs", (i, j), ids,
                                f"{x.label} {where} overlap {overlap:.2f}", overlap))  # fmt: skip
    for n, x in enumerate(a):
        if n not in used_a:
            rows.append(DiffRow("span", "missing", (i, j), (x.annotation_id, None),
                                f"{x.label} [{x.start}:{x.end}] only in the first"))  # fmt: skip
    for m, y in enumerate(b):
        if m not in used_b:
            rows.append(DiffRow("span", "missing", (i, j), (None, y.annotation_id),
                                f"{y.label} [{y.start}:{y.end}] only in the second"))  # fmt: skip
    return rows


def _diff_shapes(
    pair: tuple[int, int], a: list[Shape], b: list[Shape], kind: str, min_iou: float
) -> list[DiffRow]:
    i, j = pair
    rows: list[DiffRow] = []
    pairs = sorted(
        (
            (shape_iou(x, y), n, m)
            for n, x in enumerate(a)
            for m, y in enumerate(b)
            if (x.frame or 0) == (y.frame or 0)
        ),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    for iou, n, m in pairs:
        if iou < min_iou or iou <= 0 or n in used_a or m in used_b:
            continue
        used_a.add(n)
        used_b.add(m)
        x, y = a[n], b[m]
        ids = (x.annotation_id, y.annotation_id)
        if x.label != y.label:
            rows.append(DiffRow(kind, "label mismatch", (i, j), ids,
                                f"{x.label} / {y.label} IoU {iou:.2f}", iou))  # fmt: skip
        elif iou < AGREE:
            rows.append(DiffRow(kind, "IoU", (i, j), ids, f"{x.label} IoU {iou:.2f}", iou))
    for n, x in enumerate(a):
        if n not in used_a:
            rows.append(DiffRow(kind, "missing", (i, j), (x.annotation_id, None),
                                f"{x.label} only in the first"))  # fmt: skip
    for m, y in enumerate(b):
        if m not in used_b:
            rows.append(DiffRow(kind, "missing", (i, j), (None, y.annotation_id),
                                f"{y.label} only in the second"))  # fmt: skip
    return rows


def _class_id(layer: Layer) -> str | None:
    found = layer.of("class")
    return found[-1].annotation_id if found else None


def diff_layers(
    layers: Sequence[Layer], *, text_len: int = 1 << 30, min_iou: float = 0.5
) -> list[DiffRow]:
    """Every difference between every pair of layers (see the module docstring)."""
    rows: list[DiffRow] = []
    for i, j in combinations(range(len(layers)), 2):
        a, b = layers[i], layers[j]
        rows += _diff_spans(i, j, a.spans(text_len), b.spans(text_len))
        for kind in ("box", "polygon", "region"):
            sa = [s for s in a.shapes() if _kind_of(a, s) == kind]
            sb = [s for s in b.shapes() if _kind_of(b, s) == kind]
            rows += _diff_shapes((i, j), sa, sb, kind, min_iou)
        ca, cb = a.classes(), b.classes()
        if sorted(ca) != sorted(cb):
            detail = f"{', '.join(ca) or '(none)'} / {', '.join(cb) or '(none)'}"
            rows.append(
                DiffRow("class", "classes differ", (i, j), (_class_id(a), _class_id(b)), detail)
            )
    return rows


def _kind_of(layer: Layer, shape: Shape) -> str:
    found = layer.label(shape.annotation_id)
    return found.kind if found is not None else shape.shape
