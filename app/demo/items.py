"""The demo's raw items, made here (nothing downloaded): clinical notes holding fake personal
data, a scan-like PNG with a name burned into its pixels, and pydicom's CT_small. All of it
goes through the real redaction pipeline at ingest; what the annotator sees is the redacted
copy."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Final

from PIL import Image, ImageDraw, ImageFilter, ImageFont

NOTES: Final = (
    "Patient John Smith (DOB 04/12/1961, MRN 448812) was seen on 3 March 2025 for chest pain "
    "radiating to the left arm since Monday. Started aspirin 300 mg and atorvastatin 40 mg. "
    "Call 212-555-0187 with questions.",
    "Jane Roe, 52, reports headache and nausea for three days. Ibuprofen gave little relief; "
    "no fever. Her e-mail is jane.roe@example.org.",
    "Follow-up: shortness of breath improved after salbutamol; mild cough remains. Review in "
    "two weeks.",
)
SCHEMA: Final = {
    "version": 1,
    "labels": [
        {"name": "SYMPTOM", "kind": "span", "key": "1"},
        {"name": "DRUG", "kind": "span", "key": "2"},
        {"name": "TIMEFRAME", "kind": "span", "key": "3"},
        {"name": "lesion", "kind": "box", "key": "4"},
        {"name": "organ", "kind": "polygon", "key": "5"},
        {"name": "nodule", "kind": "region", "key": "6"},
    ],
    "classes": [
        {"name": "routine", "key": "r"},
        {"name": "urgent", "key": "u"},
        {"name": "unclear", "key": "c"},
    ],
    "multi_class": False,
}
INSTRUCTIONS: Final = (
    "Mark every symptom (1), drug (2) and timeframe (3) in the notes. On images, box each "
    "lesion (4) and outline organs (5); on CT, mark nodules (6). Classify each item as "
    "routine (r), urgent (u) or unclear (c). Personal data was masked before you see it; if "
    "any is still visible, skip the item with the reason 'Personal data still visible'."
)
FONT_FILES: Final = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)


@dataclass(frozen=True)
class RawItem:
    kind: str  # text | image | dicom
    media_type: str
    data: bytes
    name: str  # a file-like name for the ingest report (keyed hash on the server)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FONT_FILES:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def scan_png(width: int = 768, height: int = 576) -> bytes:
    """A chest-film-like picture: two lung fields, a bright lesion, a name and a birth date
    burned in at the top left (the image OCR pass masks them)."""
    image = Image.new("L", (width, height), 18)
    draw = ImageDraw.Draw(image)
    draw.ellipse((110, 90, 360, 500), fill=70)
    draw.ellipse((408, 90, 658, 500), fill=74)
    draw.rectangle((370, 60, 398, 520), fill=120)  # spine
    for rib in range(8):
        y = 120 + rib * 46
        draw.arc((90, y - 40, 380, y + 40), 200, 340, fill=140, width=6)
        draw.arc((388, y - 40, 678, y + 40), 200, 340, fill=140, width=6)
    draw.ellipse((480, 250, 540, 305), fill=205)  # the lesion to box
    image = image.filter(ImageFilter.GaussianBlur(2))
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 8, 430, 86), fill=0)
    draw.text((18, 12), "SMITH, JOHN", fill=255, font=_font(30))
    draw.text((18, 50), "DOB 04/12/1961", fill=255, font=_font(26))
    out = io.BytesIO()
    image.convert("RGB").save(out, format="PNG", optimize=True)
    return out.getvalue()


def ct_small() -> bytes:
    from pydicom.data import get_testdata_file  # noqa: PLC0415 - loads pydicom only here

    path = get_testdata_file("CT_small.dcm")  # shipped in the wheel: no download
    if path is None:
        raise FileNotFoundError("pydicom's CT_small.dcm test file")
    with open(str(path), "rb") as fh:
        return fh.read()


def demo_items() -> list[RawItem]:
    text = "text/plain; charset=utf-8"
    notes = [RawItem("text", text, n.encode(), f"note-{i}.txt") for i, n in enumerate(NOTES, 1)]
    return [
        *notes,
        RawItem("image", "image/png", scan_png(), "chest-film.png"),
        RawItem("dicom", "application/dicom", ct_small(), "CT_small.dcm"),
    ]
