"""Persons in UN/EDIFACT messages (invoices, orders, despatch advice: "UNH+1+INVOIC:D:96A:UN'"):
the contact segment CTA names the department or employee to contact in its second
element, C056, as an identifier and a name joined by ":" ("CTA+IC+:Roan de Backer'",
"CTA+PD+AB12:JAN DE VRIES'"). Segments end with an apostrophe, elements are joined by
"+", components by ":" (ISO 9735).

A text without "CTA+" costs one substring test.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "edifact_contact"
SCORE: Final = 0.85

# CTA + contact function code (3035, an..3) + C056: department or employee code (an..17)
# ":" department or employee (an..35), then the segment's end.
_CTA: Final = re.compile(
    r"(?:^|(?<=['\n]))CTA\+[A-Z0-9]{0,3}\+[^:'+?\n]{0,17}:"
    r"(?P<name>[^\W\d_][^'+:?\n\d]{1,34})(?='|\+|\r?$)",
    re.M,
)


def edifact_contacts(text: str) -> list[Span]:
    """The contact named in each EDIFACT CTA segment (see the module)."""
    if "CTA+" not in text:
        return []
    spans = []
    for m in _CTA.finditer(text):
        name = m.group("name").rstrip()
        spans.append(Span(m.start("name"), m.start("name") + len(name), KIND, RULE, SCORE))
    return spans
