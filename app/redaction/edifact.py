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

- RFF (reference): C506, a reference qualifier (1153) and the reference identifier
  (1154, an..70). The identifier is one value, a scheme's letters printed in it included
  ("RFF+AHI:LANR 123456789'", a doctor's number by its register's name); the generic
  finders mask its digits and leave the letters. Masked whole when it holds three digits.

Two name a person or a place the generic finders miss:

- CTA (contact information) names the department or employee to contact in its second
  element, C056, as a code and a name joined by ":" ("CTA+IC+:Roan de Backer'",
  "CTA+PD+AB12:JAN DE VRIES'").
- NAD (name and address): its data elements are fixed by position (UNTDID, segment NAD):
  party function qualifier (3035), party identification (C082), name and address in free
  form (C058), party name (C080), street (C059), city name (3164), country subdivision
  (C819), postal code (3251), country (3207):
  "NAD+DT+++SURNAME:GIVEN+12 OAK ROAD+TOWN++12345+DE'". The generic finders see the
  street but not a town or a postcode standing alone between "+" signs, nor a passenger's,
  declarant's or invoicee's name in capitals glued to separators. The free-form lines, the
  street's components, the city and the postal code are masked as addresses and places;
  the party name (up to five components, then a format code) as a person unless a legal
  form makes it a firm ("ACME GMBH"). `edi_segments.py` keeps C080 a person only when an
  address finding has run over it, hence the finding here.

A segment starts a line (indented or not) or follows the last one's "'", so a layout
without line breaks and one segment per line read alike; it is read up to its "'" or the
line's end, and a segment cut short only has fewer elements. Gated on "COM+", "LIN+",
"PIA+", "RFF+", "CTA+" and "NAD+" (substring tests) before any regex runs.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PHONE_NUMBER"
PERSON: Final = "PERSON"
ADDRESS: Final = "ADDRESS"
LOCATION: Final = "LOCATION"
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


# RFF + C506: qualifier (an..3) ":" reference identifier (an..70), up to the next separator.
_RFF = fast_regex.compile(
    r"(?:(?<=')|(?<![^\n]))[ \t]*RFF\+[A-Z0-9]{1,3}:(?P<v>(?:[^'+:?\n]|\?.){1,70})"
)
_MIN_REFERENCE_DIGITS = 3


def find_edifact_references(text: str) -> list[Span]:
    """The reference identifier of every RFF segment that holds digits, whole."""
    if "RFF+" not in text:
        return []
    spans = []
    for m in _RFF.finditer(text):
        start, end = _stripped(text, *m.span("v"))
        if sum(c.isdigit() for c in text[start:end]) >= _MIN_REFERENCE_DIGITS:
            spans.append(Span(start, end, "RECORD_NUMBER", "edifact_rff", 0.75))
    return spans


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


# NAD: the tag at a segment's start, then its body up to the "'" that ends it.
_NAD = fast_regex.compile(r"(?:(?<=')|(?<![^\n]))[ \t]*NAD\+(?P<body>(?:[^'?\n]|\?.)*)")
# One element or component: up to an unreleased "+" or ":".
_PART = fast_regex.compile(r"(?:[^+:?]|\?.)*")
# NAD element positions after the tag (0: party function qualifier) and what each holds.
_NAD_PLACES: Final = {2: ADDRESS, 4: ADDRESS, 5: LOCATION, 7: ADDRESS}
_FREE_FORM = 2  # C058: name and address lines, one to five components
_PARTY_NAME = 3  # C080: party name, up to five components and a format code
# The legal forms that make a party a firm, not a person.
_FIRM_WORDS: Final = frozenset(
    word_list(
        "GMBH AG KG OHG UG LTD LIMITED INC LLC PLC CORP CO BV NV SA SAS SARL SPA SRL AB AS OY"
        " LLP PTY SE"
    )
)
Elements = list[list[tuple[int, int]]]


def _elements(body: str, offset: int) -> Elements:
    """The (start, end) in the text of each component of each element of a segment's body."""
    elements: Elements = [[]]
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


def _nad_segments(text: str) -> list[Elements]:
    """The elements of every NAD segment of `text`."""
    return [_elements(m["body"], m.start("body")) for m in _NAD.finditer(text)]


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


def find_edifact_addresses(text: str) -> list[Span]:
    """Free-form address lines, street, city and postal code of every NAD segment."""
    if "NAD+" not in text:
        return []
    spans: list[Span] = []
    for elements in _nad_segments(text):
        for index, kind in _NAD_PLACES.items():
            if index >= len(elements):
                break
            rule = "edifact_nad_free_form" if index == _FREE_FORM else "edifact_nad"
            for start, end in elements[index]:
                value = text[start:end]
                if any(c.isalnum() for c in value):
                    strip = len(value) - len(value.lstrip())
                    spans.append(Span(start + strip, start + len(value.rstrip()), kind, rule, 0.8))
    return spans


def edifact_party_names(text: str) -> list[Span]:
    """The party name (C080) of each NAD segment that names a person, not a firm."""
    if "NAD+" not in text:
        return []
    spans = []
    for elements in _nad_segments(text):
        if len(elements) <= _PARTY_NAME:
            continue
        parts = [(a, b) for a, b in elements[_PARTY_NAME] if any(c.isalpha() for c in text[a:b])]
        whole = text[elements[_PARTY_NAME][0][0] : elements[_PARTY_NAME][-1][1]]
        words = re.findall(r"\w+", whole.upper().replace(".", ""))
        if not parts or any(w in _FIRM_WORDS for w in words):
            continue
        start, end = _stripped(text, parts[0][0], parts[-1][1])
        spans.append(Span(start, end, PERSON, "edifact_party", 0.85))
    return spans
