"""Words and their boxes in an image, from the `tesseract` binary (TSV output, no shell).

Small images are upscaled before OCR (tesseract reads text under ~20 px poorly); boxes
come back in the original image's coordinates.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass

from PIL import Image

from app.redaction.errors import RedactionSetupError

_TIMEOUT_S = 60
_MIN_SIDE = 1000


@dataclass(frozen=True)
class Word:
    """One OCR word: its text, box (left, top, right, bottom) and tesseract confidence."""

    text: str
    box: tuple[int, int, int, int]
    conf: float
    line: tuple[int, int, int]


def tesseract_path() -> str:
    path = shutil.which("tesseract")
    if path is None:
        raise RedactionSetupError(
            "Tesseract is not installed; run `apt-get install tesseract-ocr tesseract-ocr-eng`."
        )
    return path


def ocr_words(image: Image.Image, *, psm: int = 11) -> list[Word]:
    """Words tesseract reads in `image` (any mode), with boxes in `image` pixels."""
    gray = image.convert("L")
    scale = 1
    while min(gray.size) * scale < _MIN_SIDE and scale < 4:
        scale += 1
    if scale > 1:
        gray = gray.resize((gray.width * scale, gray.height * scale), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    gray.save(buf, format="PNG")
    try:
        proc = subprocess.run(  # noqa: S603 - fixed argv, no shell
            [tesseract_path(), "stdin", "stdout", "--psm", str(psm), "-l", "eng", "tsv"],
            input=buf.getvalue(),
            capture_output=True,
            timeout=_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise RedactionSetupError("OCR took too long on this image; downscale it.") from exc
    if proc.returncode != 0:
        raise RedactionSetupError("Tesseract failed; check that tesseract-ocr-eng is installed.")
    return _parse_tsv(proc.stdout.decode("utf-8", "replace"), scale)


def _parse_tsv(tsv: str, scale: int) -> list[Word]:
    words: list[Word] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        try:
            left, top, width, height = (int(c) for c in cols[6:10])
            conf = float(cols[10])
            line = (int(cols[2]), int(cols[3]), int(cols[4]))
        except ValueError:
            continue
        box = (
            left // scale,
            top // scale,
            -(-(left + width) // scale),
            -(-(top + height) // scale),
        )
        words.append(Word(text, box, conf, line))
    return words
