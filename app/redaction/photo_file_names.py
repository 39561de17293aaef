"""The file name of a photograph or a recording, as cameras, phones and scanners number
them ("IMG_4821.jpg", "DSC01234.JPG", "PXL_20240312_093112.heic", "face_204117.png",
"PHOTO-0048213.HEIC", "VID_0042.mp4"): Safe Harbor's (Q) "full-face photographs and any
comparable images" are filed under that name, so the name points to the one image of the
one person. Pure `regex`.

A token that ends in an image or video extension and whose stem is a camera's shape, a
word of letters or none and a number of four digits or more (a second and third group of
digits after "_" or "-" as a date and a time: "PXL_20240312_093112"), is masked whole, its
extension too (a stem masked alone leaves "...jpg" that still names a file). A name that
holds more ("IMG_20251007_B909966.HEIC", a record number filed in it; "sicknote_Ward_
2025-07-24.jpg") is left to the rules that read its parts; a name without digits
("logo.png", "signature.jpg") names a kind of file, not one shot, and stays readable; a
TIFF is a scanner's page more often than a photograph.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "RECORD_NUMBER"
RULE: Final = "photo_file_name"

_EXTENSIONS = (
    "jpg|jpeg|jpe|png|heic|heif|gif|bmp|webp|dng|raw|cr2|cr3|nef|arw|orf|rw2"
    "|mp4|mov|m4v|avi|3gp|mkv|hevc"
)
PHOTO_FILE = fast_regex.compile(
    r"(?<![\w.-])(?:[A-Za-z]{1,10}[_-]?)?\d{4,12}(?:[_-]\d{2,12}){0,2}"
    rf"\.(?i:{_EXTENSIONS})(?![\w.]|\.\w)",
    starts=r"[A-Za-z0-9]",
)
# A cheap first look: a dot before an extension's first letters.
_HINT = fast_regex.compile(rf"\.(?i:{_EXTENSIONS})(?![\w])")


def find_photo_file_names(text: str) -> list[Span]:
    """Numbered image and video file names (see above), extension included."""
    if _HINT.search(text) is None:
        return []
    return [Span(m.start(), m.end(), KIND, RULE, 0.6) for m in PHOTO_FILE.finditer(text)]
