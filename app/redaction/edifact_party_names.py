"""The party named in a UN/EDIFACT NAD (name and address) segment.

NAD + party function (3035) + party id (C082) + name and address lines (C058) + party
name (C080) + street, town, ... ("NAD+DT+++SURNAME:GIVEN+12 OAK ROAD+TOWN++12345+DE'",
"NAD+FL+++SURNAME:GIVEN'"). C080 holds up to five name components joined by ":", then a
format code. A passenger list, a customs declarant or an invoicee is a person whose name
the generic finders miss in capitals glued to separators; `edi_segments.py` keeps C080 a
person only when an address finding has run over it.

The segment starts a line or follows the last one's "'" (several segments may share a
line); "?" releases the next character. A party written as a firm ("ACME GMBH") stays.
Gated on "NAD+" (a substring test) before the regex runs.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "edifact_party"
SCORE: Final = 0.85

_ELEMENT = r"(?:[^'+?\n]|\?.)*"
_NAD: Final = re.compile(
    rf"(?:^|(?<=['\n]))[ \t]*NAD\+{_ELEMENT}\+{_ELEMENT}\+{_ELEMENT}\+(?P<name>{_ELEMENT})",
    re.M,
)
# A component: what lies between unreleased ":" separators.
_COMPONENT: Final = re.compile(r"(?:[^:?]|\?.)+")
# The legal forms that make a party a firm, not a person.
_FIRM_WORDS: Final = frozenset(
    word_list(
        "GMBH AG KG OHG UG LTD LIMITED INC LLC PLC CORP CO BV NV SA SAS SARL SPA SRL AB AS OY"
        " LLP PTY SE"
    )
)


def edifact_party_names(text: str) -> list[Span]:
    """The party name (C080) of each NAD segment that names a person (see above)."""
    if "NAD+" not in text:
        return []
    spans = []
    for m in _NAD.finditer(text):
        base = m.start("name")
        parts = [
            c for c in _COMPONENT.finditer(m.group("name")) if any(ch.isalpha() for ch in c.group())
        ]
        if not parts:
            continue
        words = re.findall(r"\w+", m.group("name").upper().replace(".", ""))
        if any(w in _FIRM_WORDS for w in words):
            continue
        start, end = base + parts[0].start(), base + parts[-1].end()
        while start < end and text[start] in " \t":
            start += 1
        while end > start and text[end - 1] in " \t":
            end -= 1
        spans.append(Span(start, end, KIND, RULE, SCORE))
    return spans
