"""One entry point for ingest: `redact_item(kind, data, ...)` -> RedactedItem.

Invariant: what leaves this module in `RedactedItem.data` is what an annotator may see.
`report` and `meta` hold kinds, counts and rule names, never a removed value. Only
RedactionError subclasses escape `redact_item`; the caller records the message for that
item and goes on with the batch (fail closed per item, never per batch).

Settings (all optional), a plain dict so the server can keep it in project config:
    max_text_bytes      refuse bigger text items (default 8 MiB)
    text_format         "plain" (default) or "json" (an object; see drop_fields)
    max_image_pixels    decompression-bomb limit (default 64 Mpx)
    ocr, faces          images: run OCR / face detection (default True)
    crop, crop_window   least view, see least_view.py
    drop_fields         least view: DICOM keywords or JSON keys to remove
    private_tag_allowlist  DICOM private tags to keep, "gggg,CREATOR,ee"
    dicom_ocr           "auto" (unless BurnedInAnnotation is NO), "always", "never"
    recognizers         the project's own identifier patterns, see recognizers.py

A setting the pipeline cannot honour (a bad recognizer, an unknown dicom_ocr value) refuses
the item with ProjectSettingError; it is never replaced by a default.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from app.redaction.errors import ProjectSettingError, RedactionError, RedactionInputError

KINDS = ("text", "image", "dicom")
DICOM_OCR = ("auto", "always", "never")
MODEL_NAME = "en_core_web_md 3.8.0"


@dataclass(frozen=True)
class RedactedItem:
    """A redacted item ready to seal. `redacted` is True when anything was removed."""

    data: bytes
    media_type: str
    meta: dict[str, Any] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)
    redacted: bool = False


def redact_item(
    kind: str, data: bytes, *, project_secret: bytes, settings: dict[str, Any]
) -> RedactedItem:
    """Redact one item of `kind` ("text" | "image" | "dicom").

    Raises a RedactionError subclass (never anything else) when the item is malformed or
    cannot be redacted; nothing is returned for it then.
    """
    if kind not in KINDS:
        raise RedactionInputError(f"Unknown item kind; use one of {', '.join(KINDS)}.")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise RedactionInputError("The item content must be bytes.")
    try:
        _check_settings(settings)
        if kind == "text":
            return _text(bytes(data), settings)
        if kind == "image":
            return _image(bytes(data), settings)
        return _dicom(bytes(data), project_secret, settings)
    except RedactionError:
        raise
    except Exception as exc:  # fail closed: an unexpected fault refuses this item only
        raise RedactionError(
            f"Redaction failed inside the engine ({type(exc).__name__}); the item was not "
            "released. Report this to the Cleanroom maintainers with the item id."
        ) from exc


def _check_settings(settings: dict[str, Any]) -> None:
    """Refuse settings the pipeline would otherwise have to guess at, for every kind of item
    (the server checks them at project create; this guards settings stored before that)."""
    from app.redaction.recognizers import from_settings  # noqa: PLC0415

    if not isinstance(settings, dict):
        raise ProjectSettingError("redaction settings must be a JSON object")
    from_settings(settings)
    if settings.get("dicom_ocr", "auto") not in DICOM_OCR:
        raise ProjectSettingError(
            f"redaction setting dicom_ocr must be one of {', '.join(DICOM_OCR)}"
        )


def _report(kind: str, found: dict[str, Any], least_view: dict[str, Any]) -> dict[str, Any]:
    return {
        "item_kind": kind,
        "kinds": found.get("kinds", {}),
        "rules": found.get("rules", {}),
        "total": found.get("total", 0),
        "least_view": least_view,
    } | ({"tags": found["tags"]} if "tags" in found else {})


def _text(data: bytes, settings: dict[str, Any]) -> RedactedItem:
    from app.redaction.least_view import drop_json_fields  # noqa: PLC0415
    from app.redaction.recognizers import from_settings  # noqa: PLC0415
    from app.redaction.text import DEFAULT_MAX_TEXT_BYTES, decode_text, redact_text  # noqa: PLC0415

    text = decode_text(data, max_bytes=int(settings.get("max_text_bytes", DEFAULT_MAX_TEXT_BYTES)))
    dropped = 0
    if settings.get("text_format") == "json":
        text, dropped = drop_json_fields(text, [str(f) for f in settings.get("drop_fields", ())])
    result = redact_text(text, from_settings(settings))
    found = result.report()
    report = _report("text", found, {"dropped_fields": dropped}) | {"model": MODEL_NAME}
    return RedactedItem(
        data=result.text.encode("utf-8"),
        media_type="text/plain; charset=utf-8",
        meta={"chars": len(result.text)},
        report=report,
        redacted=bool(found["total"] or dropped),
    )


def _image(data: bytes, settings: dict[str, Any]) -> RedactedItem:
    from app.redaction.image import (  # noqa: PLC0415
        DEFAULT_MAX_PIXELS,
        encode_png,
        open_image,
        redact_image,
    )
    from app.redaction.least_view import crop_box  # noqa: PLC0415
    from app.redaction.recognizers import from_settings  # noqa: PLC0415

    project = from_settings(settings)
    img = open_image(data, max_pixels=int(settings.get("max_image_pixels", DEFAULT_MAX_PIXELS)))
    box = crop_box(settings, img.width, img.height)
    if box is not None:
        img = img.crop(box)
    out, findings = redact_image(
        img,
        ocr=bool(settings.get("ocr", True)),
        faces=bool(settings.get("faces", True)),
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
    )


def _dicom(data: bytes, project_secret: bytes, settings: dict[str, Any]) -> RedactedItem:
    from app.redaction.dicom import deidentify, encode_dicom, read_dicom  # noqa: PLC0415

    if len(project_secret) < 16:
        raise RedactionError("The project secret is too short (need 16+ bytes); check config.")
    ds = read_dicom(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydicom warnings quote values; never log them
        cropped = _crop_dicom(ds, settings)
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
        report=_report("dicom", found, {"cropped": cropped, "dropped_fields": dropped}),
        redacted=True,
    )


def _crop_dicom(ds: Any, settings: dict[str, Any]) -> bool:
    """Crop every frame to the project's region (before OCR); False when no crop asked."""
    if "crop" not in settings and "crop_window" not in settings:
        return False
    if "PixelData" not in ds:
        return False
    from app.redaction.dicom import decoded_pixels, write_pixels  # noqa: PLC0415
    from app.redaction.least_view import crop_box  # noqa: PLC0415

    arr = decoded_pixels(ds)
    rows, cols = int(ds.Rows), int(ds.Columns)
    box = crop_box(settings, cols, rows)
    if box is None:
        return False
    left, top, right, bottom = box
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    cropped = arr[:, top:bottom, left:right] if frames > 1 else arr[top:bottom, left:right]
    ds.Rows, ds.Columns = bottom - top, right - left
    write_pixels(ds, cropped.copy())
    return True


def preview_frames(item: RedactedItem) -> list[Image.Image]:
    """What an annotator sees of a redacted DICOM item, as images (empty for others)."""
    if item.media_type != "application/dicom":
        return []
    from app.redaction.dicom import read_dicom, render_frames  # noqa: PLC0415

    return render_frames(read_dicom(item.data))
