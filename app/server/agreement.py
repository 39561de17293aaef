"""Agreement between annotators: pure figures from label values, no database, no I/O.

Classes (nominal ratings, one per rater and unit, `None` = missing):
`percent_agreement`, `cohen_kappa` (two raters), `fleiss_kappa` (a subjects x categories
count table, as Fleiss 1971 writes it), `krippendorff_alpha` (nominal or ordinal, missing
data allowed; computed by the `krippendorff` package).

Shapes, between two annotators' label lists of one item:
`span_f1` (exact or overlap match), `match_boxes` and `match_polygons` (one-to-one matches
at an IoU threshold, the agreement 2·matched / (|a| + |b|) and the mean IoU of the matched
pairs). Two empty answers agree fully: both saw nothing to label.

`pair_agreement` gives one score in 0..1 for two annotators' answers of any label kind, and
`item_disagreement` turns every pair's score into the review queue's ranking figure.

Matching is greedy by IoU (largest first), as the PASCAL VOC and COCO evaluations match
detections: deterministic, O(n² log n), and it needs no solver in the server's dependencies.
It can find fewer pairs than an optimal (Hungarian) assignment only when one shape overlaps
two others at the threshold, which at IoU ≥ 0.5 needs the two others to overlap each other
by more than a third of their area: rare between one annotator's own shapes.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any, Final, Literal

import krippendorff
import numpy as np
from shapely import make_valid
from shapely.geometry import Polygon

Rating = Hashable
Value = Mapping[str, Any]

DEFAULT_THRESHOLDS: Final[Mapping[str, float]] = {"min_span_f1": 0.8, "min_iou": 0.5}
SHAPE_KINDS: Final = ("box", "polygon", "region")


# --------------------------------------------------------------------------- classes


def percent_agreement(units: Iterable[Sequence[Rating | None]]) -> float | None:
    """Mean, over units rated at least twice, of the share of agreeing rater pairs.

    For two raters this is the share of units where they agree; for more it is Fleiss'
    mean observed agreement P̄. None when no unit has two ratings."""
    total = 0.0
    count = 0
    for unit in units:
        present = Counter(r for r in unit if r is not None)
        n = sum(present.values())
        if n < 2:
            continue
        total += sum(c * (c - 1) for c in present.values()) / (n * (n - 1))
        count += 1
    return total / count if count else None


def cohen_kappa(a: Sequence[Rating | None], b: Sequence[Rating | None]) -> float | None:
    """Cohen's (1960) kappa of two raters over the units both rated.

    None when undefined: no common unit, or chance agreement is 1 (one category only)."""
    if len(a) != len(b):
        raise ValueError("both raters need one rating (or None) per unit")
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    n = len(pairs)
    if not n:
        return None
    observed = sum(1 for x, y in pairs if x == y) / n
    left = Counter(x for x, _ in pairs)
    right = Counter(y for _, y in pairs)
    chance = sum(left[c] * right[c] for c in left) / (n * n)
    if chance >= 1.0:
        return None
    return (observed - chance) / (1.0 - chance)


def fleiss_kappa(table: Sequence[Sequence[int]]) -> float | None:
    """Fleiss' (1971) kappa from a subjects x categories table of counts (each row: how
    many raters put that subject in each category; every row sums to the same n ≥ 2).

    None when undefined (no subject, or every rating in one category)."""
    counts = np.asarray(table, dtype=np.float64)
    if counts.ndim != 2 or counts.shape[0] == 0:
        return None
    per_subject = counts.sum(axis=1)
    n = int(per_subject[0])
    if n < 2 or not np.all(per_subject == n):
        raise ValueError("every subject needs the same number (≥ 2) of ratings")
    p_i = ((counts * counts).sum(axis=1) - n) / (n * (n - 1))
    totals = dict(enumerate(counts.sum(axis=0).tolist()))
    return fleiss_kappa_from_sums(counts.shape[0], n, float(p_i.sum()), totals)


def fleiss_kappa_from_sums(
    subjects: int, raters: int, sum_p_i: float, category_totals: Mapping[Any, float]
) -> float | None:
    """Fleiss' kappa from its sufficient statistics, so that a stream of subjects needs no
    table: the number of subjects, the raters per subject, Σ P_i (each subject's share of
    agreeing rater pairs) and each category's total count."""
    if subjects == 0 or raters < 2:
        return None
    p_bar = sum_p_i / subjects
    p_e = sum((t / (subjects * raters)) ** 2 for t in category_totals.values())
    if p_e >= 1.0 - 1e-12:
        return None
    return (p_bar - p_e) / (1.0 - p_e)


def count_table(
    units: Iterable[Sequence[Rating | None]], categories: Sequence[Rating]
) -> list[list[int]]:
    """Per-unit ratings as Fleiss' subjects x categories count table."""
    column = {c: i for i, c in enumerate(categories)}
    table = []
    for unit in units:
        row = [0] * len(categories)
        for rating in unit:
            if rating is not None:
                row[column[rating]] += 1
        table.append(row)
    return table


def krippendorff_alpha(
    reliability_data: Sequence[Sequence[Rating | None]],
    level: Literal["nominal", "ordinal"] = "nominal",
    order: Sequence[Rating] | None = None,
) -> float | None:
    """Krippendorff's alpha over coders x units reliability data (None = missing), by
    the `krippendorff` package. `order` ranks the values for the ordinal level (default:
    the values sorted). None when undefined (fewer than two values, or no unit that two
    coders rated)."""
    values = {r for row in reliability_data for r in row if r is not None}
    domain: list[Rating] = list(order) if order is not None else sorted(values, key=_sort_key)
    if not values <= set(domain):
        raise ValueError("a rating is missing from the given order")
    index = {v: i for i, v in enumerate(domain)}
    counts = np.zeros((len(reliability_data[0]) if reliability_data else 0, len(domain)), int)
    for row in reliability_data:
        for unit, rating in enumerate(row):
            if rating is not None:
                counts[unit, index[rating]] += 1
    return alpha_from_value_counts(counts, level)


def alpha_from_value_counts(
    value_counts: np.ndarray[Any, Any], level: Literal["nominal", "ordinal"] = "nominal"
) -> float | None:
    """Krippendorff's alpha from a units x values count matrix (columns in value order
    for the ordinal level); None when undefined."""
    if value_counts.shape[1] < 2 or not (value_counts.sum(axis=1) >= 2).any():
        return None
    pairable = value_counts[value_counts.sum(axis=1) >= 2]
    if np.count_nonzero(pairable.sum(axis=0)) < 2:
        return None  # every pairable value the same: no variation to explain
    result = float(
        krippendorff.alpha(
            value_counts=value_counts,
            value_domain=list(range(value_counts.shape[1])),
            level_of_measurement=level,
        )
    )
    return None if math.isnan(result) else result


def add_coincidences(
    coincidences: dict[tuple[Rating, Rating], float], unit: Sequence[Rating | None]
) -> None:
    """Add one unit's pairable values to a coincidence matrix (Krippendorff 2011: each
    ordered pair of values from different coders counts 1 / (m_u − 1)); a unit with fewer
    than two values adds nothing."""
    counts = Counter(r for r in unit if r is not None)
    m = sum(counts.values())
    if m < 2:
        return
    for c, n_c in counts.items():
        for k, n_k in counts.items():
            pairs = n_c * (n_k - 1) if c == k else n_c * n_k
            if pairs:
                coincidences[(c, k)] = coincidences.get((c, k), 0.0) + pairs / (m - 1)


def alpha_from_coincidences(
    coincidences: Mapping[tuple[Rating, Rating], float],
    level: Literal["nominal", "ordinal"] = "nominal",
    order: Sequence[Rating] | None = None,
) -> float | None:
    """Krippendorff's alpha from a coincidence matrix (see `add_coincidences`), so that a
    stream of units needs only |values|² numbers. Checked against `krippendorff_alpha` (the
    package) in the tests. None when undefined."""
    n_c: dict[Rating, float] = {}
    for (c, _), weight in coincidences.items():
        n_c[c] = n_c.get(c, 0.0) + weight
    n = sum(n_c.values())
    values = list(order) if order is not None else sorted(n_c, key=_sort_key)
    if not set(n_c) <= set(values):
        raise ValueError("a rating is missing from the given order")
    n_c = {v: n_c.get(v, 0.0) for v in values}
    if len([v for v in values if n_c[v] > 0]) < 2:
        return None
    if level == "nominal":

        def delta(c: Rating, k: Rating) -> float:
            return 0.0 if c == k else 1.0

    else:
        rank = {v: i for i, v in enumerate(values)}
        cumulative = np.cumsum([n_c[v] for v in values])

        def delta(c: Rating, k: Rating) -> float:
            lo, hi = sorted((rank[c], rank[k]))
            between = cumulative[hi] - (cumulative[lo - 1] if lo else 0.0)
            return float(between - (n_c[c] + n_c[k]) / 2.0) ** 2

    observed = sum(w * delta(c, k) for (c, k), w in coincidences.items())
    expected = sum(n_c[c] * n_c[k] * delta(c, k) for c in values for k in values) / (n - 1)
    if expected <= 0:
        return None
    return 1.0 - observed / expected


def _sort_key(value: Rating) -> tuple[str, Any]:
    return (type(value).__name__, value)


def class_rating(values: Sequence[Value]) -> tuple[str, ...]:
    """One annotator's class answer on an item as one nominal rating: the sorted set of
    class names over their (non-deleted) class values. `{"label": name}` counts too."""
    names: set[str] = set()
    for value in values:
        names.update(str(n) for n in value.get("labels", ()))
        if isinstance(value.get("label"), str):
            names.add(value["label"])
    return tuple(sorted(names))


# --------------------------------------------------------------------------- spans


def span_f1(a: Sequence[Value], b: Sequence[Value], mode: str = "exact") -> float:
    """F1 between two annotators' spans ({"start", "end", "label"}), either one as the
    reference (F1 is symmetric). `exact`: same start, end and label. `overlap`: same label
    and overlapping ranges, matched one to one, largest overlap first. 1.0 when both are
    empty."""
    if not a and not b:
        return 1.0
    if mode == "exact":
        left = Counter((int(s["start"]), int(s["end"]), str(s["label"])) for s in a)
        right = Counter((int(s["start"]), int(s["end"]), str(s["label"])) for s in b)
        matched = sum((left & right).values())
    elif mode == "overlap":
        candidates = []
        for i, x in enumerate(a):
            for j, y in enumerate(b):
                if x["label"] != y["label"]:
                    continue
                common = min(int(x["end"]), int(y["end"])) - max(int(x["start"]), int(y["start"]))
                if common > 0:
                    candidates.append((float(common), i, j))
        matched = len(_greedy(candidates))
    else:
        raise ValueError("span_f1 mode is 'exact' or 'overlap'")
    return 2.0 * matched / (len(a) + len(b))


# --------------------------------------------------------------------------- shapes


@dataclass(frozen=True)
class ShapeMatch:
    """One-to-one matches between two annotators' shapes: (index in a, index in b, IoU),
    the agreement 2·matched / (|a| + |b|) (1.0 for two empty answers) and the mean IoU of
    the matched pairs (None when nothing matched)."""

    pairs: tuple[tuple[int, int, float], ...]
    agreement: float
    mean_iou: float | None


def box_iou(a: Value, b: Value) -> float:
    """Intersection over union of two boxes {"x", "y", "w", "h"} (pixel-edge coordinates)."""
    ax, ay, aw, ah = (float(a[k]) for k in ("x", "y", "w", "h"))
    bx, by, bw, bh = (float(b[k]) for k in ("x", "y", "w", "h"))
    iw = min(ax + aw, bx + bw) - max(ax, bx)
    ih = min(ay + ah, by + bh) - max(ay, by)
    if iw <= 0 or ih <= 0:
        return 0.0
    inter = iw * ih
    union = aw * ah + bw * bh - inter
    return inter / union if union > 0 else 0.0


def polygon_iou(a: Sequence[Sequence[float]], b: Sequence[Sequence[float]]) -> float:
    """IoU of two simple or self-crossing polygons (lists of [x, y]), by shapely. A
    self-crossing outline is made valid first (its covered area, as drawn)."""
    return _shapely_iou(_polygon(a), _polygon(b))


def match_boxes(a: Sequence[Value], b: Sequence[Value], min_iou: float = 0.5) -> ShapeMatch:
    """Match boxes of the same label (and frame) one to one at IoU ≥ min_iou."""
    return _match(a, b, min_iou, box_iou)


def match_polygons(a: Sequence[Value], b: Sequence[Value], min_iou: float = 0.5) -> ShapeMatch:
    """Match polygons ({"points", "label"[, "frame"]}) or regions of the same label (and
    frame) one to one at IoU ≥ min_iou."""
    shapes_a = polygon_shapes(a)
    shapes_b = polygon_shapes(b)

    def iou(x: Value, y: Value) -> float:
        return _shapely_iou(x["_shape"], y["_shape"])

    return _match(shapes_a, shapes_b, min_iou, iou)


def polygon_shapes(values: Sequence[Value]) -> list[Value]:
    """Values made ready for `match_polygons` (each outline a shapely polygon once), for a
    caller that matches one annotator's shapes against many others'. Ready values pass
    through unchanged."""
    return [v if "_shape" in v else _as_polygon(v) for v in values]


def _match(a: Sequence[Value], b: Sequence[Value], min_iou: float, iou: Any) -> ShapeMatch:
    if not a and not b:
        return ShapeMatch((), 1.0, None)
    candidates = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if x.get("label") != y.get("label") or x.get("frame") != y.get("frame"):
                continue
            score = float(iou(x, y))
            if score >= min_iou and score > 0.0:
                candidates.append((score, i, j))
    pairs = tuple(sorted(_greedy(candidates), key=lambda p: (p[0], p[1])))
    agreement = 2.0 * len(pairs) / (len(a) + len(b))
    mean = sum(p[2] for p in pairs) / len(pairs) if pairs else None
    return ShapeMatch(pairs, agreement, mean)


def _greedy(candidates: list[tuple[float, int, int]]) -> list[tuple[int, int, float]]:
    """One-to-one pairs, highest score first (ties: lower indices first)."""
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for score, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j, score))
    return pairs


def _as_polygon(value: Value) -> dict[str, Any]:
    """A polygon, a region (box corners or polygon) or a box as {"_shape", "label",
    "frame"} for matching."""
    if "points" in value and value.get("shape") == "box":
        (x0, y0), (x1, y1) = value["points"][:2]
        points = [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]
    elif "points" in value:
        points = value["points"]
    else:
        x, y, w, h = (value[k] for k in ("x", "y", "w", "h"))
        points = [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]
    return {"_shape": _polygon(points), "label": value.get("label"), "frame": value.get("frame")}


def _polygon(points: Sequence[Sequence[float]]) -> Any:
    if len(points) < 3:
        return None
    shape = Polygon([(float(x), float(y)) for x, y in points])
    if not shape.is_valid:
        shape = make_valid(shape)
    return shape if shape.area > 0 else None


def _shapely_iou(first: Any, second: Any) -> float:
    if first is None or second is None:
        return 0.0
    union = first.union(second).area
    return float(first.intersection(second).area / union) if union > 0 else 0.0


# --------------------------------------------------------------------------- per item


def pair_agreement(
    kind: str,
    a: Sequence[Value],
    b: Sequence[Value],
    thresholds: Mapping[str, float] = DEFAULT_THRESHOLDS,
) -> float:
    """Agreement in 0..1 of two annotators' answers (their non-deleted label values of one
    kind on one item): class — 1 when the class sets are equal, else 0; span — overlap F1;
    box — box agreement at min_iou; polygon and region — polygon agreement at min_iou."""
    min_iou = float(thresholds.get("min_iou", DEFAULT_THRESHOLDS["min_iou"]))
    if kind == "class":
        return 1.0 if class_rating(a) == class_rating(b) else 0.0
    if kind == "span":
        return span_f1(a, b, "overlap")
    if kind == "box":
        return match_boxes(a, b, min_iou).agreement
    if kind in ("polygon", "region"):
        return match_polygons(a, b, min_iou).agreement
    raise ValueError(f"no agreement measure for label kind {kind!r}")


def disagrees(
    kind: str,
    a: Sequence[Value],
    b: Sequence[Value],
    thresholds: Mapping[str, float] = DEFAULT_THRESHOLDS,
) -> bool:
    """Whether two answers differ beyond the project's thresholds: any class mismatch, span
    F1 (overlap) below min_span_f1, or any shape left unmatched at min_iou."""
    return _below(kind, pair_agreement(kind, a, b, thresholds), thresholds)


def _below(kind: str, score: float, thresholds: Mapping[str, float]) -> bool:
    if kind == "span":
        return score < float(thresholds.get("min_span_f1", DEFAULT_THRESHOLDS["min_span_f1"]))
    return score < 1.0


REASONS: Final[Mapping[str, str]] = {
    "class": "class",
    "span": "span",
    "box": "box",
    "polygon": "polygon",
    "region": "polygon",
}


def item_disagreement(
    kind: str,
    answers_by_annotator: Mapping[str, Sequence[Value]],
    thresholds: Mapping[str, float] = DEFAULT_THRESHOLDS,
) -> tuple[float, list[str]]:
    """(score, reasons) for one item and label kind: score = 1 − the mean agreement of every
    pair of annotators (0 = all agree, 1 = no pair agrees); reasons = [the kind's reason]
    when some pair differs beyond the thresholds, else []. Fewer than two annotators: (0, [])."""
    if len(answers_by_annotator) < 2:
        return 0.0, []
    scores = []
    differ = False
    for x, y in combinations(sorted(answers_by_annotator), 2):
        score = pair_agreement(kind, answers_by_annotator[x], answers_by_annotator[y], thresholds)
        scores.append(score)
        differ = differ or _below(kind, score, thresholds)
    mean = sum(scores) / len(scores)
    return min(1.0, max(0.0, 1.0 - mean)), ([REASONS[kind]] if differ else [])
