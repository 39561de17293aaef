"""UN/EDIFACT segments (ISO 9735) whose values the generic finders read wrong.

An interchange is a run of segments "TAG+element+element:component'": "+" parts the data
elements, ":" their components, "'" ends a segment and "?" releases the next character.
Two segments hold what the generic finders get wrong:

- COM (communication contact): a number, then its channel qualifier (data element 3155):
  "TE" telephone, "FX" telefax, "AL" cellular phone, "AJ" alternate telephone, "TL" telex.
  The number is a phone number whatever its shape ("COM+078-2589358:TE'"); the "+" before
  it is the element separator, which the phone finder reads as a sign glued to a word and
  so never starts a number after it (a number's own "+" is written after it, released or
  not: "COM++49 30 1234567:TE'").
- LIN and PIA (a line item and its additional product id): the item number, then its
  type (data element 7143): "EN" EAN / GTIN-13, "UP" UPC, "SRV" a GS1 number. A trade
  item's number names an article, no one ("LIN+1++4006381333931:EN'"): findings inside it
  are dropped.

A third names a person the generic finders miss: CTA (contact information) names the
department or employee to contact in its second element, C056, as a code and a name
joined by ":" ("CTA+IC+:Roan de Backer'", "CTA+PD+AB12:JAN DE VRIES'").

Gated on "COM+", "LIN+", "PIA+" and "CTA+" (substring tests) before any regex runs.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "PHONE_NUMBER"
PERSON: Final = "PERSON"
# A segment starts a line or follows the last one's "'".
_COM = fast_regex.compile(
    r"(?:(?<=')|(?<![^\n]))[ \t]*COM\+(\+?(?:[^'+:?\n]|\?.){3,40}):(?:TE|FX|AL|AJ|TL)(?=['+\n]|$)"
)
_ITEM = fast_regex.compile(
    r"(?:(?<=')|(?<![^\n]))[ \t]*(?:LIN\+[^'+\n]{0,6}\+[^'+\n]{0,6}|PIA\+[^'+\n]{0,6})"
    r"\+(\d{8,14}):(?:EN|UP|SRV)(?=['+:\n]|$)"
)

# CTA + contact function code (3035, an..3) + C056: department or employee code (an..17)
# ":" department or employee (an..35), then the segment's end.
_CTA: Final = re.compile(
    r"(?:^|(?<=['\n]))CTA\+[A-Z0-9]{0,3}\+[^:'+?\n]{0,17}:"
    r"(?P<name>[^\W\d_][^'+:?\n\d]{1,34})(?='|\+|\r?$)",
    re.M,
)


def find_edifact_phones(text: str) -> list[Span]:
    """The numbers of COM segments with a telephone, fax or telex qualifier."""
    if "COM+" not in text:
        return []
    return [Span(m.start(1), m.end(1), KIND, "edifact_com", 0.75) for m in _COM.finditer(text)]


def without_item_numbers(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the findings inside a line item's trade number (see above)."""
    if "LIN+" not in text and "PIA+" not in text:
        return spans
    items = [m.span(1) for m in _ITEM.finditer(text)]
    if not items:
        return spans
    return [s for s in spans if not any(a <= s.start and s.end <= b for a, b in items)]


def edifact_contacts(text: str) -> list[Span]:
    """The contact named in each CTA segment (see above)."""
    if "CTA+" not in text:
        return []
    spans = []
    for m in _CTA.finditer(text):
        name = m.group("name").rstrip()
        start = m.start("name")
        spans.append(Span(start, start + len(name), PERSON, "edifact_contact", 0.85))
    return spans
