"""The address elements of a UN/EDIFACT NAD segment (name and address), read by position.

A NAD segment's data elements, "+" apart, are fixed by the standard (UNTDID, segment
NAD): party function qualifier (3035), party identification (C082), name and address in
free form (C058), party name (C080), street (C059), city name (3164), country subdivision
(C819), postal code (3251), country (3207):
"NAD+DT+++KURT:SINAN+Hauptstr. 5/7+Halle++06108+DE'". The generic finders see the street
but not a town or a postcode standing alone between "+" signs. Here the free-form lines
(C058), the street's components (C059), the city and the postal code are masked wherever
the segment stands: at a line's start, after another segment's "'" on the same line, or
indented. "?" releases the next character ("?+" is a plus of the value). A segment is read
up to its "'" or the line's end, so a layout without line breaks and one segment per line
read alike; a segment cut short only has fewer elements. The party's name (C080) is the
name finders'. Gated on "NAD+" (a substring test) before any regex runs.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

ADDRESS: Final = "ADDRESS"
LOCATION: Final = "LOCATION"
# The segment's tag at a segment's start, then its body up to the "'" that ends it.
_NAD = fast_regex.compile(r"(?:(?<=')|(?<![^\n]))[ \t]*NAD\+(?P<body>(?:[^'?\n]|\?.)*)")
# One element or component: up to an unreleased "+" or ":".
_PART = fast_regex.compile(r"(?:[^+:?]|\?.)*")
# Element positions after the tag (0: party function qualifier) and what each holds.
_KINDS: Final = {2: ADDRESS, 4: ADDRESS, 5: LOCATION, 7: ADDRESS}
_FREE_FORM = 2  # C058: name and address lines, one to five components


def _elements(body: str, offset: int) -> list[list[tuple[int, int]]]:
    """The (start, end) of each component of each element of a segment's body."""
    elements: list[list[tuple[int, int]]] = [[]]
    pos = 0
    while True:
        m = _PART.match(body, pos)
        end = m.end() if m else pos
        elements[-1].append((offset + pos, offset + end))
        if end >= len(body):
            return elements
        if body[end] == "+":
            elements.append([])
        pos = end + 1


def find_edifact_addresses(text: str) -> list[Span]:
    """Free-form address lines, street, city and postal code of every NAD segment."""
    if "NAD+" not in text:
        return []
    spans: list[Span] = []
    for m in _NAD.finditer(text):
        elements = _elements(m["body"], m.start("body"))
        for index, kind in _KINDS.items():
            if index >= len(elements):
                break
            for start, end in elements[index]:
                value = text[start:end]
                if any(c.isalnum() for c in value):
                    name = "edifact_nad_free_form" if index == _FREE_FORM else "edifact_nad"
                    strip = len(value) - len(value.lstrip())
                    spans.append(Span(start + strip, start + len(value.rstrip()), kind, name, 0.8))
    return spans
