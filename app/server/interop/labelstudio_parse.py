"""Reading a Label Studio export file (outside input): the `JSON` and `JSON_MIN` formats,
and each result turned into a Cleanroom label value (docs/FORMATS.md).

Nothing here raises anything but `LabelStudioError` (a whole file that cannot be used) or
returns refusals with a reason (one task, one result): the Hypothesis tests hold it to that.

- `JSON`: a list of tasks `{"id", "data": {...}, "annotations": [{"id", "completed_by",
  "result": [...], "was_cancelled"}], "predictions": [{"model_version", "result"}]}`.
- `JSON_MIN`: a list of flat rows, one per task and annotation: the data fields, `id`,
  `annotator`, `annotation_id`, timestamps, and one key per control (its `name`) holding the
  control's values. Which keys are controls is known only from the labeling config.

Offsets: Label Studio counts text offsets in UTF-16 code units (JavaScript strings);
Cleanroom counts code points. `utf16_to_cp` / `cp_to_utf16` convert, on the task's text.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any, Final

from app.server.errors import LabelStudioError
from app.server.interop.labelstudio_config import Control, LabelingConfig

MIN_KEYS: Final = frozenset(
    {"id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time", "drafts",
     "predictions", "agreement", "total_annotations", "cancelled_annotations",
     "total_predictions", "annotations_results", "predictions_results"}
)  # fmt: skip
MAX_RESULTS: Final = 10_000  # per annotation: more is not a real annotation


@dataclass(frozen=True)
class LSAnnotation:
    """One annotation or prediction of a task: who made it and its raw results."""

    origin: str  # annotation | prediction
    author: str  # "user:<completed_by or annotator>" | "model:<model_version>"
    results: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class LSTask:
    key: str  # the task's id (or its index), for the source name
    data: dict[str, Any]
    annotations: tuple[LSAnnotation, ...] = ()
    refused: str | None = None  # why this task cannot be used


@dataclass
class Converted:
    """Cleanroom label values of one annotation, and why any result was left out."""

    labels: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)


def load_export(raw: bytes) -> Any:
    """The export's JSON, or LabelStudioError."""
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise LabelStudioError(
            "The Label Studio export is not UTF-8 JSON; export it again as JSON or JSON_MIN."
        ) from None


def is_min_format(tasks: list[Any]) -> bool:
    """JSON_MIN rows are flat: no task of the list has a `data` object."""
    return bool(tasks) and not any(isinstance(t, dict) and "data" in t for t in tasks)


def parse_tasks(untrusted: Any, config: LabelingConfig | None) -> tuple[str, list[LSTask]]:
    """("JSON" | "JSON_MIN", tasks) of a loaded export; LabelStudioError if not a list."""
    if not isinstance(untrusted, list):
        raise LabelStudioError(
            "A Label Studio export is a list of tasks; export it again as JSON or JSON_MIN."
        )
    if is_min_format(untrusted):
        return "JSON_MIN", _group_rows([_min_task(i, r, config) for i, r in enumerate(untrusted)])
    return "JSON", [_json_task(i, task) for i, task in enumerate(untrusted)]


def _task_key(index: int, task: dict[str, Any]) -> str:
    ident = task.get("id")
    return str(ident) if isinstance(ident, int | str) and len(str(ident)) <= 64 else str(index)


def _author(value: Any) -> str:
    if isinstance(value, dict):  # {"id", "email", ...} in some exports
        value = value.get("email", value.get("id"))
    return f"user:{value}" if isinstance(value, int | str) and not isinstance(value, bool) else ""


def _results(value: Any) -> tuple[dict[str, Any], ...] | None:
    if not isinstance(value, list) or len(value) > MAX_RESULTS:
        return None
    return tuple(r for r in value if isinstance(r, dict))


def _json_task(index: int, task: Any) -> LSTask:
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        return LSTask(str(index), {}, refused=f"Task {index} has no 'data' object; fix it.")
    out: list[LSAnnotation] = []
    for ann in task.get("annotations") or []:
        if not isinstance(ann, dict) or ann.get("was_cancelled") is True:
            continue  # a skipped task in Label Studio: no answer
        results = _results(ann.get("result"))
        if results is not None:
            out.append(LSAnnotation("annotation", _author(ann.get("completed_by")), results))
    for pred in task.get("predictions") or []:
        if not isinstance(pred, dict):
            continue
        results = _results(pred.get("result"))
        version = pred.get("model_version")
        author = f"model:{version}" if isinstance(version, str | int) else "model:"
        if results is not None:
            out.append(LSAnnotation("prediction", author, results))
    return LSTask(_task_key(index, task), dict(task["data"]), tuple(out))


def _group_rows(rows: list[LSTask]) -> list[LSTask]:
    """JSON_MIN has one row per task and annotation: rows of one task id (and the same
    data) become one task with each row's annotation."""
    out: list[LSTask] = []
    seen: dict[str, int] = {}
    for row in rows:
        at = seen.get(row.key)
        if at is not None and row.refused is None and out[at].data == row.data:
            first = out[at]
            out[at] = LSTask(first.key, first.data, first.annotations + row.annotations)
            continue
        if row.refused is None:
            seen.setdefault(row.key, len(out))
        out.append(row)
    return out


def _min_task(index: int, row: Any, config: LabelingConfig | None) -> LSTask:
    """A JSON_MIN row: the controls' keys become results, the rest is data."""
    if not isinstance(row, dict):
        return LSTask(str(index), {}, refused=f"Task {index} is not an object; fix it.")
    controls = {c.name: c for c in config.controls} if config is not None else {}
    data = {k: v for k, v in row.items() if k not in MIN_KEYS and k not in controls}
    results: list[dict[str, Any]] = []
    for name, control in controls.items():
        if name in row:
            results += _min_results(control, row[name])
    annotations = (
        (LSAnnotation("annotation", _author(row.get("annotator")), tuple(results)),)
        if results
        else ()
    )
    return LSTask(_task_key(index, row), data, annotations)


def _min_results(control: Control, value: Any) -> list[dict[str, Any]]:
    """JSON_MIN's value of one control as JSON results: a string or {"choices"} for
    Choices, a list of regions for the others (sizes inside each region)."""
    base = {"from_name": control.name, "to_name": control.to_name, "type": control.result_type}
    if control.kind == "class":
        if isinstance(value, str):
            value = {"choices": [value]}
        return [base | {"value": value}] if isinstance(value, dict) else []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    out = []
    for region in value[:MAX_RESULTS]:
        if not isinstance(region, dict):
            continue
        sizes = {k: region[k] for k in ("original_width", "original_height") if k in region}
        inner = {k: v for k, v in region.items() if k not in sizes}
        if control.value_key and control.value_key not in inner and "labels" in inner:
            inner[control.value_key] = inner.pop("labels")
        out.append(base | sizes | {"value": inner})
    return out


# --- text offsets ---------------------------------------------------------------------------


def utf16_to_cp(text: str, offset: int) -> int | None:
    """The code-point offset of a UTF-16 offset into `text` (None: inside a pair or past)."""
    units = 0
    for index, char in enumerate(text):
        if units == offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
        if units > offset:
            return None
    return len(text) if units == offset else None


def cp_to_utf16(text: str, offset: int) -> int:
    return offset + sum(1 for char in text[:offset] if ord(char) > 0xFFFF)


# --- results to Cleanroom values -------------------------------------------------------------


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _names(value: dict[str, Any], control: Control) -> list[str] | None:
    if not control.value_key:
        return [control.labels[0]]
    names = value.get(control.value_key)
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        return None
    return names


def convert(
    annotation: LSAnnotation,
    config: LabelingConfig,
    *,
    text: str | None = None,
    size: tuple[int, int] | None = None,
) -> Converted:
    """The Cleanroom label values of one annotation (text offsets in code points of `text`,
    image coordinates in pixels of an image of `size`), each result's refusal named."""
    out = Converted()
    controls = {c.name: c for c in config.controls}
    classes: list[str] = []
    for result in annotation.results:
        control = controls.get(result.get("from_name"))  # type: ignore[arg-type]
        value = result.get("value")
        if control is None or not isinstance(value, dict):
            out.left_out.append("a result names no control of the labeling config")
            continue
        names = _names(value, control)
        if names is None:
            out.left_out.append("a result has no label names")
            continue
        if any(n not in control.labels for n in names):
            out.left_out.append("a result names a label the labeling config does not list")
            continue
        if control.kind == "class":
            classes += [n for n in dict.fromkeys(names) if n not in classes]
        elif control.kind == "span":
            span = _span(value, text)
            if isinstance(span, str):
                out.left_out.append(span)
            else:
                out.labels += [
                    ("span", {"start": span[0], "end": span[1], "label": n}) for n in names
                ]
        else:
            shape = _shape(control.kind, value, size)
            if isinstance(shape, str):
                out.left_out.append(shape)
            else:
                out.labels += [(control.kind, shape | {"label": n}) for n in dict.fromkeys(names)]
    if classes:
        out.labels.append(("class", {"labels": classes}))
    return out


def _span(value: dict[str, Any], text: str | None) -> tuple[int, int] | str:
    start, end = value.get("start"), value.get("end")
    if text is None:
        return "a span is on a task without text"
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        return "a span has no integer start and end (only plain-text offsets are read)"
    cp_start, cp_end = utf16_to_cp(text, start), utf16_to_cp(text, end)
    if cp_start is None or cp_end is None or not 0 <= cp_start < cp_end <= len(text):
        return "a span lies outside its task's text"
    return cp_start, cp_end


def _shape(kind: str, value: dict[str, Any], size: tuple[int, int] | None) -> dict[str, Any] | str:
    if size is None:
        return "a shape is on a task without an image"
    width, height = size
    if _number(value.get("rotation", 0)) != 0.0:
        return "a rotated rectangle cannot be stored as a box"
    if kind == "box":
        x, y = _number(value.get("x")), _number(value.get("y"))
        w, h = _number(value.get("width")), _number(value.get("height"))
        if x is None or y is None or w is None or h is None:
            return "a rectangle lacks x, y, width or height"
        x0, y0 = _px(x, width), _px(y, height)
        x1, y1 = _px(x + w, width), _px(y + h, height)
        if x1 <= x0 or y1 <= y0:
            return "a rectangle is empty or outside the image"
        return {"x": x0, "y": y0, "w": x1 - x0, "h": y1 - y0}
    raw = value.get("points")
    if not isinstance(raw, list) or len(raw) > 1000:
        return "a polygon has no list of points"
    points: list[list[int]] = []
    for point in raw:
        if not isinstance(point, list) or len(point) != 2:
            return "a polygon point is not a pair [x, y]"
        px, py = _number(point[0]), _number(point[1])
        if px is None or py is None:
            return "a polygon point is not numeric"
        pixel = [_px(px, width), _px(py, height)]
        if not points or points[-1] != pixel:
            points.append(pixel)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()  # Cleanroom polygons are open (the first point is not repeated)
    if len(points) < 3:
        return "a polygon has fewer than three distinct points"
    return {"points": points}


def _px(percent: float, extent: int) -> int:
    """A percentage of the image's extent as a pixel, kept on the image."""
    return min(max(round(percent * extent / 100.0), 0), extent)
