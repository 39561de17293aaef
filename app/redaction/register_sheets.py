"""The sheet of a German land register (Grundbuch, Grundbuchordnung § 3: each property
has its own "Blatt" in the register of its district): "Grundbuch von Lindau Blatt 4412".
The sheet's number with its word is the register's identifier of the property and so of
its owners; both are masked, since "Blatt" and the number read together as one
reference. A number of three digits or more after "Blatt", not a page count ("Blatt 2
von 3"). Gated on the word in the text.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "RECORD_NUMBER"
_SHEET = fast_regex.compile(
    r"(?<![^\W\d_])Blatt(?:[ ]?(?:Nr\.?|No\.?))?[ ]{1,2}\d{3,6}"
    r"(?![\w/-]|[.,]\d|[ ](?i:von|of)\b|[ ]/)"
)


def find_register_sheets(text: str) -> list[Span]:
    """Each land register sheet, "Blatt" and its number."""
    if "Blatt" not in text:
        return []
    return [Span(m.start(), m.end(), KIND, "register_sheet", 0.6) for m in _SHEET.finditer(text)]
