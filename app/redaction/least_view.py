"""Least view: only the part of an item the task needs is sealed.

A project (or one item) asks for a crop, either a region of interest
`{"left", "top", "right", "bottom"}` or a fixed window `{"cx", "cy", "width", "height"}`
around the object to label, and for fields to drop (`drop_fields`: DICOM keywords, or keys
of a JSON text record). Crops are applied before redaction, so nothing outside the crop is
even analysed, and the report says a crop happened (not where the data was).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from app.redaction.errors import CropSettingError, TextDecodeError
from app.redaction.settings import RedactionSettings

Box = tuple[int, int, int, int]


def crop_box(settings: RedactionSettings, width: int, height: int) -> Box | None:
    """The crop from `settings` clipped to a width x height image, or None for no crop."""
    roi = settings.crop
    window = settings.crop_window
    try:
        if isinstance(roi, Mapping):
            box = (int(roi["left"]), int(roi["top"]), int(roi["right"]), int(roi["bottom"]))
        elif isinstance(window, Mapping):
            cx, cy = int(window["cx"]), int(window["cy"])
            w, h = int(window["width"]), int(window["height"])
            box = (cx - w // 2, cy - h // 2, cx - w // 2 + w, cy - h // 2 + h)
        elif roi is None and window is None:
            return None
        else:
            raise CropSettingError()
    except (KeyError, TypeError, ValueError) as exc:
        raise CropSettingError() from exc
    left, top = max(0, box[0]), max(0, box[1])
    right, bottom = min(width, box[2]), min(height, box[3])
    if right <= left or bottom <= top:
        raise CropSettingError("The crop lies outside the image; check the item's region.")
    return (left, top, right, bottom)


def drop_json_fields(text: str, fields: Sequence[str]) -> tuple[str, int]:
    """A JSON object text with `fields` removed (top level), and how many were dropped."""
    try:
        record = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise TextDecodeError("The text item is not the JSON record the project expects.") from exc
    if not isinstance(record, dict):
        raise TextDecodeError("The text item is JSON but not an object; expected a record.")
    dropped = sum(1 for f in fields if record.pop(f, None) is not None)
    return json.dumps(record, ensure_ascii=False, indent=1), dropped
