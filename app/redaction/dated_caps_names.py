"""A name in capitals alone on a line before a column gap and a date, as dispensing
labels print the patient's name with the date dispensed at the line's right end
("OKONJO ADEBAYO                      03/05/24") and as registers and wristbands print a
name and a birth date. The capital-letter rules read a run of capitals only where its
words are known names; here the layout tells, and each word must be no word of a
heading, a role or a drug, and a given name or a word English does not know
(`lower_case_names.name_word`): "DATE OF BIRTH   01/02/90", "TOTAL DUE   03/05/24" stay.

A line is read only where a date ends it; a text without three blanks before a digit
costs one search.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.lower_case_names import name_word
from app.redaction.name_neighbours import plain_word
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "caps_name_before_date"
SCORE: Final = 0.8

_GATE: Final = re.compile(r"[A-Z][ \t]{3,}\d")
_LINE: Final = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:[ ][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){1,2})"
    r"[ \t]{3,}\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[ \t]*\r?$",
    re.M,
)
_VOWEL: Final = re.compile("[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]")


def dated_caps_names(text: str) -> list[Span]:
    """Names in capitals before a column gap and a date (see the module)."""
    if _GATE.search(text) is None:
        return []
    spans = []
    for m in _LINE.finditer(text):
        words = m.group("name").split(" ")
        folded = [w.casefold() for w in words]
        if all(_VOWEL.search(w) for w in words) and all(
            not plain_word(w) and name_word(w) is not None for w in folded
        ):
            spans.append(Span(m.start("name"), m.end("name"), KIND, RULE, SCORE))
    return spans
