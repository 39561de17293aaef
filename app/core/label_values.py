"""The label value check shared by the server (every upload) and the workstation (before
saving): docs/FORMATS.md §6.2 to the letter, plus the project's label schema.

`check_label(kind, value, schema)` raises `LabelValueError` naming the field at fault (never
the value: it is task content) or returns None. It refuses, for every kind:
- fields the format does not define (nothing is dropped silently);
- a non-integer number, an integer outside its range (coordinates 0 … MAX_COORD, frames
  0 … MAX_FRAME, text offsets 0 … MAX_OFFSET), which also keeps every integer in 64 bits;
- a string holding NUL (refused on every database alike) or longer than its limit;
- a value whose canonical JSON is over MAX_VALUE_BYTES;
- with a schema: a kind the schema does not offer, a label or class name it does not
  define (labels by kind: a `region` names a region label), several classes on an item of
  a schema that is not multi-class.

`check_label_version` adds the fields around the value: ids without NUL and at most 128
characters, `version` within 32 bits (PostgreSQL `integer`), `created_ms` within 64 bits.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from app.core.encoding import JsonObject, canonical_json, is_int
from app.core.errors import EncodingError, LabelValueError
from app.core.label_schema import LabelSchema
from app.core.labels import LabelVersion
from app.core.protocol import LABEL_KINDS

MAX_VALUE_BYTES: Final = 32 * 1024
MAX_COMMENT_CHARS: Final = 2000
MAX_NAME_CHARS: Final = 64
MAX_ID_CHARS: Final = 128
MAX_POINTS: Final = 1000
MAX_COORD: Final = 1 << 20  # pixels: no stored image is a million pixels wide
MAX_FRAME: Final = 1 << 16
MAX_OFFSET: Final = (1 << 31) - 1  # code points into one item's text
MAX_VERSION: Final = (1 << 31) - 1  # the server's `labels.version` is a 32-bit integer
MAX_INT64: Final = (1 << 63) - 1
COMMON_FIELDS: Final = frozenset({"comment", "deleted"})
FIELDS: Final[Mapping[str, tuple[frozenset[str], frozenset[str]]]] = {
    # kind: (required, optional besides comment and deleted)
    "span": (frozenset({"start", "end", "label"}), frozenset()),
    "box": (frozenset({"x", "y", "w", "h", "label"}), frozenset({"frame"})),
    "polygon": (frozenset({"points", "label"}), frozenset({"frame"})),
    "region": (frozenset({"shape", "points", "label", "frame"}), frozenset()),
    "class": (frozenset(), frozenset({"label", "labels"})),
}


def _fail(message: str) -> LabelValueError:
    return LabelValueError(message)


def _int(value: Any, field: str, low: int, high: int) -> int:
    if not is_int(value) or not low <= value <= high:
        raise _fail(f"Label field {field!r} must be an integer from {low} to {high}.")
    return value


def _text(value: Any, field: str, limit: int) -> str:
    if not isinstance(value, str) or "\x00" in value or len(value) > limit:
        raise _fail(
            f"Label field {field!r} must be text of at most {limit} characters, without NUL."
        )
    return value


def _name(value: Any, field: str) -> str:
    name = _text(value, field, MAX_NAME_CHARS)
    if not name:
        raise _fail(f"Label field {field!r} must name a label.")
    return name


def _points(value: Any, field: str, at_least: int) -> list[tuple[int, int]]:
    if not isinstance(value, list) or not at_least <= len(value) <= MAX_POINTS:
        raise _fail(f"Label field {field!r} must hold {at_least} to {MAX_POINTS} points.")
    out = []
    for point in value:
        if not isinstance(point, list) or len(point) != 2:
            raise _fail(f"Each point of {field!r} must be a pair [x, y].")
        out.append((_int(point[0], "x", 0, MAX_COORD), _int(point[1], "y", 0, MAX_COORD)))
    return out


def _polygon(points: list[tuple[int, int]], field: str) -> None:
    if points[0] == points[-1]:
        raise _fail(f"The polygon {field!r} is closed; leave out the repeated first point.")


def _check_shape(kind: str, value: JsonObject) -> list[str]:
    """Check the value's own shape; return the schema names it uses."""
    if kind == "span":
        start = _int(value["start"], "start", 0, MAX_OFFSET - 1)
        if _int(value["end"], "end", 1, MAX_OFFSET) <= start:
            raise _fail("Label field 'end' must be greater than 'start'.")
        return [_name(value["label"], "label")]
    if "frame" in value:
        _int(value["frame"], "frame", 0, MAX_FRAME)
    if kind == "box":
        x, y = _int(value["x"], "x", 0, MAX_COORD), _int(value["y"], "y", 0, MAX_COORD)
        _int(value["w"], "w", 1, MAX_COORD - x)
        _int(value["h"], "h", 1, MAX_COORD - y)
        return [_name(value["label"], "label")]
    if kind == "polygon":
        _polygon(_points(value["points"], "points", 3), "points")
        return [_name(value["label"], "label")]
    if kind == "region":
        shape = value["shape"]
        if shape == "box":
            (x0, y0), (x1, y1) = _points(value["points"], "points", 2)[:2]
            if len(value["points"]) != 2 or not (x0 < x1 and y0 < y1):
                raise _fail("A region box is two corners [[x0, y0], [x1, y1]], x0 < x1, y0 < y1.")
        elif shape == "polygon":
            _polygon(_points(value["points"], "points", 3), "points")
        else:
            raise _fail("Label field 'shape' must be 'box' or 'polygon'.")
        return [_name(value["label"], "label")]
    # class: {"labels": [...]} or {"label": name}, never both
    if "label" in value and "labels" in value:
        raise _fail("A class value holds 'labels' or 'label', not both.")
    if "label" in value:
        return [_name(value["label"], "label")]
    names = value.get("labels", [])
    if not isinstance(names, list) or len(names) > 200:
        raise _fail("Label field 'labels' must be a list of at most 200 class names.")
    checked = [_name(n, "labels") for n in names]
    if len(set(checked)) != len(checked):
        raise _fail("Label field 'labels' names a class twice.")
    return checked


def check_label(kind: str, value: Any, schema: LabelSchema | None = None) -> None:
    """Raise LabelValueError unless `value` is a valid `kind` value (under `schema`)."""
    if kind not in FIELDS:
        raise _fail(f"Label kind must be one of {', '.join(LABEL_KINDS)}.")
    if not isinstance(value, dict):
        raise _fail("Label field 'value' must be an object.")
    required, optional = FIELDS[kind]
    missing = sorted(required - value.keys())
    if missing:
        raise _fail(f"The {kind} label lacks the field {missing[0]!r}.")
    unknown = sorted(value.keys() - required - optional - COMMON_FIELDS)
    if unknown:
        raise _fail(f"The {kind} label holds a field the format does not define ({len(unknown)}).")
    if "comment" in value:
        _text(value["comment"], "comment", MAX_COMMENT_CHARS)
    if "deleted" in value and value["deleted"] is not True:
        raise _fail("Label field 'deleted' is true when present.")
    names = _check_shape(kind, value)
    try:
        size = len(canonical_json(value))
    except EncodingError:
        raise _fail("The label value cannot be written as canonical JSON.") from None
    if size > MAX_VALUE_BYTES:
        raise _fail(f"The label value is over {MAX_VALUE_BYTES} bytes; shorten the comment.")
    if schema is not None:
        _check_schema(kind, names, schema)


def _check_schema(kind: str, names: list[str], schema: LabelSchema) -> None:
    if kind == "class":
        known = {c.name for c in schema.classes}
        if len(names) > 1 and not schema.multi_class:
            raise _fail("This project allows one class per item.")
        if any(name not in known for name in names):
            raise _fail("A class name is not in the project's schema; sync and try again.")
        return
    offered = {d.name for d in schema.labels_for(kind)}
    if not offered:
        raise _fail(f"The project's schema offers no {kind} labels.")
    if any(name not in offered for name in names):
        raise _fail(f"A {kind} label name is not in the project's schema; sync and try again.")


def check_label_version(label: LabelVersion, schema: LabelSchema | None = None) -> None:
    """`check_label` plus the fields around the value (ids, version, time)."""
    for field in ("annotation_id", "project_id", "shard_id", "item_id", "user_id"):
        _text(getattr(label, field), field, MAX_ID_CHARS)
    _int(label.version, "version", 1, MAX_VERSION)
    _int(label.created_ms, "created_ms", 0, MAX_INT64)
    check_label(label.kind, label.value, schema)
