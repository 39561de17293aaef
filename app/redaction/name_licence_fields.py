"""The holder of a driving licence in the EU model (Directive 2006/126/EC, Annex I, used
by the EU, the EEA, the UK and others): its fields are numbered, not captioned, so the
name stands after "1." (surname) and "2." (other names), with "3." the date and place of
birth after them: "1. POOLE / 2. SEAN ANDREW / 3. 11.08.1958 Cork". A copied or OCR'd
card puts the fields one a line or several on one line apart by a gap.

A numbered list is no licence: here field 3 must open with a date, and fields 1 and 2
hold letters only (a name's words, apostrophes and hyphens), so "1. Aspirin 2. Rest"
stays. Gated on "1." and "3." (substring tests) before the regex runs.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "licence_numbered_name"
SCORE: Final = 0.8

_NAME = r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?"
_VALUE = rf"{_NAME}(?:[ ]{_NAME}){{0,4}}"
# Between two fields: a line break, or a gap of two blanks or a tab on one line.
_NEXT = r"[ \t]*(?:\r?\n[ \t]*|[ \t]{2,}|\t[ \t]*)"
_FIELDS = re.compile(
    rf"(?:^|(?<=[ \t]{{2}})|(?<=\t))[ \t]*1\.[ \t]+(?P<surname>{_VALUE})"
    rf"{_NEXT}2\.[ \t]+(?P<given>{_VALUE}){_NEXT}"
    r"3\.[ \t]+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}",
    re.MULTILINE,
)


def licence_holder_names(text: str) -> list[Span]:
    """Fields 1 and 2 of a licence in the EU model (see the module)."""
    if "1." not in text or "3." not in text:
        return []
    spans = []
    for m in _FIELDS.finditer(text):
        for group in ("surname", "given"):
            spans.append(Span(m.start(group), m.end(group), KIND, RULE, SCORE))
    return spans
