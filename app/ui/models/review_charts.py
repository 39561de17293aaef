"""The quality panel's figures without Qt: chart series and the tables beside them, from
`GET /v1/review/quality` (figures only: counts, rates and label *names*, never content).

Per-label and per-day agreement across annotators are means weighted by each annotator's
count, so an annotator with two labels does not move the figure as much as one with 200.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

OVERALL_KEYS: Final = (
    ("percent_agreement", "Percent agreement"),
    ("fleiss_kappa", "Fleiss' kappa"),
    ("krippendorff_alpha_nominal", "Krippendorff's alpha (nominal)"),
    ("span_f1_overlap", "Span F1 (overlap)"),
    ("box_iou_agreement", "Box agreement at IoU"),
    ("mean_iou", "Mean IoU of matched boxes"),
)


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


@dataclass(frozen=True)
class AnnotatorFigures:
    annotator: str
    labels: int
    items: int
    accuracy_vs_adjudicated: float | None
    accuracy_vs_gold: float | None
    agreement: float | None


@dataclass(frozen=True)
class QualityFigures:
    project_id: str
    annotators: tuple[AnnotatorFigures, ...]
    by_label: tuple[tuple[str, float, int], ...]  # label, agreement, n
    by_day: tuple[tuple[str, float | None, int], ...]  # day, agreement, labels
    overall: tuple[tuple[str, float | None], ...]  # caption, value

    def label_rows(self) -> list[tuple[str, str, str]]:
        return [(name, figure(a), str(n)) for name, a, n in self.by_label]

    def day_rows(self) -> list[tuple[str, str, str]]:
        return [(day, figure(a), str(n)) for day, a, n in self.by_day]

    def annotator_rows(self) -> list[tuple[str, str, str, str, str, str]]:
        return [
            (a.annotator, str(a.labels), str(a.items), figure(a.agreement),
             figure(a.accuracy_vs_adjudicated), figure(a.accuracy_vs_gold))
            for a in self.annotators
        ]  # fmt: skip

    def overall_rows(self) -> list[tuple[str, str]]:
        return [(caption, figure(v)) for caption, v in self.overall]


def parse_quality(body: Any) -> QualityFigures:
    """The panel's figures; malformed parts are left out (an empty panel when nothing fits)."""
    body = body if isinstance(body, dict) else {}
    annotators = []
    label_sum: dict[str, list[float]] = {}
    day_sum: dict[str, list[float]] = {}
    raw = body.get("annotators")
    for a in raw if isinstance(raw, list) else []:
        if not isinstance(a, dict) or not isinstance(a.get("annotator"), str):
            continue
        annotators.append(
            AnnotatorFigures(
                a["annotator"], _count(a.get("labels")), _count(a.get("items")),
                _num(a.get("accuracy_vs_adjudicated")), _num(a.get("accuracy_vs_gold")),
                _num(a.get("agreement")),
            )
        )  # fmt: skip
        per_label = a.get("per_label")
        for name, v in per_label.items() if isinstance(per_label, dict) else []:
            agreement, n = _num(v.get("agreement")) if isinstance(v, dict) else None, 0
            n = _count(v.get("n")) if isinstance(v, dict) else 0
            if isinstance(name, str) and agreement is not None and n:
                acc = label_sum.setdefault(name, [0.0, 0.0])
                acc[0] += agreement * n
                acc[1] += n
        per_day = a.get("per_day")
        for d in per_day if isinstance(per_day, list) else []:
            if not isinstance(d, dict) or not isinstance(d.get("day"), str):
                continue
            n, agreement = _count(d.get("labels")), _num(d.get("agreement"))
            acc = day_sum.setdefault(d["day"], [0.0, 0.0, 0.0])  # weighted sum, weight, labels
            acc[2] += n
            if agreement is not None and n:
                acc[0] += agreement * n
                acc[1] += n
    overall_raw = body.get("overall")
    overall_raw = overall_raw if isinstance(overall_raw, dict) else {}
    project = body.get("project_id")
    return QualityFigures(
        project if isinstance(project, str) else "",
        tuple(annotators),
        tuple(sorted((k, s / w, int(w)) for k, (s, w) in label_sum.items() if w)),
        tuple((day, (s / w) if w else None, int(n)) for day, (s, w, n) in sorted(day_sum.items())),
        tuple((caption, _num(overall_raw.get(key))) for key, caption in OVERALL_KEYS),
    )
