"""One entry point for ingest: `redact_item(kind, data, ...)` -> RedactedItem.

Invariant: what leaves this module in `RedactedItem.data` is what an annotator may see.
`report` and `meta` hold kinds, counts and rule names, never a removed value. Only
RedactionError subclasses escape `redact_item`; the caller records the message for that
item and goes on with the batch (fail closed per item, never per batch).

Settings: a RedactionSettings (app/redaction/settings.py, where every setting is listed and
checked); a plain JSON object is parsed there first (settings stored before versions).

A setting the pipeline cannot honour (a bad recognizer, an unknown dicom_ocr value) refuses
the item with ProjectSettingError; it is never replaced by a default.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from PIL import Image

from app.core.protocol import ITEM_KINDS
from app.redaction.errors import RedactionError, RedactionInputError
from app.redaction.geometry import ItemGeometry
from app.redaction.item import RedactedItem
from app.redaction.recognizers import compiled
from app.redaction.settings import RedactionSettings

__all__ = ["MODEL_NAME", "RedactedItem", "preview_frames", "redact_item"]
MODEL_NAME = "en_core_web_md 3.8.0"


def redact_item(
    kind: str,
    data: bytes,
    *,
    project_secret: bytes,
    settings: RedactionSettings | Mapping[str, Any],
) -> RedactedItem:
    """Redact one item of `kind` ("text" | "image" | "dicom").

    Raises a RedactionError subclass (never anything else) when the item is malformed or
    cannot be redacted; nothing is returned for it then.
    """
    if kind not in ITEM_KINDS:
        raise RedactionInputError(f"Unknown item kind; use one of {', '.join(ITEM_KINDS)}.")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise RedactionInputError("The item content must be bytes.")
    try:
        typed = RedactionSettings.from_json(settings)  # settings stored as plain JSON
        if kind == "text":
            return _text(bytes(data), typed)
        if kind == "image":
            return _image(bytes(data), typed)
        return _dicom(bytes(data), project_secret, typed)
    except RedactionError:
        raise
    except Exception as exc:  # fail closed: an unexpected fault refuses this item only
        raise RedactionError(
            f"Redaction failed inside the engine ({type(exc).__name__}); the item was not "
            "released. Report this to the Cleanroom maintainers with the item id."
        ) from exc


def _report(kind: str, found: dict[str, Any], least_view: dict[str, Any]) -> dict[str, Any]:
    return {
        "item_kind": kind,
        "kinds": found.get("kinds", {}),
        "rules": found.get("rules", {}),
        "total": found.get("total", 0),
        "least_view": least_view,
    } | ({"tags": found["tags"]} if "tags" in found else {})


def _text(data: bytes, settings: RedactionSettings) -> RedactedItem:
    from app.redaction.least_view import drop_json_fields  # noqa: PLC0415
    from app.redaction.text import decode_text, redact_text  # noqa: PLC0415

    text = decode_text(data, max_bytes=settings.text_limit)
    bom = 1 if data.startswith(b"\xef\xbb\xbf") else 0  # decode_text drops it: shifts offsets
    dropped = 0
    if settings.text_format == "json":
        text, dropped = drop_json_fields(text, settings.drop_fields or ())
    result = redact_text(text, compiled(settings.recognizers))
    found = result.report()
    report = _report("text", found, {"dropped_fields": dropped}) | {"model": MODEL_NAME}
    return RedactedItem(
        data=result.text.encode("utf-8"),
        media_type="text/plain; charset=utf-8",
        meta={"chars": len(result.text)},
        report=report,
        redacted=bool(found["total"] or dropped),
        offsets=None if dropped or bom else tuple(result.replacements),
    )


def _image(data: bytes, settings: RedactionSettings) -> RedactedItem:
    from app.redaction.image import encode_png, open_image, redact_image  # noqa: PLC0415
    from app.redaction.least_view import crop_box  # noqa: PLC0415

    project = compiled(settings.recognizers)
    img = open_image(data, max_pixels=settings.pixel_limit)
    original = (img.width, img.height)
    box = crop_box(settings, img.width, img.height)
    if box is not None:
        img = img.crop(box)
    out, findings = redact_image(
        img,
        ocr=settings.ocr is not False,
        faces=settings.faces is not False,
        project=project,
    )
    found = findings.report()
    found["total"] = found.pop("regions")
    return RedactedItem(
        data=encode_png(out),
        media_type="image/png",
        meta={"width": out.width, "height": out.height, "cropped": box is not None},
        report=_report("image", found, {"cropped": box is not None, "metadata_stripped": True}),
        redacted=True,  # metadata is always stripped
        geometry=ItemGeometry.cropped(original, box),
    )


def _dicom(data: bytes, project_secret: bytes, settings: RedactionSettings) -> RedactedItem:
    from app.redaction.dicom import deidentify, encode_dicom, read_dicom  # noqa: PLC0415

    if len(project_secret) < 16:
        raise RedactionError("The project secret is too short (need 16+ bytes); check config.")
    ds = read_dicom(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydicom warnings quote values; never log them
        original = (int(ds.get("Columns", 0) or 0), int(ds.get("Rows", 0) or 0))
        box = _crop_dicom(ds, settings)
        ds, found = deidentify(ds, project_secret=project_secret, settings=settings)
        encoded = encode_dicom(ds)
    dropped = sum(1 for a in found["tags"].values() if a == "least_view_drop")
    return RedactedItem(
        data=encoded,
        media_type="application/dicom",
        meta={
            "modality": str(ds.get("Modality", "")),
            "rows": int(ds.get("Rows", 0) or 0),
            "columns": int(ds.get("Columns", 0) or 0),
            "frames": int(ds.get("NumberOfFrames", 1) or 1) if "PixelData" in ds else 0,
        },
        report=_report("dicom", found, {"cropped": box is not None, "dropped_fields": dropped}),
        redacted=True,
        geometry=ItemGeometry.cropped(original, box) if min(original) > 0 else None,
    )


def _crop_dicom(ds: Any, settings: RedactionSettings) -> tuple[int, int, int, int] | None:
    """Crop every frame to the project's region (before OCR); the crop box, or None when no
    crop was asked or there are no pixels."""
    if settings.crop is None and settings.crop_window is None:
        return None
    if "PixelData" not in ds:
        return None
    from app.redaction.dicom import decoded_pixels, write_pixels  # noqa: PLC0415
    from app.redaction.least_view import crop_box  # noqa: PLC0415

    arr = decoded_pixels(ds)
    rows, cols = int(ds.Rows), int(ds.Columns)
    box = crop_box(settings, cols, rows)
    if box is None:
        return None
    left, top, right, bottom = box
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    cropped = arr[:, top:bottom, left:right] if frames > 1 else arr[top:bottom, left:right]
    ds.Rows, ds.Columns = bottom - top, right - left
    write_pixels(ds, cropped.copy())
    return box


def preview_frames(item: RedactedItem) -> list[Image.Image]:
    """What an annotator sees of a redacted DICOM item, as images (empty for others)."""
    if item.media_type != "application/dicom":
        return []
    from app.redaction.dicom import read_dicom, render_frames  # noqa: PLC0415

    return render_frames(read_dicom(item.data))
