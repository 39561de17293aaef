"""Synthetic labelled images: PNGs with rendered names and numbers, and metadata with PHI.

Fixed seed. Each image carries identifiers in its pixels (rendered with DejaVu Sans, the
font the Makefile installs) and in its metadata (EXIF Artist/ImageDescription and a PNG
text chunk), so an evaluation can check both the OCR pass and metadata stripping.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo

from resources.synthetic.text_corpus import SEED, make_value

FONT_PATHS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
)

LINES = (
    ("Patient: {PERSON}", "PERSON"),
    ("MRN {MRN}", "MEDICAL_RECORD_NUMBER"),
    ("Phone {PHONE}", "PHONE_NUMBER"),
    ("SSN {SSN}", "US_SSN"),
    ("E-mail {EMAIL}", "EMAIL_ADDRESS"),
    ("Card {CARD}", "CREDIT_CARD"),
)


@dataclass(frozen=True)
class LabelledImage:
    png: bytes
    values: tuple[tuple[str, str], ...]  # (kind, value) rendered in the pixels and metadata


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FONT_PATHS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def make_image(rng: random.Random) -> LabelledImage:
    width, height = 640, 360
    img = Image.new("RGB", (width, height), (235, 235, 228))
    draw = ImageDraw.Draw(img)
    # Some non-text structure (an "exhibit") to label.
    draw.ellipse((380, 90, 560, 270), fill=(150, 90, 80))
    values: list[tuple[str, str]] = []
    y = 20
    for template, kind in rng.sample(LINES, 4):
        slot = template[template.index("{") + 1 : template.index("}")]
        value = make_value(slot, rng)
        draw.text(
            (20, y), template.replace("{" + slot + "}", value), fill=(10, 10, 10), font=font(22)
        )
        values.append((kind, value))
        y += 48
    exif = Image.Exif()
    exif[0x013B] = values[0][1]  # Artist
    exif[0x010E] = " ".join(v for _, v in values)  # ImageDescription
    info = PngInfo()
    info.add_text("Comment", values[0][1])
    buf = io.BytesIO()
    img.save(buf, format="PNG", exif=exif, pnginfo=info)
    return LabelledImage(buf.getvalue(), tuple(values))


def images(n: int = 6, seed: int = SEED) -> list[LabelledImage]:
    rng = random.Random(seed + 1)  # noqa: S311 - fixed-seed test data, not secrets
    return [make_image(rng) for _ in range(n)]


def decompression_bomb(side: int = 10_000) -> bytes:
    """A small PNG whose header claims side x side pixels (most of it compresses to nothing)."""
    img = Image.new("1", (side, side))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()
